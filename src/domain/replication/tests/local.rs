//! This device's side: local edits taken into trees, received documents written over
//! local records, conflicts settled, and the local answers to the protocol.

use super::{json, ticket};
use crate::domain::itil::PracticeSettings;
use crate::domain::replication::adapter::{change_row, doc_for, revs_diff};
use crate::domain::replication::document::{from_doc, to_doc, DocId, RemoteDoc, StoreKind};
use crate::domain::replication::local::{adopt, adopt_removal, apply, BodyWrite};
use crate::domain::replication::protocol::RevsDiffRequest;
use crate::domain::replication::resolve::resolve_doc;
use crate::domain::replication::revision::{Rev, Revisions};
use crate::domain::replication::tree::{Outcome, RevTree};
use crate::domain::ticket::Ticket;
use serde_json::{json, Value};

fn rev(text: &str) -> Rev {
    Rev::parse(text).unwrap()
}

fn ticket_id(t: &Ticket) -> DocId {
    DocId::new(StoreKind::Ticket, &t.id).unwrap()
}

/// What the server sends for `t` at the leaf `revisions`.
fn remote(t: &Ticket, revisions: &Revisions, deleted: bool) -> RemoteDoc {
    let doc = to_doc(&ticket_id(t), &json(t), revisions, deleted);
    from_doc(&doc).unwrap().unwrap()
}

/// A ticket replicated once: its record and tree as stored after the pull.
fn replicated(seed: u8) -> (Ticket, RevTree) {
    let t = ticket(seed, "Mail down");
    let adopted = adopt(&ticket_id(&t), &json(&t), None);
    (t, adopted.tree)
}

#[test]
fn a_record_never_replicated_is_taken_in_at_its_own_revision() {
    let t = ticket(1, "VPN");
    let first = adopt(&ticket_id(&t), &json(&t), None);
    assert!(first.changed);
    assert_eq!(first.rev.to_string(), t.rev);
    assert_eq!(first.record, None, "the record keeps its rev");
    let again = adopt(&ticket_id(&t), &json(&t), Some(first.tree.clone()));
    assert!(!again.changed);
    assert_eq!(again.tree, first.tree);
}

#[test]
fn several_local_edits_become_one_leaf_after_the_winner() {
    let (mut t, tree) = replicated(1);
    let synced = tree.winner().unwrap().rev();
    t.title = "Mail down for everyone".into();
    t.rev = format!("4-{}", "d".repeat(32));
    let adopted = adopt(&ticket_id(&t), &json(&t), Some(tree));
    assert_eq!(adopted.rev.to_string(), t.rev);
    let leaf = adopted.tree.winner().unwrap();
    assert_eq!(leaf.revisions.ids.len(), 4);
    assert!(leaf.revisions.contains(&synced));
    assert_eq!(adopted.tree.leaves.len(), 1);
}

#[test]
fn a_change_without_a_new_revision_gets_one_from_its_content() {
    let (mut t, tree) = replicated(1);
    t.title = "Changed behind replication's back".into();
    let one = adopt(&ticket_id(&t), &json(&t), Some(tree.clone()));
    let two = adopt(&ticket_id(&t), &json(&t), Some(tree));
    assert_eq!(one, two, "the same content gives the same revision");
    assert_eq!(one.rev.generation, 2);
    let record = one.record.expect("the record's rev is rewritten");
    assert_eq!(record["rev"], one.rev.to_string());
}

#[test]
fn a_recomputed_sla_watch_is_no_edit() {
    let (mut t, tree) = replicated(1);
    t.sla_watch = Some(42);
    assert!(!adopt(&ticket_id(&t), &json(&t), Some(tree)).changed);
}

#[test]
fn the_same_practice_edit_on_two_devices_makes_the_same_revision() {
    let id = DocId::new(StoreKind::Practice, "incident-management").unwrap();
    let mut p = PracticeSettings::starting("incident-management");
    let base = adopt(&id, &json(&p), None);
    p.maturity = 3;
    let laptop = adopt(&id, &json(&p), Some(base.tree.clone()));
    let desktop = adopt(&id, &json(&p), Some(base.tree));
    assert!(laptop.changed);
    assert_eq!(laptop.rev, desktop.rev);
    assert_eq!(laptop.rev.generation, 2);
    assert_eq!(laptop.record, None, "practices carry no rev field");
}

