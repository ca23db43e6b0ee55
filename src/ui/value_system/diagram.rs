//! The service value system drawn in SVG: the external factors along the top, the four
//! dimensions above and below, demand in, the five components, value out. Every part is a
//! focusable button that selects it for the side panel.

use super::{Facts, Part};
use crate::domain::itil::{
    dimension_frame, pestle_frame, svs_activity_frame, svs_frame, wrap, Frame, SvcActivity,
    SvsComponent, DIMENSIONS, PESTLE, SVS_DEMAND, SVS_INPUT, SVS_OUTPUT, SVS_SIZE, SVS_VALUE,
};
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::{fill, Lang};
use crate::ui::context::use_i18n;
use crate::ui::diagram::{flow_arrow, n, svg_title, text_lines, FONTS, SOFT};
use leptos::prelude::*;

/// Fill of the components (with INK text: 15:1).
const COMPONENT: &str = "#f4f6fa";
/// Fill of the value chain band and the selected part (with INK text: 14:1).
const SELECTED: &str = "#dbe8fb";
/// Fill of the dimensions (with INK text: 15:1).
const DIMENSION: &str = "#e9f3ea";
/// Fill of the external factors (with INK text: 15:1).
const FACTOR: &str = "#f6f0e4";
/// Outline of the selected part (7:1 on white).
const ACCENT: &str = "#1d4ed8";

/// The value system diagram; `selected` is the part shown in the side panel.
#[component]
pub fn SystemDiagram(selected: RwSignal<Option<Part>>, facts: Signal<Facts>) -> impl IntoView {
    let i18n = use_i18n();
    let (w, h) = SVS_SIZE;
    let parts = move || {
        let lang = i18n.lang.get();
        let facts = facts.get();
        let mut parts = Vec::new();
        for (i, factor) in PESTLE.iter().enumerate() {
            let name = factor.get(lang).to_owned();
            parts.push(part(
                Part::Factor(i),
                pestle_frame(i),
                FACTOR,
                name,
                None,
                selected,
            ));
        }
        for (i, d) in DIMENSIONS.iter().enumerate() {
            let name = d.name.get(lang).to_owned();
            let frame = dimension_frame(i);
            parts.push(part(
                Part::Dimension(i),
                frame,
                DIMENSION,
                name,
                None,
                selected,
            ));
        }
        for c in SvsComponent::ALL {
            let name = c.name().get(lang).to_owned();
            let detail = component_detail(c, &facts, lang);
            let frame = svs_frame(c);
            parts.push(part(
                Part::Component(c),
                frame,
                COMPONENT,
                name,
                detail,
                selected,
            ));
        }
        parts.push(flow(Part::Input, SVS_DEMAND, SVS_INPUT.get(lang), selected));
        parts.push(flow(
            Part::Output,
            SVS_VALUE,
            SVS_OUTPUT.get(lang),
            selected,
        ));
        parts.push(chain_cells(&facts, lang).into_any());
        parts
    };
    let title = move || i18n.t(DiagramMsg::SvsDiagramTitle);
    view! {
        <svg id="svs-diagram" class="diagram svs-diagram" viewBox=format!("0 0 {w} {h}")
            role="group" font-family=FONTS aria-label=title>
            {move || svg_title(title().to_owned())}
            <rect x="0" y="0" width=n(w) height=n(h) fill="#ffffff"/>
            <rect x="164" y="106" width="632" height="460" rx="14" fill="none" stroke=SOFT
                stroke-dasharray="6 5" stroke-width="1.5"/>
            {parts}
        </svg>
    }
}

/// Enter or Space on a part selects it, as a click does.
fn activate(
    selected: RwSignal<Option<Part>>,
    which: Part,
) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            selected.set(Some(which));
        }
    }
}

/// The live figure written inside a component, if any.
fn component_detail(c: SvsComponent, facts: &Facts, lang: Lang) -> Option<String> {
    let msg = |m: DiagramMsg, args: &[(&str, &str)]| fill(m.text(lang), args);
    match c {
        SvsComponent::Practices => facts.practices.map(|(enabled, mean)| {
            let mean = mean.map_or("—".to_owned(), |m| format!("{m:.1}"));
            msg(
                DiagramMsg::PracticesFact,
                &[("enabled", &enabled.to_string()), ("maturity", &mean)],
            )
        }),
        SvsComponent::ContinualImprovement => facts
            .improvements
            .map(|k| msg(DiagramMsg::ImprovementsFact, &[("n", &k.to_string())])),
        SvsComponent::Governance => Some(msg(
            DiagramMsg::GovernanceFact,
            &[("n", &facts.sla_definitions.to_string())],
        )),
        SvsComponent::GuidingPrinciples | SvsComponent::ServiceValueChain => None,
    }
}

