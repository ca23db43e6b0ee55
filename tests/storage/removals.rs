//! Records removed on one laptop leave the other laptops too: a practices reset, a Replace
//! import that drops tickets, and a removal made while sync was stopped. Each becomes a
//! CouchDB tombstone on the next push (through the changes feed, or the full walk's
//! removal pass).

use super::replica::{laptop, replicate};
use super::*;
use valuedesk::domain::itil::PracticeSettings;
use valuedesk::domain::replication::target::SyncTarget;
use valuedesk::storage::backup::{export_backup, import_backup, parse_backup_here, ImportMode};
use valuedesk::storage::practices::{load_practices, reset_practices, save_practice};
use valuedesk::storage::tickets::ticket_by_id;
use valuedesk::storage::{replica, sync_target, Db};

async fn practice(db: &Db, key: &str) -> PracticeSettings {
    load_practices(db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.key == key)
        .unwrap()
}

async fn set_owner(db: &Db, owner: &str) {
    let mut p = practice(db, "incident-management").await;
    p.owner = owner.into();
    save_practice(db, &p).await.unwrap();
}

/// The ids of the tickets the list shows (not the removed ones).
async fn listed(db: &Db) -> Vec<String> {
    let filter = TicketFilter::default();
    let tickets = query_tickets(db, &filter, (&fallback_policy(), now_ms()), None, 2_000)
        .await
        .unwrap();
    tickets.into_iter().map(|t| t.id).collect()
}

/// Whether the ticket is gone for the user: no record, or a tombstone.
async fn gone(db: &Db, id: &str) -> bool {
    ticket_by_id(db, id)
        .await
        .unwrap()
        .is_none_or(|t| t.deleted)
}

#[wasm_bindgen_test]
async fn a_practices_reset_reaches_the_other_laptop() {
    let (a, b) = (laptop("reset-a").await, laptop("reset-b").await);
    set_owner(&a, "Ana").await;
    replicate(&a, &b, None).await;
    assert_eq!(practice(&b, "incident-management").await.owner, "Ana");

    reset_practices(&a).await.unwrap();
    let starting = PracticeSettings::starting("incident-management");
    assert_eq!(practice(&a, "incident-management").await, starting);
    let report = replicate(&a, &b, None).await;
    assert!(report.write_failures.is_empty(), "{report:?}");
    assert_eq!(practice(&b, "incident-management").await, starting);
    // A later edit on B replicates as usual, over the removal.
    set_owner(&b, "Bo").await;
    replicate(&b, &a, None).await;
    assert_eq!(practice(&a, "incident-management").await.owner, "Bo");
}

#[wasm_bindgen_test]
async fn a_replace_import_that_drops_tickets_removes_them_on_the_other_laptop() {
    let (a, b) = (laptop("replace-a").await, laptop("replace-b").await);
    let kept = log(&a, "Kept by the import").await;
    let file = export_backup(&a, 0).await.unwrap();
    let dropped = log(&a, "Not in the file").await;
    replicate(&a, &b, None).await;
    assert!(!gone(&b, &dropped.id).await);
    assert_eq!(ticket_history(&b, &dropped.id).await.unwrap().len(), 1);

    let backup = parse_backup_here(&file, a.version()).unwrap();
    import_backup(&a, backup, ImportMode::Replace)
        .await
        .unwrap();
    assert!(gone(&a, &dropped.id).await);
    let report = replicate(&a, &b, None).await;
    assert!(report.write_failures.is_empty(), "{report:?}");
    assert!(gone(&b, &dropped.id).await, "the dropped ticket is removed");
    assert!(
        ticket_history(&b, &dropped.id).await.unwrap().is_empty(),
        "and its history"
    );
    assert!(!gone(&b, &kept.id).await, "the imported one stays");
    assert_eq!(
        listed(&b).await,
        vec![kept.id.clone()],
        "the list shows the kept ticket only"
    );
}

#[wasm_bindgen_test]
async fn a_removal_made_while_sync_was_stopped_goes_when_it_starts_again() {
    let (a, b) = (laptop("stopped-a").await, laptop("stopped-b").await);
    set_owner(&a, "Ana").await;
    replicate(&a, &b, None).await;

    sync_target::clear(&a.name());
    replica::stop_syncing(&a).await.unwrap();
    reset_practices(&a).await.unwrap();
    let target = SyncTarget::validated("http://127.0.0.1:9", "desk", "", "").unwrap();
    assert!(sync_target::save(&a.name(), &target));

    replicate(&a, &b, None).await;
    assert_eq!(
        practice(&b, "incident-management").await,
        PracticeSettings::starting("incident-management")
    );
}

#[wasm_bindgen_test]
async fn removals_among_more_trees_than_one_page_all_go() {
    let (a, b) = (laptop("pages-a").await, laptop("pages-b").await);
    let model = log(&a, "Model").await;
    let file = export_backup(&a, 0).await.unwrap();
    let mut backup = parse_backup_here(&file, a.version()).unwrap();
    backup.events.clear();
    backup.tickets = (1..=1_200)
        .map(|i| {
            let mut t = model.clone();
            t.id = format!("T{i:05}");
            t.number = format!("INC{i:04}");
            t.title = format!("Ticket {i}");
            t
        })
        .collect();
    import_backup(&a, backup.clone(), ImportMode::Replace)
        .await
        .unwrap();
    replicate(&a, &b, None).await;
    assert!(!gone(&b, "T01200").await);

    // Keep every 100th ticket: 1,188 removals, over more than one page of trees and
    // more than one batch of changes.
    backup.tickets.retain(|t| t.id.ends_with("00"));
    import_backup(&a, backup, ImportMode::Replace)
        .await
        .unwrap();
    replicate(&a, &b, None).await;
    assert_eq!(listed(&b).await.len(), 12, "T00100, T00200, … T01200");
    assert!(gone(&b, "T00001").await && gone(&b, "T01199").await);
    assert!(gone(&b, &model.id).await, "the model was in neither file");
}