#[test]
fn a_removed_record_becomes_the_same_tombstone_on_every_device() {
    let id = DocId::new(StoreKind::Practice, "incident-management").unwrap();
    let p = PracticeSettings::starting("incident-management");
    let base = adopt(&id, &json(&p), None);
    let laptop = adopt_removal(&id, Some(base.tree.clone())).unwrap();
    let desktop = adopt_removal(&id, Some(base.tree.clone())).unwrap();
    let winner = laptop.winner().unwrap();
    assert!(winner.deleted);
    assert_eq!(winner.rev().generation, 2);
    assert_eq!(winner.rev(), desktop.winner().unwrap().rev());
    assert!(laptop.conflicts().is_empty(), "one branch, now deleted");
    // Nothing to record: never replicated, or removed already.
    assert_eq!(adopt_removal(&id, None), None);
    assert_eq!(adopt_removal(&id, Some(laptop)), None);
    // The tombstone replicates: another device's record goes.
    let doc = RemoteDoc {
        id: id.clone(),
        revisions: desktop.winner().unwrap().revisions.clone(),
        deleted: true,
        record: json!({ "key": "incident-management" }),
    };
    let applied = apply(Some(&json(&p)), Some(base.tree), &doc).unwrap();
    assert!(
        applied.writes.contains(&BodyWrite::RemoveRecord),
        "{:?}",
        applied.writes
    );
}

#[test]
fn a_removal_deletes_every_live_version_so_no_loser_comes_back() {
    let (t, tree) = replicated(3);
    let id = ticket_id(&t);
    // Two devices edited the ticket apart: the tree has two live leaves.
    let mut mine = t.clone();
    mine.title = "Mine".into();
    let mut tree = adopt(&id, &json(&mine), Some(tree)).tree;
    let theirs = Revisions {
        start: 2,
        ids: vec!["f".repeat(32), rev(&t.rev).hash],
    };
    tree.merge(&theirs, false, Some("theirs".into())).unwrap();
    assert_eq!(tree.conflicts().len(), 1);
    let removed = adopt_removal(&id, Some(tree)).unwrap();
    assert!(removed.winner().unwrap().deleted);
    assert!(removed.conflicts().is_empty(), "no live version is left");
}

#[test]
fn a_new_document_becomes_a_record_that_reads_as_unchanged() {
    let t = ticket(7, "Badge reader");
    let doc = remote(&t, &Revisions::single(&rev(&t.rev)), false);
    let applied = apply(None, None, &doc).unwrap();
    assert_eq!(applied.merged.outcome, Outcome::Created);
    let [BodyWrite::PutRecord(record)] = applied.writes.as_slice() else {
        panic!("{:?}", applied.writes);
    };
    assert_eq!(
        serde_json::from_value::<Ticket>(record.clone())
            .unwrap()
            .title,
        "Badge reader"
    );
    assert!(!adopt(&doc.id, record, Some(applied.tree.clone())).changed);
    let again = apply(Some(record), Some(applied.tree), &doc).unwrap();
    assert_eq!(
        (again.merged.outcome, again.writes),
        (Outcome::Known, vec![])
    );
}

#[test]
fn a_remote_edit_of_the_winner_replaces_the_record() {
    let (t, tree) = replicated(1);
    let leaf = tree.winner().unwrap().revisions.clone();
    let newer = Ticket {
        title: "Fixed".into(),
        ..t.clone()
    };
    let doc = remote(&newer, &leaf.child("e".repeat(32)), false);
    let applied = apply(Some(&json(&t)), Some(tree), &doc).unwrap();
    assert_eq!(applied.merged.outcome, Outcome::Extended);
    let [BodyWrite::PutRecord(record)] = applied.writes.as_slice() else {
        panic!("{:?}", applied.writes);
    };
    assert_eq!(record["title"], "Fixed");
    assert_eq!(record["rev"], doc.rev().to_string());
}

