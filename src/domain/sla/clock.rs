//! SLA clocks computed from a ticket's trail and a given "now": never stored, so they
//! cannot drift. Each clock explains itself as a list of running, paused and stopped
//! intervals.

use super::hours::ServiceHours;
use super::policy::{SlaDefinition, SlaPolicy};
use super::trail::{Mark, Milestone};
use crate::domain::priority::Priority;
use crate::domain::ticket::{Ticket, TicketState};

/// The two clocks of a ticket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClockKind {
    /// Until the first agent action.
    Response,
    /// Until resolution; restarts on reopen.
    Resolution,
}

/// Where a clock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClockStatus {
    /// Started, but its service hours have not opened yet.
    NotStarted,
    Running,
    /// In a pause state.
    Paused,
    /// Past its warning threshold.
    Warning,
    /// Past its target, running or not.
    Breached,
    /// Stopped within its target.
    Met,
    /// The ticket was cancelled or rejected before the clock stopped.
    Cancelled,
}

impl ClockStatus {
    /// Every status, in the order they are explained.
    pub const ALL: [ClockStatus; 7] = [
        ClockStatus::NotStarted,
        ClockStatus::Running,
        ClockStatus::Paused,
        ClockStatus::Warning,
        ClockStatus::Breached,
        ClockStatus::Met,
        ClockStatus::Cancelled,
    ];
}

/// What a clock was doing during an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Running,
    /// Paused, in the given state.
    Paused(TicketState),
    Stopped,
    Cancelled,
}

/// One interval of a clock's explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interval {
    pub from: i64,
    /// `None` while it lasts.
    pub to: Option<i64>,
    pub phase: Phase,
    /// Working time counted in it, up to "now" (milliseconds).
    pub counted: i64,
}

/// A clock as it stands at a given instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    pub kind: ClockKind,
    pub status: ClockStatus,
    /// The definition and service hours it follows.
    pub definition: String,
    pub hours: String,
    /// The priority whose target applies.
    pub priority: Priority,
    /// Target and counted time, in milliseconds of service hours.
    pub target: i64,
    pub elapsed: i64,
    /// The instant the target is (or was) reached, while the clock counts or once it breached.
    pub due: Option<i64>,
    /// The instant the warning threshold is (or was) reached, on the same terms.
    pub warn_at: Option<i64>,
    /// When a clock that has not started yet starts: its service hours' next opening.
    pub starts_at: Option<i64>,
    pub intervals: Vec<Interval>,
}

impl Clock {
    /// Target minus counted time: negative once overdue.
    pub fn remaining(&self) -> i64 {
        self.target - self.elapsed
    }

    /// Whether the clock still counts or may count again (running or paused).
    pub fn is_active(&self) -> bool {
        matches!(
            self.intervals.last().map(|i| i.phase),
            Some(Phase::Running | Phase::Paused(_))
        )
    }
}

/// The state in which a clock stops for good or until a reopen.
fn stops(kind: ClockKind, state: TicketState) -> bool {
    kind == ClockKind::Resolution
        && matches!(
            state,
            TicketState::Resolved
                | TicketState::Fulfilled
                | TicketState::Closed
                | TicketState::Review
        )
}

fn cancels(state: TicketState) -> bool {
    matches!(state, TicketState::Cancelled | TicketState::Rejected)
}

/// The phases of one clock over the trail, as (from, phase) steps in time order.
fn steps(kind: ClockKind, trail: &[Mark], pauses: &[TicketState]) -> Vec<(i64, Phase)> {
    let mut out: Vec<(i64, Phase)> = Vec::new();
    let mut responded = false;
    for mark in trail {
        let phase = match mark.what {
            Milestone::Responded if kind == ClockKind::Response => {
                responded = true;
                Phase::Stopped
            }
            Milestone::State(_) if responded => Phase::Stopped,
            Milestone::State(s) if cancels(s) => match out.last() {
                Some((_, Phase::Stopped)) => Phase::Stopped,
                _ => Phase::Cancelled,
            },
            Milestone::State(s) if stops(kind, s) => Phase::Stopped,
            Milestone::State(s) if pauses.contains(&s) => Phase::Paused(s),
            Milestone::State(_) => Phase::Running,
            _ => continue,
        };
        if matches!(out.last(), Some((_, Phase::Cancelled))) {
            break;
        }
        match out.last_mut() {
            Some((_, last)) if *last == phase => {}
            Some((at, last)) if *at == mark.at => *last = phase,
            _ => out.push((mark.at, phase)),
        }
    }
    out
}

/// The priority in force at `at` (the last priority mark not after it).
fn priority_at(trail: &[Mark], at: Option<i64>, current: Priority) -> Priority {
    trail
        .iter()
        .rev()
        .filter(|m| at.is_none_or(|t| m.at <= t))
        .find_map(|m| match m.what {
            Milestone::Priority(p) => Some(p),
            _ => None,
        })
        .unwrap_or(current)
}

/// The instant the clock's counted time reaches `amount`, if it does or will while running.
fn reach(intervals: &[Interval], hours: &ServiceHours, amount: i64) -> Option<i64> {
    let mut counted = 0;
    for i in intervals.iter().filter(|i| i.phase == Phase::Running) {
        let worked = match i.to {
            Some(to) => hours.working_between(i.from, to),
            None => return hours.add_working(i.from, amount - counted),
        };
        if counted + worked >= amount {
            return hours.add_working(i.from, amount - counted);
        }
        counted += worked;
    }
    None
}

