//! Team sync: replication of a workspace with a CouchDB database over HTTP, in the
//! browser. The rules (revisions, conflicts, checkpoints) are in
//! [`crate::domain::replication`]; the records are read and written through
//! [`crate::storage`].

mod cycle;
pub mod engine;
