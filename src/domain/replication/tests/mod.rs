//! Tests of replication over several modules: trees and merges, documents, the local
//! side, a whole run.

mod devices;
mod document;
mod fake;
mod local;
mod replicate;
mod tree;

use crate::domain::ids::{next_revision, ulid};
use crate::domain::priority::PriorityMatrix;
use crate::domain::ticket::{NewRecord, Ticket, TicketDraft, TicketKind};
use serde_json::Value;

/// A new incident as the app writes it, its id and first revision from `seed`.
fn ticket(seed: u8, title: &str) -> Ticket {
    let record = NewRecord {
        id: ulid(1_700_000_000_000 + u64::from(seed), [seed; 10]),
        rev: next_revision(None, [seed; 16]),
        now: 1_700_000_000_000,
    };
    let mut t = TicketDraft::new(TicketKind::Incident, title).open(
        record,
        u32::from(seed),
        &PriorityMatrix::default(),
    );
    t.sla_watch = Some(1_700_000_900_000);
    t
}

/// A record as JSON, as the browser reads it from its store.
fn json<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap()
}
