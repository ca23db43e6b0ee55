//! Whole replication runs between two in-memory databases that answer as CouchDB does,
//! cut off at every step, with hostile answers; checkpoints, ids and batches.

use super::fake::{self, server, Db, Side};
use super::{json, ticket};
use crate::domain::replication::checkpoint::*;
use crate::domain::replication::document::{to_doc, DocId, StoreKind};
use crate::domain::replication::protocol::*;
use crate::domain::replication::replicate::{OutOfOrder, Replication, Report, Step};
use crate::domain::replication::revision::{Rev, Revisions};
use serde_json::json;

const REP: &str = "rep-1";

fn run(
    source: &mut Db,
    target: &mut Db,
    session: &str,
    cut: Option<usize>,
) -> (Vec<&'static str>, Option<Report>) {
    fake::run(REP, source, target, session, cut)
}

#[test]
fn a_run_copies_everything_in_batches_with_a_checkpoint_after_each() {
    let mut source = server(250);
    let mut target = Db::default();
    let (steps, report) = run(&mut source, &mut target, "s1", None);
    let report = report.unwrap();
    assert_eq!(steps.iter().filter(|s| **s == "checkpoint").count(), 3);
    assert_eq!(steps.iter().filter(|s| **s == "write").count(), 3);
    assert_eq!(steps.first(), Some(&"changes"));
    assert_eq!((report.docs_read, report.docs_written), (250, 250));
    assert_eq!(target.leaves(), source.leaves());
    // Each ancestry arrived whole: the history is there, not just the leaf.
    let (tree, _) = target.docs.values().next().unwrap();
    assert_eq!(tree.leaves[0].revisions.ids.len(), 2);
    // Running again finds nothing new.
    let (steps, report) = run(&mut source, &mut target, "s2", None);
    assert_eq!(steps, ["changes"]);
    assert_eq!(report.unwrap().docs_written, 0);
}

#[test]
fn a_run_cut_off_at_any_checkpoint_resumes_without_loss_or_duplicate() {
    let server = server(250);
    let mut whole = Db::default();
    run(&mut server.clone(), &mut whole, "s0", None);
    for cut in 0..3 {
        let (mut source, mut target) = (server.clone(), Db::default());
        let (_, report) = run(&mut source, &mut target, "s1", Some(cut));
        assert!(report.is_none());
        let written_before = target.log.len();
        assert_eq!(
            written_before,
            ((cut + 1) * 100).min(250),
            "the cut batch was written"
        );
        let (_, report) = run(&mut source, &mut target, "s2", None);
        let report = report.unwrap();
        assert_eq!(
            report.docs_written,
            250 - written_before,
            "cut {cut}: nothing written twice"
        );
        assert_eq!(target.leaves(), whole.leaves());
        assert_eq!(target.log.len(), 250);
    }
}

#[test]
fn hostile_documents_are_refused_and_reported_while_the_rest_goes_through() {
    let mut source = server(3);
    let good = source.docs.keys().next().unwrap().clone();
    let (tree, bodies) = source.docs.get_mut(&good).unwrap();
    let rev = tree.leaves[0].rev();
    bodies.insert(rev, json!({"_id": good, "_rev": "1-zz", "title": 7}));
    source.log.push("contact:1".into());
    source.docs.insert("contact:1".into(), Default::default());
    let mut target = Db::default();
    let (_, report) = run(&mut source, &mut target, "s1", None);
    let report = report.unwrap();
    assert_eq!(report.docs_written, 2);
    assert_eq!(report.skipped, 1);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].0, good);
    assert!(!target.docs.contains_key(&good));
}

#[test]
fn answers_about_what_was_not_asked_are_ignored() {
    let mut source = server(1);
    let (mut run, _) = Replication::start(REP, "s", None, None);
    let Step::RevsDiff(asked) = run.changes(source.changes(&json!(0), 100)).unwrap() else {
        panic!()
    };
    let mut answer = RevsDiffResponse::new();
    for (id, revs) in &asked {
        answer.insert(
            id.clone(),
            RevsDiffEntry {
                missing: revs.clone(),
                possible_ancestors: vec![],
            },
        );
    }
    answer.insert(
        "ticket:INTRUDER".into(),
        RevsDiffEntry {
            missing: vec!["1-a".into()],
            possible_ancestors: vec![],
        },
    );
    let Step::Fetch(fetch) = run.revs_diff(answer).unwrap() else {
        panic!()
    };
    assert_eq!(fetch.docs.len(), 1);
    let mut got = source.bulk_get(&fetch);
    let t = ticket(9, "Smuggled");
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    let smuggled = to_doc(
        &id,
        &json(&t),
        &Revisions::single(&Rev::parse(&t.rev).unwrap()),
        false,
    );
    got.results.push(BulkGetResult {
        id: id.to_string(),
        docs: vec![BulkGetDoc {
            ok: Some(smuggled),
            error: None,
        }],
    });
    let Step::Write(write) = run.fetched(got).unwrap() else {
        panic!()
    };
    assert_eq!(write.docs.len(), 1, "only what was asked for is written");
    assert_ne!(write.docs[0]["_id"], id.to_string());
}

