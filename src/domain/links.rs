//! Links between tickets: incident ↔ problem, problem ↔ change, incident ↔ change, and
//! parent ↔ child incidents. A link is written on both tickets at once.

use super::records::{Link, LinkRole};
use super::ticket::{Ticket, TicketKind};

/// Why two tickets cannot be linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    SameTicket,
    AlreadyLinked,
    /// These two kinds of record are not linked in ITIL practice.
    KindsNotLinkable,
    /// Only incidents have parents and children.
    ParentNeedsIncidents,
    /// A child incident has one parent.
    AlreadyHasParent,
}

/// How a ticket relates to the one it is linked to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Related,
    /// This incident is the other's parent.
    ParentOf,
    /// This incident is the other's child.
    ChildOf,
}

/// Links `a` to `b` as `relation` says; returns them in the same order.
pub fn link_as(
    a: &Ticket,
    b: &Ticket,
    relation: Relation,
    now: i64,
) -> Result<(Ticket, Ticket), LinkError> {
    match relation {
        Relation::Related => link(a, b, false, now),
        Relation::ParentOf => link(a, b, true, now),
        Relation::ChildOf => link(b, a, true, now).map(|(parent, child)| (child, parent)),
    }
}

/// Links `a` and `b`; with `a_is_parent`, `a` becomes the parent incident of `b`.
/// Returns both tickets updated at `now`, or why not; neither input changes.
pub fn link(
    a: &Ticket,
    b: &Ticket,
    a_is_parent: bool,
    now: i64,
) -> Result<(Ticket, Ticket), LinkError> {
    use TicketKind::*;
    if a.id == b.id {
        return Err(LinkError::SameTicket);
    }
    if a.links.iter().any(|l| l.ticket_id == b.id) {
        return Err(LinkError::AlreadyLinked);
    }
    let (role_on_a, role_on_b) = if a_is_parent {
        if a.kind != Incident || b.kind != Incident {
            return Err(LinkError::ParentNeedsIncidents);
        }
        if b.links.iter().any(|l| l.role == LinkRole::Parent) {
            return Err(LinkError::AlreadyHasParent);
        }
        (LinkRole::Child, LinkRole::Parent)
    } else {
        match (a.kind, b.kind) {
            (Incident, Problem) | (Problem, Incident) | (Problem, Change) | (Change, Problem) => {}
            (Incident, Change) | (Change, Incident) => {}
            _ => return Err(LinkError::KindsNotLinkable),
        }
        (LinkRole::Related, LinkRole::Related)
    };
    let to = |t: &Ticket, role| Link {
        ticket_id: t.id.clone(),
        number: t.number.clone(),
        kind: t.kind,
        role,
    };
    let (mut a2, mut b2) = (a.clone(), b.clone());
    a2.links.push(to(b, role_on_a));
    b2.links.push(to(a, role_on_b));
    a2.updated = now;
    b2.updated = now;
    Ok((a2, b2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::priority::{Level, PriorityMatrix};
    use crate::domain::ticket::{NewRecord, TicketDraft};

    fn ticket(kind: TicketKind, id: &str) -> Ticket {
        let draft = TicketDraft {
            impact: Level::Low,
            urgency: Level::Low,
            ..TicketDraft::new(kind, "t")
        };
        draft.open(
            NewRecord {
                id: id.into(),
                rev: "1-a".into(),
                now: 0,
            },
            1,
            &PriorityMatrix::default(),
        )
    }

    #[test]
    fn an_incident_and_a_problem_link_on_both_sides() {
        let (i, p) = (
            ticket(TicketKind::Incident, "i"),
            ticket(TicketKind::Problem, "p"),
        );
        let (i2, p2) = link(&i, &p, false, 9).unwrap();
        assert_eq!(i2.links[0].ticket_id, "p");
        assert_eq!(p2.links[0].ticket_id, "i");
        assert_eq!((i2.links[0].role, i2.updated), (LinkRole::Related, 9));
        assert_eq!(link(&i2, &p2, false, 10), Err(LinkError::AlreadyLinked));
    }

    #[test]
    fn parents_and_children_are_incidents_with_one_parent_each() {
        let (a, b, c) = (
            ticket(TicketKind::Incident, "a"),
            ticket(TicketKind::Incident, "b"),
            ticket(TicketKind::Incident, "c"),
        );
        let (a2, b2) = link(&a, &b, true, 1).unwrap();
        assert_eq!(
            (a2.links[0].role, b2.links[0].role),
            (LinkRole::Child, LinkRole::Parent)
        );
        assert_eq!(link(&c, &b2, true, 2), Err(LinkError::AlreadyHasParent));
        assert_eq!(
            link(&a, &ticket(TicketKind::Problem, "p"), true, 2),
            Err(LinkError::ParentNeedsIncidents)
        );
        assert_eq!(link(&a, &c, false, 2), Err(LinkError::KindsNotLinkable));
        assert_eq!(link(&a, &a, false, 2), Err(LinkError::SameTicket));
    }

    #[test]
    fn a_child_link_makes_the_other_incident_the_parent() {
        let (a, b) = (
            ticket(TicketKind::Incident, "a"),
            ticket(TicketKind::Incident, "b"),
        );
        let (a2, b2) = link_as(&a, &b, Relation::ChildOf, 1).unwrap();
        assert_eq!(
            (a2.links[0].role, b2.links[0].role),
            (LinkRole::Parent, LinkRole::Child)
        );
    }

    #[test]
    fn requests_link_to_nothing_and_changes_link_to_problems_and_incidents() {
        let r = ticket(TicketKind::ServiceRequest, "r");
        assert_eq!(
            link(&r, &ticket(TicketKind::Incident, "i"), false, 1),
            Err(LinkError::KindsNotLinkable)
        );
        assert!(link(
            &ticket(TicketKind::Change, "c"),
            &ticket(TicketKind::Problem, "p"),
            false,
            1
        )
        .is_ok());
        assert!(link(
            &ticket(TicketKind::Change, "c"),
            &ticket(TicketKind::Incident, "i"),
            false,
            1
        )
        .is_ok());
    }
}
