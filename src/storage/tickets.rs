//! Tickets and their history in IndexedDB.

use super::request::{array_values, collect, from_js, request, to_error, to_js, WriteTx};
use super::settings::Setting;
use super::{new_record, random_bytes, Db, StorageError, EVENTS, SETTINGS, TICKETS};
use crate::domain::history::{chronological, TicketEvent};
use crate::domain::ids::ulid;
use crate::domain::priority::PriorityMatrix;
use crate::domain::ticket::{Ticket, TicketDraft};
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{IdbCursorDirection, IdbKeyRange, IdbTransactionMode};

/// Where a page of the newest-first ticket list starts: after this ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageCursor {
    pub created: i64,
    pub id: String,
}

/// Logs a new ticket: numbers it from the kind's counter, and writes the ticket, its first
/// history event and the counter in one transaction.
pub async fn create_ticket(
    db: &Db,
    draft: TicketDraft,
    matrix: &PriorityMatrix,
    actor: &str,
) -> Result<Ticket, StorageError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let settings = tx.store(SETTINGS)?;
    let counter_key = format!("counter.{}", draft.kind.prefix());
    let stored = request(
        settings
            .get(&JsValue::from_str(&counter_key))
            .map_err(to_error)?,
    )
    .await?;
    let last: u32 = if stored.is_undefined() {
        0
    } else {
        from_js::<Setting<u32>>(stored)?.value
    };

    let record = new_record();
    let event_id = ulid(record.now as u64, random_bytes());
    let ticket = draft.open(record, last + 1, matrix);
    let event = TicketEvent::created(event_id, &ticket, actor);
    tx.store(TICKETS)?.add(&to_js(&ticket)?).map_err(to_error)?;
    tx.store(EVENTS)?.add(&to_js(&event)?).map_err(to_error)?;
    settings
        .put(&to_js(&Setting {
            key: counter_key,
            value: last + 1,
        })?)
        .map_err(to_error)?;
    tx.commit().await?;
    Ok(ticket)
}

/// A page of the ticket list, newest first, skipping tombstones.
pub async fn list_tickets(
    db: &Db,
    after: Option<&PageCursor>,
    limit: usize,
) -> Result<Vec<Ticket>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("created"))
        .map_err(to_error)?;
    let range = match after {
        Some(c) => {
            let key: Array = [
                JsValue::from_f64(c.created as f64),
                JsValue::from_str(&c.id),
            ]
            .into_iter()
            .collect();
            Some(IdbKeyRange::upper_bound_with_open(&key, true).map_err(to_error)?)
        }
        None => None,
    };
    let req = index
        .open_cursor_with_range_and_direction(
            range
                .as_ref()
                .map(JsValue::from)
                .as_ref()
                .unwrap_or(&JsValue::NULL),
            IdbCursorDirection::Prev,
        )
        .map_err(to_error)?;
    let values = collect(req, limit, |v| !is_tombstone(v)).await?;
    values.into_iter().map(from_js).collect()
}

fn is_tombstone(value: &JsValue) -> bool {
    Reflect::get(value, &JsValue::from_str("deleted")).is_ok_and(|d| d.is_truthy())
}

/// How many ticket records the database holds.
pub async fn count_tickets(db: &Db) -> Result<u32, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let store = tx.object_store(TICKETS).map_err(to_error)?;
    let count = request(store.count().map_err(to_error)?).await?;
    Ok(count.as_f64().unwrap_or(0.0) as u32)
}

/// The ticket with this human number, if any.
pub async fn ticket_by_number(db: &Db, number: &str) -> Result<Option<Ticket>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("number"))
        .map_err(to_error)?;
    let found = request(index.get(&JsValue::from_str(number)).map_err(to_error)?).await?;
    if found.is_undefined() || is_tombstone(&found) {
        return Ok(None);
    }
    from_js(found).map(Some)
}

/// A ticket's history, oldest first.
pub async fn ticket_history(db: &Db, ticket_id: &str) -> Result<Vec<TicketEvent>, StorageError> {
    let tx = db
        .idb()
        .transaction_with_str_and_mode(EVENTS, IdbTransactionMode::Readonly)
        .map_err(to_error)?;
    let index = tx
        .object_store(EVENTS)
        .and_then(|s| s.index("ticket_id"))
        .map_err(to_error)?;
    let all = request(
        index
            .get_all_with_key(&JsValue::from_str(ticket_id))
            .map_err(to_error)?,
    )
    .await?;
    let mut events = array_values(all)
        .into_iter()
        .map(from_js)
        .collect::<Result<Vec<_>, _>>()?;
    chronological(&mut events);
    Ok(events)
}
