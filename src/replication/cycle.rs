//! One replication cycle of a workspace: push the local changes since the push checkpoint,
//! then pull the server's changes since the pull checkpoint. Each run is the domain's
//! [`Replication`] state machine; this module makes the requests it asks for, on this
//! browser's database or on the CouchDB server.

use super::couch::{CouchClient, CouchError};
use crate::domain::replication::checkpoint::{
    checkpoint_doc_id, replication_id, session_id, Checkpoint, Direction,
};
use crate::domain::replication::protocol::{
    BulkDocsResponse, BulkDocsResult, BulkGetDoc, BulkGetRequest, BulkGetResponse, BulkGetResult,
    ChangeRev, ChangeRow, ChangesResponse, DocFailure, RevsDiffEntry, RevsDiffRequest,
    RevsDiffResponse,
};
use crate::domain::replication::replicate::{Replication, Report, Step};
use crate::domain::replication::target::{Refusal, SyncFailure, SyncTarget};
use crate::storage::{random_bytes, replica, Db, StorageError};
use serde_json::Value;
use std::collections::BTreeMap;

/// How far a cycle has got.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    /// Changes known to remain in this cycle.
    pub left: u64,
}

/// What a cycle did.
#[derive(Clone, Debug, Default)]
pub struct Done {
    /// Documents one side refused; the rest went through.
    pub refused: Vec<Refusal>,
    /// The ids of the documents written here from the server.
    pub pulled_ids: Vec<String>,
}

