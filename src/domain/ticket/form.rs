//! The new-ticket form: what was typed, its validation into a typed draft, and the opening
//! of the ticket from that draft.

use super::{human_number, Channel, Ticket, TicketKind, TicketState};
use crate::domain::priority::{Level, PriorityMatrix};
use crate::domain::records::{ChangeRecord, ChangeType};

/// Longest accepted title, in characters.
pub const TITLE_MAX: usize = 160;
/// Longest accepted caller name, in characters.
pub const CALLER_MAX: usize = 120;
/// Longest accepted description, in characters.
pub const DESCRIPTION_MAX: usize = 20_000;

/// The fields of the new-ticket form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TicketForm {
    pub category: String,
    pub service: String,
    pub assignment_group: String,
    /// Requests: the catalogue item and the answers to its fields.
    pub catalogue_item: String,
    pub answers: Vec<(String, String)>,
    /// Service requests: whether approval is needed before fulfilment.
    pub approval_required: bool,
    /// Changes: the change type key, the CAB as comma-separated names, and the plans.
    pub change_type: String,
    pub cab: String,
    /// Changes: the standard change template (required for standard changes).
    pub template: String,
    /// Changes: the risk level key and the impact assessment.
    pub risk: String,
    pub impact_assessment: String,
    pub implementation_plan: String,
    pub rollback_plan: String,
    pub test_plan: String,
    pub title: String,
    pub description: String,
    pub caller: String,
    pub channel: String,
    pub impact: String,
    pub urgency: String,
}

/// A form field that can be in error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Description,
    Caller,
    Channel,
    Impact,
    Urgency,
    ChangeType,
    Cab,
    Template,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong { max: usize },
    Unknown,
}

/// A typed validation error the UI shows next to its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// A validated new ticket, ready to be numbered and stored.
#[derive(Clone, Debug, PartialEq)]
pub struct TicketDraft {
    pub kind: TicketKind,
    /// Service requests: whether the catalogue item needs approval.
    pub approval_required: bool,
    /// Changes: the change record (type, CAB, plans).
    pub change: Option<ChangeRecord>,
    pub category: String,
    pub service: String,
    pub assignment_group: String,
    /// Requests: the catalogue item and the answers to its fields.
    pub catalogue_item: String,
    pub answers: Vec<(String, String)>,
    pub title: String,
    pub description: String,
    pub caller: String,
    pub channel: Channel,
    pub impact: Level,
    pub urgency: Level,
}

impl TicketForm {
    /// Checks every field and returns all errors at once, or the typed draft.
    pub fn validate(&self, kind: TicketKind) -> Result<TicketDraft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        let description = self.description.trim();
        let caller = self.caller.trim();
        let mut check = |field, value: &str, max, required| {
            if required && value.is_empty() {
                errors.push(FieldError {
                    field,
                    problem: Problem::Required,
                });
            } else if value.chars().count() > max {
                errors.push(FieldError {
                    field,
                    problem: Problem::TooLong { max },
                });
            }
        };
        check(Field::Title, title, TITLE_MAX, true);
        check(Field::Description, description, DESCRIPTION_MAX, false);
        check(Field::Caller, caller, CALLER_MAX, false);
        let channel = parse(
            &mut errors,
            Field::Channel,
            &self.channel,
            Channel::from_key,
        );
        let impact = parse(&mut errors, Field::Impact, &self.impact, Level::from_key);
        let urgency = parse(&mut errors, Field::Urgency, &self.urgency, Level::from_key);
        let change = (kind == TicketKind::Change).then(|| self.change_record(&mut errors));
        match (channel, impact, urgency) {
            (Some(channel), Some(impact), Some(urgency)) if errors.is_empty() => Ok(TicketDraft {
                kind,
                approval_required: kind == TicketKind::ServiceRequest && self.approval_required,
                change,
                category: self.category.trim().to_owned(),
                service: self.service.trim().to_owned(),
                assignment_group: self.assignment_group.trim().to_owned(),
                catalogue_item: self.catalogue_item.trim().to_owned(),
                answers: self.answers.clone(),
                title: title.to_owned(),
                description: description.to_owned(),
                caller: caller.to_owned(),
                channel,
                impact,
                urgency,
            }),
            _ => Err(errors),
        }
    }
}

