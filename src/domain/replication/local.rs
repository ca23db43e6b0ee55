//! The local side of replication, for the browser's IndexedDB adapter: taking local edits
//! into a document's revision tree, and writing a document received from the server as
//! `_bulk_docs` with `new_edits: false` would.
//!
//! A record store holds each document's winning body; a conflict store holds the bodies
//! of live losing leaves; a tree store holds each document's [`RevTree`]. What to write
//! where comes back as [`BodyWrite`]s, in order, for one transaction.

use super::document::{
    fingerprint, is_record, record_deleted, record_rev, DocId, RemoteDoc, StoreKind,
};
use super::hash::fnv1a_bytes;
use super::revision::{Rev, RevError};
use super::tree::{Merged, Outcome, RevTree};
use serde_json::Value;

/// A local record taken into its tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Adopted {
    pub tree: RevTree,
    /// The revision the record is at.
    pub rev: Rev,
    /// Whether the tree changed and must be written back.
    pub changed: bool,
    /// The record with its `rev` field set to `rev`, when the store keeps one and it had
    /// to be given a new revision: write it back in the same transaction.
    pub record: Option<Value>,
}

/// Takes a local record into its document's tree. A record edited since replication
/// last saw it becomes a new leaf replacing the winner: at its own `rev` when the store
/// keeps one that comes after the winner ([`RevTree::graft`]), else at the winner's next
/// revision, whose hash comes from the content (the same edit gives the same revision
/// on any device). An unchanged record changes nothing.
pub fn adopt(id: &DocId, record: &Value, tree: Option<RevTree>) -> Adopted {
    let kind = id.kind;
    let mut tree = tree.unwrap_or_default();
    let print = fingerprint(kind, record);
    let deleted = record_deleted(kind, record);
    let own_rev = record_rev(kind, record);
    let kept = |tree, rev, changed| Adopted {
        tree,
        rev,
        changed,
        record: None,
    };
    if let Some(winner) = tree.winner() {
        let rev = winner.rev();
        let same_rev = own_rev.as_ref() == Some(&rev);
        if winner.body.as_deref() == Some(print.as_str()) && (same_rev || !kind.has_rev()) {
            return kept(tree, rev, false);
        }
        if same_rev && winner.body.is_none() {
            tree.set_body(&rev, Some(print));
            return kept(tree, rev, true);
        }
    }
    if let Some(rev) = own_rev.filter(|r| tree.graft(r, deleted, Some(print.clone()))) {
        return kept(tree, rev, true);
    }
    let parent = tree.winner().map(|l| l.rev().to_string());
    let seed = format!("{id}:{}:{print}", parent.unwrap_or_default());
    let rev = tree.edit(deleted, Some(print), fnv1a_bytes(seed.as_bytes()));
    let record = (kind.has_rev()).then(|| with_field(record, "rev", rev.to_string()));
    Adopted {
        tree,
        rev,
        changed: true,
        record,
    }
}

/// Takes the removal of a local record into its document's tree: every live leaf gets a
/// tombstone, so that no losing version wins in the record's place; `None` when there is
/// nothing to record (no tree, or the document is already deleted). Each tombstone's
/// revision comes from the document and its parent, so the same removal on two devices
/// makes the same revisions.
pub fn adopt_removal(id: &DocId, tree: Option<RevTree>) -> Option<RevTree> {
    let mut tree = tree?;
    tree.winner().filter(|l| !l.deleted)?;
    // `edit` puts the tombstone on the winner: the next live leaf wins, until none is left.
    while let Some(live) = tree.winner().filter(|l| !l.deleted).map(|l| l.rev()) {
        let seed = format!("{id}:{live}:removed");
        tree.edit(true, None, fnv1a_bytes(seed.as_bytes()));
    }
    Some(tree)
}

/// What one write of a received document does to the stores, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyWrite {
    /// Copy the record's current body to the conflict store under `rev`: it lost.
    DemoteRecord { rev: Rev },
    /// Move the conflict store's body of `rev` to the record store: it now wins.
    PromoteConflict { rev: Rev },
    /// Put this record in the record store: it wins.
    PutRecord(Value),
    /// Remove the record: the winner is a tombstone and the store keeps none.
    RemoveRecord,
    /// Keep this losing live leaf's body in the conflict store.
    PutConflict { rev: Rev, body: Value },
    /// Remove the conflict store's body of `rev`: it is no longer a leaf.
    DropConflict { rev: Rev },
}

