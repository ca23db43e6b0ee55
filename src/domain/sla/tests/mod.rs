//! Table tests of the SLA engine: each case is a trail, a "now" and the clock expected.

use super::*;
use crate::domain::priority::{Level, Priority, PriorityMatrix};
use crate::domain::ticket::{Channel, NewRecord, Ticket, TicketDraft, TicketKind, TicketState};
use crate::domain::time::parse_datetime;

const H: i64 = 3_600_000;
const M: i64 = 60_000;

/// "2026-03-06 09:00" read as UTC.
fn utc(text: &str) -> i64 {
    parse_datetime(&text.replacen(' ', "T", 1)).expect(text)
}

fn policy() -> SlaPolicy {
    SlaPolicy::starting("Europe/Paris", "24×7", "Business")
}

fn ticket(kind: TicketKind, priority: Priority, created: &str) -> Ticket {
    let draft = TicketDraft {
        channel: Channel::Phone,
        impact: Level::High,
        urgency: Level::High,
        ..TicketDraft::new(kind, "Mail down")
    };
    let mut t = draft.open(
        NewRecord {
            id: "id".into(),
            rev: "1-a".into(),
            now: utc(created),
        },
        1,
        &PriorityMatrix::default(),
    );
    t.priority = priority;
    t.trail = opening_trail(&t);
    t
}

use TicketState::*;

/// Marks written as ("time", milestone).
fn with(mut t: Ticket, marks: &[(&str, Milestone)]) -> Ticket {
    for (at, what) in marks {
        t.trail.push(Mark {
            at: utc(at),
            what: *what,
        });
        if let Milestone::Priority(p) = what {
            t.priority = *p;
        }
        if let Milestone::State(s) = what {
            t.state = *s;
        }
    }
    t
}

fn resolution(t: &Ticket, policy: &SlaPolicy, now: &str) -> Clock {
    clocks(t, policy, utc(now))
        .into_iter()
        .find(|c| c.kind == ClockKind::Resolution)
        .expect("a resolution clock")
}

fn response(t: &Ticket, policy: &SlaPolicy, now: &str) -> Clock {
    clocks(t, policy, utc(now))
        .into_iter()
        .find(|c| c.kind == ClockKind::Response)
        .expect("a response clock")
}

struct Case {
    name: &'static str,
    ticket: Ticket,
    policy: SlaPolicy,
    now: &'static str,
    status: ClockStatus,
    elapsed: i64,
    due: Option<&'static str>,
}

fn check(case: Case) {
    let clock = resolution(&case.ticket, &case.policy, case.now);
    assert_eq!(clock.status, case.status, "{}: status", case.name);
    assert_eq!(clock.elapsed, case.elapsed, "{}: elapsed", case.name);
    assert_eq!(clock.due, case.due.map(utc), "{}: due", case.name);
}

#[test]
fn resolution_clocks_follow_pauses_hours_priorities_and_reopens() {
    let state = Milestone::State;
    let cases = [
        Case {
            // 24×7: Friday 09–14 counts, the weekend on hold does not, Monday 10–12 counts.
            name: "pause over a weekend, round the clock",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P2, "2026-03-06 09:00"),
                &[
                    ("2026-03-06 14:00", state(OnHold)),
                    ("2026-03-09 10:00", state(InProgress)),
                ],
            ),
            policy: policy(),
            now: "2026-03-09 12:00",
            status: ClockStatus::Warning,
            elapsed: 7 * H,
            due: Some("2026-03-09 13:00"),
        },
        Case {
            // Business hours in Paris (UTC+1): Friday 10:00–15:00 and Monday 11:00–13:00.
            name: "pause over a weekend, business hours",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P3, "2026-03-06 09:00"),
                &[
                    ("2026-03-06 14:00", state(OnHold)),
                    ("2026-03-09 10:00", state(InProgress)),
                ],
            ),
            policy: policy(),
            now: "2026-03-09 12:00",
            status: ClockStatus::Running,
            elapsed: 7 * H,
            // 17 h left: Monday until 17:00 (4 h), Tuesday (8 h), Wednesday 09:00–14:00.
            due: Some("2026-03-11 13:00"),
        },
        Case {
            name: "pause longer than the target",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00"),
                &[
                    ("2026-03-02 01:00", state(OnHold)),
                    ("2026-03-02 07:00", state(InProgress)),
                ],
            ),
            policy: policy(),
            now: "2026-03-02 08:00",
            status: ClockStatus::Running,
            elapsed: 2 * H,
            due: Some("2026-03-02 10:00"),
        },
        Case {
            name: "reopened: counting resumes from where it stopped",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P2, "2026-03-02 00:00"),
                &[
                    ("2026-03-02 05:00", state(Resolved)),
                    ("2026-03-02 10:00", state(InProgress)),
                ],
            ),
            policy: policy(),
            now: "2026-03-02 12:00",
            status: ClockStatus::Warning,
            elapsed: 7 * H,
            due: Some("2026-03-02 13:00"),
        },
        Case {
            name: "reopened, then resolved late",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P2, "2026-03-02 00:00"),
                &[
                    ("2026-03-02 05:00", state(Resolved)),
                    ("2026-03-02 10:00", state(InProgress)),
                    ("2026-03-02 14:00", state(Resolved)),
                ],
            ),
            policy: policy(),
            now: "2026-03-03 12:00",
            status: ClockStatus::Breached,
            elapsed: 9 * H,
            due: Some("2026-03-02 13:00"),
        },
        Case {
            // P3 in business hours, paused 09:00–10:00 UTC, raised to P1 at 11:00 UTC: the P1
            // target (4 h round the clock) counts from logging, the pause still kept out.
            name: "priority raised mid-way",
            ticket: with(
                ticket(TicketKind::Incident, Priority::P3, "2026-03-09 08:00"),
                &[
                    ("2026-03-09 09:00", state(OnHold)),
                    ("2026-03-09 10:00", state(InProgress)),
                    ("2026-03-09 11:00", Milestone::Priority(Priority::P1)),
                ],
            ),
            policy: policy(),
            now: "2026-03-09 13:30",
            status: ClockStatus::Breached,
            elapsed: 4 * H + 30 * M,
            due: Some("2026-03-09 13:00"),
        },
    ];
    for case in cases {
        check(case);
    }
}

