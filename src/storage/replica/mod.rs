//! This browser's workspace as a replication peer: it answers `_changes`, `_revs_diff`,
//! `_bulk_get` and `_bulk_docs` (new_edits: false) as a CouchDB database would, from the
//! record stores, each document's revision tree and the conflict store. The rules are the
//! domain's ([`crate::domain::replication`]); this module only reads and writes.
//!
//! Local sequences: the first push walks the replicated stores in key order
//! (`{"scan": store, "after": key}`), then follows the changes feed (`{"feed": seq}`),
//! which records every write made since the workspace got its sync target.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::SLA_POLICY;
use super::{
    changes, Db, StorageError, CONFLICTS, EVENTS, IMPROVEMENTS, PRACTICES, REV_TREES, SETTINGS,
    TICKETS,
};
use crate::domain::replication::document::{fingerprint, from_doc, DocId, StoreKind};
use crate::domain::replication::local::{adopt, apply, BodyWrite};
use crate::domain::replication::protocol::{
    BulkDocsResponse, BulkDocsResult, BulkGetRequest, BulkGetResponse, BulkGetResult, ChangeRow,
    ChangesResponse, RevsDiffRequest, RevsDiffResponse,
};
use crate::domain::replication::tree::RevTree;
use crate::domain::replication::{adapter, Rev};
use serde_json::{json, Value};
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbObjectStore};

mod records;

pub use records::{
    checkpoint, conflicts_of, forget_checkpoints, has_flag, identity, save_checkpoint, set_flag,
    stop_syncing,
};
pub(in crate::storage) use records::{conflict_key, conflict_range};

/// Every store a replication peer reads or writes.
const PEER_STORES: [&str; 7] = [
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

/// The store holding records of `kind`.
fn store_of(kind: StoreKind) -> &'static str {
    match kind {
        StoreKind::Ticket => TICKETS,
        StoreKind::Event => EVENTS,
        StoreKind::Improvement => IMPROVEMENTS,
        StoreKind::Practice => PRACTICES,
        StoreKind::Setting => SETTINGS,
    }
}

fn kind_of(store: &str) -> Option<StoreKind> {
    KINDS.into_iter().find(|k| store_of(*k) == store)
}

/// Where a local `_changes` read starts.
#[derive(Clone, Debug, PartialEq)]
enum LocalSeq {
    Scan { kind: usize, after: String },
    Feed(u64),
}

impl LocalSeq {
    fn parse(seq: &Value) -> LocalSeq {
        if let Some(n) = seq.get("feed").and_then(Value::as_u64) {
            return LocalSeq::Feed(n);
        }
        match (seq.get("scan").and_then(Value::as_u64), seq.get("after")) {
            (Some(kind), Some(Value::String(after))) => LocalSeq::Scan {
                kind: kind as usize,
                after: after.clone(),
            },
            _ => LocalSeq::Scan {
                kind: 0,
                after: String::new(),
            },
        }
    }

    fn value(&self) -> Value {
        match self {
            LocalSeq::Scan { kind, after } => json!({ "scan": kind, "after": after }),
            LocalSeq::Feed(n) => json!({ "feed": n }),
        }
    }
}

