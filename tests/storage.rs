//! Storage layer tests against the browser's real IndexedDB (headless Chromium), each on a
//! fresh database.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use valuedesk::domain::history::EventField;
use valuedesk::domain::lifecycle::{Action, ActionKind, LifecycleError};
use valuedesk::domain::priority::{Level, Priority, PriorityMatrix};
use valuedesk::domain::query::TicketFilter;
use valuedesk::domain::records::HoldReason;
use valuedesk::domain::ticket::{Channel, TicketDraft, TicketKind, TicketState};
use valuedesk::storage::request::WriteTx;
use valuedesk::storage::settings::{get_setting, put_setting};
use valuedesk::storage::tickets::{
    add_note, apply_action, count_tickets, create_ticket, query_tickets, ticket_by_number,
    ticket_history, ActionError,
};
use valuedesk::storage::{
    open, open_watching, random_bytes, Migration, StorageError, MIGRATIONS, SETTINGS, TICKETS,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_name(test: &str) -> String {
    let suffix: String = random_bytes::<6>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("valuedesk-test-{test}-{suffix}")
}

fn draft(title: &str, impact: Level, urgency: Level) -> TicketDraft {
    TicketDraft {
        kind: TicketKind::Incident,
        approval_required: false,
        change: None,
        title: title.into(),
        description: "details".into(),
        caller: "Alice".into(),
        channel: Channel::Phone,
        impact,
        urgency,
        ..TicketDraft::new(TicketKind::Incident, "")
    }
}

async fn log(db: &valuedesk::storage::Db, title: &str) -> valuedesk::domain::ticket::Ticket {
    create_ticket(
        db,
        draft(title, Level::Medium, Level::Medium),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .expect("ticket is stored")
}

#[wasm_bindgen_test]
async fn opening_creates_every_store_and_index_at_the_current_version() {
    let db = open(&fresh_name("open"), MIGRATIONS).await.unwrap();
    assert_eq!(db.version(), MIGRATIONS.len() as u32);
    let mut stores = db.store_names();
    stores.sort();
    assert_eq!(
        stores,
        ["practices", "settings", "ticket_events", "tickets"]
    );
    let mut indexes = db.index_names(TICKETS).unwrap();
    indexes.sort();
    assert_eq!(
        indexes,
        ["created", "kind", "number", "priority", "state", "title", "updated"]
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_logged_ticket_is_numbered_stored_with_its_history_and_found_by_number() {
    let db = open(&fresh_name("create"), MIGRATIONS).await.unwrap();
    let first = create_ticket(
        &db,
        draft("Mail down", Level::High, Level::High),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .unwrap();
    let second = log(&db, "Printer jam").await;
    assert_eq!(
        (first.number.as_str(), second.number.as_str()),
        ("INC0001", "INC0002")
    );
    assert_eq!(first.priority, Priority::P1);
    assert_eq!(first.state, TicketState::New);

    let found = ticket_by_number(&db, "INC0001")
        .await
        .unwrap()
        .expect("found by number");
    assert_eq!(found, first);
    assert_eq!(ticket_by_number(&db, "INC0999").await.unwrap(), None);

    let history = ticket_history(&db, &first.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].actor, "Bob");
    assert_eq!(history[0].new.as_deref(), Some("INC0001"));
    assert_eq!(count_tickets(&db).await.unwrap(), 2);
    assert_eq!(
        valuedesk::storage::tickets::tickets_logged(&db)
            .await
            .unwrap(),
        2
    );
    db.close();
}

#[wasm_bindgen_test]
async fn the_list_pages_newest_first_without_gaps_or_repeats() {
    let db = open(&fresh_name("list"), MIGRATIONS).await.unwrap();
    for i in 1..=5 {
        log(&db, &format!("Ticket {i}")).await;
    }
    let newest = TicketFilter::default();
    let first_page = query_tickets(&db, &newest, None, 2).await.unwrap();
    let numbers: Vec<_> = first_page.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["INC0005", "INC0004"]);

    let rest = query_tickets(&db, &newest, first_page.last(), 10)
        .await
        .unwrap();
    let numbers: Vec<_> = rest.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["INC0003", "INC0002", "INC0001"]);
    db.close();
}

#[wasm_bindgen_test]
async fn settings_round_trip_and_are_absent_until_saved() {
    let db = open(&fresh_name("settings"), MIGRATIONS).await.unwrap();
    assert_eq!(
        get_setting::<PriorityMatrix>(&db, "matrix").await.unwrap(),
        None
    );
    let mut matrix = PriorityMatrix::default();
    matrix.set(Level::Low, Level::Low, Priority::P4);
    put_setting(&db, "matrix", &matrix).await.unwrap();
    assert_eq!(get_setting(&db, "matrix").await.unwrap(), Some(matrix));
    db.close();
}

#[wasm_bindgen_test]
async fn a_failing_write_rolls_back_the_whole_transaction() {
    let db = open(&fresh_name("atomic"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Existing").await;
    // One action writes a setting and then a ticket whose id already exists.
    let idb_ticket = valuedesk::storage::request::to_js(&ticket).unwrap();
    let setting = valuedesk::storage::request::to_js(&valuedesk::storage::settings::Setting {
        key: "half".to_owned(),
        value: 1,
    })
    .unwrap();
    let tx = valuedesk::storage::request::WriteTx::begin(&raw(&db), &[SETTINGS, TICKETS]).unwrap();
    tx.store(SETTINGS).unwrap().put(&setting).unwrap();
    tx.store(TICKETS).unwrap().add(&idb_ticket).unwrap();
    let outcome = tx.commit().await;
    assert!(
        matches!(outcome, Err(StorageError::Failed(ref d)) if d.contains("ConstraintError")),
        "{outcome:?}"
    );
    assert_eq!(
        get_setting::<u32>(&db, "half").await.unwrap(),
        None,
        "nothing half-written"
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_transaction_dropped_before_commit_writes_nothing() {
    let db = open(&fresh_name("drop"), MIGRATIONS).await.unwrap();
    {
        let setting = valuedesk::storage::request::to_js(&valuedesk::storage::settings::Setting {
            key: "dropped".to_owned(),
            value: 1,
        })
        .unwrap();
        let tx = WriteTx::begin(&raw(&db), &[SETTINGS]).unwrap();
        tx.store(SETTINGS).unwrap().put(&setting).unwrap();
    }
    assert_eq!(get_setting::<u32>(&db, "dropped").await.unwrap(), None);
    db.close();
}

#[wasm_bindgen_test]
async fn an_action_writes_the_new_version_and_its_history_together() {
    let db = open(&fresh_name("action"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    let held = apply_action(
        &db,
        &ticket.id,
        Action::Hold(HoldReason::AwaitingProblem),
        "Carol",
    )
    .await
    .unwrap();
    assert_eq!(held.state, TicketState::OnHold);
    assert!(held.rev.starts_with("2-"), "revision bumped: {}", held.rev);
    let stored = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored, held);
    let history = ticket_history(&db, &ticket.id).await.unwrap();
    let fields: Vec<_> = history.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            EventField::Created,
            EventField::State,
            EventField::HoldReason
        ]
    );
    assert!(history[1..]
        .iter()
        .all(|e| e.actor == "Carol" && e.at == held.updated));
    db.close();
}

#[wasm_bindgen_test]
async fn a_refused_action_writes_nothing() {
    let db = open(&fresh_name("refused"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    let outcome = apply_action(&db, &ticket.id, Action::Close, "Carol").await;
    assert_eq!(
        outcome,
        Err(ActionError::Lifecycle(LifecycleError::NotAllowed {
            state: TicketState::New,
            action: ActionKind::Close
        }))
    );
    assert_eq!(
        ticket_by_number(&db, &ticket.number)
            .await
            .unwrap()
            .unwrap(),
        ticket
    );
    assert_eq!(ticket_history(&db, &ticket.id).await.unwrap().len(), 1);
    assert_eq!(
        apply_action(&db, "no-such-id", Action::Start, "Carol").await,
        Err(ActionError::NotFound)
    );
    db.close();
}

#[wasm_bindgen_test]
async fn work_notes_join_the_timeline_and_empty_ones_are_refused() {
    let db = open(&fresh_name("notes"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    assert_eq!(
        add_note(&db, &ticket.id, EventField::WorkNote, "  ", "Carol").await,
        Err(ActionError::EmptyNote)
    );
    let noted = add_note(
        &db,
        &ticket.id,
        EventField::WorkNote,
        "Checked the MX records",
        "Carol",
    )
    .await
    .unwrap();
    assert!(noted.updated >= ticket.updated && noted.rev.starts_with("2-"));
    let history = ticket_history(&db, &ticket.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].note.as_deref(), Some("Checked the MX records"));
    db.close();
}

#[wasm_bindgen_test]
async fn a_link_is_written_on_both_tickets_or_not_at_all() {
    use valuedesk::storage::links::link_tickets;
    let db = open(&fresh_name("links"), MIGRATIONS).await.unwrap();
    let a = log(&db, "Floor offline").await;
    let b = log(&db, "PC offline").await;
    let linked = link_tickets(&db, &a.id, &b.number, true, "Carol")
        .await
        .unwrap();
    assert_eq!(linked.links[0].number, b.number);
    let other = ticket_by_number(&db, &b.number).await.unwrap().unwrap();
    assert_eq!(other.links[0].number, a.number);
    let history = ticket_history(&db, &b.id).await.unwrap();
    assert_eq!(history.last().unwrap().field, EventField::Linked);
    // A refused link (already linked) changes neither side.
    let again = link_tickets(&db, &b.id, &a.number, false, "Carol").await;
    assert!(matches!(again, Err(ActionError::Link(_))), "{again:?}");
    assert_eq!(
        ticket_by_number(&db, &a.number).await.unwrap().unwrap(),
        linked
    );
    assert_eq!(
        link_tickets(&db, &a.id, "INC9999", false, "Carol").await,
        Err(ActionError::NotFound)
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_ticket_raised_from_another_is_linked_and_noted_in_the_same_transaction() {
    use valuedesk::storage::tickets::{create_linked_ticket, Origin};
    let db = open(&fresh_name("origin"), MIGRATIONS).await.unwrap();
    let problem = create_ticket(
        &db,
        TicketDraft::new(TicketKind::Problem, "Mail bounces"),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .unwrap();
    let origin = Origin {
        link_to: problem.number.clone(),
        note: Some("Use webmail".into()),
    };
    let incident = create_linked_ticket(
        &db,
        draft("Mail down", Level::High, Level::High),
        &PriorityMatrix::default(),
        "Bob",
        Some(&origin),
    )
    .await
    .unwrap();
    assert_eq!(incident.links[0].number, problem.number);
    let linked = ticket_by_number(&db, &problem.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(linked.links[0].number, incident.number);
    let history = ticket_history(&db, &incident.id).await.unwrap();
    let fields: Vec<_> = history.iter().map(|e| e.field).collect();
    assert_eq!(fields, [EventField::Created, EventField::WorkNote]);
    assert_eq!(history[1].note.as_deref(), Some("Use webmail"));
    // An origin that does not exist writes nothing, not even the counter.
    let missing = Origin {
        link_to: "PRB9999".into(),
        note: None,
    };
    let refused = create_linked_ticket(
        &db,
        draft("x", Level::Low, Level::Low),
        &PriorityMatrix::default(),
        "Bob",
        Some(&missing),
    )
    .await;
    assert_eq!(refused, Err(ActionError::NotFound));
    assert_eq!(count_tickets(&db).await.unwrap(), 2);
    let next = log(&db, "After").await;
    assert_eq!(
        next.number, "INC0002",
        "the refused ticket did not take a number"
    );
    db.close();
}

/// Writes `n` varied tickets directly, with creation-ordered ids, and returns them.
async fn seed(db: &valuedesk::storage::Db, n: usize) -> Vec<valuedesk::domain::ticket::Ticket> {
    use valuedesk::domain::ids::ulid;
    use valuedesk::domain::priority::Priority;
    use valuedesk::domain::ticket::NewRecord;
    let kinds = TicketKind::ALL;
    let states = [
        TicketState::New,
        TicketState::InProgress,
        TicketState::Closed,
        TicketState::KnownError,
    ];
    let words = ["mail", "printer", "vpn", "laptop", "badge"];
    let tx = WriteTx::begin(&raw(db), &[TICKETS]).unwrap();
    let store = tx.store(TICKETS).unwrap();
    let mut all = Vec::new();
    for i in 0..n {
        let created = 1_700_000_000_000 + (i as i64) * 1_000;
        let mut t = TicketDraft {
            kind: kinds[i % 4],
            title: format!("{} issue {}", words[(i * 7) % 5], i % 13),
            ..draft("x", Level::ALL[i % 3], Level::ALL[(i / 3) % 3])
        }
        .open(
            NewRecord {
                id: ulid(created as u64, random_bytes()),
                rev: "1-a".into(),
                now: created,
            },
            i as u32 + 1,
            &PriorityMatrix::default(),
        );
        t.state = states[(i * 5) % 4];
        t.updated = created + ((i * 7919) % 500) as i64 * 1_000;
        t.priority = Priority::ALL[(i * 3) % 5];
        store
            .put(&valuedesk::storage::request::to_js(&t).unwrap())
            .unwrap();
        all.push(t);
    }
    tx.commit().await.unwrap();
    all
}

#[wasm_bindgen_test]
async fn index_backed_filters_return_the_same_rows_as_a_full_scan() {
    use valuedesk::domain::priority::Priority;
    use valuedesk::domain::query::Sort;
    let db = open(&fresh_name("query"), MIGRATIONS).await.unwrap();
    let all = seed(&db, 240).await;
    let filters = [
        TicketFilter::default(),
        TicketFilter {
            kind: Some(TicketKind::Problem),
            ..Default::default()
        },
        TicketFilter {
            state: Some(TicketState::Closed),
            sort: Sort::Oldest,
            ..Default::default()
        },
        TicketFilter {
            priority: Some(Priority::P2),
            kind: Some(TicketKind::Incident),
            ..Default::default()
        },
        TicketFilter {
            text: "MAIL 4".into(),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Updated,
            kind: Some(TicketKind::Change),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Priority,
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::State,
            text: "vpn".into(),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Title,
            state: Some(TicketState::New),
            ..Default::default()
        },
    ];
    for filter in filters {
        let mut expected: Vec<_> = all.iter().filter(|t| filter.matches(t)).cloned().collect();
        expected.sort_by(|a, b| match filter.sort {
            Sort::Newest => b.id.cmp(&a.id),
            Sort::Oldest => a.id.cmp(&b.id),
            Sort::Updated => (b.updated, &b.id).cmp(&(a.updated, &a.id)),
            Sort::Priority => (a.priority, &a.id).cmp(&(b.priority, &b.id)),
            Sort::State => (a.state.key(), &a.id).cmp(&(b.state.key(), &b.id)),
            Sort::Title => (&a.title, &a.id).cmp(&(&b.title, &b.id)),
        });
        let mut paged = Vec::new();
        loop {
            let page = query_tickets(&db, &filter, paged.last(), 17).await.unwrap();
            if page.is_empty() {
                break;
            }
            paged.extend(page);
        }
        let ids = |v: &[valuedesk::domain::ticket::Ticket]| {
            v.iter().map(|t| t.number.clone()).collect::<Vec<_>>()
        };
        assert!(!expected.is_empty(), "{filter:?} selects something");
        assert_eq!(ids(&paged), ids(&expected), "{filter:?}");
    }
    db.close();
}

/// The raw connection, for tests that drive transactions by hand.
fn raw(db: &valuedesk::storage::Db) -> web_sys::IdbDatabase {
    db.raw_for_tests()
}

// Migrations: production step 1, then three steps that exercise each kind of change.
static EVOLVING: [Migration; 4] = [
    Migration {
        version: 1,
        summary: "production schema v1",
        apply: MIGRATIONS[0].apply,
    },
    Migration {
        version: 2,
        summary: "add a store",
        apply: |up| up.create_store("improvements", "id").map(|_| ()),
    },
    Migration {
        version: 3,
        summary: "add an index to an existing store",
        apply: |up| {
            let tickets = up.store(TICKETS)?;
            up.create_index(&tickets, "caller", &["caller"], false)
        },
    },
    Migration {
        version: 4,
        summary: "transform existing records",
        apply: |up| {
            up.transform(TICKETS, |record| {
                let caller = Reflect::get(&record, &"caller".into())?
                    .as_string()
                    .unwrap_or_default();
                Reflect::set(
                    &record,
                    &"caller".into(),
                    &JsValue::from_str(&caller.to_uppercase()),
                )?;
                Ok(record)
            })
        },
    },
];

static FAILING: [Migration; 2] = [
    Migration {
        version: 1,
        summary: "production schema v1",
        apply: MIGRATIONS[0].apply,
    },
    Migration {
        version: 2,
        summary: "adds a store, then fails",
        apply: |up| {
            up.create_store("half_done", "id")?;
            Err(JsValue::from_str("deliberate failure"))
        },
    },
];

#[wasm_bindgen_test]
async fn each_migration_takes_the_previous_version_to_the_next() {
    let name = fresh_name("migrate");
    let db = open(&name, &EVOLVING[..1]).await.unwrap();
    let ticket = log(&db, "Before migrations").await;
    db.close();

    let db = open(&name, &EVOLVING[..2]).await.unwrap();
    assert_eq!(db.version(), 2);
    assert!(
        db.store_names().contains(&"improvements".to_owned()),
        "store added"
    );
    db.close();

    let db = open(&name, &EVOLVING[..3]).await.unwrap();
    assert!(
        db.index_names(TICKETS)
            .unwrap()
            .contains(&"caller".to_owned()),
        "index added"
    );
    db.close();

    let db = open(&name, &EVOLVING).await.unwrap();
    assert_eq!(db.version(), 4);
    let migrated = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(migrated.caller, "ALICE", "record transformed");
    assert_eq!(migrated.title, ticket.title, "other fields kept");
    db.close();
}

#[wasm_bindgen_test]
async fn a_database_upgrades_from_version_one_to_the_last_in_one_go() {
    let name = fresh_name("jump");
    let db = open(&name, &EVOLVING[..1]).await.unwrap();
    log(&db, "Old").await;
    db.close();
    let db = open(&name, &EVOLVING).await.unwrap();
    assert_eq!(db.version(), 4);
    let all = query_tickets(&db, &TicketFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(all[0].caller, "ALICE");
    db.close();
}

#[wasm_bindgen_test]
async fn a_failed_migration_leaves_the_database_as_it_was() {
    let name = fresh_name("failing");
    let db = open(&name, &FAILING[..1]).await.unwrap();
    log(&db, "Precious").await;
    db.close();
    let outcome = open(&name, &FAILING).await;
    assert!(
        matches!(outcome, Err(StorageError::OpenFailed(ref d)) if d.contains("migration 2")),
        "{outcome:?}"
    );
    let db = open(&name, &FAILING[..1]).await.unwrap();
    assert_eq!(db.version(), 1);
    assert!(!db.store_names().contains(&"half_done".to_owned()));
    assert_eq!(count_tickets(&db).await.unwrap(), 1, "data kept");
    db.close();
}

#[wasm_bindgen_test]
async fn a_newer_database_is_refused_with_a_clear_error() {
    let name = fresh_name("newer");
    open(&name, &EVOLVING[..2]).await.unwrap().close();
    assert_eq!(
        open(&name, &EVOLVING[..1]).await.unwrap_err(),
        StorageError::NewerSchema
    );
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_upgrade_waits_for_an_old_tab_says_so_and_completes_once_it_lets_go() {
    use std::{
        cell::{Cell, RefCell},
        rc::Rc,
    };
    let name = fresh_name("blocked");
    let old = open(&name, &EVOLVING[..1]).await.unwrap();
    let blocked = Rc::new(Cell::new(false));
    let result = Rc::new(RefCell::new(None));
    let (flag, slot, pending_name) = (blocked.clone(), result.clone(), name.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let opened = open_watching(&pending_name, &EVOLVING[..2], move || flag.set(true)).await;
        *slot.borrow_mut() = Some(opened);
    });
    for _ in 0..200 {
        if blocked.get() {
            break;
        }
        sleep(10).await;
    }
    assert!(blocked.get(), "the new version was told it is blocked");
    assert!(result.borrow().is_none(), "and waits instead of failing");
    old.close();
    for _ in 0..200 {
        if result.borrow().is_some() {
            break;
        }
        sleep(10).await;
    }
    let opened = result
        .borrow_mut()
        .take()
        .expect("the upgrade completed")
        .unwrap();
    assert_eq!(opened.version(), 2);
    opened.close();
}

#[wasm_bindgen_test]
async fn an_old_connection_that_listens_for_version_changes_lets_the_upgrade_through() {
    let name = fresh_name("versionchange");
    let old = open(&name, &EVOLVING[..1]).await.unwrap();
    let told = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = told.clone();
    old.on_version_change(move || flag.set(true));
    let new = open(&name, &EVOLVING[..2]).await.expect("not blocked");
    assert_eq!(new.version(), 2);
    assert!(told.get(), "the old tab was told to reload");
    new.close();
}
