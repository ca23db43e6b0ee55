//! This browser's workspace as a replication peer: it answers `_changes`, `_revs_diff`,
//! `_bulk_get` and `_bulk_docs` (new_edits: false) as a CouchDB database would, from the
//! record stores, each document's revision tree and the conflict store. The rules are the
//! domain's ([`crate::domain::replication`]); this module only reads and writes.
//!
//! The local `_changes` and its sequences are in `walk`: a full walk of the records and of
//! the removed ones, then the changes feed.

use super::changes::store_of;
use super::request::{to_error, to_js, WriteTx};
use super::settings::SLA_POLICY;
use super::{
    Db, StorageError, CONFLICTS, EVENTS, IMPROVEMENTS, PRACTICES, REV_TREES, SETTINGS, TICKETS,
};
use crate::domain::replication::document::{fingerprint, from_doc, DocId, StoreKind};
use crate::domain::replication::local::{apply, BodyWrite};
use crate::domain::replication::protocol::{
    BulkDocsResponse, BulkDocsResult, BulkGetRequest, BulkGetResponse, BulkGetResult,
    RevsDiffRequest, RevsDiffResponse,
};
use crate::domain::replication::tree::RevTree;
use crate::domain::replication::{adapter, Rev};
use serde_json::{json, Value};
use std::collections::HashMap;
use wasm_bindgen::JsValue;

mod read;
mod records;
mod walk;

pub(super) use read::{get_json, put_tree, read_store, tree_in};
use read::{trees_of, AskedDoc};

pub use records::{
    checkpoint, conflicts_of, forget_checkpoints, has_flag, identity, save_checkpoint, set_flag,
    stop_syncing,
};
pub(in crate::storage) use records::{conflict_key, conflict_range};
pub use walk::changes;

/// Every store a replication peer reads or writes.
pub(super) const PEER_STORES: [&str; 7] = [
    SETTINGS,
    PRACTICES,
    IMPROVEMENTS,
    TICKETS,
    EVENTS,
    REV_TREES,
    CONFLICTS,
];

/// The kinds of record that replicate, in the order the first push walks them: the
/// desk's shared settings and practices first, so that tickets arrive where their
/// groups, services and SLA policy already are.
pub const KINDS: [StoreKind; 5] = [
    StoreKind::Setting,
    StoreKind::Practice,
    StoreKind::Improvement,
    StoreKind::Ticket,
    StoreKind::Event,
];

pub(super) fn kind_of(store: &str) -> Option<StoreKind> {
    KINDS.into_iter().find(|k| store_of(*k) == store)
}

/// The local `_revs_diff`: which of the offered revisions this workspace lacks.
pub async fn revs_diff(db: &Db, asked: &RevsDiffRequest) -> Result<RevsDiffResponse, StorageError> {
    let store = read_store(db, &[REV_TREES], REV_TREES)?;
    let docs: Vec<(&String, DocId)> = asked
        .keys()
        .filter_map(|id| Some((id, DocId::parse(id).ok()??)))
        .collect();
    let ids: Vec<&DocId> = docs.iter().map(|(_, d)| d).collect();
    let found = trees_of(&store, &ids).await?;
    let trees: HashMap<&str, RevTree> = docs
        .iter()
        .zip(found)
        .filter_map(|((id, _), tree)| Some((id.as_str(), tree?)))
        .collect();
    Ok(adapter::revs_diff(asked, |id| trees.get(id)))
}

