//! Replication of a workspace with a CouchDB 3.x server (browser only).
//!
//! - [`couch`]: the HTTP client for the replication protocol's endpoints;
//! - `http`: one request over `fetch`, and [`couch::CouchError`] for what can go wrong.

pub mod couch;
mod http;
