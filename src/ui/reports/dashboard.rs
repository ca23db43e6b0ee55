//! The dashboard: a period picker, then the report of that period, read from every ticket
//! in chunks with a progress line.

use super::body::ReportBody;
use super::load::read_tally_here;
use crate::domain::reports::period::Period;
use crate::domain::ticket::TicketKind;
use crate::i18n::reports::ReportMsg;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use crate::ui::app::StorageProblem;
use crate::ui::context::use_i18n;
use crate::ui::time::local_offset;
use leptos::prelude::*;

/// Which period the dashboard shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The last n days, today included.
    Days(i64),
    Custom,
}

/// The dashboard's period, kept while the app is open so that a drill-down and back
/// returns to the same figures.
#[derive(Clone, Copy)]
pub struct PeriodChoice {
    pub choice: RwSignal<Choice>,
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
}

impl PeriodChoice {
    /// The last 30 days.
    pub fn new() -> PeriodChoice {
        PeriodChoice {
            choice: RwSignal::new(Choice::Days(30)),
            from: RwSignal::new(String::new()),
            to: RwSignal::new(String::new()),
        }
    }

    /// The chosen period, if its dates make one.
    pub fn period(&self, now: i64) -> Option<Period> {
        let offset = local_offset(now);
        match self.choice.get() {
            Choice::Days(n) => Some(Period::last_days(now, n, offset)),
            Choice::Custom => Period::from_dates(&self.from.get(), &self.to.get(), offset),
        }
    }
}

const PRESETS: [(i64, ReportMsg); 4] = [
    (7, ReportMsg::Last7),
    (30, ReportMsg::Last30),
    (90, ReportMsg::Last90),
    (365, ReportMsg::Last365),
];

/// The dashboard page.
#[component]
pub fn Dashboard() -> impl IntoView {
    let i18n = use_i18n();
    let choice: PeriodChoice = expect_context();
    let started = crate::storage::now_ms();
    let period = Memo::new(move |_| choice.period(started));
    let report_link = move || {
        period.get().map(|p| {
            let (from, to) = p.dates();
            view! {
                <a class="button" href=Route::Report { from, to }.href()>{move || i18n.t(ReportMsg::OpenReport)}</a>
            }
        })
    };
    view! {
        <div class="page-head">
            <h1>{move || i18n.t(ReportMsg::DashboardTitle)}</h1>
            <div class="new-links">
                <crate::ui::tickets::NewTicketLink kind=TicketKind::Incident label=Msg::LogIncident primary=true/>
                {report_link}
            </div>
        </div>
        <p class="lead">{move || i18n.t(ReportMsg::DashboardIntro)}</p>
        <PeriodPicker choice/>
        {move || match period.get() {
            Some(p) => view! { <PeriodReport period=p/> }.into_any(),
            None => view! { <p class="field-error" role="alert">{move || i18n.t(ReportMsg::BadDates)}</p> }.into_any(),
        }}
    }
}

/// The period select and, for custom dates, two date fields.
#[component]
fn PeriodPicker(choice: PeriodChoice) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || match choice.choice.get() {
        Choice::Days(n) => n.to_string(),
        Choice::Custom => "custom".to_owned(),
    };
    let change = move |ev| {
        let value = event_target_value(&ev);
        if value == "custom" {
            let now = crate::storage::now_ms();
            if let Some(p) = choice.period(now) {
                let (from, to) = p.dates();
                choice.from.set(from);
                choice.to.set(to);
            }
            choice.choice.set(Choice::Custom);
        } else if let Ok(days) = value.parse() {
            choice.choice.set(Choice::Days(days));
        }
    };
    let custom = move || choice.choice.get() == Choice::Custom;
    view! {
        <form class="filter-bar period-picker" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="period">{move || i18n.t(ReportMsg::PeriodLabel)}</label>
                <select id="period" on:change=change>
                    {PRESETS.into_iter().map(|(days, msg)| {
                        let key = days.to_string();
                        let selected = key.clone();
                        view! { <option value=key selected=move || current() == selected>{move || i18n.t(msg)}</option> }
                    }).collect_view()}
                    <option value="custom" selected=custom>{move || i18n.t(ReportMsg::Custom)}</option>
                </select>
            </div>
            <Show when=custom>
                <div class="field">
                    <label for="period-from">{move || i18n.t(ReportMsg::FromDate)}</label>
                    <input id="period-from" type="date" prop:value=move || choice.from.get()
                        on:change=move |ev| choice.from.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="period-to">{move || i18n.t(ReportMsg::ToDate)}</label>
                    <input id="period-to" type="date" prop:value=move || choice.to.get()
                        on:change=move |ev| choice.to.set(event_target_value(&ev))/>
                </div>
            </Show>
        </form>
    }
}

/// Reads the workspace for one period, showing progress, then the report.
#[component]
pub fn PeriodReport(period: Period, #[prop(optional)] printable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (data, progress) = read_tally_here(period);
    let status = move || {
        let (done, total) = progress.get();
        let lang = i18n.lang.get();
        match data.get() {
            Some(Ok(Some((tally, ms)))) => fill(
                ReportMsg::ReadDone.text(lang),
                &[("n", &tally.read.to_string()), ("ms", &ms.to_string())],
            ),
            _ => fill(
                ReportMsg::Reading.text(lang),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            ),
        }
    };
    view! {
        <p class="report-progress" role="status">
            {status}
            <progress max=move || progress.get().1.max(1) value=move || progress.get().0
                aria-label=move || i18n.t(Msg::Loading)></progress>
        </p>
        {move || match data.get() {
            Some(Ok(Some((tally, _)))) => {
                let unreadable = (tally.unreadable > 0).then(|| {
                    let n = tally.unreadable.to_string();
                    view! {
                        <p class="field-error" role="alert">
                            {move || fill(i18n.t(ReportMsg::Unreadable), &[("n", &n)])}
                        </p>
                    }
                });
                view! { {unreadable} <ReportBody tally printable/> }.into_any()
            }
            Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
            _ => ().into_any(),
        }}
    }
}
