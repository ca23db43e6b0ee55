//! Two kinds of in-memory database that answer the protocol: a server (trees and bodies
//! by revision, as CouchDB keeps them) and a device (records, conflict bodies and trees,
//! as the browser's stores will, driven by the local functions). And a driver that runs
//! a replication between any two, as the browser will.

use super::{json, ticket};
use crate::domain::replication::adapter::{change_row, doc_for, revs_diff};
use crate::domain::replication::checkpoint::{checkpoint_doc_id, Checkpoint};
use crate::domain::replication::document::{from_doc, to_doc, DocId, StoreKind};
use crate::domain::replication::local::{adopt, apply, BodyWrite};
use crate::domain::replication::protocol::*;
use crate::domain::replication::replicate::{Replication, Report, Step};
use crate::domain::replication::revision::{Rev, Revisions};
use crate::domain::replication::tree::RevTree;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// One side of a replication, answering as CouchDB does.
pub trait Side {
    fn changes(&mut self, since: &Value, limit: usize) -> ChangesResponse;
    fn revs_diff(&self, request: &RevsDiffRequest) -> RevsDiffResponse;
    fn bulk_get(&self, request: &BulkGetRequest) -> BulkGetResponse;
    fn bulk_docs(&mut self, request: BulkDocsRequest) -> BulkDocsResponse;
    fn checkpoints(&mut self) -> &mut HashMap<String, Checkpoint>;
}

/// The ids changed after `since` in a log where a document appears at each write, each
/// once, at its latest place, with their sequences.
fn changed_since(log: &[String], since: &Value, limit: usize) -> Vec<(usize, String)> {
    let since = since.as_u64().unwrap_or(0) as usize;
    (since..log.len())
        .filter(|i| !log[i + 1..].contains(&log[*i]))
        .take(limit)
        .map(|i| (i + 1, log[i].clone()))
        .collect()
}

fn page(rows: Vec<ChangeRow>, since: &Value) -> ChangesResponse {
    let last_seq = rows.last().map_or(since.clone(), |r| r.seq.clone());
    ChangesResponse {
        results: rows,
        last_seq,
        pending: None,
    }
}

fn failure(id: &str, reason: String) -> BulkDocsResult {
    BulkDocsResult {
        id: id.to_owned(),
        error: Some("forbidden".into()),
        reason: Some(reason),
        ..Default::default()
    }
}

/// The server: what CouchDB keeps of each document.
#[derive(Clone, Default)]
pub struct Db {
    pub docs: BTreeMap<String, (RevTree, HashMap<Rev, Value>)>,
    pub log: Vec<String>,
    pub local: HashMap<String, Checkpoint>,
}

impl Db {
    /// Writes a document as `_bulk_docs` with `new_edits: false` does.
    pub fn put(&mut self, doc: Value) -> Result<(), String> {
        let read = from_doc(&doc)
            .map_err(|e| e.to_string())?
            .ok_or("foreign")?;
        let (tree, bodies) = self.docs.entry(read.id.to_string()).or_default();
        let held = Some("held".into());
        tree.merge(&read.revisions, read.deleted, held)
            .map_err(|e| e.to_string())?;
        bodies.insert(read.rev(), doc);
        self.log.push(read.id.to_string());
        Ok(())
    }

    /// Every document's leaves.
    pub fn leaves(&self) -> BTreeMap<String, Vec<String>> {
        let names = |t: &RevTree| t.leaves.iter().map(|l| l.rev().to_string()).collect();
        self.docs
            .iter()
            .map(|(id, (t, _))| (id.clone(), names(t)))
            .collect()
    }
}

/// A server holding `n` tickets, each at its second revision.
pub fn server(n: u8) -> Db {
    let mut db = Db::default();
    for seed in 0..n {
        let t = ticket(seed, "Printer");
        let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
        let rev = Rev::parse(&t.rev).unwrap();
        let revisions = Revisions::single(&rev).child(format!("{seed:032x}"));
        db.put(to_doc(&id, &json(&t), &revisions, false)).unwrap();
    }
    db
}

