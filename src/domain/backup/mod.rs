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

/// A parsed backup document, read field by field: from JSON text natively
/// ([`JsonSource`]), or from the browser's own `JSON.parse` in the app (the storage layer),
/// so that the app carries no second deserializer for every record type.
pub trait BackupSource {
    /// Whether the document is an object, as a backup is.
    fn is_object(&self) -> bool;
    /// A top-level text field.
    fn text(&self, key: &str) -> Option<String>;
    /// A top-level number field.
    fn number(&self, key: &str) -> Option<f64>;
    /// The records of `store`, each read into its type: none when the store is absent, and
    /// the first record that does not fit reported with its position, its id when it has
    /// one, and the problem (which names the field).
    fn records<T: DeserializeOwned>(&mut self, store: &'static str) -> Result<Vec<T>, ImportError>;
}

/// Reads a backup file natively: size, nesting depth, JSON, then [`read_backup`].
/// `supported_schema` is the newest database schema this build can hold.
pub fn parse_backup(text: &str, supported_schema: u32) -> Result<Backup, ImportError> {
    parse_limited(text, supported_schema, MAX_BYTES)
}

/// [`parse_backup`] with a given size limit.
fn parse_limited(
    text: &str,
    supported_schema: u32,
    max_bytes: usize,
) -> Result<Backup, ImportError> {
    check_text(text, max_bytes)?;
    let root: Value = serde_json::from_str(text).map_err(|_| not_json(text))?;
    read_backup(JsonSource(root), supported_schema)
}

/// The checks made on the text before it is parsed: its size and its nesting depth.
pub fn check_text(text: &str, max_bytes: usize) -> Result<(), ImportError> {
    if text.len() > max_bytes {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if nesting_depth(text) > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    Ok(())
}

/// Where JSON text that does not parse goes wrong, as [`ImportError::NotJson`].
pub fn not_json(text: &str) -> ImportError {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(e) => ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        },
        Ok(_) => ImportError::NotJson { line: 0, column: 0 },
    }
}

/// Reads a parsed backup: format and versions, every record into its type, then every
/// cross-reference ([`validate`]).
pub fn read_backup(
    mut source: impl BackupSource,
    supported_schema: u32,
) -> Result<Backup, ImportError> {
    if !source.is_object() || source.text("format").as_deref() != Some(FORMAT) {
        return Err(ImportError::NotABackup);
    }
    let whole = |v: Option<f64>| v.filter(|n| n.fract() == 0.0 && *n >= 0.0).unwrap_or(0.0) as u64;
    let version = whole(source.number("format_version"));
    if version != u64::from(FORMAT_VERSION) {
        return Err(ImportError::UnknownVersion { found: version });
    }
    let schema = whole(source.number("schema_version"));
    if schema == 0 || schema > u64::from(supported_schema) {
        return Err(ImportError::NewerSchema {
            found: schema,
            supported: supported_schema,
        });
    }
    let exported_at = source.number("exported_at").unwrap_or(0.0) as i64;
    let backup = Backup {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        schema_version: schema as u32,
        exported_at,
        tickets: source.records::<Ticket>("tickets")?,
        events: source.records::<TicketEvent>("events")?,
        practices: source.records::<PracticeSettings>("practices")?,
        settings: source.records::<SettingRecord>("settings")?,
        improvements: source.records::<Improvement>("improvements")?,
    };
    validate(&backup)?;
    Ok(backup)
}

/// A backup parsed by serde_json.
pub struct JsonSource(pub Value);

impl BackupSource for JsonSource {
    fn is_object(&self) -> bool {
        self.0.is_object()
    }

    fn text(&self, key: &str) -> Option<String> {
        self.0.get(key)?.as_str().map(str::to_owned)
    }

    fn number(&self, key: &str) -> Option<f64> {
        self.0.get(key)?.as_f64()
    }

    fn records<T: DeserializeOwned>(&mut self, store: &'static str) -> Result<Vec<T>, ImportError> {
        let items = match self.0.as_object_mut().and_then(|o| o.remove(store)) {
            None => return Ok(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(_) => return Err(not_a_list(store)),
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
}

/// A store that is there but is not a list.
pub fn not_a_list(store: &'static str) -> ImportError {
    ImportError::BadRecord {
        store,
        index: 0,
        id: None,
        problem: "expected a list".to_owned(),
    }
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
