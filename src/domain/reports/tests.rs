//! Reports computed from a small, known set of tickets.

use super::chart::{ChartKey, Label};
use super::charts::dashboard_charts;
use super::kpi::{practice_kpis, KpiKey, KpiValue};
use super::period::Period;
use super::tally::Tally;
use crate::domain::priority::{Level, Priority, PriorityMatrix};
use crate::domain::records::{ChangeRecord, ChangeReview, ReviewOutcome};
use crate::domain::sla::{opening_trail, Mark, Milestone, SlaPolicy};
use crate::domain::ticket::{Channel, NewRecord, Ticket, TicketDraft, TicketKind, TicketState};

const H: i64 = 3_600_000;
const DAY: i64 = 24 * H;

fn policy() -> SlaPolicy {
    SlaPolicy::starting("UTC", "24×7", "Business")
}

/// A ticket logged `day` days after the epoch at noon, with marks `(hours after, what)`.
fn ticket(kind: TicketKind, priority: Priority, day: i64, marks: &[(i64, Milestone)]) -> Ticket {
    let created = day * DAY + 12 * H;
    let mut t = TicketDraft {
        channel: Channel::Phone,
        impact: Level::High,
        urgency: Level::High,
        category: "Network".into(),
        service: "E-mail".into(),
        ..TicketDraft::new(kind, "x")
    }
    .open(
        NewRecord {
            id: format!("{kind:?}{day}"),
            rev: "1-a".into(),
            now: created,
        },
        1,
        &PriorityMatrix::default(),
    );
    t.priority = priority;
    t.trail = opening_trail(&t);
    for (hours, what) in marks {
        t.trail.push(Mark {
            at: created + hours * H,
            what: *what,
        });
        if let Milestone::State(s) = what {
            t.state = *s;
        }
    }
    t
}

fn tally(tickets: &[Ticket], now_day: i64) -> Tally {
    let period = Period::between_days(100, 110, 0);
    let mut t = Tally::new(period, now_day * DAY);
    for ticket in tickets {
        t.add(ticket, &policy());
    }
    t
}

use Milestone::{Responded, State};
use TicketState::*;

fn sample() -> Vec<Ticket> {
    let mut change = ticket(TicketKind::Change, Priority::P3, 103, &[(1, State(Closed))]);
    change.change = Some(ChangeRecord {
        review: Some(ChangeReview {
            outcome: ReviewOutcome::Successful,
            notes: String::new(),
        }),
        ..ChangeRecord::default()
    });
    let mut portal = ticket(TicketKind::ServiceRequest, Priority::P4, 104, &[]);
    portal.channel = Channel::Portal;
    vec![
        // P1 met: responded after 0 h, resolved after 2 h.
        ticket(
            TicketKind::Incident,
            Priority::P1,
            101,
            &[(0, Responded), (0, State(InProgress)), (2, State(Resolved))],
        ),
        // P1 breached: resolved after 6 h, reopened, resolved again.
        ticket(
            TicketKind::Incident,
            Priority::P1,
            102,
            &[
                (1, Responded),
                (1, State(InProgress)),
                (6, State(Resolved)),
                (7, State(InProgress)),
                (8, State(Resolved)),
            ],
        ),
        // P2 still open and breached (logged days ago).
        ticket(
            TicketKind::Incident,
            Priority::P2,
            105,
            &[(1, Responded), (1, State(InProgress))],
        ),
        // Outside the period, still open: counts in the backlog only.
        ticket(TicketKind::Incident, Priority::P3, 50, &[]),
        change,
        portal,
    ]
}

