//! A ticket's clock trail: the events of its history that SLA clocks read (state and
//! priority changes, the first agent action), kept on the ticket so that lists and reports
//! can compute clocks without reading the whole history.

use crate::domain::history::{EventField, FieldChange, TicketEvent};
use crate::domain::priority::Priority;
use crate::domain::ticket::{Ticket, TicketState};
use serde::{Deserialize, Serialize};

/// What happened at a point of the trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    /// The ticket entered a state.
    State(TicketState),
    /// The ticket's priority became this one.
    Priority(Priority),
    /// The first agent action: a state change, a note, a comment or an assignee.
    Responded,
}

/// One point of the trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub at: i64,
    pub what: Milestone,
}

/// Whether a history entry counts as an agent acting on the ticket. Cancelling or
/// rejecting a ticket does not: its clocks are cancelled instead.
fn is_agent_action(field: EventField, new: Option<&str>) -> bool {
    match field {
        EventField::State => !matches!(new, Some("cancelled" | "rejected")),
        EventField::WorkNote | EventField::Comment => true,
        EventField::Assignee => new.is_some_and(|n| !n.is_empty()),
        _ => false,
    }
}

/// The trail a newly logged ticket starts with.
pub fn opening_trail(ticket: &Ticket) -> Vec<Mark> {
    vec![
        Mark {
            at: ticket.created,
            what: Milestone::State(ticket.state),
        },
        Mark {
            at: ticket.created,
            what: Milestone::Priority(ticket.priority),
        },
    ]
}

/// Appends to a trail the marks of one action's history entries, recorded at `at`.
pub fn extend_trail(trail: &mut Vec<Mark>, changes: &[FieldChange], at: i64) {
    for c in changes {
        push_mark(trail, c.field, c.new.as_deref(), at);
    }
}

/// Appends the marks of one history entry. A mark never goes before the last one, so a
/// device clock set back cannot make intervals run backwards.
fn push_mark(trail: &mut Vec<Mark>, field: EventField, new: Option<&str>, at: i64) {
    let at = trail.last().map_or(at, |last| at.max(last.at));
    let responded = trail.iter().any(|m| m.what == Milestone::Responded);
    if !responded && is_agent_action(field, new) {
        trail.push(Mark {
            at,
            what: Milestone::Responded,
        });
    }
    let what = match field {
        EventField::State => new.and_then(TicketState::from_key).map(Milestone::State),
        EventField::Priority => new.and_then(Priority::from_code).map(Milestone::Priority),
        _ => None,
    };
    if let Some(what) = what {
        trail.push(Mark { at, what });
    }
}

/// Rebuilds a ticket's trail from its full history (events in time order), for tickets
/// logged before trails were kept.
pub fn trail_from_history(ticket: &Ticket, events: &[TicketEvent]) -> Vec<Mark> {
    let first = |field: EventField| events.iter().find(|e| e.field == field);
    let state = first(EventField::State)
        .and_then(|e| e.old.as_deref().and_then(TicketState::from_key))
        .unwrap_or(ticket.state);
    let priority = first(EventField::Priority)
        .and_then(|e| e.old.as_deref().and_then(Priority::from_code))
        .unwrap_or(ticket.priority);
    let mut trail = opening_trail(&Ticket {
        state,
        priority,
        ..ticket.clone()
    });
    for e in events.iter().filter(|e| e.field != EventField::Created) {
        push_mark(&mut trail, e.field, e.new.as_deref(), e.at);
    }
    trail
}
