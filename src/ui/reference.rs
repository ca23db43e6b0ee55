//! ITIL 4 reference pages: the Service Value System, the Service Value Chain with the tickets
//! in each activity now and the value streams, and the practices, drawn from the versioned
//! reference data. Interactive diagrams come with issue 5.

use super::context::use_i18n;
use super::reports::load::read_tally_here;
use crate::domain::itil::{
    SvcActivity, SvsComponent, Text, DIMENSIONS, GUIDING_PRINCIPLES, SVS_INPUT, SVS_OUTPUT,
    VALUE_STREAMS,
};
use crate::domain::query::TicketFilter;
use crate::domain::reports::period::Period;
use crate::i18n::itil::ItilMsg;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use leptos::prelude::*;

/// A name and its explanation, in the current language.
#[component]
fn Term(name: Text, summary: Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="term">
            <strong>{move || name.get(i18n.lang.get())}</strong>
            <span>{move || summary.get(i18n.lang.get())}</span>
        </li>
    }
}

/// The Service Value System: input, five components, output, principles and dimensions.
#[component]
pub fn ServiceValueSystem() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m: Msg| move || i18n.t(m);
    let text = move |x: Text| move || x.get(i18n.lang.get());
    view! {
        <h1>{t(Msg::NavSvs)}</h1>
        <p class="lead">{t(Msg::SvsIntro)}</p>
        <div class="svs-flow">
            <p class="svs-end"><span class="label">{t(Msg::SvsInput)}</span>" "{text(SVS_INPUT)}</p>
            <ol class="terms">
                {SvsComponent::ALL.into_iter().map(|c| view! { <Term name=c.name() summary=c.summary()/> }).collect_view()}
            </ol>
            <p class="svs-end"><span class="label">{t(Msg::SvsOutput)}</span>" "{text(SVS_OUTPUT)}</p>
        </div>
        <h2>{t(Msg::SvsPrinciples)}</h2>
        <ul class="terms">
            {GUIDING_PRINCIPLES.iter().map(|p| view! { <Term name=p.name summary=p.summary/> }).collect_view()}
        </ul>
        <h2>{t(Msg::SvsDimensions)}</h2>
        <ul class="terms">
            {DIMENSIONS.iter().map(|d| view! { <Term name=d.name summary=d.summary/> }).collect_view()}
        </ul>
    }
}

/// The Service Value Chain's six activities, each with the tickets in it now, and the
/// reference value streams.
#[component]
pub fn ServiceValueChain() -> impl IntoView {
    let i18n = use_i18n();
    let (counts, progress) = read_tally_here(Period::last_days(crate::storage::now_ms(), 1, 0));
    let count_of = move |i: usize| match counts.get() {
        Some(Ok(Some((tally, _)))) => Some(tally.in_activity[i]),
        _ => None,
    };
    let activities = SvcActivity::ALL
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let href = Route::Tickets(TicketFilter {
                activity: Some(a),
                ..Default::default()
            })
            .href();
            let live = move || {
                count_of(i).map(|n| {
                    let label = move || fill(i18n.t(ItilMsg::InActivity), &[("n", &n.to_string())]);
                    view! { <a class="activity-count" href=href.clone()>{label}</a> }
                })
            };
            view! {
                <li class="term" id=format!("activity-{}", a.key())>
                    <strong>{move || a.name().get(i18n.lang.get())}</strong>
                    <span>{move || a.summary().get(i18n.lang.get())}</span>
                    {live}
                </li>
            }
        })
        .collect_view();
    let status = move || {
        let (done, total) = progress.get();
        counts.get().is_none().then(|| {
            fill(
                i18n.t(ItilMsg::Counting),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            )
        })
    };
    let streams = VALUE_STREAMS
        .iter()
        .map(|s| {
            let steps = s
                .steps
                .iter()
                .map(|step| {
                    view! {
                        <li>
                            <strong>{move || step.activity.name().get(i18n.lang.get())}</strong>
                            " — "{move || step.what.get(i18n.lang.get())}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card value-stream" id=format!("stream-{}", s.key)>
                    <h3>{move || s.name.get(i18n.lang.get())}</h3>
                    <ol>{steps}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1>{move || i18n.t(Msg::NavSvc)}</h1>
        <p class="lead">{move || i18n.t(Msg::SvcIntro)}</p>
        <h2>{move || i18n.t(ItilMsg::LiveTitle)}</h2>
        <p class="help">{move || i18n.t(ItilMsg::LiveIntro)}</p>
        <p role="status" class="report-progress">{status}</p>
        <ul class="terms">{activities}</ul>
        <h2>{move || i18n.t(ItilMsg::StreamsTitle)}</h2>
        <p class="help">{move || i18n.t(ItilMsg::StreamsIntro)}</p>
        {streams}
    }
}
