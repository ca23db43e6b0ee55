//! The JSON of the CouchDB replication protocol, as PouchDB and CouchDB 3 speak it:
//! `_changes` (feed=normal, style=all_docs), `_revs_diff`, `_bulk_get` (revs=true) and
//! `_bulk_docs` (new_edits=false). Revisions stay text here: they are checked when used.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// How many changes one batch carries: one `_changes` page, one `_bulk_get`, one
/// `_bulk_docs`, then a checkpoint.
pub const BATCH_SIZE: usize = 100;

/// The answer of `GET /db/_changes?style=all_docs&since=…&limit=…`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangesResponse {
    pub results: Vec<ChangeRow>,
    /// Where the next read starts. Opaque: a number, a string or an array by server.
    pub last_seq: Value,
    /// How many changes remain after this page, when the server says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<u64>,
}

/// One changed document, with every leaf revision (style=all_docs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeRow {
    /// Opaque, as `last_seq`.
    pub seq: Value,
    pub id: String,
    pub changes: Vec<ChangeRev>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

/// One leaf revision of a change row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeRev {
    pub rev: String,
}

/// The body of `POST /db/_revs_diff`: document id to the revisions offered.
pub type RevsDiffRequest = BTreeMap<String, Vec<String>>;

/// The answer of `_revs_diff`: only the documents that miss something.
pub type RevsDiffResponse = BTreeMap<String, RevsDiffEntry>;

/// What the target misses of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevsDiffEntry {
    pub missing: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub possible_ancestors: Vec<String>,
}

/// The body of `POST /db/_bulk_get?revs=true`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkGetRequest {
    pub docs: Vec<BulkGetItem>,
}

/// One revision asked of `_bulk_get`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkGetItem {
    pub id: String,
    pub rev: String,
}

/// The answer of `_bulk_get`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BulkGetResponse {
    pub results: Vec<BulkGetResult>,
}

/// The revisions returned for one asked document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkGetResult {
    pub id: String,
    pub docs: Vec<BulkGetDoc>,
}

/// One revision of `_bulk_get`: the document with `_revisions`, or why it is not there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkGetDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<DocFailure>,
}

/// A per-document error of `_bulk_get` or `_bulk_docs` ("not_found", "forbidden"…).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFailure {
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub reason: String,
}

/// The body of `POST /db/_bulk_docs` as replication sends it: revisions written as they
/// are, with their ancestry, never given new ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkDocsRequest {
    pub docs: Vec<Value>,
    pub new_edits: bool,
}

impl BulkDocsRequest {
    /// A replication write of `docs` (`new_edits: false`).
    pub fn replicated(docs: Vec<Value>) -> BulkDocsRequest {
        BulkDocsRequest {
            docs,
            new_edits: false,
        }
    }
}

/// The answer of `_bulk_docs`: one entry per document with `new_edits: false` only when
/// it failed, on CouchDB 3; entries with `ok` are successes.
pub type BulkDocsResponse = Vec<BulkDocsResult>;

/// One entry of the `_bulk_docs` answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkDocsResult {
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Rows of changes cut into batches, each with the sequence to checkpoint once it is
/// written.
#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    pub rows: Vec<ChangeRow>,
    /// The last row's seq, and `last_seq` for the last batch of a page.
    pub seq: Value,
}

/// Cuts a page of changes into batches of at most `size` rows (at least 1).
pub fn batches(rows: Vec<ChangeRow>, last_seq: Value, size: usize) -> Vec<Batch> {
    let size = size.max(1);
    let mut out: Vec<Batch> = Vec::with_capacity(rows.len().div_ceil(size));
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<ChangeRow> = rows.by_ref().take(size).collect();
        let seq = chunk.last().map_or(Value::Null, |r| r.seq.clone());
        out.push(Batch { rows: chunk, seq });
    }
    if let Some(last) = out.last_mut() {
        last.seq = last_seq;
    }
    out
}
