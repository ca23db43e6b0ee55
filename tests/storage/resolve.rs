//! A ticket edited on two laptops: the losing version shown on both, settled on one (kept
//! whole or merged) and replicated, so that both end with one version and no conflict;
//! a refused resolution writes nothing.

use super::replica::{laptop, replicate};
use super::*;
use valuedesk::domain::lifecycle::TicketUpdate;
use valuedesk::domain::replication::merge::{differing, merge, Part};
use valuedesk::domain::ticket::Ticket;
use valuedesk::storage::resolve::{resolve_ticket, ticket_conflicts, ResolveError};
use valuedesk::storage::tickets::ticket_by_id;
use valuedesk::storage::{changes, Db};

/// Two laptops sharing a ticket that each edited while apart, synced both ways: A put
/// it on hold, B retitled it (or started it, with `retitle` false).
async fn conflict(test: &str, retitle: bool) -> (Db, Db, Ticket) {
    let (a, b) = (
        laptop(&format!("{test}-a")).await,
        laptop(&format!("{test}-b")).await,
    );
    let ticket = log(&a, "Printer jam").await;
    replicate(&a, &b, None).await;
    let hold = Action::Hold(HoldReason::AwaitingVendor);
    apply_action(&a, &ticket.id, hold, "Alice").await.unwrap();
    let edit = if retitle {
        Action::Update(TicketUpdate {
            title: "Printer jam on floor 2".into(),
            description: ticket.description.clone(),
            caller: ticket.caller.clone(),
            impact: ticket.impact,
            urgency: ticket.urgency,
            priority: ticket.priority,
        })
    } else {
        Action::Start
    };
    apply_action(&b, &ticket.id, edit, "Bob").await.unwrap();
    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;
    (a, b, ticket)
}

/// The ticket as stored, which must exist.
async fn stored(db: &Db, id: &str) -> Ticket {
    ticket_by_id(db, id)
        .await
        .unwrap()
        .expect("the ticket is there")
}

/// The resolution events of a ticket's history: what each says was kept.
async fn resolutions(db: &Db, id: &str) -> Vec<String> {
    ticket_history(db, id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.field == EventField::ConflictResolved)
        .filter_map(|e| e.new)
        .collect()
}

