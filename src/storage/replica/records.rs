//! This workspace's replication records besides the revision trees: the local copies of
//! the checkpoints, its identity and flags, and the losing versions kept of conflicts.
//! None of them is ever in a backup.

use super::{get_json, read_store};
use crate::domain::replication::checkpoint::Checkpoint;
use crate::domain::replication::document::DocId;
use crate::domain::replication::Rev;
use crate::storage::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use crate::storage::{Db, StorageError, CONFLICTS, REV_TREES};
use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// This workspace's copy of the checkpoint `_local/<id>`.
pub async fn checkpoint(db: &Db, doc_id: &str) -> Result<Option<Checkpoint>, StorageError> {
    let store = read_store(db, &[REV_TREES], REV_TREES)?;
    let stored = get_json(&store, &JsValue::from_str(doc_id)).await?;
    Ok(stored
        .and_then(|s| s.get("checkpoint").cloned())
        .and_then(|c| serde_json::from_value(c).ok()))
}

/// Saves this workspace's copy of a checkpoint if it is still the one the run started
/// from: its new `_rev` ("0-N", as CouchDB numbers local documents). `None`, nothing
/// saved, when it changed meanwhile: forgotten by an import or a demo reset (whose records
/// the next run must walk again), or saved by another tab's run.
pub async fn save_checkpoint(
    db: &Db,
    checkpoint: &Checkpoint,
) -> Result<Option<String>, StorageError> {
    let generation = checkpoint
        .rev
        .as_deref()
        .and_then(|r| r.strip_prefix("0-"))
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(0);
    let rev = format!("0-{}", generation + 1);
    let saved = Checkpoint {
        rev: Some(rev.clone()),
        ..checkpoint.clone()
    };
    let entry = json!({ "doc": checkpoint.id, "checkpoint": saved });
    let tx = WriteTx::begin(db.idb(), &[REV_TREES])?;
    let stored = get_json(&tx.store(REV_TREES)?, &JsValue::from_str(&checkpoint.id)).await?;
    let stored_rev = stored
        .as_ref()
        .and_then(|s| s.get("checkpoint")?.get("_rev")?.as_str());
    if stored_rev != checkpoint.rev.as_deref() {
        return Ok(None); // the transaction is dropped unused: nothing written
    }
    tx.store(REV_TREES)?
        .put(&to_js(&entry)?)
        .map_err(to_error)?;
    tx.commit().await?;
    Ok(Some(rev))
}

/// Whether the flag `key` is set in this workspace's replication records.
pub async fn has_flag(db: &Db, key: &str) -> Result<bool, StorageError> {
    let store = read_store(db, &[REV_TREES], REV_TREES)?;
    Ok(get_json(&store, &JsValue::from_str(key)).await?.is_some())
}

/// Sets the flag `key` in this workspace's replication records (never in backups).
pub async fn set_flag(db: &Db, key: &str) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[REV_TREES])?;
    tx.store(REV_TREES)?
        .put(&to_js(&json!({ "doc": key }))?)
        .map_err(to_error)?;
    tx.commit().await
}

/// This workspace's replication identity: random, made once, never in backups.
pub async fn identity(db: &Db) -> Result<String, StorageError> {
    const KEY: &str = "identity";
    let store = read_store(db, &[REV_TREES], REV_TREES)?;
    if let Some(id) = get_json(&store, &JsValue::from_str(KEY))
        .await?
        .and_then(|v| v.get("id").and_then(Value::as_str).map(str::to_owned))
    {
        return Ok(id);
    }
    let id: String = crate::storage::random_bytes::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let tx = WriteTx::begin(db.idb(), &[REV_TREES])?;
    tx.store(REV_TREES)?
        .put(&to_js(&json!({ "doc": KEY, "id": id }))?)
        .map_err(to_error)?;
    tx.commit().await?;
    Ok(id)
}

/// Forgets this workspace's replication checkpoints in `tx`, which must cover
/// [`REV_TREES`]: after a bulk write (an import), the next push walks every record again
/// and the next pull reads the server's changes from the start; documents already on
/// either side are skipped by `_revs_diff`.
pub fn forget_checkpoints(tx: &WriteTx) -> Result<(), StorageError> {
    let range = IdbKeyRange::bound_with_lower_open_and_upper_open(
        &JsValue::from_str("_local/"),
        &JsValue::from_str("_local0"),
        false,
        true,
    )
    .map_err(to_error)?;
    tx.store(REV_TREES)?.delete(&range).map_err(to_error)?;
    Ok(())
}

/// Forgets the checkpoints when the workspace stops syncing: writes made meanwhile are not
/// in the changes feed, so the next push, whenever sync starts again, walks every record.
pub async fn stop_syncing(db: &Db) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[REV_TREES])?;
    forget_checkpoints(&tx)?;
    tx.commit().await
}

/// The conflict store's keys of one document: `[doc, rev]` for any `rev`.
pub(in crate::storage) fn conflict_range(doc: &DocId) -> Result<IdbKeyRange, StorageError> {
    let name = JsValue::from_str(&doc.to_string());
    IdbKeyRange::bound(
        &js_sys::Array::of1(&name),
        &js_sys::Array::of2(&name, &JsValue::from_str("\u{ffff}")),
    )
    .map_err(to_error)
}

/// The key of one losing version in the conflict store.
pub(in crate::storage) fn conflict_key(doc: &DocId, rev: &str) -> JsValue {
    js_sys::Array::of2(
        &JsValue::from_str(&doc.to_string()),
        &JsValue::from_str(rev),
    )
    .into()
}

/// The documents with live conflicting versions, and those versions' bodies.
pub async fn conflicts_of(db: &Db, doc: &DocId) -> Result<Vec<(Rev, Value)>, StorageError> {
    let store = read_store(db, &[CONFLICTS], CONFLICTS)?;
    let range = conflict_range(doc)?;
    let all = array_values(request(store.get_all_with_key(&range).map_err(to_error)?).await?);
    Ok(all
        .into_iter()
        .filter_map(|v| from_js::<Value>(v).ok())
        .filter_map(|v| {
            Some((
                Rev::parse(v.get("rev")?.as_str()?).ok()?,
                v.get("body")?.clone(),
            ))
        })
        .collect())
}
