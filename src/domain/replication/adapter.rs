//! The local database answering replication's questions as a CouchDB would, for the
//! browser's IndexedDB adapter: its `_changes` rows (pushing), its `_revs_diff` (pulling)
//! and its `_bulk_get` documents (pushing). Writes go through [`super::local::apply`].

use super::document::{to_doc, DocId};
use super::protocol::{
    BulkGetDoc, ChangeRev, ChangeRow, DocFailure, RevsDiffEntry, RevsDiffRequest, RevsDiffResponse,
};
use super::revision::Rev;
use super::tree::RevTree;
use serde_json::{Map, Value};

/// The `_changes` row of a local document: every leaf, the winner first (style=all_docs).
pub fn change_row(id: &DocId, tree: &RevTree, seq: Value) -> ChangeRow {
    ChangeRow {
        seq,
        id: id.to_string(),
        changes: tree
            .leaves
            .iter()
            .map(|l| ChangeRev {
                rev: l.rev().to_string(),
            })
            .collect(),
        deleted: tree.winner().is_some_and(|l| l.deleted),
    }
}

/// The local answer to `_revs_diff`, from the trees of the documents asked about
/// (`tree_of` gives `None` for a document this device does not have). Revisions that do
/// not parse are reported missing: the fetch will refuse them.
pub fn revs_diff<'a>(
    request: &RevsDiffRequest,
    tree_of: impl Fn(&str) -> Option<&'a RevTree>,
) -> RevsDiffResponse {
    let empty = RevTree::default();
    let mut answer = RevsDiffResponse::new();
    for (id, offered) in request {
        let tree = tree_of(id).unwrap_or(&empty);
        let (valid, invalid): (Vec<_>, Vec<_>) = offered
            .iter()
            .map(|text| (text, Rev::parse(text)))
            .partition(|(_, r)| r.is_ok());
        let valid: Vec<Rev> = valid.into_iter().filter_map(|(_, r)| r.ok()).collect();
        let diff = tree.revs_diff(&valid);
        let mut missing: Vec<String> = diff.missing.iter().map(Rev::to_string).collect();
        missing.extend(invalid.into_iter().map(|(text, _)| text.clone()));
        if !missing.is_empty() {
            let possible_ancestors = diff.possible_ancestors.iter().map(Rev::to_string).collect();
            answer.insert(
                id.clone(),
                RevsDiffEntry {
                    missing,
                    possible_ancestors,
                },
            );
        }
    }
    answer
}

/// A local revision as `_bulk_get?revs=true` returns it. `body` is the record holding
/// the leaf's body: the record store's for the winner, the conflict store's for a losing
/// leaf, anything (or nothing) for a tombstone, which is sent bare.
pub fn doc_for(id: &DocId, tree: &RevTree, rev: &Rev, body: Option<&Value>) -> BulkGetDoc {
    let not_found = |reason: &str| BulkGetDoc {
        ok: None,
        error: Some(DocFailure {
            id: id.to_string(),
            rev: Some(rev.to_string()),
            error: "not_found".into(),
            reason: reason.into(),
        }),
    };
    let Some(leaf) = tree.leaf(rev) else {
        return not_found("missing");
    };
    let bare = Value::Object(Map::new());
    let record = match (leaf.deleted, body) {
        (true, _) => &bare,
        (false, Some(b)) => b,
        (false, None) => return not_found("body not held"),
    };
    BulkGetDoc {
        ok: Some(to_doc(id, record, &leaf.revisions, leaf.deleted)),
        error: None,
    }
}
