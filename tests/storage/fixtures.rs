//! Proven migrations: a database at every earlier schema version, holding representative data
//! exactly as builds of that version stored it (`tests/storage/fixtures/vN.json`), opened with
//! today's code. Every record survives intact; the only changes are those the later
//! migrations document (migration 3 leaves a flag, and the app's `finish_upgrade` then rebuilds
//! each live ticket's clock trail, sets its `sla_watch` and bumps its revision).
//!
//! Every schema change adds the fixture of the version it leaves behind, and lists it in
//! [`FIXTURES`].

use super::*;
use js_sys::{Array, JSON};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use valuedesk::domain::backup::parse_backup;
use valuedesk::domain::configuration::DeskConfig;
use valuedesk::domain::history::{chronological, TicketEvent};
use valuedesk::domain::improvement::Improvement;
use valuedesk::domain::itil::PracticeSettings;
use valuedesk::domain::query::{SavedView, Sort, Watch};
use valuedesk::domain::sla::{trail_from_history, watch_at, watch_state, ClockStatus, SlaPolicy};
use valuedesk::domain::ticket::Ticket;
use valuedesk::storage::backup::export_backup;
use valuedesk::storage::practices::load_practices;
use valuedesk::storage::request::{array_values, from_js, request, to_js};
use valuedesk::storage::settings::{
    Setting, ACTOR, DESK_CONFIG, PRIORITY_MATRIX, SAVED_VIEWS, SLA_POLICY, SLA_REWATCH,
};
use valuedesk::storage::sla::finish_upgrade;
use valuedesk::storage::tickets::tickets_logged;
use valuedesk::storage::{Db, EVENTS, IMPROVEMENTS, PRACTICES};

/// One fixture per schema version before the current one, oldest first.
const FIXTURES: &[(u32, &str)] = &[
    (1, include_str!("fixtures/v1.json")),
    (2, include_str!("fixtures/v2.json")),
    (3, include_str!("fixtures/v3.json")),
    (4, include_str!("fixtures/v4.json")),
];

#[wasm_bindgen_test]
fn every_schema_version_before_the_current_one_has_its_fixture() {
    let current = MIGRATIONS.len();
    let missing: Vec<String> = (FIXTURES.len() + 1..current)
        .map(|v| format!("add tests/storage/fixtures/v{v}.json (a database as v{v} stores it) and list it in FIXTURES"))
        .collect();
    assert_eq!(
        FIXTURES.len(),
        current - 1,
        "the schema is at v{current}: {}",
        missing.join("; ")
    );
    for (i, (version, text)) in FIXTURES.iter().enumerate() {
        assert_eq!(*version as usize, i + 1, "FIXTURES lists v1, v2… in order");
        let doc: Value = serde_json::from_str(text).expect("fixture is JSON");
        assert_eq!(
            doc["schema_version"], *version,
            "v{version}.json says its version"
        );
    }
}

#[wasm_bindgen_test]
async fn a_version_1_database_upgrades_with_every_record_intact() {
    prove(1).await;
}

#[wasm_bindgen_test]
async fn a_version_2_database_upgrades_with_every_record_intact() {
    prove(2).await;
}

#[wasm_bindgen_test]
async fn a_version_3_database_upgrades_with_every_record_intact() {
    prove(3).await;
}

#[wasm_bindgen_test]
async fn a_version_4_database_upgrades_with_every_record_intact() {
    prove(4).await;
}

/// The field that keys a store's records.
fn key_field(store: &str) -> &'static str {
    if store == PRACTICES || store == SETTINGS {
        "key"
    } else {
        "id"
    }
}

fn key_of(store: &str, record: &Value) -> String {
    record[key_field(store)]
        .as_str()
        .expect("a record has a string key")
        .to_owned()
}

fn json_of(value: &JsValue) -> Value {
    let text: String = JSON::stringify(value).expect("a record is JSON").into();
    serde_json::from_str(&text).expect("JSON text")
}

/// Every record of a store, as stored (JSON value) and raw (to decode), by key.
async fn read_store(db: &Db, store: &str) -> BTreeMap<String, (Value, JsValue)> {
    let tx = raw(db).transaction_with_str(store).unwrap();
    let all = request(tx.object_store(store).unwrap().get_all().unwrap())
        .await
        .unwrap();
    array_values(all)
        .into_iter()
        .map(|v| {
            let json = json_of(&v);
            (key_of(store, &json), (json, v))
        })
        .collect()
}

