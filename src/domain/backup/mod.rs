//! The backup file: one versioned JSON document holding every store and the settings, and
//! its reading back, parsed and validated completely into typed data before anything is
//! written. A file that fails any check is rejected whole, saying which record and which
//! field.

mod merge;
mod validate;

pub use merge::{counter_floors, counter_key, merge_plan, MergePlan};
pub use validate::{validate, DESK_CONFIG_KEY};

use crate::domain::history::TicketEvent;
use crate::domain::improvement::Improvement;
use crate::domain::itil::PracticeSettings;
use crate::domain::ticket::Ticket;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format name written in every backup.
pub const FORMAT: &str = "valuedesk-backup";
/// The version of the backup format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The largest file accepted (256 MiB: 100,000 tickets with their history fit well inside).
pub const MAX_BYTES: usize = 256 << 20;
/// The deepest nesting of arrays and objects accepted; real backups stay under 10.
pub const MAX_DEPTH: usize = 32;

/// One setting or counter, as stored: a key and any JSON value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingRecord {
    pub key: String,
    pub value: Value,
}

/// Everything in a workspace, as written to and read from a backup file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub format_version: u32,
    /// The storage schema version of the database it was taken from.
    pub schema_version: u32,
    /// Milliseconds since the Unix epoch.
    pub exported_at: i64,
    pub tickets: Vec<Ticket>,
    pub events: Vec<TicketEvent>,
    pub practices: Vec<PracticeSettings>,
    pub settings: Vec<SettingRecord>,
    /// The improvement register (absent from backups of schema 3 and before).
    #[serde(default)]
    pub improvements: Vec<Improvement>,
}

impl Backup {
    /// A backup of the given records, stamped with this build's format.
    pub fn new(schema_version: u32, exported_at: i64) -> Backup {
        Backup {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            schema_version,
            exported_at,
            tickets: Vec::new(),
            events: Vec::new(),
            practices: Vec::new(),
            settings: Vec::new(),
            improvements: Vec::new(),
        }
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why a file cannot be imported. Nothing is written when any of these is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    TooDeep,
    /// Not JSON at all, with where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a ValueDesk backup.
    NotABackup,
    /// A format version this build does not know (newer, or never written).
    UnknownVersion {
        found: u64,
    },
    /// Taken from a database newer than this build understands.
    NewerSchema {
        found: u64,
        supported: u32,
    },
    /// A record that does not have the expected shape: store, position, id if readable, and
    /// the field and problem as the parser reports them.
    BadRecord {
        store: &'static str,
        index: usize,
        id: Option<String>,
        problem: String,
    },
    /// Two records with the same key.
    Duplicate {
        store: &'static str,
        key: String,
    },
    /// A record refers to something the file does not hold.
    Dangling {
        store: &'static str,
        id: String,
        field: &'static str,
        target: String,
    },
}

/// Reads a backup file: size, nesting depth, JSON, format and versions, then every record
/// into its type, then every cross-reference ([`validate`]). `supported_schema` is the
/// newest database schema this build can hold.
pub fn parse_backup(text: &str, supported_schema: u32) -> Result<Backup, ImportError> {
    parse_limited(text, supported_schema, MAX_BYTES)
}

/// [`parse_backup`] with a given size limit.
fn parse_limited(
    text: &str,
    supported_schema: u32,
    max_bytes: usize,
) -> Result<Backup, ImportError> {
    if text.len() > max_bytes {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if nesting_depth(text) > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    let root: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(mut root) = root else {
        return Err(ImportError::NotABackup);
    };
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotABackup);
    }
    let number = |v: Option<&Value>| v.and_then(Value::as_u64);
    let version = number(root.get("format_version")).unwrap_or(0);
    if version != u64::from(FORMAT_VERSION) {
        return Err(ImportError::UnknownVersion { found: version });
    }
    let schema = number(root.get("schema_version")).unwrap_or(0);
    if schema == 0 || schema > u64::from(supported_schema) {
        return Err(ImportError::NewerSchema {
            found: schema,
            supported: supported_schema,
        });
    }
    let exported_at = root.get("exported_at").and_then(Value::as_i64).unwrap_or(0);
    let backup = Backup {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        schema_version: schema as u32,
        exported_at,
        tickets: records::<Ticket>(&mut root, "tickets")?,
        events: records::<TicketEvent>(&mut root, "events")?,
        practices: records::<PracticeSettings>(&mut root, "practices")?,
        settings: records::<SettingRecord>(&mut root, "settings")?,
        improvements: records::<Improvement>(&mut root, "improvements")?,
    };
    validate(&backup)?;
    Ok(backup)
}

/// The records of one store, each read into its type; the first that does not fit is
/// reported with its position, its id when it has one, and the parser's message (which
/// names the field).
fn records<T: DeserializeOwned>(
    root: &mut serde_json::Map<String, Value>,
    store: &'static str,
) -> Result<Vec<T>, ImportError> {
    let items = match root.remove(store) {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(ImportError::BadRecord {
                store,
                index: 0,
                id: None,
                problem: "expected a list".to_owned(),
            })
        }
    };
    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let id = ["id", "key"]
                .iter()
                .find_map(|k| item.get(k).and_then(Value::as_str).map(str::to_owned));
            serde_json::from_value(item).map_err(|e| ImportError::BadRecord {
                store,
                index,
                id,
                problem: e.to_string(),
            })
        })
        .collect()
}

/// The deepest nesting of arrays and objects in JSON text, strings skipped.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (true, false, _) => {}
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests;
