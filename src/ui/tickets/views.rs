//! Saved views: named filters kept in settings, one click away from the list.

use super::super::context::{use_i18n, use_nav, use_workspace};
use crate::domain::query::{SavedView, TicketFilter};
use crate::i18n::{fill, Msg};
use crate::route::Route;
use crate::storage::settings::{get_setting, put_setting, SAVED_VIEWS};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The saved views as links, and a form to save the current filter under a name.
#[component]
pub fn SavedViews(filter: Memo<TicketFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let views = RwSignal::new(Vec::<SavedView>::new());
    let name = RwSignal::new(String::new());
    spawn_local(async move {
        if let Ok(Some(saved)) = get_setting::<Vec<SavedView>>(&workspace.db(), SAVED_VIEWS).await {
            views.try_set(saved);
        }
    });
    let store = move |next: Vec<SavedView>| {
        spawn_local(async move {
            if put_setting(&workspace.db(), SAVED_VIEWS, &next)
                .await
                .is_ok()
            {
                views.try_set(next);
            }
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = name.get_untracked().trim().to_owned();
        if label.is_empty() {
            return;
        }
        let mut next: Vec<SavedView> = views
            .get_untracked()
            .into_iter()
            .filter(|v| v.name != label)
            .collect();
        next.push(SavedView {
            name: label,
            query: filter.get_untracked().to_query(),
        });
        name.set(String::new());
        store(next);
    };
    view! {
        <div class="saved-views">
            <span class="label">{move || i18n.t(Msg::SavedViews)}</span>
            <ul>
                <For each=move || views.get() key=|v| v.name.clone() children=move |v: SavedView| {
                    let route = Route::Tickets(TicketFilter::from_query(&v.query));
                    let (href, label, gone) = (route.href(), v.name.clone(), v.name.clone());
                    let current = route.clone();
                    let remove_label = move || fill(i18n.t(Msg::DeleteView), &[("name", &label)]);
                    view! {
                        <li>
                            <a href=href class:active=move || nav.route.get() == current>{v.name.clone()}</a>
                            <button type="button" class="remove" aria-label=remove_label on:click=move |_| {
                                store(views.get_untracked().into_iter().filter(|x| x.name != gone).collect());
                            }>"×"</button>
                        </li>
                    }
                }/>
            </ul>
            <form class="save-view" on:submit=save>
                <label class="visually-hidden" for="view-name">{move || i18n.t(Msg::ViewName)}</label>
                <input id="view-name" type="text" maxlength="60" placeholder=move || i18n.t(Msg::ViewName)
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="submit" class="button">{move || i18n.t(Msg::SaveView)}</button>
            </form>
        </div>
    }
}