/// Writes the fixture's records into their stores as they are in the file (parsed by the
/// browser), in one transaction, without any Rust type in between.
async fn write_raw(db: &Db, text: &str, stores: &[&str]) {
    let doc = JSON::parse(text).unwrap();
    let records = Reflect::get(&doc, &"stores".into()).unwrap();
    let tx = WriteTx::begin(&raw(db), stores).unwrap();
    for store in stores {
        let list: Array = Reflect::get(&records, &JsValue::from_str(store))
            .unwrap()
            .into();
        let target = tx.store(store).unwrap();
        for record in list.iter() {
            target.put(&record).unwrap();
        }
    }
    tx.commit().await.unwrap();
}

/// Where `actual` differs from `expected`: fields of `expected` missing or changed in
/// `actual` and, when `exact`, fields `actual` has that `expected` has not.
fn differences(path: &str, expected: &Value, actual: &Value, exact: bool, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => differences(&format!("{path}.{k}"), ev, av, exact, out),
                    None => out.push(format!("{path}.{k}: missing (was {ev})")),
                }
            }
            if exact {
                for (k, av) in a.iter().filter(|(k, _)| !e.contains_key(*k)) {
                    out.push(format!("{path}.{k}: added ({av})"));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                differences(&format!("{path}[{i}]"), ev, av, exact, out);
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{path}: {expected} became {actual}")),
    }
}