#[test]
fn the_tally_counts_open_work_and_the_period_s_outcomes() {
    let t = tally(&sample(), 108);
    assert_eq!(t.read, 6);
    assert_eq!(
        t.open(),
        3,
        "the open P2 incident, the old P3 and the request"
    );
    assert_eq!(t.open_by_priority, [0, 1, 1, 1, 0]);
    assert_eq!(t.logged, [3, 1, 0, 1]);
    assert_eq!(t.resolution_of(Priority::P1).met, 1);
    assert_eq!(t.resolution_of(Priority::P1).breached, 1);
    assert_eq!(t.resolution_of(Priority::P2).breached, 1);
    assert_eq!(t.reopened_incidents, 1);
    // Means over incidents: 0 h and 1 h and 1 h to acknowledge; 2 h and 8 h to resolve.
    assert_eq!(t.acknowledge[0].value(), Some(2 * H / 3));
    assert_eq!(t.resolve[0].value(), Some(5 * H));
    // Open ages at day 108: 2½ days (the P2), 3½ days (the request), 57½ days (the P3).
    assert_eq!(t.backlog, [0, 1, 1, 0, 1]);
    // Each of them is past a target: 8 h round the clock, 1 and 3 business days.
    assert_eq!(t.open_breached, 3);
    assert_eq!(t.change_outcomes, [1, 0, 0, 0]);
    // Plan, improve, engage, design and transition, obtain/build, deliver and support: the
    // two resolved incidents, the new P3 and the new request engage; the P2 is in progress.
    assert_eq!(t.in_activity, [0, 0, 4, 0, 0, 1]);
}

#[test]
fn charts_carry_the_ticket_list_behind_each_bar() {
    let t = tally(&sample(), 108);
    let charts = dashboard_charts(&t);
    let compliance = charts
        .iter()
        .find(|c| c.key == ChartKey::Compliance)
        .unwrap();
    let p1 = &compliance.bars[0];
    assert_eq!(p1.label, Label::Priority(Priority::P1));
    assert_eq!(p1.values, vec![50.0, 50.0]);
    let drill = p1.drill.clone().unwrap();
    assert_eq!(
        (drill.priority, drill.logged),
        (Some(Priority::P1), Some((t.period.from, t.period.to)))
    );
    let open = charts
        .iter()
        .find(|c| c.key == ChartKey::OpenByPriority)
        .unwrap();
    assert_eq!(open.bars[1].values, vec![1.0]);
    assert!(open.bars[1].drill.as_ref().unwrap().open);
    let volume = charts
        .iter()
        .find(|c| c.key == ChartKey::VolumeByCategory)
        .unwrap();
    assert_eq!(volume.bars.len(), 10, "one bar per day of a ten-day period");
    assert_eq!(volume.series, vec![Label::Name("Network".into())]);
    assert_eq!(volume.bars[1].values, vec![1.0]);
    let recurring = charts
        .iter()
        .find(|c| c.key == ChartKey::RecurringCategories)
        .unwrap();
    assert_eq!(
        recurring.bars.len(),
        1,
        "only categories with two incidents or more"
    );
    assert_eq!(recurring.bars[0].values, vec![3.0]);
    let backlog = charts
        .iter()
        .find(|c| c.key == ChartKey::BacklogAge)
        .unwrap();
    let (from, to) = backlog.bars[1].drill.as_ref().unwrap().logged.unwrap();
    assert!((from..to).contains(&(105 * DAY + 12 * H)));
    assert!(!(from..to).contains(&(50 * DAY)));
}

#[test]
fn practice_kpis_follow_their_definitions() {
    let t = tally(&sample(), 108);
    let kpis = practice_kpis(&t);
    let value = |key: KpiKey| {
        kpis.iter()
            .flat_map(|(_, list)| list)
            .find(|k| k.key == key)
            .map(|k| k.value)
            .unwrap()
    };
    assert_eq!(value(KpiKey::IncidentsLogged), KpiValue::Count(3));
    assert_eq!(value(KpiKey::IncidentMttr), KpiValue::Duration(Some(5 * H)));
    assert_eq!(
        value(KpiKey::ChangeSuccessRate),
        KpiValue::Percent(Some(100.0))
    );
    assert_eq!(value(KpiKey::RequestRejectionRate), KpiValue::Percent(None));
    let KpiValue::Percent(Some(reopen)) = value(KpiKey::ReopenRate) else {
        panic!("a reopen rate");
    };
    assert!((reopen - 100.0 / 3.0).abs() < 1e-9);
    // Contacts are the three incidents and the request; one came through the portal.
    assert_eq!(value(KpiKey::TicketsLogged), KpiValue::Count(4));
    assert_eq!(
        value(KpiKey::SelfServiceShare),
        KpiValue::Percent(Some(25.0))
    );
    assert_eq!(value(KpiKey::OpenBreached), KpiValue::Count(3));
    assert_eq!(kpis.len(), 6);
}
