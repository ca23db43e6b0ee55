//! Ticket history: an append-only list of events, one per changed field.

use serde::{Deserialize, Serialize};

/// What a history event records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventField {
    /// The ticket was logged; `new` holds its number.
    Created,
    Title,
    Description,
    Caller,
    Channel,
    Impact,
    Urgency,
    Priority,
    State,
}

/// One entry of a ticket's history: who changed what, when, from which value to which.
/// Events are never updated or deleted, so they never conflict when replicated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TicketEvent {
    pub id: String,
    pub ticket_id: String,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    pub actor: String,
    pub field: EventField,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl TicketEvent {
    /// The event that records the logging of a ticket.
    pub fn created(id: String, ticket: &super::ticket::Ticket, actor: &str) -> TicketEvent {
        TicketEvent {
            id,
            ticket_id: ticket.id.clone(),
            at: ticket.created,
            actor: actor.to_owned(),
            field: EventField::Created,
            old: None,
            new: Some(ticket.number.clone()),
        }
    }
}

/// Orders events oldest first; events logged in the same millisecond keep id order.
pub fn chronological(events: &mut [TicketEvent]) {
    events.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, at: i64) -> TicketEvent {
        TicketEvent {
            id: id.into(),
            ticket_id: "t".into(),
            at,
            actor: "a".into(),
            field: EventField::State,
            old: None,
            new: None,
        }
    }

    #[test]
    fn history_is_ordered_by_time_then_id() {
        let mut events = vec![event("c", 5), event("b", 1), event("a", 5)];
        chronological(&mut events);
        let ids: Vec<_> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
    }
}
