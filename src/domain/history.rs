//! Ticket history: an append-only list of events, one per changed field.

use super::ticket::Ticket;
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
    Major,
    HoldReason,
    ResolutionCode,
    ResolutionNotes,
    Symptom,
    RootCause,
    Workaround,
    /// An approver approved; `new` is the approver, `note` the comment.
    Approved,
    /// An approver rejected; `new` is the approver, `note` the comment.
    Rejected,
    PlannedStart,
    PlannedEnd,
    ReviewOutcome,
    ReviewNotes,
    /// An internal work note, in `note`.
    WorkNote,
    /// A comment shared with the caller, in `note`.
    Comment,
    /// A link to another ticket; `new` is its number.
    Linked,
    AssignmentGroup,
    Assignee,
    Category,
    Service,
    /// The ticket was edited on two devices and a user settled it; `new` is the kept
    /// version's last update (milliseconds) or `merged` when parts of both were kept.
    ConflictResolved,
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
    /// Free text: a work note, a comment, or an approver's comment.
    #[serde(default)]
    pub note: Option<String>,
}

impl TicketEvent {
    /// The event that records the logging of a ticket.
    pub fn created(id: String, ticket: &Ticket, actor: &str) -> TicketEvent {
        TicketEvent {
            id,
            ticket_id: ticket.id.clone(),
            at: ticket.created,
            actor: actor.to_owned(),
            field: EventField::Created,
            old: None,
            new: Some(ticket.number.clone()),
            note: None,
        }
    }
}

/// A field change found between two versions of a ticket, before it gets an id and time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: EventField,
    pub old: Option<String>,
    pub new: Option<String>,
    pub note: Option<String>,
}

/// The values history tracks, as stored keys (translated when shown).
fn snapshot(t: &Ticket) -> Vec<(EventField, Option<String>)> {
    let key = |s: &str| Some(s.to_owned());
    let change = t.change.as_ref();
    let review = change.and_then(|c| c.review.as_ref());
    let known = t.known_error.as_ref();
    vec![
        (EventField::Title, key(&t.title)),
        (EventField::Description, key(&t.description)),
        (EventField::Caller, key(&t.caller)),
        (EventField::Channel, key(t.channel.key())),
        (EventField::Impact, key(t.impact.key())),
        (EventField::Urgency, key(t.urgency.key())),
        (EventField::Priority, key(t.priority.code())),
        (EventField::State, key(t.state.key())),
        (EventField::Major, key(if t.major { "yes" } else { "no" })),
        (
            EventField::AssignmentGroup,
            Some(t.assignment_group.clone()).filter(|s| !s.is_empty()),
        ),
        (
            EventField::Assignee,
            Some(t.assignee.clone()).filter(|s| !s.is_empty()),
        ),
        (
            EventField::Category,
            Some(t.category.clone()).filter(|s| !s.is_empty()),
        ),
        (
            EventField::Service,
            Some(t.service.clone()).filter(|s| !s.is_empty()),
        ),
        (
            EventField::HoldReason,
            t.hold_reason.map(|r| r.key().to_owned()),
        ),
        (
            EventField::ResolutionCode,
            t.resolution.as_ref().map(|r| r.code.key().to_owned()),
        ),
        (
            EventField::ResolutionNotes,
            t.resolution.as_ref().map(|r| r.notes.clone()),
        ),
        (EventField::Symptom, known.map(|k| k.symptom.clone())),
        (EventField::RootCause, known.map(|k| k.root_cause.clone())),
        (EventField::Workaround, known.map(|k| k.workaround.clone())),
        (
            EventField::PlannedStart,
            change.and_then(|c| c.planned_start).map(|v| v.to_string()),
        ),
        (
            EventField::PlannedEnd,
            change.and_then(|c| c.planned_end).map(|v| v.to_string()),
        ),
        (
            EventField::ReviewOutcome,
            review.map(|r| r.outcome.key().to_owned()),
        ),
        (EventField::ReviewNotes, review.map(|r| r.notes.clone())),
    ]
}

/// Every tracked change from `before` to `after`, one per field, plus new approvals.
pub fn changes(before: &Ticket, after: &Ticket) -> Vec<FieldChange> {
    let mut found: Vec<FieldChange> = snapshot(before)
        .into_iter()
        .zip(snapshot(after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((field, old), (_, new))| FieldChange {
            field,
            old,
            new,
            note: None,
        })
        .collect();
    for link in after.links.iter().skip(before.links.len()) {
        found.push(FieldChange {
            field: EventField::Linked,
            old: None,
            new: Some(link.number.clone()),
            note: None,
        });
    }
    for approval in after.approvals.iter().skip(before.approvals.len()) {
        found.push(FieldChange {
            field: if approval.approved {
                EventField::Approved
            } else {
                EventField::Rejected
            },
            old: None,
            new: Some(approval.approver.clone()),
            note: Some(approval.comment.clone()).filter(|c| !c.is_empty()),
        });
    }
    found
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
            note: None,
        }
    }

    #[test]
    fn changes_list_each_changed_field_and_new_approvals() {
        use crate::domain::lifecycle::{apply, Action};
        use crate::domain::priority::{Level, PriorityMatrix};
        use crate::domain::records::HoldReason;
        use crate::domain::ticket::{NewRecord, TicketDraft, TicketKind};
        let draft = TicketDraft {
            impact: Level::Low,
            urgency: Level::Low,
            ..TicketDraft::new(TicketKind::Incident, "t")
        };
        let before = draft.open(
            NewRecord {
                id: "i".into(),
                rev: "1-a".into(),
                now: 0,
            },
            1,
            &PriorityMatrix::default(),
        );
        let after = apply(&before, Action::Hold(HoldReason::AwaitingVendor), 5).unwrap();
        let found = changes(&before, &after);
        let fields: Vec<_> = found.iter().map(|c| c.field).collect();
        assert_eq!(fields, [EventField::State, EventField::HoldReason]);
        assert_eq!(found[0].old.as_deref(), Some("new"));
        assert_eq!(found[0].new.as_deref(), Some("on_hold"));
        assert_eq!(found[1].new.as_deref(), Some("awaiting_vendor"));
        assert!(changes(&after, &after).is_empty());
    }

    #[test]
    fn a_settled_conflict_is_stored_under_its_own_name() {
        let settled = TicketEvent {
            field: EventField::ConflictResolved,
            new: Some("merged".into()),
            ..event("e", 1)
        };
        let json = serde_json::to_value(&settled).unwrap();
        assert_eq!(json["field"], "conflict_resolved");
        assert_eq!(
            serde_json::from_value::<TicketEvent>(json).unwrap(),
            settled
        );
    }

    #[test]
    fn history_is_ordered_by_time_then_id() {
        let mut events = vec![event("c", 5), event("b", 1), event("a", 5)];
        chronological(&mut events);
        let ids: Vec<_> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
    }
}