impl Side for Db {
    fn changes(&mut self, since: &Value, limit: usize) -> ChangesResponse {
        let rows = changed_since(&self.log, since, limit)
            .into_iter()
            .map(|(seq, id)| ChangeRow {
                seq: json!(seq),
                changes: (self.docs[&id].0.leaves.iter())
                    .map(|l| ChangeRev {
                        rev: l.rev().to_string(),
                    })
                    .collect(),
                id,
                deleted: false,
            })
            .collect();
        page(rows, since)
    }

    fn revs_diff(&self, request: &RevsDiffRequest) -> RevsDiffResponse {
        revs_diff(request, |d| self.docs.get(d).map(|(t, _)| t))
    }

    fn bulk_get(&self, request: &BulkGetRequest) -> BulkGetResponse {
        let one = |item: &BulkGetItem| {
            let rev = Rev::parse(&item.rev).ok()?;
            self.docs.get(&item.id)?.1.get(&rev).cloned()
        };
        let results = (request.docs.iter())
            .map(|item| BulkGetResult {
                id: item.id.clone(),
                docs: vec![match one(item) {
                    Some(doc) => BulkGetDoc {
                        ok: Some(doc),
                        error: None,
                    },
                    None => BulkGetDoc {
                        ok: None,
                        error: Some(DocFailure {
                            id: item.id.clone(),
                            error: "not_found".into(),
                            ..DocFailure::default()
                        }),
                    },
                }],
            })
            .collect();
        BulkGetResponse { results }
    }

    fn bulk_docs(&mut self, request: BulkDocsRequest) -> BulkDocsResponse {
        assert!(
            !request.new_edits,
            "replication never asks for new revisions"
        );
        let mut failures = Vec::new();
        for doc in request.docs {
            let id = doc["_id"].as_str().unwrap_or_default().to_owned();
            if let Err(reason) = self.put(doc) {
                failures.push(failure(&id, reason));
            }
        }
        failures
    }

    fn checkpoints(&mut self) -> &mut HashMap<String, Checkpoint> {
        &mut self.local
    }
}

/// A device: its record store, conflict store, tree store, by-sequence log of changed
/// ids, and its checkpoints, kept with the local functions only.
#[derive(Clone, Default)]
pub struct Device {
    pub records: BTreeMap<String, Value>,
    pub trees: BTreeMap<String, RevTree>,
    pub conflicts: BTreeMap<(String, Rev), Value>,
    pub log: Vec<String>,
    pub local: HashMap<String, Checkpoint>,
}

impl Device {
    /// A local write of a record, as the app makes it: the store and the log only.
    pub fn write(&mut self, id: &DocId, record: Value) {
        self.records.insert(id.to_string(), record);
        self.log.push(id.to_string());
    }

    fn body(&mut self, id: &str, write: BodyWrite) {
        let key = |rev: Rev| (id.to_owned(), rev);
        match write {
            BodyWrite::DemoteRecord { rev } => {
                let record = self.records[id].clone();
                self.conflicts.insert(key(rev), record);
            }
            BodyWrite::PromoteConflict { rev } => {
                let body = self.conflicts.remove(&key(rev)).unwrap();
                self.records.insert(id.to_owned(), body);
            }
            BodyWrite::PutRecord(body) => drop(self.records.insert(id.to_owned(), body)),
            BodyWrite::RemoveRecord => drop(self.records.remove(id)),
            BodyWrite::PutConflict { rev, body } => drop(self.conflicts.insert(key(rev), body)),
            BodyWrite::DropConflict { rev } => drop(self.conflicts.remove(&key(rev))),
        }
    }
}

impl Side for Device {
    /// Takes every changed record into its tree first, as the adapter's readwrite
    /// transaction does, then lists its leaves.
    fn changes(&mut self, since: &Value, limit: usize) -> ChangesResponse {
        let mut rows = Vec::new();
        for (seq, key) in changed_since(&self.log, since, limit) {
            let id = DocId::parse(&key).unwrap().unwrap();
            if let Some(record) = self.records.get(&key).cloned() {
                let adopted = adopt(&id, &record, self.trees.remove(&key));
                if let Some(rewritten) = adopted.record {
                    self.records.insert(key.clone(), rewritten);
                }
                self.trees.insert(key.clone(), adopted.tree);
            }
            rows.push(change_row(&id, &self.trees[&key], json!(seq)));
        }
        page(rows, since)
    }

