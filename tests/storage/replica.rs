//! This browser's workspace as a replication peer: two real IndexedDB databases replicate
//! with each other through `storage::replica`, driven by the domain's state machine, as
//! two laptops would through a server.

use super::*;
use valuedesk::domain::replication::checkpoint::checkpoint_doc_id;
use valuedesk::domain::replication::document::{DocId, StoreKind};
use valuedesk::domain::replication::replicate::{Replication, Report, Step};
use valuedesk::domain::replication::target::SyncTarget;
use valuedesk::storage::{replica, sync_target, Db};

/// Opens a fresh workspace with a sync target, so that its writes feed its changes.
pub(crate) async fn laptop(test: &str) -> Db {
    let name = fresh_name(test);
    let target = SyncTarget::validated("http://127.0.0.1:9", "desk", "", "").unwrap();
    assert!(sync_target::save(&name, &target));
    open(&name, MIGRATIONS).await.unwrap()
}

/// Replicates `source` into `target`; `cut` stops the run before the checkpoint of that
/// batch (0-based), as a closed laptop lid would.
pub(crate) async fn replicate(source: &Db, target: &Db, cut: Option<usize>) -> Report {
    let id = format!("{}-{}", source.name(), target.name());
    let doc = checkpoint_doc_id(&id);
    let (from, to) = (
        replica::checkpoint(source, &doc).await.unwrap(),
        replica::checkpoint(target, &doc).await.unwrap(),
    );
    let (mut run, mut step) = Replication::start(&id, &fresh_name("session"), from, to);
    let mut batches = 0;
    loop {
        step = match step {
            Step::ReadChanges { since, limit } => {
                let page = replica::changes(source, &since, limit).await.unwrap();
                run.changes(page).unwrap()
            }
            Step::RevsDiff(asked) => run
                .revs_diff(replica::revs_diff(target, &asked).await.unwrap())
                .unwrap(),
            Step::Fetch(asked) => run
                .fetched(replica::bulk_get(source, &asked).await.unwrap())
                .unwrap(),
            Step::Write(docs) => run
                .written(replica::bulk_docs(target, &docs.docs).await.unwrap())
                .unwrap(),
            Step::SaveCheckpoints {
                source: s,
                target: t,
            } => {
                if cut == Some(batches) {
                    return Report::default();
                }
                batches += 1;
                let s = replica::save_checkpoint(source, &s).await.unwrap().unwrap();
                let t = replica::save_checkpoint(target, &t).await.unwrap().unwrap();
                run.checkpoints_saved(Some(s), Some(t)).unwrap()
            }
            Step::Done(report) => return report,
        };
    }
}

async fn numbers(db: &Db) -> Vec<String> {
    let mut all: Vec<String> = query_tickets(
        db,
        &TicketFilter::default(),
        (&fallback_policy(), now_ms()),
        None,
        1_000,
    )
    .await
    .unwrap()
    .into_iter()
    .map(|t| t.number)
    .collect();
    all.sort();
    all
}

