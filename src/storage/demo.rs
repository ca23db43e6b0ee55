//! Writing a generated demo workspace: everything in one transaction, replacing whatever
//! the database held, so that creating and resetting a demo are each one action that
//! happens whole or not at all.

use super::request::{to_error, to_js, WriteTx};
use super::settings::{Setting, ACTOR, DESK_CONFIG, PRIORITY_MATRIX, SLA_POLICY};
use super::{Db, StorageError, EVENTS, IMPROVEMENTS, PRACTICES, REV_TREES, SETTINGS, TICKETS};
use crate::domain::demo::DemoData;
use web_sys::IdbObjectStore;

/// Every store of a workspace's database.
const STORES: [&str; 5] = [TICKETS, EVENTS, PRACTICES, IMPROVEMENTS, SETTINGS];

/// Replaces the database's content with the demo data, in one transaction (with relaxed
/// durability: a demo can always be generated again).
pub async fn install_demo(db: &Db, data: &DemoData) -> Result<(), StorageError> {
    let scope: Vec<&str> = STORES.iter().copied().chain([REV_TREES]).collect();
    let tx = WriteTx::begin_relaxed(db.idb(), &scope)?;
    for name in STORES {
        tx.store(name)?.clear().map_err(to_error)?;
    }
    let settings = tx.store(SETTINGS)?;
    put(&settings, ACTOR, &data.actor)?;
    put(&settings, PRIORITY_MATRIX, &data.matrix)?;
    put(&settings, DESK_CONFIG, &data.config)?;
    put(&settings, SLA_POLICY, &data.sla)?;
    for (key, last) in &data.counters {
        put(&settings, key, last)?;
    }
    let tickets = tx.store(TICKETS)?;
    for ticket in &data.tickets {
        tickets.add(&to_js(ticket)?).map_err(to_error)?;
    }
    let events = tx.store(EVENTS)?;
    for event in &data.events {
        events.add(&to_js(event)?).map_err(to_error)?;
    }
    let practices = tx.store(PRACTICES)?;
    for practice in &data.practices {
        practices.put(&to_js(practice)?).map_err(to_error)?;
    }
    let improvements = tx.store(IMPROVEMENTS)?;
    for item in &data.improvements {
        improvements.add(&to_js(item)?).map_err(to_error)?;
    }
    // A synced workspace pushes everything again once, and the records replaced go as
    // tombstones (the full walk's removal pass).
    super::replica::forget_checkpoints(&tx)?;
    tx.commit().await?;
    super::search::bump_epoch(&db.name());
    Ok(())
}

/// Puts one setting record.
fn put<T: serde::Serialize>(
    store: &IdbObjectStore,
    key: &str,
    value: &T,
) -> Result<(), StorageError> {
    let record = Setting {
        key: key.to_owned(),
        value,
    };
    store.put(&to_js(&record)?).map_err(to_error)?;
    Ok(())
}
