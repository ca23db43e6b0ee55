//! The small value chain strip of the panel: the scenario's value stream (or the six
//! activities) as a path, the current step's place in it highlighted.

use crate::domain::itil::{SvcActivity, VALUE_STREAMS};
use crate::domain::tour::TourState;
use crate::i18n::tour::TourMsg;
use crate::i18n::{fill, Lang};
use crate::ui::context::use_i18n;
use leptos::prelude::*;

/// The strip for the run in `state`.
#[component]
pub fn PathStrip(state: Signal<Option<TourState>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let run = state.get()?;
        let scenario = run.scenario();
        let step = run.current();
        let stream = scenario
            .stream
            .and_then(|key| VALUE_STREAMS.iter().find(|s| s.key == key));
        // (activity, current) for each stop of the path.
        let stops: Vec<(SvcActivity, bool)> = match stream {
            Some(stream) => stream
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| (s.activity, step.stream_step == Some(i)))
                .collect(),
            None => SvcActivity::ALL
                .into_iter()
                .map(|a| (a, step.activity == Some(a)))
                .collect(),
        };
        let heading = match stream {
            Some(stream) => fill(
                TourMsg::Stream.text(lang),
                &[("name", stream.name.get(lang))],
            ),
            None => TourMsg::Chain.text(lang).to_owned(),
        };
        let items = stops
            .into_iter()
            .map(|(activity, current)| {
                view! {
                    <li class="tour-stop" class:current=current data-activity=activity.key()
                        aria-current=current.then_some("step")>
                        {activity.name().get(lang)}
                    </li>
                }
            })
            .collect_view();
        let now = step.activity.map(|a| activity_line(a, lang));
        Some(view! {
            <figure class="tour-strip" aria-label=TourMsg::PathLabel.text(lang)>
                <figcaption>{heading}</figcaption>
                <ol>{items}</ol>
                {now.map(|text| view! { <p class="tour-activity">{text}</p> })}
            </figure>
        })
    }
}

fn activity_line(activity: SvcActivity, lang: Lang) -> String {
    fill(
        TourMsg::Activity.text(lang),
        &[("activity", activity.name().get(lang))],
    )
}
