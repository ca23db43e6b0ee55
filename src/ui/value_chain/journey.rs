//! A ticket's journey: its state changes replayed as numbered steps over the value chain
//! diagram, with their time stamps; played step by step on arrival (shown whole at once when
//! the user prefers reduced motion).

use super::diagram::{ChainDiagram, ChainPath};
use super::player::PathPlayer;
use crate::domain::history::TicketEvent;
use crate::domain::itil::{journey, journey_path, JourneyStop};
use crate::domain::ticket::Ticket;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use crate::storage::tickets::ticket_with_history;
use crate::ui::app::StorageProblem;
use crate::ui::context::{use_i18n, use_workspace};
use crate::ui::diagram::DiagramTools;
use crate::ui::time::local_time;
use leptos::prelude::*;

/// The journey page of the ticket numbered `number`.
#[component]
pub fn Journey(number: String) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let wanted = number.clone();
    let data = LocalResource::new(move || {
        let number = wanted.clone();
        async move { ticket_with_history(&workspace.db(), &number).await }
    });
    move || match data.get() {
        None => {
            view! { <p class="loading" role="status">{move || i18n.t(Msg::Loading)}</p> }.into_any()
        }
        Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
        Some(Ok(None)) => {
            let number = number.clone();
            view! {
                <h1>{move || i18n.t(Msg::NotFoundTitle)}</h1>
                <p>{move || fill(i18n.t(DiagramMsg::TicketMissing), &[("number", &number)])}</p>
            }
            .into_any()
        }
        Some(Ok(Some((ticket, history)))) => view! { <Replay ticket history/> }.into_any(),
    }
}

/// The diagram, the player and the list of stops of one ticket.
#[component]
fn Replay(ticket: Ticket, history: Vec<TicketEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let stops = journey(ticket.kind, ticket.created, ticket.state, &history);
    let steps: Vec<_> = stops.iter().filter_map(|s| s.activity).collect();
    let route = journey_path(&stops);
    let path = RwSignal::new(ChainPath { steps, shown: 1 });
    let number = ticket.number.clone();
    let (n1, n2, n3) = (number.clone(), number.clone(), number.clone());
    let title =
        Signal::derive(move || fill(i18n.t(DiagramMsg::JourneyDiagramTitle), &[("number", &n1)]));
    let summary = move || {
        let lang = i18n.lang.get();
        route
            .iter()
            .map(|a| a.name().get(lang))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    let items = stop_items(stops, path);
    view! {
        <h1>{move || fill(i18n.t(DiagramMsg::Journey), &[("number", &n2)])}</h1>
        <p><a href=Route::Ticket(number).href()>
            {move || fill(i18n.t(DiagramMsg::BackToTicket), &[("number", &n3)])}
        </a></p>
        <p class="lead">{move || i18n.t(DiagramMsg::JourneyIntro)}</p>
        <p class="journey-route">{summary}</p>
        <div class="diagram-frame">
            <ChainDiagram svg_id="journey-diagram" title counts=Signal::derive(|| None) path=path.into()/>
        </div>
        <DiagramTools svg_id="journey-diagram" file_name="ticket-journey.svg"/>
        <PathPlayer path play_label=DiagramMsg::Replay autoplay=true/>
        <ol class="journey-stops">{items}</ol>
    }
}

/// One list item per stop, with its time, state and actor; the stop shown last on the
/// diagram is marked current, those before it done.
fn stop_items(stops: Vec<JourneyStop>, path: RwSignal<ChainPath>) -> impl IntoView {
    let i18n = use_i18n();
    let mut on_path = 0usize;
    stops
        .into_iter()
        .map(|stop| {
            // The path step this stop is (from 1), or the steps before it when out of the chain.
            let step = stop.activity.map(|_| {
                on_path += 1;
                on_path
            });
            let reached = step.unwrap_or(on_path + 1);
            let state = move || {
                let shown = path.with(|p| p.shown);
                let total = path.with(|p| p.steps.len());
                match step {
                    Some(s) if s == shown => Some("current"),
                    Some(s) if s < shown => Some("done"),
                    None if shown >= total && reached > total => Some("done"),
                    None if reached <= shown => Some("done"),
                    _ => None,
                }
            };
            let when = local_time(stop.at);
            let actor = stop.actor.clone();
            let line = move || {
                fill(
                    i18n.t(DiagramMsg::StopLine),
                    &[
                        ("when", &when),
                        ("state", i18n.t(Msg::state(stop.state))),
                        ("actor", &actor),
                    ],
                )
            };
            let place = move || match stop.activity {
                Some(a) => a.name().get(i18n.lang.get()),
                None => i18n.t(DiagramMsg::OutOfChain),
            };
            view! {
                <li data-state=state aria-current=move || (state() == Some("current")).then_some("step")
                    data-activity=stop.activity.map_or("none", |a| a.key())>
                    <strong>{place}</strong>" — "{line}
                </li>
            }
        })
        .collect_view()
}