#[wasm_bindgen_test]
async fn keeping_the_losing_version_settles_the_conflict_on_both_laptops() {
    let (a, b, ticket) = conflict("keep", false).await;
    assert!(has_conflicts(&a, &ticket.id).await && has_conflicts(&b, &ticket.id).await);
    let (lost_a, lost_b) = (
        ticket_conflicts(&a, &ticket.id).await.unwrap(),
        ticket_conflicts(&b, &ticket.id).await.unwrap(),
    );
    assert_eq!(lost_a.len(), 1, "one losing version, decoded");
    assert_eq!(lost_a[0].rev, lost_b[0].rev, "the same loser on both");
    let winner = stored(&a, &ticket.id).await;
    let loser = lost_a[0].clone();
    assert_ne!(winner.state, loser.state, "the two edits differ");

    let saved = resolve_ticket(&a, &ticket.id, &loser, "Alice")
        .await
        .unwrap();
    assert!(!has_conflicts(&a, &ticket.id).await);
    assert!(ticket_conflicts(&a, &ticket.id).await.unwrap().is_empty());
    assert_eq!(saved.state, loser.state, "the chosen content");
    assert_eq!(stored(&a, &ticket.id).await, saved);
    assert_eq!(
        resolutions(&a, &ticket.id).await,
        [loser.updated.to_string()]
    );

    let report = replicate(&a, &b, None).await;
    assert!(report.rejected.is_empty(), "{report:?}");
    assert!(!has_conflicts(&b, &ticket.id).await, "settled on B too");
    let on_b = stored(&b, &ticket.id).await;
    assert_eq!(on_b.rev, saved.rev, "the same revision on both");
    assert_eq!(on_b.state, loser.state);
    assert_eq!(on_b.title, loser.title);
    assert_eq!(resolutions(&b, &ticket.id).await.len(), 1, "history too");
    // Back again: nothing new, and no conflict comes back.
    replicate(&b, &a, None).await;
    assert!(!has_conflicts(&a, &ticket.id).await);
    assert_eq!(stored(&a, &ticket.id).await.rev, saved.rev);
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn a_merge_keeps_fields_from_both_versions() {
    let (a, b, ticket) = conflict("merge", true).await;
    let current = stored(&a, &ticket.id).await;
    let other = ticket_conflicts(&a, &ticket.id).await.unwrap().remove(0);
    // Whichever laptop won, take from the other version the edit this one lacks.
    let take = if other.title != ticket.title {
        Part::Title
    } else {
        Part::State
    };
    assert_eq!(differing(&current, &other), [Part::Title, Part::State]);
    let chosen = merge(&current, &other, &[take]);
    let saved = resolve_ticket(&a, &ticket.id, &chosen, "Alice")
        .await
        .unwrap();
    replicate(&a, &b, None).await;
    for db in [&a, &b] {
        let t = stored(db, &ticket.id).await;
        assert_eq!(t.title, "Printer jam on floor 2", "B's edit");
        assert_eq!(t.state, TicketState::OnHold, "A's edit");
        assert_eq!(t.rev, saved.rev);
        assert!(!has_conflicts(db, &ticket.id).await);
        assert_eq!(resolutions(db, &ticket.id).await, ["merged"]);
    }
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn both_laptops_settling_the_same_way_agree_without_a_new_conflict() {
    let (a, b, ticket) = conflict("twice", false).await;
    // Each keeps the other version whole, as its "Keep the other version" button does.
    let choose =
        |current: &Ticket, other: &Ticket| merge(current, other, &differing(current, other));
    let on_a = choose(
        &stored(&a, &ticket.id).await,
        &ticket_conflicts(&a, &ticket.id).await.unwrap()[0],
    );
    let on_b = choose(
        &stored(&b, &ticket.id).await,
        &ticket_conflicts(&b, &ticket.id).await.unwrap()[0],
    );
    let saved_a = resolve_ticket(&a, &ticket.id, &on_a, "Alice")
        .await
        .unwrap();
    let saved_b = resolve_ticket(&b, &ticket.id, &on_b, "Bob").await.unwrap();
    assert_eq!(
        saved_a.rev, saved_b.rev,
        "the same choice, the same revision"
    );
    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;
    for db in [&a, &b] {
        assert!(!has_conflicts(db, &ticket.id).await);
        assert_eq!(stored(db, &ticket.id).await.rev, saved_a.rev);
    }
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn a_refused_resolution_writes_nothing() {
    let (a, b, ticket) = conflict("refused", false).await;
    let before = stored(&a, &ticket.id).await;
    let history = ticket_history(&a, &ticket.id).await.unwrap().len();
    let feed = changes::since(&a, 0, 10_000).await.unwrap().len();
    let other = ticket_conflicts(&a, &ticket.id).await.unwrap().remove(0);

    // A ticket that is not there.
    let gone = Ticket {
        id: "01HZZZZZZZZZZZZZZZZZZZZZZZ".into(),
        ..other.clone()
    };
    assert_eq!(
        resolve_ticket(&a, &gone.id, &gone, "Alice").await,
        Err(ResolveError::NotFound)
    );
    // A choice made from a version that is not in conflict any more.
    let stale = Ticket {
        rev: "9-0123456789abcdef".into(),
        ..other.clone()
    };
    assert_eq!(
        resolve_ticket(&a, &ticket.id, &stale, "Alice").await,
        Err(ResolveError::Stale)
    );
    // A ticket without a conflict.
    let calm = log(&a, "Nothing to settle").await;
    let feed = feed + 2;
    assert_eq!(
        resolve_ticket(&a, &calm.id, &calm, "Alice").await,
        Err(ResolveError::Settled)
    );

    assert_eq!(stored(&a, &ticket.id).await, before);
    assert_eq!(stored(&a, &calm.id).await, calm);
    assert!(has_conflicts(&a, &ticket.id).await, "the conflict stays");
    assert_eq!(ticket_history(&a, &ticket.id).await.unwrap().len(), history);
    assert_eq!(
        changes::since(&a, 0, 10_000).await.unwrap().len(),
        feed,
        "nothing more to push"
    );
    a.close();
    b.close();
}

/// Whether the ticket has versions from another device kept.
async fn has_conflicts(db: &valuedesk::storage::Db, ticket_id: &str) -> bool {
    !ticket_conflicts(db, ticket_id).await.unwrap().is_empty()
}
