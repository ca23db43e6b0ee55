//! The service value chain page: the diagram with the tickets in each activity now (each a
//! link to its list), the four reference value streams highlighted step by step, and a
//! text equivalent of the live counts. Also a ticket's journey ([`journey`]).

mod diagram;
pub mod journey;
mod player;

use super::context::use_i18n;
use super::diagram::DiagramTools;
use super::reports::load::read_tally_here;
use crate::domain::itil::{SvcActivity, ValueStream, VALUE_STREAMS};
use crate::domain::query::TicketFilter;
use crate::domain::reports::period::Period;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::itil::ItilMsg;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use diagram::{ChainDiagram, ChainPath};
use leptos::prelude::*;
use player::PathPlayer;

/// The value chain page.
#[component]
pub fn ServiceValueChain() -> impl IntoView {
    let i18n = use_i18n();
    let (tally, progress) = read_tally_here(Period::last_days(crate::storage::now_ms(), 1, 0));
    let counts = Signal::derive(move || match tally.get() {
        Some(Ok(Some((t, _)))) => Some(t.in_activity),
        _ => None,
    });
    let stream = RwSignal::new(None::<&'static ValueStream>);
    let path = RwSignal::new(ChainPath::default());
    Effect::new(move |_| {
        let steps = stream
            .get()
            .map(|s| s.steps.iter().map(|step| step.activity).collect())
            .unwrap_or_default();
        path.set(ChainPath { steps, shown: 1 });
    });
    let status = move || {
        let (done, total) = progress.get();
        counts.get().is_none().then(|| {
            fill(
                i18n.t(ItilMsg::Counting),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            )
        })
    };
    let title = Signal::derive(move || i18n.t(DiagramMsg::SvcDiagramTitle).to_owned());
    view! {
        <h1>{move || i18n.t(Msg::NavSvc)}</h1>
        <p class="lead">{move || i18n.t(Msg::SvcIntro)}</p>
        <p class="help">{move || i18n.t(ItilMsg::LiveIntro)}</p>
        <p role="status" class="report-progress">{status}</p>
        <div class="diagram-frame">
            <ChainDiagram svg_id="svc-diagram" title counts path=path.into()/>
        </div>
        <DiagramTools svg_id="svc-diagram" file_name="service-value-chain.svg"/>
        <StreamChooser stream path/>
        <h2>{move || i18n.t(ItilMsg::LiveTitle)}</h2>
        <ActivityList counts/>
    }
}

/// Radio buttons choosing the value stream to highlight, and its steps with a player.
#[component]
fn StreamChooser(
    stream: RwSignal<Option<&'static ValueStream>>,
    path: RwSignal<ChainPath>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = move |s: Option<&'static ValueStream>| {
        let key = s.map_or("none", |s| s.key);
        let name = move || match s {
            Some(s) => s.name.get(i18n.lang.get()),
            None => i18n.t(DiagramMsg::NoStream),
        };
        let checked = move || stream.get().map(|x| x.key) == s.map(|s| s.key);
        view! {
            <label class="stream-choice">
                <input type="radio" name="value-stream" value=key prop:checked=checked
                    on:change=move |_| stream.set(s)/>
                {name}
            </label>
        }
    };
    let choices = std::iter::once(None)
        .chain(VALUE_STREAMS.iter().map(Some))
        .map(choice)
        .collect_view();
    let steps = move || {
        stream.get().map(|s| {
            let shown = move || path.with(|p| p.shown);
            let items = s
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let state = move || match (i + 1).cmp(&shown()) {
                        std::cmp::Ordering::Less => Some("done"),
                        std::cmp::Ordering::Equal => Some("current"),
                        std::cmp::Ordering::Greater => None,
                    };
                    view! {
                        <li data-state=state aria-current=move || (state() == Some("current")).then_some("step")>
                            <strong>{move || step.activity.name().get(i18n.lang.get())}</strong>
                            " — "{move || step.what.get(i18n.lang.get())}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card value-stream" id=format!("stream-{}", s.key)>
                    <h3>{move || s.name.get(i18n.lang.get())}</h3>
                    <PathPlayer path play_label=DiagramMsg::PlayAll autoplay=false/>
                    <ol class="stream-steps">{items}</ol>
                </section>
            }
        })
    };
    view! {
        <h2>{move || i18n.t(ItilMsg::StreamsTitle)}</h2>
        <p class="help">{move || i18n.t(ItilMsg::StreamsIntro)}</p>
        <fieldset class="stream-chooser no-print">
            <legend>{move || i18n.t(DiagramMsg::ChooseStream)}</legend>
            {choices}
        </fieldset>
        {steps}
    }
}

/// The live counts as a list: the text equivalent of the diagram, each a link to its list.
#[component]
fn ActivityList(counts: Signal<Option<[u32; 6]>>) -> impl IntoView {
    let i18n = use_i18n();
    let items = SvcActivity::ALL
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let href = Route::Tickets(TicketFilter {
                activity: Some(a),
                ..Default::default()
            })
            .href();
            let live = move || {
                counts.get().map(|c| {
                    let n = c[i].to_string();
                    let label = move || fill(i18n.t(ItilMsg::InActivity), &[("n", &n)]);
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
    view! { <ul class="terms">{items}</ul> }
}