/// The local `_changes`: up to `limit` documents after `since`, each with its leaves,
/// local edits taken into their trees first (in one readwrite transaction).
pub async fn changes(
    db: &Db,
    since: &Value,
    limit: usize,
) -> Result<ChangesResponse, StorageError> {
    let mut wanted: Vec<(DocId, Value)> = Vec::new();
    let mut at = LocalSeq::parse(since);
    while wanted.len() < limit {
        match at.clone() {
            LocalSeq::Scan { kind, after } if kind < KINDS.len() => {
                let want = (limit - wanted.len()) as u32;
                let keys = keys_after(db, store_of(KINDS[kind]), &after, want).await?;
                let full = keys.len() == want as usize;
                for key in keys {
                    at = LocalSeq::Scan {
                        kind,
                        after: key.clone(),
                    };
                    if let Some(id) = DocId::new(KINDS[kind], &key) {
                        wanted.push((id, at.value()));
                    }
                }
                if !full {
                    at = LocalSeq::Scan {
                        kind: kind + 1,
                        after: String::new(),
                    };
                }
            }
            LocalSeq::Scan { .. } => at = LocalSeq::Feed(0),
            LocalSeq::Feed(n) => {
                let entries = changes::since(db, n, (limit - wanted.len()) as u32).await?;
                let done = entries.is_empty();
                for e in entries {
                    at = LocalSeq::Feed(e.seq);
                    let id = kind_of(&e.store).and_then(|k| DocId::new(k, &e.id));
                    if let Some(id) = id {
                        wanted.retain(|(w, _)| *w != id);
                        wanted.push((id, at.value()));
                    }
                }
                if done {
                    break;
                }
            }
        }
    }
    let pending = match at {
        LocalSeq::Feed(n) => Some(changes::count_after(db, n).await?),
        LocalSeq::Scan { .. } => None,
    };
    let rows = adopt_all(db, wanted).await?;
    Ok(ChangesResponse {
        results: rows,
        last_seq: at.value(),
        pending,
    })
}

/// Up to `limit` keys of `store` after `after`, in key order.
async fn keys_after(
    db: &Db,
    store: &str,
    after: &str,
    limit: u32,
) -> Result<Vec<String>, StorageError> {
    let store = read_store(db, &[store], store)?;
    let range = IdbKeyRange::lower_bound_with_open(&JsValue::from_str(after), !after.is_empty())
        .map_err(to_error)?;
    let keys = request(
        store
            .get_all_keys_with_key_and_limit(&range, limit)
            .map_err(to_error)?,
    )
    .await?;
    Ok(array_values(keys)
        .iter()
        .filter_map(JsValue::as_string)
        .collect())
}

/// Takes each document's record into its tree and gives its change row.
async fn adopt_all(db: &Db, wanted: Vec<(DocId, Value)>) -> Result<Vec<ChangeRow>, StorageError> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let tx = WriteTx::begin(db.idb(), &PEER_STORES)?;
    let mut rows = Vec::with_capacity(wanted.len());
    for (id, seq) in wanted {
        let record = get_json(&tx.store(store_of(id.kind))?, &JsValue::from_str(&id.key)).await?;
        let tree = tree_in(&tx.store(REV_TREES)?, &id).await?;
        let tree = match record {
            Some(record) => {
                let adopted = adopt(&id, &record, tree);
                if adopted.changed {
                    put_tree(&tx.store(REV_TREES)?, &id, &adopted.tree)?;
                }
                if let Some(rewritten) = adopted.record {
                    tx.store(store_of(id.kind))?
                        .put(&to_js(&rewritten)?)
                        .map_err(to_error)?;
                }
                adopted.tree
            }
            None => match tree {
                Some(tree) => tree,
                None => continue,
            },
        };
        rows.push(adapter::change_row(&id, &tree, seq));
    }
    tx.commit().await?;
    Ok(rows)
}

