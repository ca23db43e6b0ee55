//! Local records as CouchDB documents. One CouchDB database per workspace holds every
//! replicated store, so a document's `_id` names its store: `ticket:<ulid>`,
//! `event:<ulid>`, `improvement:<ulid>`, `practice:<key>`, `setting:<key>`.
//!
//! Documents read from a peer are hostile input: [`from_doc`] checks size, nesting, ids,
//! revisions and the record's fields, and never panics.

use super::hash::{canonical_json, fnv1a_hex};
use super::revision::{Rev, RevError, Revisions};
use crate::domain::backup::SettingRecord;
use crate::domain::history::TicketEvent;
use crate::domain::improvement::Improvement;
use crate::domain::itil::PracticeSettings;
use crate::domain::ticket::Ticket;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The largest document accepted from a peer, in bytes of its JSON (estimated).
pub const MAX_DOC_BYTES: usize = 1 << 20;
/// The deepest nesting of objects and arrays accepted; records stay under 6.
pub const MAX_DOC_DEPTH: usize = 16;
/// The longest key accepted after a store's prefix.
pub const KEY_MAX: usize = 100;
/// The settings every device of a workspace shares. Others (the actor's name, saved
/// views, number counters) belong to one device and never replicate.
pub const REPLICATED_SETTINGS: [&str; 3] = ["desk_config", "priority_matrix", "sla_policy"];

/// The local stores that replicate, each a prefix of document ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKind {
    Ticket,
    Event,
    Improvement,
    Practice,
    Setting,
}

impl StoreKind {
    /// Every replicated store.
    pub const ALL: [StoreKind; 5] = [
        StoreKind::Ticket,
        StoreKind::Event,
        StoreKind::Improvement,
        StoreKind::Practice,
        StoreKind::Setting,
    ];

    /// The prefix of the store's document ids, before the colon.
    pub fn prefix(self) -> &'static str {
        match self {
            StoreKind::Ticket => "ticket",
            StoreKind::Event => "event",
            StoreKind::Improvement => "improvement",
            StoreKind::Practice => "practice",
            StoreKind::Setting => "setting",
        }
    }

    /// The field of a record that holds its key.
    pub fn key_field(self) -> &'static str {
        match self {
            StoreKind::Practice | StoreKind::Setting => "key",
            _ => "id",
        }
    }

    /// Whether the store's records carry their revision in a `rev` field.
    pub fn has_rev(self) -> bool {
        matches!(self, StoreKind::Ticket | StoreKind::Improvement)
    }

    /// Whether the store keeps deleted records as tombstones (`deleted: true`); a deleted
    /// document of another store removes its record.
    pub fn has_tombstones(self) -> bool {
        self.has_rev()
    }

    /// Fields a record derives on each device, which never replicate (a ticket's SLA
    /// watch depends on the device's copy of the policy: recompute it after a pull).
    pub fn local_fields(self) -> &'static [&'static str] {
        match self {
            StoreKind::Ticket => &["sla_watch"],
            _ => &[],
        }
    }
}

/// A document id: the store and the record's key there.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DocId {
    pub kind: StoreKind,
    pub key: String,
}

impl DocId {
    /// The id of a local record; `None` when the key is not sane or the record belongs
    /// to this device only (a device's settings).
    pub fn new(kind: StoreKind, key: &str) -> Option<DocId> {
        let sane = !key.is_empty()
            && key.len() <= KEY_MAX
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
        let shared = kind != StoreKind::Setting || REPLICATED_SETTINGS.contains(&key);
        (sane && shared).then(|| DocId {
            kind,
            key: key.to_owned(),
        })
    }

    /// Reads a document id: `None` for documents this build does not replicate (unknown
    /// prefixes, design documents, a device's own settings), which are skipped.
    pub fn parse(text: &str) -> Result<Option<DocId>, DocError> {
        let Some((prefix, key)) = text.split_once(':') else {
            return Ok(None);
        };
        let Some(kind) = StoreKind::ALL.into_iter().find(|k| k.prefix() == prefix) else {
            return Ok(None);
        };
        if kind == StoreKind::Setting && !REPLICATED_SETTINGS.contains(&key) {
            return Ok(None);
        }
        DocId::new(kind, key)
            .map(Some)
            .ok_or_else(|| DocError::BadId(text.chars().take(KEY_MAX).collect()))
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind.prefix(), self.key)
    }
}

