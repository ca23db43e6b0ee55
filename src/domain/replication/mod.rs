//! Replicating a workspace with a CouchDB 3 server by the CouchDB replication protocol,
//! the one PouchDB speaks: the pure part, with no browser and no network. The browser
//! layer drives HTTP and IndexedDB with what these functions return.
//!
//! - [`revision`], [`tree`], [`resolve`]: revisions, each document's revision tree, the
//!   winner every device picks, merging, `_revs_diff`, local edits, settling conflicts.
//! - [`document`]: local records as CouchDB documents, and hostile documents refused.
//! - [`protocol`], [`checkpoint`]: the JSON of the protocol; where a run got to.
//! - [`replicate`]: one run as a state machine; [`local`] and [`adapter`]: this device's
//!   side of it (IndexedDB's answers and writes).
//! - [`numbering`]: human numbers that never collide across devices.
//! - [`target`]: the CouchDB target a user sets, and the sync status shown.
//!
//! # What the browser layer keeps and does
//!
//! Besides today's record stores it keeps, per workspace database: a tree store (the
//! [`RevTree`] of each document, keyed by its [`DocId`] text), a conflict store (the
//! bodies of live losing leaves, keyed by document id and revision), a changes store (a
//! by-sequence log: every write of a replicated record also puts its document id there,
//! in the same transaction) and the two checkpoints of each direction.
//!
//! A run is [`Replication::start`] then one request per [`Step`]. Pushing, this device is
//! the source: its changes are read from the changes store, each record taken into its
//! tree with [`adopt`] (tree and rewritten record written back), listed with
//! [`change_row`]; its documents come from [`doc_for`]. Pulling, it is the target: its
//! `_revs_diff` is [`revs_diff`] over its trees, and each received document is read with
//! [`from_doc`] and written with [`apply`], whose [`BodyWrite`]s and tree go in one
//! transaction (a ticket's SLA watch recomputed). Checkpoints are saved only when a
//! step asks, after the target confirmed its writes.

pub mod adapter;
pub mod checkpoint;
pub mod document;
mod hash;
pub mod local;
pub mod merge;
pub mod numbering;
pub mod protocol;
pub mod replicate;
pub mod resolve;
pub mod revision;
pub mod target;
pub mod tree;

pub use adapter::{change_row, doc_for, revs_diff};
pub use checkpoint::{replication_id, session_id, start_seq, Checkpoint, Direction};
pub use document::{fingerprint, from_doc, to_doc, DocError, DocId, RemoteDoc, StoreKind};
pub use local::{adopt, adopt_removal, apply, Adopted, Applied, BodyWrite};
pub use numbering::{draw_tag, format_number, DeviceTag, HumanNumber, Seen};
pub use protocol::{batches, BATCH_SIZE};
pub use replicate::{Replication, Report, Step};
pub use resolve::{differing_fields, resolve_doc, Resolution, Resolved};
pub use revision::{Rev, RevError, Revisions, REVS_LIMIT};
pub use tree::{Leaf, Merged, Outcome, RevTree};

// Natively only: the property tests use proptest, which is not built for the browser.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
