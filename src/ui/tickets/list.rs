//! The ticket list: newest first, read a page at a time through the creation index.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_workspace};
use super::{PriorityBadge, StateBadge};
use crate::domain::ticket::Ticket;
use crate::domain::ticket::TicketKind;
use crate::domain::time::age;
use crate::i18n::{fill, labels::age_text, Msg};
use crate::route::Route;
use crate::storage::tickets::{count_tickets, list_tickets, PageCursor};
use crate::storage::{now_ms, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How many tickets one page of the list reads.
const PAGE_SIZE: usize = 50;

/// The ticket list page.
#[component]
pub fn TicketList() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let tickets = RwSignal::new(Vec::<Ticket>::new());
    let total = RwSignal::new(None::<u32>);
    let has_more = RwSignal::new(false);
    let error = RwSignal::new(None::<StorageError>);

    let load_page = move || {
        let after = tickets.with_untracked(|t| {
            t.last().map(|t| PageCursor {
                created: t.created,
                id: t.id.clone(),
            })
        });
        spawn_local(async move {
            let db = workspace.db();
            match list_tickets(&db, after.as_ref(), PAGE_SIZE + 1).await {
                Ok(mut page) => {
                    has_more.set(page.len() > PAGE_SIZE);
                    page.truncate(PAGE_SIZE);
                    tickets.update(|t| t.extend(page));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    load_page();
    spawn_local(async move {
        match count_tickets(&workspace.db()).await {
            Ok(n) => total.set(Some(n)),
            Err(e) => error.set(Some(e)),
        }
    });

    let summary = move || {
        total.get().map(|total| {
            let shown = tickets.with(Vec::len).to_string();
            fill(
                i18n.t(Msg::ShownOfTotal),
                &[("shown", &shown), ("total", &total.to_string())],
            )
        })
    };
    let now = now_ms();
    view! {
        <div class="page-head">
            <h1>{move || i18n.t(Msg::TicketsTitle)}</h1>
            <div class="new-links">
                <a class="button primary" href=Route::NewTicket(TicketKind::Incident).href()>{move || i18n.t(Msg::LogIncident)}</a>
                <a class="button" href=Route::NewTicket(TicketKind::ServiceRequest).href()>{move || i18n.t(Msg::NewRequest)}</a>
                <a class="button" href=Route::NewTicket(TicketKind::Problem).href()>{move || i18n.t(Msg::NewProblem)}</a>
                <a class="button" href=Route::NewTicket(TicketKind::Change).href()>{move || i18n.t(Msg::NewChange)}</a>
            </div>
        </div>
        {move || error.get().map(|error| view! { <StorageProblem error/> })}
        <Show
            when=move || !tickets.with(Vec::is_empty) || total.get().is_none()
            fallback=move || view! { <p class="empty">{move || i18n.t(Msg::NoTickets)}</p> }
        >
            <p class="list-summary" role="status">{summary}</p>
            <div class="table-wrap">
                <table class="tickets">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(Msg::ColNumber)}</th>
                            <th scope="col">{move || i18n.t(Msg::ColTitle)}</th>
                            <th scope="col">{move || i18n.t(Msg::ColPriority)}</th>
                            <th scope="col">{move || i18n.t(Msg::ColState)}</th>
                            <th scope="col">{move || i18n.t(Msg::ColAge)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || tickets.get() key=|t| t.id.clone() children=move |t| {
                            let href = Route::Ticket(t.number.clone()).href();
                            let ticket_age = age(t.created, now);
                            view! {
                                <tr>
                                    <td><a href=href>{t.number.clone()}</a></td>
                                    <td class="title-cell">{t.title.clone()}</td>
                                    <td><PriorityBadge priority=t.priority/></td>
                                    <td><StateBadge state=t.state/></td>
                                    <td>{move || age_text(ticket_age, i18n.lang.get())}</td>
                                </tr>
                            }
                        }/>
                    </tbody>
                </table>
            </div>
            <Show when=move || has_more.get()>
                <button type="button" class="button" on:click=move |_| load_page()>
                    {move || i18n.t(Msg::LoadMore)}
                </button>
            </Show>
        </Show>
    }
}
