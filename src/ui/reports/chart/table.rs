//! The chart's words beside the drawing: each bar named and formatted once, the legend
//! of its series, and the equivalent data table.

use super::Namer;
use crate::domain::reports::chart::layout::colour;
use crate::domain::reports::chart::Chart;
use crate::i18n::reports_chart::{bar_text, value_text, ChartMsg};
use crate::i18n::Lang;
use crate::route::Route;
use crate::ui::context::I18n;
use leptos::either::Either;
use leptos::prelude::*;

/// One bar, named and formatted once.
pub(super) struct BarText {
    pub(super) name: String,
    /// The bar's name and values, as a screen reader and the tooltip say them.
    pub(super) spoken: String,
    pub(super) href: Option<String>,
    pub(super) values: Vec<f64>,
    pub(super) cells: Vec<String>,
    pub(super) total: f64,
    pub(super) total_text: String,
}

pub(super) fn bar_texts(
    chart: &Chart,
    series: &[String],
    name: &Namer,
    lang: Lang,
) -> Vec<BarText> {
    chart
        .bars
        .iter()
        .map(|bar| {
            let cells: Vec<String> = bar
                .values
                .iter()
                .map(|v| value_text(*v, chart.unit, lang))
                .collect();
            let pairs: Vec<(String, String)> =
                series.iter().cloned().zip(cells.iter().cloned()).collect();
            let total_text = value_text(bar.total(), chart.unit, lang);
            let label = name(&bar.label);
            BarText {
                spoken: bar_text(&label, &pairs, &total_text, lang),
                name: label,
                href: bar.drill.clone().map(|f| Route::Tickets(f).href()),
                values: bar.values.clone(),
                cells,
                total: bar.total(),
                total_text,
            }
        })
        .collect()
}

/// The series with their colours, for charts of several series.
pub(super) fn legend(series: &[String], i18n: I18n) -> impl IntoView {
    let items = series
        .iter()
        .enumerate()
        .map(|(s, name)| {
            view! {
                <li>
                    <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <rect width="14" height="14" fill=colour(s)/>
                    </svg>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="chart-legend" aria-label=move || i18n.t(ChartMsg::Legend)>{items}</ul> }
}

/// The chart's numbers as a table, folded under a "Data table" summary; each row's name
/// links to its tickets when the bar does.
pub(super) fn data_table(
    title: String,
    category: String,
    value: String,
    series: &[String],
    bars: Vec<BarText>,
    i18n: I18n,
) -> impl IntoView {
    let headers = if series.len() > 1 {
        series.to_vec()
    } else {
        vec![value]
    };
    let rows = bars
        .into_iter()
        .map(|b| {
            let name = match b.href {
                Some(href) => Either::Left(view! { <a href=href>{b.name}</a> }),
                None => Either::Right(b.name),
            };
            let cells = b
                .cells
                .into_iter()
                .map(|c| view! { <td class="num">{c}</td> })
                .collect_view();
            view! { <tr><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <details class="chart-data">
            <summary>{move || i18n.t(ChartMsg::DataTable)}</summary>
            <div class="table-wrap">
                <table class="chart-table">
                    <caption>{title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{category}</th>
                            {headers.into_iter().map(|h| view! { <th scope="col" class="num">{h}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