/// A ticket edited here (not yet pushed) while the server got another edit of the same
/// revision, whose hash is `hash`.
fn concurrent(hash: char) -> (Ticket, RevTree, RemoteDoc) {
    let (t, tree) = replicated(1);
    let base = tree.winner().unwrap().revisions.clone();
    let mine = Ticket {
        title: "Mine".into(),
        rev: format!("2-{}", "8".repeat(32)),
        ..t.clone()
    };
    let theirs = Ticket {
        title: "Theirs".into(),
        ..t
    };
    let doc = remote(&theirs, &base.child(hash.to_string().repeat(32)), false);
    (mine, tree, doc)
}

#[test]
fn a_concurrent_remote_edit_that_wins_demotes_the_local_one() {
    let (mine, tree, doc) = concurrent('f');
    let applied = apply(Some(&json(&mine)), Some(tree), &doc).unwrap();
    assert_eq!(applied.merged.outcome, Outcome::Branched);
    assert_eq!(applied.merged.conflicts, [rev(&mine.rev)]);
    assert!(matches!(&applied.writes[..], [
        BodyWrite::DemoteRecord { rev: r },
        BodyWrite::PutRecord(body),
    ] if r.to_string() == mine.rev && body["title"] == "Theirs"));
}

#[test]
fn a_concurrent_remote_edit_that_loses_is_kept_as_a_conflict() {
    let (mine, tree, doc) = concurrent('0');
    let applied = apply(Some(&json(&mine)), Some(tree), &doc).unwrap();
    assert_eq!(applied.merged.winner.to_string(), mine.rev);
    assert!(matches!(&applied.writes[..], [
        BodyWrite::PutConflict { rev: r, body },
    ] if *r == doc.rev() && body["title"] == "Theirs"));
}

#[test]
fn a_remote_tombstone_of_the_winner_promotes_the_conflict() {
    let (mine, tree, doc) = concurrent('f');
    let applied = apply(Some(&json(&mine)), Some(tree), &doc).unwrap();
    let theirs = doc.revisions.clone();
    let tombstone = remote(&mine, &theirs.child("1".repeat(32)), true);
    let closed = apply(None, Some(applied.tree), &tombstone).unwrap();
    assert_eq!(closed.merged.outcome, Outcome::Tombstoned);
    assert_eq!(
        closed.writes,
        [BodyWrite::PromoteConflict {
            rev: rev(&mine.rev)
        }]
    );
}

#[test]
fn a_deletion_keeps_a_ticket_as_a_tombstone_and_removes_an_event() {
    let (t, tree) = replicated(1);
    let leaf = tree.winner().unwrap().revisions.clone();
    let bare = json!({"_id": ticket_id(&t).to_string(), "_rev": format!("2-{}", "b".repeat(32)),
        "_revisions": leaf.child("b".repeat(32)), "_deleted": true});
    let doc = from_doc(&bare).unwrap().unwrap();
    let applied = apply(Some(&json(&t)), Some(tree.clone()), &doc).unwrap();
    let [BodyWrite::PutRecord(record)] = applied.writes.as_slice() else {
        panic!("{:?}", applied.writes);
    };
    let kept: Ticket = serde_json::from_value(record.clone()).unwrap();
    assert!(kept.deleted);
    assert_eq!(
        (kept.title.as_str(), kept.rev),
        ("Mail down", doc.rev().to_string())
    );
    assert!(!adopt(&doc.id, record, Some(applied.tree)).changed);
    // Never seen here: nothing to keep.
    assert_eq!(
        apply(None, None, &doc).unwrap().writes,
        [BodyWrite::RemoveRecord]
    );
    // An event has no tombstone: its record goes.
    let t = ticket(2, "Printer");
    let event = crate::domain::history::TicketEvent::created("01HZ".into(), &t, "Ana");
    let id = DocId::new(StoreKind::Event, "01HZ").unwrap();
    let held = adopt(&id, &json(&event), None).tree;
    let leaf = held.winner().unwrap().revisions.clone();
    let deleted = json!({"_id": "event:01HZ", "_rev": format!("2-{}", "b".repeat(32)),
        "_revisions": leaf.child("b".repeat(32)), "_deleted": true});
    let doc = from_doc(&deleted).unwrap().unwrap();
    let applied = apply(Some(&json(&event)), Some(held), &doc).unwrap();
    assert_eq!(applied.writes, [BodyWrite::RemoveRecord]);
}

