//! One ticket: its fields, its kind-specific records, the allowed actions, and one timeline
//! of history, work notes and comments, newest first.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_workspace};
use super::super::sla::ClockPanel;
use super::actions::{action_error_text, ActionPanel};
use super::gate::CreationOff;
use super::links::{KnownErrorSearch, Links};
use super::{PriorityBadge, StateBadge};
use crate::domain::history::{EventField, TicketEvent};
use crate::domain::itil::Creation;
use crate::domain::ticket::{Ticket, TicketKind};
use crate::i18n::practices::PracticeMsg;
use crate::i18n::{fill, labels::event_text, Msg};
use crate::route::Route;
use crate::storage::tickets::{add_note, ticket_with_history, ActionError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A configured value, or a dash when there is none.
fn or_none(value: &str) -> String {
    if value.is_empty() {
        "—".to_owned()
    } else {
        value.to_owned()
    }
}

use super::super::time::local_time;

/// The page of the ticket with this human number.
#[component]
pub fn TicketPage(number: String) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let refresh = RwSignal::new(0u32);
    let wanted = number.clone();
    let tour_writes = crate::ui::tour::use_tour().map(|t| t.writes);
    let data = LocalResource::new(move || {
        refresh.track();
        // A guided scenario acting on this ticket shows the result.
        if let Some(writes) = tour_writes {
            writes.track();
        }
        let number = wanted.clone();
        async move { ticket_with_history(&workspace.db(), &number).await }
    });
    move || match data.get() {
        None => {
            view! { <p class="loading" role="status">{move || i18n.t(Msg::Loading)}</p> }.into_any()
        }
        Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
        Some(Ok(None)) => {
            let number = number.clone();
            view! {
                <h1>{move || i18n.t(Msg::NotFoundTitle)}</h1>
                <p>{move || fill(i18n.t(Msg::TicketNotFound), &[("number", &number)])}</p>
                <p><a href=Route::tickets().href()>{move || i18n.t(Msg::BackToTickets)}</a></p>
            }
            .into_any()
        }
        Some(Ok(Some((ticket, history)))) => {
            view! { <TicketDetail ticket history refresh/> }.into_any()
        }
    }
}

