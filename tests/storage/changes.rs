//! The local changes feed of a replicated workspace: written in the same transaction as the
//! records, only while the workspace has a sync target, and trimmed once pushed.

use super::*;
use valuedesk::domain::replication::target::SyncTarget;
use valuedesk::storage::changes::{self, Change};
use valuedesk::storage::sync_target;

/// Gives the database `name` a sync target in this browser, or takes it away.
fn set_tracking(name: &str, on: bool) {
    if on {
        let target = SyncTarget::validated("http://127.0.0.1:9", "desk", "", "").unwrap();
        assert!(sync_target::save(name, &target));
    } else {
        sync_target::clear(name);
    }
}

#[wasm_bindgen_test]
async fn writes_feed_the_changes_only_while_tracking() {
    let name = fresh_name("changes");
    let db = open(&name, MIGRATIONS).await.unwrap();
    log(&db, "Before any sync target").await;
    assert!(changes::since(&db, 0, 100).await.unwrap().is_empty());

    set_tracking(&name, true);
    let first = log(&db, "Mail down").await;
    let second = log(&db, "VPN slow").await;
    add_note(&db, &first.id, EventField::WorkNote, "looking", "Bob")
        .await
        .unwrap();
    let feed = changes::since(&db, 0, 100).await.unwrap();
    let tickets: Vec<&str> = feed
        .iter()
        .filter(|c| c.store == "tickets")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(tickets, [&first.id, &second.id, &first.id]);
    let events = feed.iter().filter(|c| c.store == "ticket_events").count();
    assert_eq!(events, 3, "two creations and the note: {feed:?}");
    assert_eq!(feed.len(), 6);
    assert!(feed.windows(2).all(|w| w[0].seq < w[1].seq), "{feed:?}");

    let after_first: Vec<Change> = changes::since(&db, feed[0].seq, 100).await.unwrap();
    assert_eq!(after_first, feed[1..].to_vec());
    assert_eq!(changes::since(&db, 0, 2).await.unwrap(), feed[..2].to_vec());
    assert_eq!(changes::count_after(&db, feed[1].seq).await.unwrap(), 4);

    changes::forget_through(&db, feed[3].seq).await.unwrap();
    assert_eq!(
        changes::since(&db, 0, 100).await.unwrap(),
        feed[4..].to_vec()
    );

    set_tracking(&name, false);
    log(&db, "After the target is removed").await;
    assert_eq!(
        changes::since(&db, 0, 100).await.unwrap(),
        feed[4..].to_vec()
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_failed_action_leaves_no_change_behind() {
    let name = fresh_name("changes-rollback");
    let db = open(&name, MIGRATIONS).await.unwrap();
    set_tracking(&name, true);
    let ticket = log(&db, "Printer jam").await;
    let before = changes::since(&db, 0, 100).await.unwrap();
    let refused = add_note(&db, &ticket.id, EventField::WorkNote, "   ", "Bob").await;
    assert!(refused.is_err(), "an empty note is refused");
    let wrong = apply_action(&db, &ticket.id, Action::Close, "Bob").await;
    assert!(wrong.is_err(), "a new incident cannot be closed");
    assert_eq!(changes::since(&db, 0, 100).await.unwrap(), before);
    set_tracking(&name, false);
    db.close();
}

#[wasm_bindgen_test]
async fn a_replicated_workspace_numbers_with_this_devices_tag() {
    let name = fresh_name("numbers");
    let db = open(&name, MIGRATIONS).await.unwrap();
    let plain = log(&db, "Before sync").await;
    assert_eq!(plain.number, "INC0001");
    set_tracking(&name, true);
    let tagged = log(&db, "After sync").await;
    let tag = sync_target::device_tag(&name).expect("a synced workspace has a tag");
    assert_eq!(tagged.number, format!("INC0002-{}", tag.as_str()));
    assert_eq!(
        log(&db, "Again").await.number,
        format!("INC0003-{}", tag.as_str())
    );
    let found = ticket_by_number(&db, &tagged.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, tagged.id);
    set_tracking(&name, false);
    assert_eq!(
        log(&db, "Sync stopped").await.number,
        format!("INC0004-{}", tag.as_str()),
        "a workspace that stopped syncing still numbers apart"
    );
    sync_target::forget(&name);
    assert_eq!(sync_target::device_tag(&name), None);
    db.close();
}
