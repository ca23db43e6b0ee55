//! The actions panel of a ticket: only the actions its lifecycle allows now, each with the
//! data it needs. The lifecycle itself decides; this only gathers input.

use super::super::context::{use_i18n, use_workspace};
use super::super::fields::{SelectField, TextField};
use crate::domain::lifecycle::{allowed_actions, next_approver, Action, ActionKind, TicketUpdate};
use crate::domain::priority::Level;
use crate::domain::records::{
    HoldReason, KnownErrorRecord, Resolution, ResolutionCode, ReviewOutcome,
};
use crate::domain::ticket::Ticket;
use crate::domain::ticket::TicketForm;
use crate::domain::time::parse_datetime;
use crate::i18n::lifecycle_labels::lifecycle_error_text;
use crate::i18n::Msg;
use crate::storage::tickets::{apply_action_on, ActionError};
use leptos::prelude::*;
use leptos::task::spawn_local;

pub use super::super::time::local_offset;

/// The message for a refused or failed action.
pub fn action_error_text(error: &ActionError, lang: crate::i18n::Lang) -> String {
    match error {
        ActionError::Lifecycle(e) => lifecycle_error_text(e, lang),
        ActionError::Form(e) => format!(
            "{}: {}",
            Msg::field(e.field).text(lang),
            crate::i18n::labels::problem_text(e.problem, lang)
        ),
        ActionError::Config(e) => {
            super::super::configuration::config_error_text(*e, lang).to_owned()
        }
        ActionError::Link(e) => crate::i18n::lifecycle_labels::link_error_text(*e, lang),
        ActionError::EmptyNote => {
            crate::i18n::labels::problem_text(crate::domain::ticket::Problem::Required, lang)
        }
        ActionError::NotFound => Msg::NotFoundTitle.text(lang).to_owned(),
        ActionError::Conflict => Msg::ConflictRefused.text(lang).to_owned(),
        ActionError::Storage(e) => e.message(lang),
    }
}

/// The options of a select: each value's key and name.
fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    msg: fn(T) -> Msg,
) -> Vec<(&'static str, Msg)> {
    all.iter().map(|v| (key(*v), msg(*v))).collect()
}

