//! Tickets edited on two devices: the losing versions replication kept, and settling the
//! conflict with the version (or merge) a user chose. The resolution is what CouchDB
//! expects ([`resolve_doc`]): a new revision on the winning branch and a tombstone on each
//! losing one, written with the ticket and a history event in one transaction and pushed
//! through the changes feed, so that every device ends up with the same ticket.

use super::replica::{self, get_json, put_tree, tree_in};
use super::replica::{conflict_key, conflict_range};
use super::request::{array_values, from_js, request, to_error, to_js, WriteTx};
use super::{now_ms, random_bytes, Db, StorageError};
use super::{CONFLICTS, EVENTS, REV_TREES, SETTINGS, TICKETS};
use crate::domain::history::{EventField, TicketEvent};
use crate::domain::ids::ulid;
use crate::domain::replication::document::{DocId, StoreKind};
use crate::domain::replication::local::adopt;
use crate::domain::replication::merge::kept;
use crate::domain::replication::{resolve_doc, Resolved};
use crate::domain::sla::watch_at;
use crate::domain::ticket::Ticket;
use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::IdbObjectStore;

/// Why a resolution was not written. Nothing was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// The ticket no longer exists (or was deleted).
    NotFound,
    /// The ticket has no conflict any more: settled meanwhile, here or on another device.
    Settled,
    /// The chosen ticket comes from none of the versions now in conflict: the ticket
    /// changed after the comparison was shown.
    Stale,
    Storage(StorageError),
}

impl From<StorageError> for ResolveError {
    fn from(e: StorageError) -> Self {
        ResolveError::Storage(e)
    }
}

/// The document id of a ticket, `None` for an id replication would never use.
fn doc_of(ticket_id: &str) -> Option<DocId> {
    DocId::new(StoreKind::Ticket, ticket_id)
}

/// The ticket's losing versions, most recently updated first (none for nearly every
/// ticket: one read over a key range, cheap enough for every ticket page); a body that does
/// not read as a ticket is skipped.
pub async fn ticket_conflicts(db: &Db, ticket_id: &str) -> Result<Vec<Ticket>, StorageError> {
    let Some(doc) = doc_of(ticket_id) else {
        return Ok(Vec::new());
    };
    let mut versions: Vec<Ticket> = replica::conflicts_of(db, &doc)
        .await?
        .into_iter()
        .filter_map(|(_, body)| serde_json::from_value(body).ok())
        .collect();
    versions.sort_by(|a, b| (b.updated, &b.rev).cmp(&(a.updated, &a.rev)));
    Ok(versions)
}

/// The losing versions' bodies, read inside the resolution's transaction.
async fn losers_in(store: &IdbObjectStore, doc: &DocId) -> Result<Vec<Ticket>, StorageError> {
    let range = conflict_range(doc)?;
    let all = array_values(request(store.get_all_with_key(&range).map_err(to_error)?).await?);
    Ok(all
        .into_iter()
        .filter_map(|v| from_js::<Value>(v).ok())
        .filter_map(|v| serde_json::from_value(v.get("body")?.clone()).ok())
        .collect())
}

/// Settles the ticket's conflict with `chosen`: one of its versions, or a merge built
/// from the current one ([`crate::domain::replication::merge`]). In one transaction: the
/// revision tree with the new winner and the losing branches' tombstones, the ticket at
/// its new revision (its SLA watch recomputed), the losing bodies dropped, and a history
/// event saying which version was kept. Returns the ticket as stored.
pub async fn resolve_ticket(
    db: &Db,
    ticket_id: &str,
    chosen: &Ticket,
    actor: &str,
) -> Result<Ticket, ResolveError> {
    let doc = doc_of(ticket_id).ok_or(ResolveError::NotFound)?;
    if chosen.id != ticket_id {
        return Err(ResolveError::Stale);
    }
    let stores = [TICKETS, EVENTS, REV_TREES, CONFLICTS, SETTINGS];
    let tx = WriteTx::begin(db.idb(), &stores)?;
    let policy = super::sla::policy_in(&tx).await?;
    let key = JsValue::from_str(ticket_id);
    let record = get_json(&tx.store(TICKETS)?, &key).await?;
    let record = record
        .filter(|r| r.get("deleted").and_then(Value::as_bool) != Some(true))
        .ok_or(ResolveError::NotFound)?;
    let current: Ticket =
        serde_json::from_value(record.clone()).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    // A local edit not yet taken into the tree becomes the winner first, so that it is
    // one of the versions settled and never lost.
    let adopted = adopt(&doc, &record, tree_in(&tx.store(REV_TREES)?, &doc).await?);
    let losers = losers_in(&tx.store(CONFLICTS)?, &doc).await?;
    let known = [current.rev.clone(), adopted.rev.to_string()];
    let from_a_version = known.contains(&chosen.rev) || losers.iter().any(|l| l.rev == chosen.rev);
    if !from_a_version {
        return Err(ResolveError::Stale);
    }

    let mut ticket = chosen.clone();
    ticket.deleted = false;
    ticket.sla_watch = watch_at(&ticket, &policy);
    let value = serde_json::to_value(&ticket).map_err(|e| StorageError::Failed(e.to_string()))?;
    let resolved = resolve_doc(&doc, adopted.tree, &value)
        .map_err(|e| StorageError::Failed(e.to_string()))?
        .ok_or(ResolveError::Settled)?;
    let saved: Ticket = serde_json::from_value(resolved.record.clone())
        .map_err(|e| StorageError::Corrupt(e.to_string()))?;

    write_resolved(&tx, TICKETS, &doc, &resolved)?;
    let versions: Vec<&Ticket> = std::iter::once(&current).chain(&losers).collect();
    let outcome =
        kept(chosen, &versions).map_or_else(|| "merged".to_owned(), |v| v.updated.to_string());
    let now = now_ms();
    let event = TicketEvent {
        id: ulid(now as u64, random_bytes()),
        ticket_id: ticket_id.to_owned(),
        at: now,
        actor: actor.to_owned(),
        field: EventField::ConflictResolved,
        old: None,
        new: Some(outcome),
        note: None,
    };
    tx.put_record(EVENTS, &event.id, &to_js(&event)?)?;
    tx.commit().await?;
    Ok(saved)
}

/// Writes a resolution in `tx`: the chosen record in `store` (and the changes feed), the
/// document's new tree, and the losing versions' bodies dropped.
pub(super) fn write_resolved(
    tx: &WriteTx,
    store: &str,
    doc: &DocId,
    resolved: &Resolved,
) -> Result<(), StorageError> {
    tx.put_record(store, &doc.key, &to_js(&resolved.record)?)?;
    put_tree(&tx.store(REV_TREES)?, doc, &resolved.tree)?;
    let conflicts = tx.store(CONFLICTS)?;
    for rev in &resolved.dropped {
        conflicts
            .delete(&conflict_key(doc, &rev.to_string()))
            .map_err(to_error)?;
    }
    Ok(())
}
