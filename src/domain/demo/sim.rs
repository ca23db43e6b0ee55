//! Replays the plan through the app's own operations, as storage would: opening with
//! [`TicketDraft::open`] and its creation event, lifecycle actions with
//! [`lifecycle::apply`], work notes, links, known errors applied, each written as the
//! ticket's next version with [`next_version`]. Ids and revisions come from the seed.

use super::company::demo_company;
use super::plan::{Planned, Planner, Step};
use super::{DemoData, Seeded};
use crate::domain::history::{changes, EventField, FieldChange, TicketEvent};
use crate::domain::ids::{next_revision, ulid};
use crate::domain::lifecycle;
use crate::domain::links::{link, link_as};
use crate::domain::priority::PriorityMatrix;
use crate::domain::sla::{watch_at, SlaPolicy};
use crate::domain::ticket::{next_version, NewRecord, Ticket, TicketKind, VersionRandom};
use crate::i18n::labels::workaround_note;
use crate::i18n::Lang;

/// Everything needed to write versions.
struct Writer<'a> {
    rng: Seeded,
    policy: &'a SlaPolicy,
    matrix: &'a PriorityMatrix,
    lang: Lang,
    end: i64,
    tickets: Vec<Option<Ticket>>,
    events: Vec<TicketEvent>,
    counters: [u32; 4],
    /// Steps the lifecycle or the links refused: none when the plan is right.
    refused: usize,
}

impl Writer<'_> {
    /// Writes the next version of a ticket, as storage's `write_version` does.
    fn write(&mut self, ticket: Ticket, found: Vec<FieldChange>, actor: &str) -> Ticket {
        let random = VersionRandom {
            revision: self.rng.bytes(),
            events: self.rng.bytes(),
        };
        let (ticket, events) = next_version(ticket, found, actor, self.policy, random);
        self.events.extend(events);
        ticket
    }

    /// The time a step on these tickets is written at: never before their last version.
    fn time(&self, at: i64, ids: &[usize]) -> Option<i64> {
        let last = ids
            .iter()
            .filter_map(|i| self.tickets[*i].as_ref())
            .map(|t| t.updated + 1_000)
            .max()
            .unwrap_or(at);
        Some(at.max(last)).filter(|t| *t <= self.end)
    }

    fn step(&mut self, planned: Planned) {
        let Planned {
            at,
            ticket: i,
            actor,
            step,
        } = planned;
        if let Step::Open(draft) = step {
            let kind = TicketKind::ALL.iter().position(|k| *k == draft.kind);
            let counter = &mut self.counters[kind.unwrap_or(0)];
            *counter += 1;
            let record = NewRecord {
                id: ulid(at as u64, self.rng.bytes()),
                rev: next_revision(None, self.rng.bytes()),
                now: at,
            };
            let mut ticket = draft.open(record, *counter, self.matrix);
            let event = TicketEvent::created(ulid(at as u64, self.rng.bytes()), &ticket, &actor);
            ticket.sla_watch = watch_at(&ticket, self.policy);
            self.events.push(event);
            self.tickets[i] = Some(ticket);
            return;
        }
        let other = match &step {
            Step::Link(o, _) | Step::ApplyKnownError(o) => Some(*o),
            _ => None,
        };
        let ids: Vec<usize> = std::iter::once(i).chain(other).collect();
        let Some(at) = self.time(at, &ids) else {
            return;
        };
        // Taken out while it is rewritten, put back after; never cloned for nothing.
        let Some(before) = self.tickets[i].take() else {
            return;
        };
        let after = self.apply(before, at, &actor, step);
        self.tickets[i] = Some(after);
    }

    /// Applies a step to a ticket taken out of the list; returns its new version, or the
    /// same one when the step was refused.
    fn apply(&mut self, before: Ticket, at: i64, actor: &str, step: Step) -> Ticket {
        match step {
            Step::Open(_) => before,
            Step::Act(action) => match lifecycle::apply(&before, action, at) {
                Ok(after) => {
                    let found = changes(&before, &after);
                    self.write(after, found, actor)
                }
                Err(_) => self.refuse(before),
            },
            Step::Note(text) => {
                let mut after = before;
                after.updated = at;
                let note = FieldChange {
                    field: EventField::WorkNote,
                    old: None,
                    new: None,
                    note: Some(text),
                };
                self.write(after, vec![note], actor)
            }
            Step::Link(o, relation) => {
                let Some(b) = self.tickets[o].take() else {
                    return self.refuse(before);
                };
                match link_as(&before, &b, relation, at) {
                    Ok((a2, b2)) => {
                        let (ca, cb) = (changes(&before, &a2), changes(&b, &b2));
                        self.tickets[o] = Some(self.write(b2, cb, actor));
                        self.write(a2, ca, actor)
                    }
                    Err(_) => {
                        self.tickets[o] = Some(b);
                        self.refuse(before)
                    }
                }
            }
            Step::ApplyKnownError(o) => {
                let Some(problem) = self.tickets[o].take() else {
                    return self.refuse(before);
                };
                // As storage's `apply_known_error`: link, and the workaround as a work note.
                let Ok((i2, p2)) = link(&before, &problem, false, at) else {
                    self.tickets[o] = Some(problem);
                    return self.refuse(before);
                };
                let mut found = changes(&before, &i2);
                found.push(FieldChange {
                    field: EventField::WorkNote,
                    old: None,
                    new: None,
                    note: Some(workaround_note(&problem, self.lang)),
                });
                let problem_changes = changes(&problem, &p2);
                let after = self.write(i2, found, actor);
                self.tickets[o] = Some(self.write(p2, problem_changes, actor));
                after
            }
        }
    }

    /// Counts a refused step; the ticket stays as it was.
    fn refuse(&mut self, ticket: Ticket) -> Ticket {
        self.refused += 1;
        ticket
    }
}

