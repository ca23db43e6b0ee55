//! The new-incident form: validation comes from the domain, the priority from the matrix.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_nav, use_workspace};
use super::super::fields::{SelectField, TextField};
use super::PriorityBadge;
use crate::domain::priority::Level;
use crate::domain::ticket::{Channel, Field, FieldError, TicketForm, TicketKind};
use crate::i18n::Msg;
use crate::route::Route;
use crate::storage::tickets::create_ticket;
use crate::storage::StorageError;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The "Log an incident" page.
#[component]
pub fn NewIncident() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let caller = RwSignal::new(String::new());
    let channel = RwSignal::new(Channel::Phone.key().to_owned());
    let impact = RwSignal::new(Level::Medium.key().to_owned());
    let urgency = RwSignal::new(Level::Medium.key().to_owned());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<StorageError>);
    let saving = RwSignal::new(false);
    let title_input = NodeRef::<leptos::html::Input>::new();

    Effect::new(move |_| {
        if let Some(input) = title_input.get() {
            let _ = input.focus();
        }
    });

    let error_of = move |field: Field| {
        Signal::derive(move || {
            errors.with(|e| e.iter().find(|e| e.field == field).map(|e| e.problem))
        })
    };
    let priority = move || match (
        Level::from_key(&impact.get()),
        Level::from_key(&urgency.get()),
    ) {
        (Some(i), Some(u)) => Some(workspace.matrix.with(|m| m.priority(i, u))),
        _ => None,
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let form = TicketForm {
            title: title.get_untracked(),
            description: description.get_untracked(),
            caller: caller.get_untracked(),
            channel: channel.get_untracked(),
            impact: impact.get_untracked(),
            urgency: urgency.get_untracked(),
        };
        match form.validate(TicketKind::Incident) {
            Err(found) => {
                let title_wrong = found.iter().any(|e| e.field == Field::Title);
                errors.set(found);
                if title_wrong {
                    if let Some(input) = title_input.get_untracked() {
                        let _ = input.focus();
                    }
                }
            }
            Ok(draft) => {
                errors.set(Vec::new());
                saving.set(true);
                spawn_local(async move {
                    let matrix = workspace.matrix.get_untracked();
                    let actor = workspace.actor.get_untracked();
                    match create_ticket(&workspace.db(), draft, &matrix, &actor).await {
                        Ok(ticket) => nav.go(&Route::Ticket(ticket.number)),
                        Err(e) => {
                            failure.set(Some(e));
                            saving.set(false);
                        }
                    }
                });
            }
        }
    };

    let levels = || {
        Level::ALL
            .into_iter()
            .map(|l| (l.key(), Msg::level(l)))
            .collect::<Vec<_>>()
    };
    let channels = Channel::ALL
        .into_iter()
        .map(|c| (c.key(), Msg::channel(c)))
        .collect();
    view! {
        <h1>{move || i18n.t(Msg::NewIncidentTitle)}</h1>
        <p class="lead">{move || i18n.t(Msg::NewIncidentIntro)}</p>
        {move || failure.get().map(|error| view! { <StorageProblem error/> })}
        <form class="ticket-form" novalidate=true on:submit=submit>
            <Show when=move || !errors.with(Vec::is_empty)>
                <p class="form-errors" role="alert">{move || i18n.t(Msg::FormHasErrors)}</p>
            </Show>
            <TextField id="title" label=Msg::FieldTitle value=title error=error_of(Field::Title)
                required=true node_ref=title_input/>
            <TextField id="description" label=Msg::FieldDescription value=description
                error=error_of(Field::Description) multiline=true/>
            <div class="field-row">
                <TextField id="caller" label=Msg::FieldCaller value=caller error=error_of(Field::Caller)/>
                <SelectField id="channel" label=Msg::FieldChannel options=channels value=channel
                    error=error_of(Field::Channel)/>
            </div>
            <div class="field-row">
                <SelectField id="impact" label=Msg::FieldImpact options=levels() value=impact
                    error=error_of(Field::Impact)/>
                <SelectField id="urgency" label=Msg::FieldUrgency options=levels() value=urgency
                    error=error_of(Field::Urgency)/>
                <div class="field derived" role="status" aria-live="polite">
                    <span class="label">{move || i18n.t(Msg::DerivedPriority)}</span>
                    <output class="derived-priority" data-testid="derived-priority">
                        {move || match priority() {
                            Some(p) => view! { <PriorityBadge priority=p/> }.into_any(),
                            None => "—".into_any(),
                        }}
                    </output>
                </div>
            </div>
            <div class="form-actions">
                <button type="submit" class="button primary" disabled=move || saving.get()>
                    {move || i18n.t(if saving.get() { Msg::Saving } else { Msg::Submit })}
                </button>
                <a class="button" href=Route::Tickets.href()>{move || i18n.t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}
