//! Problem: New → Assessed → Root cause analysis → Known error → Resolved → Closed.

use super::ActionKind as A;
use crate::domain::ticket::{Ticket, TicketState as S};

pub(super) const STATES: &[S] = &[
    S::New,
    S::Assessed,
    S::RootCauseAnalysis,
    S::KnownError,
    S::Resolved,
    S::Closed,
];

pub(super) fn target(ticket: &Ticket, action: A) -> Option<S> {
    Some(match (ticket.state, action) {
        (S::New, A::Assess) => S::Assessed,
        (S::Assessed, A::AnalyseRootCause) => S::RootCauseAnalysis,
        (S::RootCauseAnalysis, A::RecordKnownError) => S::KnownError,
        // The known error can be refined while the fix is prepared.
        (S::KnownError, A::RecordKnownError) => S::KnownError,
        (S::RootCauseAnalysis | S::KnownError, A::Resolve) => S::Resolved,
        (S::Resolved, A::Reopen) => S::RootCauseAnalysis,
        (S::Resolved, A::Close) => S::Closed,
        _ => return None,
    })
}
