//! The demo data: determinism, sizes, histories that replay, links, SLA clocks at the end;
//! the contracts the guided scenarios rely on are in `contracts`.

mod contracts;

use super::sim::build;
use super::*;
use crate::domain::history::{chronological, EventField};
use crate::domain::lifecycle::check_invariants;
use crate::domain::records::{ChangeType, LinkRole};
use crate::domain::reports::tally::resolved_at;
use crate::domain::sla::{clocks, trail_from_history, watch_at, watch_state, ClockKind};
use crate::domain::sla::{ClockStatus, Milestone};
use crate::domain::ticket::{TicketKind, TicketState};
use crate::domain::time::days_from_civil;
use std::collections::{HashMap, HashSet};

const H: i64 = 3_600_000;
const D: i64 = 24 * H;

/// A Wednesday afternoon, a Sunday evening and a Monday early morning (UTC).
fn ends() -> [i64; 3] {
    [
        days_from_civil(2025, 3, 12) * D + 15 * H + 1_234,
        days_from_civil(2025, 6, 15) * D + 20 * H,
        days_from_civil(2025, 11, 3) * D + 6 * H + 30 * 60_000,
    ]
}

fn end() -> i64 {
    ends()[0]
}

fn cases() -> Vec<(u64, Lang, i64)> {
    let mut all = Vec::new();
    for (n, end) in ends().into_iter().enumerate() {
        for lang in Lang::ALL {
            all.push((42 + n as u64, lang, end));
        }
    }
    all
}

fn of_kind(d: &DemoData, kind: TicketKind) -> Vec<&Ticket> {
    d.tickets.iter().filter(|t| t.kind == kind).collect()
}

#[test]
fn the_same_seed_gives_the_same_data_and_another_seed_other_data() {
    let a = generate(42, Lang::En, end());
    assert_eq!(a, generate(42, Lang::En, end()));
    let b = generate(43, Lang::En, end());
    assert_ne!(a.tickets, b.tickets);
    assert_ne!(a.events, b.events);
}

#[test]
fn the_sizes_match_a_small_company_over_90_days() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let incidents = of_kind(&d, TicketKind::Incident).len();
        assert!((380..=430).contains(&incidents), "{incidents} incidents");
        assert_eq!(of_kind(&d, TicketKind::ServiceRequest).len(), 150);
        assert_eq!(of_kind(&d, TicketKind::Problem).len(), 15);
        assert_eq!(of_kind(&d, TicketKind::Change).len(), 30);
        assert!((3..=5).contains(&d.improvements.len()));
        assert_eq!(d.practices.len(), 34);
        assert_eq!(d.matrix, PriorityMatrix::default());
        assert!(d.config.people().contains(&d.actor));
    }
}

#[test]
fn every_planned_step_is_allowed_by_the_lifecycles_and_links() {
    for (seed, lang, end) in cases() {
        let (_, refused) = build(seed, lang, end);
        assert_eq!(refused, 0, "seed {seed} {lang:?}");
    }
}

#[test]
fn every_history_replays_into_its_ticket() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let mut by_ticket: HashMap<&str, Vec<TicketEvent>> = HashMap::new();
        for e in &d.events {
            by_ticket.entry(&e.ticket_id).or_default().push(e.clone());
        }
        let ids: HashSet<&str> = d.tickets.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids.len(), d.tickets.len(), "ticket ids are unique");
        assert!(by_ticket.keys().all(|id| ids.contains(id)), "orphan event");
        let event_ids: HashSet<&str> = d.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(event_ids.len(), d.events.len(), "event ids are unique");
        for t in &d.tickets {
            let mut events = by_ticket.remove(t.id.as_str()).unwrap_or_default();
            chronological(&mut events);
            assert_eq!(events[0].field, EventField::Created, "{}", t.number);
            assert_eq!(events[0].new.as_deref(), Some(t.number.as_str()));
            assert_eq!(events[0].at, t.created);
            let last_state = events.iter().rev().find(|e| e.field == EventField::State);
            let state = last_state.and_then(|e| e.new.as_deref());
            assert_eq!(state.unwrap_or("new"), t.state.key(), "{}", t.number);
            assert_eq!(trail_from_history(t, &events), t.trail, "{}", t.number);
            assert_eq!(check_invariants(t), Ok(()), "{}", t.number);
            assert_eq!(t.sla_watch, watch_at(t, &d.sla), "{}", t.number);
            assert!(events.iter().all(|e| e.at <= t.updated));
            let revisions: u32 = t.rev.split('-').next().unwrap().parse().unwrap();
            assert!(revisions >= 1);
        }
    }
}

