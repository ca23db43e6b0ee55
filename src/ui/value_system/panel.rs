//! The side panel of the value system diagram: the selected part's explanation, in our own
//! words, and the live figures behind it with links to where ValueDesk shows them.

use super::{Facts, Part};
use crate::domain::itil::{
    SvcActivity, SvsComponent, DIMENSIONS, GUIDING_PRINCIPLES, INPUT_EXPLANATION,
    OUTPUT_EXPLANATION, PESTLE, PESTLE_SUMMARIES, SVS_INPUT, SVS_OUTPUT,
};
use crate::domain::query::TicketFilter;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::{fill, Lang};
use crate::route::Route;
use crate::ui::context::use_i18n;
use leptos::prelude::*;

/// The panel; it announces the new content when the selection changes.
#[component]
pub fn Panel(selected: RwSignal<Option<Part>>, facts: Signal<Facts>) -> impl IntoView {
    let i18n = use_i18n();
    let content = move || {
        let lang = i18n.lang.get();
        match selected.get() {
            None => view! { <p class="help">{i18n.t(DiagramMsg::SvsHint)}</p> }.into_any(),
            Some(part) => explain(part, &facts.get(), lang),
        }
    };
    view! {
        <aside class="card svs-panel" aria-live="polite" aria-label=move || i18n.t(DiagramMsg::LiveFacts)>
            {content}
        </aside>
    }
}

/// The heading, kind, explanation and live figures of one part.
fn explain(part: Part, facts: &Facts, lang: Lang) -> AnyView {
    let t = |m: DiagramMsg| m.text(lang);
    let (kind, name, text) = match part {
        Part::Component(c) => (t(DiagramMsg::Component), c.name(), c.explanation()),
        Part::Dimension(i) => (
            t(DiagramMsg::Dimension),
            DIMENSIONS[i].name,
            DIMENSIONS[i].summary,
        ),
        Part::Factor(i) => (
            t(DiagramMsg::ExternalFactor),
            PESTLE[i],
            PESTLE_SUMMARIES[i],
        ),
        Part::Input => ("", SVS_INPUT, INPUT_EXPLANATION),
        Part::Output => ("", SVS_OUTPUT, OUTPUT_EXPLANATION),
    };
    let live = match part {
        Part::Component(c) => Some(live_facts(c, facts, lang)),
        _ => None,
    };
    view! {
        <p class="panel-kind">{kind}</p>
        <h2>{name.get(lang)}</h2>
        <p>{text.get(lang)}</p>
        {live}
    }
    .into_any()
}

/// The figures and links of one component.
fn live_facts(c: SvsComponent, facts: &Facts, lang: Lang) -> AnyView {
    let t = |m: DiagramMsg| m.text(lang);
    let reading = || t(DiagramMsg::ReadingData).to_owned();
    let link = |route: Route| {
        view! { <p><a href=route.href()>{t(DiagramMsg::OpenPage)}</a></p> }
    };
    let body = match c {
        SvsComponent::GuidingPrinciples => {
            let items = GUIDING_PRINCIPLES
                .iter()
                .map(|p| view! { <li><strong>{p.name.get(lang)}</strong>" — "{p.summary.get(lang)}</li> })
                .collect_view();
            view! { <ol class="principles">{items}</ol> }.into_any()
        }
        SvsComponent::Governance => {
            let n = facts.sla_definitions.to_string();
            view! {
                <p>{fill(t(DiagramMsg::GovernanceFact), &[("n", &n)])}</p>
                {link(Route::Settings)}
            }
            .into_any()
        }
        SvsComponent::ServiceValueChain => match facts.in_activity {
            None => view! { <p>{reading()}</p> }.into_any(),
            Some(counts) => {
                let total: u32 = counts.iter().sum();
                let items = SvcActivity::ALL
                    .into_iter()
                    .zip(counts)
                    .map(|(a, k)| {
                        let href = Route::Tickets(TicketFilter {
                            activity: Some(a),
                            ..Default::default()
                        })
                        .href();
                        let count = fill(t(DiagramMsg::OpenInActivity), &[("n", &k.to_string())]);
                        view! { <li><a href=href>{a.name().get(lang)}</a>" — "{count}</li> }
                    })
                    .collect_view();
                view! {
                    <p>{fill(t(DiagramMsg::ChainFact), &[("n", &total.to_string())])}</p>
                    <ul class="chain-facts">{items}</ul>
                    {link(Route::ServiceValueChain)}
                }
                .into_any()
            }
        },
        SvsComponent::Practices => {
            let text = match facts.practices {
                None => reading(),
                Some((enabled, mean)) => {
                    let mean = mean.map_or("—".to_owned(), |m| format!("{m:.1}"));
                    fill(
                        t(DiagramMsg::PracticesFact),
                        &[("enabled", &enabled.to_string()), ("maturity", &mean)],
                    )
                }
            };
            view! { <p>{text}</p>{link(Route::Practices)} }.into_any()
        }
        SvsComponent::ContinualImprovement => {
            let text = facts.improvements.map_or_else(reading, |k| {
                fill(t(DiagramMsg::ImprovementsFact), &[("n", &k.to_string())])
            });
            view! { <p>{text}</p>{link(Route::Improvement)} }.into_any()
        }
    };
    view! {
        <h3>{t(DiagramMsg::LiveFacts)}</h3>
        {body}
    }
    .into_any()
}