#[test]
fn refused_writes_are_reported_and_the_batch_still_checkpoints() {
    let mut source = server(2);
    let (mut run, _) = Replication::start(REP, "s", None, None);
    let Step::RevsDiff(asked) = run.changes(source.changes(&json!(0), 100)).unwrap() else {
        panic!()
    };
    let answer = asked
        .into_iter()
        .map(|(id, missing)| {
            (
                id,
                RevsDiffEntry {
                    missing,
                    possible_ancestors: vec![],
                },
            )
        })
        .collect();
    let Step::Fetch(fetch) = run.revs_diff(answer).unwrap() else {
        panic!()
    };
    run.fetched(source.bulk_get(&fetch)).unwrap();
    let refused = vec![BulkDocsResult {
        id: "ticket:X".into(),
        error: Some("forbidden".into()),
        ..Default::default()
    }];
    let Step::SaveCheckpoints {
        source: s,
        target: t,
    } = run.written(refused).unwrap()
    else {
        panic!()
    };
    assert_eq!((s.source_last_seq, t.source_last_seq), (json!(2), json!(2)));
    let Step::Done(report) = run.checkpoints_saved(None, None).unwrap() else {
        panic!()
    };
    assert_eq!((report.docs_written, report.write_failures.len()), (1, 1));
    assert_eq!(run.since(), &json!(2));
}

#[test]
fn answers_out_of_order_are_refused() {
    let (mut run, step) = Replication::start(REP, "s", None, None);
    assert_eq!(
        step,
        Step::ReadChanges {
            since: json!(0),
            limit: BATCH_SIZE
        }
    );
    assert_eq!(run.written(vec![]), Err(OutOfOrder));
    assert_eq!(run.fetched(BulkGetResponse::default()), Err(OutOfOrder));
    assert_eq!(run.checkpoints_saved(None, None), Err(OutOfOrder));
    let empty = ChangesResponse {
        results: vec![],
        last_seq: json!(0),
        pending: None,
    };
    assert!(matches!(run.changes(empty), Ok(Step::Done(_))));
    assert_eq!(run.revs_diff(RevsDiffResponse::new()), Err(OutOfOrder));
}

#[test]
fn a_replication_id_ignores_credentials_and_names_each_direction() {
    let id = |url, db, dir| replication_id("uuid-1", url, db, dir);
    let plain = id("https://couch.example.com", "desk", Direction::Push);
    assert_eq!(plain.len(), 32);
    assert_eq!(
        plain,
        id(
            "HTTPS://ana:secret@Couch.Example.com/",
            "desk",
            Direction::Push
        )
    );
    assert_eq!(
        plain,
        id(
            "https://couch.example.com?token=abc",
            "desk",
            Direction::Push
        )
    );
    assert_ne!(
        plain,
        id("https://couch.example.com", "desk", Direction::Pull)
    );
    assert_ne!(
        plain,
        id("https://couch.example.com", "other", Direction::Push)
    );
    assert_ne!(
        plain,
        replication_id(
            "uuid-2",
            "https://couch.example.com",
            "desk",
            Direction::Push
        )
    );
    assert_eq!(
        without_credentials("http://u:p@h:5984/base/"),
        "http://h:5984/base"
    );
    assert_eq!(
        plain, "7661f673d5750f9eb761ace3efcd7150",
        "the same in every build: checkpoints are found by it"
    );
}

#[test]
fn the_start_is_the_last_sequence_both_sides_recorded_in_one_session() {
    let at = |prev: Option<&Checkpoint>, session: &str, seq: u64| {
        Checkpoint::next(prev, REP, session, json!(seq))
    };
    assert_eq!(start_seq(None, None), json!(0));
    let a = at(None, "s1", 10);
    assert_eq!(
        start_seq(Some(&a), None),
        json!(0),
        "the target lost its checkpoint"
    );
    assert_eq!(start_seq(Some(&a), Some(&a)), json!(10));
    // The source saved session 2, the target's save failed: back to session 1.
    let source = at(Some(&a), "s2", 30);
    assert_eq!(source.history.len(), 2);
    assert_eq!(start_seq(Some(&source), Some(&a)), json!(10));
    let stranger = at(None, "s9", 99);
    assert_eq!(start_seq(Some(&source), Some(&stranger)), json!(0));
}

