//! Settings and counters, one record per key.

use super::request::{from_js, request, to_error, to_js, WriteTx};
use super::{Db, StorageError, SETTINGS};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The stored shape of a setting.
#[derive(Serialize, Deserialize)]
pub struct Setting<T> {
    pub key: String,
    pub value: T,
}

/// Setting key: the name recorded as the author of changes.
pub const ACTOR: &str = "actor";
/// Setting key: the priority matrix.
pub const PRIORITY_MATRIX: &str = "priority_matrix";
/// Setting key: groups, people, services, categories and the service catalogue.
pub const DESK_CONFIG: &str = "desk_config";
/// Setting key: the saved views of the ticket list.
pub const SAVED_VIEWS: &str = "saved_views";
/// Setting key: the SLA definitions and service hours.
pub const SLA_POLICY: &str = "sla_policy";
/// Setting key: left by the upgrade that introduced SLA clocks, until trails are rebuilt.
pub const SLA_REWATCH: &str = "sla_rewatch";

/// Reads a setting; `None` when it was never saved.
pub async fn get_setting<T: DeserializeOwned>(
    db: &Db,
    key: &str,
) -> Result<Option<T>, StorageError> {
    let tx = db.idb().transaction_with_str(SETTINGS).map_err(to_error)?;
    let store = tx.object_store(SETTINGS).map_err(to_error)?;
    let value = request(store.get(&JsValue::from_str(key)).map_err(to_error)?).await?;
    if value.is_undefined() {
        return Ok(None);
    }
    from_js::<Setting<T>>(value).map(|s| Some(s.value))
}

/// Reads several settings in one transaction, every read in flight at once (start-up
/// needs them all before the first screen); decode each with [`setting_value`].
pub async fn get_settings<const N: usize>(
    db: &Db,
    keys: [&str; N],
) -> Result<[JsValue; N], StorageError> {
    let tx = db.idb().transaction_with_str(SETTINGS).map_err(to_error)?;
    let store = tx.object_store(SETTINGS).map_err(to_error)?;
    let mut reads = Vec::with_capacity(N);
    for key in keys {
        reads.push(store.get(&JsValue::from_str(key)).map_err(to_error)?);
    }
    let mut values = [const { JsValue::UNDEFINED }; N];
    for (value, read) in values.iter_mut().zip(reads) {
        *value = request(read).await?;
    }
    Ok(values)
}

/// A setting read by [`get_settings`]; `None` when it was never saved.
pub fn setting_value<T: DeserializeOwned>(value: JsValue) -> Result<Option<T>, StorageError> {
    if value.is_undefined() {
        return Ok(None);
    }
    from_js::<Setting<T>>(value).map(|s| Some(s.value))
}

/// Saves a setting in its own transaction.
pub async fn put_setting<T: Serialize>(db: &Db, key: &str, value: &T) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[SETTINGS])?;
    let record = to_js(&Setting {
        key: key.to_owned(),
        value,
    })?;
    tx.put_record(SETTINGS, key, &record)?;
    tx.commit().await
}
