//! One replication run, from a source to a target, as a state machine over data: each
//! answer the browser brings back gives the next request to make. The browser does the
//! HTTP (the server's side) and the IndexedDB work (this device's side, [`super::adapter`]
//! and [`super::local`]); nothing here waits or fails on a network.
//!
//! A batch goes: changes → `_revs_diff` on the target → `_bulk_get` on the source →
//! `_bulk_docs` (new_edits=false) on the target → checkpoints on both sides. The
//! checkpoint is saved only after the target confirmed the writes, so a run cut off at
//! any point starts again from the last checkpoint, and the batch written again changes
//! nothing: `_revs_diff` finds nothing missing, and a revision written twice is known.

use super::checkpoint::{start_seq, Checkpoint};
use super::document::{from_doc, to_doc, DocId};
use super::protocol::{
    batches, Batch, BulkDocsRequest, BulkDocsResponse, BulkDocsResult, BulkGetItem, BulkGetRequest,
    BulkGetResponse, ChangesResponse, DocFailure, RevsDiffRequest, RevsDiffResponse, BATCH_SIZE,
};
use super::revision::Rev;
use serde_json::Value;
use std::collections::{BTreeSet, VecDeque};

/// The request the browser makes next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// `GET {source}/_changes?style=all_docs&since={since}&limit={limit}`, then
    /// [`Replication::changes`].
    ReadChanges { since: Value, limit: usize },
    /// `POST {target}/_revs_diff`, then [`Replication::revs_diff`].
    RevsDiff(RevsDiffRequest),
    /// `POST {source}/_bulk_get?revs=true`, then [`Replication::fetched`].
    Fetch(BulkGetRequest),
    /// `POST {target}/_bulk_docs`, then [`Replication::written`].
    Write(BulkDocsRequest),
    /// `PUT` both `_local` checkpoint documents, then [`Replication::checkpoints_saved`].
    SaveCheckpoints {
        source: Checkpoint,
        target: Checkpoint,
    },
    /// Nothing more to replicate for now.
    Done(Report),
}

/// What a run did, for the user and the log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub docs_read: usize,
    pub docs_written: usize,
    /// Changes of documents this build does not replicate (unknown stores, design
    /// documents, another device's settings).
    pub skipped: usize,
    /// Changes and documents refused as malformed: id, and why.
    pub rejected: Vec<(String, String)>,
    /// Revisions the source could not give.
    pub fetch_failures: Vec<DocFailure>,
    /// Documents the target refused.
    pub write_failures: Vec<BulkDocsResult>,
}

/// An answer given when another was expected: a bug of the caller, nothing written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfOrder;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Changes,
    RevsDiff,
    Fetch,
    Write,
    Checkpoint,
    Done,
}

/// A replication run in progress.
#[derive(Clone, Debug)]
pub struct Replication {
    replication_id: String,
    session_id: String,
    since: Value,
    source: Option<Checkpoint>,
    target: Option<Checkpoint>,
    limit: usize,
    queue: VecDeque<Batch>,
    /// The sequence the current batch checkpoints.
    seq: Value,
    /// The revisions offered to `_revs_diff`, then those asked of `_bulk_get`.
    asked: BTreeSet<(String, Rev)>,
    sent: usize,
    more: bool,
    phase: Phase,
    report: Report,
}

impl Replication {
    /// Starts a run from the checkpoints read on both sides (absent when never saved):
    /// its first step reads the changes since the last sequence both agree on.
    pub fn start(
        replication_id: &str,
        session_id: &str,
        source: Option<Checkpoint>,
        target: Option<Checkpoint>,
    ) -> (Replication, Step) {
        let since = start_seq(source.as_ref(), target.as_ref());
        let run = Replication {
            replication_id: replication_id.to_owned(),
            session_id: session_id.to_owned(),
            since,
            source,
            target,
            limit: BATCH_SIZE,
            queue: VecDeque::new(),
            seq: Value::Null,
            asked: BTreeSet::new(),
            sent: 0,
            more: false,
            phase: Phase::Changes,
            report: Report::default(),
        };
        let step = run.read_changes();
        (run, step)
    }

    /// The sequence everything before is written: where the next run starts.
    pub fn since(&self) -> &Value {
        &self.since
    }

    /// Takes a page of changes: cuts it into batches, asks the target about the first.
    pub fn changes(&mut self, page: ChangesResponse) -> Result<Step, OutOfOrder> {
        self.expect(Phase::Changes)?;
        let rows = page.results.len();
        self.more = rows > 0 && page.pending.map_or(rows >= self.limit, |p| p > 0);
        self.queue = batches(page.results, page.last_seq, self.limit).into();
        Ok(self.next_batch())
    }