#[test]
fn holidays_and_time_zones_move_the_due_time() {
    let mut with_holiday = policy();
    with_holiday.hours[1].holidays = vec!["2026-04-06".into()];
    let mut new_york = policy();
    new_york.hours[1].zone = "America/New_York".into();
    let p4 = ticket(TicketKind::Incident, Priority::P4, "2026-04-03 14:00");
    let p3 = ticket(TicketKind::Incident, Priority::P3, "2026-03-02 14:00");
    let cases = [
        Case {
            // Friday 16:00 Paris (UTC+2 since 29 March): 1 h on Friday, Easter Monday off.
            name: "a holiday",
            ticket: p4.clone(),
            policy: with_holiday,
            now: "2026-04-07 08:00",
            status: ClockStatus::Running,
            elapsed: 2 * H,
            due: Some("2026-04-13 14:00"),
        },
        Case {
            name: "the same ticket without the holiday",
            ticket: p4,
            policy: policy(),
            now: "2026-04-07 08:00",
            status: ClockStatus::Running,
            elapsed: 10 * H,
            due: Some("2026-04-10 14:00"),
        },
        Case {
            // 14:00–20:00 UTC is 15:00–17:00 in Paris but 09:00–15:00 in New York.
            name: "hours kept in Paris",
            ticket: p3.clone(),
            policy: policy(),
            now: "2026-03-02 20:00",
            status: ClockStatus::Running,
            elapsed: 2 * H,
            due: Some("2026-03-05 14:00"),
        },
        Case {
            name: "the same hours moved to New York",
            ticket: p3,
            policy: new_york,
            now: "2026-03-02 20:00",
            status: ClockStatus::Running,
            elapsed: 6 * H,
            due: Some("2026-03-04 22:00"),
        },
        Case {
            // Friday 16:00 Paris in winter; Monday 10:00 Paris is 08:00 UTC in summer time.
            name: "over the weekend clocks go forward",
            ticket: ticket(TicketKind::Incident, Priority::P3, "2026-03-27 15:00"),
            policy: policy(),
            now: "2026-03-30 08:00",
            status: ClockStatus::Running,
            elapsed: 2 * H,
            due: Some("2026-04-01 14:00"),
        },
    ];
    for case in cases {
        check(case);
    }
}

#[test]
fn a_day_with_a_daylight_saving_shift_has_its_real_length() {
    let mut hours = ServiceHours::business("Every day", 0, 1440, "Europe/Paris");
    hours.weekdays = [true; 7];
    // 25 October 2026 in Paris lasts 25 hours, 29 March 23.
    assert_eq!(
        hours.working_between(utc("2026-10-24 22:00"), utc("2026-10-25 23:00")),
        25 * H
    );
    assert_eq!(
        hours.working_between(utc("2026-03-28 23:00"), utc("2026-03-29 22:00")),
        23 * H
    );
    let day = ServiceHours::business("Days", 8 * 60, 20 * 60, "Europe/Paris");
    let mut sunday = day.clone();
    sunday.weekdays = [true; 7];
    // 08:00–20:00 local on the shift day is still 12 hours.
    assert_eq!(
        sunday.working_between(utc("2026-03-29 00:00"), utc("2026-03-30 00:00")),
        12 * H
    );
    assert_eq!(
        sunday.add_working(utc("2026-03-28 18:00"), 2 * H),
        Some(utc("2026-03-29 07:00"))
    );
}