#[test]
fn settling_a_conflict_writes_the_chosen_record_and_drops_the_loser() {
    let (mine, tree, doc) = concurrent('f');
    let applied = apply(Some(&json(&mine)), Some(tree), &doc).unwrap();
    let chosen = json(&Ticket {
        title: "Merged".into(),
        ..mine.clone()
    });
    let id = ticket_id(&mine);
    let resolved = resolve_doc(&id, applied.tree, &chosen).unwrap().unwrap();
    assert_eq!(resolved.dropped, [rev(&mine.rev)]);
    assert!(resolved.tree.conflicts().is_empty());
    let winner = resolved.tree.winner().unwrap();
    assert_eq!(winner.rev(), resolved.resolution.winner.rev());
    assert!(
        winner.revisions.contains(&doc.rev()),
        "on the winning branch"
    );
    assert_eq!(resolved.record["rev"], winner.rev().to_string());
    assert_eq!(resolved.record["title"], "Merged");
    assert!(!adopt(&id, &resolved.record, Some(resolved.tree.clone())).changed);
    assert_eq!(resolve_doc(&id, resolved.tree, &chosen).unwrap(), None);
}

#[test]
fn the_local_database_answers_changes_revs_diff_and_bulk_get() {
    let (mine, tree, doc) = concurrent('f');
    let applied = apply(Some(&json(&mine)), Some(tree), &doc).unwrap();
    let id = ticket_id(&mine);
    let row = change_row(&id, &applied.tree, json!(7));
    let listed: Vec<&str> = row.changes.iter().map(|c| c.rev.as_str()).collect();
    assert_eq!(listed, [doc.rev().to_string().as_str(), mine.rev.as_str()]);
    assert_eq!(
        (row.id, row.seq, row.deleted),
        (id.to_string(), json!(7), false)
    );

    let mut request = RevsDiffRequest::new();
    request.insert(
        id.to_string(),
        vec![mine.rev.clone(), "3-new".into(), "junk".into()],
    );
    request.insert("ticket:UNKNOWN".into(), vec!["1-a".into()]);
    let answer = revs_diff(&request, |d| (d == id.to_string()).then_some(&applied.tree));
    assert_eq!(answer[&id.to_string()].missing, ["3-new", "junk"]);
    assert_eq!(answer["ticket:UNKNOWN"].missing, ["1-a"]);

    let sent = doc_for(&id, &applied.tree, &rev(&mine.rev), Some(&json(&mine)));
    let sent = sent.ok.unwrap();
    assert_eq!(sent["_rev"], mine.rev.as_str());
    assert_eq!(sent["_revisions"]["start"], 2);
    assert_eq!(from_doc(&sent).unwrap().unwrap().record["title"], "Mine");
    let missing = doc_for(&id, &applied.tree, &rev("9-z"), None);
    assert_eq!(missing.error.unwrap().error, "not_found");
    assert!(doc_for(&id, &applied.tree, &rev(&mine.rev), None)
        .ok
        .is_none());
    let closed = remote(&mine, &doc.revisions.child("1".repeat(32)), true);
    let tree = apply(None, Some(applied.tree), &closed).unwrap().tree;
    let tombstone = doc_for(&id, &tree, &closed.rev(), None).ok.unwrap();
    assert_eq!(tombstone["_deleted"], true);
    assert!(tombstone.get("title").is_none(), "a tombstone goes bare");
    let _: Value = tombstone;
}
