//! The body of a report: the figures at a glance, the charts, the candidates for problem
//! management and the practice KPIs. Shared by the dashboard and the printable report.

use super::chart::BarChart;
use super::kpis::PracticeKpis;
use crate::domain::itil::Creation;
use crate::domain::query::{TicketFilter, Watch};
use crate::domain::reports::chart::{ChartKey, Label, Unit};
use crate::domain::reports::charts::{dashboard_charts, recurring_categories};
use crate::domain::reports::period::Granularity;
use crate::domain::reports::tally::Tally;
use crate::domain::ticket::TicketKind;
use crate::domain::time::format_timestamp;
use crate::i18n::improvement::{recurring_finding, ImprovementMsg};
use crate::i18n::reports::{incidents_count, label_text, ReportMsg};
use crate::i18n::sla::duration_text;
use crate::route::Route;
use crate::ui::context::use_i18n;
use crate::ui::time::local_offset;
use leptos::prelude::*;
use std::rc::Rc;

/// A report's content.
#[component]
pub fn ReportBody(tally: Tally, #[prop(optional)] printable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m: ReportMsg| move || i18n.t(m);
    let link = |filter: TicketFilter| Route::Tickets(filter).href();
    let watch = |w| TicketFilter {
        watch: Some(w),
        ..Default::default()
    };
    let period = Some((tally.period.from, tally.period.to));
    let tiles = [
        (
            tally.open(),
            ReportMsg::OpenTickets,
            TicketFilter {
                open: true,
                ..Default::default()
            },
        ),
        (
            tally.open_breached,
            ReportMsg::OpenBreachedNow,
            watch(Watch::Breached),
        ),
        (
            tally.open_warning,
            ReportMsg::OpenAtRiskNow,
            watch(Watch::BreachingSoon),
        ),
        (
            tally.logged.iter().sum(),
            ReportMsg::LoggedInPeriod,
            TicketFilter {
                logged: period,
                ..Default::default()
            },
        ),
    ]
    .into_iter()
    .map(|(n, msg, filter)| {
        view! {
            <a class="tile" href=link(filter)>
                <span class="tile-value">{n}</span>
                <span class="tile-label">{t(msg)}</span>
            </a>
        }
    })
    .collect_view();
    let means = [
        (tally.acknowledged(), ReportMsg::KpiMtta),
        (tally.incidents_resolved(), ReportMsg::KpiIncidentMttr),
    ]
    .into_iter()
    .map(|(mean, msg)| {
        let value = move || match mean.value() {
            Some(ms) => duration_text(ms, i18n.lang.get()),
            None => i18n.t(ReportMsg::NotMeasured).to_owned(),
        };
        view! {
            <div class="tile">
                <span class="tile-value">{value}</span>
                <span class="tile-label">{t(msg)}</span>
            </div>
        }
    })
    .collect_view();
    let granularity = tally.period.granularity();
    let charts = dashboard_charts(&tally)
        .into_iter()
        .filter(|c| c.key != ChartKey::RecurringCategories || !c.bars.is_empty())
        .map(|chart| {
            let (title, axis) = ReportMsg::chart(chart.key);
            let value_axis = match chart.unit {
                Unit::Percent => ReportMsg::AxisPercent,
                Unit::Tickets => ReportMsg::AxisTickets,
            };
            let horizontal = matches!(
                chart.key,
                ChartKey::IncidentsByService | ChartKey::RecurringCategories | ChartKey::OpenByState
            );
            move || {
                let lang = i18n.lang.get();
                let name: Rc<dyn Fn(&Label) -> String> = Rc::new(move |l: &Label| {
                    label_text(l, lang, &|ms| bucket_date(ms, granularity))
                });
                view! {
                    <BarChart chart=chart.clone() title=title.text(lang).to_owned()
                        category_axis=axis.text(lang).to_owned() value_axis=value_axis.text(lang).to_owned()
                        name horizontal/>
                }
            }
        })
        .collect_view();
    let recurring = recurring_categories(&tally);
    let candidates = if recurring.is_empty() {
        view! { <p class="help">{t(ReportMsg::NoCandidates)}</p> }.into_any()
    } else {
        let rows = recurring
            .into_iter()
            .map(|(name, n)| {
                let filter = TicketFilter {
                    kind: Some(TicketKind::Incident),
                    category: name.clone(),
                    logged: period,
                    ..Default::default()
                };
                let category = name.clone();
                view! {
                    <li>
                        <a href=link(filter)>{name}</a>" — "{move || incidents_count(n, i18n.lang.get())}
                        {(!printable).then(|| {
                            let improve = move || {
                                let lang = i18n.lang.get();
                                let finding = recurring_finding(&category, &incidents_count(n, lang), lang);
                                Route::NewImprovement { problem: None, finding: Some(finding) }.href()
                            };
                            // Each offered only while its practice is enabled.
                            let workspace = crate::ui::context::use_workspace();
                            let problem = move || workspace.offers(Creation::Ticket(TicketKind::Problem)).then(|| view! {
                                " · "<a href=Route::NewTicket(TicketKind::Problem).href()>{t(ReportMsg::RaiseProblem)}</a>
                            });
                            let improvement = move || workspace.offers(Creation::Improvement).then(|| view! {
                                " · "<a href=improve.clone()>{move || i18n.t(ImprovementMsg::RaiseImprovement)}</a>
                            });
                            view! { {problem}{improvement} }
                        })}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="candidates">{rows}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t(ReportMsg::Summary)}</h2>
            <div class="tiles">{tiles}{means}</div>
        </section>
        <section aria-labelledby="charts-title">
            <h2 id="charts-title">{t(ReportMsg::ChartsTitle)}</h2>
            <div class="charts">{charts}</div>
        </section>
        <section class="card" aria-labelledby="candidates-title" data-tour="recurring">
            <h2 id="candidates-title">{t(ReportMsg::CandidatesTitle)}</h2>
            <p class="help">{t(ReportMsg::CandidatesIntro)}</p>
            {candidates}
        </section>
        <PracticeKpis tally printable/>
    }
}

/// The start of a time bucket as a date (or a month, for monthly buckets).
fn bucket_date(ms: i64, granularity: Granularity) -> String {
    let text = format_timestamp(ms, local_offset(ms));
    match granularity {
        Granularity::Month => text[..7].to_owned(),
        _ => text[..10].to_owned(),
    }
}
