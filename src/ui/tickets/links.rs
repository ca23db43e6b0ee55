//! The links of a ticket, a form to add one, and (on incidents) the known-error search.

use super::super::context::{use_i18n, use_workspace};
use super::actions::action_error_text;
use super::gate::{CreationOff, NewTicketLink};
use crate::domain::itil::Creation;
use crate::domain::links::Relation;
use crate::domain::records::LinkRole;
use crate::domain::ticket::{Ticket, TicketKind};
use crate::i18n::Msg;
use crate::route::Route;
use crate::storage::links::{apply_known_error, link_tickets, search_known_errors};
use crate::storage::tickets::ActionError;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn role_msg(role: LinkRole) -> Msg {
    match role {
        LinkRole::Parent => Msg::RoleParent,
        LinkRole::Child => Msg::RoleChild,
        LinkRole::Related => Msg::RoleRelated,
    }
}

/// The ticket's links, each a link to the other ticket, and the form that adds one.
#[component]
pub fn Links(ticket: Ticket, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let other = RwSignal::new(String::new());
    let relation = RwSignal::new("related".to_owned());
    let error = RwSignal::new(None::<ActionError>);
    let id = StoredValue::new(ticket.id.clone());
    let incident = ticket.kind == TicketKind::Incident;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (number, how) = (
            other.get_untracked().trim().to_uppercase(),
            relation.get_untracked(),
        );
        spawn_local(async move {
            let actor = workspace.actor.get_untracked();
            let db = workspace.db();
            let relation = match how.as_str() {
                "parent" => Relation::ParentOf,
                "child" => Relation::ChildOf,
                _ => Relation::Related,
            };
            let outcome = link_tickets(&db, &id.get_value(), &number, relation, &actor).await;
            match outcome {
                Ok(_) => {
                    other.try_set(String::new());
                    error.try_set(None);
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
    };
    let items = ticket
        .links
        .iter()
        .map(|l| {
            let role = role_msg(l.role);
            let kind = Msg::kind(l.kind);
            view! {
                <li>
                    <a href=Route::Ticket(l.number.clone()).href()>{l.number.clone()}</a>
                    " — "{move || i18n.t(kind)}" · "{move || i18n.t(role)}
                </li>
            }
        })
        .collect_view();
    let empty = ticket.links.is_empty();
    let raise = match ticket.kind {
        TicketKind::Incident if !ticket.state.is_final() => {
            Some((TicketKind::Problem, Msg::RaiseProblem))
        }
        TicketKind::Problem if !ticket.state.is_final() => {
            Some((TicketKind::Change, Msg::RaiseChange))
        }
        _ => None,
    };
    let raise = raise.map(|(kind, label)| {
        let number = ticket.number.clone();
        view! {
            <p><NewTicketLink kind label raised_from=number/></p>
            <CreationOff what=Creation::Ticket(kind) brief=true/>
        }
    });
    view! {
        <section class="card links">
            <h2>{move || i18n.t(Msg::LinksTitle)}</h2>
            {empty.then(|| view! { <p class="help">{move || i18n.t(Msg::NoLinks)}</p> })}
            <ul>{items}</ul>
            {raise}
            <form class="inline-form" on:submit=submit>
                <div class="field">
                    <label for="link-number">{move || i18n.t(Msg::LinkNumber)}</label>
                    <input id="link-number" type="text" placeholder="PRB0001" prop:value=move || other.get()
                        on:input=move |ev| other.set(event_target_value(&ev))/>
                </div>
                {incident.then(|| view! {
                    <div class="field">
                        <label for="link-relation">{move || i18n.t(Msg::LinkAs)}</label>
                        <select id="link-relation" on:change=move |ev| relation.set(event_target_value(&ev))>
                            <option value="related">{move || i18n.t(Msg::LinkRelated)}</option>
                            <option value="parent">{move || i18n.t(Msg::LinkParentOfIt)}</option>
                            <option value="child">{move || i18n.t(Msg::LinkChildOfIt)}</option>
                        </select>
                    </div>
                })}
                <button type="submit" class="button">{move || i18n.t(Msg::LinkButton)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{move || action_error_text(&e, i18n.lang.get())}</p> })}
        </section>
    }
}

/// "Is this a known error?": searches known errors and applies one's workaround.
#[component]
pub fn KnownErrorSearch(ticket: Ticket, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let text = RwSignal::new(ticket.title.clone());
    let results = RwSignal::new(None::<Vec<Ticket>>);
    let error = RwSignal::new(None::<ActionError>);
    let id = StoredValue::new(ticket.id.clone());
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wanted = text.get_untracked();
        spawn_local(async move {
            match search_known_errors(&workspace.db(), &wanted).await {
                Ok(found) => {
                    results.try_set(Some(found));
                }
                Err(e) => {
                    error.try_set(Some(ActionError::Storage(e)));
                }
            }
        });
    };
    let apply = move |problem_id: String| {
        spawn_local(async move {
            let actor = workspace.actor.get_untracked();
            let lang = i18n.lang.get_untracked();
            match apply_known_error(&workspace.db(), &id.get_value(), &problem_id, &actor, lang)
                .await
            {
                Ok(_) => {
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
    };
    view! {
        <section class="card known-error-search">
            <h2>{move || i18n.t(Msg::KnownErrorSearchTitle)}</h2>
            <form class="inline-form" role="search" on:submit=search>
                <div class="field">
                    <label for="known-error-text">{move || i18n.t(Msg::KnownErrorSearch)}</label>
                    <input id="known-error-text" type="search" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button">{move || i18n.t(Msg::SearchLabel)}</button>
            </form>
            {move || results.get().map(|found| {
                if found.is_empty() {
                    return view! { <p class="help">{move || i18n.t(Msg::KnownErrorNone)}</p> }.into_any();
                }
                view! {
                    <ul class="known-errors">
                        {found.into_iter().map(|p| {
                            let k = p.known_error.clone().unwrap_or_else(empty_record);
                            let pid = p.id.clone();
                            view! {
                                <li>
                                    <a href=Route::Ticket(p.number.clone()).href()>{p.number.clone()}</a>
                                    " "<strong>{p.title.clone()}</strong>
                                    <p class="prose">{k.symptom}" → "{k.workaround}</p>
                                    <button type="button" class="button" on:click=move |_| apply(pid.clone())>
                                        {move || i18n.t(Msg::ApplyKnownError)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{move || action_error_text(&e, i18n.lang.get())}</p> })}
        </section>
    }
}

/// Search results always carry a record; an empty one keeps the view total if not.
fn empty_record() -> crate::domain::records::KnownErrorRecord {
    crate::domain::records::KnownErrorRecord {
        symptom: String::new(),
        root_cause: String::new(),
        workaround: String::new(),
    }
}

/// The origin of an incident logged against a known error: linked, with its workaround.
pub fn known_error_origin(
    problem: &Ticket,
    lang: crate::i18n::Lang,
) -> crate::storage::tickets::Origin {
    crate::storage::tickets::Origin {
        link_to: problem.number.clone(),
        note: Some(crate::i18n::labels::workaround_note(problem, lang)),
        also_link: Vec::new(),
    }
}

/// On the new-incident form: "is this a known error?" searched with the title typed so far;
/// the known error chosen is linked and its workaround copied when the incident is logged.
#[component]
pub fn KnownErrorPicker(
    title: RwSignal<String>,
    chosen: RwSignal<Option<Ticket>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let results = RwSignal::new(None::<Vec<Ticket>>);
    let search = move |_| {
        let wanted = title.get_untracked();
        spawn_local(async move {
            if let Ok(found) = search_known_errors(&workspace.db(), &wanted).await {
                results.try_set(Some(found));
            }
        });
    };
    view! {
        <div class="known-error-picker">
            <button type="button" class="button" on:click=search>{move || i18n.t(Msg::KnownErrorSearchTitle)}</button>
            {move || results.get().map(|found| {
                if found.is_empty() {
                    return view! { <p class="help">{move || i18n.t(Msg::KnownErrorNone)}</p> }.into_any();
                }
                view! {
                    <ul class="known-errors">
                        {found.into_iter().map(|p| {
                            let k = p.known_error.clone().unwrap_or_else(empty_record);
                            let id = p.id.clone();
                            let picked = move || chosen.with(|c| c.as_ref().map(|c| c.id.clone())) == Some(id.clone());
                            let problem = p.clone();
                            view! {
                                <li>
                                    <label>
                                        <input type="checkbox" prop:checked=picked on:change=move |ev| {
                                            chosen.set(event_target_checked(&ev).then(|| problem.clone()));
                                        }/>
                                        " "{format!("{} {}", p.number, p.title)}
                                    </label>
                                    <p class="prose">{k.symptom}" → "{k.workaround}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </div>
    }
}
