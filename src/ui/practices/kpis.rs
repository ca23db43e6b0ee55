//! A practice's live KPIs on its card: each indicator's name and value, the value a link to
//! its tickets where it has a list.

use crate::domain::reports::kpi::{Kpi, KpiValue};
use crate::i18n::practices::PracticeMsg;
use crate::i18n::reports::{kpi_value_text as value_text, ReportMsg};
use crate::route::Route;
use crate::ui::context::use_i18n;
use leptos::prelude::*;

/// The live KPIs of the practice `key`: "…" while the tickets are being read, then the
/// indicators of the last 30 days.
#[component]
pub fn PracticeKpiList(key: &'static str, kpis: Signal<Option<Vec<Kpi>>>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("practice-{key}-kpis");
    let labelled = heading.clone();
    view! {
        <section class="practice-kpis" aria-labelledby=labelled>
            <h4 id=heading>
                {move || i18n.t(PracticeMsg::KpisHeading)}
            </h4>
            {move || match kpis.get() {
                None => view! { <p class="loading">"…"</p> }.into_any(),
                Some(list) => view! {
                    <dl>{list.into_iter().map(|kpi| view! { <KpiRow kpi/> }).collect_view()}</dl>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One indicator: its name and value.
#[component]
fn KpiRow(kpi: Kpi) -> impl IntoView {
    let i18n = use_i18n();
    let (name, definition) = ReportMsg::kpi(kpi.key);
    let value = move || value_text(kpi.value, i18n.lang.get());
    let unmeasured = matches!(
        kpi.value,
        KpiValue::Percent(None) | KpiValue::Duration(None)
    );
    let shown = match kpi.drill {
        Some(filter) => view! { <a href=Route::Tickets(filter).href()>{value}</a> }.into_any(),
        None => view! { <span>{value}</span> }.into_any(),
    };
    view! {
        <div class="practice-kpi" title=move || i18n.t(definition)>
            <dt>{move || i18n.t(name)}</dt>
            <dd class:unmeasured=unmeasured>{shown}</dd>
        </div>
    }
}
