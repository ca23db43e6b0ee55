//! The message that names each value of the domain.

use super::{fill, Lang, Msg};
use crate::domain::history::{EventField, TicketEvent};
use crate::domain::priority::{Level, Priority};
use crate::domain::query::Sort;
use crate::domain::records::{HoldReason, ResolutionCode, ReviewOutcome};
use crate::domain::ticket::{Channel, Field, Problem, TicketKind, TicketState};
use crate::domain::time::{format_timestamp, Age};

impl Msg {
    /// The name of an impact or urgency level.
    pub fn level(level: Level) -> Msg {
        match level {
            Level::High => Msg::LevelHigh,
            Level::Medium => Msg::LevelMedium,
            Level::Low => Msg::LevelLow,
        }
    }

    /// The name of a list order.
    pub fn sort(sort: Sort) -> Msg {
        match sort {
            Sort::Newest => Msg::SortNewest,
            Sort::Oldest => Msg::SortOldest,
            Sort::Updated => Msg::SortUpdated,
            Sort::Priority => Msg::SortPriority,
            Sort::State => Msg::SortState,
            Sort::Title => Msg::SortTitle,
        }
    }

    /// The name of a channel.
    pub fn channel(channel: Channel) -> Msg {
        match channel {
            Channel::Phone => Msg::ChannelPhone,
            Channel::Email => Msg::ChannelEmail,
            Channel::Portal => Msg::ChannelPortal,
            Channel::WalkIn => Msg::ChannelWalkIn,
            Channel::Monitoring => Msg::ChannelMonitoring,
        }
    }

    /// The label of a priority, such as "P1 Critical".
    pub fn priority(priority: Priority) -> Msg {
        match priority {
            Priority::P1 => Msg::PriorityP1,
            Priority::P2 => Msg::PriorityP2,
            Priority::P3 => Msg::PriorityP3,
            Priority::P4 => Msg::PriorityP4,
            Priority::P5 => Msg::PriorityP5,
        }
    }

    /// The name of a lifecycle state.
    pub fn state(state: TicketState) -> Msg {
        match state {
            TicketState::New => Msg::StateNew,
            TicketState::InProgress => Msg::StateInProgress,
            TicketState::OnHold => Msg::StateOnHold,
            TicketState::Resolved => Msg::StateResolved,
            TicketState::Closed => Msg::StateClosed,
            TicketState::Cancelled => Msg::StateCancelled,
            TicketState::AwaitingApproval => Msg::StateAwaitingApproval,
            TicketState::Approved => Msg::StateApproved,
            TicketState::Rejected => Msg::StateRejected,
            TicketState::InFulfilment => Msg::StateInFulfilment,
            TicketState::Fulfilled => Msg::StateFulfilled,
            TicketState::Assessed => Msg::StateAssessed,
            TicketState::RootCauseAnalysis => Msg::StateRootCauseAnalysis,
            TicketState::KnownError => Msg::StateKnownError,
            TicketState::Assess => Msg::StateAssess,
            TicketState::Authorize => Msg::StateAuthorize,
            TicketState::Scheduled => Msg::StateScheduled,
            TicketState::Implement => Msg::StateImplement,
            TicketState::Review => Msg::StateReview,
        }
    }

    /// The name of a record type.
    pub fn kind(kind: TicketKind) -> Msg {
        match kind {
            TicketKind::Incident => Msg::KindIncident,
            TicketKind::ServiceRequest => Msg::KindServiceRequest,
            TicketKind::Problem => Msg::KindProblem,
            TicketKind::Change => Msg::KindChange,
        }
    }

    /// The label of a form field.
    pub fn field(field: Field) -> Msg {
        match field {
            Field::Title => Msg::FieldTitle,
            Field::Description => Msg::FieldDescription,
            Field::Caller => Msg::FieldCaller,
            Field::Channel => Msg::FieldChannel,
            Field::Impact => Msg::FieldImpact,
            Field::Urgency => Msg::FieldUrgency,
            Field::ChangeType => Msg::FieldChangeType,
            Field::Cab => Msg::FieldCab,
            Field::Template => Msg::FieldTemplate,
        }
    }