    fn revs_diff(&self, request: &RevsDiffRequest) -> RevsDiffResponse {
        revs_diff(request, |d| self.trees.get(d))
    }

    fn bulk_get(&self, request: &BulkGetRequest) -> BulkGetResponse {
        let one = |item: &BulkGetItem| {
            let id = DocId::parse(&item.id).unwrap().unwrap();
            let tree = &self.trees[&item.id];
            let rev = Rev::parse(&item.rev).unwrap();
            let body = if tree.winner().map(|l| l.rev()) == Some(rev.clone()) {
                self.records.get(&item.id)
            } else {
                self.conflicts.get(&(item.id.clone(), rev.clone()))
            };
            doc_for(&id, tree, &rev, body)
        };
        let results = (request.docs.iter())
            .map(|item| BulkGetResult {
                id: item.id.clone(),
                docs: vec![one(item)],
            })
            .collect();
        BulkGetResponse { results }
    }

    /// Writes received documents as the adapter's readwrite transaction does.
    fn bulk_docs(&mut self, request: BulkDocsRequest) -> BulkDocsResponse {
        let mut failures = Vec::new();
        for doc in request.docs {
            let key = doc["_id"].as_str().unwrap_or_default().to_owned();
            let read = match from_doc(&doc) {
                Ok(Some(read)) => read,
                Ok(None) => continue,
                Err(e) => {
                    failures.push(failure(&key, e.to_string()));
                    continue;
                }
            };
            let record = self.records.get(&key).cloned();
            let applied = apply(record.as_ref(), self.trees.remove(&key), &read).unwrap();
            for write in applied.writes {
                self.body(&key, write);
            }
            self.trees.insert(key.clone(), applied.tree);
            self.log.push(key);
        }
        failures
    }

    fn checkpoints(&mut self) -> &mut HashMap<String, Checkpoint> {
        &mut self.local
    }
}

/// Runs a replication from `source` to `target`, stopping before the checkpoints of
/// batch `cut` are saved (the tab closed); the steps taken, and the report when done.
pub fn run(
    replication_id: &str,
    source: &mut impl Side,
    target: &mut impl Side,
    session: &str,
    cut: Option<usize>,
) -> (Vec<&'static str>, Option<Report>) {
    let id = checkpoint_doc_id(replication_id);
    let (s, t) = (
        source.checkpoints().get(&id).cloned(),
        target.checkpoints().get(&id).cloned(),
    );
    let (mut run, mut step) = Replication::start(replication_id, session, s, t);
    let mut steps = Vec::new();
    let mut saved = 0;
    let mut save = |side: &mut dyn Side, mut checkpoint: Checkpoint| {
        saved += 1;
        checkpoint.rev = Some(format!("0-{saved}"));
        side.checkpoints()
            .insert(checkpoint.id.clone(), checkpoint.clone());
        checkpoint.rev
    };
    loop {
        step = match step {
            Step::ReadChanges { since, limit } => {
                steps.push("changes");
                run.changes(source.changes(&since, limit))
            }
            Step::RevsDiff(request) => {
                steps.push("revs_diff");
                run.revs_diff(target.revs_diff(&request))
            }
            Step::Fetch(request) => {
                steps.push("fetch");
                run.fetched(source.bulk_get(&request))
            }
            Step::Write(request) => {
                steps.push("write");
                run.written(target.bulk_docs(request))
            }
            Step::SaveCheckpoints {
                source: s,
                target: t,
            } => {
                if cut == Some(steps.iter().filter(|s| **s == "checkpoint").count()) {
                    return (steps, None);
                }
                steps.push("checkpoint");
                let s_rev = save(source, s);
                let t_rev = save(target, t);
                run.checkpoints_saved(s_rev, t_rev)
            }
            Step::Done(report) => return (steps, Some(report)),
        }
        .unwrap();
    }
}
