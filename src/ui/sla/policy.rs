//! The SLA policy editor: definitions and service hours, saved whole.

use leptos::prelude::*;

/// The editor of the workspace's SLA policy, in the settings page.
#[component]
pub fn SlaPolicyEditor() -> impl IntoView {
    view! { <section class="card" id="sla-policy"></section> }
}
