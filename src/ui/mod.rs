//! The Leptos UI: components that wire signals to the domain and storage layers.
//! Components hold no business rules.

mod app;
mod backup;
mod configuration;
mod context;
mod diagram;
mod fields;
mod improvement;
mod panic;
mod practices;
mod protection;
mod reports;
mod settings;
mod sla;
mod sync;
mod tickets;
mod time;
mod tour;
mod update;
mod value_chain;
mod value_system;
mod workspaces;

/// Starts the app: installs the panic notice and mounts the shell on the page.
pub fn start() {
    panic::install();
    let boot = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"));
    if let Some(boot) = boot {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