impl TicketForm {
    /// Validates only what an update can change (title, description, caller, channel,
    /// impact, urgency): the kind-specific parts of the form are not part of an update.
    pub fn validate_details(&self) -> Result<TicketDraft, Vec<FieldError>> {
        self.validate(TicketKind::Incident)
    }

    /// The change record a change form describes; a normal change needs its CAB.
    fn change_record(&self, errors: &mut Vec<FieldError>) -> ChangeRecord {
        let change_type = parse(
            errors,
            Field::ChangeType,
            &self.change_type,
            ChangeType::from_key,
        );
        let cab: Vec<String> = self
            .cab
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        if change_type == Some(ChangeType::Normal) && cab.is_empty() {
            errors.push(FieldError {
                field: Field::Cab,
                problem: Problem::Required,
            });
        }
        if change_type == Some(ChangeType::Standard) && self.template.trim().is_empty() {
            errors.push(FieldError {
                field: Field::Template,
                problem: Problem::Required,
            });
        }
        ChangeRecord {
            change_type,
            cab,
            risk: Level::from_key(&self.risk),
            template: self.template.trim().to_owned(),
            impact_assessment: self.impact_assessment.trim().to_owned(),
            implementation_plan: self.implementation_plan.trim().to_owned(),
            rollback_plan: self.rollback_plan.trim().to_owned(),
            test_plan: self.test_plan.trim().to_owned(),
            ..ChangeRecord::default()
        }
    }
}

fn parse<T>(
    errors: &mut Vec<FieldError>,
    field: Field,
    raw: &str,
    from_key: fn(&str) -> Option<T>,
) -> Option<T> {
    let value = from_key(raw);
    if value.is_none() {
        let problem = if raw.is_empty() {
            Problem::Required
        } else {
            Problem::Unknown
        };
        errors.push(FieldError { field, problem });
    }
    value
}

/// Identity of a record being created, drawn by the platform (clock and randomness).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRecord {
    pub id: String,
    pub rev: String,
    pub now: i64,
}

impl TicketDraft {
    /// A draft with only a kind and a title: phone, medium impact and urgency, no extras.
    pub fn new(kind: TicketKind, title: &str) -> TicketDraft {
        TicketDraft {
            kind,
            approval_required: false,
            change: (kind == TicketKind::Change).then(ChangeRecord::default),
            category: String::new(),
            service: String::new(),
            assignment_group: String::new(),
            catalogue_item: String::new(),
            answers: Vec::new(),
            title: title.to_owned(),
            description: String::new(),
            caller: String::new(),
            channel: Channel::Phone,
            impact: Level::Medium,
            urgency: Level::Medium,
        }
    }

