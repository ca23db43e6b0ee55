//! The service value chain drawn in SVG: demand in, the six activities, value out; each
//! activity a link to its tickets with a live count, and a highlighted path of numbered
//! steps (a value stream, or a ticket's journey) over it.

use crate::domain::itil::{
    path_markers, step_curve, svc_frame, wrap, SvcActivity, MARKER_STEP, SVC_DEMAND, SVC_SIZE,
    SVC_VALUE, SVS_INPUT, SVS_OUTPUT,
};
use crate::domain::query::TicketFilter;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::fill;
use crate::route::Route;
use crate::ui::context::use_i18n;
use crate::ui::diagram::{flow_arrow, n, svg_title, text_lines, FONTS, SOFT};
use leptos::prelude::*;

/// Fill of an activity on the path (with INK text: 14:1).
const ON_PATH: &str = "#dbe8fb";
/// Stroke of the current step's activity, the path and its markers (7:1 on white).
const ACCENT: &str = "#1d4ed8";

/// A path over the chain: its activities in order, and how many of its steps are shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChainPath {
    pub steps: Vec<SvcActivity>,
    /// Steps shown, from the first; the last shown is the current one.
    pub shown: usize,
}

/// The value chain diagram. `counts` are the open tickets per activity (reference order),
/// `None` while they are being read; `path` is highlighted step by step.
#[component]
pub fn ChainDiagram(
    svg_id: &'static str,
    title: Signal<String>,
    counts: Signal<Option<[u32; 6]>>,
    path: Signal<ChainPath>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (w, h) = SVC_SIZE;
    let activities = move || {
        let lang = i18n.lang.get();
        let counts = counts.get();
        let path = path.get();
        let shown = path.shown.min(path.steps.len());
        let current = shown.checked_sub(1).map(|i| path.steps[i]);
        SvcActivity::ALL
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let on_path = path.steps[..shown].contains(&a);
                let count = counts.map(|c| c[i]);
                activity_box(a, lang, count, on_path, current == Some(a))
            })
            .collect_view()
    };
    let overlay = move || {
        let path = path.get();
        let shown = &path.steps[..path.shown.min(path.steps.len())];
        let lang = i18n.lang.get();
        path_overlay(shown, lang, svg_id)
    };
    let flows = move || {
        let lang = i18n.lang.get();
        view! {
            {flow_arrow(SVC_DEMAND, SVS_INPUT.get(lang), true)}
            {flow_arrow(SVC_VALUE, SVS_OUTPUT.get(lang), false)}
        }
    };
    view! {
        <svg id=svg_id class="diagram svc-diagram" viewBox=format!("0 0 {w} {h}") role="group"
            font-family=FONTS aria-label=move || title.get()>
            {move || svg_title(title.get())}
            <defs>
                <marker id=format!("{svg_id}-arrow") viewBox="0 0 10 10" refX="9" refY="5"
                    markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" fill=ACCENT/>
                </marker>
            </defs>
            <rect x="0" y="0" width=n(w) height=n(h) fill="#ffffff"/>
            {flows}
            {activities}
            <g class="svc-path" aria-hidden="true">{overlay}</g>
        </svg>
    }
}

/// One activity: a link to its open tickets, with its name, the live count and, when it is
/// on the path, a tinted fill (and a heavy outline for the current step).
fn activity_box(
    a: SvcActivity,
    lang: crate::i18n::Lang,
    count: Option<u32>,
    on_path: bool,
    current: bool,
) -> impl IntoView {
    let f = svc_frame(a);
    let name = a.name().get(lang);
    let wide = f.w > 300.0;
    let lines = wrap(name, if wide { 40 } else { 13 });
    let name_y = f.y + 26.0;
    let count_y = f.y + 26.0 + lines.len() as f64 * 19.0 + 4.0;
    let count_text = count.map(|c| {
        let text = fill(
            DiagramMsg::OpenInActivity.text(lang),
            &[("n", &c.to_string())],
        );
        view! {
            <text x=n(f.x + f.w / 2.0) y=n(count_y) text-anchor="middle" font-size="15"
                fill=SOFT class="svc-count">{text}</text>
        }
    });
    let spoken = fill(
        DiagramMsg::ActivityLink.text(lang),
        &[
            ("activity", name),
            ("n", &count.map_or("…".into(), |c| c.to_string())),
        ],
    );
    let href = Route::Tickets(TicketFilter {
        activity: Some(a),
        ..Default::default()
    })
    .href();
    let (fill_colour, stroke, width) = match (on_path, current) {
        (_, true) => (ON_PATH, ACCENT, "4"),
        (true, false) => (ON_PATH, SOFT, "1.5"),
        _ => ("#ffffff", SOFT, "1.5"),
    };
    let tooltip = spoken.clone();
    view! {
        // The link must stay the only child of its group: `view!` makes an `<a>` among
        // several children an HTML link.
        <g class="svc-activity" id=format!("svc-{}", a.key())
            data-on-path=on_path.to_string() data-current=current.to_string()>
            <a href=href aria-label=spoken>
                {svg_title(tooltip)}
                <rect x=n(f.x) y=n(f.y) width=n(f.w) height=n(f.h) rx="10" fill=fill_colour
                    stroke=stroke stroke-width=width/>
                {text_lines(lines, f.x + f.w / 2.0, name_y, 17.0, true)}
                {count_text}
            </a>
        </g>
    }
}

/// The shown steps of a path: arrows between consecutive markers, and numbered markers.
fn path_overlay(steps: &[SvcActivity], lang: crate::i18n::Lang, svg_id: &str) -> impl IntoView {
    let arrow = format!("url(#{svg_id}-arrow)");
    let markers = path_markers(steps);
    let arrows = markers
        .windows(2)
        .map(|pair| {
            let [(sx, sy), (cx, cy), (ex, ey)] = step_curve(pair[0], pair[1], MARKER_STEP / 2.0);
            let d = format!(
                "M{},{} Q{},{} {},{}",
                n(sx),
                n(sy),
                n(cx),
                n(cy),
                n(ex),
                n(ey)
            );
            view! {
                <path d=d fill="none" stroke=ACCENT stroke-width="3" class="svc-step-line"
                    marker-end=arrow.clone()/>
            }
        })
        .collect_view();
    let last = markers.len().saturating_sub(1);
    let dots = markers
        .iter()
        .zip(steps)
        .enumerate()
        .map(|(i, ((x, y), a))| {
            let r = if i == last { 13.0 } else { 11.0 };
            let label = fill(
                DiagramMsg::StepMarker.text(lang),
                &[
                    ("n", &(i + 1).to_string()),
                    ("activity", a.name().get(lang)),
                ],
            );
            view! {
                <g class="svc-step" data-step=(i + 1).to_string() data-activity=a.key()>
                    {svg_title(label)}
                    <circle cx=n(*x) cy=n(*y) r=n(r) fill=ACCENT stroke="#ffffff" stroke-width="2"/>
                    <text x=n(*x) y=n(y + 5.0) text-anchor="middle" font-size="14" font-weight="700"
                        fill="#ffffff">{(i + 1).to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! { {arrows} {dots} }
}
