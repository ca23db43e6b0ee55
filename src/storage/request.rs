//! Futures over IndexedDB requests and transactions.

use super::StorageError;
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, Event, IdbCursorWithValue, IdbDatabase, IdbObjectStore, IdbRequest,
    IdbTransaction, IdbTransactionMode,
};

/// A self-releasing event handler: it takes itself out of the slot when it is done.
pub(crate) type HandlerSlot = Rc<RefCell<Option<Closure<dyn FnMut(Event)>>>>;

/// Turns a JavaScript error (usually a DOMException) into a [`StorageError`].
pub fn to_error(value: JsValue) -> StorageError {
    if let Some(e) = value.dyn_ref::<DomException>() {
        StorageError::from_dom(&e.name(), &e.message())
    } else if let Some(e) = value.dyn_ref::<js_sys::Error>() {
        StorageError::Failed(String::from(e.message()))
    } else {
        StorageError::Failed(value.as_string().unwrap_or_else(|| format!("{value:?}")))
    }
}

/// Serializes a record to a plain JavaScript object.
pub fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, StorageError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StorageError::Failed(e.to_string()))
}

/// Reads a record back; a record of the wrong shape is reported as corrupt.
pub fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, StorageError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| StorageError::Corrupt(e.to_string()))
}

/// Calls `f` once, on the request's `success` or `error` event.
fn on_settle(req: &IdbRequest, f: impl FnOnce(Event) + 'static) {
    let settle = Closure::once_into_js(f);
    req.set_onsuccess(Some(settle.unchecked_ref()));
    req.set_onerror(Some(settle.unchecked_ref()));
}

/// Waits for a request and returns its result.
pub async fn request(req: IdbRequest) -> Result<JsValue, StorageError> {
    settled(req).await.map_err(to_error)
}

/// The request's result, listened for from now on, even if the caller awaits it only after
/// other awaits (an `async fn` would listen only from its first poll, and miss an event that
/// fired meanwhile).
pub fn settled(req: IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let r = req.clone();
        on_settle(&req, move |event| {
            let _ = if event.type_() == "success" {
                resolve.call1(
                    &JsValue::UNDEFINED,
                    &r.result().unwrap_or(JsValue::UNDEFINED),
                )
            } else {
                let error = r.error().ok().flatten().map(JsValue::from);
                reject.call1(&JsValue::UNDEFINED, &error.unwrap_or(JsValue::UNDEFINED))
            };
        });
    });
    JsFuture::from(promise)
}

/// Walks a cursor request, first jumping to `resume` (index key, primary key) and skipping
/// that record, and keeps up to `limit` values that `keep` turns into `T`.
pub async fn scan<T: 'static>(
    req: IdbRequest,
    resume: Option<(JsValue, JsValue)>,
    limit: usize,
    keep: impl Fn(JsValue) -> Option<T> + 'static,
) -> Result<Vec<T>, StorageError> {
    let found = Rc::new(RefCell::new(Vec::new()));
    let handler: HandlerSlot = Rc::default();
    let keep = Rc::new(keep);
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let (r, found, slot, keep) = (req.clone(), found.clone(), handler.clone(), keep.clone());
        let mut resume = resume.clone();
        let skip = resume.as_ref().map(|(_, pk)| pk.clone());
        let step = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if event.type_() != "success" {
                let error = r.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::UNDEFINED, &error.unwrap_or(JsValue::UNDEFINED));
                return;
            }
            let cursor = r
                .result()
                .ok()
                .and_then(|c| c.dyn_into::<IdbCursorWithValue>().ok());
            let done = match cursor {
                Some(cursor) => {
                    if let Some((key, pk)) = resume.take() {
                        cursor.continue_primary_key(&key, &pk).is_err()
                    } else {
                        let skipped = skip
                            .as_ref()
                            .is_some_and(|pk| cursor.primary_key().ok().as_ref() == Some(pk));
                        if !skipped {
                            if let Some(value) = cursor.value().ok().and_then(|v| keep(v)) {
                                found.borrow_mut().push(value);
                            }
                        }
                        found.borrow().len() >= limit || cursor.continue_().is_err()
                    }
                }
                None => true,
            };
            if done {
                r.set_onsuccess(None);
                r.set_onerror(None);
                let _ = resolve.call0(&JsValue::UNDEFINED);
                // Freed after this call returns: wasm-bindgen defers it.
                slot.borrow_mut().take();
            }
        });
        req.set_onsuccess(Some(step.as_ref().unchecked_ref()));
        req.set_onerror(Some(step.as_ref().unchecked_ref()));
        *handler.borrow_mut() = Some(step);
    });
    let outcome = JsFuture::from(promise).await;
    handler.borrow_mut().take();
    outcome.map_err(to_error)?;
    let values = std::mem::take(&mut *found.borrow_mut());
    Ok(values)
}

/// Reads every value of a `getAll` result array.
pub fn array_values(value: JsValue) -> Vec<JsValue> {
    value
        .dyn_into::<Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default()
}

/// A readwrite transaction that commits explicitly, and rolls back if dropped uncommitted.
pub struct WriteTx {
    tx: IdbTransaction,
    done: Option<JsFuture>,
    /// Whether a write appended to the changes feed: the commit then wakes replication.
    appended: std::cell::Cell<bool>,
}