/// The business hours' time zone of the demo company.
fn zone(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Europe/London",
        Lang::Fr => "Europe/Paris",
    }
}

/// Builds the demo data, with the number of planned steps the domain refused (zero when
/// the plan is consistent; the tests check it).
pub(super) fn build(seed: u64, lang: Lang, end: i64) -> (DemoData, usize) {
    let config = demo_company(seed, lang);
    let sla = SlaPolicy::starting(zone(lang), "24×7", "09:00–17:00");
    let matrix = PriorityMatrix::default();
    let mut planner = Planner::new(Seeded::new(seed ^ 0x5EED_DE30), lang, end, &config, &sla);
    let problems = planner.problems();
    let majors = planner.major_incidents();
    planner.pressing_incidents();
    let planned = planner
        .opened
        .iter()
        .filter(|o| o.0 == TicketKind::Incident)
        .count();
    // About 400 incidents in all, the portal cluster included.
    planner.everyday_incidents(400usize.saturating_sub(planned + 6));
    planner.portal_cluster(4);
    planner.other_changes(majors[1]);
    planner.requests(150);
    let mut writer = Writer {
        rng: Seeded::new(seed.rotate_left(17) ^ 0x1D5),
        policy: &sla,
        matrix: &matrix,
        lang,
        end,
        tickets: Vec::new(),
        events: Vec::with_capacity(12_000),
        counters: [0; 4],
        refused: 0,
    };
    let (steps, count) = planner.finish();
    writer.tickets = vec![None; count];
    for step in steps {
        writer.step(step);
    }
    let mut tickets: Vec<Ticket> = writer.tickets.iter().flatten().cloned().collect();
    tickets.sort_by_key(|t| (t.created, t.id.clone()));
    let problem = writer.tickets[problems[super::themes::IMPROVED_PROBLEM]].as_ref();
    let mut rng = writer.rng.clone();
    let improvements = super::register::improvements(&mut rng, &config, problem, lang, end);
    let practices = super::register::practices(&mut rng, &config);
    let mut counters: Vec<(String, u32)> = TicketKind::ALL
        .iter()
        .zip(writer.counters)
        .map(|(k, n)| (format!("counter.{}", k.prefix()), n))
        .collect();
    counters.push(("counter.IMP".to_owned(), improvements.len() as u32));
    let actor = config.groups[0].members[0].clone();
    let data = DemoData {
        config: config.clone(),
        sla: sla.clone(),
        matrix: matrix.clone(),
        actor,
        tickets,
        events: writer.events,
        practices,
        improvements,
        counters,
    };
    (data, writer.refused)
}
