//! The workspace registry of this browser, the simulated clock of the open workspace, and
//! deleting a workspace's database.
//!
//! The registry is a few hundred bytes that must be known before any database opens, so it
//! lives in `localStorage`; each workspace's data lives in its own IndexedDB database.

use super::local_storage;
use super::request::{from_json_text, request, to_error, to_json_text};
use super::StorageError;
use crate::domain::workspace::Registry;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

/// `localStorage` key of the registry.
pub const REGISTRY_KEY: &str = "valuedesk.workspaces";

thread_local! {
    /// Milliseconds the open workspace's clock runs ahead of real time.
    static CLOCK_OFFSET: Cell<i64> = const { Cell::new(0) };
}

/// Makes [`super::now_ms`] follow the open workspace's clock; 0 for real time.
pub fn set_clock_offset(offset: i64) {
    // Writes from now on may be stamped before what search indexes have seen: start over.
    if offset < CLOCK_OFFSET.get() {
        super::search::forget_all();
    }
    CLOCK_OFFSET.set(offset);
}

/// The open workspace's clock offset.
pub fn clock_offset() -> i64 {
    CLOCK_OFFSET.get()
}

/// The stored registry, made whole; a browser with none (or an unreadable one) starts with
/// one workspace named `default_name` on the original database.
pub fn load_registry(default_name: &str) -> Registry {
    local_storage()
        .and_then(|s| s.get_item(REGISTRY_KEY).ok().flatten())
        .and_then(|text| from_json_text::<Registry>(&text))
        .map_or_else(
            || Registry::starting(default_name),
            |r| r.repaired(default_name),
        )
}

/// Saves the registry; fails when this browser keeps nothing (storage disabled or full).
pub fn save_registry(registry: &Registry) -> Result<(), StorageError> {
    let text = to_json_text(registry)?;
    local_storage()
        .ok_or(StorageError::Unavailable)?
        .set_item(REGISTRY_KEY, &text)
        .map_err(to_error)
}

/// Deletes a workspace's database and everything in it. Tabs that have it open are told
/// to let go (their page says the workspace is gone); `on_blocked` is called while one
/// has not yet.
pub async fn delete_database(
    name: &str,
    mut on_blocked: impl FnMut() + 'static,
) -> Result<(), StorageError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    super::search::forget(name);
    super::sync_target::forget(name);
    let req = factory.delete_database(name).map_err(to_error)?;
    let blocked = Closure::<dyn FnMut(Event)>::new(move |_: Event| on_blocked());
    req.set_onblocked(Some(blocked.as_ref().unchecked_ref()));
    let outcome = request(req.unchecked_into()).await;
    drop(blocked);
    outcome.map(|_| ())
}
