//! The running counts of a report: tickets are added one at a time, so that a large
//! workspace can be read in chunks and the page keeps responding between them.

use super::period::{bucket_of, Period};
use crate::domain::itil::{activity_of, SvcActivity};
use crate::domain::priority::Priority;
use crate::domain::records::{ChangeType, ReviewOutcome};
use crate::domain::sla::{clocks, watch_state, ClockKind, ClockStatus, Milestone, SlaPolicy};
use crate::domain::ticket::{Channel, Ticket, TicketKind, TicketState};
use std::collections::HashMap;

/// A sum of durations and how many there were, for means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mean {
    pub total: i64,
    pub count: u32,
}

impl Mean {
    fn add(&mut self, ms: i64) {
        self.total += ms.max(0);
        self.count += 1;
    }

    /// The mean, if anything was counted.
    pub fn value(&self) -> Option<i64> {
        (self.count > 0).then(|| self.total / i64::from(self.count))
    }
}

/// SLA outcomes of one clock kind, for one priority.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcomes {
    pub met: u32,
    pub breached: u32,
}

impl Outcomes {
    /// Share met, in percent, if any clock has an outcome.
    pub fn compliance(&self) -> Option<f64> {
        let all = self.met + self.breached;
        (all > 0).then(|| f64::from(self.met) * 100.0 / f64::from(all))
    }

    fn add(&mut self, status: ClockStatus) {
        match status {
            ClockStatus::Met => self.met += 1,
            ClockStatus::Breached => self.breached += 1,
            _ => {}
        }
    }

    fn merge(&mut self, other: Outcomes) {
        self.met += other.met;
        self.breached += other.breached;
    }
}

/// Counts kept per ticket kind (index: position in [`TicketKind::ALL`]).
fn kind_index(kind: TicketKind) -> usize {
    TicketKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Everything a dashboard and its KPIs are computed from.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub period: Period,
    pub now: i64,
    pub buckets: Vec<i64>,
    /// Tickets read (all of them, not only the period's).
    pub read: u32,
    /// Stored records that could not be read as tickets, left out of every figure.
    pub unreadable: u32,
    /// Live tickets per value chain activity they are in now, as in [`SvcActivity::ALL`].
    pub in_activity: [u32; 6],
    // Open work, now.
    pub open_by_priority: [u32; 5],
    pub open_by_state: HashMap<TicketState, u32>,
    /// Open tickets by age bucket, as in [`super::chart::AgeBucket::ALL`].
    pub backlog: [u32; 5],
    pub open_breached: u32,
    pub open_warning: u32,
    // Tickets logged in the period.
    pub logged: [u32; 4],
    pub resolution: [Outcomes; 5],
    pub response: [Outcomes; 5],
    pub response_by_kind: [Outcomes; 4],
    pub resolution_by_kind: [Outcomes; 4],
    /// Logging to first agent action, per kind.
    pub acknowledge: [Mean; 4],
    /// Logging to resolution (or fulfilment, or closure), per kind.
    pub resolve: [Mean; 4],
    pub by_category: HashMap<String, Vec<u32>>,
    pub by_service: HashMap<String, Vec<u32>>,
    pub incidents_by_service: HashMap<String, u32>,
    pub incident_categories: HashMap<String, u32>,
    pub major_incidents: u32,
    pub reopened_incidents: u32,
    pub incidents_with_problem: u32,
    pub requests_rejected: u32,
    /// Requests that needed approval (decided or not).
    pub requests_needing_approval: u32,
    pub known_errors: u32,
    pub problems_resolved: u32,
    /// Reviewed changes by outcome, as in [`ReviewOutcome::ALL`].
    pub change_outcomes: [u32; 4],
    pub emergency_changes: u32,
    pub changes_refused: u32,
    /// Incidents and requests logged: the contacts the service desk handled.
    pub contacts: u32,
    /// Contacts logged through the portal.
    pub from_portal: u32,
}