    /// The name of a field as history shows it.
    pub fn event_field(field: EventField) -> Msg {
        match field {
            EventField::Created => Msg::FieldCreated,
            EventField::Title => Msg::FieldTitle,
            EventField::Description => Msg::FieldDescription,
            EventField::Caller => Msg::FieldCaller,
            EventField::Channel => Msg::FieldChannel,
            EventField::Impact => Msg::FieldImpact,
            EventField::Urgency => Msg::FieldUrgency,
            EventField::Priority => Msg::FieldPriority,
            EventField::State => Msg::FieldState,
            EventField::Major => Msg::FieldMajor,
            EventField::HoldReason => Msg::FieldHoldReason,
            EventField::ResolutionCode => Msg::FieldResolutionCode,
            EventField::ResolutionNotes => Msg::FieldResolutionNotes,
            EventField::Symptom => Msg::FieldSymptom,
            EventField::RootCause => Msg::FieldRootCause,
            EventField::Workaround => Msg::FieldWorkaround,
            EventField::Approved | EventField::Rejected => Msg::FieldDecision,
            EventField::PlannedStart => Msg::FieldPlannedStart,
            EventField::PlannedEnd => Msg::FieldPlannedEnd,
            EventField::ReviewOutcome => Msg::FieldOutcome,
            EventField::ReviewNotes => Msg::FieldReviewNotes,
            EventField::WorkNote => Msg::HistoryWorkNote,
            EventField::Comment => Msg::HistoryComment,
            EventField::Linked => Msg::LinksTitle,
            EventField::AssignmentGroup => Msg::FieldAssignmentGroup,
            EventField::Assignee => Msg::FieldAssignee,
            EventField::Category => Msg::FieldCategory,
            EventField::Service => Msg::FieldService,
            EventField::ConflictResolved => Msg::EditedOnTwoDevices,
        }
    }
}

/// The sentence that explains a validation problem.
pub fn problem_text(problem: Problem, lang: Lang) -> String {
    match problem {
        Problem::Required => Msg::ProblemRequired.text(lang).to_owned(),
        Problem::TooLong { max } => {
            fill(Msg::ProblemTooLong.text(lang), &[("max", &max.to_string())])
        }
        Problem::Unknown => Msg::ProblemUnknown.text(lang).to_owned(),
    }
}

/// A stored history value in words: state and priority names, dates, or the text itself.
pub fn event_value(field: EventField, raw: &str, lang: Lang) -> String {
    let msg = match field {
        EventField::State => TicketState::from_key(raw).map(Msg::state),
        EventField::Priority => Priority::from_code(raw).map(Msg::priority),
        EventField::Impact | EventField::Urgency => Level::from_key(raw).map(Msg::level),
        EventField::Channel => Channel::from_key(raw).map(Msg::channel),
        EventField::Major => Some(if raw == "yes" { Msg::Yes } else { Msg::No }),
        EventField::HoldReason => HoldReason::from_key(raw).map(Msg::hold_reason),
        EventField::ResolutionCode => ResolutionCode::from_key(raw).map(Msg::resolution_code),
        EventField::ReviewOutcome => ReviewOutcome::from_key(raw).map(Msg::outcome),
        EventField::PlannedStart | EventField::PlannedEnd => {
            return raw
                .parse()
                .map(|ms| format_timestamp(ms, 0) + " UTC")
                .unwrap_or_else(|_| raw.to_owned())
        }
        _ => None,
    };
    msg.map(|m| m.text(lang).to_owned())
        .unwrap_or_else(|| raw.to_owned())
}