#[wasm_bindgen_test]
async fn tickets_and_their_history_reach_the_other_laptop() {
    let (a, b) = (laptop("replica-a").await, laptop("replica-b").await);
    let first = log(&a, "Mail down").await;
    add_note(
        &a,
        &first.id,
        EventField::WorkNote,
        "Exchange restarted",
        "Bob",
    )
    .await
    .unwrap();
    log(&a, "VPN slow").await;
    let report = replicate(&a, &b, None).await;
    assert_eq!(
        report.docs_written,
        2 + 3,
        "two tickets and three history events (a synced laptop saves no starting SLA policy)"
    );
    assert!(
        report.rejected.is_empty() && report.write_failures.is_empty(),
        "{report:?}"
    );
    assert_eq!(numbers(&b).await, numbers(&a).await);
    let there = ticket_by_number(&b, &first.number).await.unwrap().unwrap();
    let here = ticket_by_number(&a, &first.number).await.unwrap().unwrap();
    assert_eq!(there.rev, here.rev);
    assert_eq!(there.title, "Mail down");
    let history = ticket_history(&b, &first.id).await.unwrap();
    assert!(history
        .iter()
        .any(|e| e.note.as_deref() == Some("Exchange restarted")));

    // Nothing new: a second run writes nothing.
    assert_eq!(replicate(&a, &b, None).await.docs_written, 0);
    // An edit on B comes back to A.
    apply_action(&b, &there.id, Action::Start, "Carol")
        .await
        .unwrap();
    let back = replicate(&b, &a, None).await;
    assert!(
        back.docs_written >= 2,
        "the ticket and its state event: {back:?}"
    );
    let here = ticket_by_number(&a, &first.number).await.unwrap().unwrap();
    assert_eq!(here.state, TicketState::InProgress);
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn concurrent_edits_conflict_and_both_laptops_agree_on_the_winner() {
    let (a, b) = (laptop("conflict-a").await, laptop("conflict-b").await);
    let ticket = log(&a, "Printer jam").await;
    replicate(&a, &b, None).await;
    // Both edit the same ticket while apart.
    add_note(&a, &ticket.id, EventField::WorkNote, "from A", "Alice")
        .await
        .unwrap();
    apply_action(&b, &ticket.id, Action::Start, "Bob")
        .await
        .unwrap();
    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;
    let (on_a, on_b) = (
        ticket_by_number(&a, &ticket.number).await.unwrap().unwrap(),
        ticket_by_number(&b, &ticket.number).await.unwrap().unwrap(),
    );
    assert_eq!(on_a.rev, on_b.rev, "the same winner on both laptops");
    assert_eq!(on_a.state, on_b.state);
    let doc = DocId::new(StoreKind::Ticket, &ticket.id).unwrap();
    let (lost_a, lost_b) = (
        replica::conflicts_of(&a, &doc).await.unwrap(),
        replica::conflicts_of(&b, &doc).await.unwrap(),
    );
    assert_eq!(lost_a.len(), 1, "the losing version is kept");
    assert_eq!(
        lost_a.iter().map(|(r, _)| r).collect::<Vec<_>>(),
        lost_b.iter().map(|(r, _)| r).collect::<Vec<_>>()
    );
    assert_ne!(
        lost_a[0].0.to_string(),
        on_a.rev,
        "the loser is not the winner"
    );
    // History events never conflict: both notes' and the start's events are on both.
    let (ha, hb) = (
        ticket_history(&a, &ticket.id).await.unwrap(),
        ticket_history(&b, &ticket.id).await.unwrap(),
    );
    assert_eq!(ha.len(), hb.len());
    assert!(ha.iter().any(|e| e.note.as_deref() == Some("from A")));
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn a_run_cut_off_before_its_checkpoint_resumes_without_loss_or_duplicate() {
    let (a, b) = (laptop("cut-a").await, laptop("cut-b").await);
    for i in 0..60 {
        log(&a, &format!("Ticket {i}")).await;
    }
    // 60 tickets and 60 creation events: batches of 100 and 20. The lid closes after the
    // first batch is written, before its checkpoint.
    replicate(&a, &b, Some(0)).await;
    assert_eq!(
        numbers(&b).await.len(),
        60,
        "the first batch's writes landed"
    );
    let resumed = replicate(&a, &b, None).await;
    assert_eq!(resumed.docs_written, 20, "what landed is not written again");
    assert_eq!(numbers(&b).await, numbers(&a).await);
    assert_eq!(replicate(&a, &b, None).await.docs_written, 0);
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn the_longer_history_wins_on_both_laptops() {
    let (a, b) = (laptop("longer-a").await, laptop("longer-b").await);
    let ticket = log(&a, "VPN drops").await;
    replicate(&a, &b, None).await;
    apply_action(&a, &ticket.id, Action::Start, "Alice")
        .await
        .unwrap();
    apply_action(&b, &ticket.id, Action::Start, "Bob")
        .await
        .unwrap();
    apply_action(
        &b,
        &ticket.id,
        Action::Hold(HoldReason::AwaitingCaller),
        "Bob",
    )
    .await
    .unwrap();
    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;
    let (on_a, on_b) = (
        ticket_by_number(&a, &ticket.number).await.unwrap().unwrap(),
        ticket_by_number(&b, &ticket.number).await.unwrap().unwrap(),
    );
    assert_eq!(
        on_b.state,
        TicketState::OnHold,
        "B keeps its longer history"
    );
    assert_eq!(on_a.rev, on_b.rev);
    assert_eq!(on_a.state, TicketState::OnHold, "A takes the winner's body");
    a.close();
    b.close();
}

/// The tag in a number such as INC0001-K7M.
fn tag_of(number: &str) -> String {
    number.rsplit_once('-').map(|(_, t)| t.to_owned()).unwrap()
}

#[wasm_bindgen_test]
async fn a_laptop_that_pulls_its_own_tag_from_another_draws_a_new_one() {
    let (a, b) = (laptop("tags-a").await, laptop("tags-b").await);
    let theirs = tag_of(&log(&a, "From A").await.number);
    // B happened to draw the same tag as A, and already numbered a ticket with it.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(&format!("valuedesk.device_tag.{}", b.name()), &theirs)
        .unwrap();
    assert_eq!(tag_of(&log(&b, "From B before").await.number), theirs);

    replicate(&a, &b, None).await;
    let next = log(&b, "From B after").await.number;
    assert_ne!(tag_of(&next), theirs, "B numbers apart from now on: {next}");
    // A third laptop that joins after seeing both never draws either tag.
    let c = laptop("tags-c").await;
    replicate(&b, &c, None).await;
    let own = tag_of(&log(&c, "From C").await.number);
    assert!(own != theirs && own != tag_of(&next), "{own}");
    let seen = storage
        .get_item(&format!("valuedesk.seen_tags.{}", c.name()))
        .unwrap()
        .unwrap_or_default();
    let seen: Vec<&str> = seen.split(',').collect();
    assert!(
        seen.contains(&theirs.as_str()) && seen.contains(&tag_of(&next).as_str()),
        "C's draw avoided both tags it had seen: {seen:?}"
    );
}

#[wasm_bindgen_test]
async fn a_pulled_ticket_keeps_the_fields_this_version_does_not_know() {
    use valuedesk::domain::replication::document::to_doc;
    use valuedesk::domain::replication::revision::{Rev, Revisions};
    use valuedesk::storage::request::{from_js, request};
    let (a, b) = (laptop("unknown-a").await, laptop("unknown-b").await);
    let ticket = log(&a, "Badge reader").await;
    // A newer teammate's version adds a field this one does not know.
    let mut record = serde_json::to_value(&ticket).unwrap();
    record["escalation_path"] = serde_json::json!(["L1", "L2"]);
    let id = DocId::new(StoreKind::Ticket, &ticket.id).unwrap();
    let rev = Rev::parse(&ticket.rev).unwrap();
    let doc = to_doc(&id, &record, &Revisions::single(&rev), false);
    assert!(replica::bulk_docs(&b, &[doc]).await.unwrap().is_empty());
    let tx = raw(&b).transaction_with_str(TICKETS).unwrap();
    let req = tx
        .object_store(TICKETS)
        .unwrap()
        .get(&ticket.id.as_str().into())
        .unwrap();
    let stored: serde_json::Value = from_js(request(req).await.unwrap()).unwrap();
    assert_eq!(stored["escalation_path"], serde_json::json!(["L1", "L2"]));
    assert!(
        stored["sla_watch"].is_i64(),
        "the watch time is computed here: {stored}"
    );
}

#[wasm_bindgen_test]
async fn a_checkpoint_forgotten_during_a_run_is_not_saved_again() {
    use valuedesk::domain::replication::checkpoint::Checkpoint;
    use valuedesk::storage::request::WriteTx;
    let a = laptop("cas-a").await;
    let doc = checkpoint_doc_id("cas");
    let first = Checkpoint::next(None, "cas", "s1", serde_json::json!({"feed": 1}));
    let rev = replica::save_checkpoint(&a, &first).await.unwrap();
    assert_eq!(rev.as_deref(), Some("0-1"));
    let read = replica::checkpoint(&a, &doc).await.unwrap().unwrap();
    // An import forgets the checkpoints while a run still holds the one it read.
    let tx = WriteTx::begin(&raw(&a), &[valuedesk::storage::REV_TREES]).unwrap();
    replica::forget_checkpoints(&tx).unwrap();
    tx.commit().await.unwrap();
    let later = Checkpoint::next(Some(&read), "cas", "s1", serde_json::json!({"feed": 9}));
    assert_eq!(replica::save_checkpoint(&a, &later).await.unwrap(), None);
    assert_eq!(
        replica::checkpoint(&a, &doc).await.unwrap(),
        None,
        "still forgotten"
    );
    // A run that starts afresh saves as usual.
    let fresh = Checkpoint::next(None, "cas", "s2", serde_json::json!({"scan": 0}));
    assert!(replica::save_checkpoint(&a, &fresh)
        .await
        .unwrap()
        .is_some());
}
