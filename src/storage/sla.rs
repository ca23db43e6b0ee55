//! The SLA policy and the "breaching soon" index of tickets.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::{Setting, SLA_POLICY, SLA_REWATCH};
use super::{Db, StorageError, EVENTS, SETTINGS, TICKETS};
use crate::domain::history::{chronological, TicketEvent};
use crate::domain::sla::{trail_from_history, watch_at, SlaPolicy, Zone, ZONES};
use crate::domain::ticket::Ticket;
use wasm_bindgen::JsValue;

/// The policy in force until one is saved: the usual targets, with business hours in the
/// browser's time zone. Nothing is written until an administrator saves a policy, so a
/// workspace whose storage is full still opens.
pub fn fallback_policy() -> SlaPolicy {
    SlaPolicy::starting(&browser_zone(), "24×7", "09:00–17:00")
}

/// The browser's time zone if the app offers it, else an offered zone with the browser's
/// current UTC offset, else UTC.
fn browser_zone() -> String {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let named = js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string());
    let now = super::now_ms();
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i64);
    named
        .and_then(|n| Zone::named(&n))
        .or_else(|| ZONES.into_iter().find(|z| z.offset_at(now) == offset))
        .map_or_else(|| "UTC".to_owned(), |z| z.name.to_owned())
}

/// The saved policy, read inside a write transaction that includes the settings store.
pub(super) async fn policy_in(tx: &WriteTx) -> Result<SlaPolicy, StorageError> {
    let stored = request(
        tx.store(SETTINGS)?
            .get(&JsValue::from_str(SLA_POLICY))
            .map_err(to_error)?,
    )
    .await?;
    if stored.is_undefined() {
        return Ok(fallback_policy());
    }
    Ok(from_js::<Setting<SlaPolicy>>(stored)?.value)
}

/// Saves the policy and, in the same transaction, recomputes when every open ticket needs
/// watching under it. Tickets logged before clocks were kept get their trail rebuilt from
/// their history. Returns how many tickets were updated.
pub async fn save_policy(db: &Db, policy: &SlaPolicy) -> Result<u32, StorageError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let settings = tx.store(SETTINGS)?;
    settings
        .put(&to_js(&Setting {
            key: SLA_POLICY.to_owned(),
            value: policy,
        })?)
        .map_err(to_error)?;
    settings
        .delete(&JsValue::from_str(SLA_REWATCH))
        .map_err(to_error)?;
    let updated = rewatch(&tx, policy).await?;
    tx.commit().await?;
    Ok(updated)
}

/// After the schema upgrade that introduced clocks, rebuilds the trails and watch times
/// once (the upgrade leaves a flag for it).
pub async fn finish_upgrade(db: &Db) -> Result<(), StorageError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let settings = tx.store(SETTINGS)?;
    let flag = request(
        settings
            .get(&JsValue::from_str(SLA_REWATCH))
            .map_err(to_error)?,
    )
    .await?;
    if flag.is_undefined() {
        return Ok(());
    }
    let policy = policy_in(&tx).await?;
    rewatch(&tx, &policy).await?;
    settings
        .delete(&JsValue::from_str(SLA_REWATCH))
        .map_err(to_error)?;
    tx.commit().await
}

/// Recomputes the watch time of every live, unfinished ticket.
async fn rewatch(tx: &WriteTx, policy: &SlaPolicy) -> Result<u32, StorageError> {
    let tickets = tx.store(TICKETS)?;
    let all = request(tickets.get_all().map_err(to_error)?).await?;
    let mut updated = 0;
    for value in array_values(all) {
        let mut ticket: Ticket = from_js(value)?;
        let settled = ticket.state.is_final() && ticket.sla_watch.is_none();
        if ticket.deleted || settled && !ticket.trail.is_empty() {
            continue;
        }
        if ticket.trail.is_empty() {
            let history = events_of(tx, &ticket.id).await?;
            ticket.trail = trail_from_history(&ticket, &history);
        }
        ticket.sla_watch = watch_at(&ticket, policy);
        tickets.put(&to_js(&ticket)?).map_err(to_error)?;
        updated += 1;
    }
    Ok(updated)
}

async fn events_of(tx: &WriteTx, ticket_id: &str) -> Result<Vec<TicketEvent>, StorageError> {
    let index = tx.store(EVENTS)?.index("ticket_id").map_err(to_error)?;
    let found = request(
        index
            .get_all_with_key(&JsValue::from_str(ticket_id))
            .map_err(to_error)?,
    )
    .await?;
    let mut events = array_values(found)
        .into_iter()
        .map(from_js)
        .collect::<Result<Vec<TicketEvent>, _>>()?;
    chronological(&mut events);
    Ok(events)
}
