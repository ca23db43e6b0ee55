//! The local `_changes`: what this workspace has to offer a push, from a sequence.
//!
//! A full walk (the first push, and the next after an import or after sync was stopped)
//! goes through three passes, each with its own sequence shape, and then follows the feed:
//! - `{"scan": kind, "after": key}`: every record of each replicated store, in key order;
//! - `{"gone": key}`: every revision tree whose record is no longer there (removed by an
//!   import, a reset, or while sync was stopped), which becomes a tombstone;
//! - `{"feed": seq}`: the changes feed, which records every write made since the workspace
//!   got its sync target.

use super::read::AskedDoc;
use super::{conflict_range, kind_of, put_tree, read_store, store_of, KINDS, PEER_STORES};
use crate::domain::replication::adapter;
use crate::domain::replication::document::DocId;
use crate::domain::replication::local::{adopt, adopt_removal};
use crate::domain::replication::protocol::{ChangeRow, ChangesResponse};
use crate::storage::request::{array_values, request, to_error, to_js, WriteTx};
use crate::storage::{changes, Db, StorageError, CONFLICTS, REV_TREES};
use serde_json::{json, Value};
use std::collections::HashSet;
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// How many revision trees the removal pass reads at a time.
const GONE_PAGE: u32 = 1_000;

/// Where a local `_changes` read starts.
#[derive(Clone, Debug, PartialEq)]
enum LocalSeq {
    Scan { kind: usize, after: String },
    Gone(String),
    Feed(u64),
}

impl LocalSeq {
    fn parse(seq: &Value) -> LocalSeq {
        if let Some(n) = seq.get("feed").and_then(Value::as_u64) {
            return LocalSeq::Feed(n);
        }
        if let Some(Value::String(after)) = seq.get("gone") {
            return LocalSeq::Gone(after.clone());
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
            LocalSeq::Gone(after) => json!({ "gone": after }),
            LocalSeq::Feed(n) => json!({ "feed": n }),
        }
    }
}

/// The local `_changes`: up to `limit` documents after `since`, each with its leaves,
/// local edits and removals taken into their trees first (in one readwrite transaction).
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
            LocalSeq::Scan { .. } => at = LocalSeq::Gone(String::new()),
            LocalSeq::Gone(after) => {
                let (gone, next) = gone_after(db, &after, limit - wanted.len()).await?;
                for (id, tree_key) in gone {
                    wanted.push((id, LocalSeq::Gone(tree_key).value()));
                }
                at = next.map_or(LocalSeq::Feed(0), LocalSeq::Gone);
            }
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
        _ => None,
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

/// The removal pass: up to `want` documents after the tree key `after` whose revision
/// tree remains but whose record does not, each with its tree key; and where the pass
/// stands (`None` once every tree was read). Per page of trees, one read of the record
/// keys of each kind over the page's range.
async fn gone_after(
    db: &Db,
    after: &str,
    want: usize,
) -> Result<(Vec<(DocId, String)>, Option<String>), StorageError> {
    let mut gone = Vec::new();
    let mut after = after.to_owned();
    loop {
        let keys = keys_after(db, REV_TREES, &after, GONE_PAGE).await?;
        let last_page = keys.len() < GONE_PAGE as usize;
        let page_end = keys.last().cloned().unwrap_or_default();
        let docs: Vec<(DocId, String)> = keys
            .into_iter()
            .filter_map(|k| match DocId::parse(&k) {
                Ok(Some(id)) if KINDS.contains(&id.kind) => Some((id, k)),
                _ => None,
            })
            .collect();
        let mut present: HashSet<(usize, String)> = HashSet::new();
        for (i, kind) in KINDS.iter().enumerate() {
            let of_kind: Vec<&String> = docs
                .iter()
                .filter(|(d, _)| d.kind == *kind)
                .map(|(d, _)| &d.key)
                .collect();
            let (Some(first), Some(last)) = (of_kind.first(), of_kind.last()) else {
                continue;
            };
            let store = read_store(db, &[store_of(*kind)], store_of(*kind))?;
            let range = IdbKeyRange::bound(&first.as_str().into(), &last.as_str().into())
                .map_err(to_error)?;
            let found = request(store.get_all_keys_with_key(&range).map_err(to_error)?).await?;
            present.extend(
                array_values(found)
                    .iter()
                    .filter_map(JsValue::as_string)
                    .map(|k| (i, k)),
            );
        }
        for (id, tree_key) in docs {
            let kind = KINDS.iter().position(|k| *k == id.kind).unwrap_or(0);
            if present.contains(&(kind, id.key.clone())) {
                continue;
            }
            gone.push((id, tree_key.clone()));
            if gone.len() == want {
                return Ok((gone, Some(tree_key)));
            }
        }
        if last_page {
            return Ok((gone, None));
        }
        // Every tree up to the page's last key is handled.
        after = page_end;
    }
}

/// Takes each document's record (or its removal) into its tree and gives its change row.
async fn adopt_all(db: &Db, wanted: Vec<(DocId, Value)>) -> Result<Vec<ChangeRow>, StorageError> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let tx = WriteTx::begin(db.idb(), &PEER_STORES)?;
    // Every document's record and tree, asked together (the ids are distinct).
    let store = |name: &str| tx.store(name);
    let asked = wanted
        .iter()
        .map(|(id, _)| AskedDoc::new(&store, id))
        .collect::<Result<Vec<_>, StorageError>>()?;
    let mut rows = Vec::with_capacity(wanted.len());
    for ((id, seq), asked) in wanted.into_iter().zip(asked) {
        let (record, tree) = asked.answer().await?;
        let tree = match (record, tree) {
            (Some(record), tree) => {
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
            (None, Some(tree)) => match adopt_removal(&id, Some(tree.clone())) {
                Some(removed) => {
                    put_tree(&tx.store(REV_TREES)?, &id, &removed)?;
                    // Its losing versions were deleted with it.
                    tx.store(CONFLICTS)?
                        .delete(&conflict_range(&id)?.into())
                        .map_err(to_error)?;
                    removed
                }
                None => tree,
            },
            (None, None) => continue,
        };
        rows.push(adapter::change_row(&id, &tree, seq));
    }
    tx.commit().await?;
    Ok(rows)
}
