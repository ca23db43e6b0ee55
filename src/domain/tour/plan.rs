//! What a scenario's action does, decided from the workspace's configuration and the run's
//! records: the storage layer only performs the plan.

use super::pick::{cab, first_line_group, second_line_group, service_named};
use super::{words as w, Rec, Records, TourAction};
use crate::domain::configuration::DeskConfig;
use crate::domain::improvement::ImprovementForm;
use crate::domain::lifecycle::{next_approver, Action};
use crate::domain::priority::Level;
use crate::domain::records::{
    ChangeRecord, ChangeType, KnownErrorRecord, Resolution, ResolutionCode, ReviewOutcome,
};
use crate::domain::ticket::{Channel, Ticket, TicketDraft, TicketKind, TicketState};
use crate::i18n::{fill, Lang};

/// What planning needs: the configuration, the language, the time, the run's records, and
/// the stored version of the record the action is on (see [`TourAction::target`]).
pub struct PlanContext<'a> {
    pub config: &'a DeskConfig,
    pub lang: Lang,
    pub now: i64,
    pub actor: &'a str,
    pub records: &'a Records,
    pub target: Option<&'a Ticket>,
}

/// What the storage layer is to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    /// Search the known errors with this text, then keep one for this service.
    SearchKnownErrors { text: String, service: String },
    /// Read the incidents and find the recurring cluster.
    FindRecurring,
    /// Create a ticket, linked on creation to `link_to` and `also_link` (numbers), in one
    /// transaction.
    Create {
        rec: Rec,
        draft: Box<TicketDraft>,
        link_to: Option<String>,
        also_link: Vec<String>,
    },
    /// Apply these lifecycle actions to a record of the run, in order.
    Act { rec: Rec, actions: Vec<Action> },
    /// Apply the known error (a problem's id) to the incident (its id).
    ApplyKnownError { incident: String, problem: String },
    /// Create an improvement item.
    Improvement(ImprovementForm),
}

/// Why an action cannot be done with the workspace's data; the run can go on without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// No known error was found for the incident's service.
    NoKnownError,
    /// The reports show no recurring incidents without a problem.
    NoCluster,
    /// The requested catalogue item needs no approval.
    NoApprovalNeeded,
    /// A record an earlier step makes is missing.
    Missing(Rec),
}

impl TourAction {
    /// The record of the run the action works on, whose stored version planning reads.
    pub fn target(self) -> Option<Rec> {
        use TourAction as A;
        Some(match self {
            A::Escalate | A::ApplyKnownError | A::ResolveIncident | A::CloseIncident => {
                Rec::Incident
            }
            A::FindKnownError => Rec::Incident,
            A::AssessProblem | A::AnalyseRootCause | A::RecordKnownError | A::RaiseChange => {
                Rec::Problem
            }
            A::LogImprovement => Rec::Problem,
            A::AssessChange
            | A::RequestAuthorization
            | A::CabAuthorize
            | A::ScheduleChange
            | A::ImplementChange
            | A::CompleteImplementation
            | A::ReviewChange => Rec::Change,
            A::ApproveRequest | A::StartFulfilment | A::Fulfil | A::CloseRequest => Rec::Request,
            A::LogIncident | A::FindRecurring | A::RaiseProblem | A::LogRequest => return None,
        })
    }
}

