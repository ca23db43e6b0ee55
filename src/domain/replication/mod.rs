//! Replication of a workspace with CouchDB.

pub mod target;
