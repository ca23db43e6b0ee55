//! Checkpoints: where a replication got to, written on both sides as `_local` documents
//! (they never replicate), so that the next run starts there instead of at the
//! beginning. Each replication has a stable id naming its checkpoints.

use super::hash::fnv1a_hex;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// How many past sessions a checkpoint remembers (CouchDB keeps 50, PouchDB 5).
pub const HISTORY_MAX: usize = 20;

/// Which way documents flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// From this device to the server.
    Push,
    /// From the server to this device.
    Pull,
}

impl Direction {
    /// Stable key, part of the replication id.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Push => "push",
            Direction::Pull => "pull",
        }
    }
}

/// The id of a replication: the same on every run between the same local database and
/// the same remote database in the same direction, whoever's credentials are used.
/// 32 hex characters, like CouchDB's.
pub fn replication_id(
    local_uuid: &str,
    remote_url: &str,
    remote_db: &str,
    direction: Direction,
) -> String {
    let text = format!(
        "valuedesk-replication-1\n{local_uuid}\n{}\n{remote_db}\n{}",
        without_credentials(remote_url),
        direction.key()
    );
    fnv1a_hex(text.as_bytes())
}

/// A server URL with no user, password, query or fragment, scheme and host in lower case,
/// and no trailing slash.
pub fn without_credentials(url: &str) -> String {
    let url = url.trim();
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = authority.rsplit('@').next().unwrap_or_default();
    let path = path.trim_end_matches('/');
    let mut clean = if scheme.is_empty() {
        host.to_ascii_lowercase()
    } else {
        format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase()
        )
    };
    if !path.is_empty() {
        clean.push('/');
        clean.push_str(path);
    }
    clean
}

/// The `_local` document id of a replication's checkpoint.
pub fn checkpoint_doc_id(replication_id: &str) -> String {
    format!("_local/{replication_id}")
}

/// A checkpoint document, as written on the source and on the target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    #[serde(rename = "_id")]
    pub id: String,
    /// The `_local` document's revision, needed to update it; none before the first save.
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// The run that wrote it.
    pub session_id: String,
    /// The source's sequence up to which everything is written on the target.
    pub source_last_seq: Value,
    /// Past sessions, newest first, the current one included.
    #[serde(default)]
    pub history: Vec<CheckpointEntry>,
}

/// One session remembered by a checkpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckpointEntry {
    pub session_id: String,
    pub recorded_seq: Value,
}

impl Checkpoint {
    /// The checkpoint after `session_id` has written everything up to `seq`, following
    /// `previous` (whose `_rev` it keeps, so that the save updates it).
    pub fn next(
        previous: Option<&Checkpoint>,
        replication_id: &str,
        session_id: &str,
        seq: Value,
    ) -> Checkpoint {
        let entry = CheckpointEntry {
            session_id: session_id.to_owned(),
            recorded_seq: seq.clone(),
        };
        let older = previous
            .map(|p| p.history.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|e| e.session_id != session_id)
            .cloned();
        Checkpoint {
            id: checkpoint_doc_id(replication_id),
            rev: previous.and_then(|p| p.rev.clone()),
            session_id: session_id.to_owned(),
            source_last_seq: seq,
            history: std::iter::once(entry)
                .chain(older)
                .take(HISTORY_MAX)
                .collect(),
        }
    }
}

/// Where a replication starts, from the checkpoints read on both sides: the last
/// sequence both recorded in the same session, or the beginning (0) when they share
/// none, as when one side lost its checkpoint or was replaced.
pub fn start_seq(source: Option<&Checkpoint>, target: Option<&Checkpoint>) -> Value {
    let (Some(source), Some(target)) = (source, target) else {
        return Value::from(0);
    };
    if source.session_id == target.session_id {
        return source.source_last_seq.clone();
    }
    let target_sessions: Vec<&str> = std::iter::once(target.session_id.as_str())
        .chain(target.history.iter().map(|e| e.session_id.as_str()))
        .collect();
    source
        .history
        .iter()
        .find(|e| target_sessions.contains(&e.session_id.as_str()))
        .map_or(Value::from(0), |e| e.recorded_seq.clone())
}

/// A session id from 16 random bytes drawn by the platform.
pub fn session_id(random: [u8; 16]) -> String {
    random.iter().map(|b| format!("{b:02x}")).collect()
}
