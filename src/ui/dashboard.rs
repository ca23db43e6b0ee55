//! The dashboard. Charts and KPIs come with the reports; today it counts the records.

use super::context::{use_i18n, use_workspace};
use crate::domain::ticket::TicketKind;
use crate::i18n::Msg;
use crate::route::Route;
use crate::storage::tickets::tickets_logged;
use leptos::prelude::*;

/// The dashboard page.
#[component]
pub fn Dashboard() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let count = LocalResource::new(move || async move { tickets_logged(&workspace.db()).await });
    let shown = move || match count.get() {
        Some(Ok(n)) => n.to_string(),
        Some(Err(_)) | None => "—".to_owned(),
    };
    view! {
        <div class="page-head">
            <h1>{move || i18n.t(Msg::DashboardTitle)}</h1>
            <a class="button primary" href=Route::NewTicket(TicketKind::Incident).href()>{move || i18n.t(Msg::LogIncident)}</a>
        </div>
        <p class="lead">{move || i18n.t(Msg::Tagline)}</p>
        <div class="tiles">
            <a class="tile" href=Route::tickets().href()>
                <span class="tile-value">{shown}</span>
                <span class="tile-label">{move || i18n.t(Msg::DashboardOpenTickets)}</span>
            </a>
        </div>
        <p class="placeholder-note">{move || i18n.t(Msg::DashboardLater)}</p>
    }
}
