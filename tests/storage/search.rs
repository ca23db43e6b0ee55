//! The list's in-memory search index: built from the store, kept fresh, started over after
//! a bulk write, and always giving the rows a full scan gives.

use super::queries::seed;
use super::schema::sleep;
use super::*;
use valuedesk::domain::query::Sort;
use valuedesk::domain::ticket::Ticket;
use valuedesk::storage::search;

/// Every page of `filter`'s results, 17 at a time.
async fn all_pages(db: &valuedesk::storage::Db, filter: &TicketFilter) -> Vec<String> {
    let mut paged: Vec<Ticket> = Vec::new();
    loop {
        let page = query_tickets(db, filter, (&fallback_policy(), now_ms()), paged.last(), 17)
            .await
            .unwrap();
        if page.is_empty() {
            break;
        }
        paged.extend(page);
    }
    paged.into_iter().map(|t| t.number).collect()
}

/// What a full scan keeps, in the list's creation order.
fn scanned(all: &[Ticket], filter: &TicketFilter) -> Vec<String> {
    let mut kept: Vec<&Ticket> = all.iter().filter(|t| filter.matches(t)).collect();
    kept.sort_by(|a, b| a.id.cmp(&b.id));
    if filter.sort == Sort::Newest {
        kept.reverse();
    }
    kept.into_iter().map(|t| t.number.clone()).collect()
}

/// Starts building `db`'s index and waits until it answers.
async fn built(db: &valuedesk::storage::Db) {
    search::warm(db);
    for _ in 0..200 {
        if search::ready(&db.name()) {
            return;
        }
        sleep(25).await;
    }
    panic!("the search index was not built within 5 s");
}

/// Writes a ticket as it is, in its own transaction.
async fn put(db: &valuedesk::storage::Db, ticket: &Ticket) {
    let tx = WriteTx::begin(&raw(db), &[TICKETS]).unwrap();
    tx.store(TICKETS)
        .unwrap()
        .put(&valuedesk::storage::request::to_js(ticket).unwrap())
        .unwrap();
    tx.commit().await.unwrap();
}

fn text(words: &str) -> TicketFilter {
    TicketFilter {
        text: words.into(),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn searches_answered_from_the_index_give_the_rows_of_a_full_scan() {
    let db = open(&fresh_name("search"), MIGRATIONS).await.unwrap();
    let all = seed(&db, 1_200).await;
    assert!(!search::ready(&db.name()));
    built(&db).await;
    let filters = [
        text("mail"),
        text("PRINTER 1"),
        TicketFilter {
            sort: Sort::Oldest,
            ..text("vpn issue")
        },
        TicketFilter {
            kind: Some(TicketKind::Problem),
            state: Some(TicketState::KnownError),
            ..text("badge")
        },
        text("no such words"),
    ];
    for filter in filters {
        assert_eq!(
            all_pages(&db, &filter).await,
            scanned(&all, &filter),
            "{filter:?}"
        );
    }
    db.close();
}

#[wasm_bindgen_test]
async fn tickets_logged_or_changed_after_the_build_are_found() {
    let db = open(&fresh_name("search-fresh"), MIGRATIONS).await.unwrap();
    let mut all = seed(&db, 50).await;
    built(&db).await;
    // A ticket logged through the app, and a stored one whose title changes.
    let logged = log(&db, "Zebra crossing lights out").await;
    let mut changed = all[3].clone();
    changed.title = "Zebra printer".into();
    changed.updated = now_ms() + 1;
    put(&db, &changed).await;
    all[3] = changed.clone();
    all.push(logged.clone());
    let found = all_pages(&db, &text("zebra")).await;
    assert_eq!(found, [logged.number.clone(), changed.number.clone()]);
    assert!(search::ready(&db.name()), "answered from the index");
    db.close();
}

#[wasm_bindgen_test]
async fn a_bulk_write_from_elsewhere_starts_the_index_over() {
    let db = open(&fresh_name("search-bulk"), MIGRATIONS).await.unwrap();
    let all = seed(&db, 50).await;
    built(&db).await;
    // As an import in another tab does: tickets replaced, with times older than any seen.
    let mut old = all[0].clone();
    old.title = "Yak shaving".into();
    old.updated = 1;
    let tx = WriteTx::begin(&raw(&db), &[TICKETS]).unwrap();
    tx.store(TICKETS).unwrap().clear().unwrap();
    tx.store(TICKETS)
        .unwrap()
        .put(&valuedesk::storage::request::to_js(&old).unwrap())
        .unwrap();
    tx.commit().await.unwrap();
    // Another tab's index: this tab's is kept, only the shared epoch moves.
    let kept = search::ready(&db.name());
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(&format!("valuedesk.search_epoch.{}", db.name()), "7")
        .unwrap();
    assert!(kept);
    assert_eq!(all_pages(&db, &text("yak")).await, [old.number.clone()]);
    assert_eq!(all_pages(&db, &text("mail")).await, Vec::<String>::new());
    built(&db).await;
    assert_eq!(all_pages(&db, &text("yak")).await, [old.number]);
    db.close();
}

#[wasm_bindgen_test]
async fn a_record_stamped_ahead_of_the_clock_does_not_hide_later_writes() {
    let db = open(&fresh_name("search-ahead"), MIGRATIONS).await.unwrap();
    let all = seed(&db, 5).await;
    // As a file from a demo whose clock ran a day ahead leaves it.
    let mut ahead = all[0].clone();
    ahead.updated = now_ms() + 86_400_000;
    put(&db, &ahead).await;
    built(&db).await;
    let logged = log(&db, "Quokka on the loading dock").await;
    assert_eq!(all_pages(&db, &text("quokka")).await, [logged.number]);
    db.close();
}

#[wasm_bindgen_test]
async fn an_import_starts_the_index_over_and_its_tickets_are_found() {
    use valuedesk::domain::backup::parse_backup;
    use valuedesk::storage::backup::{export_backup, import_backup, ImportMode};
    let source = open(&fresh_name("search-import-from"), MIGRATIONS)
        .await
        .unwrap();
    let theirs = log(&source, "Wombat in the server room").await;
    let file = export_backup(&source, now_ms()).await.unwrap();
    let backup = parse_backup(&file, source.version()).unwrap();
    let db = open(&fresh_name("search-import"), MIGRATIONS)
        .await
        .unwrap();
    seed(&db, 20).await;
    built(&db).await;
    import_backup(&db, backup, ImportMode::Replace)
        .await
        .unwrap();
    assert!(!search::ready(&db.name()), "an import drops the index");
    built(&db).await;
    assert_eq!(all_pages(&db, &text("wombat")).await, [theirs.number]);
    source.close();
    db.close();
}
