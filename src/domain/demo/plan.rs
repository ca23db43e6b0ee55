//! The plan of the demo's history: every ticket's opening and later actions, each at its
//! time and by its author, before they are replayed through the app's domain operations.
//! Times favour business hours; everything planned after the end of the history is left
//! out, which is how the recent tickets stay open.

use super::company::{SERVICE_DESK, SERVICE_GROUP};
use super::texts::{CALLER_FIRST, CALLER_LAST, NOTES};
use super::{tr, Pair, Seeded};
use crate::domain::configuration::{DeskConfig, Service};
use crate::domain::lifecycle::Action;
use crate::domain::links::Relation;
use crate::domain::priority::Priority;
use crate::domain::sla::{ServiceHours, SlaPolicy, Zone};
use crate::domain::ticket::{TicketDraft, TicketKind};
use crate::i18n::Lang;

pub(super) const MINUTE: i64 = 60_000;
pub(super) const HOUR: i64 = 60 * MINUTE;
pub(super) const DAY: i64 = 24 * HOUR;
/// How far back the history goes.
pub(super) const SPAN: i64 = 90 * DAY;

/// One thing done to a ticket.
pub(super) enum Step {
    /// The ticket is logged.
    Open(Box<TicketDraft>),
    Act(Action),
    /// An internal work note.
    Note(String),
    /// A link to another ticket (by plan index), as the relation says this one relates.
    Link(usize, Relation),
    /// A known error (the problem's plan index) applied: link and workaround note.
    ApplyKnownError(usize),
}

/// A step at its time, on a ticket (by plan index), by its author.
pub(super) struct Planned {
    pub at: i64,
    pub ticket: usize,
    pub actor: String,
    pub step: Step,
}

/// What a ticket's plan led to, for the plans that depend on it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Outcome {
    pub ticket: usize,
    pub resolved: Option<i64>,
}

/// Builds the plan: people, texts and times, all drawn from one seeded sequence.
pub(super) struct Planner<'a> {
    pub rng: Seeded,
    pub lang: Lang,
    pub end: i64,
    pub config: &'a DeskConfig,
    pub policy: &'a SlaPolicy,
    pub zone: Zone,
    pub steps: Vec<Planned>,
    /// Kind and creation time of every planned ticket, by plan index.
    pub opened: Vec<(TicketKind, i64, usize)>,
}

