//! Settling a ticket edited on two devices: which parts of two versions differ, and the
//! ticket made of the parts a user takes from each. Pure: the ticket page shows the parts,
//! storage writes the chosen ticket through [`super::resolve_doc`].

use crate::domain::sla::{Mark, Milestone};
use crate::domain::ticket::Ticket;

/// A part of a ticket, taken whole from one version or the other. Fields that only make
/// sense together travel together: a state with its hold reason, resolution and approvals;
/// impact and urgency with the priority they give; a group with its assignee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Title,
    Description,
    State,
    Priority,
    Assignment,
    Category,
    Service,
    Caller,
    Channel,
    Major,
    KnownError,
    Change,
}

impl Part {
    /// Every part, in the order the comparison shows them.
    pub const ALL: [Part; 12] = [
        Part::Title,
        Part::Description,
        Part::State,
        Part::Priority,
        Part::Assignment,
        Part::Category,
        Part::Service,
        Part::Caller,
        Part::Channel,
        Part::Major,
        Part::KnownError,
        Part::Change,
    ];

    /// A stable name, for control ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Description => "description",
            Part::State => "state",
            Part::Priority => "priority",
            Part::Assignment => "assignment",
            Part::Category => "category",
            Part::Service => "service",
            Part::Caller => "caller",
            Part::Channel => "channel",
            Part::Major => "major",
            Part::KnownError => "known_error",
            Part::Change => "change",
        }
    }

    /// Whether `a` and `b` hold the same value of this part.
    fn same(self, a: &Ticket, b: &Ticket) -> bool {
        match self {
            Part::Title => a.title == b.title,
            Part::Description => a.description == b.description,
            Part::State => {
                (a.state, a.hold_reason, &a.resolution, &a.approvals)
                    == (b.state, b.hold_reason, &b.resolution, &b.approvals)
            }
            Part::Priority => {
                (a.impact, a.urgency, a.priority) == (b.impact, b.urgency, b.priority)
            }
            Part::Assignment => {
                (&a.assignment_group, &a.assignee) == (&b.assignment_group, &b.assignee)
            }
            Part::Category => a.category == b.category,
            Part::Service => a.service == b.service,
            Part::Caller => a.caller == b.caller,
            Part::Channel => a.channel == b.channel,
            Part::Major => a.major == b.major,
            Part::KnownError => a.known_error == b.known_error,
            Part::Change => a.change == b.change,
        }
    }

    /// Copies this part of `from` into `into`.
    fn take(self, into: &mut Ticket, from: &Ticket) {
        match self {
            Part::Title => into.title.clone_from(&from.title),
            Part::Description => into.description.clone_from(&from.description),
            Part::State => {
                into.state = from.state;
                into.hold_reason = from.hold_reason;
                into.resolution.clone_from(&from.resolution);
                into.approvals.clone_from(&from.approvals);
            }
            Part::Priority => {
                (into.impact, into.urgency, into.priority) =
                    (from.impact, from.urgency, from.priority);
            }
            Part::Assignment => {
                into.assignment_group.clone_from(&from.assignment_group);
                into.assignee.clone_from(&from.assignee);
            }
            Part::Category => into.category.clone_from(&from.category),
            Part::Service => into.service.clone_from(&from.service),
            Part::Caller => into.caller.clone_from(&from.caller),
            Part::Channel => into.channel = from.channel,
            Part::Major => into.major = from.major,
            Part::KnownError => into.known_error.clone_from(&from.known_error),
            Part::Change => into.change.clone_from(&from.change),
        }
    }
}

/// The parts that differ between two versions, in display order.
pub fn differing(a: &Ticket, b: &Ticket) -> Vec<Part> {
    Part::ALL.into_iter().filter(|p| !p.same(a, b)).collect()
}

/// The ticket made of `current` with the parts `from_other` taken from `other`.
///
/// Whatever the choice, nothing either device recorded is lost: links (mirrored on the
/// linked tickets) are the union of both versions', and so are the clock trail's marks,
/// which both histories hold; the last update is the later of the two. The result depends
/// only on its inputs, so that two devices making the same choice write the same record.
pub fn merge(current: &Ticket, other: &Ticket, from_other: &[Part]) -> Ticket {
    let mut merged = current.clone();
    for part in Part::ALL.into_iter().filter(|p| from_other.contains(p)) {
        part.take(&mut merged, other);
    }
    for link in &other.links {
        if !merged.links.contains(link) {
            merged.links.push(link.clone());
        }
    }
    merged.updated = current.updated.max(other.updated);
    merged.trail = merged_trail(&current.trail, &other.trail, &merged);
    merged
}

/// The version `chosen` keeps whole among `versions` (every part equal): `None` when it
/// merges them.
pub fn kept<'a>(chosen: &Ticket, versions: &[&'a Ticket]) -> Option<&'a Ticket> {
    versions
        .iter()
        .copied()
        .find(|v| differing(chosen, v).is_empty())
}

