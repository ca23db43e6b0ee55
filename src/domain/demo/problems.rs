//! Problems: each raised from recurring incidents, analysed, recorded as a known error
//! when there is a workaround, fixed by a change when one is needed, then resolved and
//! closed, as far as its stage says. The incidents that share its symptom are linked to
//! it, and those logged after its known error get the workaround.

use super::changes::{ChangePlan, Ending};
use super::plan::{Planner, Step, DAY, HOUR, MINUTE};
use super::texts::WORKAROUND_APPLIED;
use super::themes::{ProblemSpec, Stage, PROBLEMS, VPN_PROBLEM};
use crate::domain::lifecycle::Action;
use crate::domain::links::Relation;
use crate::domain::priority::Level;
use crate::domain::records::{ChangeType, KnownErrorRecord, Resolution, ResolutionCode};
use crate::domain::ticket::{Channel, TicketDraft, TicketKind};

/// When each step of a problem happens, as shares of the time from its logging to the
/// end: assessment, root cause analysis, known error, resolution, closure.
fn shares(stage: Stage) -> [Option<u32>; 5] {
    match stage {
        Stage::New => [None; 5],
        Stage::Assessed => [Some(30), None, None, None, None],
        Stage::Analysis => [Some(10), Some(30), None, None, None],
        Stage::KnownError => [Some(5), Some(15), Some(40), None, None],
        Stage::Resolved => [Some(5), Some(12), Some(25), Some(70), None],
        Stage::Closed => [Some(3), Some(8), Some(20), Some(55), Some(70)],
    }
}

const ANALYSIS_NOTE: (&str, &str) = (
    "Linked incidents reviewed: same symptom, same configuration items. Collecting logs.",
    "Incidents liés examinés : même symptôme, mêmes éléments de configuration. Collecte des journaux en cours.",
);

impl Planner<'_> {
    /// Every problem of the demo with its incidents and fix; returns the problems' plan
    /// indices, in the order of [`PROBLEMS`].
    pub fn problems(&mut self) -> Vec<usize> {
        PROBLEMS
            .iter()
            .enumerate()
            .map(|(i, spec)| self.problem(i, spec))
            .collect()
    }

    fn problem(&mut self, index: usize, spec: &ProblemSpec) -> usize {
        let ago = spec.ago * DAY;
        let created = self.creation(ago, ago - 6 * HOUR);
        let group = self.service_group(spec.service);
        let manager = self.member(group);
        let desk = self.agent();
        let draft = TicketDraft {
            category: self.config.categories[spec.theme.category].clone(),
            service: self.service(spec.service).name.clone(),
            title: self.t(&spec.title),
            description: self.t(&spec.description),
            caller: desk.clone(),
            channel: Channel::Email,
            impact: if spec.incidents >= 5 {
                Level::High
            } else {
                Level::Medium
            },
            urgency: Level::Medium,
            ..TicketDraft::new(TicketKind::Problem, "")
        };
        let problem = self.open(created, &desk, draft);
        let assign = Action::Assign {
            group: self.group_name(group),
            assignee: manager.clone(),
        };
        let assigned = self.business_after(created, 30, 180);
        self.act(problem, assigned, &desk, assign);
        let span = self.end - created;
        let mut at: [Option<i64>; 5] = [None; 5];
        for (i, share) in shares(spec.stage).into_iter().enumerate() {
            at[i] = share.map(|s| {
                let t = created + span * i64::from(s) / 100;
                self.business_after(t, 0, 60)
                    .max(assigned + (i as i64 + 1) * MINUTE)
            });
        }
        // The fix: a normal change raised after the analysis, implemented before resolution.
        if let (Some(fix), Some(analysed)) = (&spec.fix, at[1]) {
            let vpn = index == VPN_PROBLEM;
            let raised = if vpn {
                self.creation(6 * DAY, 5 * DAY)
                    .max(at[2].unwrap_or(analysed) + HOUR)
            } else {
                self.business_after(at[2].unwrap_or(analysed), 240, 960)
            };
            let plan = ChangePlan {
                created: raised,
                change_type: ChangeType::Normal,
                service: spec.service,
                title: self.t(&fix.0),
                description: self.t(&fix.1),
                template: None,
                ending: if vpn {
                    Ending::Pending
                } else {
                    Ending::Review(crate::domain::records::ReviewOutcome::Successful)
                },
            };
            let change = self.change(plan);
            let link = Step::Link(problem, Relation::Related);
            self.push(change.ticket, raised + 2 * MINUTE, &manager, link);
            if let (Some(done), Some(resolve)) = (change.resolved, at[3]) {
                let resolve = resolve.max(done + DAY);
                at[3] = Some(resolve);
                at[4] = at[4].map(|c| c.max(resolve + 2 * DAY));
            }
        }
        if let Some(t) = at[0] {
            self.act(problem, t, &manager, Action::Assess);
        }
        if let Some(t) = at[1] {
            self.act(problem, t, &manager, Action::AnalyseRootCause);
            let text = self.t(&ANALYSIS_NOTE);
            self.note(problem, t + 10 * MINUTE, &manager, text);
        }
        if let (Some(t), Some((symptom, cause, workaround))) = (at[2], spec.known_error) {
            let record = KnownErrorRecord {
                symptom: self.t(&symptom),
                root_cause: self.t(&cause),
                workaround: self.t(&workaround),
            };
            self.act(problem, t, &manager, Action::RecordKnownError(record));
        }
        if let Some(t) = at[3] {
            let resolution = Resolution {
                code: ResolutionCode::Solved,
                notes: self.t(&spec.resolution),
            };
            self.act(problem, t, &manager, Action::Resolve(resolution));
        }
        if let Some(t) = at[4] {
            self.act(problem, t, &manager, Action::Close);
        }
        let known_error = at[2].filter(|_| spec.known_error.is_some());
        self.problem_incidents(problem, spec, created, at[3], known_error);
        problem
    }

    /// The incidents that share a problem's symptom: the first ones before it was raised,
    /// the others until it is resolved.
    fn problem_incidents(
        &mut self,
        problem: usize,
        spec: &ProblemSpec,
        created: i64,
        resolved: Option<i64>,
        known_error: Option<i64>,
    ) {
        let from = (created - 12 * DAY).max(self.end - super::plan::SPAN);
        let until = resolved.unwrap_or(self.end).min(self.end - 3 * HOUR);
        for n in 0..spec.incidents {
            let at = if n == 0 {
                created - self.rng.between(2 * HOUR, 2 * DAY)
            } else {
                self.creation(self.end - from, self.end - until)
            };
            let (impact, urgency, channel) = self.everyday();
            let logged = super::incidents::Logged {
                at,
                service: spec.service,
                text: &spec.theme,
                impact,
                urgency,
                channel,
            };
            let after_known_error = known_error.is_some_and(|k| at > k + HOUR);
            let life = super::incidents::Life {
                known_error: after_known_error.then_some(problem),
                resolution: after_known_error
                    .then(|| (ResolutionCode::Workaround, self.t(&WORKAROUND_APPLIED))),
                cancel: false,
                reopen: false,
                ..self.everyday_life()
            };
            let incident = self.incident(&logged, &life);
            if !after_known_error {
                let link_at = self.later(at.max(created), 30, 240);
                let actor = self.member(self.service_group(spec.service));
                let step = Step::Link(problem, Relation::Related);
                self.push(incident.ticket, link_at, &actor, step);
            }
        }
    }
}
