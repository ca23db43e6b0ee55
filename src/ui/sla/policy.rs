//! The SLA policy editor: definitions and service hours, edited in a draft and saved whole.
//! `SlaPolicy::validate` decides what can be saved; this only edits and shows.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_workspace};
use super::definition_editor::DefinitionEditor;
use super::hours_editor::HoursList;
use crate::domain::priority::Priority;
use crate::domain::sla::{SlaDefinition, SlaPolicy, DEFAULT_PAUSE};
use crate::domain::ticket::TicketKind;
use crate::i18n::fill;
use crate::i18n::sla::{policy_error_text, SlaMsg};
use crate::storage::sla::save_policy;
use crate::storage::StorageError;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The policy being edited, and the outcome of the last save, which any edit clears.
#[derive(Clone, Copy)]
pub(super) struct Draft {
    pub(super) policy: RwSignal<SlaPolicy>,
    saved: RwSignal<Option<u32>>,
}

impl Draft {
    /// Changes the draft.
    pub(super) fn edit(self, change: impl FnOnce(&mut SlaPolicy)) {
        self.policy.update(change);
        self.saved.set(None);
    }

    /// One part of the draft, so that a field updates only when its own value changes.
    pub(super) fn pick<T>(self, read: impl Fn(&SlaPolicy) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let policy = self.policy;
        Memo::new(move |_| policy.with(&read))
    }
}

/// Moves the keyboard focus to an element once the view has caught up with the draft.
pub(super) fn focus_later(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let element = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// A checkbox with its own label, for checkbox groups.
#[component]
pub(super) fn Check(
    id: String,
    label: Signal<&'static str>,
    checked: Memo<bool>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <span class="sla-check">
            <input type="checkbox" id=id.clone() prop:checked=checked
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            "\u{a0}"<label for=id>{label}</label>
        </span>
        " "
    }
}

/// Adds or removes `item`, keeping the list in the order of `all`.
pub(super) fn set_member<T: Copy + PartialEq>(list: &mut Vec<T>, item: T, on: bool, all: &[T]) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
    list.sort_by_key(|x| all.iter().position(|o| o == x));
}

/// The editor of the workspace's SLA policy, in the settings page.
#[component]
pub fn SlaPolicyEditor() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let draft = Draft {
        policy: RwSignal::new(workspace.sla.get_untracked()),
        saved: RwSignal::new(None),
    };
    // Once a save was refused, the draft is checked live so the message follows the fixes.
    let checking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<StorageError>);
    let fault = Memo::new(move |_| {
        checking
            .get()
            .then(|| draft.policy.with(|p| p.validate().err()))
            .flatten()
    });
    let unsaved = Memo::new(move |_| draft.policy.with(|d| workspace.sla.with(|s| d != s)));
    let count = draft.pick(|p| p.definitions.len());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let policy = draft.policy.get_untracked();
        draft.saved.set(None);
        if policy.validate().is_err() {
            checking.set(true);
            return;
        }
        checking.set(false);
        failure.set(None);
        busy.set(true);
        spawn_local(async move {
            let outcome = save_policy(&workspace.db(), &policy).await;
            busy.try_set(false);
            match outcome {
                Ok(n) => {
                    workspace.sla.try_set(policy);
                    draft.saved.try_set(Some(n));
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        });
    };
    let discard = move |_| {
        draft.edit(|p| *p = workspace.sla.get_untracked());
        checking.set(false);
        failure.set(None);
        focus_later("sla-save".into());
    };
    let add = move |_| {
        let name = SlaMsg::NewDefinition
            .text(i18n.lang.get_untracked())
            .to_owned();
        let mut index = 0;
        draft.edit(|p| {
            let hours = p.hours.first().map(|h| h.name.clone()).unwrap_or_default();
            p.definitions.push(SlaDefinition {
                name,
                kinds: vec![TicketKind::Incident],
                priorities: vec![Priority::P3],
                response_minutes: 240,
                resolution_minutes: 1440,
                hours,
                pause_states: DEFAULT_PAUSE.to_vec(),
                warning_percent: 75,
            });
            index = p.definitions.len() - 1;
        });
        focus_later(format!("sla-def-{index}-name"));
    };
    let status = move || {
        let lang = i18n.lang.get();
        if busy.get() {
            Some(SlaMsg::SavingPolicy.text(lang).to_owned())
        } else {
            let n = draft.saved.get()?;
            Some(fill(
                SlaMsg::PolicySaved.text(lang),
                &[("n", &n.to_string())],
            ))
        }
    };

    view! {
        <section class="card sla-policy" id="sla-policy" aria-labelledby="sla-policy-title">
            <h2 id="sla-policy-title">{move || i18n.t(SlaMsg::PolicyTitle)}</h2>
            <p class="help">{move || i18n.t(SlaMsg::PolicyIntro)}</p>
            <form novalidate on:submit=save>
                <h3>{move || i18n.t(SlaMsg::DefinitionsTitle)}</h3>
                <Show when=move || count.get() == 0>
                    <p class="help">{move || i18n.t(SlaMsg::NoDefinitions)}</p>
                </Show>
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <DefinitionEditor i draft count/>
                </For>
                <p>
                    <button type="button" class="button" id="sla-add-definition" on:click=add>
                        {move || i18n.t(SlaMsg::AddDefinition)}
                    </button>
                </p>
                <HoursList draft/>
                <div class="sla-save">
                    <Show when=move || unsaved.get()>
                        <p class="help">{move || i18n.t(SlaMsg::UnsavedChanges)}</p>
                    </Show>
                    <button type="submit" class="button primary" id="sla-save">
                        {move || i18n.t(SlaMsg::SavePolicy)}
                    </button>
                    " "
                    <Show when=move || unsaved.get()>
                        <button type="button" class="button" on:click=discard>
                            {move || i18n.t(SlaMsg::DiscardChanges)}
                        </button>
                    </Show>
                    <p class="help" role="status">{status}</p>
                    {move || fault.get().map(|e| view! {
                        <p class="form-errors" role="alert">{move || policy_error_text(&e, i18n.lang.get())}</p>
                    })}
                    {move || failure.get().map(|error| view! { <StorageProblem error/> })}
                </div>
            </form>
        </section>
    }
}