impl Tally {
    /// An empty tally of `period`, judged at `now`.
    pub fn new(period: Period, now: i64) -> Tally {
        let buckets = period.buckets();
        Tally {
            period,
            now,
            buckets,
            read: 0,
            unreadable: 0,
            in_activity: [0; 6],
            open_by_priority: [0; 5],
            open_by_state: HashMap::new(),
            backlog: [0; 5],
            open_breached: 0,
            open_warning: 0,
            logged: [0; 4],
            resolution: [Outcomes::default(); 5],
            response: [Outcomes::default(); 5],
            response_by_kind: [Outcomes::default(); 4],
            resolution_by_kind: [Outcomes::default(); 4],
            acknowledge: [Mean::default(); 4],
            resolve: [Mean::default(); 4],
            by_category: HashMap::new(),
            by_service: HashMap::new(),
            incidents_by_service: HashMap::new(),
            incident_categories: HashMap::new(),
            major_incidents: 0,
            reopened_incidents: 0,
            incidents_with_problem: 0,
            requests_rejected: 0,
            requests_needing_approval: 0,
            known_errors: 0,
            problems_resolved: 0,
            change_outcomes: [0; 4],
            emergency_changes: 0,
            changes_refused: 0,
            contacts: 0,
            from_portal: 0,
        }
    }

    /// Counts one ticket. Tombstones are skipped.
    pub fn add(&mut self, t: &Ticket, policy: &SlaPolicy) {
        if t.deleted {
            return;
        }
        self.read += 1;
        if let Some(a) = activity_of(t.kind, t.state) {
            let i = SvcActivity::ALL.iter().position(|x| *x == a).unwrap_or(0);
            self.in_activity[i] += 1;
        }
        if t.state.is_open() {
            self.count_open(t);
            match watch_state(t, policy, self.now) {
                Some(ClockStatus::Breached) => self.open_breached += 1,
                Some(ClockStatus::Warning) => self.open_warning += 1,
                _ => {}
            }
        }
        if !self.period.contains(t.created) {
            return;
        }
        let k = kind_index(t.kind);
        self.logged[k] += 1;
        let all_clocks = clocks(t, policy, self.now);
        for c in &all_clocks {
            let (by_priority, by_kind) = match c.kind {
                ClockKind::Response => (&mut self.response, &mut self.response_by_kind),
                ClockKind::Resolution => (&mut self.resolution, &mut self.resolution_by_kind),
            };
            by_priority[c.priority as usize - 1].add(c.status);
            by_kind[k].add(c.status);
        }
        if let Some(at) = first(t, |m| m == Milestone::Responded) {
            self.acknowledge[k].add(at - t.created);
        }
        if let Some(at) = resolved_at(t) {
            self.resolve[k].add(at - t.created);
        }
        if let Some(b) = bucket_of(&self.buckets, t.created) {
            let width = self.buckets.len();
            for (map, name) in [
                (&mut self.by_category, &t.category),
                (&mut self.by_service, &t.service),
            ] {
                map.entry(name.clone()).or_insert_with(|| vec![0; width])[b] += 1;
            }
        }
        if matches!(t.kind, TicketKind::Incident | TicketKind::ServiceRequest) {
            self.contacts += 1;
            self.from_portal += u32::from(t.channel == Channel::Portal);
        }
        self.count_kind(t);
    }

    fn count_open(&mut self, t: &Ticket) {
        self.open_by_priority[t.priority as usize - 1] += 1;
        *self.open_by_state.entry(t.state).or_default() += 1;
        let days = (self.now - t.created).max(0) / 86_400_000;
        let bucket = super::chart::AgeBucket::ALL
            .iter()
            .rposition(|(_, from)| days >= *from)
            .unwrap_or(0);
        self.backlog[bucket] += 1;
    }

