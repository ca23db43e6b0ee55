//! Backups: every store read in one transaction into one JSON file, and a checked backup
//! written back in one transaction ([`super::import`]), replacing everything or merging by
//! record id. A failed write (quota, a closed database) rolls back whole: the workspace
//! stays as it was.

pub use super::import::{
    import_backup, import_backup_with_progress, ImportMode, ImportProgress, ImportReport,
};
use super::request::{array_values, request, to_error};
use super::{Db, StorageError, EVENTS, IMPROVEMENTS, PRACTICES, SETTINGS, TICKETS};
use crate::domain::backup::{Backup, FORMAT, FORMAT_VERSION};
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::JsValue;

/// The stores a backup holds, with their names in the file.
pub(super) const STORES: [(&str, &str); 5] = [
    (TICKETS, "tickets"),
    (EVENTS, "events"),
    (PRACTICES, "practices"),
    (SETTINGS, "settings"),
    (IMPROVEMENTS, "improvements"),
];

/// The whole workspace as backup file text, read from one consistent snapshot. Records go
/// into the file as stored, without a round trip through Rust types.
pub async fn export_backup(db: &Db, now: i64) -> Result<String, StorageError> {
    let names: js_sys::Array = STORES.iter().map(|(s, _)| JsValue::from_str(s)).collect();
    let tx = db
        .idb()
        .transaction_with_str_sequence(&names)
        .map_err(to_error)?;
    // Every request is made before the first await, while the transaction is active.
    let mut pending = Vec::new();
    for (store, _) in STORES {
        let req = tx
            .object_store(store)
            .map_err(to_error)?
            .get_all()
            .map_err(to_error)?;
        pending.push(req);
    }
    let file = Object::new();
    let set = |key: &str, value: &JsValue| {
        Reflect::set(&file, &JsValue::from_str(key), value).map_err(to_error)
    };
    set("format", &JsValue::from_str(FORMAT))?;
    set("format_version", &JsValue::from(FORMAT_VERSION))?;
    set("schema_version", &JsValue::from(db.version()))?;
    set("exported_at", &JsValue::from_f64(now as f64))?;
    for ((_, name), req) in STORES.iter().zip(pending) {
        set(name, &request(req).await?)?;
    }
    JSON::stringify(&file).map(String::from).map_err(to_error)
}

/// What can still be read of the workspace `name`, as a backup file, when the app cannot
/// work with it (it fails to open normally, or holds records that do not read back): the
/// database is opened at whatever version it has, without any migration, and every store
/// that answers is written out as stored. A store that fails is left out.
pub async fn rescue_export(name: &str, now: i64) -> Result<String, StorageError> {
    use wasm_bindgen::JsCast;
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let opening = factory.open(name).map_err(to_error)?;
    let db: web_sys::IdbDatabase = request(opening.into()).await?.unchecked_into();
    let file = Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = Reflect::set(&file, &JsValue::from_str(key), value);
    };
    set("format", &JsValue::from_str(FORMAT));
    set("format_version", &JsValue::from(FORMAT_VERSION));
    set("schema_version", &JsValue::from(db.version() as u32));
    set("exported_at", &JsValue::from_f64(now as f64));
    let present = db.object_store_names();
    for (store, field) in STORES {
        if !present.contains(store) {
            continue;
        }
        let read = async {
            let tx = db.transaction_with_str(store).map_err(to_error)?;
            let all = tx
                .object_store(store)
                .map_err(to_error)?
                .get_all()
                .map_err(to_error)?;
            request(all).await
        };
        if let Ok(records) = read.await {
            set(field, &records);
        }
    }
    db.close();
    JSON::stringify(&file).map(String::from).map_err(to_error)
}

/// Reads a backup file in the browser: the domain's checks, with the text parsed by the
/// browser's `JSON.parse` and each record read by the same deserializer as the stores use
/// (so the app carries no second one for every record type).
pub fn parse_backup_here(
    text: &str,
    supported_schema: u32,
) -> Result<Backup, crate::domain::backup::ImportError> {
    use crate::domain::backup::{check_text, not_json, read_backup, MAX_BYTES};
    check_text(text, MAX_BYTES)?;
    let root = JSON::parse(text).map_err(|_| not_json(text))?;
    read_backup(JsSource(root), supported_schema)
}

/// A backup parsed by the browser.
struct JsSource(JsValue);

impl JsSource {
    fn field(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }
}

impl crate::domain::backup::BackupSource for JsSource {
    fn is_object(&self) -> bool {
        self.0.is_object() && !js_sys::Array::is_array(&self.0)
    }

    fn text(&self, key: &str) -> Option<String> {
        self.field(key).as_string()
    }

    fn number(&self, key: &str) -> Option<f64> {
        self.field(key).as_f64()
    }

    fn records<T: serde::de::DeserializeOwned>(
        &mut self,
        store: &'static str,
    ) -> Result<Vec<T>, crate::domain::backup::ImportError> {
        use crate::domain::backup::{not_a_list, ImportError};
        let items = self.field(store);
        if items.is_undefined() {
            return Ok(Vec::new());
        }
        if !js_sys::Array::is_array(&items) {
            return Err(not_a_list(store));
        }
        array_values(items)
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let id = ["id", "key"].iter().find_map(|k| {
                    Reflect::get(&item, &JsValue::from_str(k))
                        .ok()
                        .and_then(|v| v.as_string())
                });
                serde_wasm_bindgen::from_value(item).map_err(|e| ImportError::BadRecord {
                    store,
                    index,
                    id,
                    problem: e.to_string(),
                })
            })
            .collect()
    }
}
