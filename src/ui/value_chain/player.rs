//! Steps through a path on the value chain diagram: previous, next, and play from the start
//! (one step a second, or everything at once when the user prefers reduced motion).

use super::diagram::ChainPath;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::fill;
use crate::ui::context::use_i18n;
use crate::ui::diagram::prefers_reduced_motion;
use leptos::prelude::*;
use std::time::Duration;

/// Time between two steps when playing.
const STEP_EVERY: Duration = Duration::from_millis(1100);

/// Buttons that move `path.shown` through the path, a "Step n of total" status, and a
/// play that starts from the first step (at once when `autoplay`).
#[component]
pub fn PathPlayer(
    path: RwSignal<ChainPath>,
    play_label: DiagramMsg,
    autoplay: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let timer = StoredValue::new_local(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    on_cleanup(stop);
    let total = move || path.with(|p| p.steps.len());
    let shown = move || path.with(|p| p.shown);
    let go = move |delta: isize| {
        stop();
        path.update(|p| {
            let last = p.steps.len().max(1) as isize;
            p.shown = (p.shown as isize + delta).clamp(1, last) as usize;
        });
    };
    let play = move || {
        stop();
        if prefers_reduced_motion() {
            path.update(|p| p.shown = p.steps.len());
            return;
        }
        path.update(|p| p.shown = 1);
        let tick = move || {
            let done = path
                .try_update(|p| {
                    p.shown = (p.shown + 1).min(p.steps.len());
                    p.shown == p.steps.len()
                })
                .unwrap_or(true);
            if done {
                stop();
            }
        };
        if let Ok(handle) = set_interval_with_handle(tick, STEP_EVERY) {
            timer.set_value(Some(handle));
        }
    };
    if autoplay {
        play();
    }
    let status = move || {
        fill(
            i18n.t(DiagramMsg::StepOf),
            &[("n", &shown().to_string()), ("total", &total().to_string())],
        )
    };
    let at_start = move || shown() <= 1;
    let at_end = move || shown() >= total();
    view! {
        <div class="path-player no-print">
            <button type="button" class="button" on:click=move |_| play()>{move || i18n.t(play_label)}</button>
            <button type="button" class="button" on:click=move |_| go(-1) disabled=at_start>
                {move || i18n.t(DiagramMsg::Previous)}
            </button>
            <button type="button" class="button" on:click=move |_| go(1) disabled=at_end>
                {move || i18n.t(DiagramMsg::Next)}
            </button>
            <span role="status" class="path-status">{status}</span>
        </div>
    }
}
