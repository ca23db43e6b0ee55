//! Practice KPIs: one card per practice, each indicator with its value and a definition the
//! user can open.

use crate::domain::itil::practice;
use crate::domain::reports::kpi::{practice_kpis, Kpi};
use crate::domain::reports::tally::Tally;
use crate::i18n::reports::{kpi_value_text as value_text, ReportMsg};
use crate::route::Route;
use crate::ui::context::use_i18n;
use leptos::prelude::*;

/// The KPIs of the practices a service desk runs.
#[component]
pub fn PracticeKpis(tally: Tally, printable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let cards = practice_kpis(&tally)
        .into_iter()
        .map(|(key, kpis)| {
            let name = practice(key).map(|p| p.name);
            let (id, labelled) = (format!("kpi-{key}"), format!("kpi-{key}"));
            let items = kpis
                .into_iter()
                .map(|k| view! { <KpiItem kpi=k printable/> })
                .collect_view();
            view! {
                <section class="card kpi-card" aria-labelledby=labelled>
                    <h3 id=id>{move || name.map(|n| n.get(i18n.lang.get()))}</h3>
                    <dl class="kpis">{items}</dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="kpis-title">
            <h2 id="kpis-title">{move || i18n.t(ReportMsg::KpisTitle)}</h2>
            <p class="help">{move || i18n.t(ReportMsg::KpisIntro)}</p>
            <div class="kpi-grid">{cards}</div>
        </section>
    }
}

/// One indicator: its name, value (a link to its tickets when it has a list) and definition.
#[component]
fn KpiItem(kpi: Kpi, printable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (name, definition) = ReportMsg::kpi(kpi.key);
    let value = move || value_text(kpi.value, i18n.lang.get());
    let shown = match kpi.drill {
        Some(filter) => view! { <a href=Route::Tickets(filter).href()>{value}</a> }.into_any(),
        None => view! { <span>{value}</span> }.into_any(),
    };
    view! {
        <div class="kpi">
            <dt>{move || i18n.t(name)}</dt>
            <dd class="kpi-value">{shown}</dd>
            <dd class="kpi-definition">
                {if printable {
                    view! { <p>{move || i18n.t(definition)}</p> }.into_any()
                } else {
                    view! {
                        <details>
                            <summary>{move || i18n.t(ReportMsg::Definition)}</summary>
                            <p>{move || i18n.t(definition)}</p>
                        </details>
                    }.into_any()
                }}
            </dd>
        </div>
    }
}
