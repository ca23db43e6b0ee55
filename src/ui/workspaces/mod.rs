//! Workspaces in the UI: the registry as app-wide state, the header switch, the settings
//! section that creates, renames, deletes and resets them, and a demo's clock bar.

mod clock;
mod demo;
mod manage;

pub use clock::DemoClock;
pub use manage::{Notice, WorkspacesSection};

use super::context::use_i18n;
use crate::domain::workspace::{Registry, WorkspaceEntry, WorkspaceError};
use crate::i18n::workspaces::WorkspaceMsg;
use crate::i18n::{fill, Lang};
use crate::storage::workspaces::{load_registry, save_registry, set_clock_offset, REGISTRY_KEY};
use leptos::prelude::*;

/// The workspaces of this browser, and which one is open.
#[derive(Clone, Copy)]
pub struct Workspaces {
    pub registry: RwSignal<Registry>,
}

impl Workspaces {
    /// Reads the registry; a browser without one starts with one workspace named in `lang`.
    pub fn load(lang: Lang) -> Workspaces {
        let default_name = WorkspaceMsg::DefaultName.text(lang);
        let stored = load_registry(default_name);
        set_clock_offset(stored.current().clock_offset());
        let registry = RwSignal::new(stored);
        // Another tab changed the registry: take its workspaces and clocks, but stay in
        // this tab's workspace while it exists.
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(REGISTRY_KEY) {
                return;
            }
            let mut fresh = load_registry(default_name);
            let mine = registry.with_untracked(|r| r.current.clone());
            if fresh.entry(&mine).is_some() {
                fresh.current = mine;
            }
            set_clock_offset(fresh.current().clock_offset());
            registry.set(fresh);
        });
        Workspaces { registry }
    }

    /// The open workspace. Reactive.
    pub fn current(&self) -> WorkspaceEntry {
        self.registry.with(|r| r.current().clone())
    }

    /// Changes the registry and saves it; on any refusal nothing changes and the message
    /// says why, in `lang`.
    pub fn change<T>(
        &self,
        lang: Lang,
        f: impl FnOnce(&mut Registry) -> Result<T, WorkspaceError>,
    ) -> Result<T, String> {
        let mut next = self.registry.get_untracked();
        let value = f(&mut next).map_err(|e| WorkspaceMsg::error(&e).text(lang).to_owned())?;
        save_registry(&next).map_err(|e| {
            fill(
                WorkspaceMsg::ErrNotSaved.text(lang),
                &[("detail", &e.message(lang))],
            )
        })?;
        set_clock_offset(next.current().clock_offset());
        self.registry.set(next);
        Ok(value)
    }
}

/// The app-wide workspaces.
pub fn use_workspaces() -> Workspaces {
    expect_context()
}

/// The header's switch between workspaces: opening another is instant, without a reload.
#[component]
pub fn WorkspaceSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let failed = RwSignal::new(None::<String>);
    let choose = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        let outcome = workspaces.change(i18n.lang.get_untracked(), |r| r.switch(&id));
        failed.set(outcome.err());
    };
    let options = move || {
        let registry = workspaces.registry.get();
        registry
            .entries
            .iter()
            .map(|entry| {
                let selected = entry.id == registry.current;
                view! { <option value=entry.id.clone() selected=selected>{entry.name.clone()}</option> }
            })
            .collect_view()
    };
    let demo = move || workspaces.registry.with(|r| r.current().is_demo());
    view! {
        <div class="workspace-switch" class:demo=demo>
            <label for="workspace">{move || i18n.t(WorkspaceMsg::Label)}</label>
            <select id="workspace" on:change=choose>{options}</select>
            {move || demo().then(|| view! {
                <span class="demo-badge">{i18n.t(WorkspaceMsg::DemoBadge)}</span>
            })}
            {move || failed.get().map(|f| view! { <span class="field-error" role="alert">{f}</span> })}
        </div>
    }
}

/// An inline confirmation of a destructive action: the question, the action's button and
/// Cancel, shown while `open` is true.
#[component]
fn Confirm(
    open: RwSignal<bool>,
    #[prop(into)] question: Signal<String>,
    button: WorkspaceMsg,
    on_confirm: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || open.get()>
            <div class="confirm" role="alertdialog" aria-label=move || question.get()>
                <p>{move || question.get()}</p>
                <button type="button" class="button danger" on:click={
                    let on_confirm = on_confirm.clone();
                    move |_| on_confirm()
                }>
                    {move || i18n.t(button)}
                </button>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    {move || i18n.t(WorkspaceMsg::Cancel)}
                </button>
            </div>
        </Show>
    }
}
