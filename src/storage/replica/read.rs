//! Reads and writes of the peer's stores: one record, several at once (every request issued
//! before the first answer is awaited, so a batch of a hundred costs about one round trip),
//! and revision trees.

use crate::domain::replication::document::DocId;
use crate::domain::replication::tree::RevTree;
use crate::storage::changes::store_of;
use crate::storage::request::{from_js, request, settled, to_error, to_js};
use crate::storage::{Db, StorageError, REV_TREES};
use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbObjectStore;

/// The store `name` in a new read-only transaction over `scope`.
pub(in crate::storage) fn read_store(
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

/// The value at `key` of `store`, `None` when there is none.
pub(in crate::storage) async fn get_json(
    store: &IdbObjectStore,
    key: &JsValue,
) -> Result<Option<Value>, StorageError> {
    let value = request(store.get(key).map_err(to_error)?).await?;
    if value.is_undefined() {
        return Ok(None);
    }
    from_js::<Value>(value).map(Some)
}

/// The revision tree of `id`, `None` when it has none (never replicated).
pub(in crate::storage) async fn tree_in(
    store: &IdbObjectStore,
    id: &DocId,
) -> Result<Option<RevTree>, StorageError> {
    Ok(tree_from(get_json(store, &tree_key(id)).await?))
}

/// Writes the revision tree of `id`.
pub(in crate::storage) fn put_tree(
    store: &IdbObjectStore,
    id: &DocId,
    tree: &RevTree,
) -> Result<(), StorageError> {
    let entry = json!({ "doc": id.to_string(), "tree": tree });
    store.put(&to_js(&entry)?).map_err(to_error)?;
    Ok(())
}

/// Asks `store` for the value at `key`, the answer listened for at once: several asks
/// then [`answer`]s cost about one round trip.
fn ask(store: &IdbObjectStore, key: &JsValue) -> Result<JsFuture, StorageError> {
    store.get(key).map(settled).map_err(to_error)
}

/// The value an [`ask`] found, `None` when there is none.
async fn answer(asked: JsFuture) -> Result<Option<Value>, StorageError> {
    let value = asked.await.map_err(to_error)?;
    if value.is_undefined() {
        return Ok(None);
    }
    from_js::<Value>(value).map(Some)
}

/// A document's record and revision tree, asked together ([`ask`]).
pub(super) struct AskedDoc {
    record: JsFuture,
    tree: JsFuture,
}

impl AskedDoc {
    /// Asks for the record and the tree of `id`, from a transaction's `store`s.
    pub(super) fn new(
        store: &dyn Fn(&str) -> Result<IdbObjectStore, StorageError>,
        id: &DocId,
    ) -> Result<AskedDoc, StorageError> {
        Ok(AskedDoc {
            record: ask(&store(store_of(id.kind))?, &JsValue::from_str(&id.key))?,
            tree: ask(&store(REV_TREES)?, &tree_key(id))?,
        })
    }

    /// The record and the tree found, each `None` when there is none.
    pub(super) async fn answer(self) -> Result<(Option<Value>, Option<RevTree>), StorageError> {
        Ok((
            answer(self.record).await?,
            tree_from(answer(self.tree).await?),
        ))
    }
}

/// The values at `keys` of `store`, in order, all asked before any is awaited.
pub(super) async fn get_many(
    store: &IdbObjectStore,
    keys: &[JsValue],
) -> Result<Vec<Option<Value>>, StorageError> {
    let asked = keys
        .iter()
        .map(|k| ask(store, k))
        .collect::<Result<Vec<_>, _>>()?;
    let mut values = Vec::with_capacity(asked.len());
    for asked in asked {
        values.push(answer(asked).await?);
    }
    Ok(values)
}

/// The revision trees of `ids`, in order, read as [`get_many`] reads.
pub(super) async fn trees_of(
    store: &IdbObjectStore,
    ids: &[&DocId],
) -> Result<Vec<Option<RevTree>>, StorageError> {
    let keys: Vec<JsValue> = ids.iter().map(|id| tree_key(id)).collect();
    Ok(get_many(store, &keys)
        .await?
        .into_iter()
        .map(tree_from)
        .collect())
}

/// The key of `id`'s revision tree in the tree store.
fn tree_key(id: &DocId) -> JsValue {
    JsValue::from_str(&id.to_string())
}

/// The revision tree in an entry of the tree store.
fn tree_from(stored: Option<Value>) -> Option<RevTree> {
    serde_json::from_value(stored?.get("tree")?.clone()).ok()
}
