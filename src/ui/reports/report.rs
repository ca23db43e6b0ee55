//! The printable period report: the same figures as the dashboard for two dates, with a
//! print button and a print stylesheet.

use super::dashboard::PeriodReport;
use crate::domain::reports::period::Period;
use crate::i18n::fill;
use crate::i18n::reports::ReportMsg;
use crate::route::Route;
use crate::ui::context::use_i18n;
use crate::ui::time::{local_offset, local_time};
use leptos::prelude::*;

/// The report page for the dates of the route.
#[component]
pub fn PrintableReport(from: String, to: String) -> impl IntoView {
    let i18n = use_i18n();
    let now = crate::storage::now_ms();
    let period = Period::from_dates(&from, &to, local_offset(now));
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let heading = move || fill(i18n.t(ReportMsg::PeriodOf), &[("from", &from), ("to", &to)]);
    view! {
        <div class="report-page">
            <p class="breadcrumb no-print"><a href=Route::Dashboard.href()>{move || i18n.t(ReportMsg::BackToDashboard)}</a></p>
            <div class="page-head">
                <h1>{move || i18n.t(ReportMsg::ReportTitle)}</h1>
                <button type="button" class="button primary no-print" on:click=print>{move || i18n.t(ReportMsg::Print)}</button>
            </div>
            <p class="lead">{heading}</p>
            <p class="help">{move || fill(i18n.t(ReportMsg::GeneratedAt), &[("at", &local_time(now))])}</p>
            {match period {
                Some(period) => view! { <PeriodReport period printable=true/> }.into_any(),
                None => view! { <p class="field-error" role="alert">{move || i18n.t(ReportMsg::BadDates)}</p> }.into_any(),
            }}
        </div>
    }
}
