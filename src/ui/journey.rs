//! A ticket's journey: its history replayed as a path through the service value chain.

use leptos::prelude::*;

/// The journey page of the ticket numbered `number`.
#[component]
pub fn Journey(number: String) -> impl IntoView {
    view! { <h1>{number}</h1> }
}