fn assert_same(what: &str, expected: &Value, actual: &Value, exact: bool) {
    let mut found = Vec::new();
    differences(what, expected, actual, exact, &mut found);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Decodes a stored record into its Rust type, as the app reads it.
fn decode(store: &str, key: &str, raw: &JsValue) -> Result<(), StorageError> {
    let v = raw.clone();
    match store {
        TICKETS => from_js::<Ticket>(v).map(drop),
        EVENTS => from_js::<TicketEvent>(v).map(drop),
        PRACTICES => from_js::<PracticeSettings>(v).map(drop),
        IMPROVEMENTS => from_js::<Improvement>(v).map(drop),
        SETTINGS => match key {
            ACTOR => from_js::<Setting<String>>(v).map(drop),
            PRIORITY_MATRIX => from_js::<Setting<PriorityMatrix>>(v).map(drop),
            DESK_CONFIG => from_js::<Setting<DeskConfig>>(v).map(drop),
            SAVED_VIEWS => from_js::<Setting<Vec<SavedView>>>(v).map(drop),
            SLA_POLICY => from_js::<Setting<SlaPolicy>>(v).map(drop),
            k if k.starts_with("counter.") => from_js::<Setting<u32>>(v).map(drop),
            other => panic!("setting {other}: no type known here, add it to decode()"),
        },
        other => panic!("store {other}: no type known here, add it to decode()"),
    }
}

fn generation(rev: &Value) -> u32 {
    let rev = rev.as_str().expect("rev is text");
    rev.split_once('-')
        .and_then(|(n, _)| n.parse().ok())
        .expect("generation-hash")
}

fn ticket(record: &Value) -> Ticket {
    serde_json::from_value(record.clone()).expect("a ticket")
}

async fn query(db: &Db, filter: &TicketFilter, policy: &SlaPolicy) -> BTreeSet<String> {
    query_tickets(db, filter, (policy, now_ms()), None, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.number)
        .collect()
}

/// Opens the fixture of `version` with today's code and checks that nothing was lost.
async fn prove(version: u32) {
    let (_, text) = FIXTURES.get(version as usize - 1).unwrap_or_else(|| {
        panic!("no fixture for v{version}: add tests/storage/fixtures/v{version}.json")
    });
    let doc: Value = serde_json::from_str(text).unwrap();
    assert_eq!(doc["schema_version"], version);
    let fixture: BTreeMap<String, BTreeMap<String, Value>> = doc["stores"]
        .as_object()
        .expect("stores")
        .iter()
        .map(|(store, records)| {
            let by_key: BTreeMap<String, Value> = records
                .as_array()
                .expect("a store is a list of records")
                .iter()
                .map(|r| (key_of(store, r), r.clone()))
                .collect();
            assert_eq!(
                by_key.len(),
                records.as_array().unwrap().len(),
                "{store}: unique keys"
            );
            (store.clone(), by_key)
        })
        .collect();
    let records = |store: &str| fixture.get(store).cloned().unwrap_or_default();
    let (tickets, events, settings) = (records(TICKETS), records(EVENTS), records(SETTINGS));
    assert!(
        !tickets.is_empty() && !events.is_empty(),
        "representative data"
    );

    // A database at exactly that version, its records written raw.
    let name = fresh_name(&format!("fixture-v{version}"));
    let old = open(&name, &MIGRATIONS[..version as usize]).await.unwrap();
    assert_eq!(old.version(), version);
    let mut old_stores = old.store_names();
    old_stores.sort();
    assert_eq!(
        old_stores,
        fixture.keys().cloned().collect::<Vec<_>>(),
        "v{version}.json holds every store of v{version} and no other"
    );
    let store_list: Vec<&str> = old_stores.iter().map(String::as_str).collect();
    write_raw(&old, text, &store_list).await;
    old.close();

    // Today's schema, as a fresh database has it.
    let fresh = open(&fresh_name("fixture-fresh"), MIGRATIONS)
        .await
        .unwrap();
    let mut today_stores = fresh.store_names();
    today_stores.sort();
    let mut today_indexes = BTreeMap::new();
    for store in &today_stores {
        let mut names = fresh.index_names(store).unwrap();
        names.sort();
        today_indexes.insert(store.clone(), names);
    }
    fresh.close();

    let db = open(&name, MIGRATIONS).await.unwrap();
    assert_eq!(
        db.version(),
        MIGRATIONS.len() as u32,
        "upgraded to the current version"
    );
    let mut stores = db.store_names();
    stores.sort();
    assert_eq!(stores, today_stores, "every store of today's schema");
    for store in &stores {
        let mut names = db.index_names(store).unwrap();
        names.sort();
        assert_eq!(
            &names, &today_indexes[store],
            "{store}: every index of today's schema"
        );
    }

    // The schema upgrade alone changes no record: migrations before 3 leave only the flag
    // asking for clock trails to be rebuilt.
    let flagged = version < 3;
    for store in &stores {
        let stored = read_store(&db, store).await;
        let expected = records(store);
        let extra = usize::from(store == SETTINGS && flagged);
        assert_eq!(
            stored.len(),
            expected.len() + extra,
            "{store}: record count after the schema upgrade"
        );
        for (key, record) in &expected {
            let (now, _) = stored
                .get(key)
                .unwrap_or_else(|| panic!("{store} {key} lost"));
            assert_same(&format!("{store} {key}"), record, now, true);
        }
        if extra == 1 {
            let flag = &stored
                .get(SLA_REWATCH)
                .expect("migration 3 leaves its flag")
                .0;
            assert_eq!(flag["value"], true);
        }
    }

    // What the app does once the database is open.
    finish_upgrade(&db).await.unwrap();
    let policy: SlaPolicy = get_setting(&db, SLA_POLICY)
        .await
        .unwrap()
        .expect("the policy is saved with the rebuilt trails");
    if let Some(saved) = settings.get(SLA_POLICY) {
        assert_eq!(
            policy,
            serde_json::from_value(saved["value"].clone()).unwrap()
        );
    } else {
        assert_eq!(policy, fallback_policy(), "the starting policy");
    }

    let mut after: BTreeMap<String, BTreeMap<String, (Value, JsValue)>> = BTreeMap::new();
    for store in &stores {
        after.insert(store.clone(), read_store(&db, store).await);
    }
    for store in &stores {
        let stored = &after[store];
        let expected = records(store);
        // Counts per store: the same, but for the policy saved when there was none.
        let added = usize::from(store == SETTINGS && !settings.contains_key(SLA_POLICY));
        assert_eq!(
            stored.len(),
            expected.len() + added,
            "{store}: record count"
        );
        for (key, (_, raw)) in stored {
            decode(store, key, raw).unwrap_or_else(|e| panic!("{store} {key} unreadable: {e:?}"));
        }
        if store == TICKETS {
            continue; // Checked below.
        }
        for (key, record) in &expected {
            let (now, _) = stored
                .get(key)
                .unwrap_or_else(|| panic!("{store} {key} lost"));
            assert_same(&format!("{store} {key}"), record, now, true);
        }
    }
    assert!(
        !after[SETTINGS].contains_key(SLA_REWATCH),
        "the flag is cleared"
    );

    // Tickets: intact, but for what rebuilding the trail does to a live ticket without one.
    let mut history: BTreeMap<String, Vec<TicketEvent>> = BTreeMap::new();
    for e in events.values() {
        let e: TicketEvent = serde_json::from_value(e.clone()).expect("an event");
        history.entry(e.ticket_id.clone()).or_default().push(e);
    }
    for h in history.values_mut() {
        chronological(h);
    }
    let mut rebuilt = 0;
    for (id, record) in &tickets {
        let (now, _) = after[TICKETS]
            .get(id)
            .unwrap_or_else(|| panic!("ticket {id} lost"));
        let what = format!("tickets {}", record["number"]);
        let deleted = record["deleted"] == true;
        let had_trail = record["trail"].as_array().is_some_and(|t| !t.is_empty());
        let events_of = history.get(id).map(Vec::as_slice).unwrap_or_default();
        if deleted || had_trail {
            assert_same(&what, record, now, true);
        } else {
            rebuilt += 1;
            // Every field it had is intact, but its revision.
            let mut kept = record.clone();
            kept.as_object_mut().unwrap().remove("rev");
            assert_same(&what, &kept, now, false);
            assert_eq!(
                generation(&now["rev"]),
                generation(&record["rev"]) + 1,
                "{what}: new revision"
            );
            // Nothing else changed: the record is the old one read as today's type, with
            // its trail rebuilt from history and its watch time computed.
            let mut expected = ticket(record);
            expected.rev = now["rev"].as_str().unwrap().to_owned();
            expected.trail = trail_from_history(&expected, events_of);
            expected.sla_watch = watch_at(&expected, &policy);
            assert!(!expected.trail.is_empty());
            assert_same(&what, &json_of(&to_js(&expected).unwrap()), now, true);
        }
        if !deleted {
            let t = ticket(now);
            assert_eq!(
                t.trail,
                trail_from_history(&t, events_of),
                "{what}: trail follows history"
            );
            assert_eq!(t.sla_watch, watch_at(&t, &policy), "{what}: watch time");
        }
    }
    assert_eq!(
        rebuilt > 0,
        flagged,
        "trails are rebuilt exactly when upgrading from before v3"
    );

    // The indexes answer.
    let live: BTreeMap<String, Ticket> = after[TICKETS]
        .values()
        .map(|(v, _)| ticket(v))
        .filter(|t| !t.deleted)
        .map(|t| (t.number.clone(), t))
        .collect();
    let tx = raw(&db).transaction_with_str(TICKETS).unwrap();
    let store = tx.object_store(TICKETS).unwrap();
    for record in tickets.values() {
        let number = record["number"].as_str().unwrap();
        let found = request(store.index("number").unwrap().get(&number.into()).unwrap())
            .await
            .unwrap();
        assert_eq!(
            json_of(&found)["id"],
            record["id"],
            "number index finds {number}"
        );
    }
    let count = |index: &str| {
        let req = store.index(index).unwrap().count().unwrap();
        async move { request(req).await.unwrap().as_f64().unwrap() as usize }
    };
    assert_eq!(
        count("title").await,
        tickets.len(),
        "every ticket in the title index"
    );
    let watched = array_values(
        request(store.index("sla_watch").unwrap().get_all_keys().unwrap())
            .await
            .unwrap(),
    );
    let watched: BTreeSet<String> = watched.iter().filter_map(|k| k.as_string()).collect();
    let expected_watched: BTreeSet<String> = after[TICKETS]
        .iter()
        .filter(|(_, (v, _))| v.get("sla_watch").is_some_and(|w| !w.is_null()))
        .map(|(id, _)| id.clone())
        .collect();
    assert!(!expected_watched.is_empty(), "some ticket needs watching");
    assert_eq!(
        watched, expected_watched,
        "the sla_watch index holds the watched tickets"
    );
    drop(tx);

    // The app's reads.
    for record in tickets.values() {
        let number = record["number"].as_str().unwrap();
        let found = ticket_by_number(&db, number).await.unwrap();
        if record["deleted"] == true {
            assert_eq!(found, None, "{number} is a tombstone");
            continue;
        }
        let found = found.unwrap_or_else(|| panic!("{number} found by number"));
        assert_eq!(Some(&found), live.get(number));
        let ids: Vec<String> = ticket_history(&db, &found.id)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        let expected: Vec<String> = history
            .get(&found.id)
            .map(|h| h.iter().map(|e| e.id.clone()).collect())
            .unwrap_or_default();
        assert!(!ids.is_empty(), "{number} has its history");
        assert_eq!(ids, expected, "{number}: history, oldest first");
    }

    let practices = load_practices(&db).await.unwrap();
    assert_eq!(practices.len(), 34);
    for record in records(PRACTICES).values() {
        let saved: PracticeSettings = serde_json::from_value(record.clone()).unwrap();
        assert!(practices.contains(&saved), "{} as saved", saved.key);
    }

    let counters: u64 = settings
        .iter()
        .filter(|(k, _)| {
            TicketKind::ALL
                .iter()
                .any(|kind| **k == format!("counter.{}", kind.prefix()))
        })
        .map(|(_, s)| s["value"].as_u64().unwrap())
        .sum();
    assert_eq!(u64::from(tickets_logged(&db).await.unwrap()), counters);
    let actor: Option<String> = get_setting(&db, ACTOR).await.unwrap();
    assert_eq!(actor.as_deref(), settings[ACTOR]["value"].as_str());
    let matrix: PriorityMatrix = get_setting(&db, PRIORITY_MATRIX).await.unwrap().unwrap();
    assert_eq!(
        json_of(&to_js(&matrix).unwrap()),
        settings[PRIORITY_MATRIX]["value"]
    );

    let numbers = |keep: &dyn Fn(&Ticket) -> bool| -> BTreeSet<String> {
        live.values()
            .filter(|t| keep(t))
            .map(|t| t.number.clone())
            .collect()
    };
    let all = query(&db, &TicketFilter::default(), &policy).await;
    assert_eq!(all, numbers(&|_| true), "the list shows every live ticket");
    let by_title = TicketFilter {
        sort: Sort::Title,
        ..TicketFilter::default()
    };
    assert_eq!(
        query(&db, &by_title, &policy).await,
        all,
        "through the title index"
    );
    let on_hold = TicketFilter {
        kind: Some(TicketKind::Incident),
        state: Some(TicketState::OnHold),
        ..TicketFilter::default()
    };
    let held = numbers(&|t| t.kind == TicketKind::Incident && t.state == TicketState::OnHold);
    assert!(!held.is_empty(), "an incident on hold");
    assert_eq!(query(&db, &on_hold, &policy).await, held);
    for t in live.values() {
        for text in [t.title.clone(), t.title.to_uppercase()] {
            let search = TicketFilter {
                text,
                ..TicketFilter::default()
            };
            assert!(
                query(&db, &search, &policy).await.contains(&t.number),
                "{} found by its title {:?}",
                t.number,
                search.text
            );
        }
    }
    let now = now_ms();
    let breached = numbers(&|t| watch_state(t, &policy, now) == Some(ClockStatus::Breached));
    assert!(!breached.is_empty(), "old open tickets have breached");
    let sla = TicketFilter {
        watch: Some(Watch::Breached),
        ..TicketFilter::default()
    };
    assert_eq!(
        query(&db, &sla, &policy).await,
        breached,
        "breached, through the watch index"
    );

    // A backup of the upgraded workspace passes the import's checks, with every record.
    let file = export_backup(&db, now).await.unwrap();
    let backup = parse_backup(&file, MIGRATIONS.len() as u32)
        .unwrap_or_else(|e| panic!("the backup of an upgraded v{version} is refused: {e:?}"));
    assert_eq!(backup.tickets.len(), tickets.len());
    assert_eq!(backup.events.len(), events.len());
    assert_eq!(backup.practices.len(), records(PRACTICES).len());
    assert_eq!(backup.settings.len(), after[SETTINGS].len());
    db.close();
}

/// The app opens even when rebuilding trails fails (quota, one unreadable event: the flag
/// stays for the next start), so a ticket of an upgraded database can be acted on before its
/// trail is rebuilt. Here `finish_upgrade` is simply not called before the action.
///
/// Known bug, ignored until fixed: the action extends the empty trail, and the rebuild then
/// skips the ticket because its trail is no longer empty (`rewatch` in src/storage/sla.rs
/// rebuilds only empty trails): its clocks start at the action, not when it was logged.
#[wasm_bindgen_test]
async fn a_ticket_acted_on_before_the_trail_rebuild_still_gets_its_whole_trail() {
    let (_, text) = FIXTURES[1];
    let name = fresh_name("fixture-pending");
    let old = open(&name, &MIGRATIONS[..2]).await.unwrap();
    write_raw(&old, text, &[EVENTS, PRACTICES, SETTINGS, TICKETS]).await;
    old.close();
    let db = open(&name, MIGRATIONS).await.unwrap();
    let before = ticket_by_number(&db, "INC0004").await.unwrap().unwrap();
    assert!(before.trail.is_empty(), "not rebuilt yet");
    add_note(
        &db,
        &before.id,
        EventField::WorkNote,
        "Toujours en cours…",
        "Zoé",
    )
    .await
    .unwrap();
    finish_upgrade(&db).await.unwrap();
    let after = ticket_by_number(&db, "INC0004").await.unwrap().unwrap();
    let history = ticket_history(&db, &after.id).await.unwrap();
    assert_eq!(
        after.trail,
        trail_from_history(&after, &history),
        "the trail starts when the ticket was logged"
    );
    db.close();
}
