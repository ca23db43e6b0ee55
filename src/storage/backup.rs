//! Backups: every store read in one transaction into one JSON file, and a checked backup
//! written back in one transaction, replacing everything or merging by record id. A failed
//! write (quota, a closed database) rolls back whole: the workspace stays as it was.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::Setting;
use super::{Db, StorageError, EVENTS, IMPROVEMENTS, PRACTICES, SETTINGS, TICKETS};
use crate::domain::backup::{counter_floors, merge_plan, Backup, FORMAT, FORMAT_VERSION};
use crate::domain::ticket::Ticket;
use js_sys::{Object, Reflect, JSON};
use std::collections::HashSet;
use wasm_bindgen::JsValue;

/// The stores a backup holds, with their names in the file.
const STORES: [(&str, &str); 5] = [
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

/// How an import treats the data already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Everything is replaced by the file's content.
    Replace,
    /// Tickets are matched by id and the newer version kept; history is added; practices,
    /// settings and the improvement register stay as they are.
    Merge,
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
    /// Tickets left out: their number belongs to another ticket here.
    pub clashes: Vec<String>,
    pub events: usize,
}

/// Writes a checked backup in one transaction.
pub async fn import_backup(
    db: &Db,
    backup: Backup,
    mode: ImportMode,
) -> Result<ImportReport, StorageError> {
    let stores: Vec<&str> = STORES.iter().map(|(s, _)| *s).collect();
    let tx = WriteTx::begin(db.idb(), &stores)?;
    let (tickets, report) = match mode {
        ImportMode::Replace => {
            for store in &stores {
                tx.store(store)?.clear().map_err(to_error)?;
            }
            for p in &backup.practices {
                tx.store(PRACTICES)?.put(&to_js(p)?).map_err(to_error)?;
            }
            for s in &backup.settings {
                tx.store(SETTINGS)?.put(&to_js(s)?).map_err(to_error)?;
            }
            for i in &backup.improvements {
                tx.store(IMPROVEMENTS)?.put(&to_js(i)?).map_err(to_error)?;
            }
            let report = ImportReport {
                added: backup.tickets.len(),
                events: backup.events.len(),
                ..Default::default()
            };
            (backup.tickets, report)
        }
        ImportMode::Merge => {
            let all = request(tx.store(TICKETS)?.get_all().map_err(to_error)?).await?;
            let mine = array_values(all)
                .into_iter()
                .map(from_js::<Ticket>)
                .collect::<Result<Vec<_>, _>>()?;
            let plan = merge_plan(&mine, backup.tickets);
            let report = ImportReport {
                added: plan.added.len(),
                updated: plan.updated.len(),
                kept: plan.kept.len(),
                clashes: plan.clashes,
                events: 0,
            };
            let mut written = plan.added;
            written.extend(plan.updated);
            (written, report)
        }
    };
    let ids: HashSet<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    let mut report = report;
    report.events = 0;
    for e in backup
        .events
        .iter()
        .filter(|e| ids.contains(e.ticket_id.as_str()))
    {
        tx.store(EVENTS)?.put(&to_js(e)?).map_err(to_error)?;
        report.events += 1;
    }
    for t in &tickets {
        tx.store(TICKETS)?.put(&to_js(t)?).map_err(to_error)?;
    }
    raise_counters(&tx, &tickets).await?;
    tx.commit().await?;
    Ok(report)
}

/// Raises each number counter to at least the highest number written, so that the next
/// ticket logged never takes a number already used.
async fn raise_counters(tx: &WriteTx, tickets: &[Ticket]) -> Result<(), StorageError> {
    for (key, floor) in counter_floors(tickets) {
        let settings = tx.store(SETTINGS)?;
        let stored = request(settings.get(&JsValue::from_str(&key)).map_err(to_error)?).await?;
        let current = if stored.is_undefined() {
            0
        } else {
            from_js::<Setting<u32>>(stored)?.value
        };
        if current < floor {
            let record = to_js(&Setting { key, value: floor })?;
            settings.put(&record).map_err(to_error)?;
        }
    }
    Ok(())
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