/// One clock of a ticket at `now`, under a definition.
fn clock(
    kind: ClockKind,
    ticket: &Ticket,
    policy: &SlaPolicy,
    definition: &SlaDefinition,
    now: i64,
) -> Clock {
    let hours = policy.hours_of(definition);
    let steps = steps(kind, &ticket.trail, &definition.pause_states);
    let intervals: Vec<Interval> = steps
        .iter()
        .enumerate()
        .map(|(n, &(from, phase))| {
            let to = steps.get(n + 1).map(|s| s.0);
            let counted = match phase {
                Phase::Running => hours.working_between(from, to.unwrap_or(now).min(now)),
                _ => 0,
            };
            Interval {
                from,
                to,
                phase,
                counted,
            }
        })
        .collect();
    let elapsed: i64 = intervals.iter().map(|i| i.counted).sum();
    let last = intervals.last().map(|i| i.phase);
    let target_minutes = match kind {
        ClockKind::Response => definition.response_minutes,
        ClockKind::Resolution => definition.resolution_minutes,
    };
    let target = i64::from(target_minutes) * 60_000;
    let warning = target * i64::from(definition.warning_percent) / 100;
    let opening = hours.add_working(now, 0);
    let status = match last {
        Some(Phase::Cancelled) => ClockStatus::Cancelled,
        _ if elapsed > target => ClockStatus::Breached,
        Some(Phase::Stopped) => ClockStatus::Met,
        Some(Phase::Paused(_)) => ClockStatus::Paused,
        _ if elapsed == 0 && opening.is_none_or(|open| open > now) => ClockStatus::NotStarted,
        _ if elapsed >= warning => ClockStatus::Warning,
        _ => ClockStatus::Running,
    };
    let active = matches!(last, Some(Phase::Running | Phase::Paused(_)));
    let (due, warn_at) = if active || status == ClockStatus::Breached {
        (
            reach(&intervals, &hours, target),
            reach(&intervals, &hours, warning),
        )
    } else {
        (None, None)
    };
    Clock {
        kind,
        status,
        definition: definition.name.clone(),
        hours: hours.name.clone(),
        priority: ticket.priority,
        target,
        elapsed,
        due,
        warn_at,
        starts_at: opening.filter(|_| status == ClockStatus::NotStarted),
        intervals,
    }
}

/// A ticket's clocks at `now`: none when no definition applies. The target follows the
/// priority in force when the clock stopped, or the current one while it counts.
pub fn clocks(ticket: &Ticket, policy: &SlaPolicy, now: i64) -> Vec<Clock> {
    if ticket.trail.is_empty() {
        return Vec::new(); // Nothing known about its history yet.
    }
    [ClockKind::Response, ClockKind::Resolution]
        .into_iter()
        .filter_map(|kind| {
            let pauses: &[TicketState] = &[];
            let stopped_at = steps(kind, &ticket.trail, pauses)
                .last()
                .filter(|(_, p)| matches!(p, Phase::Stopped | Phase::Cancelled))
                .map(|(at, _)| *at);
            let priority = priority_at(&ticket.trail, stopped_at, ticket.priority);
            let definition = policy.definition_for(ticket.kind, priority)?;
            let mut c = clock(kind, ticket, policy, definition, now);
            c.priority = priority;
            Some(c)
        })
        .collect()
}

/// The clock to show when there is room for one: the counting clock nearest its target,
/// else the resolution clock's outcome.
pub fn most_pressing(clocks: &[Clock]) -> Option<&Clock> {
    clocks
        .iter()
        .filter(|c| c.is_active())
        .min_by_key(|c| (c.status != ClockStatus::Breached, c.remaining()))
        .or(clocks.last())
}

/// The earliest instant from which an open ticket needs watching: when a clock that still
/// counts reaches its warning threshold, or when a clock breached before it stopped. The key
/// of the "breaching soon" index; it does not depend on "now", and is `None` for tickets no
/// longer worked on.
pub fn watch_at(ticket: &Ticket, policy: &SlaPolicy) -> Option<i64> {
    if !ticket.state.is_open() {
        return None;
    }
    let last_mark = ticket.trail.last().map_or(ticket.updated, |m| m.at);
    clocks(ticket, policy, ticket.updated.max(last_mark))
        .iter()
        .filter(|c| c.is_active() || c.status == ClockStatus::Breached)
        .filter_map(|c| c.warn_at)
        .min()
}

/// Where an open ticket stands for SLA watching at `now`: breached when any clock is past
/// its target, breaching soon when none is but one is past its warning threshold. The one
/// rule behind the list filters, the dashboard counts and the KPIs.
pub fn watch_state(ticket: &Ticket, policy: &SlaPolicy, now: i64) -> Option<ClockStatus> {
    if !ticket.state.is_open() {
        return None;
    }
    let all = clocks(ticket, policy, now);
    let has = |s: ClockStatus| all.iter().any(|c| c.status == s);
    if has(ClockStatus::Breached) {
        Some(ClockStatus::Breached)
    } else if has(ClockStatus::Warning) {
        Some(ClockStatus::Warning)
    } else {
        None
    }
}
