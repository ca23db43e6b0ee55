//! Team sync: replication of a workspace with a CouchDB 3.x database over HTTP, in the
//! browser. The rules (revisions, conflicts, checkpoints) are in
//! [`crate::domain::replication`]; the records are read and written through
//! [`crate::storage`].
//!
//! - [`couch`]: the HTTP client for the replication protocol's endpoints;
//! - `http`: one request over `fetch`, and [`couch::CouchError`] for what can go wrong;
//! - `cycle`: one push and one pull, driving the domain's state machine;
//! - [`engine`]: the loop that runs cycles while online;
//! - `lock`: one loop per workspace in this browser, whichever tab runs it.

pub mod couch;
mod cycle;
pub mod engine;
mod http;
mod lock;
