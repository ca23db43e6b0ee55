//! Service request: New → Awaiting approval (only when needed) → Approved or Rejected →
//! In fulfilment → Fulfilled → Closed, plus Cancelled.

use super::ActionKind as A;
use crate::domain::ticket::{Ticket, TicketState as S};

pub(super) const STATES: &[S] = &[
    S::New,
    S::AwaitingApproval,
    S::Approved,
    S::Rejected,
    S::InFulfilment,
    S::Fulfilled,
    S::Closed,
    S::Cancelled,
];

pub(super) fn target(ticket: &Ticket, action: A) -> Option<S> {
    let needs_approval = ticket.approval_required;
    Some(match (ticket.state, action) {
        (S::New, A::RequestApproval) if needs_approval => S::AwaitingApproval,
        (S::AwaitingApproval, A::Decide) => S::AwaitingApproval,
        (S::New, A::Start) if !needs_approval => S::InFulfilment,
        (S::Approved, A::Start) => S::InFulfilment,
        (S::InFulfilment, A::Fulfil) => S::Fulfilled,
        (S::Fulfilled, A::Close) => S::Closed,
        (S::New | S::AwaitingApproval | S::Approved | S::InFulfilment, A::Cancel) => S::Cancelled,
        _ => return None,
    })
}
