//! An accessible SVG bar chart: stacked bars that open their ticket list, a legend, an
//! equivalent data table, and CSV and SVG downloads.
//!
//! Colours and fonts are SVG presentation attributes, so that a downloaded file looks like
//! the chart on screen; the stylesheet (`style/reports.css`) only lays the chart out.

mod table;

use super::export::download;
use crate::domain::reports::chart::layout::{
    axis_ticks, colour, standalone_svg, truncate, Frame, Rect, EXPORT_LEGEND_LINE, FONT, WIDTH,
};
use crate::domain::reports::chart::{Chart, Label, Unit};
use crate::i18n::reports_chart::{value_text, ChartMsg};
use crate::i18n::{fill, Lang};
use crate::ui::context::use_i18n;
use crate::ui::diagram::{n, svg_title, FONTS, GRID, INK, SOFT};
use leptos::prelude::*;
use std::rc::Rc;
use table::{bar_texts, data_table, legend, BarText};

/// Names a chart label in the current language.
pub type Namer = Rc<dyn Fn(&Label) -> String>;

/// A bar chart of `chart`, drawn once in the current language: the caller re-creates it
/// when the language changes (its title and label names change too).
///
/// Bars with a drill-down filter are links to the ticket list behind them (click, Enter or
/// Space). When the chart has no data, only the title and a short notice are shown.
#[component]
pub fn BarChart(
    /// The data.
    chart: Chart,
    /// Visible title (h3), already translated.
    title: String,
    /// Title of the category axis, already translated; also the first column of the table
    /// and of the CSV file.
    category_axis: String,
    /// Title of the value axis, already translated; the value column of a single-series table.
    value_axis: String,
    /// Names a label (bar or series) in the current language.
    name: Namer,
    /// Horizontal bars (long names such as services) rather than vertical columns (time axes).
    #[prop(optional)]
    horizontal: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.get_untracked();
    let key = chart.key.key();
    let title_id = format!("chart-{key}-title");
    let heading = view! { <h3 id=title_id.clone()>{title.clone()}</h3> };
    if chart.is_empty() {
        return view! {
            <div class="bar-chart" id=format!("chart-{key}")>
                {heading}
                <p class="chart-empty">{move || i18n.t(ChartMsg::NoData)}</p>
            </div>
        }
        .into_any();
    }

    let series: Vec<String> = chart.series.iter().map(|s| name(s)).collect();
    let bars = bar_texts(&chart, &series, &name, lang);
    let csv = format!("\u{feff}{}", chart.to_csv(&category_axis, |l| name(l)));
    let ticks = axis_ticks(&chart);
    let axis_max = ticks.last().copied().unwrap_or(1.0);
    let longest = bars
        .iter()
        .map(|b| b.name.chars().count())
        .max()
        .unwrap_or(0);
    let frame = Frame::new(bars.len(), axis_max, horizontal, longest);
    let legend_lines = if series.len() > 1 { series.len() } else { 0 };
    let (export_box, export_height) = frame.export_box(legend_lines);
    let view_box = frame.view_box();
    let linked = bars.iter().any(|b| b.href.is_some());
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let drawing = view! {
        <svg
            xmlns="http://www.w3.org/2000/svg"
            class="chart-svg"
            viewBox=view_box.clone()
            // ARIA makes an image's children presentational: WebKit and screen readers in
            // browse mode flatten links inside one. A group keeps them (and its name).
            role=if linked { "group" } else { "img" }
            aria-labelledby=title_id.clone()
            font-family=FONTS
            font-size=n(FONT)
            node_ref=svg_ref
        >
            {svg_title(title.clone())}
            {grid(&frame, &ticks, chart.unit, lang)}
            {axis_titles(&frame, category_axis.clone(), value_axis.clone())}
            {bars.iter().enumerate().map(|(i, b)| bar_view(&frame, i, b)).collect_view()}
            {axis_lines(&frame)}
            {export_extras(&frame, title.clone(), if legend_lines > 0 { series.clone() } else { vec![] })}
        </svg>
    };

    let csv_file = format!("valuedesk-{key}.csv");
    let svg_file = format!("valuedesk-{key}.svg");
    let (csv_named, svg_named) = (title.clone(), title.clone());
    let save_svg = move |_| {
        if let Some(svg) = svg_ref.get_untracked() {
            let file = standalone_svg(&svg.outer_html(), &view_box, &export_box, export_height);
            download(&svg_file, "image/svg+xml", &file);
        }
    };
    view! {
        <div class="bar-chart" id=format!("chart-{key}")>
            {heading}
            {(series.len() > 1).then(|| legend(&series, i18n))}
            {drawing}
            {linked.then(|| view! { <p class="chart-hint">{move || i18n.t(ChartMsg::Hint)}</p> })}
            {data_table(title, category_axis, value_axis, &series, bars, i18n)}
            <div class="chart-export">
                <button
                    type="button"
                    class="button"
                    aria-label=move || fill(i18n.t(ChartMsg::DownloadCsvLabel), &[("title", &csv_named)])
                    on:click=move |_| download(&csv_file, "text/csv;charset=utf-8", &csv)
                >
                    {move || i18n.t(ChartMsg::DownloadCsv)}
                </button>
                <button
                    type="button"
                    class="button"
                    aria-label=move || fill(i18n.t(ChartMsg::DownloadSvgLabel), &[("title", &svg_named)])
                    on:click=save_svg
                >
                    {move || i18n.t(ChartMsg::DownloadSvg)}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// Grid lines with their tick labels, under the bars.
fn grid(frame: &Frame, ticks: &[f64], unit: Unit, lang: Lang) -> impl IntoView {
    let Rect { x, y, w, h } = frame.plot;
    let horizontal = frame.horizontal;
    let lines = ticks
        .iter()
        .map(|&v| {
            let at = n(frame.at(v));
            let (x1, y1, x2, y2) = if horizontal {
                (at.clone(), n(y), at, n(y + h))
            } else {
                (n(x), at.clone(), n(x + w), at)
            };
            let (tx, ty) = frame.tick_at(v);
            view! {
                <line x1=x1 y1=y1 x2=x2 y2=y2 stroke=GRID stroke-width="1"/>
                <text x=n(tx) y=n(ty) text-anchor=if horizontal { "middle" } else { "end" } fill=SOFT>
                    {value_text(v, unit, lang)}
                </text>
            }
        })
        .collect_view();
    view! { <g aria-hidden="true">{lines}</g> }
}

/// The two axis lines, over the bars so that the white gaps between segments do not cut them.
fn axis_lines(frame: &Frame) -> impl IntoView {
    let Rect { x, y, w, h } = frame.plot;
    let bottom = n(y + h);
    view! {
        <g aria-hidden="true" stroke=SOFT stroke-width="1">
            <line x1=n(x) y1=n(y) x2=n(x) y2=bottom.clone()/>
            <line x1=n(x) y1=bottom.clone() x2=n(x + w) y2=bottom/>
        </g>
    }
}

/// The category and value axis titles; the value title of columns runs up the left side.
fn axis_titles(frame: &Frame, category: String, value: String) -> impl IntoView {
    let ((cx, cy), (vx, vy)) = frame.titles_at();
    let (category_anchor, turn) = if frame.horizontal {
        ("start", None)
    } else {
        ("middle", Some(format!("rotate(-90 {} {})", n(vx), n(vy))))
    };
    view! {
        <g aria-hidden="true" fill=INK font-weight="600">
            <text x=n(cx) y=n(cy) text-anchor=category_anchor>{category}</text>
            <text x=n(vx) y=n(vy) text-anchor="middle" transform=turn>{value}</text>
        </g>
    }
}

/// One bar: a band that reacts to the pointer, the stacked segments, its name and total;
/// a link to its tickets when it has a drill-down.
fn bar_view(frame: &Frame, i: usize, bar: &BarText) -> impl IntoView {
    let band = frame.band(i);
    let mut from = 0.0;
    let segments = bar
        .values
        .iter()
        .enumerate()
        .map(|(s, v)| {
            let to = from + v.max(0.0);
            let r = frame.segment(i, from, to);
            from = to;
            (r.w > 0.0 && r.h > 0.0).then(|| {
                view! {
                    <rect x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h) fill=colour(s) stroke="#ffffff" stroke-width="1"/>
                }
            })
        })
        .collect_view();
    let (lx, ly) = frame.label_at(i);
    let (anchor, turn) = match (frame.horizontal, frame.rotated) {
        (true, _) => ("end", None),
        (false, true) => ("end", Some(format!("rotate(-45 {} {})", n(lx), n(ly)))),
        (false, false) => ("middle", None),
    };
    let label = i.is_multiple_of(frame.label_step).then(|| {
        view! {
            <text x=n(lx) y=n(ly) text-anchor=anchor transform=turn fill=INK>
                {truncate(&bar.name, frame.label_chars)}
            </text>
        }
    });
    let (vx, vy) = frame.value_at(i, bar.total);
    let value = frame.values_fit(bar.total_text.chars().count()).then(|| {
        let anchor = if frame.horizontal { "start" } else { "middle" };
        view! { <text x=n(vx) y=n(vy) text-anchor=anchor fill=INK>{bar.total_text.clone()}</text> }
    });
    let content = view! {
        <rect class="hit" x=n(band.x) y=n(band.y) width=n(band.w) height=n(band.h) fill="#ffffff" fill-opacity="0"/>
        {segments}
        {label}
        {value}
    };
    let (spoken, tooltip) = (bar.spoken.clone(), bar.spoken.clone());
    match bar.href.clone() {
        Some(href) => {
            let target = href.clone();
            // Links follow Enter; Space, as on a button, opens the list too.
            let on_key = move |ev: web_sys::KeyboardEvent| {
                if ev.key() == " " {
                    ev.prevent_default();
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().set_hash(&target);
                    }
                }
            };
            leptos::either::Either::Left(view! {
                // The link must stay the only child of an SVG element: `view!` makes an
                // `<a>` among several children an HTML link.
                <g class="bar">
                    <a href=href aria-label=spoken on:keydown=on_key>
                        {svg_title(tooltip)}
                        {content}
                    </a>
                </g>
            })
        }
        None => leptos::either::Either::Right(view! {
            <g class="bar" role="img" aria-label=spoken>
                {svg_title(tooltip)}
                {content}
            </g>
        }),
    }
}

/// The title and legend of a downloaded file: drawn outside the on-screen viewBox (above and
/// below it), which the export widens to show them.
fn export_extras(frame: &Frame, title: String, series: Vec<String>) -> impl IntoView {
    let top = frame.height + 8.0;
    let legend = series
        .into_iter()
        .enumerate()
        .map(|(s, name)| {
            let y = top + s as f64 * EXPORT_LEGEND_LINE;
            view! {
                <rect x="4" y=n(y) width="12" height="12" fill=colour(s)/>
                <text x="22" y=n(y + 10.0) fill=INK>{name}</text>
            }
        })
        .collect_view();
    view! {
        <g aria-hidden="true">
            <text x=n(WIDTH / 2.0) y="-10" text-anchor="middle" font-size="15" font-weight="600" fill=INK>
                {title}
            </text>
            {legend}
        </g>
    }
}
