//! Links between tickets, and known errors applied to incidents.

use super::request::{array_values, from_js, request, to_error, WriteTx};
use super::sla::policy_in;
use super::tickets::{read_by_number, read_for_update, write_version, ActionError};
use super::{now_ms, Db, StorageError, EVENTS, SETTINGS, TICKETS};
use crate::domain::history::{changes, EventField, FieldChange};
use crate::domain::links::{link, link_as, Relation};
use crate::domain::query::known_error_matches;
use crate::domain::ticket::{Ticket, TicketState};
use crate::i18n::labels::workaround_note;
use crate::i18n::Lang;
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// Links a ticket to the ticket numbered `other`: both tickets and both history events are
/// written in one transaction, as `relation` says the first relates to the other.
pub async fn link_tickets(
    db: &Db,
    ticket_id: &str,
    other: &str,
    relation: Relation,
    actor: &str,
) -> Result<Ticket, ActionError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let policy = policy_in(&tx).await?;
    let a = read_for_update(&tx, ticket_id).await?;
    let b = read_by_number(&tx, other).await?;
    let (a2, b2) = link_as(&a, &b, relation, now_ms()).map_err(ActionError::Link)?;
    let (ca, cb) = (changes(&a, &a2), changes(&b, &b2));
    let saved = write_version(&tx, a2, ca, actor, &policy)?;
    write_version(&tx, b2, cb, actor, &policy)?;
    tx.commit().await?;
    Ok(saved)
}

/// Problems in the known-error state whose title or record contains every word of `text`.
pub async fn search_known_errors(db: &Db, text: &str) -> Result<Vec<Ticket>, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("state"))
        .map_err(to_error)?;
    let range =
        IdbKeyRange::only(&JsValue::from_str(TicketState::KnownError.key())).map_err(to_error)?;
    let all = request(index.get_all_with_key(&range).map_err(to_error)?).await?;
    let mut found = Vec::new();
    for value in array_values(all) {
        let problem: Ticket = from_js(value)?;
        if known_error_matches(&problem, text) {
            found.push(problem);
        }
    }
    Ok(found)
}

/// Applies a known error to an incident: links them and copies the workaround into the
/// incident's timeline as a work note, in one transaction.
pub async fn apply_known_error(
    db: &Db,
    incident_id: &str,
    problem_id: &str,
    actor: &str,
    lang: Lang,
) -> Result<Ticket, ActionError> {
    let tx = WriteTx::begin(db.idb(), &[TICKETS, EVENTS, SETTINGS])?;
    let policy = policy_in(&tx).await?;
    let incident = read_for_update(&tx, incident_id).await?;
    let problem = read_for_update(&tx, problem_id).await?;
    let already = incident.links.iter().any(|l| l.ticket_id == problem.id);
    let (i2, p2) = if already {
        let mut i2 = incident.clone();
        i2.updated = now_ms();
        (i2, problem.clone())
    } else {
        link(&incident, &problem, false, now_ms()).map_err(ActionError::Link)?
    };
    let note = workaround_note(&problem, lang);
    let mut incident_changes = changes(&incident, &i2);
    incident_changes.push(FieldChange {
        field: EventField::WorkNote,
        old: None,
        new: None,
        note: Some(note),
    });
    let problem_changes = changes(&problem, &p2);
    let saved = write_version(&tx, i2, incident_changes, actor, &policy)?;
    if !already {
        write_version(&tx, p2, problem_changes, actor, &policy)?;
    }
    tx.commit().await?;
    Ok(saved)
}