impl WriteTx {
    /// Starts a readwrite transaction over `stores`.
    pub fn begin(db: &IdbDatabase, stores: &[&str]) -> Result<WriteTx, StorageError> {
        let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        if super::changes::tracks(&db.name(), stores) {
            names.push(&JsValue::from_str(super::CHANGES));
        }
        let tx = db
            .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
            .map_err(to_error)?;
        Ok(WriteTx::watching(tx))
    }

    /// Like [`WriteTx::begin`], with relaxed durability: the commit does not wait for the
    /// disk to flush, which makes a large write several times faster. Only for data that can
    /// be made again, such as a generated demo: a power cut right after may lose it whole
    /// (never half of it).
    pub fn begin_relaxed(db: &IdbDatabase, stores: &[&str]) -> Result<WriteTx, StorageError> {
        let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"durability".into(), &"relaxed".into())
            .map_err(to_error)?;
        // `transaction(stores, mode, options)`: web-sys marks the options unstable.
        let transaction = js_sys::Reflect::get(db, &"transaction".into()).map_err(to_error)?;
        let tx = transaction
            .unchecked_into::<Function>()
            .call3(db, &names, &"readwrite".into(), &options)
            .map_err(to_error)?;
        Ok(WriteTx::watching(tx.unchecked_into()))
    }

    /// Wraps a new transaction, listening for its end.
    fn watching(tx: IdbTransaction) -> WriteTx {
        let t = tx.clone();
        let done = Promise::new(&mut |resolve: Function, reject: Function| {
            let t = t.clone();
            let settle = Closure::once_into_js(move |event: Event| {
                let _ = if event.type_() == "complete" {
                    resolve.call0(&JsValue::UNDEFINED)
                } else {
                    let error = t.error().map(JsValue::from);
                    reject.call1(
                        &JsValue::UNDEFINED,
                        &error.unwrap_or(JsValue::from_str("AbortError")),
                    )
                };
            });
            tx.set_oncomplete(Some(settle.unchecked_ref()));
            tx.set_onabort(Some(settle.unchecked_ref()));
        });
        WriteTx {
            tx,
            done: Some(JsFuture::from(done)),
            appended: std::cell::Cell::new(false),
        }
    }

    /// Notes that a write of this transaction appended to the changes feed.
    pub(super) fn note_appended(&self) {
        self.appended.set(true);
    }

    /// One of the transaction's stores.
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, StorageError> {
        self.tx.object_store(name).map_err(to_error)
    }

    /// Whether this transaction also appends to the workspace's changes feed.
    pub fn feeds_changes(&self) -> bool {
        self.tx.object_store_names().contains(super::CHANGES)
    }

    /// Writes the record `value` into `store`, and notes it in the changes feed when the
    /// workspace replicates ([`super::changes`]).
    pub fn put_record(&self, store: &str, id: &str, value: &JsValue) -> Result<(), StorageError> {
        self.store(store)?.put(value).map_err(to_error)?;
        super::changes::append(self, store, id)
    }

    /// Removes the record `id` from `store`, and notes it in the changes feed when the
    /// workspace replicates: the next push sends its removal (a tombstone).
    pub fn delete_record(&self, store: &str, id: &str) -> Result<(), StorageError> {
        self.store(store)?
            .delete(&JsValue::from_str(id))
            .map_err(to_error)?;
        super::changes::append(self, store, id)
    }

    /// Why the transaction failed, once a request has: the error of the request that aborted
    /// it (a refused record, the quota) rather than the abort every later request reports.
    pub fn failure(&self, seen: StorageError) -> StorageError {
        self.tx.error().map_or(seen, |e| to_error(e.into()))
    }

    /// Commits and waits until the browser has durably written everything, or reports why
    /// not; then tells the workspace's other tabs which stores changed ([`super::broadcast`]).
    pub async fn commit(mut self) -> Result<(), StorageError> {
        #[allow(deprecated)] // web-sys marks it so; every browser we target has it.
        let _ = self.tx.commit();
        let done = self.done.take().expect("a transaction commits once");
        done.await.map(|_| ()).map_err(to_error)?;
        let stores = self.tx.object_store_names();
        let stores: Vec<String> = (0..stores.length()).filter_map(|i| stores.get(i)).collect();
        super::broadcast::announce(&self.tx.db().name(), &stores);
        if self.appended.get() {
            super::changes::recorded(&self.tx.db().name());
        }
        Ok(())
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if self.done.is_some() {
            let _ = self.tx.abort();
        }
    }
}

/// A value as JSON text, through the browser's own `JSON` (no JSON library in the build).
pub fn to_json_text<T: serde::Serialize>(value: &T) -> Result<String, StorageError> {
    let js = to_js(value)?;
    js_sys::JSON::stringify(&js)
        .map(String::from)
        .map_err(to_error)
}

/// A value read back from JSON text written by [`to_json_text`]; `None` when the text is
/// not JSON or not of that shape.
pub fn from_json_text<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    let js = js_sys::JSON::parse(text).ok()?;
    from_js(js).ok()
}
