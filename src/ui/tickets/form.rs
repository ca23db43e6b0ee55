//! The new-ticket form for every kind: validation comes from the domain, the priority from
//! the matrix.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_nav, use_workspace};
use super::super::fields::{SelectField, TextField};
use super::actions::action_error_text;
use super::links::{known_error_origin, KnownErrorPicker};
use super::PriorityBadge;
use crate::domain::priority::Level;
use crate::domain::records::ChangeType;
use crate::domain::ticket::{Channel, Field, FieldError, TicketForm, TicketKind};
use crate::i18n::{fill, Msg};
use crate::route::Route;
use crate::storage::tickets::{create_linked_ticket, ActionError, Origin};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The heading and submit label of each kind's form.
pub(super) fn texts(kind: TicketKind) -> (Msg, Msg) {
    match kind {
        TicketKind::Incident => (Msg::NewIncidentTitle, Msg::Submit),
        TicketKind::ServiceRequest => (Msg::NewRequestTitle, Msg::SubmitRequest),
        TicketKind::Problem => (Msg::NewProblemTitle, Msg::SubmitProblem),
        TicketKind::Change => (Msg::NewChangeTitle, Msg::SubmitChange),
    }
}

/// The form that logs a new ticket of `kind` (shown by [`super::NewTicket`] when the kind's
/// practice is enabled).
#[component]
pub fn NewTicketForm(
    kind: TicketKind,
    /// The ticket this one is raised from; they are linked when it is logged.
    raised_from: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let (title_msg, submit_msg) = texts(kind);
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let caller = RwSignal::new(String::new());
    let channel = RwSignal::new(Channel::Phone.key().to_owned());
    let impact = RwSignal::new(Level::Medium.key().to_owned());
    let urgency = RwSignal::new(Level::Medium.key().to_owned());
    let approval_required = RwSignal::new(false);
    let change_type = RwSignal::new(String::new());
    let cab = RwSignal::new(String::new());
    let risk = RwSignal::new(Level::Medium.key().to_owned());
    let template = RwSignal::new(String::new());
    let impact_assessment = RwSignal::new(String::new());
    let implementation_plan = RwSignal::new(String::new());
    let rollback_plan = RwSignal::new(String::new());
    let test_plan = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let service = RwSignal::new(String::new());
    let catalogue_item = RwSignal::new(String::new());
    let answers = RwSignal::new(Vec::<(String, String)>::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ActionError>);
    let raised_from = StoredValue::new(raised_from);
    // An incident matched to a known error on this form: linked and given its workaround.
    let known = RwSignal::new(None::<crate::domain::ticket::Ticket>);
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
        let item = workspace
            .config
            .with_untracked(|c| c.catalogue_item(&catalogue_item.get_untracked()).cloned());
        let form = TicketForm {
            category: category.get_untracked(),
            service: service.get_untracked(),
            assignment_group: item
                .as_ref()
                .map(|i| i.fulfilment_group.clone())
                .unwrap_or_default(),
            catalogue_item: catalogue_item.get_untracked(),
            answers: answers.get_untracked(),
            approval_required: approval_required.get_untracked(),
            change_type: change_type.get_untracked(),
            cab: cab.get_untracked(),
            risk: risk.get_untracked(),
            template: template.get_untracked(),
            impact_assessment: impact_assessment.get_untracked(),
            implementation_plan: implementation_plan.get_untracked(),
            rollback_plan: rollback_plan.get_untracked(),
            test_plan: test_plan.get_untracked(),
            title: title.get_untracked(),
            description: description.get_untracked(),
            caller: caller.get_untracked(),
            channel: channel.get_untracked(),
            impact: impact.get_untracked(),
            urgency: urgency.get_untracked(),
        };
        match form.validate(kind) {
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
                    let origin = match (
                        raised_from.try_get_value().flatten(),
                        known.try_get_untracked().flatten(),
                    ) {
                        (Some(link_to), _) => Some(Origin {
                            link_to,
                            ..Origin::default()
                        }),
                        (None, Some(problem)) => {
                            Some(known_error_origin(&problem, i18n.lang.get_untracked()))
                        }
                        (None, None) => None,
                    };
                    match create_linked_ticket(
                        &workspace.db(),
                        draft,
                        &matrix,
                        &actor,
                        origin.as_ref(),
                    )
                    .await
                    {
                        Ok(ticket) => nav.go(&Route::Ticket(ticket.number)),
                        Err(e) => {
                            failure.try_set(Some(e));
                            saving.try_set(false);
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
    let pick_item = move |name: String| {
        let item = workspace
            .config
            .with_untracked(|c| c.catalogue_item(&name).cloned());
        if let Some(item) = &item {
            approval_required.set(item.approval_required);
            answers.set(
                item.fields
                    .iter()
                    .map(|f| (f.clone(), String::new()))
                    .collect(),
            );
            if title.get_untracked().is_empty() {
                title.set(item.name.clone());
            }
        } else {
            answers.set(Vec::new());
        }
        catalogue_item.set(name);
    };
    let request_fields = (kind == TicketKind::ServiceRequest).then(|| {
        view! {
            <Show when=move || workspace.config.with(|c| !c.catalogue.is_empty())>
                <div class="field">
                    <label for="catalogue-item">{move || i18n.t(Msg::FieldCatalogueItem)}</label>
                    <select id="catalogue-item" on:change=move |ev| pick_item(event_target_value(&ev))>
                        <option value="">{move || i18n.t(Msg::ChooseItem)}</option>
                        {move || workspace.config.get().catalogue.into_iter().map(|i| view! {
                            <option value=i.name.clone()>{i.name.clone()}</option>
                        }).collect_view()}
                    </select>
                    <p class="help">{move || workspace.config.with(|c| c.catalogue_item(&catalogue_item.get()).map(|i| i.description.clone()))}</p>
                </div>
                {move || answers.get().into_iter().enumerate().map(|(n, (label, _))| {
                    let id = format!("answer-{n}");
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <input id=id type="text" on:input=move |ev| {
                                let value = event_target_value(&ev);
                                answers.update(|a| if let Some(slot) = a.get_mut(n) { slot.1 = value });
                            }/>
                        </div>
                    }
                }).collect_view()}
            </Show>
            <div class="field checkbox">
                <label>
                    <input type="checkbox" prop:checked=move || approval_required.get()
                        on:change=move |ev| approval_required.set(event_target_checked(&ev))/>
                    " "{move || i18n.t(Msg::FieldApprovalRequired)}
                </label>
            </div>
        }
    });
    let pick_template = move |name: String| {
        if let Some(t) = workspace
            .config
            .with_untracked(|c| c.change_template(&name).cloned())
        {
            implementation_plan.set(t.implementation_plan);
            rollback_plan.set(t.rollback_plan);
            test_plan.set(t.test_plan);
            risk.set(t.risk.key().to_owned());
            if title.get_untracked().is_empty() {
                title.set(t.name);
            }
        }
        template.set(name);
    };
    let change_fields = (kind == TicketKind::Change).then(|| {
        let types = ChangeType::ALL.into_iter().map(|t| (t.key(), Msg::change_type(t))).collect();
        view! {
            <div class="field-row">
                <SelectField id="change-type" label=Msg::FieldChangeType options=types value=change_type
                    error=error_of(Field::ChangeType)/>
                <TextField id="cab" label=Msg::FieldCab value=cab error=error_of(Field::Cab)/>
            </div>
            <p class="help">{move || i18n.t(Msg::CabHelp)}</p>
            <Show when=move || change_type.get() == ChangeType::Standard.key()>
                <div class="field" class:has-error=move || error_of(Field::Template).get().is_some()>
                    <label for="template">{move || i18n.t(Msg::FieldTemplate)}" *"</label>
                    <select id="template" aria-describedby="template-error" on:change=move |ev| pick_template(event_target_value(&ev))>
                        <option value="">{move || i18n.t(Msg::ChooseOne)}</option>
                        {move || workspace.config.get().change_templates.into_iter().map(|t| view! {
                            <option value=t.name.clone() selected={let n = t.name.clone(); move || template.get() == n}>{t.name.clone()}</option>
                        }).collect_view()}
                    </select>
                    <p class="field-error" id="template-error">
                        {move || error_of(Field::Template).get().map(|p| crate::i18n::labels::problem_text(p, i18n.lang.get()))}
                    </p>
                </div>
            </Show>
            <div class="field-row">
                <SelectField id="risk" label=Msg::FieldRisk options=levels() value=risk error=Signal::derive(|| None)/>
                <TextField id="impact-assessment" label=Msg::FieldImpactAssessment value=impact_assessment
                    error=Signal::derive(|| None) multiline=true/>
            </div>
            <TextField id="implementation-plan" label=Msg::FieldImplementationPlan value=implementation_plan
                error=Signal::derive(|| None) multiline=true/>
            <div class="field-row">
                <TextField id="rollback-plan" label=Msg::FieldRollbackPlan value=rollback_plan
                    error=Signal::derive(|| None) multiline=true/>
                <TextField id="test-plan" label=Msg::FieldTestPlan value=test_plan
                    error=Signal::derive(|| None) multiline=true/>
            </div>
        }
    });
    let intro = if kind == TicketKind::Incident {
        Msg::NewIncidentIntro
    } else {
        Msg::NewTicketIntro
    };
    view! {
        <h1>{move || i18n.t(title_msg)}</h1>
        <p class="lead">{move || i18n.t(intro)}</p>
        {move || raised_from.get_value().map(|number| view! {
            <p class="help">{move || fill(i18n.t(Msg::RaisedFrom), &[("number", &number)])}</p>
        })}
        {move || failure.get().map(|error| match error {
            ActionError::Storage(error) => view! { <StorageProblem error/> }.into_any(),
            other => view! { <p class="form-errors" role="alert">{move || action_error_text(&other, i18n.lang.get())}</p> }.into_any(),
        })}
        <form class="ticket-form" novalidate=true on:submit=submit>
            <Show when=move || !errors.with(Vec::is_empty)>
                <p class="form-errors" role="alert">{move || i18n.t(Msg::FormHasErrors)}</p>
            </Show>
            <TextField id="title" label=Msg::FieldTitle value=title error=error_of(Field::Title)
                required=true node_ref=title_input/>
            <TextField id="description" label=Msg::FieldDescription value=description
                error=error_of(Field::Description) multiline=true/>
            {(kind == TicketKind::Incident).then(|| view! { <KnownErrorPicker title chosen=known/> })}
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
            {request_fields}
            {change_fields}
            <div class="field-row">
                <div class="field">
                    <label for="category">{move || i18n.t(Msg::FieldCategory)}</label>
                    <select id="category" on:change=move |ev| category.set(event_target_value(&ev))>
                        <option value="">{move || i18n.t(Msg::NoneChosen)}</option>
                        {move || workspace.config.get().categories.into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="service">{move || i18n.t(Msg::FieldService)}</label>
                    <select id="service" on:change=move |ev| service.set(event_target_value(&ev))>
                        <option value="">{move || i18n.t(Msg::NoneChosen)}</option>
                        {move || workspace.config.get().services.into_iter().map(|s| view! { <option value=s.name.clone()>{s.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="form-actions">
                <button type="submit" class="button primary" disabled=move || saving.get()>
                    {move || i18n.t(if saving.get() { Msg::Saving } else { submit_msg })}
                </button>
                <a class="button" href=Route::tickets().href()>{move || i18n.t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}
