//! A ticket's next version: its new revision, its SLA clock trail, and the history events
//! that record what changed. Storage writes what this returns; the demo generator uses it
//! to build histories exactly as the app would have written them.

use super::Ticket;
use crate::domain::history::{FieldChange, TicketEvent};
use crate::domain::ids::{next_revision, ulid};
use crate::domain::sla::{self, SlaPolicy};

/// Randomness drawn by the platform for one new version.
pub struct VersionRandom {
    /// For the new revision's hash.
    pub revision: [u8; 16],
    /// For the events' ids; the first two bytes are replaced by the event's rank.
    pub events: [u8; 10],
}

/// The ticket's next version, with one history event per change, all at `ticket.updated`.
pub fn next_version(
    mut ticket: Ticket,
    changes: Vec<FieldChange>,
    actor: &str,
    policy: &SlaPolicy,
    random: VersionRandom,
) -> (Ticket, Vec<TicketEvent>) {
    ticket.rev = next_revision(Some(&ticket.rev), random.revision);
    sla::record(&mut ticket, &changes, policy);
    // Events of one action share a time; their ids keep the order they were found in.
    let mut bytes = random.events;
    let events = changes
        .into_iter()
        .enumerate()
        .map(|(i, change)| {
            bytes[..2].copy_from_slice(&(i as u16).to_be_bytes());
            TicketEvent {
                id: ulid(ticket.updated as u64, bytes),
                ticket_id: ticket.id.clone(),
                at: ticket.updated,
                actor: actor.to_owned(),
                field: change.field,
                old: change.old,
                new: change.new,
                note: change.note,
            }
        })
        .collect();
    (ticket, events)
}
