//! Incidents: one incident's lifecycle (logging, assignment, work, holds, resolution,
//! reopening, closure), and the sets of the demo: everyday incidents, major incidents with
//! their children, the customer portal cluster, and the open incidents whose SLA clocks
//! are breached or about to warn at the end.

use super::company::{PERFORMANCE, SERVICE_DESK};
use super::plan::{Outcome, Planner, Step, DAY, HOUR, MINUTE, SPAN};
use super::texts::{
    IncidentText, BACKGROUND, CLUSTER, DUPLICATE, HOLD_CALLER, HOLD_VENDOR, MAJORS, MAJOR_DECLARED,
    MAJOR_UPDATE, REOPENED, WITH_PARENT,
};
use crate::domain::lifecycle::Action;
use crate::domain::links::Relation;
use crate::domain::priority::Level;
use crate::domain::records::{HoldReason, Resolution, ResolutionCode};
use crate::domain::ticket::{Channel, TicketDraft, TicketKind};

/// How an incident's life goes.
#[derive(Clone, Debug, Default)]
pub(super) struct Life {
    /// Resolved after its resolution target.
    pub late: bool,
    pub hold: bool,
    pub reopen: bool,
    pub cancel: bool,
    /// Still worked on at the end, whatever its clocks say.
    pub unresolved: bool,
    /// Resolved at this instant (children of a major incident).
    pub resolve_at: Option<i64>,
    pub major: bool,
    /// Resolution code and notes, when not the text's own.
    pub resolution: Option<(ResolutionCode, String)>,
    /// A known error (problem plan index) applied once work starts.
    pub known_error: Option<usize>,
    /// The support group (index), when not drawn.
    pub group: Option<usize>,
}

/// What is logged: when, on which service, what it says, how urgent.
pub(super) struct Logged<'t> {
    pub at: i64,
    pub service: usize,
    pub text: &'t IncidentText,
    pub impact: Level,
    pub urgency: Level,
    pub channel: Channel,
}

/// Impact and urgency of everyday incidents, weighted.
const LEVELS: [(Level, Level, u32); 9] = [
    (Level::High, Level::High, 1),
    (Level::High, Level::Medium, 4),
    (Level::Medium, Level::High, 4),
    (Level::High, Level::Low, 4),
    (Level::Medium, Level::Medium, 38),
    (Level::Low, Level::High, 8),
    (Level::Medium, Level::Low, 22),
    (Level::Low, Level::Medium, 14),
    (Level::Low, Level::Low, 5),
];

const CHANNELS: [(Channel, u32); 5] = [
    (Channel::Phone, 35),
    (Channel::Email, 25),
    (Channel::Portal, 25),
    (Channel::WalkIn, 5),
    (Channel::Monitoring, 10),
];

