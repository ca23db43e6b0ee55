//! The seven-step continual improvement model drawn as an SVG cycle: each step a
//! focusable button that selects it (and filters the register), with the number of register
//! items at that step.
//!
//! Drawn with presentation attributes only (fill, stroke, fonts), so that the exported file
//! looks like the screen; the page's style sheet adds only hover and focus rings.

use super::super::context::use_i18n;
use crate::domain::improvement::ImprovementStep;
use crate::domain::itil::wrap;
use crate::i18n::fill;
use crate::i18n::improvement::{items_text, ImprovementMsg};
use crate::ui::diagram::{n, FONTS, INK, SOFT};
use leptos::prelude::*;

/// Element id of the diagram, for export and print.
pub const SVG_ID: &str = "ci-model-svg";

const WIDTH: f64 = 880.0;
const HEIGHT: f64 = 560.0;
const CX: f64 = 440.0;
const CY: f64 = 290.0;
const RX: f64 = 320.0;
const RY: f64 = 220.0;
const BOX_W: f64 = 240.0;
const BOX_H: f64 = 110.0;
/// Height of the box's top band, where its number sits.
const BADGE_BAND: f64 = 30.0;
/// Characters per label line at the label's font size in a box.
const WRAP: usize = 18;

/// Brand blue: 10.4:1 on white, and white on it.
const BRAND: &str = "#1f3a8a";
/// Light text on the brand blue: 8.1:1.
const ON_BRAND_SOFT: &str = "#dbe4ff";
const PAPER: &str = "#ffffff";

/// The angle of step `i` on the cycle, clockwise from the top, in radians.
fn angle(i: f64) -> f64 {
    -std::f64::consts::FRAC_PI_2 + i * std::f64::consts::TAU / 7.0
}

/// The point of the cycle at an angle.
fn on_cycle(a: f64) -> (f64, f64) {
    (CX + RX * a.cos(), CY + RY * a.sin())
}

/// How far a point is from the box of step `i` (0 inside it).
fn box_distance(i: f64, (px, py): (f64, f64)) -> f64 {
    let (cx, cy) = on_cycle(angle(i));
    let dx = ((px - cx).abs() - BOX_W / 2.0).max(0.0);
    let dy = ((py - cy).abs() - BOX_H / 2.0).max(0.0);
    dx.hypot(dy)
}

/// Where the arrow from step `i` to the next goes: the point of the cycle between them
/// farthest from both boxes.
fn arrow_angle(i: usize) -> f64 {
    let (from, to) = (i as f64, i as f64 + 1.0);
    (1..40)
        .map(|k| from + f64::from(k) / 40.0)
        .map(|t| {
            let p = on_cycle(angle(t));
            (t, box_distance(from, p).min(box_distance(to, p)))
        })
        .fold(
            (from + 0.5, f64::MIN),
            |best, c| if c.1 > best.1 { c } else { best },
        )
        .0
}

/// The model as an interactive SVG cycle. `selected` is the chosen step (clicking it again
/// clears it); `counts` the register items at each step, once known.
#[component]
pub fn ModelDiagram(
    selected: RwSignal<Option<ImprovementStep>>,
    #[prop(into)] counts: Signal<Option<[usize; 7]>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let arrows = (0..7)
        .map(|i| {
            let mid = angle(arrow_angle(i));
            let (x, y) = on_cycle(mid);
            // Direction of travel (clockwise) along the ellipse at that point.
            let turn = (RY * mid.cos()).atan2(-RX * mid.sin()).to_degrees();
            view! {
                <polygon points="-9,-7 9,0 -9,7" fill=SOFT
                    transform=format!("translate({} {}) rotate({})", n(x), n(y), n(turn))/>
            }
        })
        .collect_view();
    let steps = ImprovementStep::ALL
        .into_iter()
        .map(|step| view! { <StepNode step selected counts/> })
        .collect_view();
    let centre = move || {
        let lines = wrap(i18n.t(ImprovementMsg::Title), 14);
        let top = CY - (lines.len() as f64 - 1.0) * 15.0 + 8.0;
        lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                view! {
                    <text x=n(CX) y=n(top + i as f64 * 30.0) text-anchor="middle"
                        font-size="26" font-weight="700" fill=BRAND>{line}</text>
                }
            })
            .collect_view()
    };
    view! {
        <svg id=SVG_ID xmlns="http://www.w3.org/2000/svg" class="ci-model"
            viewBox=format!("0 0 {WIDTH} {HEIGHT}") width="100%"
            role="group" aria-labelledby="ci-model-title ci-model-desc"
            font-family=FONTS font-size="20">
            <title id="ci-model-title">{move || i18n.t(ImprovementMsg::DiagramTitle)}</title>
            <desc id="ci-model-desc">{move || i18n.t(ImprovementMsg::DiagramDesc)}</desc>
            <rect x="0" y="0" width=n(WIDTH) height=n(HEIGHT) fill=PAPER/>
            <ellipse cx=n(CX) cy=n(CY) rx=n(RX) ry=n(RY) fill="none" stroke=SOFT stroke-width="3"/>
            {arrows}
            {centre}
            {steps}
        </svg>
    }
}

