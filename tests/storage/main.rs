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
use valuedesk::storage::sla::fallback_policy;
use valuedesk::storage::tickets::{
    add_note, apply_action, count_tickets, create_ticket, query_tickets, ticket_by_number,
    ticket_history, ActionError,
};
use valuedesk::storage::{
    now_ms, open, open_watching, random_bytes, Migration, StorageError, MIGRATIONS, SETTINGS,
    TICKETS,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod backup;
mod changes;
mod couch;
mod fixtures;
mod improvements;
mod practices;
mod queries;
mod record_conflicts;
mod removals;
mod replica;
mod reports;
mod resolve;
mod schema;
mod search;
mod shared;
mod sla;
mod tickets;
mod wake;
mod workspaces;

pub(crate) fn fresh_name(test: &str) -> String {
    let suffix: String = random_bytes::<6>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("valuedesk-test-{test}-{suffix}")
}

pub(crate) fn draft(title: &str, impact: Level, urgency: Level) -> TicketDraft {
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

pub(crate) async fn log(
    db: &valuedesk::storage::Db,
    title: &str,
) -> valuedesk::domain::ticket::Ticket {
    create_ticket(
        db,
        draft(title, Level::Medium, Level::Medium),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .expect("ticket is stored")
}

/// The raw connection, for tests that drive transactions by hand.
pub(crate) fn raw(db: &valuedesk::storage::Db) -> web_sys::IdbDatabase {
    db.raw_for_tests()
}