#[component]
fn TicketDetail(
    ticket: Ticket,
    history: Vec<TicketEvent>,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m: Msg| move || i18n.t(m);
    let description = if ticket.description.is_empty() {
        None
    } else {
        Some(ticket.description.clone())
    };
    let (kind, channel, impact, urgency) =
        (ticket.kind, ticket.channel, ticket.impact, ticket.urgency);
    let hold = ticket
        .hold_reason
        .map(|r| view! { <dt>{t(Msg::FieldHoldReason)}</dt><dd>{t(Msg::hold_reason(r))}</dd> });
    let major = ticket
        .major
        .then(|| view! { <p class="badge major">{t(Msg::FieldMajor)}</p> });
    let (id, rev) = (ticket.id.clone(), ticket.rev.clone());
    view! {
        <p class="breadcrumb"><a href=Route::tickets().href()>{t(Msg::BackToTickets)}</a></p>
        <super::conflict::ChangedElsewhere id rev refresh/>
        <crate::ui::sync::EditedOnTwoDevices ticket_id=ticket.id.clone() refresh/>
        <div class="page-head" data-tour="ticket-head">
            <h1><span class="ticket-number">{ticket.number.clone()}</span>" "{ticket.title.clone()}</h1>
            {major}
            <ElsewhereLinks ticket=ticket.clone()/>
        </div>
        {(ticket.kind == TicketKind::Problem).then(|| view! { <CreationOff what=Creation::Improvement brief=true/> })}
        <div class="ticket-layout">
            <div class="ticket-main">
                <section class="card">
                    <h2 class="visually-hidden">{t(Msg::FieldDescription)}</h2>
                    <p class="description">
                        {description.unwrap_or_else(|| i18n.t(Msg::NoDescription).to_owned())}
                    </p>
                </section>
                <ClockPanel ticket=ticket.clone()/>
                <Records ticket=ticket.clone()/>
                {(ticket.kind == TicketKind::Incident && !ticket.state.is_final())
                    .then(|| view! { <KnownErrorSearch ticket=ticket.clone() refresh/> })}
                <ActionPanel ticket=ticket.clone() refresh/>
                <Links ticket=ticket.clone() refresh/>
                <NoteForm ticket_id=ticket.id.clone() refresh/>
                <section class="card" data-tour="history">
                    <h2>{t(Msg::HistoryTitle)}</h2>
                    <ol class="history" reversed=true>
                        {history.into_iter().rev().map(|event| view! { <HistoryEntry event/> }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="ticket-fields card">
                <dl>
                    <dt>{t(Msg::FieldNumber)}</dt><dd>{ticket.number.clone()}</dd>
                    <dt>{t(Msg::FieldKind)}</dt><dd>{t(Msg::kind(kind))}</dd>
                    <dt>{t(Msg::FieldState)}</dt><dd data-tour="state"><StateBadge state=ticket.state/></dd>
                    {hold}
                    <dt>{t(Msg::FieldPriority)}</dt><dd data-tour="priority"><PriorityBadge priority=ticket.priority/></dd>
                    <dt>{t(Msg::FieldImpact)}</dt><dd>{t(Msg::level(impact))}</dd>
                    <dt>{t(Msg::FieldUrgency)}</dt><dd>{t(Msg::level(urgency))}</dd>
                    <dt>{t(Msg::FieldAssignmentGroup)}</dt><dd data-tour="assignment">{or_none(&ticket.assignment_group)}</dd>
                    <dt>{t(Msg::FieldAssignee)}</dt><dd>{or_none(&ticket.assignee)}</dd>
                    <dt>{t(Msg::FieldCategory)}</dt><dd>{or_none(&ticket.category)}</dd>
                    <dt>{t(Msg::FieldService)}</dt><dd>{or_none(&ticket.service)}</dd>
                    <dt>{t(Msg::FieldCaller)}</dt><dd>{ticket.caller.clone()}</dd>
                    <dt>{t(Msg::FieldChannel)}</dt><dd>{t(Msg::channel(channel))}</dd>
                    <dt>{t(Msg::FieldCreated)}</dt><dd>{local_time(ticket.created)}</dd>
                    <dt>{t(Msg::FieldUpdated)}</dt><dd>{local_time(ticket.updated)}</dd>
                </dl>
            </aside>
        </div>
    }
}

/// Where else the ticket leads: its journey through the value chain and, for a problem, a
/// new improvement while continual improvement is enabled.
#[component]
fn ElsewhereLinks(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let journey = Route::Journey(ticket.number.clone()).href();
    let improvement = (ticket.kind == TicketKind::Problem).then(|| {
        let href = Route::NewImprovement {
            problem: Some(ticket.number.clone()),
            finding: None,
        }
        .href();
        move || {
            workspace.offers(Creation::Improvement).then(|| {
                view! { <a class="button" href=href.clone()>{move || i18n.t(PracticeMsg::RaiseImprovement)}</a> }
            })
        }
    });
    view! {
        <div class="new-links ticket-elsewhere">
            <a class="button" href=journey>{move || i18n.t(PracticeMsg::ShowJourney)}</a>
            {improvement}
        </div>
    }
}

/// The kind-specific records: resolution, known error, change record and approvals.
#[component]
fn Records(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m: Msg| move || i18n.t(m);
    let row = move |label: Msg, value: String| view! { <dt>{t(label)}</dt><dd class="prose">{value}</dd> };
    let resolution = ticket.resolution.clone().map(|r| {
        view! {
            <section class="card record">
                <h2>{t(Msg::ActionResolve)}</h2>
                <dl>
                    <dt>{t(Msg::FieldResolutionCode)}</dt><dd>{t(Msg::resolution_code(r.code))}</dd>
                    {row(Msg::FieldResolutionNotes, r.notes)}
                </dl>
            </section>
        }
    });
    let known_error = ticket.known_error.clone().map(|k| {
        view! {
            <section class="card record known-error">
                <h2>{t(Msg::FieldKnownError)}</h2>
                <dl>
                    {row(Msg::FieldSymptom, k.symptom)}
                    {row(Msg::FieldRootCause, k.root_cause)}
                    {row(Msg::FieldWorkaround, k.workaround)}
                </dl>
            </section>
        }
    });
    let change = ticket.change.clone().map(|c| {
        let window = match (c.planned_start, c.planned_end) {
            (Some(s), Some(e)) => format!("{} → {}", local_time(s), local_time(e)),
            _ => "—".to_owned(),
        };
        let review = c.review.map(|r| {
            view! {
                <dt>{t(Msg::FieldReview)}</dt>
                <dd>{t(Msg::outcome(r.outcome))}" — "<span class="prose">{r.notes}</span></dd>
            }
        });
        view! {
            <section class="card record">
                <h2>{t(Msg::KindChange)}</h2>
                <dl>
                    <dt>{t(Msg::FieldChangeType)}</dt>
                    <dd>{c.change_type.map(|ct| i18n.t(Msg::change_type(ct)))}</dd>
                    {row(Msg::FieldCab, c.cab.join(", "))}
                    <dt>{t(Msg::FieldRisk)}</dt><dd>{c.risk.map(|r| i18n.t(Msg::level(r)))}</dd>
                    {row(Msg::FieldImpactAssessment, c.impact_assessment)}
                    {row(Msg::FieldImplementationPlan, c.implementation_plan)}
                    {row(Msg::FieldRollbackPlan, c.rollback_plan)}
                    {row(Msg::FieldTestPlan, c.test_plan)}
                    {row(Msg::FieldWindow, window)}
                    {review}
                </dl>
            </section>
        }
    });
    let approvals = (!ticket.approvals.is_empty()).then(|| {
        let items = ticket
            .approvals
            .clone()
            .into_iter()
            .map(|a| {
                let decision = if a.approved {
                    Msg::Approve
                } else {
                    Msg::RejectDecision
                };
                view! {
                    <li>
                        <strong>{a.approver}</strong>" — "{t(decision)}
                        {(!a.comment.is_empty()).then(|| format!(" — {}", a.comment))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card record">
                <h2>{t(Msg::FieldApprovals)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let request = (!ticket.catalogue_item.is_empty()).then(|| {
        let answers = ticket
            .answers
            .clone()
            .into_iter()
            .map(|(label, answer)| view! { <dt>{label}</dt><dd class="prose">{answer}</dd> })
            .collect_view();
        view! {
            <section class="card record">
                <h2>{t(Msg::FieldCatalogueItem)}</h2>
                <dl><dt>{t(Msg::FieldCatalogueItem)}</dt><dd>{ticket.catalogue_item.clone()}</dd>{answers}</dl>
            </section>
        }
    });
    view! { {request}{resolution}{known_error}{change}{approvals} }
}

/// Adds a work note (internal) or a comment to the timeline.
#[component]
fn NoteForm(ticket_id: String, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let text = RwSignal::new(String::new());
    let visibility = RwSignal::new("work_note".to_owned());
    let error = RwSignal::new(None::<ActionError>);
    let id = StoredValue::new(ticket_id);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let field = if visibility.get_untracked() == "comment" {
            EventField::Comment
        } else {
            EventField::WorkNote
        };
        spawn_local(async move {
            let actor = workspace.actor.get_untracked();
            match add_note(
                &workspace.db(),
                &id.get_value(),
                field,
                &text.get_untracked(),
                &actor,
            )
            .await
            {
                Ok(_) => {
                    text.try_set(String::new());
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
    };
    view! {
        <section class="card">
            <form class="note-form" on:submit=submit>
                <div class="field">
                    <label for="note">{move || i18n.t(Msg::HistoryWorkNote)}" / "{move || i18n.t(Msg::HistoryComment)}</label>
                    <textarea id="note" rows="3" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </div>
                <div class="form-actions">
                    <label class="visually-hidden" for="note-visibility">{move || i18n.t(Msg::FieldKind)}</label>
                    <select id="note-visibility" on:change=move |ev| visibility.set(event_target_value(&ev))>
                        <option value="work_note">{move || i18n.t(Msg::HistoryWorkNote)}</option>
                        <option value="comment">{move || i18n.t(Msg::HistoryComment)}</option>
                    </select>
                    <button type="submit" class="button">{move || i18n.t(Msg::AddNote)}</button>
                </div>
                {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{move || action_error_text(&e, i18n.lang.get())}</p> })}
            </form>
        </section>
    }
}

#[component]
fn HistoryEntry(event: TicketEvent) -> impl IntoView {
    let i18n = use_i18n();
    let when = local_time(event.at);
    let actor = event.actor.clone();
    let note = event
        .note
        .clone()
        .map(|n| view! { <p class="note prose">{n}</p> });
    let class = match event.field {
        EventField::WorkNote => "work-note",
        EventField::Comment => "comment",
        _ => "change",
    };
    view! {
        <li class=class>
            <time>{when}</time>
            " "
            <span class="what">{move || event_text(&event, i18n.lang.get())}</span>
            " "
            <span class="actor">{move || fill(i18n.t(Msg::HistoryBy), &[("actor", &actor)])}</span>
            {note}
        </li>
    }
}