/// The selectable box of one part: a rectangle, its wrapped name and an optional figure.
fn part(
    which: Part,
    f: Frame,
    colour: &'static str,
    name: String,
    detail: Option<String>,
    selected: RwSignal<Option<Part>>,
) -> AnyView {
    let is_chain = which == Part::Component(SvsComponent::ServiceValueChain);
    let max_chars = (f.w / 9.5) as usize;
    let lines = wrap(&name, max_chars);
    let size = if f.h < 50.0 { 14.0 } else { 17.0 };
    let top = if is_chain {
        f.y + 26.0
    } else if detail.is_some() {
        f.y + f.h / 2.0 - 6.0 - (lines.len() as f64 - 1.0) * size * 0.6
    } else {
        f.y + f.h / 2.0 + size * 0.35 - (lines.len() as f64 - 1.0) * size * 0.6
    };
    let detail_y = top + lines.len() as f64 * size * 1.2 + 4.0;
    let spoken = match &detail {
        Some(d) => format!("{name}. {d}"),
        None => name.clone(),
    };
    let detail = detail.map(|d| {
        view! {
            <text x=n(f.x + f.w / 2.0) y=n(detail_y) text-anchor="middle" font-size="14"
                fill=SOFT>{d}</text>
        }
    });
    let fill_colour = move || {
        if selected.get() == Some(which) || is_chain {
            SELECTED
        } else {
            colour
        }
    };
    let (stroke, width) = (
        move || {
            if selected.get() == Some(which) {
                ACCENT
            } else {
                SOFT
            }
        },
        move || {
            if selected.get() == Some(which) {
                "4"
            } else {
                "1.5"
            }
        },
    );
    view! {
        <g class="svs-part" id=which.id() role="button" tabindex="0" aria-label=spoken
            aria-pressed=move || (selected.get() == Some(which)).to_string()
            on:click=move |_| selected.set(Some(which))
            on:keydown=activate(selected, which)>
            <rect x=n(f.x) y=n(f.y) width=n(f.w) height=n(f.h) rx="8" fill=fill_colour
                stroke=stroke stroke-width=width/>
            {text_lines(lines, f.x + f.w / 2.0, top, size, true)}
            {detail}
        </g>
    }
    .into_any()
}

/// Demand in or value out, as a selectable arrow.
fn flow(which: Part, f: Frame, label: &str, selected: RwSignal<Option<Part>>) -> AnyView {
    let spoken = label.to_owned();
    let outline = move || {
        if selected.get() == Some(which) {
            "selected"
        } else {
            ""
        }
    };
    view! {
        <g class=move || format!("svs-part svs-flow {}", outline()) id=which.id() role="button"
            tabindex="0" aria-label=spoken
            aria-pressed=move || (selected.get() == Some(which)).to_string()
            on:click=move |_| selected.set(Some(which))
            on:keydown=activate(selected, which)>
            {flow_arrow(f, label, which == Part::Input)}
        </g>
    }
    .into_any()
}

/// The six activities inside the value chain band, each with its open tickets (drawing
/// only: the band as a whole is the button).
fn chain_cells(facts: &Facts, lang: Lang) -> impl IntoView {
    SvcActivity::ALL
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let f = svs_activity_frame(i);
            let lines = wrap(a.name().get(lang), 13);
            let count = facts
                .in_activity
                .map(|c| c[i].to_string())
                .unwrap_or_default();
            let count_y = f.y + f.h - 12.0;
            view! {
                <g class="svs-activity" aria-hidden="true" pointer-events="none">
                    <rect x=n(f.x) y=n(f.y) width=n(f.w) height=n(f.h) rx="6" fill="#ffffff"
                        stroke=SOFT stroke-width="1"/>
                    {text_lines(lines, f.x + f.w / 2.0, f.y + 18.0, 12.0, false)}
                    <text x=n(f.x + f.w / 2.0) y=n(count_y) text-anchor="middle" font-size="18"
                        font-weight="700" fill=ACCENT>{count}</text>
                </g>
            }
        })
        .collect_view()
}
