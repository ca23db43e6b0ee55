//! One ticket: all its fields and its history.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_workspace};
use super::{PriorityBadge, StateBadge};
use crate::domain::history::TicketEvent;
use crate::domain::ticket::Ticket;
use crate::domain::time::format_timestamp;
use crate::i18n::{fill, labels::event_text, Msg};
use crate::route::Route;
use crate::storage::tickets::{ticket_by_number, ticket_history};
use leptos::prelude::*;

/// Minutes to add to UTC for the browser's local time at `ms`.
fn local_offset(ms: i64) -> i64 {
    -(js_sys::Date::new(&(ms as f64).into()).get_timezone_offset() as i64)
}

fn local_time(ms: i64) -> String {
    format_timestamp(ms, local_offset(ms))
}

/// The page of the ticket with this human number.
#[component]
pub fn TicketPage(number: String) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let wanted = number.clone();
    let data = LocalResource::new(move || {
        let number = wanted.clone();
        async move {
            let db = workspace.db();
            let Some(ticket) = ticket_by_number(&db, &number).await? else {
                return Ok(None);
            };
            let history = ticket_history(&db, &ticket.id).await?;
            Ok(Some((ticket, history)))
        }
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
                <p><a href=Route::Tickets.href()>{move || i18n.t(Msg::BackToTickets)}</a></p>
            }
            .into_any()
        }
        Some(Ok(Some((ticket, history)))) => view! { <TicketDetail ticket history/> }.into_any(),
    }
}

#[component]
fn TicketDetail(ticket: Ticket, history: Vec<TicketEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m: Msg| move || i18n.t(m);
    let description = if ticket.description.is_empty() {
        None
    } else {
        Some(ticket.description.clone())
    };
    let (kind, channel, impact, urgency) =
        (ticket.kind, ticket.channel, ticket.impact, ticket.urgency);
    view! {
        <p class="breadcrumb"><a href=Route::Tickets.href()>{t(Msg::BackToTickets)}</a></p>
        <div class="page-head">
            <h1><span class="ticket-number">{ticket.number.clone()}</span>" "{ticket.title.clone()}</h1>
        </div>
        <div class="ticket-layout">
            <section class="ticket-main">
                <h2 class="visually-hidden">{t(Msg::FieldDescription)}</h2>
                <p class="description">
                    {description.unwrap_or_else(|| i18n.t(Msg::NoDescription).to_owned())}
                </p>
                <h2>{t(Msg::HistoryTitle)}</h2>
                <ol class="history">
                    {history.into_iter().map(|event| view! { <HistoryEntry event/> }).collect_view()}
                </ol>
            </section>
            <aside class="ticket-fields">
                <dl>
                    <dt>{t(Msg::FieldNumber)}</dt><dd>{ticket.number.clone()}</dd>
                    <dt>{t(Msg::FieldKind)}</dt><dd>{t(Msg::kind(kind))}</dd>
                    <dt>{t(Msg::FieldState)}</dt><dd><StateBadge state=ticket.state/></dd>
                    <dt>{t(Msg::FieldPriority)}</dt><dd><PriorityBadge priority=ticket.priority/></dd>
                    <dt>{t(Msg::FieldImpact)}</dt><dd>{t(Msg::level(impact))}</dd>
                    <dt>{t(Msg::FieldUrgency)}</dt><dd>{t(Msg::level(urgency))}</dd>
                    <dt>{t(Msg::FieldCaller)}</dt><dd>{ticket.caller.clone()}</dd>
                    <dt>{t(Msg::FieldChannel)}</dt><dd>{t(Msg::channel(channel))}</dd>
                    <dt>{t(Msg::FieldCreated)}</dt><dd>{local_time(ticket.created)}</dd>
                    <dt>{t(Msg::FieldUpdated)}</dt><dd>{local_time(ticket.updated)}</dd>
                </dl>
            </aside>
        </div>
    }
}

#[component]
fn HistoryEntry(event: TicketEvent) -> impl IntoView {
    let i18n = use_i18n();
    let when = local_time(event.at);
    let actor = event.actor.clone();
    view! {
        <li>
            <time>{when}</time>
            " "
            <span>{move || event_text(&event, i18n.lang.get())}</span>
            " "
            <span class="actor">{move || fill(i18n.t(Msg::HistoryBy), &[("actor", &actor)])}</span>
        </li>
    }
}