/// The local `_bulk_get?revs=true`: each asked revision with its ancestry. The winner's
/// body is sent only while the record still is that revision (an edit since is pushed
/// next time).
pub async fn bulk_get(db: &Db, asked: &BulkGetRequest) -> Result<BulkGetResponse, StorageError> {
    let stores = PEER_STORES;
    let tx = db
        .idb()
        .transaction_with_str_sequence(
            &stores
                .iter()
                .map(|s| JsValue::from_str(s))
                .collect::<js_sys::Array>(),
        )
        .map_err(to_error)?;
    let store = |name: &str| tx.object_store(name).map_err(to_error);
    let items: Vec<(&str, DocId, Rev)> = asked
        .docs
        .iter()
        .filter_map(|item| {
            let id = DocId::parse(&item.id).ok()??;
            Some((item.rev.as_str(), id, Rev::parse(&item.rev).ok()?))
        })
        .collect();
    // Each document's tree and record, read together.
    let mut unique: Vec<&DocId> = items.iter().map(|(_, id, _)| id).collect();
    unique.sort_by_key(|id| id.to_string());
    unique.dedup();
    let asked = unique
        .iter()
        .map(|id| AskedDoc::new(&store, id))
        .collect::<Result<Vec<_>, StorageError>>()?;
    let mut known: HashMap<&DocId, (RevTree, Option<Value>)> = HashMap::new();
    for (id, asked) in unique.iter().zip(asked) {
        let (record, tree) = asked.answer().await?;
        known.insert(id, (tree.unwrap_or_default(), record));
    }
    let mut results = Vec::new();
    for (rev_text, id, rev) in &items {
        let Some((tree, record)) = known.get(id) else {
            continue;
        };
        let winner = tree.winner().map(|l| l.rev());
        let body = if winner.as_ref() == Some(rev) {
            let current = tree.leaf(rev).and_then(|l| l.body.clone());
            record
                .clone()
                .filter(|r| Some(fingerprint(id.kind, r)) == current)
        } else {
            get_json(&store(CONFLICTS)?, &conflict_key(id, rev_text))
                .await?
                .and_then(|c| c.get("body").cloned())
        };
        results.push(BulkGetResult {
            id: id.to_string(),
            docs: vec![adapter::doc_for(id, tree, rev, body.as_ref())],
        });
    }
    Ok(BulkGetResponse { results })
}

