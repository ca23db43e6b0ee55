//! Ticket pages: the list, the new-incident form and the ticket page.

mod actions;
mod calendar;
mod conflict;
mod export;
mod filters;
mod form;
mod gate;
mod links;
mod list;
mod page;
mod views;

pub use actions::action_error_text;
pub use calendar::ChangeCalendar;
pub use gate::{CreationOff, NewTicket, NewTicketLink};
pub use list::TicketList;
pub use page::TicketPage;

use super::context::use_i18n;
use crate::domain::priority::Priority;
use crate::domain::ticket::TicketState;
use crate::i18n::Msg;
use leptos::prelude::*;

/// A priority as a coloured badge, such as "P1 Critical".
#[component]
pub fn PriorityBadge(priority: Priority) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge priority-{}", priority.code().to_ascii_lowercase());
    view! { <span class=class>{move || i18n.t(Msg::priority(priority))}</span> }
}

/// A lifecycle state as a badge.
#[component]
pub fn StateBadge(state: TicketState) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge state state-{}", state.key());
    view! { <span class=class>{move || i18n.t(Msg::state(state))}</span> }
}
