//! The ITIL domain: pure Rust with no browser dependency, tested with `cargo test`.

pub mod backup;
pub mod calendar;
pub mod configuration;
pub mod csv;
pub mod demo;
pub mod export;
pub mod history;
pub mod ids;
pub mod improvement;
pub mod itil;
pub mod lifecycle;
pub mod links;
pub mod priority;
pub mod query;
pub mod records;
pub mod replication;
pub mod reports;
pub mod sla;
pub mod ticket;
pub mod time;
pub mod tour;
pub mod workspace;
