//! What every ITIL diagram offers: export as a standalone SVG file, and a clean print.
//!
//! Diagrams are drawn with SVG presentation attributes (fill, stroke, font) rather than page
//! CSS, so that the exported file looks like the screen without the app's style sheets.

use super::context::use_i18n;
use super::reports::export::download;
use crate::i18n::itil::ItilMsg;
use leptos::prelude::*;

/// The diagram with the element id `svg_id` as a standalone SVG document, or `None` when it
/// is not on the page.
pub fn svg_document(svg_id: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let svg = document.get_element_by_id(svg_id)?;
    let markup = svg.outer_html();
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
            <button type="button" on:click=export>{move || i18n.t(ItilMsg::ExportSvg)}</button>
            <button type="button" on:click=print>{move || i18n.t(ItilMsg::PrintDiagram)}</button>
        </div>
    }
}
