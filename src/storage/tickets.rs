//! Tickets and their history in IndexedDB.

use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::settings::Setting;
use super::sla::policy_in;
use super::{new_record, now_ms, random_bytes, Db, StorageError, EVENTS, SETTINGS, TICKETS};
use crate::domain::configuration::ConfigError;
use crate::domain::history::{changes, chronological, EventField, FieldChange, TicketEvent};
use crate::domain::ids::ulid;
use crate::domain::lifecycle::{self, Action, LifecycleError};
use crate::domain::links::LinkError;
use crate::domain::priority::PriorityMatrix;
use crate::domain::replication::numbering::format_number;
use crate::domain::sla::{self, SlaPolicy};
use crate::domain::ticket::{
    next_version, FieldError, Ticket, TicketDraft, TicketKind, VersionRandom,
};
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbTransactionMode};

/// Logs a new ticket: numbers it from the kind's counter, and writes the ticket, its first
/// history event and the counter in one transaction.
pub async fn create_ticket(
    db: &Db,
    draft: TicketDraft,
    matrix: &PriorityMatrix,
    actor: &str,
) -> Result<Ticket, StorageError> {
    match create_linked_ticket(db, draft, matrix, actor, None).await {
        Ok(ticket) => Ok(ticket),
        Err(ActionError::Storage(e)) => Err(e),
        Err(other) => Err(StorageError::Failed(format!("{other:?}"))),
    }
}

/// Where a new ticket comes from: the ticket it is linked to on creation, and a work note
/// for its timeline (such as the workaround of a known error).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub link_to: String,
    pub note: Option<String>,
    /// More tickets (numbers) linked in the same transaction, such as the other incidents of
    /// a recurring cluster a problem is raised from.
    pub also_link: Vec<String>,
}

/// Like [`create_ticket`], and links the new ticket to its origin (a problem raised from an
/// incident, a change raised from a problem, an incident matched to a known error) in the
/// same transaction.
pub async fn create_linked_ticket(
    db: &Db,
    draft: TicketDraft,
    matrix: &PriorityMatrix,
    actor: &str,
    origin: Option<&Origin>,
) -> Result<Ticket, ActionError> {
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

    let policy = policy_in(&tx).await?;
    let record = new_record();
    let event_id = ulid(record.now as u64, random_bytes());
    let mut ticket = draft.open(record, last + 1, matrix);
    // A replicated workspace's numbers carry this device's tag: INC0043-K7M.
    if let Some(tag) = super::sync_target::device_tag(&db.name()) {
        ticket.number = format_number(ticket.kind.prefix(), last + 1, Some(&tag));
    }
    let event = TicketEvent::created(event_id, &ticket, actor);
    let numbers = origin.map(|o| std::iter::once(&o.link_to).chain(&o.also_link));
    for number in numbers.into_iter().flatten() {
        let other = read_by_number(&tx, number).await?;
        let (linked_ticket, linked) =
            crate::domain::links::link(&ticket, &other, false, ticket.created)
                .map_err(ActionError::Link)?;
        let changes = changes(&other, &linked);
        write_version(&tx, linked, changes, actor, &policy)?;
        ticket = linked_ticket;
    }
    ticket.sla_watch = sla::watch_at(&ticket, &policy);
    tx.store(TICKETS)?.add(&to_js(&ticket)?).map_err(to_error)?;
    super::changes::append(&tx, TICKETS, &ticket.id)?;
    tx.store(EVENTS)?.add(&to_js(&event)?).map_err(to_error)?;
    super::changes::append(&tx, EVENTS, &event.id)?;
    if let Some(note) = origin.and_then(|o| o.note.clone()) {
        let mut random: [u8; 10] = random_bytes();
        random[0] = 0xFF; // after the creation event of the same millisecond
        let noted = TicketEvent {
            id: ulid(ticket.created as u64, random),
            field: EventField::WorkNote,
            new: None,
            note: Some(note),
            ..event.clone()
        };
        tx.store(EVENTS)?.add(&to_js(&noted)?).map_err(to_error)?;
        super::changes::append(&tx, EVENTS, &noted.id)?;
    }
    settings
        .put(&to_js(&Setting {
            key: counter_key,
            value: last + 1,
        })?)
        .map_err(to_error)?;
    tx.commit().await?;
    Ok(ticket)
}

pub use super::queries::query_tickets;

fn is_tombstone(value: &JsValue) -> bool {
    Reflect::get(value, &JsValue::from_str("deleted")).is_ok_and(|d| d.is_truthy())
}

/// How many tickets were ever logged, from the per-kind number counters: constant time,
/// where counting the store would read every record.
pub async fn tickets_logged(db: &Db) -> Result<u32, StorageError> {
    let mut total = 0;
    for kind in TicketKind::ALL {
        let key = format!("counter.{}", kind.prefix());
        total += super::settings::get_setting::<u32>(db, &key)
            .await?
            .unwrap_or(0);
    }
    Ok(total)
}

/// How many ticket records the database holds.
pub async fn count_tickets(db: &Db) -> Result<u32, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let store = tx.object_store(TICKETS).map_err(to_error)?;
    let count = request(store.count().map_err(to_error)?).await?;
    Ok(count.as_f64().unwrap_or(0.0) as u32)
}

