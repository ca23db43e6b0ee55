//! The improvement register in the `improvements` store: creating and revising items (each
//! in one transaction), reading the register through an index, and counting open items.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::Setting;
use super::{new_record, now_ms, random_bytes, Db, StorageError, IMPROVEMENTS, SETTINGS};
use crate::domain::ids::next_revision;
use crate::domain::improvement::{
    register_order, Improvement, ImprovementError, ImprovementForm, RegisterFilter, RegisterIndex,
};
use crate::domain::replication::numbering::format_number;
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbTransactionMode};

/// The settings key of the improvement numbers' counter.
const COUNTER: &str = "counter.IMP";

/// Why an improvement item was not saved. Nothing was written in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImprovementSaveError {
    /// Fields of the form are invalid.
    Invalid(Vec<ImprovementError>),
    /// The item changed since it was read (another tab saved it): reload before editing.
    Conflict,
    /// The item no longer exists.
    NotFound,
    Storage(StorageError),
}

impl From<StorageError> for ImprovementSaveError {
    fn from(e: StorageError) -> Self {
        ImprovementSaveError::Storage(e)
    }
}

/// Adds an item to the register: checks the form, numbers the item from the IMP counter,
/// and writes the item and the counter in one transaction.
pub async fn create_improvement(
    db: &Db,
    form: &ImprovementForm,
) -> Result<Improvement, ImprovementSaveError> {
    let draft = form.validate().map_err(ImprovementSaveError::Invalid)?;
    let tx = WriteTx::begin(db.idb(), &[IMPROVEMENTS, SETTINGS])?;
    let settings = tx.store(SETTINGS)?;
    let stored = request(
        settings
            .get(&JsValue::from_str(COUNTER))
            .map_err(to_error)?,
    )
    .await?;
    let last: u32 = if stored.is_undefined() {
        0
    } else {
        from_js::<Setting<u32>>(stored)?.value
    };
    let mut item = draft.create(new_record(), last + 1);
    // A replicated workspace's numbers carry this device's tag: IMP0007-K7M.
    if let Some(tag) = super::sync_target::device_tag(&db.name()) {
        item.number = format_number("IMP", last + 1, Some(&tag));
    }
    tx.store(IMPROVEMENTS)?
        .add(&to_js(&item)?)
        .map_err(to_error)?;
    super::changes::append(&tx, IMPROVEMENTS, &item.id)?;
    settings
        .put(&to_js(&Setting {
            key: COUNTER.to_owned(),
            value: last + 1,
        })?)
        .map_err(to_error)?;
    tx.commit().await?;
    Ok(item)
}

/// Saves a new version of `item` from the form, in one transaction, if the stored item is
/// still at `item.rev`; otherwise reports a conflict and writes nothing.
pub async fn update_improvement(
    db: &Db,
    item: &Improvement,
    form: &ImprovementForm,
) -> Result<Improvement, ImprovementSaveError> {
    let draft = form.validate().map_err(ImprovementSaveError::Invalid)?;
    let tx = WriteTx::begin(db.idb(), &[IMPROVEMENTS])?;
    let store = tx.store(IMPROVEMENTS)?;
    let found = request(store.get(&JsValue::from_str(&item.id)).map_err(to_error)?).await?;
    if found.is_undefined() {
        return Err(ImprovementSaveError::NotFound);
    }
    let stored: Improvement = from_js(found)?;
    if stored.deleted {
        return Err(ImprovementSaveError::NotFound);
    }
    if stored.rev != item.rev {
        return Err(ImprovementSaveError::Conflict);
    }
    let rev = next_revision(Some(&stored.rev), random_bytes());
    let next = draft.revise(&stored, rev, now_ms());
    store.put(&to_js(&next)?).map_err(to_error)?;
    super::changes::append(&tx, IMPROVEMENTS, &next.id)?;
    tx.commit().await?;
    Ok(next)
}

/// The register's items that pass `filter`, newest first, read through the index the
/// filter picks ([`RegisterFilter::index`]).
pub async fn list_improvements(
    db: &Db,
    filter: &RegisterFilter,
) -> Result<Vec<Improvement>, StorageError> {
    let tx = db
        .idb()
        .transaction_with_str_and_mode(IMPROVEMENTS, IdbTransactionMode::Readonly)
        .map_err(to_error)?;
    let store = tx.object_store(IMPROVEMENTS).map_err(to_error)?;
    let (index, key) = match filter.index() {
        RegisterIndex::All => (None, None),
        RegisterIndex::Step(step) => (Some("step"), Some(JsValue::from_str(step.key()))),
        RegisterIndex::Status(status) => (Some("status"), Some(JsValue::from_str(status.key()))),
        RegisterIndex::Open => (Some("open"), Some(JsValue::from_f64(1.0))),
    };
    let req = match (index, key) {
        (Some(index), Some(key)) => {
            let range = IdbKeyRange::only(&key).map_err(to_error)?;
            store
                .index(index)
                .and_then(|i| i.get_all_with_key(&range))
                .map_err(to_error)?
        }
        _ => store.get_all().map_err(to_error)?,
    };
    let all = request(req).await?;
    let mut items = array_values(all)
        .into_iter()
        .map(from_js::<Improvement>)
        .collect::<Result<Vec<_>, _>>()?;
    items.retain(|i| filter.matches(i));
    register_order(&mut items);
    Ok(items)
}

/// The register's index `name`, in a readonly transaction of its own.
fn register_index(db: &Db, name: &str) -> Result<web_sys::IdbIndex, StorageError> {
    db.idb()
        .transaction_with_str_and_mode(IMPROVEMENTS, IdbTransactionMode::Readonly)
        .and_then(|tx| tx.object_store(IMPROVEMENTS))
        .and_then(|s| s.index(name))
        .map_err(to_error)
}

/// How many entries of `index` have the key `key`, without reading the items.
async fn count_key(index: &web_sys::IdbIndex, key: &JsValue) -> Result<usize, StorageError> {
    let range = IdbKeyRange::only(key).map_err(to_error)?;
    let count = request(index.count_with_key(&range).map_err(to_error)?).await?;
    Ok(count.as_f64().unwrap_or(0.0) as usize)
}

/// How many items of the register are open (neither done nor rejected), counted through
/// the `open` index without reading the items.
pub async fn open_improvements(db: &Db) -> Result<usize, StorageError> {
    count_key(&register_index(db, "open")?, &JsValue::from_f64(1.0)).await
}

/// How many items are at each step of the model, counted through the `step` index (all
/// statuses), in the model's order.
pub async fn improvements_per_step(db: &Db) -> Result<[usize; 7], StorageError> {
    use crate::domain::improvement::ImprovementStep;
    let index = register_index(db, "step")?;
    let mut counts = [0; 7];
    for step in ImprovementStep::ALL {
        counts[step.index()] = count_key(&index, &JsValue::from_str(step.key())).await?;
    }
    Ok(counts)
}
