//! Practice settings, one record per practice in the `practices` store.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::{Db, StorageError, PRACTICES};
use crate::domain::itil::{all_practice_settings, PracticeError, PracticeSettings};

/// The settings of all 34 practices: stored ones, else the starting settings. Records that
/// cannot be read are treated as never saved.
pub async fn load_practices(db: &Db) -> Result<Vec<PracticeSettings>, StorageError> {
    let tx = db.idb().transaction_with_str(PRACTICES).map_err(to_error)?;
    let store = tx.object_store(PRACTICES).map_err(to_error)?;
    let all = request(store.get_all().map_err(to_error)?).await?;
    let stored = array_values(all)
        .into_iter()
        .filter_map(|v| from_js::<PracticeSettings>(v).ok())
        .collect();
    Ok(all_practice_settings(stored))
}

/// Why practice settings were not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeSaveError {
    Invalid(PracticeError),
    Storage(StorageError),
}

/// Saves one practice's settings after checking them.
pub async fn save_practice(db: &Db, settings: &PracticeSettings) -> Result<(), PracticeSaveError> {
    settings.validate().map_err(PracticeSaveError::Invalid)?;
    let write = async {
        let tx = WriteTx::begin(db.idb(), &[PRACTICES])?;
        tx.put_record(PRACTICES, &settings.key, &to_js(settings)?)?;
        tx.commit().await
    };
    write.await.map_err(PracticeSaveError::Storage)
}

/// Puts every practice back to its starting settings, in one transaction: each saved
/// practice is removed (and, in a synced workspace, its removal sent to the team).
pub async fn reset_practices(db: &Db) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[PRACTICES])?;
    let saved = request(tx.store(PRACTICES)?.get_all_keys().map_err(to_error)?).await?;
    for key in array_values(saved).iter().filter_map(|k| k.as_string()) {
        tx.delete_record(PRACTICES, &key)?;
    }
    tx.commit().await
}
