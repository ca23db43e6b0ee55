//! Settling a conflict as CouchDB expects it: the chosen body becomes the next revision of
//! the winning branch, and every other live branch gets a tombstone, so that every device
//! that replicates ends up with the same single live leaf.

use super::document::{fingerprint, DocId, StoreKind};
use super::hash::fnv1a_hex;
use super::revision::{Rev, RevError, Revisions};
use super::tree::RevTree;
use serde_json::Value;

/// The revisions a resolution writes, each already merged into the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The chosen body's revision, child of the former winner.
    pub winner: Revisions,
    /// One tombstone (`_deleted: true`) per losing branch, child of its leaf.
    pub tombstones: Vec<Revisions>,
}

impl RevTree {
    /// Resolves the document's conflicts with the body whose fingerprint is `body`
    /// (one of the versions, or a merge of them); `None` when there is no conflict.
    ///
    /// The new revisions' hashes come from their parent and the chosen body, not from
    /// randomness: two devices that settle the same conflict the same way write the
    /// same revisions, and replicating them makes no new conflict.
    pub fn resolve(&mut self, body: &str) -> Result<Option<Resolution>, RevError> {
        let losers = self.conflicts();
        let Some(winner) = self.winner().map(|l| l.revisions.clone()) else {
            return Ok(None);
        };
        if losers.is_empty() {
            return Ok(None);
        }
        let kept = winner.child(fnv1a_hex(format!("{}:{body}", winner.rev()).as_bytes()));
        self.merge(&kept, false, Some(body.to_owned()))?;
        let mut tombstones = Vec::new();
        for loser in losers {
            let Some(leaf) = self.leaf(&loser) else {
                continue;
            };
            let tombstone = leaf.revisions.child(tombstone_hash(&loser));
            self.merge(&tombstone, true, None)?;
            tombstones.push(tombstone);
        }
        Ok(Some(Resolution {
            winner: kept,
            tombstones,
        }))
    }
}

/// The hash of the tombstone that closes the branch of `leaf`.
fn tombstone_hash(leaf: &Rev) -> String {
    fnv1a_hex(format!("{leaf}:deleted").as_bytes())
}

/// A resolved document, to write in one transaction: then push it.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub tree: RevTree,
    /// The chosen record at its new revision: the record store's new body.
    pub record: Value,
    /// The losing leaves whose bodies leave the conflict store.
    pub dropped: Vec<Rev>,
    pub resolution: Resolution,
}

/// Resolves a document's conflicts with the record `chosen` (one of its versions, or a
/// merge of them); `None` when it has none.
pub fn resolve_doc(
    id: &DocId,
    tree: RevTree,
    chosen: &Value,
) -> Result<Option<Resolved>, RevError> {
    let kind = id.kind;
    let mut record = chosen.as_object().cloned().unwrap_or_default();
    if kind.has_tombstones() {
        record.insert("deleted".into(), Value::Bool(false));
    }
    let mut tree = tree;
    let dropped = tree.conflicts();
    let print = fingerprint(kind, &Value::Object(record.clone()));
    let Some(resolution) = tree.resolve(&print)? else {
        return Ok(None);
    };
    if kind.has_rev() {
        let rev = resolution.winner.rev().to_string();
        record.insert("rev".into(), Value::String(rev));
    }
    Ok(Some(Resolved {
        tree,
        record: Value::Object(record),
        dropped,
        resolution,
    }))
}
/// The fields whose values differ between two versions of a record, by name; for a
/// setting, the fields of its value. The key, the revision, the tombstone flag and the
/// fields each device derives are left out.
pub fn differing_fields(kind: StoreKind, a: &Value, b: &Value) -> Vec<String> {
    let fields = |v: &Value| {
        let v = if kind == StoreKind::Setting {
            v.get("value").cloned().unwrap_or(Value::Null)
        } else {
            v.clone()
        };
        v.as_object().cloned().unwrap_or_default()
    };
    let (a, b) = (fields(a), fields(b));
    let skipped = |k: &str| {
        k.starts_with('_')
            || (kind != StoreKind::Setting
                && (k == kind.key_field() || k == "rev" || k == "deleted"))
            || kind.local_fields().contains(&k)
    };
    let mut names: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| !skipped(k) && a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod differing_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_that_differ_are_named() {
        let a = json!({"id": "i1", "rev": "2-a", "title": "Faster triage", "status": "open", "owner": "Ana"});
        let b = json!({"id": "i1", "rev": "2-b", "title": "Faster triage", "status": "done", "notes": "x"});
        assert_eq!(
            differing_fields(StoreKind::Improvement, &a, &b),
            ["notes", "owner", "status"]
        );
        assert!(differing_fields(StoreKind::Improvement, &a, &a).is_empty());
    }

    #[test]
    fn a_setting_is_compared_inside_its_value() {
        let a = json!({"key": "sla_policy", "value": {"targets": [1], "calendar": "24x7"}});
        let b = json!({"key": "sla_policy", "value": {"targets": [2], "calendar": "24x7"}});
        assert_eq!(differing_fields(StoreKind::Setting, &a, &b), ["targets"]);
    }
}
