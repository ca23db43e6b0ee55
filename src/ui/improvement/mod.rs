//! Continual improvement: the seven-step model as an interactive diagram, and the
//! improvement register.

use leptos::prelude::*;

/// The continual improvement page: the model and the register.
#[component]
pub fn Improvement() -> impl IntoView {
    view! { <h1>"Continual improvement"</h1> }
}

/// The form for a new improvement item, prefilled from a problem or a report finding.
#[component]
pub fn NewImprovement(problem: Option<String>, finding: Option<String>) -> impl IntoView {
    let _ = (problem, finding);
    view! { <h1>"New improvement"</h1> }
}
