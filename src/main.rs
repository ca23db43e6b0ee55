//! Entry point of the browser app: everything lives in the `valuedesk` library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    valuedesk::ui::start();
}
