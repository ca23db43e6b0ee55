//! Change: New → Assess → Authorize → Scheduled → Implement → Review → Closed, plus
//! Cancelled. Standard changes skip assessment and authorization; emergency changes need
//! one approval; normal changes need every CAB member's.

use super::{is_authorized, ActionKind as A};
use crate::domain::records::ChangeType;
use crate::domain::ticket::{Ticket, TicketState as S};

pub(super) const STATES: &[S] = &[
    S::New,
    S::Assess,
    S::Authorize,
    S::Scheduled,
    S::Implement,
    S::Review,
    S::Closed,
    S::Cancelled,
];

pub(super) fn target(ticket: &Ticket, action: A) -> Option<S> {
    let change_type = ticket.change.as_ref().and_then(|c| c.change_type);
    let standard = change_type == Some(ChangeType::Standard);
    let reviewed = ticket.change.as_ref().is_some_and(|c| c.review.is_some());
    Some(match (ticket.state, action) {
        (S::New, A::Assess) if !standard && change_type.is_some() => S::Assess,
        (S::New, A::Schedule) if standard => S::Scheduled,
        (S::Assess, A::RequestAuthorization) => S::Authorize,
        (S::Authorize, A::Decide) => S::Authorize,
        (S::Authorize, A::Schedule) if is_authorized(ticket) => S::Scheduled,
        (S::Scheduled, A::Schedule) => S::Scheduled,
        (S::Scheduled, A::Implement) => S::Implement,
        (S::Implement, A::CompleteImplementation) => S::Review,
        (S::Review, A::Review) => S::Review,
        (S::Review, A::Close) if reviewed => S::Closed,
        (S::New | S::Assess | S::Authorize | S::Scheduled, A::Cancel) => S::Cancelled,
        _ => return None,
    })
}
