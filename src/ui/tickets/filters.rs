//! The ticket list's filter controls; every change rewrites the URL and the route at once.

use super::super::context::{use_i18n, use_nav, use_workspace};
use crate::domain::priority::Priority;
use crate::domain::query::{Sort, TicketFilter, Watch};
use crate::domain::ticket::{TicketKind, TicketState};
use crate::i18n::sla::SlaMsg;
use crate::i18n::Msg;
use crate::route::Route;
use leptos::prelude::*;

/// A filter on a configured name (group, person, service); hidden when none is configured.
#[component]
fn NameFilter(
    id: &'static str,
    label: Msg,
    filter: Memo<TicketFilter>,
    names: Signal<Vec<String>>,
    get: fn(&TicketFilter) -> String,
    put: fn(&mut TicketFilter, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let current = move || filter.with(get);
    let change = move |ev| {
        let mut f = filter.get_untracked();
        put(&mut f, event_target_value(&ev));
        nav.replace_now(Route::Tickets(f));
    };
    view! {
        <Show when=move || !names.with(Vec::is_empty)>
            <div class="field">
                <label for=id>{move || i18n.t(label)}</label>
                <select id=id on:change=change>
                    <option value="" selected=move || current().is_empty()>{move || i18n.t(Msg::FilterAll)}</option>
                    {move || names.get().into_iter().map(|n| {
                        let name = n.clone();
                        view! { <option value=n.clone() selected=move || current() == name>{n.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
        </Show>
    }
}

/// The filter controls; every change rewrites the URL, which the list follows.
#[component]
pub fn FilterBar(filter: Memo<TicketFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let set = move |change: &dyn Fn(&mut TicketFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        nav.replace_now(Route::Tickets(f));
    };
    let kind_options = TicketKind::ALL
        .into_iter()
        .map(|k| (k.key(), Msg::kind(k)))
        .collect::<Vec<_>>();
    let priority_options = Priority::ALL
        .into_iter()
        .map(|p| (p.code(), Msg::priority(p)))
        .collect::<Vec<_>>();
    let state_options = move || filter.with(TicketFilter::state_choices);
    let select = move |id: &'static str,
                       label: Msg,
                       options: Vec<(&'static str, Msg)>,
                       current: Signal<String>,
                       apply: fn(&mut TicketFilter, &str)| {
        view! {
            <div class="field">
                <label for=id>{move || i18n.t(label)}</label>
                <select id=id on:change=move |ev| { let v = event_target_value(&ev); set(&|f| apply(f, &v)) }>
                    <option value="" selected=move || current.get().is_empty()>{move || i18n.t(Msg::FilterAll)}</option>
                    {options.into_iter().map(|(key, msg)| view! {
                        <option value=key selected=move || current.get() == key>{move || i18n.t(msg)}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let kind_now = Signal::derive(move || {
        filter.with(|f| f.kind.map(|k| k.key().to_owned()).unwrap_or_default())
    });
    let priority_now = Signal::derive(move || {
        filter.with(|f| f.priority.map(|p| p.code().to_owned()).unwrap_or_default())
    });
    let state_now =
        move || filter.with(|f| f.state.map(|s| s.key().to_owned()).unwrap_or_default());
    let sort_now = move || filter.with(|f| f.sort);
    let watch_now = move || filter.with(|f| f.watch);
    view! {
        <form class="filter-bar" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field search">
                <label for="search">{move || i18n.t(Msg::SearchLabel)}</label>
                <input id="search" type="search" placeholder=move || i18n.t(Msg::SearchPlaceholder)
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); set(&|f| f.text = v.clone()) }/>
            </div>
            {select("filter-kind", Msg::FieldKind, kind_options, kind_now, |f, v| {
                f.set_kind(TicketKind::from_key(v));
            })}
            <div class="field">
                <label for="filter-state">{move || i18n.t(Msg::FieldState)}</label>
                <select id="filter-state" on:change=move |ev| { let v = event_target_value(&ev); set(&|f| f.state = TicketState::from_key(&v)) }>
                    <option value="" selected=move || state_now().is_empty()>{move || i18n.t(Msg::FilterAll)}</option>
                    {move || state_options().into_iter().map(|s| view! {
                        <option value=s.key() selected=move || state_now() == s.key()>{move || i18n.t(Msg::state(s))}</option>
                    }).collect_view()}
                </select>
            </div>
            {select("filter-priority", Msg::FieldPriority, priority_options, priority_now, |f, v| f.priority = Priority::from_code(v))}
            <NameFilter id="filter-group" label=Msg::FieldAssignmentGroup filter
                names=Signal::derive(move || workspace.config.with(|c| c.groups.iter().map(|g| g.name.clone()).collect()))
                get=|f| f.group.clone() put=|f, v| f.group = v/>
            <NameFilter id="filter-assignee" label=Msg::FieldAssignee filter
                names=Signal::derive(move || workspace.config.with(|c| c.people()))
                get=|f| f.assignee.clone() put=|f, v| f.assignee = v/>
            <NameFilter id="filter-service" label=Msg::FieldService filter
                names=Signal::derive(move || workspace.config.with(|c| c.services.iter().map(|s| s.name.clone()).collect()))
                get=|f| f.service.clone() put=|f, v| f.service = v/>
            <div class="field">
                <label for="filter-sla">{move || i18n.t(SlaMsg::WatchLabel)}</label>
                <select id="filter-sla" on:change=move |ev| { let v = event_target_value(&ev); set(&|f| f.watch = Watch::from_key(&v)) }>
                    <option value="" selected=move || watch_now().is_none()>{move || i18n.t(SlaMsg::WatchAll)}</option>
                    {Watch::ALL.into_iter().map(|w| view! {
                        <option value=w.key() selected=move || watch_now() == Some(w)>{move || i18n.t(watch_label(w))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sort">{move || i18n.t(Msg::SortLabel)}</label>
                <select id="sort" on:change=move |ev| { let v = event_target_value(&ev); set(&|f| f.sort = Sort::from_key(&v).unwrap_or_default()) }>
                    {Sort::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || sort_now() == s>{move || i18n.t(Msg::sort(s))}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="button" class="button" on:click=move |_| nav.replace_now(Route::tickets())>
                {move || i18n.t(Msg::ClearFilters)}
            </button>
        </form>
    }
}

/// The name of an SLA criterion.
fn watch_label(watch: Watch) -> SlaMsg {
    match watch {
        Watch::BreachingSoon => SlaMsg::WatchSoon,
        Watch::Breached => SlaMsg::WatchBreached,
    }
}
