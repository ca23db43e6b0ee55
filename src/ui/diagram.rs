//! What every ITIL diagram offers: export as a standalone SVG file, and a clean print.
//!
//! Diagrams are drawn with SVG presentation attributes (fill, stroke, font) rather than page
//! CSS, so that the exported file looks like the screen without the app's style sheets.

use super::context::use_i18n;
use super::reports::export::download;
use crate::domain::itil::{wrap, Frame};
use crate::i18n::itil::ItilMsg;
use leptos::prelude::*;

/// Text colour (16:1 on white).
pub const INK: &str = "#1a1d24";
/// Tick labels and axis lines (8:1 on white).
pub const SOFT: &str = "#4a5060";
/// Grid lines.
pub const GRID: &str = "#d5d9e0";
/// Font stack of every diagram and chart.
pub const FONTS: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/// An SVG `<title>` (tooltip and accessible name). `view!` makes a `<title>` that has
/// siblings an HTML element (leptos_macro 0.8 loses the SVG context among several
/// children), so it is built explicitly.
pub fn svg_title(text: String) -> impl IntoView {
    leptos::svg::title().child(text)
}

/// A number for an SVG attribute: at most one decimal.
pub fn n(v: f64) -> String {
    let text = format!("{v:.1}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// Lines of text centred on `x`, the first at `y`, `size` units apart.
pub fn text_lines(lines: Vec<String>, x: f64, y: f64, size: f64, bold: bool) -> impl IntoView {
    let weight = if bold { "600" } else { "400" };
    let spans = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let dy = if i == 0 {
                "0".to_owned()
            } else {
                n(size * 1.2)
            };
            view! { <tspan x=n(x) dy=dy>{line}</tspan> }
        })
        .collect_view();
    view! {
        <text x=n(x) y=n(y) text-anchor="middle" font-size=n(size) font-weight=weight fill=INK>
            {spans}
        </text>
    }
}

/// Fill of the demand and value arrows (with INK text: 13:1).
pub const FLOW: &str = "#e8eef3";

/// An arrow-shaped box for demand coming in or value going out.
pub fn flow_arrow(f: Frame, label: &str, incoming: bool) -> impl IntoView {
    let tip = 26.0;
    let (x0, x1) = (f.x, f.x + f.w);
    let (y0, y1, ym) = (f.y + 30.0, f.y + f.h - 30.0, f.y + f.h / 2.0);
    let points = format!(
        "{},{} {},{} {},{} {},{} {},{}",
        n(x0),
        n(y0),
        n(x1 - tip),
        n(y0),
        n(x1),
        n(ym),
        n(x1 - tip),
        n(y1),
        n(x0),
        n(y1)
    );
    let lines = wrap(label, 12);
    let top = ym - (lines.len() as f64 - 1.0) * 9.0 + 5.0;
    let class = if incoming { "flow-in" } else { "flow-out" };
    view! {
        <g class=class>
            <polygon points=points fill=FLOW stroke=SOFT stroke-width="1.5"/>
            {text_lines(lines, (x0 + x1 - tip) / 2.0, top, 15.0, true)}
        </g>
    }
}

/// Whether the user asked the system for reduced motion: animations then show their end.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The diagram with the element id `svg_id` as a standalone SVG document, or `None` when it
/// is not on the page.
pub fn svg_document(svg_id: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let svg = document.get_element_by_id(svg_id)?;
    // XML, not HTML, serialization: no-break spaces and the like stay valid XML.
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&svg)
        .ok()?;
    let markup = if markup.contains("xmlns=") {
        markup
    } else {
        markup.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1)
    };
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{markup}\n"
    ))
}

/// "Export SVG" and "Print" buttons for the diagram with the element id `svg_id`.
#[component]
pub fn DiagramTools(svg_id: &'static str, file_name: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let export = move |_| {
        if let Some(svg) = svg_document(svg_id) {
            download(file_name, "image/svg+xml;charset=utf-8", &svg);
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="diagram-tools no-print">
            <button type="button" class="button" on:click=export>{move || i18n.t(ItilMsg::ExportSvg)}</button>
            <button type="button" class="button" on:click=print>{move || i18n.t(ItilMsg::PrintDiagram)}</button>
        </div>
    }
}
