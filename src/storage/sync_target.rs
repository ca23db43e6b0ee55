//! Where each workspace's sync target is kept: in this browser's localStorage, per
//! database. Never in the database itself, so that backups and replication never carry
//! the password.

use super::local_storage;
use crate::domain::replication::numbering::{draw_tag, DeviceTag};
use crate::domain::replication::target::SyncTarget;

/// localStorage key prefix of a database's sync target.
const KEY: &str = "valuedesk.sync_target.";
/// localStorage key prefix of this device's tag in a replicated database's numbers.
const TAG_KEY: &str = "valuedesk.device_tag.";

/// The sync target of the database `db`, if one is set.
pub fn load(db: &str) -> Option<SyncTarget> {
    let text = local_storage()?.get_item(&format!("{KEY}{db}")).ok()??;
    serde_json::from_str(&text).ok()
}

/// Whether the database `db` has a sync target in this browser.
pub fn is_set(db: &str) -> bool {
    local_storage()
        .and_then(|s| s.get_item(&format!("{KEY}{db}")).ok().flatten())
        .is_some()
}

/// Sets the sync target of the database `db`; false when the browser refused to keep it.
pub fn save(db: &str, target: &SyncTarget) -> bool {
    let Ok(text) = serde_json::to_string(target) else {
        return false;
    };
    local_storage().is_some_and(|s| s.set_item(&format!("{KEY}{db}"), &text).is_ok())
}

/// Removes the sync target of the database `db`: the workspace lives in this browser only.
pub fn clear(db: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&format!("{KEY}{db}"));
    }
}

/// Forgets everything this browser keeps of the database `db`'s sync (target, password,
/// device tag), for a workspace deleted.
pub fn forget(db: &str) {
    clear(db);
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&format!("{TAG_KEY}{db}"));
    }
}

/// This device's tag in the numbers it hands out in the database `db`, drawn when the
/// workspace first has a sync target and kept after (a workspace that stopped syncing
/// still numbers apart from its teammates); `None` for a workspace that never synced,
/// whose numbers stay plain (INC0042). Kept in this browser only: a backup restored
/// elsewhere never brings another device's tag.
pub fn device_tag(db: &str) -> Option<DeviceTag> {
    let storage = local_storage()?;
    let key = format!("{TAG_KEY}{db}");
    if let Some(tag) = storage
        .get_item(&key)
        .ok()
        .flatten()
        .as_deref()
        .and_then(DeviceTag::parse)
    {
        return Some(tag);
    }
    if !is_set(db) {
        return None;
    }
    let tag = draw_tag(&super::random_bytes::<2>(), &[])?;
    storage.set_item(&key, tag.as_str()).ok()?;
    Some(tag)
}