    fn count_kind(&mut self, t: &Ticket) {
        match t.kind {
            TicketKind::Incident => {
                *self
                    .incidents_by_service
                    .entry(t.service.clone())
                    .or_default() += 1;
                *self
                    .incident_categories
                    .entry(t.category.clone())
                    .or_default() += 1;
                self.major_incidents += u32::from(t.major);
                self.reopened_incidents += u32::from(reopened(t));
                let problem = t.links.iter().any(|l| l.kind == TicketKind::Problem);
                self.incidents_with_problem += u32::from(problem);
            }
            TicketKind::ServiceRequest => {
                self.requests_needing_approval += u32::from(t.approval_required);
                self.requests_rejected += u32::from(t.state == TicketState::Rejected);
            }
            TicketKind::Problem => {
                self.known_errors += u32::from(t.known_error.is_some());
                self.problems_resolved += u32::from(resolved_at(t).is_some());
            }
            TicketKind::Change => {
                let record = t.change.as_ref();
                if let Some(review) = record.and_then(|c| c.review.as_ref()) {
                    let i = ReviewOutcome::ALL.iter().position(|o| *o == review.outcome);
                    self.change_outcomes[i.unwrap_or(0)] += 1;
                }
                let emergency = record.and_then(|c| c.change_type) == Some(ChangeType::Emergency);
                self.emergency_changes += u32::from(emergency);
                let refused = matches!(t.state, TicketState::Rejected | TicketState::Cancelled);
                self.changes_refused += u32::from(refused);
            }
        }
    }

    /// SLA outcomes of one clock kind over every priority.
    pub fn overall(&self, kind: ClockKind) -> Outcomes {
        let per = match kind {
            ClockKind::Response => &self.response,
            ClockKind::Resolution => &self.resolution,
        };
        per.iter().fold(Outcomes::default(), |mut all, o| {
            all.merge(*o);
            all
        })
    }

    /// Logging to first agent action, over every kind.
    pub fn acknowledged(&self) -> Mean {
        self.acknowledge.iter().fold(Mean::default(), |a, m| Mean {
            total: a.total + m.total,
            count: a.count + m.count,
        })
    }

    /// Logging to resolution of the period's incidents.
    pub fn incidents_resolved(&self) -> Mean {
        self.resolve[kind_index(TicketKind::Incident)]
    }

    /// Open tickets, now.
    pub fn open(&self) -> u32 {
        self.open_by_priority.iter().sum()
    }

    /// The outcomes of a priority's resolution clocks.
    pub fn resolution_of(&self, p: Priority) -> Outcomes {
        self.resolution[p as usize - 1]
    }
}

/// When a milestone first happened.
fn first(t: &Ticket, wanted: impl Fn(Milestone) -> bool) -> Option<i64> {
    t.trail.iter().find(|m| wanted(m.what)).map(|m| m.at)
}

/// When the work was last resolved (or fulfilled, or closed), for a ticket no longer open
/// and not cancelled or rejected.
pub fn resolved_at(t: &Ticket) -> Option<i64> {
    if t.state.is_open() || matches!(t.state, TicketState::Cancelled | TicketState::Rejected) {
        return None;
    }
    let done = |m: &Milestone| {
        matches!(
            m,
            Milestone::State(TicketState::Resolved | TicketState::Fulfilled | TicketState::Closed)
        )
    };
    let last_open = t
        .trail
        .iter()
        .rposition(|m| matches!(m.what, Milestone::State(s) if s.is_open()));
    t.trail
        .iter()
        .skip(last_open.map_or(0, |i| i + 1))
        .find(|m| done(&m.what))
        .map(|m| m.at)
}

/// Whether a ticket was resolved and then reopened at least once.
fn reopened(t: &Ticket) -> bool {
    let mut resolved = false;
    for m in &t.trail {
        match m.what {
            Milestone::State(TicketState::Resolved | TicketState::Fulfilled) => resolved = true,
            Milestone::State(s) if resolved && s.is_open() => return true,
            _ => {}
        }
    }
    false
}