    /// Takes the target's `_revs_diff` answer: fetches what it misses of what was offered.
    pub fn revs_diff(&mut self, answer: RevsDiffResponse) -> Result<Step, OutOfOrder> {
        self.expect(Phase::RevsDiff)?;
        let offered = std::mem::take(&mut self.asked);
        for (id, entry) in answer {
            for rev in entry.missing.iter().filter_map(|r| Rev::parse(r).ok()) {
                let key = (id.clone(), rev);
                if offered.contains(&key) {
                    self.asked.insert(key);
                }
            }
        }
        if self.asked.is_empty() {
            return Ok(self.checkpoint());
        }
        let docs = self
            .asked
            .iter()
            .map(|(id, rev)| BulkGetItem {
                id: id.clone(),
                rev: rev.to_string(),
            })
            .collect();
        self.phase = Phase::Fetch;
        Ok(Step::Fetch(BulkGetRequest { docs }))
    }

    /// Takes the source's `_bulk_get` answer: checks every document (the source may be
    /// hostile) and writes those asked for to the target.
    pub fn fetched(&mut self, answer: BulkGetResponse) -> Result<Step, OutOfOrder> {
        self.expect(Phase::Fetch)?;
        let mut docs = Vec::new();
        for result in answer.results {
            for fetched in result.docs {
                if let Some(failure) = fetched.error {
                    self.report.fetch_failures.push(failure);
                }
                let Some(doc) = fetched.ok else { continue };
                match from_doc(&doc) {
                    Ok(None) => self.report.skipped += 1,
                    Err(e) => self.reject(&result.id, e.to_string()),
                    Ok(Some(doc)) => {
                        if self.asked.remove(&(doc.id.to_string(), doc.rev())) {
                            docs.push(to_doc(&doc.id, &doc.record, &doc.revisions, doc.deleted));
                        }
                    }
                }
            }
        }
        self.asked.clear();
        self.report.docs_read += docs.len();
        if docs.is_empty() {
            return Ok(self.checkpoint());
        }
        self.sent = docs.len();
        self.phase = Phase::Write;
        Ok(Step::Write(BulkDocsRequest::replicated(docs)))
    }

    /// Takes the target's `_bulk_docs` answer: the writes are confirmed, so the batch can
    /// be checkpointed. Documents the target refused are reported, not retried.
    pub fn written(&mut self, answer: BulkDocsResponse) -> Result<Step, OutOfOrder> {
        self.expect(Phase::Write)?;
        let failed: Vec<BulkDocsResult> =
            answer.into_iter().filter(|r| r.error.is_some()).collect();
        self.report.docs_written += self.sent.saturating_sub(failed.len());
        self.report.write_failures.extend(failed);
        Ok(self.checkpoint())
    }

    /// Takes the new `_rev`s of both saved checkpoints: the batch is done.
    pub fn checkpoints_saved(
        &mut self,
        source_rev: Option<String>,
        target_rev: Option<String>,
    ) -> Result<Step, OutOfOrder> {
        self.expect(Phase::Checkpoint)?;
        let seq = std::mem::take(&mut self.seq);
        let (source, target) = self.checkpoints(seq.clone());
        self.source = Some(Checkpoint {
            rev: source_rev,
            ..source
        });
        self.target = Some(Checkpoint {
            rev: target_rev,
            ..target
        });
        self.since = seq;
        Ok(self.next_batch())
    }

    fn next_batch(&mut self) -> Step {
        let Some(batch) = self.queue.pop_front() else {
            return if self.more {
                self.phase = Phase::Changes;
                self.read_changes()
            } else {
                self.phase = Phase::Done;
                Step::Done(self.report.clone())
            };
        };
        self.seq = batch.seq;
        let mut request = RevsDiffRequest::new();
        for row in batch.rows {
            match DocId::parse(&row.id) {
                Ok(None) => self.report.skipped += 1,
                Err(e) => self.reject(&row.id, e.to_string()),
                Ok(Some(id)) => {
                    for change in row.changes {
                        match Rev::parse(&change.rev) {
                            Err(e) => self.reject(&row.id, e.to_string()),
                            Ok(rev) => {
                                request.entry(id.to_string()).or_default().push(change.rev);
                                self.asked.insert((id.to_string(), rev));
                            }
                        }
                    }
                }
            }
        }
        if request.is_empty() {
            return self.checkpoint();
        }
        self.phase = Phase::RevsDiff;
        Step::RevsDiff(request)
    }

    fn read_changes(&self) -> Step {
        Step::ReadChanges {
            since: self.since.clone(),
            limit: self.limit,
        }
    }

    fn checkpoint(&mut self) -> Step {
        self.phase = Phase::Checkpoint;
        let (source, target) = self.checkpoints(self.seq.clone());
        Step::SaveCheckpoints { source, target }
    }

    fn checkpoints(&self, seq: Value) -> (Checkpoint, Checkpoint) {
        let next = |previous: Option<&Checkpoint>| {
            Checkpoint::next(
                previous,
                &self.replication_id,
                &self.session_id,
                seq.clone(),
            )
        };
        (next(self.source.as_ref()), next(self.target.as_ref()))
    }

    fn reject(&mut self, id: &str, why: String) {
        let id: String = id.chars().take(120).collect();
        self.report.rejected.push((id, why));
    }

    fn expect(&self, phase: Phase) -> Result<(), OutOfOrder> {
        (self.phase == phase).then_some(()).ok_or(OutOfOrder)
    }
}