/// Both trails' marks in time order, one "responded" mark (the first), ending on the
/// merged ticket's state and priority (marked at its last update when a trail ended on
/// the other version's).
fn merged_trail(a: &[Mark], b: &[Mark], ticket: &Ticket) -> Vec<Mark> {
    let mut marks = a.to_vec();
    for mark in b {
        if !marks.contains(mark) {
            marks.push(*mark);
        }
    }
    marks.sort_by_key(|m| m.at);
    let first_response = marks.iter().position(|m| m.what == Milestone::Responded);
    let mut i = 0;
    marks.retain(|m| {
        i += 1;
        m.what != Milestone::Responded || Some(i - 1) == first_response
    });
    let end = marks
        .last()
        .map_or(ticket.updated, |m| m.at.max(ticket.updated));
    let wanted = [
        Milestone::State(ticket.state),
        Milestone::Priority(ticket.priority),
    ];
    for what in wanted {
        let same_kind =
            |m: &&Mark| std::mem::discriminant(&m.what) == std::mem::discriminant(&what);
        if marks.iter().rev().find(same_kind).map(|m| m.what) != Some(what) {
            marks.push(Mark { at: end, what });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::history::changes;
    use crate::domain::lifecycle::{apply, Action};
    use crate::domain::priority::{Level, PriorityMatrix};
    use crate::domain::records::{HoldReason, Link, LinkRole};
    use crate::domain::sla::extend_trail;
    use crate::domain::ticket::{NewRecord, TicketDraft, TicketKind, TicketState};

    /// A ticket logged at t=0, as both devices had it before they edited it apart.
    fn base() -> Ticket {
        let draft = TicketDraft {
            impact: Level::Low,
            urgency: Level::Low,
            description: "details".into(),
            ..TicketDraft::new(TicketKind::Incident, "Printer jam")
        };
        let record = NewRecord {
            id: "t1".into(),
            rev: "1-a".into(),
            now: 0,
        };
        draft.open(record, 1, &PriorityMatrix::default())
    }

    fn link(number: &str) -> Link {
        Link {
            ticket_id: number.to_lowercase(),
            number: number.into(),
            kind: TicketKind::Incident,
            role: LinkRole::Related,
        }
    }

    /// The base after `action` at `at`, its clock trail extended as storage would.
    fn edited(action: Action, at: i64) -> Ticket {
        let before = base();
        let mut after = apply(&before, action, at).unwrap();
        let found = changes(&before, &after);
        extend_trail(&mut after.trail, &found, at);
        after
    }

    /// Device A put the ticket on hold and retitled it; device B started it and moved it
    /// to another service.
    fn versions() -> (Ticket, Ticket) {
        let mut a = edited(Action::Hold(HoldReason::AwaitingVendor), 10);
        a.title = "Printer jam on floor 2".into();
        a.links.push(link("INC2"));
        let mut b = edited(Action::Start, 20);
        b.service = "Printing".into();
        b.links.push(link("INC3"));
        (a, b)
    }

    #[test]
    fn the_differing_parts_are_listed_in_display_order() {
        let (a, b) = versions();
        assert_eq!(differing(&a, &b), [Part::Title, Part::State, Part::Service]);
        assert!(differing(&a, &a).is_empty());
        let mut c = a.clone();
        c.impact = Level::High;
        assert_eq!(differing(&a, &c), [Part::Priority]);
    }

    #[test]
    fn a_merge_takes_the_chosen_parts_from_the_other_version() {
        let (a, b) = versions();
        let merged = merge(&a, &b, &[Part::State, Part::Service]);
        assert_eq!(
            merged.title, "Printer jam on floor 2",
            "kept from this version"
        );
        assert_eq!(
            merged.state,
            TicketState::InProgress,
            "taken from the other"
        );
        assert_eq!(merged.hold_reason, None, "with the state it belongs to");
        assert_eq!(merged.service, "Printing");
        assert_eq!(merged.updated, 20, "the later update");
        assert_eq!(merged.id, a.id);
    }

    #[test]
    fn links_and_clock_marks_of_both_versions_are_kept_whatever_the_choice() {
        let (a, b) = versions();
        for chosen in [merge(&a, &b, &[]), merge(&a, &b, &differing(&a, &b))] {
            let numbers: Vec<_> = chosen.links.iter().map(|l| l.number.as_str()).collect();
            assert_eq!(numbers, ["INC2", "INC3"]);
            let responded = chosen
                .trail
                .iter()
                .filter(|m| m.what == Milestone::Responded)
                .count();
            assert_eq!(responded, 1, "{:?}", chosen.trail);
            assert!(chosen.trail.windows(2).all(|w| w[0].at <= w[1].at));
            let last_state = chosen.trail.iter().rev().find_map(|m| match m.what {
                Milestone::State(s) => Some(s),
                _ => None,
            });
            assert_eq!(last_state, Some(chosen.state), "{:?}", chosen.trail);
        }
    }

    #[test]
    fn keeping_a_version_whole_is_told_apart_from_a_merge() {
        let (a, b) = versions();
        let everything = differing(&a, &b);
        assert_eq!(kept(&merge(&a, &b, &[]), &[&a, &b]), Some(&a));
        assert_eq!(kept(&merge(&a, &b, &everything), &[&a, &b]), Some(&b));
        assert_eq!(kept(&merge(&a, &b, &[Part::Service]), &[&a, &b]), None);
    }

    #[test]
    fn the_same_choice_gives_the_same_record() {
        let (a, b) = versions();
        let once = merge(&a, &b, &[Part::Service, Part::State]);
        let again = merge(&a, &b, &[Part::State, Part::Service]);
        assert_eq!(once, again);
    }
}
