//! A CouchDB HTTP client for the browser: the endpoints the replication protocol needs, over
//! `fetch`, with errors the UI can explain.
//!
//! The server is untrusted input: every answer is checked for its shape, and nothing here
//! panics on what a server sends.

use super::http::{encode, parse, send, status_error};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt;

pub use super::http::CouchError;

/// How long one request may take, answer included, unless [`CouchClient::with_timeout_ms`].
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// One page of the changes feed.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub results: Vec<Change>,
    /// Where the next page starts (a number on PouchDB, an opaque string on CouchDB 2+).
    pub last_seq: Value,
    /// Changes left after this page, when the server says (CouchDB 2+).
    pub pending: Option<u64>,
}

/// One document that changed, with every leaf revision (`style=all_docs`).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub id: String,
    pub seq: Value,
    pub revs: Vec<String>,
    pub deleted: bool,
}

/// Revisions fetched by [`CouchClient::bulk_get`] or [`CouchClient::open_revs`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FetchedRevs {
    /// The documents, each with `_id`, `_rev` and `_revisions`.
    pub docs: Vec<Value>,
    /// The `(id, rev)` pairs the server did not have.
    pub missing: Vec<(String, String)>,
}

/// A document that `_bulk_docs` refused (for example by a validation function).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocFailure {
    pub id: String,
    pub rev: Option<String>,
    pub error: String,
    pub reason: String,
}

/// A client for one database on one server, with optional basic-auth credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct CouchClient {
    /// The server's address, such as `https://couch.example.org` (no trailing slash).
    pub base_url: String,
    pub database: String,
    /// User name and password, sent as basic auth with every request.
    pub credentials: Option<(String, String)>,
    pub timeout_ms: u32,
}

impl fmt::Debug for CouchClient {
    /// Never prints the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CouchClient")
            .field("base_url", &self.base_url)
            .field("database", &self.database)
            .field("user", &self.credentials.as_ref().map(|(user, _)| user))
            .field("timeout_ms", &self.timeout_ms)
            .finish()
    }
}

#[derive(Deserialize)]
struct RawChanges {
    results: Vec<RawChange>,
    last_seq: Value,
    #[serde(default)]
    pending: Value,
}

#[derive(Deserialize)]
struct RawChange {
    id: String,
    seq: Value,
    changes: Vec<RawRev>,
    #[serde(default)]
    deleted: bool,
}

#[derive(Deserialize)]
struct RawRev {
    rev: String,
}

#[derive(Deserialize)]
struct RawRevsDiff {
    #[serde(default)]
    missing: Vec<String>,
}

#[derive(Deserialize)]
struct RawBulkGet {
    results: Vec<RawBulkGetResult>,
}

#[derive(Deserialize)]
struct RawBulkGetResult {
    id: String,
    docs: Vec<Value>,
}

#[derive(Deserialize)]
struct RawPut {
    rev: String,
}

