//! Backups against the real IndexedDB: export, replace into an empty workspace, identical
//! data; merge keeps the newer version; a refused write leaves the workspace untouched; a
//! write of several chunks reports its progress, and fails whole.

use super::*;
use std::cell::RefCell;
use std::rc::Rc;
use valuedesk::domain::backup::{parse_backup, Backup};
use valuedesk::storage::backup::{
    export_backup, import_backup, import_backup_with_progress, parse_backup_here, ImportMode,
    ImportProgress,
};
use valuedesk::storage::import::CHUNK;
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

/// A backup of the workspace grown to `tickets` tickets (copies of its first one), each with
/// ten history events: several chunks' worth of records.
async fn large_backup(db: &valuedesk::storage::Db, tickets: usize) -> Backup {
    let mut backup = snapshot(db).await;
    let (ticket, event) = (backup.tickets[0].clone(), backup.events[0].clone());
    for i in 1..tickets {
        let mut copy = ticket.clone();
        copy.id = format!("{}-{i:05}", ticket.id);
        copy.number = format!("INC{:04}", i + 1);
        for k in 0..10 {
            let mut e = event.clone();
            e.id = format!("{}-{i:05}-{k}", event.id);
            e.ticket_id = copy.id.clone();
            backup.events.push(e);
        }
        backup.tickets.push(copy);
    }
    backup
}

/// Every record a Replace import of `b` writes.
fn records(b: &Backup) -> usize {
    b.tickets.len() + b.events.len() + b.practices.len() + b.settings.len() + b.improvements.len()
}

#[wasm_bindgen_test]
async fn an_import_reports_increasing_progress_ending_at_the_total() {
    let db = open(&fresh_name("backup-progress"), MIGRATIONS)
        .await
        .unwrap();
    log(&db, "First of many").await;
    let big = large_backup(&db, 300).await;
    let total = records(&big);
    assert!(total > 2 * CHUNK, "{total} records make several chunks");
    let seen = Rc::new(RefCell::new(Vec::<ImportProgress>::new()));
    let sink = seen.clone();
    let report = import_backup_with_progress(&db, big, ImportMode::Replace, move |p| {
        sink.borrow_mut().push(p)
    })
    .await
    .unwrap();
    assert_eq!((report.added, report.events), (300, 2_991));
    let seen = seen.take();
    assert!(seen.len() >= 3, "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0].written < w[1].written),
        "{seen:?}"
    );
    assert!(seen.iter().all(|p| p.total == total), "{seen:?}");
    assert_eq!(seen.last().unwrap().written, total);
    assert_eq!(count_tickets(&db).await.unwrap(), 300);
    // The counter follows the highest number imported.
    assert_eq!(log(&db, "Next").await.number, "INC0301");
    db.close();
}

#[wasm_bindgen_test]
async fn an_import_failing_after_chunks_were_written_leaves_the_old_data_intact() {
    let db = open(&fresh_name("backup-chunks-abort"), MIGRATIONS)
        .await
        .unwrap();
    log(&db, "Must survive").await;
    let before = snapshot(&db).await;
    let mut bad = large_backup(&db, 300).await;
    // Read back only once every chunk is written: the whole transaction must roll back.
    let counter = bad
        .settings
        .iter_mut()
        .find(|s| s.key == "counter.INC")
        .unwrap();
    counter.value = "not a number".into();
    let chunks = Rc::new(RefCell::new(0));
    let sink = chunks.clone();
    let result = import_backup_with_progress(&db, bad, ImportMode::Replace, move |_| {
        *sink.borrow_mut() += 1
    })
    .await;
    assert!(result.is_err(), "{result:?}");
    assert!(
        *chunks.borrow() >= 3,
        "chunks were written before the failure"
    );
    assert_eq!(snapshot(&db).await, before);
    db.close();
}
