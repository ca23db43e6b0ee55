//! Read-only ITIL 4 reference pages: the Service Value System, the Service Value Chain and
//! the practices, drawn from the versioned reference data. Interactive diagrams come later.

use super::context::use_i18n;
use crate::domain::itil::{
    practices_in, PracticeCategory, SvcActivity, SvsComponent, Text, DIMENSIONS,
    GUIDING_PRINCIPLES, SVS_INPUT, SVS_OUTPUT,
};
use crate::i18n::{fill, Msg};
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

/// The Service Value Chain's six activities.
#[component]
pub fn ServiceValueChain() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t(Msg::NavSvc)}</h1>
        <p class="lead">{move || i18n.t(Msg::SvcIntro)}</p>
        <ul class="terms">
            {SvcActivity::ALL.into_iter().map(|a| view! { <Term name=a.name() summary=a.summary()/> }).collect_view()}
        </ul>
    }
}

/// The 34 practices in their three categories.
#[component]
pub fn Practices() -> impl IntoView {
    let i18n = use_i18n();
    let categories = PracticeCategory::ALL
        .into_iter()
        .map(|category| {
            let count = practices_in(category).count().to_string();
            view! {
                <section class="practice-category">
                    <h2>
                        {move || category.name().get(i18n.lang.get())}
                        <span class="count">{move || fill(i18n.t(Msg::PracticesCount), &[("n", &count)])}</span>
                    </h2>
                    <ul class="terms">
                        {practices_in(category).map(|p| view! { <Term name=p.name summary=p.purpose/> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1>{move || i18n.t(Msg::NavPractices)}</h1>
        <p class="lead">{move || i18n.t(Msg::PracticesIntro)}</p>
        {categories}
    }
}