/// Why a document from a peer was refused. The replication skips it and reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    NotAnObject,
    TooLarge,
    TooDeep,
    MissingId,
    /// A known store's prefix followed by a key that is not sane.
    BadId(String),
    MissingRev,
    BadRev(RevError),
    /// `_deleted` is there and is not true or false.
    BadDeleted,
    /// Attachments are not part of ValueDesk's records.
    Attachments,
    /// The record's own key field differs from the key in `_id`.
    IdMismatch,
    /// The fields do not make a record of the store: the problem as the parser reports it.
    BadRecord(String),
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocError::NotAnObject => f.write_str("not a JSON object"),
            DocError::TooLarge => write!(f, "larger than {MAX_DOC_BYTES} bytes"),
            DocError::TooDeep => write!(f, "nested deeper than {MAX_DOC_DEPTH} levels"),
            DocError::MissingId => f.write_str("no _id"),
            DocError::BadId(id) => write!(f, "bad _id {id:?}"),
            DocError::MissingRev => f.write_str("no _rev"),
            DocError::BadRev(e) => write!(f, "bad revision: {e}"),
            DocError::BadDeleted => f.write_str("_deleted is not a boolean"),
            DocError::Attachments => f.write_str("has _attachments"),
            DocError::IdMismatch => f.write_str("the record's key differs from _id"),
            DocError::BadRecord(problem) => write!(f, "bad record: {problem}"),
        }
    }
}

impl From<RevError> for DocError {
    fn from(e: RevError) -> DocError {
        DocError::BadRev(e)
    }
}

/// A document read from a peer, checked: its id, its revision with ancestry, whether it
/// is a tombstone, and the local record it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct RemoteDoc {
    pub id: DocId,
    pub revisions: Revisions,
    pub deleted: bool,
    /// The record as the local store keeps it: key field, `rev` and `deleted` where the
    /// store has them. A tombstone's record may hold nothing else.
    pub record: Value,
}

impl RemoteDoc {
    /// The document's revision, `_rev`.
    pub fn rev(&self) -> Rev {
        self.revisions.rev()
    }
}

/// The CouchDB document of a local record at the revision `revisions`: `_id`, `_rev`,
/// `_revisions`, `_deleted` for a tombstone, and the record's replicated fields.
pub fn to_doc(id: &DocId, record: &Value, revisions: &Revisions, deleted: bool) -> Value {
    let mut doc = Map::new();
    doc.insert("_id".into(), Value::String(id.to_string()));
    doc.insert("_rev".into(), Value::String(revisions.rev().to_string()));
    let ancestry = serde_json::to_value(revisions).unwrap_or(Value::Null);
    doc.insert("_revisions".into(), ancestry);
    if deleted {
        doc.insert("_deleted".into(), Value::Bool(true));
    }
    doc.extend(body(id.kind, record));
    Value::Object(doc)
}

/// Reads a document from a peer into a local record: `Ok(None)` for a document this
/// build does not replicate, skipped without error.
pub fn from_doc(doc: &Value) -> Result<Option<RemoteDoc>, DocError> {
    let map = doc.as_object().ok_or(DocError::NotAnObject)?;
    check_size(doc)?;
    let id = map
        .get("_id")
        .and_then(Value::as_str)
        .ok_or(DocError::MissingId)?;
    let Some(id) = DocId::parse(id)? else {
        return Ok(None);
    };
    let rev = map
        .get("_rev")
        .and_then(Value::as_str)
        .ok_or(DocError::MissingRev)?;
    let rev = Rev::parse(rev)?;
    let revisions = match map.get("_revisions") {
        None => Revisions::single(&rev),
        Some(v) => {
            serde_json::from_value::<Revisions>(v.clone()).map_err(|_| RevError::BadAncestry)?
        }
    };
    revisions.check()?;
    if revisions.rev() != rev {
        return Err(RevError::AncestryMismatch.into());
    }
    let deleted = match map.get("_deleted") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(DocError::BadDeleted),
    };
    if map.contains_key("_attachments") {
        return Err(DocError::Attachments);
    }
    let key_field = id.kind.key_field();
    if map
        .get(key_field)
        .is_some_and(|k| k.as_str() != Some(&id.key))
    {
        return Err(DocError::IdMismatch);
    }
    let mut record = body(id.kind, doc);
    record.insert(key_field.into(), Value::String(id.key.clone()));
    if id.kind.has_rev() {
        record.insert("rev".into(), Value::String(rev.to_string()));
    }
    if id.kind.has_tombstones() {
        record.insert("deleted".into(), Value::Bool(deleted));
    }
    let record = Value::Object(record);
    if !deleted {
        check_record(id.kind, &record)?;
    }
    Ok(Some(RemoteDoc {
        id,
        revisions,
        deleted,
        record,
    }))
}

/// A fingerprint of what a record replicates (its body and whether it is deleted): equal
/// on every device for equal content, whatever the field order. A live record is read
/// as its store's type first, so that a field left to its default and the same field
/// written out give the same fingerprint.
pub fn fingerprint(kind: StoreKind, record: &Value) -> String {
    let deleted = record_deleted(kind, record);
    let typed = if deleted { None } else { typed(kind, record) };
    let text = canonical_json(&Value::Object(body(kind, typed.as_ref().unwrap_or(record))));
    fnv1a_hex(format!("{deleted}:{text}").as_bytes())
}

