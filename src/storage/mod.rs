//! The storage layer: the only code that touches IndexedDB.
//!
//! One database per workspace, with a schema version and an ordered list of migrations
//! ([`schema`]). Every user action writes in one readwrite transaction, committed
//! explicitly; a failed action rolls back whole ([`request::WriteTx`]).

pub mod backup;
pub mod broadcast;
pub mod changes;
pub mod demo;
pub mod import;
pub mod improvements;
pub mod links;
pub mod practices;
pub mod queries;
pub mod replica;
pub mod reports;
pub mod request;
pub mod resolve;
pub mod resolve_records;
pub mod schema;
pub mod search;
pub mod settings;
pub mod sla;
pub mod sync_target;
pub mod tickets;
pub mod workspaces;

pub use crate::storage_error::StorageError;
pub use schema::{open, open_watching, Db, Migration, Upgrade, DATABASE, MIGRATIONS};

use crate::domain::ids::{next_revision, ulid};
use crate::domain::ticket::NewRecord;

/// Store of tickets, keyed by `id`.
pub const TICKETS: &str = "tickets";
/// Store of ticket history events, keyed by `id`.
pub const EVENTS: &str = "ticket_events";
/// Store of practice configuration, keyed by practice `key`.
pub const PRACTICES: &str = "practices";
/// Store of the improvement register's items, keyed by `id`.
pub const IMPROVEMENTS: &str = "improvements";
/// Store of settings and counters, keyed by `key`.
pub const SETTINGS: &str = "settings";
/// The local changes feed of a replicated workspace: one record per write of a replicated
/// record, keyed by a browser-assigned, ever-increasing `seq`.
pub const CHANGES: &str = "changes";
/// Store of the losing versions of records edited on two devices: `{doc, rev, body}`,
/// keyed by document id and revision.
pub const CONFLICTS: &str = "conflicts";
/// Store of each replicated document's revision tree: `{doc, tree}`, keyed by document id;
/// also the local `_local/…` replication checkpoints.
pub const REV_TREES: &str = "rev_trees";

/// Cryptographically random bytes from the browser.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok());
    if filled.is_none() {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// This browser's localStorage, where the device-only state lives (sync targets, device
/// tags, the workspace registry, search epochs); `None` where it is disabled.
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The open workspace's current time, in milliseconds since the Unix epoch: real time,
/// or a demo workspace's simulated clock ([`workspaces::set_clock_offset`]).
pub fn now_ms() -> i64 {
    real_now_ms() + workspaces::clock_offset()
}

/// The real current time, whatever a demo workspace's clock says.
pub fn real_now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A fresh id and first revision for a record created now.
pub fn new_record() -> NewRecord {
    let now = now_ms();
    NewRecord {
        id: ulid(now as u64, random_bytes()),
        rev: next_revision(None, random_bytes()),
        now,
    }
}
