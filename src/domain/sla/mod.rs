//! The SLA engine: definitions, service hours, and clocks computed from a ticket's trail.
//!
//! Rules: the response clock stops at the first agent action; the resolution clock stops
//! at resolution and restarts on reopen; time in pause states does not count; a priority
//! change recomputes the target from the ticket's logging, pauses kept; reassignment never
//! touches a clock.

mod clock;
mod hours;
mod policy;
#[cfg(test)]
mod tests;
mod trail;
mod zone;

pub use clock::*;
pub use hours::*;
pub use policy::*;
pub use trail::*;
pub use zone::{Zone, ZONES};

use super::history::FieldChange;
use super::ticket::Ticket;

/// Records one action's history entries in the ticket's trail, at its update time, and
/// refreshes the instant it needs watching from.
pub fn record(ticket: &mut Ticket, changes: &[FieldChange], policy: &SlaPolicy) {
    extend_trail(&mut ticket.trail, changes, ticket.updated);
    ticket.sla_watch = watch_at(ticket, policy);
}