/// The local `_revs_diff`: which of the offered revisions this workspace lacks.
pub async fn revs_diff(db: &Db, asked: &RevsDiffRequest) -> Result<RevsDiffResponse, StorageError> {
    let store = read_store(db, &[REV_TREES], REV_TREES)?;
    let mut trees: HashMap<String, RevTree> = HashMap::new();
    for id in asked.keys() {
        if let Ok(Some(doc)) = DocId::parse(id) {
            if let Some(tree) = tree_in(&store, &doc).await? {
                trees.insert(id.clone(), tree);
            }
        }
    }
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
    let mut results = Vec::new();
    for item in &asked.docs {
        let (Ok(Some(id)), Ok(rev)) = (DocId::parse(&item.id), Rev::parse(&item.rev)) else {
            continue;
        };
        let tree = tree_in(&store(REV_TREES)?, &id).await?.unwrap_or_default();
        let winner = tree.winner().map(|l| l.rev());
        let body = if winner.as_ref() == Some(&rev) {
            let record = get_json(&store(store_of(id.kind))?, &JsValue::from_str(&id.key)).await?;
            let current = tree.leaf(&rev).and_then(|l| l.body.clone());
            record.filter(|r| Some(fingerprint(id.kind, r)) == current)
        } else {
            get_json(&store(CONFLICTS)?, &conflict_key(&id, &item.rev))
                .await?
                .and_then(|c| c.get("body").cloned())
        };
        results.push(BulkGetResult {
            id: item.id.clone(),
            docs: vec![adapter::doc_for(&id, &tree, &rev, body.as_ref())],
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
    for doc in docs {
        let remote = match from_doc(doc) {
            Ok(Some(remote)) if KINDS.contains(&remote.id.kind) => remote,
            Ok(_) => continue,
            Err(e) => {
                refused.push(failure(doc, "forbidden", &e.to_string()));
                continue;
            }
        };
        let id = &remote.id;
        let records = tx.store(store_of(id.kind))?;
        let key = JsValue::from_str(&id.key);
        let record = get_json(&records, &key).await?;
        let tree = tree_in(&tx.store(REV_TREES)?, id).await?;
        let applied = match apply(record.as_ref(), tree, &remote) {
            Ok(applied) => applied,
            Err(e) => {
                refused.push(failure(doc, "bad_request", &e.to_string()));
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
                        records
                            .put(&to_js(&local_record(id.kind, body, &policy))?)
                            .map_err(to_error)?;
                        conflicts.delete(&key).map_err(to_error)?;
                    }
                }
                BodyWrite::PutRecord(body) => {
                    records
                        .put(&to_js(&local_record(id.kind, body, &policy))?)
                        .map_err(to_error)?;
                }
                BodyWrite::RemoveRecord => {
                    records.delete(&key).map_err(to_error)?;
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
    }
    tx.commit().await?;
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
/// is local and never replicated.
fn local_record(kind: StoreKind, body: Value, policy: &crate::domain::sla::SlaPolicy) -> Value {
    if kind != StoreKind::Ticket {
        return body;
    }
    match serde_json::from_value::<crate::domain::ticket::Ticket>(body.clone()) {
        Ok(mut ticket) => {
            ticket.sla_watch = crate::domain::sla::watch_at(&ticket, policy);
            serde_json::to_value(ticket).unwrap_or(body)
        }
        Err(_) => body,
    }
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

pub(super) fn read_store(
    db: &Db,
    scope: &[&str],
    name: &str,
) -> Result<IdbObjectStore, StorageError> {
    let names: js_sys::Array = scope.iter().map(|s| JsValue::from_str(s)).collect();
    db.idb()
        .transaction_with_str_sequence(&names)
        .and_then(|tx| tx.object_store(name))
        .map_err(to_error)
}

pub(super) async fn get_json(
    store: &IdbObjectStore,
    key: &JsValue,
) -> Result<Option<Value>, StorageError> {
    let value = request(store.get(key).map_err(to_error)?).await?;
    if value.is_undefined() {
        return Ok(None);
    }
    from_js::<Value>(value).map(Some)
}

pub(super) async fn tree_in(
    store: &IdbObjectStore,
    id: &DocId,
) -> Result<Option<RevTree>, StorageError> {
    let stored = get_json(store, &JsValue::from_str(&id.to_string())).await?;
    Ok(stored
        .and_then(|s| s.get("tree").cloned())
        .and_then(|t| serde_json::from_value(t).ok()))
}

pub(super) fn put_tree(
    store: &IdbObjectStore,
    id: &DocId,
    tree: &RevTree,
) -> Result<(), StorageError> {
    let entry = json!({ "doc": id.to_string(), "tree": tree });
    store.put(&to_js(&entry)?).map_err(to_error)?;
    Ok(())
}