/// The text of one history entry, such as "Priority: P3 Moderate → P1 Critical".
pub fn event_text(event: &TicketEvent, lang: Lang) -> String {
    let value = |v: &Option<String>| match v {
        Some(raw) => event_value(event.field, raw, lang),
        None => Msg::HistoryCleared.text(lang).to_owned(),
    };
    let who = event.new.clone().unwrap_or_default();
    match event.field {
        EventField::Created => fill(Msg::HistoryCreated.text(lang), &[("number", &who)]),
        EventField::Approved => fill(Msg::HistoryApproved.text(lang), &[("approver", &who)]),
        EventField::Rejected => fill(Msg::HistoryRejected.text(lang), &[("approver", &who)]),
        EventField::Linked => fill(Msg::HistoryLinked.text(lang), &[("number", &who)]),
        EventField::ConflictResolved => match event.new.as_deref().map(str::parse::<i64>) {
            Some(Ok(ms)) => fill(
                Msg::HistoryConflictKept.text(lang),
                &[("when", &(format_timestamp(ms, 0) + " UTC"))],
            ),
            _ => Msg::HistoryConflictMerged.text(lang).to_owned(),
        },
        EventField::WorkNote | EventField::Comment => {
            Msg::event_field(event.field).text(lang).to_owned()
        }
        field => fill(
            Msg::HistoryChanged.text(lang),
            &[
                ("field", Msg::event_field(field).text(lang)),
                ("old", &value(&event.old)),
                ("new", &value(&event.new)),
            ],
        ),
    }
}

/// The work note an incident gets when a known error's workaround is applied to it.
pub fn workaround_note(problem: &crate::domain::ticket::Ticket, lang: Lang) -> String {
    let workaround = problem
        .known_error
        .as_ref()
        .map(|k| k.workaround.as_str())
        .unwrap_or_default();
    fill(
        Msg::WorkaroundNote.text(lang),
        &[("number", &problem.number), ("workaround", workaround)],
    )
}

/// A ticket's age, such as "5 min" or "3 j".
pub fn age_text(age: Age, lang: Lang) -> String {
    let (msg, n) = match age {
        Age::JustNow => return Msg::AgeJustNow.text(lang).to_owned(),
        Age::Minutes(n) => (Msg::AgeMinutes, n),
        Age::Hours(n) => (Msg::AgeHours, n),
        Age::Days(n) => (Msg::AgeDays, n),
    };
    fill(msg.text(lang), &[("n", &n.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_and_ages_read_naturally_in_both_languages() {
        assert_eq!(
            problem_text(Problem::TooLong { max: 160 }, Lang::En),
            "At most 160 characters."
        );
        assert_eq!(
            problem_text(Problem::TooLong { max: 160 }, Lang::Fr),
            "160 caractères au maximum."
        );
        assert_eq!(age_text(Age::Days(3), Lang::Fr), "3 j");
        assert_eq!(age_text(Age::JustNow, Lang::En), "just now");
    }

    #[test]
    fn history_entries_read_as_sentences() {
        let mut event = TicketEvent {
            id: "e".into(),
            ticket_id: "t".into(),
            at: 0,
            actor: "Bob".into(),
            field: EventField::Created,
            old: None,
            new: Some("INC0007".into()),
            note: None,
        };
        assert_eq!(event_text(&event, Lang::En), "Logged as INC0007");
        event.field = EventField::Priority;
        event.old = Some("P3".into());
        event.new = Some("P1".into());
        assert_eq!(
            event_text(&event, Lang::Fr),
            "Priorité : P3 Modérée → P1 Critique"
        );
        event.old = None;
        assert_eq!(event_text(&event, Lang::En), "Priority: none → P1 Critical");
        event.field = EventField::State;
        event.old = Some("new".into());
        event.new = Some("on_hold".into());
        assert_eq!(event_text(&event, Lang::En), "State: New → On hold");
        event.field = EventField::HoldReason;
        event.old = None;
        event.new = Some("awaiting_problem".into());
        assert_eq!(
            event_text(&event, Lang::Fr),
            "Motif de mise en attente : aucun → En attente d'un problème"
        );
        event.field = EventField::ConflictResolved;
        event.new = Some("1700000000000".into());
        assert_eq!(
            event_text(&event, Lang::En),
            "Edited on two devices: the version of 2023-11-14 22:13 UTC was kept"
        );
        event.new = Some("merged".into());
        assert_eq!(
            event_text(&event, Lang::Fr),
            "Modifié sur deux appareils\u{a0}: les deux versions ont été fusionnées"
        );
    }

    #[test]
    fn every_priority_label_starts_with_its_code() {
        for p in Priority::ALL {
            for lang in Lang::ALL {
                assert!(Msg::priority(p).text(lang).starts_with(p.code()));
            }
        }
    }
}
