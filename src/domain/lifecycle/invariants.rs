//! Facts that hold for every ticket whatever actions it went through; the property tests
//! check them after every step, and imports can check them on foreign data.

use super::{is_authorized, states};
use crate::domain::ticket::{Ticket, TicketKind, TicketState as S};

/// Checks a ticket against its lifecycle model; the error names the broken rule.
pub fn check_invariants(t: &Ticket) -> Result<(), &'static str> {
    let rule = |ok: bool, name: &'static str| if ok { Ok(()) } else { Err(name) };
    rule(
        states(t.kind).contains(&t.state),
        "state belongs to the kind's lifecycle",
    )?;
    rule(
        t.hold_reason.is_some() == (t.state == S::OnHold),
        "on hold exactly when a reason is given",
    )?;
    rule(
        (t.kind == TicketKind::Change) == t.change.is_some(),
        "only changes carry a change record",
    )?;
    match t.kind {
        TicketKind::Incident | TicketKind::Problem => rule(
            !matches!(t.state, S::Resolved | S::Closed) || t.resolution.is_some(),
            "a resolved or closed ticket has a resolution",
        )?,
        TicketKind::ServiceRequest => {
            let approved = t.approvals.iter().any(|a| a.approved);
            let fulfilling = matches!(
                t.state,
                S::Approved | S::InFulfilment | S::Fulfilled | S::Closed
            );
            rule(
                !t.approval_required || !fulfilling || approved,
                "a request needing approval was approved",
            )?;
            rule(
                t.state != S::Rejected || t.approvals.iter().any(|a| !a.approved),
                "a rejection was recorded",
            )?;
        }
        TicketKind::Change => {}
    }
    if t.kind == TicketKind::Problem {
        rule(
            t.state != S::KnownError || t.known_error.is_some(),
            "a known error has its record",
        )?;
    }
    if let Some(change) = &t.change {
        let committed = matches!(t.state, S::Scheduled | S::Implement | S::Review | S::Closed);
        rule(
            !committed || is_authorized(t),
            "a scheduled change was authorized",
        )?;
        let window =
            matches!((change.planned_start, change.planned_end), (Some(s), Some(e)) if s < e);
        rule(!committed || window, "a scheduled change has a window")?;
        rule(
            t.state != S::Closed || change.review.is_some(),
            "a closed change was reviewed",
        )?;
    }
    Ok(())
}