#[test]
fn the_response_clock_stops_at_the_first_agent_action_and_survives_reassignment() {
    let p = policy();
    let t = ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00");
    let mut trail = t.trail.clone();
    use crate::domain::history::{EventField, FieldChange};
    let change = |field, new: &str| FieldChange {
        field,
        old: None,
        new: Some(new.into()),
        note: None,
    };
    // Choosing a group is not a response; naming an assignee is.
    extend_trail(
        &mut trail,
        &[change(EventField::AssignmentGroup, "Network")],
        utc("2026-03-02 00:05"),
    );
    assert!(!trail.iter().any(|m| m.what == Milestone::Responded));
    extend_trail(
        &mut trail,
        &[change(EventField::Assignee, "Ana")],
        utc("2026-03-02 00:10"),
    );
    extend_trail(
        &mut trail,
        &[change(EventField::Assignee, "Bob")],
        utc("2026-03-02 02:00"),
    );
    let t = Ticket { trail, ..t };
    let clock = response(&t, &p, "2026-03-02 03:00");
    assert_eq!(clock.status, ClockStatus::Met);
    assert_eq!(clock.elapsed, 10 * M);
    let resolution = resolution(&t, &p, "2026-03-02 03:00");
    assert_eq!(resolution.elapsed, 3 * H, "reassignment does not reset");
    assert_eq!(resolution.status, ClockStatus::Warning);
}

#[test]
fn clocks_not_started_cancelled_paused_or_absent() {
    let p = policy();
    // Logged on Saturday: business hours open on Monday 09:00 Paris (08:00 UTC).
    let weekend = ticket(TicketKind::Incident, Priority::P3, "2026-03-07 10:00");
    let clock = response(&weekend, &p, "2026-03-07 12:00");
    assert_eq!(clock.status, ClockStatus::NotStarted);
    assert_eq!(clock.due, Some(utc("2026-03-09 12:00")));
    assert_eq!(clock.starts_at, Some(utc("2026-03-09 08:00")));
    let cancelled = with(
        ticket(TicketKind::Incident, Priority::P3, "2026-03-09 08:00"),
        &[("2026-03-09 09:00", Milestone::State(Cancelled))],
    );
    assert_eq!(
        resolution(&cancelled, &p, "2026-03-20 09:00").status,
        ClockStatus::Cancelled
    );
    assert_eq!(resolution(&cancelled, &p, "2026-03-20 09:00").due, None);
    let held = with(
        ticket(TicketKind::ServiceRequest, Priority::P2, "2026-03-09 08:00"),
        &[("2026-03-09 09:00", Milestone::State(AwaitingApproval))],
    );
    let clock = resolution(&held, &p, "2026-03-19 09:00");
    assert_eq!(
        (clock.status, clock.elapsed, clock.due),
        (ClockStatus::Paused, H, None)
    );
    let explained: Vec<Phase> = clock.intervals.iter().map(|i| i.phase).collect();
    assert_eq!(explained, [Phase::Running, Phase::Paused(AwaitingApproval)]);
    assert!(clocks(
        &ticket(TicketKind::Problem, Priority::P1, "2026-03-09 08:00"),
        &p,
        0
    )
    .is_empty());
    assert!(clocks(
        &ticket(TicketKind::Incident, Priority::P5, "2026-03-09 08:00"),
        &p,
        0
    )
    .is_empty());
}

#[test]
fn a_priority_change_after_resolution_does_not_rewrite_the_outcome() {
    let t = with(
        ticket(TicketKind::Incident, Priority::P2, "2026-03-02 00:00"),
        &[
            ("2026-03-02 06:00", Milestone::State(Resolved)),
            ("2026-03-02 07:00", Milestone::Priority(Priority::P1)),
        ],
    );
    let clock = resolution(&t, &policy(), "2026-03-02 08:00");
    assert_eq!(
        (clock.status, clock.priority),
        (ClockStatus::Met, Priority::P2)
    );
}

#[test]
fn the_watch_instant_is_the_earliest_warning_of_a_counting_clock() {
    let p = policy();
    let t = ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00");
    // Response warns at 75% of 15 min.
    assert_eq!(watch_at(&t, &p), Some(utc("2026-03-02 00:00") + 675_000));
    let held = with(t.clone(), &[("2026-03-02 00:05", Milestone::State(OnHold))]);
    assert_eq!(watch_at(&held, &p), None, "paused before any warning");
    let late = with(t, &[("2026-03-02 05:00", Milestone::State(OnHold))]);
    assert_eq!(watch_at(&late, &p), Some(utc("2026-03-02 00:00") + 675_000));
}

mod policy;