/// The ticket with this human number and its history, if there is such a ticket.
pub async fn ticket_with_history(
    db: &Db,
    number: &str,
) -> Result<Option<(Ticket, Vec<TicketEvent>)>, StorageError> {
    let Some(ticket) = ticket_by_number(db, number).await? else {
        return Ok(None);
    };
    let history = ticket_history(db, &ticket.id).await?;
    Ok(Some((ticket, history)))
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

/// Every live ticket of one kind, through the kind index (for the few changes a calendar
/// shows, not for incidents).
pub async fn tickets_of_kind(db: &Db, kind: TicketKind) -> Result<Vec<Ticket>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("kind"))
        .map_err(to_error)?;
    let range = IdbKeyRange::only(&JsValue::from_str(kind.key())).map_err(to_error)?;
    let all = request(index.get_all_with_key(&range).map_err(to_error)?).await?;
    let tickets: Vec<Ticket> = array_values(all)
        .into_iter()
        .map(from_js)
        .collect::<Result<_, _>>()?;
    Ok(tickets.into_iter().filter(|t| !t.deleted).collect())
}

/// The ticket with this id, if any.
pub async fn ticket_by_id(db: &Db, id: &str) -> Result<Option<Ticket>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let store = tx.object_store(TICKETS).map_err(to_error)?;
    let found = request(store.get(&JsValue::from_str(id)).map_err(to_error)?).await?;
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

/// Why an action on a ticket was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionError {
    /// The lifecycle refused it; nothing was written.
    Lifecycle(LifecycleError),
    /// The two tickets cannot be linked; nothing was written.
    Link(LinkError),
    /// The assignment or classification does not fit the desk's configuration.
    Config(ConfigError),
    /// A field of the form is invalid; nothing was written.
    Form(FieldError),
    /// A work note or comment was empty; nothing was written.
    EmptyNote,
    /// The ticket no longer exists.
    NotFound,
    /// The ticket was changed (in another tab or window) after the version the action was
    /// decided on; nothing was written.
    Conflict,
    Storage(StorageError),
}

impl From<StorageError> for ActionError {
    fn from(e: StorageError) -> Self {
        ActionError::Storage(e)
    }
}

/// Reads a live ticket by its number inside a write transaction.
pub(super) async fn read_by_number(tx: &WriteTx, number: &str) -> Result<Ticket, ActionError> {
    let index = tx.store(TICKETS)?.index("number").map_err(to_error)?;
    let found = request(
        index
            .get(&JsValue::from_str(number.trim()))
            .map_err(to_error)?,
    )
    .await?;
    if found.is_undefined() || is_tombstone(&found) {
        return Err(ActionError::NotFound);
    }
    Ok(from_js(found)?)
}

/// Reads a ticket inside a write transaction.
pub(super) async fn read_for_update(tx: &WriteTx, ticket_id: &str) -> Result<Ticket, ActionError> {
    let found = request(
        tx.store(TICKETS)?
            .get(&JsValue::from_str(ticket_id))
            .map_err(to_error)?,
    )
    .await?;
    if found.is_undefined() {
        return Err(ActionError::NotFound);
    }
    Ok(from_js(found)?)
}

/// Writes the new version of a ticket and its history events, and records them in its
/// clock trail; the caller commits.
pub(super) fn write_version(
    tx: &WriteTx,
    ticket: Ticket,
    changes: Vec<FieldChange>,
    actor: &str,
    policy: &SlaPolicy,
) -> Result<Ticket, StorageError> {
    let random = VersionRandom {
        revision: random_bytes(),
        events: random_bytes(),
    };
    let (ticket, events) = next_version(ticket, changes, actor, policy, random);
    tx.put_record(TICKETS, &ticket.id, &to_js(&ticket)?)?;
    let store = tx.store(EVENTS)?;
    for event in events {
        store.add(&to_js(&event)?).map_err(to_error)?;
        super::changes::append(tx, EVENTS, &event.id)?;
    }
    Ok(ticket)
}

/// Applies a lifecycle action: the ticket's new version and one history event per changed
/// field are written in one transaction, or nothing is.
pub async fn apply_action(
    db: &Db,
    ticket_id: &str,
    action: Action,
    actor: &str,
) -> Result<Ticket, ActionError> {
    apply_action_on(db, ticket_id, None, action, actor).await
}

/// [`apply_action`], refused with [`ActionError::Conflict`] when the stored ticket's
/// revision is no longer `seen_rev`, the version its user decided on (`None`: any version).
pub async fn apply_action_on(
    db: &Db,
    ticket_id: &str,
    seen_rev: Option<&str>,
    action: Action,
    actor: &str,
) -> Result<Ticket, ActionError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let policy = policy_in(&tx).await?;
    let before = read_for_update(&tx, ticket_id).await?;
    if seen_rev.is_some_and(|rev| rev != before.rev) {
        return Err(ActionError::Conflict);
    }
    let after = lifecycle::apply(&before, action, now_ms()).map_err(ActionError::Lifecycle)?;
    let changes = changes(&before, &after);
    let saved = write_version(&tx, after, changes, actor, &policy)?;
    tx.commit().await?;
    Ok(saved)
}

/// Adds a work note (internal) or a comment to a ticket's timeline, and marks it updated.
pub async fn add_note(
    db: &Db,
    ticket_id: &str,
    field: EventField,
    text: &str,
    actor: &str,
) -> Result<Ticket, ActionError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ActionError::EmptyNote);
    }
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let policy = policy_in(&tx).await?;
    let mut ticket = read_for_update(&tx, ticket_id).await?;
    ticket.updated = now_ms();
    let note = FieldChange {
        field,
        old: None,
        new: None,
        note: Some(text.to_owned()),
    };
    let saved = write_version(&tx, ticket, vec![note], actor, &policy)?;
    tx.commit().await?;
    Ok(saved)
}
