//! The local changes feed of a replicated workspace: every write of a replicated record in
//! a workspace that has a sync target also appends `{seq, store, id}` to the changes store,
//! in the same transaction. Replication pushes from it, from its checkpoint on, and drops
//! what the server has confirmed. A workspace without a sync target records nothing: its
//! first push reads the stores themselves.

use super::request::{array_values, request, to_error, WriteTx};
use super::{Db, StorageError, CHANGES, EVENTS, IMPROVEMENTS, PRACTICES, SETTINGS, TICKETS};
use crate::domain::replication::document::{DocId, StoreKind};
use js_sys::Reflect;
use web_sys::IdbKeyRange;

/// Stores whose records replicate (of settings, only the shared ones: the desk
/// configuration, the priority matrix and the SLA policy).
pub const REPLICATED: [&str; 5] = [TICKETS, EVENTS, IMPROVEMENTS, PRACTICES, SETTINGS];

/// What is told a database's name after a commit fed its changes.
type Listener = std::rc::Rc<dyn Fn(&str)>;

thread_local! {
    /// The replication loop's listener, once a workspace syncs.
    static RECORDED: std::cell::RefCell<Option<Listener>> = const { std::cell::RefCell::new(None) };
}

/// Sets what is told, after each commit that appended to a database's changes, that
/// database's name: the replication loop, so that a change is pushed at once.
pub fn on_recorded(listener: impl Fn(&str) + 'static) {
    RECORDED.with(|r| *r.borrow_mut() = Some(std::rc::Rc::new(listener)));
}

/// Tells the listener of [`on_recorded`] that `name`'s changes grew.
pub(super) fn recorded(name: &str) {
    if let Some(listener) = RECORDED.with(|r| r.borrow().clone()) {
        listener(name);
    }
}

/// Whether writes to `stores` of the database `name` must also append to its feed: they
/// touch a replicated store and the workspace has a sync target in this browser (read at
/// each write, so that every tab agrees at once).
pub(super) fn tracks(name: &str, stores: &[&str]) -> bool {
    stores.iter().any(|s| REPLICATED.contains(s)) && super::sync_target::is_set(name)
}

/// One entry of the feed: the record `id` of `store` was written at `seq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub seq: u64,
    pub store: String,
    pub id: String,
}

/// Appends to the feed that the record `id` of `store` is written in `tx`, when `tx`
/// feeds it (see [`tracks`]).
pub(super) fn append(tx: &WriteTx, store: &str, id: &str) -> Result<(), StorageError> {
    if !tx.feeds_changes() {
        return Ok(());
    }
    add_entry(tx, store, id)?;
    tx.note_appended();
    Ok(())
}

/// Adds `{store, id}` to the feed in `tx`, which holds the changes store.
fn add_entry(tx: &WriteTx, store: &str, id: &str) -> Result<(), StorageError> {
    let entry = js_sys::Object::new();
    Reflect::set(&entry, &"store".into(), &store.into()).map_err(to_error)?;
    Reflect::set(&entry, &"id".into(), &id.into()).map_err(to_error)?;
    tx.store(CHANGES)?.add(&entry).map_err(to_error)?;
    Ok(())
}

/// The store of a replicated document kind.
pub(super) fn store_of(kind: StoreKind) -> &'static str {
    match kind {
        StoreKind::Ticket => TICKETS,
        StoreKind::Event => EVENTS,
        StoreKind::Improvement => IMPROVEMENTS,
        StoreKind::Practice => PRACTICES,
        StoreKind::Setting => SETTINGS,
    }
}

/// Appends the documents `ids` (such as `ticket:…`) to the feed again, in one transaction,
/// so that the next push offers them once more: the server refused them this time. The
/// replication loop is not woken: they wait for its next tick. Ids that name no
/// replicated record are ignored.
pub async fn again(db: &Db, ids: &[String]) -> Result<(), StorageError> {
    let entries: Vec<DocId> = ids
        .iter()
        .filter_map(|id| DocId::parse(id).ok().flatten())
        .collect();
    if entries.is_empty() {
        return Ok(());
    }
    let tx = WriteTx::begin(db.idb(), &[CHANGES])?;
    for doc in &entries {
        add_entry(&tx, store_of(doc.kind), &doc.key)?;
    }
    tx.commit().await
}

/// Up to `limit` entries of the feed after `since`, oldest first.
pub async fn since(db: &Db, since: u64, limit: u32) -> Result<Vec<Change>, StorageError> {
    let store = db
        .idb()
        .transaction_with_str(CHANGES)
        .and_then(|tx| tx.object_store(CHANGES))
        .map_err(to_error)?;
    let range =
        IdbKeyRange::lower_bound_with_open(&(since as f64).into(), true).map_err(to_error)?;
    let req = store
        .get_all_with_key_and_limit(&range, limit)
        .map_err(to_error)?;
    let values = array_values(request(req).await?);
    Ok(values
        .iter()
        .filter_map(|v| {
            let get = |k: &str| Reflect::get(v, &k.into()).ok();
            Some(Change {
                seq: get("seq")?.as_f64()? as u64,
                store: get("store")?.as_string()?,
                id: get("id")?.as_string()?,
            })
        })
        .collect())
}

/// Drops the entries up to `seq`, once the server has confirmed them.
pub async fn forget_through(db: &Db, seq: u64) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[CHANGES])?;
    let range = IdbKeyRange::upper_bound(&(seq as f64).into()).map_err(to_error)?;
    tx.store(CHANGES)?.delete(&range).map_err(to_error)?;
    tx.commit().await
}

/// How many entries of the feed come after `seq`.
pub async fn count_after(db: &Db, seq: u64) -> Result<u64, StorageError> {
    let store = db
        .idb()
        .transaction_with_str(CHANGES)
        .and_then(|tx| tx.object_store(CHANGES))
        .map_err(to_error)?;
    let range = IdbKeyRange::lower_bound_with_open(&(seq as f64).into(), true).map_err(to_error)?;
    let count = request(store.count_with_key(&range).map_err(to_error)?).await?;
    Ok(count.as_f64().unwrap_or(0.0) as u64)
}
