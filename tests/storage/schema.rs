//! The schema: opening, migrations, and the tabs that hold old versions open.

use super::*;

#[wasm_bindgen_test]
async fn opening_creates_every_store_and_index_at_the_current_version() {
    let db = open(&fresh_name("open"), MIGRATIONS).await.unwrap();
    assert_eq!(db.version(), MIGRATIONS.len() as u32);
    let mut stores = db.store_names();
    stores.sort();
    assert_eq!(
        stores,
        [
            "changes",
            "conflicts",
            "improvements",
            "practices",
            "rev_trees",
            "settings",
            "ticket_events",
            "tickets"
        ]
    );
    let mut indexes = db.index_names(TICKETS).unwrap();
    indexes.sort();
    assert_eq!(
        indexes,
        [
            "created",
            "kind",
            "number",
            "priority",
            "sla_watch",
            "state",
            "title",
            "updated"
        ]
    );
    db.close();
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
    let all = query_tickets(
        &db,
        &TicketFilter::default(),
        (&fallback_policy(), now_ms()),
        None,
        10,
    )
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
pub(super) async fn sleep(ms: i32) {
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