/// The local `_bulk_docs` with `new_edits: false`: every received document merged into
/// its tree and written, all in one transaction. Documents refused are reported.
pub async fn bulk_docs(db: &Db, docs: &[Value]) -> Result<BulkDocsResponse, StorageError> {
    let stores = PEER_STORES;
    let tx = WriteTx::begin(db.idb(), &stores)?;
    // Read, never written here: a starting policy saved now would become a version of
    // its own and conflict with the team's.
    let policy = get_json(&tx.store(SETTINGS)?, &JsValue::from_str(SLA_POLICY))
        .await?
        .and_then(|s| serde_json::from_value(s.get("value")?.clone()).ok())
        .unwrap_or_else(super::sla::fallback_policy);
    let mut refused = Vec::new();
    let mut received = Vec::with_capacity(docs.len());
    for doc in docs {
        match from_doc(doc) {
            Ok(Some(remote)) if KINDS.contains(&remote.id.kind) => received.push((doc, remote)),
            Ok(_) => {}
            Err(e) => refused.push(failure(doc, "forbidden", &e.to_string())),
        }
    }
    // Every document's record and tree, asked together; kept up to date below, as a batch
    // may hold several revisions of one document.
    let mut state: HashMap<DocId, (Option<Value>, Option<RevTree>)> = HashMap::new();
    let store = |name: &str| tx.store(name);
    let mut asked = Vec::new();
    for (_, remote) in &received {
        let id = &remote.id;
        if state.insert(id.clone(), (None, None)).is_none() {
            asked.push((id.clone(), AskedDoc::new(&store, id)?));
        }
    }
    for (id, doc) in asked {
        state.insert(id, doc.answer().await?);
    }
    // Numbers of records new to this device, whose tags numbering must avoid.
    let mut numbered = Vec::new();
    for (doc, remote) in &received {
        let id = &remote.id;
        let (mut record, tree) = state.remove(id).unwrap_or_default();
        let new_here = record.is_none() && tree.is_none();
        let records = tx.store(store_of(id.kind))?;
        let key = JsValue::from_str(&id.key);
        let applied = match apply(record.as_ref(), tree.clone(), remote) {
            Ok(applied) => applied,
            Err(e) => {
                refused.push(failure(doc, "bad_request", &e.to_string()));
                state.insert(id.clone(), (record, tree));
                continue;
            }
        };
        let conflicts = tx.store(CONFLICTS)?;
        for write in applied.writes {
            match write {
                BodyWrite::DemoteRecord { rev } => {
                    if let Some(body) = &record {
                        let entry =
                            json!({ "doc": id.to_string(), "rev": rev.to_string(), "body": body });
                        conflicts.put(&to_js(&entry)?).map_err(to_error)?;
                    }
                }
                BodyWrite::PromoteConflict { rev } => {
                    let key = conflict_key(id, &rev.to_string());
                    if let Some(body) = get_json(&conflicts, &key)
                        .await?
                        .and_then(|c| c.get("body").cloned())
                    {
                        let body = local_record(id.kind, body, &policy);
                        records.put(&to_js(&body)?).map_err(to_error)?;
                        conflicts.delete(&key).map_err(to_error)?;
                        record = Some(body);
                    }
                }
                BodyWrite::PutRecord(body) => {
                    let body = local_record(id.kind, body, &policy);
                    records.put(&to_js(&body)?).map_err(to_error)?;
                    record = Some(body);
                }
                BodyWrite::RemoveRecord => {
                    records.delete(&key).map_err(to_error)?;
                    record = None;
                }
                BodyWrite::PutConflict { rev, body } => {
                    let entry =
                        json!({ "doc": id.to_string(), "rev": rev.to_string(), "body": body });
                    conflicts.put(&to_js(&entry)?).map_err(to_error)?;
                }
                BodyWrite::DropConflict { rev } => {
                    conflicts
                        .delete(&conflict_key(id, &rev.to_string()))
                        .map_err(to_error)?;
                }
            }
        }
        put_tree(&tx.store(REV_TREES)?, id, &applied.tree)?;
        if new_here {
            let number = record.as_ref().and_then(|r| r.get("number")?.as_str());
            numbered.extend(number.map(str::to_owned));
        }
        state.insert(id.clone(), (record, Some(applied.tree)));
    }
    tx.commit().await?;
    super::sync_target::note_pulled_numbers(&db.name(), &numbered);
    if docs.iter().any(|d| {
        d.get("_id")
            .and_then(Value::as_str)
            .is_some_and(|id| id.starts_with("ticket:"))
    }) {
        // Pulled tickets carry their own `updated` times, older than the list's search
        // index has looked: it starts over.
        super::search::bump_epoch(&db.name());
    }
    Ok(refused)
}

/// A received record as this device stores it: a ticket gets its SLA watch time, which
/// is local and never replicated. Only that field is set: fields this version does not
/// know (a newer teammate's) are kept as they came.
fn local_record(kind: StoreKind, body: Value, policy: &crate::domain::sla::SlaPolicy) -> Value {
    if kind != StoreKind::Ticket {
        return body;
    }
    let Ok(ticket) = serde_json::from_value::<crate::domain::ticket::Ticket>(body.clone()) else {
        return body;
    };
    let watch = crate::domain::sla::watch_at(&ticket, policy);
    let mut record = body;
    if let Some(fields) = record.as_object_mut() {
        match watch {
            Some(at) => fields.insert("sla_watch".into(), json!(at)),
            None => fields.remove("sla_watch"),
        };
    }
    record
}

fn failure(doc: &Value, error: &str, reason: &str) -> BulkDocsResult {
    BulkDocsResult {
        id: doc
            .get("_id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .chars()
            .take(120)
            .collect(),
        rev: doc.get("_rev").and_then(Value::as_str).map(str::to_owned),
        ok: None,
        error: Some(error.to_owned()),
        reason: Some(reason.to_owned()),
    }
}
