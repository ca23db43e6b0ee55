//! The SLA policy and the "breaching soon" index of tickets.

use super::random_bytes;
use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::{Setting, SLA_POLICY, SLA_REWATCH};
use super::{Db, StorageError, EVENTS, SETTINGS, TICKETS};
use crate::domain::history::{chronological, TicketEvent};
use crate::domain::ids::next_revision;
use crate::domain::sla::{trail_from_history, watch_at, SlaPolicy, Zone, ZONES};
use crate::domain::ticket::Ticket;
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

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

/// The saved policy, read inside a write transaction that includes the settings store; the
/// starting policy is saved with the transaction when none is.
pub(super) async fn policy_in(tx: &WriteTx) -> Result<SlaPolicy, StorageError> {
    let stored = request(
        tx.store(SETTINGS)?
            .get(&JsValue::from_str(SLA_POLICY))
            .map_err(to_error)?,
    )
    .await?;
    if !stored.is_undefined() {
        return Ok(from_js::<Setting<SlaPolicy>>(stored)?.value);
    }
    // The first write keeps the starting policy, so that its business hours stay in the zone
    // they started in even if the device's time zone changes later. Not in a synced
    // workspace: the team's policy comes from the server, and a starting one saved here
    // would become a version of its own, in conflict with it.
    let policy = fallback_policy();
    if tx.feeds_changes() {
        return Ok(policy);
    }
    tx.store(SETTINGS)?
        .put(&to_js(&Setting {
            key: SLA_POLICY.to_owned(),
            value: &policy,
        })?)
        .map_err(to_error)?;
    Ok(policy)
}

/// Saves the policy and, in the same transaction, recomputes when every open ticket needs
/// watching under it. Tickets logged before clocks were kept get their trail rebuilt from
/// their history. Returns how many tickets were updated.
pub async fn save_policy(db: &Db, policy: &SlaPolicy) -> Result<u32, StorageError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let settings = tx.store(SETTINGS)?;
    let record = to_js(&Setting {
        key: SLA_POLICY.to_owned(),
        value: policy,
    })?;
    tx.put_record(SETTINGS, SLA_POLICY, &record)?;
    settings
        .delete(&JsValue::from_str(SLA_REWATCH))
        .map_err(to_error)?;
    let updated = rewatch(&tx, policy, false).await?;
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
    // Every live ticket: one acted on before this ran (if an earlier run failed) holds a
    // partial trail, which only its history can complete.
    rewatch(&tx, &policy, true).await?;
    settings
        .delete(&JsValue::from_str(SLA_REWATCH))
        .map_err(to_error)?;
    tx.commit().await
}

/// Tickets read per request while recomputing, so that memory stays bounded.
const CHUNK: u32 = 500;

/// Recomputes the watch time of every live ticket still worked on (and rebuilds missing
/// trails, or every trail when `rebuild_all`), reading the store in chunks inside the
/// caller's transaction. Records that
/// cannot be read are left as they are. Returns how many open tickets were recomputed.
async fn rewatch(tx: &WriteTx, policy: &SlaPolicy, rebuild_all: bool) -> Result<u32, StorageError> {
    let tickets = tx.store(TICKETS)?;
    let created = tickets.index("created").map_err(to_error)?;
    let mut after: Option<JsValue> = None;
    let mut updated = 0;
    loop {
        let range = match &after {
            Some(key) => IdbKeyRange::lower_bound_with_open(key, true)
                .map_err(to_error)?
                .into(),
            None => JsValue::UNDEFINED,
        };
        let values = array_values(
            request(
                created
                    .get_all_with_key_and_limit(&range, CHUNK)
                    .map_err(to_error)?,
            )
            .await?,
        );
        let Some(last) = values.last() else {
            break;
        };
        after = Some(created_key(last));
        let full = values.len() as u32 == CHUNK;
        for value in values {
            let Ok(mut ticket) = from_js::<Ticket>(value) else {
                continue;
            };
            let rebuild = rebuild_all || ticket.trail.is_empty();
            let watch_before = ticket.sla_watch;
            if ticket.deleted || !rebuild && !ticket.state.is_open() && watch_before.is_none() {
                continue;
            }
            if rebuild {
                let history = events_of(tx, &ticket.id).await?;
                ticket.trail = trail_from_history(&ticket, &history);
            }
            ticket.sla_watch = watch_at(&ticket, policy);
            if rebuild {
                // A new trail is a new version, replicated like any edit.
                ticket.rev = next_revision(Some(&ticket.rev), random_bytes());
                tx.put_record(TICKETS, &ticket.id, &to_js(&ticket)?)?;
            } else if ticket.sla_watch != watch_before {
                // The watch time is this device's own index, never replicated: the same
                // version, so that no other device sees an edit.
                tickets.put(&to_js(&ticket)?).map_err(to_error)?;
            }
            updated += u32::from(ticket.state.is_open());
        }
        if !full {
            break;
        }
    }
    Ok(updated)
}

/// The (created, id) key of a stored ticket in the creation index.
fn created_key(value: &JsValue) -> JsValue {
    let field =
        |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or_default();
    js_sys::Array::of2(&field("created"), &field("id")).into()
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

/// The first time after `after` at which an open ticket reaches an SLA warning, through the
/// "breaching soon" index: one record read, whatever the number of tickets.
pub async fn next_warning_after(db: &Db, after: i64) -> Result<Option<i64>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("sla_watch"))
        .map_err(to_error)?;
    let range = IdbKeyRange::lower_bound_with_open(&JsValue::from_f64(after as f64), true)
        .map_err(to_error)?;
    let first = request(index.get(&range).map_err(to_error)?).await?;
    if first.is_undefined() {
        return Ok(None);
    }
    Ok(from_js::<Ticket>(first)?.sla_watch)
}