/// The writes of one received document: the tree to store, what the merge did, and the
/// body writes.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub tree: RevTree,
    pub merged: Merged,
    pub writes: Vec<BodyWrite>,
}

/// Writes a received document over the local record and tree. A local edit not yet taken
/// into the tree is adopted first, so that it becomes a branch instead of being lost.
pub fn apply(
    record: Option<&Value>,
    tree: Option<RevTree>,
    doc: &RemoteDoc,
) -> Result<Applied, RevError> {
    let kind = doc.id.kind;
    let mut writes = Vec::new();
    let mut tree = match record {
        Some(r) => {
            let adopted = adopt(&doc.id, r, tree);
            if let Some(rewritten) = adopted.record {
                writes.push(BodyWrite::PutRecord(rewritten));
            }
            adopted.tree
        }
        None => tree.unwrap_or_default(),
    };
    let before = tree.winner().map(|l| l.rev());
    // A losing tombstone's body is never kept: no fingerprint.
    let print = (!doc.deleted).then(|| fingerprint(kind, &doc.record));
    let merged = tree.merge(&doc.revisions, doc.deleted, print)?;
    if merged.outcome == Outcome::Known {
        return Ok(Applied {
            tree,
            merged,
            writes,
        });
    }
    let rev = doc.rev();
    for gone in merged
        .replaced
        .iter()
        .filter(|r| Some(*r) != before.as_ref())
    {
        writes.push(BodyWrite::DropConflict { rev: gone.clone() });
    }
    let winner = merged.winner.clone();
    let winner_deleted = tree.leaf(&winner).is_some_and(|l| l.deleted);
    if winner != rev && !doc.deleted {
        writes.push(BodyWrite::PutConflict {
            rev: rev.clone(),
            body: doc.record.clone(),
        });
    }
    if before.as_ref() == Some(&winner) && winner != rev {
        return Ok(Applied {
            tree,
            merged,
            writes,
        });
    }
    let lost = before.filter(|old| *old != winner && tree.leaf(old).is_some_and(|l| !l.deleted));
    if let (Some(old), Some(_)) = (lost, record) {
        writes.push(BodyWrite::DemoteRecord { rev: old });
    }
    if winner == rev {
        let body = match (doc.deleted, record) {
            (true, Some(old)) => tombstone(kind, old, &doc.record),
            _ => doc.record.clone(),
        };
        writes.push(winning_write(
            kind,
            winner_deleted,
            body,
            &mut tree,
            &winner,
        ));
    } else if winner_deleted {
        let old = record.cloned().unwrap_or(Value::Null);
        let body = with_field(&old, "rev", winner.to_string());
        writes.push(winning_write(kind, true, body, &mut tree, &winner));
    } else {
        writes.push(BodyWrite::PromoteConflict { rev: winner });
    }
    Ok(Applied {
        tree,
        merged,
        writes,
    })
}

/// The write that makes `body` the record of the winner, its fingerprint recorded so
/// that [`adopt`] sees the record unchanged.
fn winning_write(
    kind: StoreKind,
    deleted: bool,
    body: Value,
    tree: &mut RevTree,
    winner: &Rev,
) -> BodyWrite {
    let body = if deleted && kind.has_tombstones() {
        with_field(&body, "deleted", true)
    } else {
        body
    };
    // A tombstone is kept only as a whole record: a bare one for a record this device
    // never had, or of a store without tombstones, removes the record.
    if deleted && (!kind.has_tombstones() || !is_record(kind, &body)) {
        tree.set_body(winner, None);
        return BodyWrite::RemoveRecord;
    }
    tree.set_body(winner, Some(fingerprint(kind, &body)));
    BodyWrite::PutRecord(body)
}

/// A tombstone record: the local record's fields, under what the tombstone carries.
fn tombstone(kind: StoreKind, old: &Value, incoming: &Value) -> Value {
    let mut merged = old.as_object().cloned().unwrap_or_default();
    if let Some(fields) = incoming.as_object() {
        merged.extend(fields.clone());
    }
    let merged = Value::Object(merged);
    if kind.has_tombstones() {
        with_field(&merged, "deleted", true)
    } else {
        merged
    }
}

/// `record` with `field` set to `value`.
fn with_field(record: &Value, field: &str, value: impl Into<Value>) -> Value {
    let mut map = record.as_object().cloned().unwrap_or_default();
    map.insert(field.to_owned(), value.into());
    Value::Object(map)
}
