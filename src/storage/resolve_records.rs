//! Records other than tickets edited on two devices — the shared settings, the practices
//! and the improvement register: which have versions from another device, and keeping one
//! of them. Written as [`crate::storage::resolve`] writes a ticket's resolution: CouchDB's
//! new winning revision and tombstones on the losing branches, in one transaction, pushed
//! through the changes feed.

use super::changes::store_of;
use super::replica::{conflict_key, get_json, read_store, tree_in};
use super::request::{array_values, from_js, request, to_error, WriteTx};
use super::resolve::{write_resolved, ResolveError};
use super::{Db, StorageError, CONFLICTS, REV_TREES};
use crate::domain::replication::document::{DocId, StoreKind};
use crate::domain::replication::local::adopt;
use crate::domain::replication::{resolve_doc, Rev};
use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// A record with versions from two devices: the one in use here, and of the others (a
/// record rarely has more than one) the one with the longest history.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordConflict {
    pub doc: DocId,
    /// The version in use, `None` when the record was removed here.
    pub current: Option<Value>,
    /// The other version's revision and body.
    pub other_rev: String,
    pub other: Value,
    /// How many other versions were kept.
    pub count: usize,
}

/// Every record but tickets that has versions from another device, in document id order:
/// one read over the conflict store's keys before `ticket:`, then one read per record.
pub async fn record_conflicts(db: &Db) -> Result<Vec<RecordConflict>, StorageError> {
    let store = read_store(db, &[CONFLICTS], CONFLICTS)?;
    let below_tickets = IdbKeyRange::bound_with_lower_open_and_upper_open(
        &js_sys::Array::of1(&"".into()),
        &js_sys::Array::of1(&"ticket:".into()),
        false,
        true,
    )
    .map_err(to_error)?;
    let all = request(store.get_all_with_key(&below_tickets).map_err(to_error)?).await?;
    let mut found: Vec<RecordConflict> = Vec::new();
    for entry in array_values(all)
        .into_iter()
        .filter_map(|v| from_js::<Value>(v).ok())
    {
        let text = |k: &str| entry.get(k).and_then(Value::as_str).map(str::to_owned);
        let (Some(doc), Some(rev), Some(body)) = (text("doc"), text("rev"), entry.get("body"))
        else {
            continue;
        };
        let Ok(Some(doc)) = DocId::parse(&doc) else {
            continue;
        };
        if doc.kind == StoreKind::Event {
            continue; // history events are append-only: they never conflict
        }
        match found.last_mut().filter(|f| f.doc == doc) {
            Some(seen) => {
                seen.count += 1;
                // The other version offered is the one with the longest history.
                if generation(&rev) > generation(&seen.other_rev) {
                    seen.other_rev = rev;
                    seen.other = body.clone();
                }
            }
            None => found.push(RecordConflict {
                doc,
                current: None,
                other_rev: rev,
                other: body.clone(),
                count: 1,
            }),
        }
    }
    for conflict in &mut found {
        let records = read_store(
            db,
            &[store_of(conflict.doc.kind)],
            store_of(conflict.doc.kind),
        )?;
        conflict.current = get_json(&records, &JsValue::from_str(&conflict.doc.key)).await?;
    }
    Ok(found)
}

/// The generation of a revision such as `3-abc`; 0 when it reads as none.
fn generation(rev: &str) -> u32 {
    Rev::parse(rev).map_or(0, |r| r.generation)
}

/// Settles the conflicts of `doc` (not a ticket) by keeping the version in use
/// (`other_rev` = `None`) or the other version `other_rev`, in one transaction.
pub async fn keep_version(
    db: &Db,
    doc: &DocId,
    other_rev: Option<&str>,
) -> Result<(), ResolveError> {
    if doc.kind == StoreKind::Ticket {
        return Err(ResolveError::Stale);
    }
    let records = store_of(doc.kind);
    let tx = WriteTx::begin(db.idb(), &[records, REV_TREES, CONFLICTS])?;
    let key = JsValue::from_str(&doc.key);
    let record = get_json(&tx.store(records)?, &key).await?;
    let tree = tree_in(&tx.store(REV_TREES)?, doc).await?;
    // A local edit not yet taken into the tree becomes the version in use first.
    let tree = match &record {
        Some(r) => adopt(doc, r, tree).tree,
        None => tree.unwrap_or_default(),
    };
    let chosen = match other_rev {
        None => record.ok_or(ResolveError::NotFound)?,
        Some(rev) => get_json(&tx.store(CONFLICTS)?, &conflict_key(doc, rev))
            .await?
            .and_then(|c| c.get("body").cloned())
            .ok_or(ResolveError::Settled)?,
    };
    let resolved = resolve_doc(doc, tree, &chosen)
        .map_err(|e| StorageError::Failed(e.to_string()))?
        .ok_or(ResolveError::Settled)?;
    write_resolved(&tx, records, doc, &resolved)?;
    tx.commit().await?;
    Ok(())
}
