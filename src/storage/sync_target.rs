//! Where each workspace's sync target is kept: in this browser's localStorage, per
//! database. Never in the database itself, so that backups and replication never carry
//! the password.

use super::local_storage;
use crate::domain::replication::numbering::{draw_tag, DeviceTag, Seen};
use crate::domain::replication::target::SyncTarget;

/// localStorage key prefix of a database's sync target.
const KEY: &str = "valuedesk.sync_target.";
/// localStorage key prefix of this device's tag in a replicated database's numbers.
const TAG_KEY: &str = "valuedesk.device_tag.";
/// localStorage key prefix of the tags seen in a replicated database's pulled numbers.
const SEEN_KEY: &str = "valuedesk.seen_tags.";

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
        let _ = s.remove_item(&format!("{SEEN_KEY}{db}"));
    }
}

/// The tags seen in the numbers pulled into the database `db`.
fn seen(db: &str) -> Seen {
    let text = local_storage()
        .and_then(|s| s.get_item(&format!("{SEEN_KEY}{db}")).ok().flatten())
        .unwrap_or_default();
    Seen(text.split(',').filter_map(DeviceTag::parse).collect())
}

/// Notes the numbers of records pulled new into the database `db`: a later draw of this
/// device's tag avoids theirs, and one that is this device's own tag (another device drew
/// it too) makes this device draw a new tag for its next numbers.
pub fn note_pulled_numbers(db: &str, numbers: &[String]) {
    let Some(storage) = local_storage() else {
        return;
    };
    let mut seen = seen(db);
    let before = seen.0.len();
    let clash = seen.note(
        numbers.iter().map(String::as_str),
        device_tag_kept(db).as_ref(),
    );
    if seen.0.len() != before {
        let list: Vec<&str> = seen.0.iter().map(DeviceTag::as_str).collect();
        let _ = storage.set_item(&format!("{SEEN_KEY}{db}"), &list.join(","));
    }
    if clash {
        let _ = storage.remove_item(&format!("{TAG_KEY}{db}"));
    }
}

/// The tag this device keeps for the database `db`, without drawing one.
fn device_tag_kept(db: &str) -> Option<DeviceTag> {
    local_storage()?
        .get_item(&format!("{TAG_KEY}{db}"))
        .ok()
        .flatten()
        .as_deref()
        .and_then(DeviceTag::parse)
}

/// This device's tag in the numbers it hands out in the database `db`, drawn when the
/// workspace first has a sync target and kept after (a workspace that stopped syncing
/// still numbers apart from its teammates); `None` for a workspace that never synced,
/// whose numbers stay plain (INC0042). Kept in this browser only: a backup restored
/// elsewhere never brings another device's tag.
pub fn device_tag(db: &str) -> Option<DeviceTag> {
    if let Some(tag) = device_tag_kept(db) {
        return Some(tag);
    }
    if !is_set(db) {
        return None;
    }
    // Sixteen tries, each avoiding the tags seen in teammates' numbers.
    let tag = draw_tag(&super::random_bytes::<32>(), &seen(db).tags())?;
    local_storage()?
        .set_item(&format!("{TAG_KEY}{db}"), tag.as_str())
        .ok()?;
    Some(tag)
}
