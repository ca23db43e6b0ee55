//! The ticket list: filters in the URL, an index-backed query read a page at a time, and
//! only the visible rows rendered, so it stays smooth at 100,000 tickets.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_nav, use_workspace};
use super::super::sla::ClockBadge;
use super::export::ExportButton;
use super::filters::FilterBar;
use super::gate::{CreationOff, NewTicketLink};
use super::views::SavedViews;
use super::{PriorityBadge, StateBadge};
use crate::domain::itil::Creation;
use crate::domain::query::{Sort, TicketFilter};
use crate::domain::ticket::{Ticket, TicketKind};
use crate::domain::time::age;
use crate::i18n::sla::SlaMsg;
use crate::i18n::{fill, labels::age_text, Msg};
use crate::route::Route;
use crate::storage::tickets::query_tickets;
use crate::storage::{now_ms, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// How many tickets one read fetches as the user scrolls.
const PAGE_SIZE: usize = 100;
/// How many the first read fetches: a screenful and its overscan, so the first rows
/// show without waiting for the records below them.
const FIRST_PAGE: usize = 40;
/// The fixed height of a row, in pixels, that the window of visible rows is computed from.
const ROW_HEIGHT: f64 = 44.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 10;

/// The ticket list page.
#[component]
pub fn TicketList() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let filter = Memo::new(move |_| match nav.route.get() {
        Route::Tickets(f) => f,
        _ => TicketFilter::default(),
    });
    let tickets = RwSignal::new(Vec::<Ticket>::new());
    let has_more = RwSignal::new(false);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<StorageError>);
    let generation = StoredValue::new(0u32);
    let scroll_top = RwSignal::new(0.0f64);
    let viewport = RwSignal::new(600.0f64);

    // Reads the next page for the current filter, or the first one in place of the rows
    // shown (kept until the answer comes, so a keystroke repaints once); answers to an older
    // filter are dropped.
    let load = move |fresh: bool| {
        if loading.get_untracked() && !fresh {
            return;
        }
        loading.set(true);
        let current = generation.get_value();
        let after = if fresh {
            None
        } else {
            tickets.with_untracked(|t| t.last().cloned())
        };
        let wanted = filter.get_untracked();
        let db = workspace.db();
        let limit = if fresh { FIRST_PAGE } else { PAGE_SIZE };
        spawn_local(async move {
            let policy = workspace.sla.get_untracked();
            let at = (&policy, workspace.now.get_untracked());
            let page = query_tickets(&db, &wanted, at, after.as_ref(), limit).await;
            if generation.try_get_value() != Some(current) {
                return;
            }
            match page {
                Ok(page) => {
                    has_more.try_set(page.len() == limit);
                    tickets.try_update(|t| {
                        if fresh {
                            *t = page;
                        } else {
                            t.extend(page);
                        }
                    });
                    // The search index is built in the background once the first rows show.
                    crate::storage::search::warm(&db);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
            loading.try_set(false);
        });
    };
    let load_more = move || load(false);
    Effect::new(move |_| {
        filter.track();
        generation.update_value(|g| *g += 1);
        scroll_top.set(0.0);
        load(true);
    });
    // Another tab changed tickets: read them again where the user is, scroll kept.
    Effect::new(move |first: Option<()>| {
        workspace.changed.track();
        if first.is_some() {
            generation.update_value(|g| *g += 1);
            tickets.set(Vec::new());
            loading.set(false);
            load_more();
        }
    });

    let window = Memo::new(move |_| {
        let first = (scroll_top.get() / ROW_HEIGHT) as usize;
        let count = (viewport.get() / ROW_HEIGHT).ceil() as usize;
        (first.saturating_sub(OVERSCAN), first + count + OVERSCAN)
    });
    Effect::new(move |_| {
        let (_, end) = window.get();
        if has_more.get() && end + OVERSCAN >= tickets.with(Vec::len) {
            load_more();
        }
    });
    let visible = move || {
        let (start, end) = window.get();
        tickets.with(|t| t[start.min(t.len())..end.min(t.len())].to_vec())
    };
    let pad = move |top: bool| {
        let (start, end) = window.get();
        let len = tickets.with(Vec::len);
        let rows = if top {
            start.min(len)
        } else {
            len.saturating_sub(end)
        };
        format!("{}px", rows as f64 * ROW_HEIGHT)
    };
    let on_scroll = move |ev: leptos::ev::Event| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            crate::storage::search::user_scrolled();
            scroll_top.set(f64::from(el.scroll_top()));
            viewport.set(f64::from(el.client_height()));
        }
    };

    let summary = move || {
        let shown = tickets.with(Vec::len).to_string();
        let msg = if has_more.get() {
            Msg::RowsShownMore
        } else {
            Msg::RowsShown
        };
        fill(i18n.t(msg), &[("shown", &shown)])
    };
    let now = now_ms();
    let row = move |t: Ticket| {
        let href = Route::Ticket(t.number.clone()).href();
        let ticket_age = age(t.created, now);
        view! {
            <tr>
                <td><a href=href>{t.number.clone()}</a></td>
                <td class="title-cell" title=t.title.clone()>{t.title.clone()}</td>
                <td><PriorityBadge priority=t.priority/></td>
                <td><StateBadge state=t.state/></td>
                <td>{move || age_text(ticket_age, i18n.lang.get())}</td>
                <td class="sla-cell"><ClockBadge ticket=t.clone()/></td>
            </tr>
        }
    };
    let empty = move || tickets.with(Vec::is_empty) && !loading.get() && error.get().is_none();
    view! {
        <div class="page-head">
            <h1>{move || i18n.t(Msg::TicketsTitle)}</h1>
            <div class="new-links">
                <NewTicketLink kind=TicketKind::Incident label=Msg::LogIncident primary=true/>
                <NewTicketLink kind=TicketKind::ServiceRequest label=Msg::NewRequest/>
                <NewTicketLink kind=TicketKind::Problem label=Msg::NewProblem/>
                <NewTicketLink kind=TicketKind::Change label=Msg::NewChange/>
                <a class="button" href=Route::ChangeCalendar.href()>{move || i18n.t(Msg::CalendarTitle)}</a>
            </div>
        </div>
        {TicketKind::ALL.map(|kind| view! { <CreationOff what=Creation::Ticket(kind) brief=true/> })}
        <FilterBar filter/>
        <SavedViews filter/>
        {move || error.get().map(|error| view! { <StorageProblem error/> })}
        <div class="list-bar">
            <p class="list-summary" role="status">{summary}</p>
            <ExportButton filter/>
        </div>
        <Show when=move || !empty() fallback=move || view! {
            <p class="empty">
                {move || i18n.t(if filter.with(|f| *f == TicketFilter::default()) { Msg::NoTickets } else { Msg::NoMatches })}
            </p>
        }>
            <div class="table-wrap virtual" on:scroll=on_scroll role="region" tabindex="-1"
                aria-label=move || i18n.t(Msg::TicketListLabel)>
                <table class="tickets">
                    <thead>
                        <tr>
                            <SortHeader label=Msg::ColNumber sort=Sort::Newest filter/>
                            <SortHeader label=Msg::ColTitle sort=Sort::Title filter/>
                            <SortHeader label=Msg::ColPriority sort=Sort::Priority filter/>
                            <SortHeader label=Msg::ColState sort=Sort::State filter/>
                            <SortHeader label=Msg::ColAge sort=Sort::Oldest filter/>
                            <th scope="col">{move || i18n.t(SlaMsg::ColSla)}</th>
                        </tr>
                    </thead>
                    <tbody on:keydown=move_between_rows>
                        <tr class="pad" aria-hidden="true"><td colspan="6" style:height=move || pad(true)></td></tr>
                        <For each=visible key=|t| (t.id.clone(), t.rev.clone()) children=row/>
                        <tr class="pad" aria-hidden="true"><td colspan="6" style:height=move || pad(false)></td></tr>
                    </tbody>
                </table>
            </div>
        </Show>
        <p class="help">{move || i18n.t(Msg::ShortcutsHint)}</p>
    }
}

/// ↑ and ↓ move the focus between the tickets' links.
fn move_between_rows(ev: leptos::ev::KeyboardEvent) {
    let step = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Some(row) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("tr").ok().flatten())
    else {
        return;
    };
    let next = if step > 0 {
        row.next_element_sibling()
    } else {
        row.previous_element_sibling()
    };
    let link = next.and_then(|r| r.query_selector("a").ok().flatten());
    if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = link.focus();
    }
}

/// A column header that orders the list by its column.
#[component]
fn SortHeader(label: Msg, sort: Sort, filter: Memo<TicketFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let active = move || filter.with(|f| f.sort == sort);
    let aria = move || {
        active().then_some(if sort == Sort::Newest {
            "descending"
        } else {
            "ascending"
        })
    };
    let click = move |_| {
        let mut f = filter.get_untracked();
        f.sort = sort;
        nav.replace_now(Route::Tickets(f));
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" class:active=active on:click=click>{move || i18n.t(label)}</button>
        </th>
    }
}