#[test]
fn numbers_follow_creation_order_and_the_counters_hold_the_last() {
    let d = generate(42, Lang::En, end());
    for kind in TicketKind::ALL {
        let tickets = of_kind(&d, kind); // in creation order
        let numbers: Vec<String> = (1..=tickets.len() as u32)
            .map(|n| crate::domain::ticket::human_number(kind, n))
            .collect();
        let actual: Vec<String> = tickets.iter().map(|t| t.number.clone()).collect();
        assert_eq!(actual, numbers, "{kind:?}");
        let key = format!("counter.{}", kind.prefix());
        let counter = d.counters.iter().find(|c| c.0 == key).unwrap().1;
        assert_eq!(counter as usize, tickets.len());
    }
    let imp = d.counters.iter().find(|c| c.0 == "counter.IMP").unwrap().1;
    assert_eq!(imp as usize, d.improvements.len());
    let last = d
        .improvements
        .iter()
        .map(|i| i.number.clone())
        .max()
        .unwrap();
    assert_eq!(last, format!("IMP{imp:04}"));
}

#[test]
fn everything_happens_in_the_90_days_before_the_end() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let from = end - 90 * D - D;
        assert!(d.events.iter().all(|e| (from..=end).contains(&e.at)));
        assert!(d
            .tickets
            .iter()
            .all(|t| t.created >= from && t.updated <= end));
        assert!(d
            .improvements
            .iter()
            .all(|i| i.created >= from && i.updated <= end));
        // Recent days are busy too.
        assert!(d.tickets.iter().filter(|t| t.created > end - 3 * D).count() >= 10);
    }
}

#[test]
fn links_are_written_on_both_tickets() {
    let d = generate(42, Lang::Fr, end());
    let by_id: HashMap<&str, &Ticket> = d.tickets.iter().map(|t| (t.id.as_str(), t)).collect();
    let mut links = 0;
    for t in &d.tickets {
        for l in &t.links {
            links += 1;
            let other = by_id[l.ticket_id.as_str()];
            assert_eq!(
                (other.number.as_str(), other.kind),
                (l.number.as_str(), l.kind)
            );
            let mirror = match l.role {
                LinkRole::Parent => LinkRole::Child,
                LinkRole::Child => LinkRole::Parent,
                LinkRole::Related => LinkRole::Related,
            };
            assert!(other
                .links
                .iter()
                .any(|b| b.ticket_id == t.id && b.role == mirror));
        }
    }
    assert!(links > 100, "{links} links");
    let with_children = d
        .tickets
        .iter()
        .filter(|t| t.major && t.links.iter().any(|l| l.role == LinkRole::Child))
        .count();
    assert!(with_children >= 3);
    let problem_to_change = of_kind(&d, TicketKind::Change)
        .iter()
        .filter(|c| c.links.iter().any(|l| l.kind == TicketKind::Problem))
        .count();
    assert!(problem_to_change >= 4);
}

