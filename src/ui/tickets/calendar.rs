//! The change calendar page.

use super::super::app::StorageProblem;
use super::super::context::{use_i18n, use_workspace};
use super::actions::local_offset;
use crate::domain::calendar::change_calendar;
use crate::domain::ticket::TicketKind;
use crate::domain::time::format_timestamp;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use crate::storage::tickets::tickets_of_kind;
use leptos::prelude::*;

fn local(ms: i64) -> String {
    format_timestamp(ms, local_offset(ms))
}

/// Scheduled changes in date order; clashing windows are flagged.
#[component]
pub fn ChangeCalendar() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let data = LocalResource::new(move || async move {
        tickets_of_kind(&workspace.db(), TicketKind::Change)
            .await
            .map(|c| change_calendar(&c))
    });
    let t = move |m: Msg| move || i18n.t(m);
    view! {
        <h1>{t(Msg::CalendarTitle)}</h1>
        <p class="lead">{t(Msg::CalendarIntro)}</p>
        {move || match data.get() {
            None => view! { <p class="loading" role="status">{t(Msg::Loading)}</p> }.into_any(),
            Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
            Some(Ok(entries)) if entries.is_empty() => view! { <p class="empty">{t(Msg::CalendarEmpty)}</p> }.into_any(),
            Some(Ok(entries)) => view! {
                <div class="table-wrap">
                    <table class="calendar">
                        <thead><tr>
                            <th scope="col">{t(Msg::ColNumber)}</th>
                            <th scope="col">{t(Msg::ColTitle)}</th>
                            <th scope="col">{t(Msg::ColWindow)}</th>
                            <th scope="col">{t(Msg::ColServices)}</th>
                        </tr></thead>
                        <tbody>
                            {entries.into_iter().map(|e| {
                                let clash = (!e.clashes.is_empty()).then(|| {
                                    let numbers = e.clashes.join(", ");
                                    view! { <p class="clash" role="note">"⚠ "{move || fill(i18n.t(Msg::CalendarClash), &[("numbers", &numbers)])}</p> }
                                });
                                view! {
                                    <tr class:has-clash=!e.clashes.is_empty()>
                                        <td><a href=Route::Ticket(e.number.clone()).href()>{e.number.clone()}</a></td>
                                        <td>{e.title.clone()}{clash}</td>
                                        <td>{format!("{} → {}", local(e.start), local(e.end))}</td>
                                        <td>{e.services.join(", ")}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
