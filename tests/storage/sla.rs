//! SLA storage: trails written with every action, the watch index, the policy and the
//! upgrade that rebuilt the trails of older tickets.

use super::*;
use valuedesk::domain::query::Watch;
use valuedesk::domain::sla::{opening_trail, Milestone};
use valuedesk::storage::settings::SLA_POLICY;
use valuedesk::storage::sla::{finish_upgrade, save_policy};

const MINUTE: i64 = 60_000;

async fn log_p1(db: &valuedesk::storage::Db, title: &str) -> valuedesk::domain::ticket::Ticket {
    create_ticket(
        db,
        draft(title, Level::High, Level::High),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .unwrap()
}

#[wasm_bindgen_test]
async fn a_new_ticket_has_a_trail_and_an_action_extends_it_in_the_same_write() {
    let db = open(&fresh_name("trail"), MIGRATIONS).await.unwrap();
    let ticket = log_p1(&db, "Mail down").await;
    assert_eq!(ticket.trail, opening_trail(&ticket));
    // P1 round the clock: the response clock warns at 75% of 15 minutes.
    assert_eq!(ticket.sla_watch, Some(ticket.created + 675_000));
    let held = apply_action(
        &db,
        &ticket.id,
        Action::Hold(HoldReason::AwaitingCaller),
        "Carol",
    )
    .await
    .unwrap();
    let stored = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.trail, held.trail);
    let added: Vec<Milestone> = stored.trail[2..].iter().map(|m| m.what).collect();
    assert_eq!(
        added,
        [Milestone::Responded, Milestone::State(TicketState::OnHold)]
    );
    // The response clock met its target; the resolution clock is paused before its warning.
    assert_eq!(stored.sla_watch, None);
    db.close();
}

#[wasm_bindgen_test]
async fn the_watch_filter_finds_tickets_near_and_past_breach_through_its_index() {
    let db = open(&fresh_name("watch"), MIGRATIONS).await.unwrap();
    let urgent = log_p1(&db, "Mail down").await;
    log(&db, "Printer jam").await; // P3, business hours: days away from any warning.
    let policy = valuedesk::storage::sla::fallback_policy();
    let list = |watch: Watch| TicketFilter {
        watch: Some(watch),
        ..Default::default()
    };
    let at = |minutes: i64| urgent.created + minutes * MINUTE;
    let numbers = |tickets: Vec<valuedesk::domain::ticket::Ticket>| {
        tickets.into_iter().map(|t| t.number).collect::<Vec<_>>()
    };
    let soon = query_tickets(
        &db,
        &list(Watch::BreachingSoon),
        (&policy, at(12)),
        None,
        10,
    )
    .await
    .unwrap();
    assert_eq!(numbers(soon), ["INC0001"]);
    let early = query_tickets(&db, &list(Watch::BreachingSoon), (&policy, at(5)), None, 10)
        .await
        .unwrap();
    assert!(early.is_empty());
    let breached = query_tickets(&db, &list(Watch::Breached), (&policy, at(16)), None, 10)
        .await
        .unwrap();
    assert_eq!(numbers(breached), ["INC0001"]);
    let not_soon = query_tickets(
        &db,
        &list(Watch::BreachingSoon),
        (&policy, at(16)),
        None,
        10,
    )
    .await
    .unwrap();
    assert!(not_soon.is_empty());
    db.close();
}

#[wasm_bindgen_test]
async fn saving_a_policy_recomputes_the_watch_of_open_tickets_in_one_write() {
    let db = open(&fresh_name("policy"), MIGRATIONS).await.unwrap();
    let p3 = log(&db, "Printer jam").await;
    let mut policy = valuedesk::storage::sla::fallback_policy();
    policy.definitions[2].hours = policy.hours[0].name.clone();
    policy.definitions[2].response_minutes = 20;
    let updated = save_policy(&db, &policy).await.unwrap();
    assert_eq!(updated, 1);
    let stored = ticket_by_number(&db, &p3.number).await.unwrap().unwrap();
    assert_eq!(stored.sla_watch, Some(p3.created + 15 * MINUTE));
    let saved: Option<valuedesk::domain::sla::SlaPolicy> =
        get_setting(&db, SLA_POLICY).await.unwrap();
    assert_eq!(saved, Some(policy));
    db.close();
}

#[wasm_bindgen_test]
async fn the_upgrade_to_clocks_rebuilds_trails_from_history() {
    let name = fresh_name("upgrade-trail");
    let db = open(&name, &MIGRATIONS[..2]).await.unwrap();
    let ticket = log_p1(&db, "Mail down").await;
    let held = apply_action(
        &db,
        &ticket.id,
        Action::Hold(HoldReason::AwaitingVendor),
        "Carol",
    )
    .await
    .unwrap();
    // Strip what version 2 did not keep.
    let mut old = held.clone();
    old.trail.clear();
    old.sla_watch = None;
    let tx = WriteTx::begin(&raw(&db), &[TICKETS]).unwrap();
    tx.store(TICKETS)
        .unwrap()
        .put(&valuedesk::storage::request::to_js(&old).unwrap())
        .unwrap();
    tx.commit().await.unwrap();
    db.close();

    let db = open(&name, MIGRATIONS).await.unwrap();
    let flag: Option<bool> = get_setting(&db, "sla_rewatch").await.unwrap();
    assert_eq!(flag, Some(true));
    finish_upgrade(&db).await.unwrap();
    let rebuilt = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rebuilt.trail, held.trail);
    assert_eq!(rebuilt.sla_watch, held.sla_watch);
    let flag: Option<bool> = get_setting(&db, "sla_rewatch").await.unwrap();
    assert_eq!(flag, None);
    db.close();
}
