//! A ticket's journey through the service value chain: its state changes, in order, each
//! placed in the activity the documented mapping ([`activity_of`]) gives for it.

use super::{activity_of, SvcActivity};
use crate::domain::history::{chronological, EventField, TicketEvent};
use crate::domain::ticket::{TicketKind, TicketState};

/// One stop of a journey: from `at`, the ticket was in `state`, so in `activity` (none once
/// closed, cancelled or rejected).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyStop {
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    pub state: TicketState,
    pub activity: Option<SvcActivity>,
    /// Who made the change (who logged the ticket, for the first stop).
    pub actor: String,
}

/// The stops of a ticket of `kind`, logged at `created` and now in `current`, from its
/// history `events` (in any order). The first stop is the state it was logged in: the
/// first state change's old value, or its current state when it never changed.
pub fn journey(
    kind: TicketKind,
    created: i64,
    current: TicketState,
    events: &[TicketEvent],
) -> Vec<JourneyStop> {
    let mut events = events.to_vec();
    chronological(&mut events);
    let changes: Vec<&TicketEvent> = events
        .iter()
        .filter(|e| e.field == EventField::State)
        .collect();
    let logged_by = events
        .iter()
        .find(|e| e.field == EventField::Created)
        .map(|e| e.actor.clone())
        .unwrap_or_default();
    let first = changes
        .first()
        .and_then(|e| e.old.as_deref())
        .and_then(TicketState::from_key)
        .unwrap_or(current);
    let stop = |at, state, actor: &str| JourneyStop {
        at,
        state,
        activity: activity_of(kind, state),
        actor: actor.to_owned(),
    };
    let mut stops = vec![stop(created, first, &logged_by)];
    for change in changes {
        if let Some(state) = change.new.as_deref().and_then(TicketState::from_key) {
            stops.push(stop(change.at, state, &change.actor));
        }
    }
    stops
}

/// The activities a journey passes through, in order, without repeating an activity the
/// ticket stayed in: the path drawn on the value chain.
pub fn journey_path(stops: &[JourneyStop]) -> Vec<SvcActivity> {
    let mut path: Vec<SvcActivity> = Vec::new();
    for activity in stops.iter().filter_map(|s| s.activity) {
        if path.last() != Some(&activity) {
            path.push(activity);
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use SvcActivity::*;

    fn change(at: i64, old: &str, new: &str) -> TicketEvent {
        TicketEvent {
            id: format!("e{at:04}"),
            ticket_id: "t".into(),
            at,
            actor: "ana".into(),
            field: EventField::State,
            old: Some(old.into()),
            new: Some(new.into()),
            note: None,
        }
    }

    fn note(at: i64) -> TicketEvent {
        TicketEvent {
            field: EventField::WorkNote,
            old: None,
            new: None,
            note: Some("checked".into()),
            ..change(at, "", "")
        }
    }

    #[test]
    fn an_incident_goes_from_engage_to_support_and_back_then_leaves_the_chain() {
        let events = [
            change(30, "resolved", "closed"),
            change(10, "new", "in_progress"),
            note(15),
            change(20, "in_progress", "resolved"),
        ];
        let stops = journey(TicketKind::Incident, 1, TicketState::Closed, &events);
        let states: Vec<_> = stops.iter().map(|s| (s.at, s.state)).collect();
        assert_eq!(
            states,
            [
                (1, TicketState::New),
                (10, TicketState::InProgress),
                (20, TicketState::Resolved),
                (30, TicketState::Closed)
            ]
        );
        assert_eq!(stops[3].activity, None);
        assert_eq!(journey_path(&stops), [Engage, DeliverAndSupport, Engage]);
    }

    #[test]
    fn a_normal_change_walks_plan_design_build_and_review() {
        let events = [
            change(1, "new", "assess"),
            change(2, "assess", "authorize"),
            change(3, "authorize", "scheduled"),
            change(4, "scheduled", "implement"),
            change(5, "implement", "review"),
        ];
        let stops = journey(TicketKind::Change, 0, TicketState::Review, &events);
        assert_eq!(stops.len(), 6);
        assert_eq!(
            journey_path(&stops),
            [Engage, Plan, DesignAndTransition, ObtainBuild, Improve]
        );
    }

    #[test]
    fn a_ticket_that_never_changed_state_has_one_stop_in_its_current_state() {
        let stops = journey(TicketKind::Problem, 5, TicketState::New, &[note(9)]);
        assert_eq!(stops.len(), 1);
        assert_eq!(stops[0].at, 5);
        assert_eq!(stops[0].activity, Some(Improve));
    }

    #[test]
    fn a_standard_change_logged_scheduled_starts_where_it_was_logged() {
        let events = [change(7, "scheduled", "implement")];
        let stops = journey(TicketKind::Change, 0, TicketState::Implement, &events);
        assert_eq!(stops[0].state, TicketState::Scheduled);
        assert_eq!(journey_path(&stops), [DesignAndTransition, ObtainBuild]);
    }
}
