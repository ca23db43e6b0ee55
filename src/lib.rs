//! ValueDesk: ITIL 4 service management that runs entirely in the browser.
//!
//! Layers:
//! - [`domain`]: the ITIL model and its rules, pure Rust, tested natively;
//! - [`i18n`]: every user-visible string, in English and French;
//! - `storage`: the only code that touches IndexedDB (browser only);
//! - `replication`: exchanges a workspace with a CouchDB server over HTTP (browser only);
//! - `ui`: Leptos components that wire signals to the domain and storage (browser only).

pub mod domain;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod replication;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Storage errors are plain data so that the UI and native tests can use them.
pub mod storage_error;