impl Planner<'_> {
    pub fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u32 = items.iter().map(|i| i.1).sum();
        let mut n = self.rng.below(total as usize) as u32;
        for (item, weight) in items {
            if n < *weight {
                return *item;
            }
            n -= weight;
        }
        items[0].0
    }

    /// Everyday impact, urgency and channel.
    pub fn everyday(&mut self) -> (Level, Level, Channel) {
        let levels: Vec<((Level, Level), u32)> =
            LEVELS.iter().map(|(i, u, w)| ((*i, *u), *w)).collect();
        let (impact, urgency) = self.weighted(&levels);
        (impact, urgency, self.weighted(&CHANNELS))
    }

    /// Plans an incident's whole life; the steps after the end are dropped later.
    pub fn incident(&mut self, logged: &Logged, life: &Life) -> Outcome {
        let at = logged.at;
        let caller = self.caller();
        let service = self.service(logged.service).name.clone();
        let draft = TicketDraft {
            category: self.config.categories[logged.text.category].clone(),
            service,
            title: self.t(&logged.text.title),
            description: self.t(&logged.text.description),
            caller: caller.clone(),
            channel: logged.channel,
            impact: logged.impact,
            urgency: logged.urgency,
            ..TicketDraft::new(TicketKind::Incident, "")
        };
        let desk = self.agent();
        let ticket = self.open(at, &desk, draft);
        let priority = crate::domain::priority::PriorityMatrix::default()
            .priority(logged.impact, logged.urgency);
        let (hours, response, resolution) = self.targets(TicketKind::Incident, priority);
        let mut now = at;
        if life.major {
            now = self.later(now, 2, 6);
            self.act(ticket, now, &desk, Action::SetMajor(true));
            now = self.later(now, 1, 3);
            let text = self.t(&MAJOR_DECLARED);
            self.note(ticket, now, &desk, text);
        }
        // The first agent action: assignment to a group and a person.
        let share = if self.rng.chance(4) {
            self.rng.between(120, 200)
        } else {
            self.rng.between(5, 60)
        };
        let assign = self
            .working(&hours, at, response * share / 100)
            .max(now + MINUTE);
        let group = life.group.unwrap_or_else(|| {
            if self.rng.chance(30) {
                SERVICE_DESK
            } else {
                self.service_group(logged.service)
            }
        });
        let assignee = self.member(group);
        let action = Action::Assign {
            group: self.group_name(group),
            assignee: assignee.clone(),
        };
        self.act(ticket, assign, &desk, action);
        if life.cancel {
            let at = self.later(assign, 2, 20);
            let text = self.t(&DUPLICATE);
            self.note(ticket, at, &assignee, text);
            self.act(ticket, at + MINUTE, &assignee, Action::Cancel);
            return Outcome {
                ticket,
                resolved: None,
            };
        }
        let start = self.later(assign, 1, 12);
        self.act(ticket, start, &assignee, Action::Start);
        if let Some(problem) = life.known_error {
            let at = self.later(start, 3, 15);
            self.push(ticket, at, &assignee, Step::ApplyKnownError(problem));
        }
        let share = if life.late {
            self.rng.between(110, 190)
        } else {
            self.rng.between(8, 80)
        };
        let budget = resolution * share / 100;
        let mut resolve = self.working(&hours, at, budget);
        let mut busy_until = start + 10 * MINUTE;
        if life.hold && !life.unresolved && life.resolve_at.is_none() {
            let held = self.later(start, 20, 120);
            let worked = hours.working_between(at, held);
            if worked + 10 * MINUTE < budget {
                let (reason, text) = if self.rng.chance(50) {
                    (HoldReason::AwaitingCaller, HOLD_CALLER)
                } else {
                    (HoldReason::AwaitingVendor, HOLD_VENDOR)
                };
                self.act(ticket, held, &assignee, Action::Hold(reason));
                let text = self.t(&text);
                self.note(ticket, held + MINUTE, &assignee, text);
                let resumed = self.later(held, 180, 1680);
                self.act(ticket, resumed, &assignee, Action::Resume);
                resolve = self.working(&hours, resumed, budget - worked);
                busy_until = resumed + 10 * MINUTE;
            }
        }
        if life.major {
            let at = self.later(start, 25, 35);
            let text = self.t(&MAJOR_UPDATE);
            self.note(ticket, at, &assignee, text);
            busy_until = busy_until.max(at + 5 * MINUTE);
        }
        if let Some(at) = life.resolve_at {
            resolve = at;
        }
        if life.unresolved {
            resolve = self.end + 30 * DAY;
        }
        let resolve = resolve.max(busy_until);
        let notes = if self.rng.chance(60) { 1 } else { 0 } + u32::from(self.rng.chance(20));
        let last_note = if life.unresolved {
            self.end - MINUTE
        } else {
            resolve - MINUTE
        };
        let mut times: Vec<i64> = (0..notes)
            .filter(|_| last_note > start + 2 * MINUTE)
            .map(|_| self.rng.between(start + MINUTE, last_note))
            .collect();
        times.sort_unstable();
        for at in times {
            let text = self.work_note(&caller, logged.service, group);
            self.note(ticket, at, &assignee, text);
        }
        let (code, notes) = life
            .resolution
            .clone()
            .unwrap_or_else(|| (ResolutionCode::Solved, self.t(&logged.text.resolution)));
        let resolution = Resolution { code, notes };
        self.act(
            ticket,
            resolve,
            &assignee,
            Action::Resolve(resolution.clone()),
        );
        let mut resolved = resolve;
        if life.reopen {
            let reopened = self.later(resolve, 240, 1800);
            let caller_note = self.t(&REOPENED);
            self.note(ticket, reopened, &desk, caller_note);
            self.act(ticket, reopened + MINUTE, &desk, Action::Reopen);
            resolved = self.later(reopened, 60, 360);
            self.act(ticket, resolved, &assignee, Action::Resolve(resolution));
        }
        // Resolved incidents close after three days without a word from the caller.
        let closed = self.later(resolved + 3 * DAY, 0, 120);
        self.act(ticket, closed, &desk, Action::Close);
        Outcome {
            ticket,
            resolved: Some(resolved),
        }
    }

    /// An everyday life: mostly on time, sometimes late, on hold, reopened or cancelled.
    pub fn everyday_life(&mut self) -> Life {
        Life {
            late: self.rng.chance(9),
            hold: self.rng.chance(15),
            reopen: self.rng.chance(3),
            cancel: self.rng.chance(2),
            ..Life::default()
        }
    }

    /// Major incidents and their children: three in the past, one going on at the end.
    /// Returns each major incident's plan index and logging time.
    pub fn major_incidents(&mut self) -> Vec<(usize, i64)> {
        let mut majors = Vec::new();
        let agos = [58 * DAY, 36 * DAY, 11 * DAY, 140 * MINUTE];
        for (i, (service, text, child)) in MAJORS.iter().enumerate() {
            let current = i == MAJORS.len() - 1;
            let at = if current {
                self.end - agos[i] - self.rng.between(0, 5 * MINUTE)
            } else {
                self.creation(agos[i], agos[i] - 12 * HOUR)
            };
            let logged = Logged {
                at,
                service: *service,
                text,
                impact: Level::High,
                urgency: Level::High,
                channel: Channel::Monitoring,
            };
            let life = Life {
                major: true,
                late: i == 1,
                unresolved: current,
                group: Some(self.service_group(*service)),
                ..Life::default()
            };
            let major = self.incident(&logged, &life);
            majors.push((major.ticket, at));
            let children = if current { 2 } else { 3 };
            for _ in 0..children {
                let child_text = IncidentText {
                    category: text.category,
                    title: *child,
                    description: text.description,
                    resolution: WITH_PARENT,
                };
                let at = self.later(at, 3, 25);
                let logged = Logged {
                    at,
                    service: *service,
                    text: &child_text,
                    impact: Level::Medium,
                    urgency: Level::High,
                    channel: Channel::Phone,
                };
                let life = Life {
                    resolve_at: major
                        .resolved
                        .map(|r| r + self.rng.between(MINUTE, 10 * MINUTE)),
                    unresolved: current,
                    group: Some(SERVICE_DESK),
                    ..Life::default()
                };
                let child = self.incident(&logged, &life);
                let link_at = self.later(at, 1, 4);
                let desk = self.agent();
                let link = Step::Link(major.ticket, Relation::ChildOf);
                self.push(child.ticket, link_at, &desk, link);
            }
        }
        majors
    }

    /// Open incidents whose SLA clocks matter at the end: three P2 incidents warn within
    /// the next two hours, and three incidents are already past their resolution target.
    pub fn pressing_incidents(&mut self) {
        let cases = [
            (6 * HOUR - 40 * MINUTE, Level::High, Level::Medium),
            (6 * HOUR - 80 * MINUTE, Level::Medium, Level::High),
            (6 * HOUR - 120 * MINUTE, Level::High, Level::Medium),
            (11 * HOUR, Level::High, Level::Medium),
            (9 * HOUR + 30 * MINUTE, Level::Medium, Level::High),
            (7 * DAY, Level::Medium, Level::Medium),
        ];
        for (ago, impact, urgency) in cases {
            let (service, text) = self.rng.pick(&BACKGROUND);
            let logged = Logged {
                at: self.end - ago - self.rng.between(0, 3 * MINUTE),
                service: *service,
                text,
                impact,
                urgency,
                channel: Channel::Phone,
            };
            let life = Life {
                unresolved: true,
                ..Life::default()
            };
            self.incident(&logged, &life);
        }
    }

    /// `count` everyday incidents spread over the 90 days.
    pub fn everyday_incidents(&mut self, count: usize) {
        for _ in 0..count {
            let (service, text) = self.rng.pick(&BACKGROUND);
            let (impact, urgency, channel) = self.everyday();
            let logged = Logged {
                at: self.creation(SPAN, 0),
                service: *service,
                text,
                impact,
                urgency,
                channel,
            };
            let life = self.everyday_life();
            self.incident(&logged, &life);
        }
    }

    /// The customer portal's performance incidents of the last ten days (contract 2): more
    /// than any other category counts over the last 14 days, so that it tops the recurring
    /// categories; none is ever linked to a problem.
    pub fn portal_cluster(&mut self, portal: usize) -> usize {
        let since = self.end - 14 * DAY;
        let mut counts = vec![0usize; self.config.categories.len()];
        for (kind, at, category) in &self.opened {
            if *kind == TicketKind::Incident && *at >= since && *category < counts.len() {
                counts[*category] += 1;
            }
        }
        let others = counts
            .iter()
            .enumerate()
            .filter(|(c, _)| *c != PERFORMANCE)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        let size = (others + 1).saturating_sub(counts[PERFORMANCE]).max(6);
        for i in 0..size {
            let text = &CLUSTER[i % CLUSTER.len()];
            let (_, urgency, channel) = self.everyday();
            let logged = Logged {
                at: self.creation(10 * DAY, 2 * HOUR),
                service: portal,
                text,
                impact: Level::Medium,
                urgency,
                channel,
            };
            let life = Life {
                resolution: Some((ResolutionCode::Workaround, self.t(&text.resolution))),
                ..self.everyday_life()
            };
            self.incident(&logged, &life);
        }
        size
    }
}