/// The plan of an action, or why it cannot be done.
pub fn plan(action: TourAction, cx: &PlanContext) -> Result<Plan, Skip> {
    use TourAction as A;
    let lang = cx.lang;
    let text = |t: crate::domain::itil::Text| t.get(lang).to_owned();
    let target = match action.target() {
        Some(rec) => Some(cx.target.ok_or(Skip::Missing(rec))?),
        None => None,
    };
    let act = |rec, actions| Ok(Plan::Act { rec, actions });
    match action {
        A::LogIncident => {
            let mut draft = TicketDraft::new(TicketKind::Incident, w::INCIDENT_TITLE.get(lang));
            draft.description = text(w::INCIDENT_DESCRIPTION);
            draft.caller = w::CALLER.to_owned();
            draft.channel = Channel::Phone;
            draft.impact = Level::Medium;
            draft.urgency = Level::High;
            draft.service = service_named(cx.config, "vpn").unwrap_or_default();
            draft.category = network_category(cx.config);
            draft.assignment_group = first_line_group(cx.config);
            Ok(Plan::Create {
                rec: Rec::Incident,
                draft: Box::new(draft),
                link_to: None,
                also_link: vec![],
            })
        }
        A::Escalate => {
            let group = second_line_group(cx.config);
            let assignee = cx
                .config
                .members(&group)
                .into_iter()
                .next()
                .unwrap_or_default();
            let mut actions = vec![Action::Assign { group, assignee }];
            if target.is_some_and(|t| t.state == TicketState::New) {
                actions.push(Action::Start);
            }
            act(Rec::Incident, actions)
        }
        A::FindKnownError => Ok(Plan::SearchKnownErrors {
            text: "VPN".into(),
            service: target.map(|t| t.service.clone()).unwrap_or_default(),
        }),
        A::ApplyKnownError => {
            let problem = cx.records.id(Rec::KnownError).ok_or(Skip::NoKnownError)?;
            Ok(Plan::ApplyKnownError {
                incident: target.map(|t| t.id.clone()).unwrap_or_default(),
                problem: problem.to_owned(),
            })
        }
        A::ResolveIncident => {
            let (code, notes) = match cx.records.id(Rec::KnownError) {
                Some(_) => (ResolutionCode::Workaround, w::RESOLVED_WITH_WORKAROUND),
                None => (ResolutionCode::Solved, w::RESOLVED_WITHOUT),
            };
            act(
                Rec::Incident,
                vec![Action::Resolve(Resolution {
                    code,
                    notes: text(notes),
                })],
            )
        }
        A::CloseIncident => act(Rec::Incident, vec![Action::Close]),
        A::FindRecurring => Ok(Plan::FindRecurring),
        A::RaiseProblem => Ok(raise_problem(cx)),
        A::AssessProblem => act(Rec::Problem, vec![Action::Assess]),
        A::AnalyseRootCause => act(Rec::Problem, vec![Action::AnalyseRootCause]),
        A::RecordKnownError => act(
            Rec::Problem,
            vec![Action::RecordKnownError(KnownErrorRecord {
                symptom: text(w::SYMPTOM),
                root_cause: text(w::ROOT_CAUSE),
                workaround: text(w::WORKAROUND),
            })],
        ),
        A::RaiseChange => Ok(raise_change(cx, target.expect("checked above"))),
        A::AssessChange => act(Rec::Change, vec![Action::Assess]),
        A::RequestAuthorization => act(Rec::Change, vec![Action::RequestAuthorization]),
        A::CabAuthorize => {
            let mut change = target.expect("checked above").clone();
            let mut actions = Vec::new();
            // Every member who has not decided yet, so that a retry finishes the round.
            while let Some(approver) = next_approver(&change) {
                change.approvals.push(crate::domain::records::Approval {
                    approver: approver.clone(),
                    approved: true,
                    comment: String::new(),
                    at: cx.now,
                });
                actions.push(Action::Decide {
                    approver,
                    approved: true,
                    comment: text(w::CAB_COMMENT),
                });
            }
            act(Rec::Change, actions)
        }
        A::ScheduleChange => {
            let start = cx.now + 24 * 3_600_000;
            act(
                Rec::Change,
                vec![Action::Schedule {
                    start,
                    end: start + 2 * 3_600_000,
                }],
            )
        }
        A::ImplementChange => act(Rec::Change, vec![Action::Implement]),
        A::CompleteImplementation => act(Rec::Change, vec![Action::CompleteImplementation]),
        A::ReviewChange => act(
            Rec::Change,
            vec![
                Action::Review {
                    outcome: ReviewOutcome::Successful,
                    notes: text(w::REVIEW_NOTES),
                },
                Action::Close,
            ],
        ),
        A::LogImprovement => {
            let problem = target.expect("checked above");
            let mut form = ImprovementForm::from_problem(&problem.number, &problem.title);
            form.benefit = text(w::IMPROVEMENT_BENEFIT);
            form.owner = cx.actor.to_owned();
            Ok(Plan::Improvement(form))
        }
        A::LogRequest => Ok(log_request(cx)),
        A::ApproveRequest => {
            let request = target.expect("checked above");
            if !request.approval_required {
                return Err(Skip::NoApprovalNeeded);
            }
            let mut actions = Vec::new();
            if request.state == TicketState::New {
                actions.push(Action::RequestApproval);
            }
            let approver = cx
                .config
                .members(&request.assignment_group)
                .into_iter()
                .next()
                .unwrap_or_else(|| cx.actor.to_owned());
            actions.push(Action::Decide {
                approver,
                approved: true,
                comment: text(w::REQUEST_APPROVAL),
            });
            act(Rec::Request, actions)
        }
        A::StartFulfilment => act(Rec::Request, vec![Action::Start]),
        A::Fulfil => act(Rec::Request, vec![Action::Fulfil]),
        A::CloseRequest => act(Rec::Request, vec![Action::Close]),
    }
}