#[test]
fn a_checkpoint_keeps_its_rev_and_a_bounded_history() {
    let mut cp = Checkpoint::next(None, REP, "s0", json!(0));
    assert_eq!(cp.id, "_local/rep-1");
    cp.rev = Some("0-1".into());
    for i in 1..40 {
        cp = Checkpoint::next(Some(&cp), REP, &format!("s{i}"), json!(i));
    }
    assert_eq!(cp.rev.as_deref(), Some("0-1"));
    assert_eq!(cp.history.len(), HISTORY_MAX);
    assert_eq!(cp.history[0].session_id, "s39");
    let again = Checkpoint::next(Some(&cp), REP, "s39", json!(40));
    assert_eq!(again.history.len(), HISTORY_MAX, "a session appears once");
    let text = serde_json::to_value(&again).unwrap();
    assert_eq!(text["_id"], "_local/rep-1");
    assert_eq!(text["source_last_seq"], 40);
    assert_eq!(serde_json::from_value::<Checkpoint>(text).unwrap(), again);
    assert_eq!(session_id([0xAB; 16]), "ab".repeat(16));
}

#[test]
fn changes_are_cut_into_batches_ending_at_last_seq() {
    let row = |i: u64| ChangeRow {
        seq: json!(i),
        id: format!("ticket:{i}"),
        changes: vec![],
        deleted: false,
    };
    let rows: Vec<ChangeRow> = (1..=250).map(row).collect();
    let cut = batches(rows.clone(), json!("end"), 100);
    let sizes: Vec<usize> = cut.iter().map(|b| b.rows.len()).collect();
    assert_eq!(sizes, [100, 100, 50]);
    assert_eq!(
        (cut[0].seq.clone(), cut[1].seq.clone(), cut[2].seq.clone()),
        (json!(100), json!(200), json!("end"))
    );
    assert_eq!(
        batches(rows[..3].to_vec(), json!(3), 0).len(),
        3,
        "a size of 0 counts as 1"
    );
    assert!(batches(vec![], json!(5), 100).is_empty());
}

#[test]
fn couchdb_answers_read_as_sent() {
    let changes: ChangesResponse = serde_json::from_value(json!({
        "results": [
            {"seq": "3-g1AAAA", "id": "ticket:A", "changes": [{"rev": "2-b"}, {"rev": "2-c"}]},
            {"seq": 4, "id": "ticket:B", "changes": [{"rev": "3-d"}], "deleted": true}
        ],
        "last_seq": ["4", "opaque"], "pending": 0
    }))
    .unwrap();
    assert_eq!(changes.results[0].changes.len(), 2);
    assert!(changes.results[1].deleted);
    assert_eq!(changes.last_seq, json!(["4", "opaque"]));
    let got: BulkGetResponse =
        serde_json::from_value(json!({"results": [{"id": "ticket:A", "docs": [
            {"ok": {"_id": "ticket:A", "_rev": "2-b"}},
            {"error": {"id": "ticket:A", "rev": "2-c", "error": "not_found", "reason": "missing"}}
        ]}]}))
        .unwrap();
    assert!(got.results[0].docs[0].ok.is_some());
    assert_eq!(
        got.results[0].docs[1].error.as_ref().unwrap().reason,
        "missing"
    );
    let diff: RevsDiffResponse =
        serde_json::from_value(json!({"ticket:A": {"missing": ["2-c"]}})).unwrap();
    assert_eq!(diff["ticket:A"].missing, ["2-c"]);
    let written: BulkDocsResponse = serde_json::from_value(json!([
        {"id": "ticket:A", "rev": "2-c", "ok": true},
        {"id": "ticket:B", "error": "forbidden", "reason": "no"}
    ]))
    .unwrap();
    assert_eq!(written.iter().filter(|r| r.error.is_some()).count(), 1);
    let request =
        serde_json::to_value(BulkDocsRequest::replicated(vec![json!({"_id": "x"})])).unwrap();
    assert_eq!(request, json!({"docs": [{"_id": "x"}], "new_edits": false}));
}