#[test]
fn the_sla_view_is_alive_at_the_end() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let open: Vec<&Ticket> = d.tickets.iter().filter(|t| t.state.is_open()).collect();
        let breached = open
            .iter()
            .filter(|t| watch_state(t, &d.sla, end) == Some(ClockStatus::Breached))
            .count();
        assert!(breached >= 3, "{breached} breached");
        let warning_soon = open
            .iter()
            .filter(|t| t.kind == TicketKind::Incident)
            .filter(|t| {
                clocks(t, &d.sla, end).iter().any(|c| {
                    c.status == ClockStatus::Running
                        && c.warn_at.is_some_and(|w| w > end && w <= end + 4 * H)
                })
            })
            .count();
        assert!(warning_soon >= 3, "{warning_soon} warning soon");
        let states: HashSet<TicketState> = open.iter().map(|t| t.state).collect();
        assert!(states.len() >= 5, "{states:?}");
    }
}

#[test]
fn about_one_resolved_incident_in_ten_missed_its_target() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let resolved: Vec<&Ticket> = of_kind(&d, TicketKind::Incident)
            .into_iter()
            .filter(|t| resolved_at(t).is_some())
            .collect();
        let late = resolved
            .iter()
            .filter(|t| {
                clocks(t, &d.sla, end)
                    .iter()
                    .any(|c| c.kind == ClockKind::Resolution && c.status == ClockStatus::Breached)
            })
            .count();
        let share = late as f64 / resolved.len() as f64;
        assert!(
            (0.06..=0.16).contains(&share),
            "{late} of {}",
            resolved.len()
        );
    }
}

#[test]
fn the_history_shows_every_part_of_the_lifecycles() {
    let d = generate(42, Lang::En, end());
    let incidents = of_kind(&d, TicketKind::Incident);
    let reopened = incidents
        .iter()
        .filter(|t| {
            let mut resolved = false;
            t.trail.iter().any(|m| match m.what {
                Milestone::State(TicketState::Resolved) => {
                    resolved = true;
                    false
                }
                Milestone::State(s) => resolved && s.is_open(),
                _ => false,
            })
        })
        .count();
    assert!(reopened >= 3, "{reopened} reopened");
    assert!(incidents.iter().filter(|t| t.major).count() >= 4);
    let held = |e: &&TicketEvent| e.field == EventField::HoldReason && e.new.is_some();
    assert!(d.events.iter().filter(held).count() >= 20);
    let notes = d.events.iter().filter(|e| e.field == EventField::WorkNote);
    assert!(notes.count() >= 300);
    let requests = of_kind(&d, TicketKind::ServiceRequest);
    assert!(requests.iter().any(|t| t.state == TicketState::Rejected));
    assert!(requests.iter().filter(|t| t.approval_required).count() >= 30);
    assert!(
        requests
            .iter()
            .filter(|t| t.state == TicketState::Closed)
            .count()
            >= 100
    );
    let changes = of_kind(&d, TicketKind::Change);
    for ty in ChangeType::ALL {
        let typed = |c: &&&Ticket| c.change.as_ref().unwrap().change_type == Some(ty);
        assert!(changes.iter().filter(typed).count() >= 5, "{ty:?}");
    }
    assert!(changes.iter().any(|c| c.state == TicketState::Cancelled));
    let future = |c: &&Ticket| {
        c.state == TicketState::Scheduled
            && c.change
                .as_ref()
                .unwrap()
                .planned_start
                .is_some_and(|s| s > end())
    };
    assert!(changes.iter().any(future));
    let problems = of_kind(&d, TicketKind::Problem);
    let states: HashSet<TicketState> = problems.iter().map(|t| t.state).collect();
    assert!(states.len() >= 5, "{states:?}");
}

#[test]
fn generation_is_cheap() {
    let started = std::time::Instant::now();
    let d = generate(42, Lang::En, end());
    let elapsed = started.elapsed();
    let count = |k| of_kind(&d, k).len();
    println!(
        "generate: {elapsed:?}; {} incidents, {} requests, {} problems, {} changes, {} events",
        count(TicketKind::Incident),
        count(TicketKind::ServiceRequest),
        count(TicketKind::Problem),
        count(TicketKind::Change),
        d.events.len()
    );
}