/// The buttons and forms for the actions allowed on `ticket`; `refresh` is bumped after a save.
#[component]
pub fn ActionPanel(ticket: Ticket, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let allowed = allowed_actions(&ticket);
    let open = RwSignal::new(None::<ActionKind>);
    let error = RwSignal::new(None::<ActionError>);
    let busy = RwSignal::new(false);
    let ticket_id = StoredValue::new(ticket.id.clone());

    // Inputs of the forms; only the open form's are read.
    let text_a = RwSignal::new(String::new());
    let text_b = RwSignal::new(String::new());
    let text_c = RwSignal::new(String::new());
    let choice = RwSignal::new(String::new());
    let choice_b = RwSignal::new(String::new());
    let known = StoredValue::new(ticket.known_error.clone());
    let pending_approver = next_approver(&ticket).unwrap_or_default();
    let pending_approver = StoredValue::new(pending_approver);
    let major = ticket.major;
    let details = StoredValue::new((
        ticket.title.clone(),
        ticket.description.clone(),
        ticket.caller.clone(),
        ticket.impact.key(),
        ticket.urgency.key(),
        ticket.channel.key(),
    ));
    let current = StoredValue::new((
        ticket.assignment_group.clone(),
        ticket.assignee.clone(),
        ticket.category.clone(),
        ticket.service.clone(),
    ));

    // The version this page shows: an action decided on it is refused if another tab or
    // window has changed the ticket since, unless its user then chooses to overwrite.
    let seen_rev = StoredValue::new(Some(ticket.rev.clone()));
    let last = StoredValue::new(None::<Action>);
    let run = move |action: Action| {
        busy.set(true);
        error.set(None);
        last.set_value(Some(action.clone()));
        spawn_local(async move {
            let actor = workspace.actor.get_untracked();
            let id = ticket_id.get_value();
            let rev = seen_rev.get_value();
            match apply_action_on(&workspace.db(), &id, rev.as_deref(), action, &actor).await {
                Ok(_) => {
                    open.try_set(None);
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
            busy.try_set(false);
        });
    };

    let start = move |kind: ActionKind| {
        error.set(None);
        choice.set(String::new());
        text_a.set(String::new());
        text_b.set(String::new());
        text_c.set(String::new());
        match kind {
            ActionKind::Hold => choice.set(HoldReason::AwaitingCaller.key().into()),
            ActionKind::Resolve => choice.set(ResolutionCode::Solved.key().into()),
            ActionKind::Review => choice.set(ReviewOutcome::Successful.key().into()),
            ActionKind::Decide => {
                choice.set("approve".into());
                text_a.set(pending_approver.get_value());
            }
            ActionKind::Update => {
                let (title, description, caller, impact, urgency, _) = details.get_value();
                text_a.set(title);
                text_b.set(description);
                text_c.set(caller);
                choice.set(impact.to_owned());
                choice_b.set(urgency.to_owned());
            }
            ActionKind::Assign => {
                let (group, assignee, _, _) = current.get_value();
                choice.set(group);
                text_a.set(assignee);
            }
            ActionKind::Classify => {
                let (_, _, category, service) = current.get_value();
                choice.set(category);
                text_a.set(service);
            }
            ActionKind::RecordKnownError => {
                if let Some(k) = known.get_value() {
                    text_a.set(k.symptom.clone());
                    text_b.set(k.root_cause.clone());
                    text_c.set(k.workaround.clone());
                }
            }
            _ => {}
        }
        open.set(Some(kind));
    };

    let submit_open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(kind) = open.get_untracked() else {
            return;
        };
        let (a, b, c, pick) = (
            text_a.get_untracked(),
            text_b.get_untracked(),
            text_c.get_untracked(),
            choice.get_untracked(),
        );
        let action = match kind {
            ActionKind::Hold => HoldReason::from_key(&pick).map(Action::Hold),
            ActionKind::Resolve => ResolutionCode::from_key(&pick)
                .map(|code| Action::Resolve(Resolution { code, notes: a })),
            ActionKind::RecordKnownError => Some(Action::RecordKnownError(KnownErrorRecord {
                symptom: a,
                root_cause: b,
                workaround: c,
            })),
            ActionKind::Decide => Some(Action::Decide {
                approver: a,
                approved: pick == "approve",
                comment: b,
            }),
            ActionKind::Schedule => {
                let at = |s: &str| parse_datetime(s).map(|ms| ms - local_offset(ms) * 60_000);
                match (at(&a), at(&b)) {
                    (Some(start), Some(end)) => Some(Action::Schedule { start, end }),
                    _ => {
                        error.set(Some(ActionError::Lifecycle(
                            crate::domain::lifecycle::LifecycleError::WindowEndsBeforeStart,
                        )));
                        None
                    }
                }
            }
            ActionKind::Update => {
                let form = TicketForm {
                    title: a,
                    description: b,
                    caller: c,
                    impact: pick,
                    urgency: choice_b.get_untracked(),
                    channel: details.get_value().5.to_owned(),
                    ..TicketForm::default()
                };
                match form.validate_details() {
                    Ok(draft) => Some(Action::Update(
                        workspace
                            .matrix
                            .with_untracked(|m| TicketUpdate::from_draft(draft, m)),
                    )),
                    Err(errors) => {
                        error.set(errors.first().copied().map(ActionError::Form));
                        None
                    }
                }
            }
            ActionKind::Assign | ActionKind::Classify => {
                let built = workspace.config.with_untracked(|c| match kind {
                    ActionKind::Assign => c.assignment(&pick, &a),
                    _ => c.classification(&pick, &a),
                });
                match built {
                    Ok(action) => Some(action),
                    Err(e) => {
                        error.set(Some(ActionError::Config(e)));
                        None
                    }
                }
            }
            ActionKind::Review => {
                ReviewOutcome::from_key(&pick).map(|outcome| Action::Review { outcome, notes: a })
            }
            _ => None,
        };
        if let Some(action) = action {
            run(action);
        }
    };

    let needs_form = |kind: ActionKind| {
        matches!(
            kind,
            ActionKind::Hold
                | ActionKind::Resolve
                | ActionKind::RecordKnownError
                | ActionKind::Decide
                | ActionKind::Schedule
                | ActionKind::Review
                | ActionKind::Assign
                | ActionKind::Classify
                | ActionKind::Update
        )
    };
    let buttons = allowed
        .iter()
        .copied()
        .map(|kind| {
            let label = move || match kind {
                ActionKind::SetMajor if major => format!("{} ✓", i18n.t(Msg::action(kind))),
                _ => i18n.t(Msg::action(kind)).to_owned(),
            };
            let click = move |_| match kind {
                ActionKind::SetMajor => run(Action::SetMajor(!major)),
                k if needs_form(k) => start(k),
                ActionKind::Start => run(Action::Start),
                ActionKind::Resume => run(Action::Resume),
                ActionKind::Reopen => run(Action::Reopen),
                ActionKind::Close => run(Action::Close),
                ActionKind::Cancel => run(Action::Cancel),
                ActionKind::RequestApproval => run(Action::RequestApproval),
                ActionKind::Fulfil => run(Action::Fulfil),
                ActionKind::Assess => run(Action::Assess),
                ActionKind::AnalyseRootCause => run(Action::AnalyseRootCause),
                ActionKind::RequestAuthorization => run(Action::RequestAuthorization),
                ActionKind::Implement => run(Action::Implement),
                _ => run(Action::CompleteImplementation),
            };
            let pressed = move || (open.get() == Some(kind)).then_some("true");
            view! {
                <button type="button" class="button" aria-expanded=pressed disabled=move || busy.get() on:click=click>
                    {label}
                </button>
            }
        })
        .collect_view();

    let none = Signal::derive(|| None);
    let form = move || {
        let kind = open.get()?;
        let fields = match kind {
            ActionKind::Hold => view! {
                <SelectField id="hold-reason" label=Msg::FieldHoldReason options=options(&HoldReason::ALL, HoldReason::key, Msg::hold_reason) value=choice error=none/>
            }.into_any(),
            ActionKind::Resolve => view! {
                <SelectField id="resolution-code" label=Msg::FieldResolutionCode options=options(&ResolutionCode::ALL, ResolutionCode::key, Msg::resolution_code) value=choice error=none/>
                <TextField id="resolution-notes" label=Msg::FieldResolutionNotes value=text_a error=none multiline=true required=true/>
            }.into_any(),
            ActionKind::RecordKnownError => view! {
                <TextField id="symptom" label=Msg::FieldSymptom value=text_a error=none required=true/>
                <TextField id="root-cause" label=Msg::FieldRootCause value=text_b error=none required=true/>
                <TextField id="workaround" label=Msg::FieldWorkaround value=text_c error=none multiline=true required=true/>
            }.into_any(),
            ActionKind::Decide => view! {
                <TextField id="approver" label=Msg::FieldApprover value=text_a error=none required=true/>
                <SelectField id="decision" label=Msg::FieldDecision options=vec![("approve", Msg::Approve), ("reject", Msg::RejectDecision)] value=choice error=none/>
                <TextField id="decision-comment" label=Msg::FieldComment value=text_b error=none/>
            }.into_any(),
            ActionKind::Update => {
                let levels = || Level::ALL.into_iter().map(|l| (l.key(), Msg::level(l))).collect::<Vec<_>>();
                view! {
                    <TextField id="edit-title" label=Msg::FieldTitle value=text_a error=none required=true/>
                    <TextField id="edit-description" label=Msg::FieldDescription value=text_b error=none multiline=true/>
                    <div class="field-row">
                        <TextField id="edit-caller" label=Msg::FieldCaller value=text_c error=none/>
                        <SelectField id="edit-impact" label=Msg::FieldImpact options=levels() value=choice error=none/>
                        <SelectField id="edit-urgency" label=Msg::FieldUrgency options=levels() value=choice_b error=none/>
                    </div>
                }.into_any()
            }
            ActionKind::Assign => view! {
                <div class="field-row">
                    <div class="field">
                        <label for="assign-group">{move || i18n.t(Msg::FieldAssignmentGroup)}</label>
                        <select id="assign-group" on:change=move |ev| { choice.set(event_target_value(&ev)); text_a.set(String::new()); }>
                            <option value="" selected=move || choice.get().is_empty()>{move || i18n.t(Msg::Unassigned)}</option>
                            {move || workspace.config.get().groups.into_iter().map(|g| {
                                let name = g.name.clone();
                                view! { <option value=g.name.clone() selected=move || choice.get() == name>{g.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="assign-person">{move || i18n.t(Msg::FieldAssignee)}</label>
                        <select id="assign-person" on:change=move |ev| text_a.set(event_target_value(&ev))>
                            <option value="" selected=move || text_a.get().is_empty()>{move || i18n.t(Msg::Unassigned)}</option>
                            {move || workspace.config.with(|c| c.members(&choice.get())).into_iter().map(|m| {
                                let name = m.clone();
                                view! { <option value=m.clone() selected=move || text_a.get() == name>{m.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
            }.into_any(),
            ActionKind::Classify => view! {
                <div class="field-row">
                    <div class="field">
                        <label for="classify-category">{move || i18n.t(Msg::FieldCategory)}</label>
                        <select id="classify-category" on:change=move |ev| choice.set(event_target_value(&ev))>
                            <option value="" selected=move || choice.get().is_empty()>{move || i18n.t(Msg::NoneChosen)}</option>
                            {move || workspace.config.get().categories.into_iter().map(|c| {
                                let name = c.clone();
                                view! { <option value=c.clone() selected=move || choice.get() == name>{c.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="classify-service">{move || i18n.t(Msg::FieldService)}</label>
                        <select id="classify-service" on:change=move |ev| text_a.set(event_target_value(&ev))>
                            <option value="" selected=move || text_a.get().is_empty()>{move || i18n.t(Msg::NoneChosen)}</option>
                            {move || workspace.config.get().services.into_iter().map(|s| {
                                let name = s.name.clone();
                                view! { <option value=s.name.clone() selected=move || text_a.get() == name>{s.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
            }.into_any(),
            ActionKind::Schedule => view! {
                <div class="field-row">
                    <DateTimeField id="planned-start" label=Msg::FieldPlannedStart value=text_a/>
                    <DateTimeField id="planned-end" label=Msg::FieldPlannedEnd value=text_b/>
                </div>
            }.into_any(),
            _ => view! {
                <SelectField id="review-outcome" label=Msg::FieldOutcome options=options(&ReviewOutcome::ALL, ReviewOutcome::key, Msg::outcome) value=choice error=none/>
                <TextField id="review-notes" label=Msg::FieldReviewNotes value=text_a error=none multiline=true required=true/>
            }.into_any(),
        };
        Some(view! {
            <form class="action-form" novalidate=true on:submit=submit_open>
                <h3>{move || i18n.t(Msg::action(kind))}</h3>
                {fields}
                <div class="form-actions">
                    <button type="submit" class="button primary" disabled=move || busy.get()>{move || i18n.t(Msg::Confirm)}</button>
                    <button type="button" class="button" on:click=move |_| open.set(None)>{move || i18n.t(Msg::Cancel)}</button>
                </div>
            </form>
        })
    };

    let empty = allowed.is_empty();
    view! {
        <section class="card actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{move || i18n.t(Msg::ActionsTitle)}</h2>
            {empty.then(|| view! { <p class="help">{move || i18n.t(Msg::NoActions)}</p> })}
            <div class="action-buttons">{buttons}</div>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{move || action_error_text(&e, i18n.lang.get())}</p> })}
            {move || (error.get() == Some(ActionError::Conflict)).then(|| view! {
                <super::conflict::ConflictChoices
                    reload=move || refresh.update(|n| *n += 1)
                    overwrite=move || {
                        seen_rev.set_value(None);
                        if let Some(action) = last.get_value() {
                            run(action);
                        }
                    }/>
            })}
            {form}
        </section>
    }
}

/// A labelled date and time input.
#[component]
fn DateTimeField(id: &'static str, label: Msg, value: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}" *"</label>
            <input id=id type="datetime-local" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
