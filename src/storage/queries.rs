//! The ticket list's query: a page of tickets read through the index the filter's plan
//! names.

use super::request::{from_js, scan, to_error};
use super::{Db, StorageError, TICKETS};
use crate::domain::query::{IndexValue, TicketFilter};
use crate::domain::sla::SlaPolicy;
use crate::domain::ticket::Ticket;
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{IdbCursorDirection, IdbKeyRange};

/// The key a ticket has in one of the ticket indexes, to resume a page after it.
fn index_key(index: &str, t: &Ticket) -> JsValue {
    match index {
        "created" => [
            JsValue::from_f64(t.created as f64),
            JsValue::from_str(&t.id),
        ]
        .into_iter()
        .collect::<Array>()
        .into(),
        "updated" => JsValue::from_f64(t.updated as f64),
        "priority" => JsValue::from_f64(f64::from(u8::from(t.priority))),
        "state" => JsValue::from_str(t.state.key()),
        "kind" => JsValue::from_str(t.kind.key()),
        "title" => JsValue::from_str(&t.title),
        "sla_watch" => JsValue::from_f64(t.sla_watch.unwrap_or_default() as f64),
        _ => JsValue::from_str(&t.number),
    }
}

/// A page of tickets that pass `filter` (its SLA criterion judged at `now` under
/// `policy`), in its order, after the ticket `after`. Reads through the index the filter's
/// plan names and stops once the page is full.
pub async fn query_tickets(
    db: &Db,
    filter: &TicketFilter,
    (policy, now): (&SlaPolicy, i64),
    after: Option<&Ticket>,
    limit: usize,
) -> Result<Vec<Ticket>, StorageError> {
    if let Some(page) = super::search::search_page(db, filter, after, limit).await? {
        return Ok(page);
    }
    let plan = filter.plan();
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index(plan.index))
        .map_err(to_error)?;
    let range = match &plan.only {
        Some(IndexValue::Text(v)) => {
            Some(IdbKeyRange::only(&JsValue::from_str(v)).map_err(to_error)?)
        }
        Some(IndexValue::Number(n)) => {
            Some(IdbKeyRange::only(&JsValue::from_f64(*n)).map_err(to_error)?)
        }
        None => match (plan.between, plan.until_now) {
            (Some((from, to)), _) => Some(
                IdbKeyRange::bound_with_lower_open_and_upper_open(
                    &Array::of1(&JsValue::from_f64(from as f64)),
                    &Array::of1(&JsValue::from_f64(to as f64)),
                    false,
                    true,
                )
                .map_err(to_error)?,
            ),
            (None, true) => {
                Some(IdbKeyRange::upper_bound(&JsValue::from_f64(now as f64)).map_err(to_error)?)
            }
            (None, false) => None,
        },
    };
    let direction = if plan.descending {
        IdbCursorDirection::Prev
    } else {
        IdbCursorDirection::Next
    };
    let req = index
        .open_cursor_with_range_and_direction(
            range
                .as_ref()
                .map(JsValue::from)
                .as_ref()
                .unwrap_or(&JsValue::NULL),
            direction,
        )
        .map_err(to_error)?;
    let resume = after.map(|t| (index_key(plan.index, t), JsValue::from_str(&t.id)));
    let filter = filter.clone();
    let policy = policy.clone();
    let searching = !filter.text.trim().is_empty();
    scan(req, resume, limit, move |value| {
        if searching
            && !filter.text_matches_parts(
                &text_of(&value, "number"),
                &text_of(&value, "title"),
                &text_of(&value, "description"),
            )
        {
            return None;
        }
        // A record that does not read back as a ticket is reported, never skipped quietly.
        match from_js::<Ticket>(value) {
            Ok(t) => {
                (filter.matches(&t) && filter.watch_matches(&t, &policy, now)).then_some(Ok(t))
            }
            Err(e) => Some(Err(e)),
        }
    })
    .await?
    .into_iter()
    .collect()
}

/// A string field of a stored record, read without decoding the whole record.
fn text_of(value: &JsValue, field: &str) -> String {
    Reflect::get(value, &JsValue::from_str(field))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
