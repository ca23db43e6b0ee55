//! Incident: New → In progress → On hold → Resolved → Closed, plus Cancelled.

use super::ActionKind as A;
use crate::domain::ticket::{Ticket, TicketState as S};

pub(super) const STATES: &[S] = &[
    S::New,
    S::InProgress,
    S::OnHold,
    S::Resolved,
    S::Closed,
    S::Cancelled,
];

pub(super) fn target(ticket: &Ticket, action: A) -> Option<S> {
    Some(match (ticket.state, action) {
        (S::New, A::Start) => S::InProgress,
        (S::New | S::InProgress, A::Hold) => S::OnHold,
        (S::OnHold, A::Resume) => S::InProgress,
        (S::New | S::InProgress | S::OnHold, A::Resolve) => S::Resolved,
        (S::Resolved, A::Reopen) => S::InProgress,
        (S::Resolved, A::Close) => S::Closed,
        (S::New | S::InProgress | S::OnHold, A::Cancel) => S::Cancelled,
        (state, A::SetMajor) if !state.is_final() => state,
        _ => return None,
    })
}
