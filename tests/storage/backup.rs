//! Backups against the real IndexedDB: export, replace into an empty workspace, identical
//! data; merge keeps the newer version; a refused write leaves the workspace untouched.

use super::*;
use valuedesk::domain::backup::{parse_backup, Backup};
use valuedesk::storage::backup::{export_backup, import_backup, parse_backup_here, ImportMode};
use valuedesk::storage::practices::{load_practices, save_practice};

/// The backup of a workspace, read back as typed data, with its export time cleared.
async fn snapshot(db: &valuedesk::storage::Db) -> Backup {
    let text = export_backup(db, 0).await.unwrap();
    let in_browser = parse_backup_here(&text, db.version()).expect("an export reads back");
    // The browser's reading and the native one agree.
    assert_eq!(parse_backup(&text, db.version()).as_ref(), Ok(&in_browser));
    in_browser
}

#[wasm_bindgen_test]
async fn export_then_replace_into_an_empty_workspace_gives_identical_data() {
    let db = open(&fresh_name("backup-source"), MIGRATIONS)
        .await
        .unwrap();
    let first = log(&db, "Printer offline").await;
    log(&db, "VPN drops").await;
    add_note(
        &db,
        &first.id,
        EventField::WorkNote,
        "Checked the cable",
        "Bob",
    )
    .await
    .unwrap();
    let mut practice = load_practices(&db).await.unwrap()[3].clone();
    practice.maturity = 4;
    practice.owner = "Dana".into();
    save_practice(&db, &practice).await.unwrap();
    put_setting(&db, "actor", &"Bob".to_owned()).await.unwrap();
    let before = snapshot(&db).await;
    assert_eq!(before.tickets.len(), 2);
    assert_eq!(before.events.len(), 3);

    let copy = open(&fresh_name("backup-copy"), MIGRATIONS).await.unwrap();
    log(&copy, "Something to be replaced").await;
    let report = import_backup(&copy, before.clone(), ImportMode::Replace)
        .await
        .unwrap();
    assert_eq!((report.added, report.events), (2, 3));
    assert_eq!(snapshot(&copy).await, before);
    // The counter came with the settings: the next number follows on.
    let next = log(&copy, "Mail slow").await;
    assert_eq!(next.number, "INC0003");
    db.close();
    copy.close();
}

#[wasm_bindgen_test]
async fn merge_keeps_the_newer_ticket_adds_the_missing_and_reports_clashes() {
    let db = open(&fresh_name("backup-merge"), MIGRATIONS).await.unwrap();
    let kept = log(&db, "Kept as it is").await;
    let mut theirs = snapshot(&db).await;
    let mut newer = theirs.tickets[0].clone();
    newer.rev = "9-ffff".into();
    newer.title = "Edited elsewhere".into();
    theirs.tickets = vec![newer];
    let other = open(&fresh_name("backup-other"), MIGRATIONS).await.unwrap();
    log(&other, "Same number, other ticket").await;
    let mut clash = snapshot(&other).await;
    theirs.tickets.append(&mut clash.tickets);

    let report = import_backup(&db, theirs, ImportMode::Merge).await.unwrap();
    assert_eq!((report.added, report.updated), (0, 1));
    assert_eq!(report.clashes, vec![kept.number.clone()]);
    let now = ticket_by_number(&db, &kept.number).await.unwrap().unwrap();
    assert_eq!(now.title, "Edited elsewhere");
    assert_eq!(count_tickets(&db).await.unwrap(), 1);
    db.close();
    other.close();
}

#[wasm_bindgen_test]
async fn a_write_that_fails_midway_leaves_the_workspace_unchanged() {
    let db = open(&fresh_name("backup-abort"), MIGRATIONS).await.unwrap();
    log(&db, "Must survive").await;
    let before = snapshot(&db).await;
    let mut bad = before.clone();
    // A counter that is not a number: found after everything was cleared and put again.
    let counter = bad
        .settings
        .iter_mut()
        .find(|s| s.key == "counter.INC")
        .unwrap();
    counter.value = "not a number".into();
    let result = import_backup(&db, bad, ImportMode::Replace).await;
    assert!(result.is_err(), "{result:?}");
    assert_eq!(snapshot(&db).await, before);
    db.close();
}
