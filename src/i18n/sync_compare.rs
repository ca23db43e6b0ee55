//! A ticket's versions compared part by part, in words: the rows of the "edited on two
//! devices" comparison.

use super::sync::SyncMsg;
use super::{fill, Lang, Msg};
use crate::domain::replication::merge::Part;
use crate::domain::ticket::Ticket;
use crate::domain::time::format_timestamp;

/// The name of a part of a ticket, as the comparison of two versions shows it.
pub fn part_label(part: Part, lang: Lang) -> String {
    let msg = match part {
        Part::Title => Msg::FieldTitle,
        Part::Description => Msg::FieldDescription,
        Part::State => Msg::FieldState,
        Part::Priority => Msg::FieldPriority,
        Part::Assignment => {
            let (group, who) = (Msg::FieldAssignmentGroup, Msg::FieldAssignee);
            return format!("{} / {}", group.text(lang), who.text(lang));
        }
        Part::Category => Msg::FieldCategory,
        Part::Service => Msg::FieldService,
        Part::Caller => Msg::FieldCaller,
        Part::Channel => Msg::FieldChannel,
        Part::Major => Msg::FieldMajor,
        Part::KnownError => Msg::FieldKnownError,
        Part::Change => Msg::KindChange,
    };
    msg.text(lang).to_owned()
}

/// A part of one version of a ticket in words, one line per field it holds.
pub fn part_value(part: Part, t: &Ticket, lang: Lang) -> String {
    let text = |m: Msg| m.text(lang).to_owned();
    let or_dash = |s: &str| {
        if s.is_empty() {
            "—".to_owned()
        } else {
            s.to_owned()
        }
    };
    let line = |label: Msg, value: &str| {
        let filled = [("label", label.text(lang)), ("value", value)];
        fill(SyncMsg::Labelled.text(lang), &filled)
    };
    match part {
        Part::Title => or_dash(&t.title),
        Part::Description => or_dash(&t.description),
        Part::State => {
            let mut lines = vec![text(Msg::state(t.state))];
            lines.extend(
                t.hold_reason
                    .map(|r| line(Msg::FieldHoldReason, &text(Msg::hold_reason(r)))),
            );
            if let Some(r) = &t.resolution {
                lines.push(line(
                    Msg::FieldResolutionCode,
                    &text(Msg::resolution_code(r.code)),
                ));
                lines.push(line(Msg::FieldResolutionNotes, &r.notes));
            }
            for a in &t.approvals {
                let who = [("approver", a.approver.as_str())];
                let decision = if a.approved {
                    Msg::HistoryApproved
                } else {
                    Msg::HistoryRejected
                };
                lines.push(fill(decision.text(lang), &who));
            }
            lines.join("\n")
        }
        Part::Priority => fill(
            SyncMsg::PriorityValue.text(lang),
            &[
                ("priority", Msg::priority(t.priority).text(lang)),
                ("impact", Msg::level(t.impact).text(lang)),
                ("urgency", Msg::level(t.urgency).text(lang)),
            ],
        ),
        Part::Assignment => format!(
            "{} / {}",
            or_dash(&t.assignment_group),
            or_dash(&t.assignee)
        ),
        Part::Category => or_dash(&t.category),
        Part::Service => or_dash(&t.service),
        Part::Caller => or_dash(&t.caller),
        Part::Channel => text(Msg::channel(t.channel)),
        Part::Major => text(if t.major { Msg::Yes } else { Msg::No }),
        Part::KnownError => t.known_error.as_ref().map_or_else(
            || "—".to_owned(),
            |k| {
                [
                    line(Msg::FieldSymptom, &k.symptom),
                    line(Msg::FieldRootCause, &k.root_cause),
                    line(Msg::FieldWorkaround, &k.workaround),
                ]
                .join("\n")
            },
        ),
        Part::Change => t.change.as_ref().map_or_else(
            || "—".to_owned(),
            |c| {
                let when = |ms: Option<i64>| {
                    ms.map_or("—".to_owned(), |ms| format_timestamp(ms, 0) + " UTC")
                };
                let mut lines = vec![
                    line(
                        Msg::FieldRisk,
                        &c.risk.map_or("—".to_owned(), |r| text(Msg::level(r))),
                    ),
                    line(Msg::FieldCab, &c.cab.join(", ")),
                    line(Msg::FieldImpactAssessment, &c.impact_assessment),
                    line(Msg::FieldImplementationPlan, &c.implementation_plan),
                    line(Msg::FieldRollbackPlan, &c.rollback_plan),
                    line(Msg::FieldTestPlan, &c.test_plan),
                    line(
                        Msg::FieldWindow,
                        &format!("{} → {}", when(c.planned_start), when(c.planned_end)),
                    ),
                ];
                if let Some(r) = &c.review {
                    lines.push(line(Msg::FieldOutcome, &text(Msg::outcome(r.outcome))));
                    lines.push(line(Msg::FieldReviewNotes, &r.notes));
                }
                lines.join("\n")
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_version_read_in_both_languages() {
        use crate::domain::priority::{Level, PriorityMatrix};
        use crate::domain::ticket::{NewRecord, TicketDraft, TicketKind};
        let draft = TicketDraft {
            impact: Level::High,
            urgency: Level::Low,
            ..TicketDraft::new(TicketKind::Incident, "Mail down")
        };
        let record = NewRecord {
            id: "t".into(),
            rev: "1-a".into(),
            now: 0,
        };
        let t = draft.open(record, 1, &PriorityMatrix::default());
        assert_eq!(part_value(Part::Title, &t, Lang::Fr), "Mail down");
        let fr = part_value(Part::Priority, &t, Lang::Fr);
        assert!(fr.contains("impact\u{a0}: Haute"), "{fr}");
        assert_eq!(part_value(Part::Assignment, &t, Lang::En), "— / —");
        assert_eq!(
            part_label(Part::Assignment, Lang::En),
            "Assignment group / Assignee"
        );
        for part in Part::ALL {
            assert!(!part_value(part, &t, Lang::En).is_empty(), "{part:?}");
        }
    }
}