/// One step of the cycle: a button with its number, question and item count.
#[component]
fn StepNode(
    step: ImprovementStep,
    selected: RwSignal<Option<ImprovementStep>>,
    counts: Signal<Option<[usize; 7]>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let i = step.index();
    let (cx, cy) = on_cycle(angle(i as f64));
    let (x, y) = (cx - BOX_W / 2.0, cy - BOX_H / 2.0);
    let on = move || selected.get() == Some(step);
    let toggle = move || selected.update(|s| *s = if *s == Some(step) { None } else { Some(step) });
    let count = move || counts.get().map(|c| c[i]);
    let label = move || {
        let lang = i18n.lang.get();
        let items = count().map_or_else(|| "…".to_owned(), |c| items_text(c, lang));
        fill(
            i18n.t(ImprovementMsg::StepLabel),
            &[
                ("n", &(i + 1).to_string()),
                ("name", step.name().get(lang)),
                ("items", &items),
            ],
        )
    };
    let text = move || {
        let lang = i18n.lang.get();
        let lines: Vec<String> = wrap(step.name().get(lang), WRAP);
        let counted = count().map(|c| items_text(c, lang));
        let rows = lines.len() as f64 + if counted.is_some() { 0.85 } else { 0.0 };
        // Centred in the box below its number's band.
        let middle = y + BADGE_BAND + (BOX_H - BADGE_BAND - 6.0) / 2.0;
        let first = middle - rows * 24.0 / 2.0 + 17.0;
        let colour = if on() { PAPER } else { INK };
        let soft = if on() { ON_BRAND_SOFT } else { SOFT };
        let last = first + (lines.len() as f64 - 1.0) * 24.0;
        let label = lines
            .into_iter()
            .enumerate()
            .map(|(k, line)| {
                view! {
                    <text x=n(cx) y=n(first + k as f64 * 24.0) text-anchor="middle"
                        font-weight="600" fill=colour>{line}</text>
                }
            })
            .collect_view();
        let counted = counted.map(|c| {
            view! {
                <text x=n(cx) y=n(last + 22.0) text-anchor="middle" font-size="16" fill=soft>{c}</text>
            }
        });
        (label, counted)
    };
    view! {
        <g class="ci-step" id=format!("ci-step-{}", step.key()) tabindex="0" role="button"
            aria-pressed=move || if on() { "true" } else { "false" } aria-label=label
            on:click=move |_| toggle()
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    toggle();
                }
            }>
            <rect class="focus-ring" x=n(x - 6.0) y=n(y - 6.0) width=n(BOX_W + 12.0) height=n(BOX_H + 12.0)
                rx="16" fill="none" stroke="none"/>
            <rect class="box" x=n(x) y=n(y) width=n(BOX_W) height=n(BOX_H) rx="12"
                fill=move || if on() { BRAND } else { PAPER } stroke=BRAND stroke-width="2.5"/>
            <circle cx=n(x + 18.0) cy=n(y + 17.0) r="13" fill=move || if on() { PAPER } else { BRAND }
                stroke=BRAND stroke-width="2.5"/>
            <text x=n(x + 18.0) y=n(y + 22.5) text-anchor="middle" font-size="15" font-weight="700"
                fill=move || if on() { BRAND } else { PAPER }>{i + 1}</text>
            {text}
        </g>
    }
}