    /// Opens the ticket: numbers it, derives its priority, and sets it to New.
    pub fn open(self, record: NewRecord, seq: u32, matrix: &PriorityMatrix) -> Ticket {
        let mut ticket = Ticket {
            id: record.id,
            rev: record.rev,
            number: human_number(self.kind, seq),
            kind: self.kind,
            priority: matrix.priority(self.impact, self.urgency),
            title: self.title,
            description: self.description,
            caller: self.caller,
            channel: self.channel,
            impact: self.impact,
            urgency: self.urgency,
            state: TicketState::New,
            created: record.now,
            updated: record.now,
            deleted: false,
            major: false,
            hold_reason: None,
            resolution: None,
            known_error: None,
            approval_required: self.approval_required,
            approvals: Vec::new(),
            change: self.change,
            links: Vec::new(),
            assignment_group: self.assignment_group,
            assignee: String::new(),
            category: self.category,
            service: self.service,
            catalogue_item: self.catalogue_item,
            answers: self.answers,
            trail: Vec::new(),
            sla_watch: None,
        };
        ticket.trail = crate::domain::sla::opening_trail(&ticket);
        ticket
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::priority::Priority;

    fn form() -> TicketForm {
        TicketForm {
            title: "  Mail is down  ".into(),
            description: "Nobody on floor 3 receives mail".into(),
            caller: "Alice".into(),
            channel: "phone".into(),
            impact: "high".into(),
            urgency: "high".into(),
            ..TicketForm::default()
        }
    }

    fn record() -> NewRecord {
        NewRecord {
            id: "01J0000000000000000000000A".into(),
            rev: "1-a".into(),
            now: 1_000,
        }
    }

    #[test]
    fn a_valid_form_opens_a_new_ticket_with_derived_priority() {
        let draft = form().validate(TicketKind::Incident).unwrap();
        let ticket = draft.open(record(), 42, &PriorityMatrix::default());
        assert_eq!(ticket.number, "INC0042");
        assert_eq!(ticket.title, "Mail is down");
        assert_eq!(ticket.priority, Priority::P1);
        assert_eq!(ticket.state, TicketState::New);
        assert_eq!((ticket.created, ticket.updated), (1_000, 1_000));
        assert!(!ticket.deleted);
    }

    #[test]
    fn an_empty_title_is_required() {
        let f = TicketForm {
            title: "   ".into(),
            ..form()
        };
        let errors = f.validate(TicketKind::Incident).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::Title,
                problem: Problem::Required
            }]
        );
    }

    #[test]
    fn unknown_and_missing_values_are_rejected_per_field() {
        let f = TicketForm {
            channel: "pigeon".into(),
            impact: String::new(),
            urgency: "extreme".into(),
            ..form()
        };
        let errors = f.validate(TicketKind::Incident).unwrap_err();
        assert_eq!(
            errors,
            vec![
                FieldError {
                    field: Field::Channel,
                    problem: Problem::Unknown
                },
                FieldError {
                    field: Field::Impact,
                    problem: Problem::Required
                },
                FieldError {
                    field: Field::Urgency,
                    problem: Problem::Unknown
                },
            ]
        );
    }

    #[test]
    fn overlong_fields_are_rejected_with_their_limit() {
        let f = TicketForm {
            title: "é".repeat(TITLE_MAX + 1),
            ..form()
        };
        let errors = f.validate(TicketKind::Incident).unwrap_err();
        assert_eq!(errors[0].problem, Problem::TooLong { max: TITLE_MAX });
        let ok = TicketForm {
            title: "é".repeat(TITLE_MAX),
            ..form()
        };
        assert!(ok.validate(TicketKind::Incident).is_ok());
    }

    #[test]
    fn a_change_needs_a_type_and_a_normal_change_its_cab() {
        let errors = form().validate(TicketKind::Change).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::ChangeType,
                problem: Problem::Required
            }]
        );
        let normal = TicketForm {
            change_type: "normal".into(),
            ..form()
        };
        let errors = normal.validate(TicketKind::Change).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::Cab,
                problem: Problem::Required
            }]
        );
        let with_cab = TicketForm {
            cab: " Ana, Ben ;".into(),
            ..normal
        };
        let draft = with_cab.validate(TicketKind::Change).unwrap();
        let change = draft.change.unwrap();
        assert_eq!(change.cab, ["Ana", "Ben"]);
        assert_eq!(change.change_type, Some(ChangeType::Normal));
        let standard = TicketForm {
            change_type: "standard".into(),
            ..form()
        };
        let errors = standard.clone().validate(TicketKind::Change).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::Template,
                problem: Problem::Required
            }]
        );
        let templated = TicketForm {
            template: "Restart a service".into(),
            ..standard
        };
        let change = templated
            .validate(TicketKind::Change)
            .unwrap()
            .change
            .unwrap();
        assert_eq!(change.template, "Restart a service");
    }

    #[test]
    fn only_requests_carry_an_approval_flag_and_only_changes_a_change_record() {
        let f = TicketForm {
            approval_required: true,
            ..form()
        };
        assert!(
            f.validate(TicketKind::ServiceRequest)
                .unwrap()
                .approval_required
        );
        let incident = f.validate(TicketKind::Incident).unwrap();
        assert!(!incident.approval_required && incident.change.is_none());
    }

    #[test]
    fn human_numbers_are_per_kind_and_zero_padded() {
        assert_eq!(human_number(TicketKind::Incident, 1), "INC0001");
        assert_eq!(human_number(TicketKind::ServiceRequest, 7), "REQ0007");
        assert_eq!(human_number(TicketKind::Problem, 123), "PRB0123");
        assert_eq!(human_number(TicketKind::Change, 12345), "CHG12345");
    }

    #[test]
    fn channel_keys_round_trip() {
        for c in Channel::ALL {
            assert_eq!(Channel::from_key(c.key()), Some(c));
        }
    }
}