/// The network category of the configuration, else the first one.
fn network_category(config: &DeskConfig) -> String {
    config
        .categories
        .iter()
        .find(|c| {
            let c = c.to_lowercase();
            c.contains("network") || c.contains("réseau")
        })
        .or_else(|| config.categories.first())
        .cloned()
        .unwrap_or_default()
}

fn raise_problem(cx: &PlanContext) -> Plan {
    let lang = cx.lang;
    let cluster = &cx.records.cluster;
    let numbers: Vec<&str> = cluster.iter().map(|(n, _)| n.as_str()).collect();
    let first = cx.records.cluster.first();
    let (category, service) = cx.records.cluster_about.clone().unwrap_or_default();
    let title = if first.is_some() {
        let service = if service.is_empty() {
            "—".to_owned()
        } else {
            service.clone()
        };
        fill(
            w::PROBLEM_TITLE.get(lang),
            &[("category", &category), ("service", &service)],
        )
    } else {
        w::PROBLEM_TITLE_NONE.get(lang).to_owned()
    };
    let mut draft = TicketDraft::new(TicketKind::Problem, &title);
    draft.description = fill(
        w::PROBLEM_DESCRIPTION.get(lang),
        &[("incidents", &numbers.join(", "))],
    );
    draft.category = category;
    draft.service = service;
    draft.channel = Channel::Monitoring;
    draft.assignment_group = second_line_group(cx.config);
    Plan::Create {
        rec: Rec::Problem,
        draft: Box::new(draft),
        link_to: first.map(|(n, _)| n.clone()),
        also_link: cluster.iter().skip(1).map(|(n, _)| n.clone()).collect(),
    }
}

fn raise_change(cx: &PlanContext, problem: &Ticket) -> Plan {
    let lang = cx.lang;
    let with = |t: crate::domain::itil::Text| fill(t.get(lang), &[("problem", &problem.number)]);
    let mut draft = TicketDraft::new(TicketKind::Change, &with(w::CHANGE_TITLE));
    draft.description = with(w::CHANGE_DESCRIPTION);
    draft.category = problem.category.clone();
    draft.service = problem.service.clone();
    draft.assignment_group = second_line_group(cx.config);
    draft.channel = Channel::Portal;
    draft.change = Some(ChangeRecord {
        change_type: Some(ChangeType::Normal),
        risk: Some(Level::Medium),
        impact_assessment: w::IMPACT_ASSESSMENT.get(lang).to_owned(),
        cab: cab(cx.config, &problem.service, w::CAB_FALLBACK.get(lang)),
        implementation_plan: w::IMPLEMENTATION_PLAN.get(lang).to_owned(),
        rollback_plan: w::ROLLBACK_PLAN.get(lang).to_owned(),
        test_plan: w::TEST_PLAN.get(lang).to_owned(),
        affected_services: (!problem.service.is_empty())
            .then(|| problem.service.clone())
            .into_iter()
            .collect(),
        ..ChangeRecord::default()
    });
    Plan::Create {
        rec: Rec::Change,
        draft: Box::new(draft),
        link_to: Some(problem.number.clone()),
        also_link: vec![],
    }
}

fn log_request(cx: &PlanContext) -> Plan {
    let lang = cx.lang;
    let item = cx
        .config
        .catalogue
        .iter()
        .find(|i| i.approval_required)
        .or_else(|| cx.config.catalogue.first());
    let title = item.map_or(w::REQUEST_TITLE.get(lang), |i| i.name.as_str());
    let mut draft = TicketDraft::new(TicketKind::ServiceRequest, title);
    draft.caller = w::CALLER.to_owned();
    draft.channel = Channel::Portal;
    draft.impact = Level::Low;
    draft.urgency = Level::Medium;
    if let Some(item) = item {
        draft.description = item.description.clone();
        draft.catalogue_item = item.name.clone();
        draft.approval_required = item.approval_required;
        draft.assignment_group = item.fulfilment_group.clone();
        draft.answers = item
            .fields
            .iter()
            .map(|f| (f.clone(), w::REQUEST_ANSWER.get(lang).to_owned()))
            .collect();
    } else {
        draft.assignment_group = first_line_group(cx.config);
    }
    Plan::Create {
        rec: Rec::Request,
        draft: Box::new(draft),
        link_to: None,
        also_link: vec![],
    }
}