impl<'a> Planner<'a> {
    pub fn new(
        rng: Seeded,
        lang: Lang,
        end: i64,
        config: &'a DeskConfig,
        policy: &'a SlaPolicy,
    ) -> Planner<'a> {
        let zone = policy
            .hours
            .iter()
            .find_map(|h| (!h.always).then(|| Zone::named(&h.zone)).flatten())
            .unwrap_or(crate::domain::sla::ZONES[6]);
        Planner {
            rng,
            lang,
            end,
            config,
            policy,
            zone,
            steps: Vec::with_capacity(8_000),
            opened: Vec::with_capacity(600),
        }
    }

    /// A text in the workspace's language.
    pub fn t(&self, p: &Pair) -> String {
        tr(p, self.lang)
    }

    /// Plans the logging of a ticket; returns its plan index.
    pub fn open(&mut self, at: i64, actor: &str, draft: TicketDraft) -> usize {
        let ticket = self.opened.len();
        let category = self
            .config
            .categories
            .iter()
            .position(|c| *c == draft.category)
            .unwrap_or(usize::MAX);
        self.opened.push((draft.kind, at, category));
        self.push(ticket, at, actor, Step::Open(Box::new(draft)));
        ticket
    }

    pub fn push(&mut self, ticket: usize, at: i64, actor: &str, step: Step) {
        self.steps.push(Planned {
            at,
            ticket,
            actor: actor.to_owned(),
            step,
        });
    }

    pub fn act(&mut self, ticket: usize, at: i64, actor: &str, action: Action) {
        self.push(ticket, at, actor, Step::Act(action));
    }

    pub fn note(&mut self, ticket: usize, at: i64, actor: &str, text: String) {
        self.push(ticket, at, actor, Step::Note(text));
    }

    /// The steps in time order (ties keep the planning order), without those after the end.
    pub fn finish(mut self) -> (Vec<Planned>, usize) {
        let end = self.end;
        self.steps.retain(|s| s.at <= end);
        self.steps.sort_by_key(|s| s.at);
        (self.steps, self.opened.len())
    }

    pub fn service(&self, index: usize) -> &'a Service {
        &self.config.services[index]
    }

    pub fn group_name(&self, group: usize) -> String {
        self.config.groups[group].name.clone()
    }

    /// A member of a support group (by index).
    pub fn member(&mut self, group: usize) -> String {
        let members = &self.config.groups[group].members;
        members[self.rng.below(members.len())].clone()
    }

    /// A service desk agent.
    pub fn agent(&mut self) -> String {
        self.member(SERVICE_DESK)
    }

    /// The group that works on a service's tickets beyond the first line.
    pub fn service_group(&self, service: usize) -> usize {
        SERVICE_GROUP[service]
    }

    /// Someone who uses the services.
    pub fn caller(&mut self) -> String {
        let first = *self.rng.pick(&CALLER_FIRST);
        let last = *self.rng.pick(&CALLER_LAST);
        format!("{} {}", self.t(&first), self.t(&last))
    }

    /// A work note about a ticket, with its caller, a CI of its service and a group filled in.
    pub fn work_note(&mut self, caller: &str, service: usize, group: usize) -> String {
        let template = *self.rng.pick(&NOTES);
        let ci = self.rng.pick(&self.config.services[service].cis).clone();
        self.t(&template)
            .replace("{caller}", caller)
            .replace("{ci}", &ci)
            .replace("{group}", &self.config.groups[group].name)
    }

    /// The service hours and the response and resolution targets (ms) a ticket's clocks
    /// follow; tickets without an SLA are worked in business hours against P4-like targets.
    pub fn targets(&self, kind: TicketKind, priority: Priority) -> (ServiceHours, i64, i64) {
        match self.policy.definition_for(kind, priority) {
            Some(d) => (
                self.policy.hours_of(d),
                i64::from(d.response_minutes) * MINUTE,
                i64::from(d.resolution_minutes) * MINUTE,
            ),
            None => (self.business(), 8 * HOUR, 40 * HOUR),
        }
    }

    /// The business hours of the policy.
    pub fn business(&self) -> ServiceHours {
        self.policy
            .hours
            .iter()
            .find(|h| !h.always)
            .cloned()
            .unwrap_or_else(|| ServiceHours::business("", 540, 1020, "UTC"))
    }

    /// The instant `amount` of working time after `from`, plus a few random seconds.
    pub fn working(&mut self, hours: &ServiceHours, from: i64, amount: i64) -> i64 {
        let at = hours
            .add_working(from, amount)
            .unwrap_or(from + amount.max(0));
        at + self.rng.between(1_000, 60_000)
    }

    /// Between `lo` and `hi` minutes of business time after `from`.
    pub fn business_after(&mut self, from: i64, lo: i64, hi: i64) -> i64 {
        let amount = self.rng.between(lo, hi) * MINUTE;
        let hours = self.business();
        self.working(&hours, from, amount)
    }

    /// Between `lo` and `hi` minutes of wall-clock time after `from`.
    pub fn later(&mut self, from: i64, lo: i64, hi: i64) -> i64 {
        from + self.rng.between(lo * MINUTE, hi * MINUTE)
    }

    /// A time when people log tickets, between `from` and `to` before the end: mostly on
    /// working days between 08:00 and 18:30 local time, sometimes outside.
    pub fn creation(&mut self, from: i64, to: i64) -> i64 {
        let (lo, hi) = (self.end - from, (self.end - to).min(self.end - 5 * MINUTE));
        let mut at = self.rng.between(lo, hi.max(lo + 1));
        for _ in 0..20 {
            let (day, minute) = self.zone.local(at);
            let weekend = (day + 3).rem_euclid(7) >= 5;
            let off_hours = !(480..1110).contains(&minute);
            let reroll = (weekend && self.rng.chance(85)) || (off_hours && self.rng.chance(85));
            if !reroll {
                break;
            }
            at = self.rng.between(lo, hi.max(lo + 1));
        }
        at
    }

    /// `hour`:`minute` local time, `days` days after the local day of `at`.
    pub fn local_time(&self, at: i64, days: i64, minute: i64) -> i64 {
        let (day, _) = self.zone.local(at);
        self.zone.instant(day + days, minute)
    }
}