impl CouchClient {
    /// A client without credentials; `base_url` may end with a slash.
    pub fn new(base_url: &str, database: &str) -> CouchClient {
        CouchClient {
            base_url: base_url.trim_end_matches('/').to_owned(),
            database: database.to_owned(),
            credentials: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }

    /// The same client, logging in as `user` with `password` (basic auth, UTF-8).
    pub fn with_credentials(mut self, user: &str, password: &str) -> CouchClient {
        self.credentials = Some((user.to_owned(), password.to_owned()));
        self
    }

    /// The same client, giving up on a request after `ms` milliseconds.
    pub fn with_timeout_ms(mut self, ms: u32) -> CouchClient {
        self.timeout_ms = ms;
        self
    }

    /// `GET /`: the server's welcome object (vendor, version).
    pub async fn server_info(&self) -> Result<Value, CouchError> {
        self.call("GET", &format!("{}/", self.base_url), None).await
    }

    /// `GET /{db}`: the database's information (`db_name`, `doc_count`, `update_seq`…).
    pub async fn database_info(&self) -> Result<Value, CouchError> {
        self.call("GET", &self.db_url(""), None).await
    }

    /// `PUT /{db}`: creates the database; `Ok(false)` if it already existed. Creating needs a
    /// server admin on CouchDB 3.
    pub async fn create_database(&self) -> Result<bool, CouchError> {
        let (status, text) = send(self, "PUT", &self.db_url(""), None).await?;
        match status {
            200..=299 => Ok(true),
            412 => Ok(false),
            _ => Err(status_error(status, &text)),
        }
    }

    /// `GET /{db}/_local/{id}`: a local (never replicated) document such as a checkpoint;
    /// `None` if there is none yet.
    pub async fn get_local(&self, id: &str) -> Result<Option<Value>, CouchError> {
        self.get_optional(&self.db_url(&format!("/_local/{}", encode(id))))
            .await
    }

    /// `PUT /{db}/_local/{id}`: writes a local document; to update one, `doc` carries the
    /// `_rev` read before. Returns the new `_rev`.
    pub async fn put_local(&self, id: &str, doc: &Value) -> Result<String, CouchError> {
        let url = self.db_url(&format!("/_local/{}", encode(id)));
        let put: RawPut = self.call("PUT", &url, Some(doc)).await?;
        Ok(put.rev)
    }

    /// `GET /{db}/{id}?conflicts=true`: the winning revision with its `_conflicts`, or `None`.
    pub async fn get_doc(&self, id: &str) -> Result<Option<Value>, CouchError> {
        self.get_optional(&self.db_url(&format!("/{}?conflicts=true", encode(id))))
            .await
    }

    /// `GET /{db}/_changes`: up to `limit` changes after `since` (`json!(0)` for all), every
    /// leaf revision of each document included.
    pub async fn changes(&self, since: &Value, limit: u32) -> Result<Changes, CouchError> {
        let since = match since {
            Value::String(s) => s.clone(),
            Value::Null => "0".to_owned(),
            other => other.to_string(),
        };
        let url = self.db_url(&format!(
            "/_changes?since={}&limit={limit}&style=all_docs&feed=normal",
            encode(&since)
        ));
        let raw: RawChanges = self.call("GET", &url, None).await?;
        Ok(Changes {
            results: raw
                .results
                .into_iter()
                .map(|c| Change {
                    id: c.id,
                    seq: c.seq,
                    revs: c.changes.into_iter().map(|r| r.rev).collect(),
                    deleted: c.deleted,
                })
                .collect(),
            last_seq: raw.last_seq,
            pending: raw.pending.as_u64(),
        })
    }

    /// `POST /{db}/_revs_diff`: of the given revisions per document id, those the server
    /// lacks. Documents it has in full are left out of the answer.
    pub async fn revs_diff(
        &self,
        revs: &BTreeMap<String, Vec<String>>,
    ) -> Result<BTreeMap<String, Vec<String>>, CouchError> {
        let body = json!(revs);
        let raw: BTreeMap<String, RawRevsDiff> = self
            .call("POST", &self.db_url("/_revs_diff"), Some(&body))
            .await?;
        Ok(raw
            .into_iter()
            .filter(|(_, diff)| !diff.missing.is_empty())
            .map(|(id, diff)| (id, diff.missing))
            .collect())
    }

    /// `POST /{db}/_bulk_get?revs=true`: the given revisions with their `_revisions`. On a
    /// server without `_bulk_get` (404, 405, 501), falls back to [`Self::open_revs`] per id.
    /// (No `latest=true`: pouchdb-server 4.2.0 crashes on it for a revision it lacks.)
    pub async fn bulk_get(
        &self,
        revs: &BTreeMap<String, Vec<String>>,
    ) -> Result<FetchedRevs, CouchError> {
        if revs.values().all(Vec::is_empty) {
            return Ok(FetchedRevs::default());
        }
        let wanted: Vec<Value> = revs
            .iter()
            .flat_map(|(id, revs)| revs.iter().map(move |rev| json!({"id": id, "rev": rev})))
            .collect();
        let body = json!({ "docs": wanted });
        let url = self.db_url("/_bulk_get?revs=true");
        let (status, text) = send(self, "POST", &url, Some(&body)).await?;
        if matches!(status, 404 | 405 | 501) {
            let mut fetched = FetchedRevs::default();
            for (id, revs) in revs.iter().filter(|(_, revs)| !revs.is_empty()) {
                let one = self.open_revs(id, revs).await?;
                fetched.docs.extend(one.docs);
                fetched.missing.extend(one.missing);
            }
            return Ok(fetched);
        }
        if !(200..300).contains(&status) {
            return Err(status_error(status, &text));
        }
        let raw: RawBulkGet = parse(&text)?;
        let mut fetched = FetchedRevs::default();
        for result in raw.results {
            for entry in result.docs {
                sort_entry(&result.id, entry, &mut fetched)?;
            }
        }
        Ok(fetched)
    }

    /// `GET /{db}/{id}?revs=true&open_revs=[…]` as JSON: the given revisions of one
    /// document, for servers without `_bulk_get`.
    pub async fn open_revs(&self, id: &str, revs: &[String]) -> Result<FetchedRevs, CouchError> {
        let open = Value::from(revs.to_vec()).to_string();
        let url = self.db_url(&format!(
            "/{}?revs=true&open_revs={}",
            encode(id),
            encode(&open)
        ));
        let entries: Vec<Value> = self.call("GET", &url, None).await?;
        let mut fetched = FetchedRevs::default();
        for entry in entries {
            sort_entry(id, entry, &mut fetched)?;
        }
        Ok(fetched)
    }

    /// `POST /{db}/_bulk_docs` with `new_edits: false`: stores each document with the `_rev`
    /// and `_revisions` it carries, keeping conflicts as CouchDB's replicator does. Returns
    /// the documents the server refused.
    pub async fn bulk_docs_replicated(
        &self,
        docs: &[Value],
    ) -> Result<Vec<DocFailure>, CouchError> {
        let body = json!({ "new_edits": false, "docs": docs });
        let answers: Vec<Value> = self
            .call("POST", &self.db_url("/_bulk_docs"), Some(&body))
            .await?;
        Ok(answers
            .iter()
            .filter_map(|answer| {
                let error = answer.get("error")?.as_str()?.to_owned();
                let text = |key: &str| answer.get(key).and_then(Value::as_str).map(str::to_owned);
                Some(DocFailure {
                    id: text("id").unwrap_or_default(),
                    rev: text("rev"),
                    error,
                    reason: text("reason").unwrap_or_default(),
                })
            })
            .collect())
    }

    /// The database's URL followed by `rest` (which starts with `/` or `?`, or is empty).
    fn db_url(&self, rest: &str) -> String {
        format!("{}/{}{rest}", self.base_url, encode(&self.database))
    }

    /// A GET whose 404 for a missing document is `None`; a missing database stays an error.
    async fn get_optional(&self, url: &str) -> Result<Option<Value>, CouchError> {
        let (status, text) = send(self, "GET", url, None).await?;
        match status {
            200..=299 => parse(&text).map(Some),
            404 => match status_error(status, &text) {
                CouchError::NotFound { reason } if reason == "missing" || reason == "deleted" => {
                    Ok(None)
                }
                other => Err(other),
            },
            _ => Err(status_error(status, &text)),
        }
    }

    /// Sends a request and parses a successful answer as `T`.
    async fn call<T: DeserializeOwned>(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
    ) -> Result<T, CouchError> {
        let (status, text) = send(self, method, url, body).await?;
        if (200..300).contains(&status) {
            parse(&text)
        } else {
            Err(status_error(status, &text))
        }
    }
}

/// One `{"ok": doc}`, `{"missing": rev}` or `{"error": {…}}` entry of `_bulk_get` or
/// `open_revs`, added to the documents or to the missing ones.
fn sort_entry(id: &str, entry: Value, fetched: &mut FetchedRevs) -> Result<(), CouchError> {
    let bad = || CouchError::BadResponse(format!("unexpected revision entry for {id:?}"));
    let Value::Object(mut entry) = entry else {
        return Err(bad());
    };
    if let Some(doc) = entry.remove("ok") {
        if !doc.is_object() {
            return Err(bad());
        }
        fetched.docs.push(doc);
    } else if let Some(Value::String(rev)) = entry.remove("missing") {
        fetched.missing.push((id.to_owned(), rev));
    } else if let Some(Value::Object(error)) = entry.remove("error") {
        let rev = error.get("rev").and_then(Value::as_str).unwrap_or_default();
        fetched.missing.push((id.to_owned(), rev.to_owned()));
    } else {
        return Err(bad());
    }
    Ok(())
}
