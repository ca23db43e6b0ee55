//! The model section of the improvement page: the diagram, its export and print tools, and
//! the side panel that explains the selected step.

use super::super::context::use_i18n;
use super::super::diagram::DiagramTools;
use super::diagram::{ModelDiagram, SVG_ID};
use crate::domain::improvement::ImprovementStep;
use crate::i18n::fill;
use crate::i18n::improvement::{items_text, ImprovementMsg};
use leptos::prelude::*;

/// The continual improvement model with its step panel.
#[component]
pub fn ModelSection(
    selected: RwSignal<Option<ImprovementStep>>,
    #[prop(into)] counts: Signal<Option<[usize; 7]>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ci-model-section" aria-labelledby="ci-model-heading">
            <h2 id="ci-model-heading">{move || i18n.t(ImprovementMsg::ModelTitle)}</h2>
            <p class="help">{move || i18n.t(ImprovementMsg::ModelHelp)}</p>
            <div class="ci-model-layout">
                <figure class="ci-figure">
                    <ModelDiagram selected counts/>
                    <DiagramTools svg_id=SVG_ID file_name="continual-improvement.svg"/>
                </figure>
                <StepPanel selected counts/>
            </div>
        </section>
    }
}

/// What the selected step asks, in our own words, and how many items are at it.
#[component]
fn StepPanel(
    selected: RwSignal<Option<ImprovementStep>>,
    counts: Signal<Option<[usize; 7]>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || match selected.get() {
        None => view! {
            <h3>{move || i18n.t(ImprovementMsg::PanelNoneTitle)}</h3>
            <p>{move || i18n.t(ImprovementMsg::PanelNone)}</p>
        }
        .into_any(),
        Some(step) => {
            let number = (step.index() + 1).to_string();
            let count = move || {
                counts.get().map(|c| {
                    let items = items_text(c[step.index()], i18n.lang.get());
                    fill(i18n.t(ImprovementMsg::PanelCount), &[("items", &items)])
                })
            };
            view! {
                <p class="ci-step-of">{move || fill(i18n.t(ImprovementMsg::StepOf), &[("n", &number)])}</p>
                <h3>{move || step.name().get(i18n.lang.get())}</h3>
                <p>{move || step.explanation().get(i18n.lang.get())}</p>
                <p class="ci-count">{count}</p>
                <button type="button" class="button" on:click=move |_| selected.set(None)>
                    {move || i18n.t(ImprovementMsg::ShowAllSteps)}
                </button>
            }
            .into_any()
        }
    };
    view! {
        <aside class="ci-panel card" aria-live="polite" aria-labelledby="ci-model-heading">
            {body}
        </aside>
    }
}