/// A record read as its store's type and written back, when it reads.
fn typed(kind: StoreKind, record: &Value) -> Option<Value> {
    fn again<T: DeserializeOwned + Serialize>(record: &Value) -> Option<Value> {
        let read: T = serde_json::from_value(record.clone()).ok()?;
        serde_json::to_value(read).ok()
    }
    match kind {
        StoreKind::Ticket => again::<Ticket>(record),
        StoreKind::Event => again::<TicketEvent>(record),
        StoreKind::Improvement => again::<Improvement>(record),
        StoreKind::Practice => again::<PracticeSettings>(record),
        StoreKind::Setting => again::<SettingRecord>(record),
    }
}

/// Whether a local record is a tombstone.
pub fn record_deleted(kind: StoreKind, record: &Value) -> bool {
    kind.has_tombstones() && record.get("deleted").and_then(Value::as_bool) == Some(true)
}

/// The revision a local record carries in its `rev` field, when its store has one.
pub fn record_rev(kind: StoreKind, record: &Value) -> Option<Rev> {
    let text = record.get("rev").and_then(Value::as_str)?;
    kind.has_rev().then(|| Rev::parse(text).ok()).flatten()
}

/// The fields that replicate: all but the key, `rev`, `deleted`, CouchDB's `_` fields
/// and the store's local fields.
fn body(kind: StoreKind, record: &Value) -> Map<String, Value> {
    let Some(map) = record.as_object() else {
        return Map::new();
    };
    let local = |k: &str| {
        k.starts_with('_')
            || k == kind.key_field()
            || (kind.has_rev() && k == "rev")
            || (kind.has_tombstones() && k == "deleted")
            || kind.local_fields().contains(&k)
    };
    map.iter()
        .filter(|(k, _)| !local(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Whether a record reads as its store's type, with sane values.
pub fn is_record(kind: StoreKind, record: &Value) -> bool {
    check_record(kind, record).is_ok()
}

/// Checks that a live record reads as its store's type.
fn check_record(kind: StoreKind, record: &Value) -> Result<(), DocError> {
    fn read<T: DeserializeOwned>(record: &Value) -> Result<T, DocError> {
        serde_json::from_value(record.clone()).map_err(|e| DocError::BadRecord(e.to_string()))
    }
    match kind {
        StoreKind::Ticket => read::<Ticket>(record).map(drop),
        StoreKind::Event => read::<TicketEvent>(record).map(drop),
        StoreKind::Improvement => read::<Improvement>(record).map(drop),
        StoreKind::Setting => check_setting(read::<SettingRecord>(record)?),
        StoreKind::Practice => read::<PracticeSettings>(record)?
            .validate()
            .map_err(|e| DocError::BadRecord(format!("{e:?}"))),
    }
}

/// Checks a shared setting's value against the type it holds, so that a server can never
/// store a setting this device cannot use (an SLA policy that does not decode would stop
/// every ticket's creation).
fn check_setting(setting: SettingRecord) -> Result<(), DocError> {
    fn read<T: DeserializeOwned>(value: Value) -> Result<T, DocError> {
        serde_json::from_value(value).map_err(|e| DocError::BadRecord(e.to_string()))
    }
    match setting.key.as_str() {
        "desk_config" => read::<crate::domain::configuration::DeskConfig>(setting.value).map(drop),
        "priority_matrix" => {
            read::<crate::domain::priority::PriorityMatrix>(setting.value).map(drop)
        }
        "sla_policy" => read::<crate::domain::sla::SlaPolicy>(setting.value)?
            .validate()
            .map_err(|e| DocError::BadRecord(format!("{e:?}"))),
        _ => Ok(()),
    }
}

/// Refuses a document nested too deeply or too large, without recursing further than
/// [`MAX_DOC_DEPTH`].
fn check_size(doc: &Value) -> Result<(), DocError> {
    fn walk(v: &Value, depth: usize, bytes: &mut usize) -> Result<(), DocError> {
        if depth > MAX_DOC_DEPTH {
            return Err(DocError::TooDeep);
        }
        *bytes += 8;
        match v {
            Value::String(s) => *bytes += s.len(),
            Value::Array(items) => {
                for item in items {
                    walk(item, depth + 1, bytes)?;
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    *bytes += k.len();
                    walk(item, depth + 1, bytes)?;
                }
            }
            _ => {}
        }
        if *bytes > MAX_DOC_BYTES {
            return Err(DocError::TooLarge);
        }
        Ok(())
    }
    walk(doc, 0, &mut 0)
}