/// One side of a run.
enum Peer<'a> {
    Local(&'a Db),
    Remote(&'a CouchClient),
}

/// The client for `target`'s database.
pub fn client(target: &SyncTarget) -> CouchClient {
    let client = CouchClient::new(&target.url, &target.database);
    if target.has_login() {
        client.with_credentials(&target.user, &target.password)
    } else {
        client
    }
}

/// Runs one cycle: what it did, or why it stopped. `live` says whether the cycle is still
/// wanted (the target may have changed meanwhile).
pub async fn cycle(
    db: &Db,
    target: &SyncTarget,
    report: &dyn Fn(Progress),
    live: &dyn Fn() -> bool,
) -> Result<Done, SyncFailure> {
    let remote = client(target);
    // Only here does a 404 mean the database is missing; elsewhere it is the server's.
    let info = remote.database_info().await.map_err(|e| match e {
        CouchError::NotFound { .. } => SyncFailure::DatabaseMissing,
        other => remote_failure(other),
    })?;
    let me = replica::identity(db).await.map_err(local)?;
    let push_id = replication_id(&me, &target.url, &target.database, Direction::Push);
    join(db, &info, &push_id).await?;
    let (local_peer, remote_peer) = (Peer::Local(db), Peer::Remote(&remote));
    let mut pushes = Written::default();
    let pushed = run(
        &local_peer,
        &remote_peer,
        &push_id,
        report,
        live,
        &mut pushes,
    )
    .await;
    // What the server refused goes back in the changes feed, to be offered again next
    // cycle: also when a later batch failed, as the checkpoint already went past it.
    crate::storage::changes::again(db, &pushes.refused)
        .await
        .map_err(local)?;
    let (pushed, pushed_to) = pushed?;
    // What the server confirmed leaves the changes feed.
    if let Some(seq) = pushed_to.get("feed").and_then(Value::as_u64) {
        crate::storage::changes::forget_through(db, seq)
            .await
            .map_err(local)?;
    }
    let pull_id = replication_id(&me, &target.url, &target.database, Direction::Pull);
    let mut pulls = Written::default();
    let (pulled, _) = run(
        &remote_peer,
        &local_peer,
        &pull_id,
        report,
        live,
        &mut pulls,
    )
    .await?;
    let mut refused = refusals(&pushed, &pulled);
    for refusal in &mut refused {
        refusal.name = ticket_number(db, &refusal.id).await;
    }
    Ok(Done {
        refused,
        pulled_ids: pulls.ids,
    })
}

/// The documents a run's batches wrote and those the target refused, kept batch by batch
/// so that a later batch's failure loses none of them.
#[derive(Default)]
struct Written {
    ids: Vec<String>,
    refused: Vec<String>,
}

impl Written {
    fn note(&mut self, docs: &[Value], answer: &BulkDocsResponse) {
        let refused: Vec<&str> = answer.iter().map(|f| f.id.as_str()).collect();
        for doc in docs {
            let id = doc.get("_id").and_then(Value::as_str).unwrap_or_default();
            if refused.contains(&id) {
                self.refused.push(id.to_owned());
            } else {
                self.ids.push(id.to_owned());
            }
        }
    }
}

/// The number of the ticket whose document id is `id`, when this browser has it.
async fn ticket_number(db: &Db, id: &str) -> Option<String> {
    let key = id.strip_prefix("ticket:")?;
    let ticket = crate::storage::tickets::ticket_by_id(db, key)
        .await
        .ok()??;
    Some(ticket.number)
}

/// The documents refused in a cycle: by the server on the push, by this browser on the pull.
fn refusals(pushed: &Report, pulled: &Report) -> Vec<Refusal> {
    let written = |report: &Report, direction| -> Vec<Refusal> {
        report
            .write_failures
            .iter()
            .map(|f| Refusal {
                id: f.id.clone(),
                name: None,
                direction,
                reason: [f.error.as_deref(), f.reason.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(": "),
            })
            .collect()
    };
    let malformed = pulled.rejected.iter().map(|(id, why)| Refusal {
        id: id.clone(),
        name: None,
        direction: Direction::Pull,
        reason: why.clone(),
    });
    let mut all = written(pushed, Direction::Push);
    all.extend(written(pulled, Direction::Pull));
    all.extend(malformed);
    all
}

/// The first time this workspace meets this database: a workspace that already has
/// tickets may only start an empty database, and a laptop joins a shared database with an
/// empty workspace — two workspaces numbered apart would both have an INC0001. Once joined
/// (`info` is the database's, which must exist: an administrator creates it, ValueDesk
/// never tries), the workspace remembers it.
async fn join(db: &Db, info: &Value, push_id: &str) -> Result<(), SyncFailure> {
    let key = format!("joined:{push_id}");
    if replica::has_flag(db, &key).await.map_err(local)? {
        return Ok(());
    }
    let remote_docs = info.get("doc_count").and_then(Value::as_u64).unwrap_or(0);
    let local_tickets = crate::storage::tickets::count_tickets(db)
        .await
        .map_err(local)?;
    if remote_docs > 0 && local_tickets > 0 {
        return Err(SyncFailure::BothHaveTickets);
    }
    replica::set_flag(db, &key).await.map_err(local)
}

/// Replicates from `source` to `target` until the source has nothing more; what it did,
/// and the source sequence everything up to is written.
async fn run(
    source: &Peer<'_>,
    target: &Peer<'_>,
    id: &str,
    report: &dyn Fn(Progress),
    live: &dyn Fn() -> bool,
    written: &mut Written,
) -> Result<(Report, Value), SyncFailure> {
    let doc_id = checkpoint_doc_id(id);
    let (from, to) = (
        source.checkpoint(&doc_id).await?,
        target.checkpoint(&doc_id).await?,
    );
    let (mut run, mut step) = Replication::start(id, &session_id(random_bytes()), from, to);
    let order = |_| SyncFailure::Internal("replication answers out of order".into());
    loop {
        if !live() {
            return Err(SyncFailure::Cancelled);
        }
        step = match step {
            Step::ReadChanges { since, limit } => {
                let page = source.changes(&since, limit).await?;
                if let Some(left) = page.pending {
                    report(Progress {
                        left: left + page.results.len() as u64,
                    });
                }
                run.changes(page).map_err(order)?
            }
            Step::RevsDiff(asked) => run
                .revs_diff(target.revs_diff(&asked).await?)
                .map_err(order)?,
            Step::Fetch(asked) => run.fetched(source.bulk_get(&asked).await?).map_err(order)?,
            Step::Write(docs) => {
                let answer = target.bulk_docs(&docs.docs).await?;
                written.note(&docs.docs, &answer);
                run.written(answer).map_err(order)?
            }
            Step::SaveCheckpoints {
                source: s,
                target: t,
            } => {
                let source_rev = source.save_checkpoint(&s).await?;
                let target_rev = target.save_checkpoint(&t).await?;
                run.checkpoints_saved(Some(source_rev), Some(target_rev))
                    .map_err(order)?
            }
            Step::Done(done) => return Ok((done, run.since().clone())),
        };
    }
}

impl Peer<'_> {
    async fn checkpoint(&self, doc_id: &str) -> Result<Option<Checkpoint>, SyncFailure> {
        match self {
            Peer::Local(db) => replica::checkpoint(db, doc_id).await.map_err(local),
            Peer::Remote(c) => {
                let id = doc_id.trim_start_matches("_local/");
                let doc = c.get_local(id).await.map_err(remote_failure)?;
                Ok(doc.and_then(|d| serde_json::from_value(d).ok()))
            }
        }
    }

    async fn save_checkpoint(&self, checkpoint: &Checkpoint) -> Result<String, SyncFailure> {
        match self {
            // Changed meanwhile (an import forgot it): this run stops, the next starts over.
            Peer::Local(db) => replica::save_checkpoint(db, checkpoint)
                .await
                .map_err(local)?
                .ok_or(SyncFailure::Cancelled),
            Peer::Remote(c) => {
                let id = checkpoint.id.trim_start_matches("_local/");
                let doc = serde_json::to_value(checkpoint)
                    .map_err(|e| SyncFailure::BadResponse(e.to_string()))?;
                c.put_local(id, &doc).await.map_err(remote_failure)
            }
        }
    }

    async fn changes(&self, since: &Value, limit: usize) -> Result<ChangesResponse, SyncFailure> {
        match self {
            Peer::Local(db) => replica::changes(db, since, limit).await.map_err(local),
            Peer::Remote(c) => {
                let page = c
                    .changes(since, limit as u32)
                    .await
                    .map_err(remote_failure)?;
                Ok(ChangesResponse {
                    results: page
                        .results
                        .into_iter()
                        .map(|r| ChangeRow {
                            seq: r.seq,
                            id: r.id,
                            changes: r.revs.into_iter().map(|rev| ChangeRev { rev }).collect(),
                            deleted: r.deleted,
                        })
                        .collect(),
                    last_seq: page.last_seq,
                    pending: page.pending,
                })
            }
        }
    }

    async fn revs_diff(&self, asked: &RevsDiffRequest) -> Result<RevsDiffResponse, SyncFailure> {
        match self {
            Peer::Local(db) => replica::revs_diff(db, asked).await.map_err(local),
            Peer::Remote(c) => {
                let missing = c.revs_diff(asked).await.map_err(remote_failure)?;
                Ok(missing
                    .into_iter()
                    .map(|(id, missing)| {
                        (
                            id,
                            RevsDiffEntry {
                                missing,
                                possible_ancestors: Vec::new(),
                            },
                        )
                    })
                    .collect())
            }
        }
    }

    async fn bulk_get(&self, asked: &BulkGetRequest) -> Result<BulkGetResponse, SyncFailure> {
        match self {
            Peer::Local(db) => replica::bulk_get(db, asked).await.map_err(local),
            Peer::Remote(c) => {
                let mut by_id: BTreeMap<String, Vec<String>> = BTreeMap::new();
                for item in &asked.docs {
                    by_id
                        .entry(item.id.clone())
                        .or_default()
                        .push(item.rev.clone());
                }
                let fetched = c.bulk_get(&by_id).await.map_err(remote_failure)?;
                let mut results: Vec<BulkGetResult> = fetched
                    .docs
                    .into_iter()
                    .map(|doc| BulkGetResult {
                        id: doc
                            .get("_id")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                        docs: vec![BulkGetDoc {
                            ok: Some(doc),
                            error: None,
                        }],
                    })
                    .collect();
                results.extend(fetched.missing.into_iter().map(|(id, rev)| BulkGetResult {
                    id: id.clone(),
                    docs: vec![BulkGetDoc {
                        ok: None,
                        error: Some(DocFailure {
                            id,
                            rev: Some(rev),
                            error: "not_found".into(),
                            reason: "missing".into(),
                        }),
                    }],
                }));
                Ok(BulkGetResponse { results })
            }
        }
    }

    async fn bulk_docs(&self, docs: &[Value]) -> Result<BulkDocsResponse, SyncFailure> {
        match self {
            Peer::Local(db) => replica::bulk_docs(db, docs).await.map_err(local),
            Peer::Remote(c) => {
                let refused = c.bulk_docs_replicated(docs).await.map_err(remote_failure)?;
                Ok(refused
                    .into_iter()
                    .map(|f| BulkDocsResult {
                        id: f.id,
                        rev: f.rev,
                        ok: None,
                        error: Some(f.error),
                        reason: Some(f.reason),
                    })
                    .collect())
            }
        }
    }
}

/// A failure of this browser's storage, as the status says it.
fn local(error: StorageError) -> SyncFailure {
    SyncFailure::Local(error)
}

/// A failure of the server, as the status says it.
fn remote_failure(error: CouchError) -> SyncFailure {
    match error {
        CouchError::Unreachable(_) | CouchError::TimedOut { .. } => SyncFailure::Unreachable,
        CouchError::Unauthorized { .. } => SyncFailure::Unauthorized,
        CouchError::NotFound { reason } => SyncFailure::Server {
            status: 404,
            reason,
        },
        CouchError::Server {
            status,
            error,
            reason,
        } => SyncFailure::Server {
            status,
            reason: if reason.is_empty() { error } else { reason },
        },
        CouchError::InvalidUrl(detail) | CouchError::BadResponse(detail) => {
            SyncFailure::BadResponse(detail)
        }
    }
}
