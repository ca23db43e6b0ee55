//! Practice KPIs: for each practice a service desk runs, the indicators computed from the
//! records, each with the ticket list behind it where there is one.

use super::tally::{Mean, Outcomes, Tally};
use crate::domain::query::{TicketFilter, Watch};
use crate::domain::sla::ClockKind;
use crate::domain::ticket::TicketKind;

/// Which indicator; its name and definition are messages of the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiKey {
    IncidentsLogged,
    IncidentMttr,
    IncidentResolutionSla,
    MajorIncidentShare,
    ReopenRate,
    RequestsLogged,
    RequestFulfilmentTime,
    RequestSla,
    RequestRejectionRate,
    ProblemsLogged,
    KnownErrors,
    IncidentsLinkedToProblems,
    ProblemsResolved,
    ChangesLogged,
    ChangeSuccessRate,
    EmergencyChangeShare,
    ChangesRefused,
    TicketsLogged,
    MeanTimeToAcknowledge,
    ResponseSla,
    SelfServiceShare,
    ResolutionSla,
    OpenBreached,
    OpenAtRisk,
}

/// A KPI's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KpiValue {
    Count(u32),
    /// A share in percent; `None` when there is nothing to divide.
    Percent(Option<f64>),
    /// A mean duration in milliseconds; `None` when nothing was measured.
    Duration(Option<i64>),
}

/// One indicator of one practice.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    pub key: KpiKey,
    pub value: KpiValue,
    pub drill: Option<TicketFilter>,
}

/// The practices whose KPIs the dashboard shows, by their reference keys.
pub const PRACTICES: [&str; 6] = [
    "incident-management",
    "service-request-management",
    "problem-management",
    "change-enablement",
    "service-desk",
    "service-level-management",
];

fn share(part: u32, whole: u32) -> KpiValue {
    KpiValue::Percent((whole > 0).then(|| f64::from(part) * 100.0 / f64::from(whole)))
}

fn sla(o: Outcomes) -> KpiValue {
    KpiValue::Percent(o.compliance())
}

fn mean(m: Mean) -> KpiValue {
    KpiValue::Duration(m.value())
}

/// The KPIs of each practice in [`PRACTICES`], in the same order.
pub fn practice_kpis(t: &Tally) -> Vec<(&'static str, Vec<Kpi>)> {
    let logged =
        |kind: TicketKind| t.logged[TicketKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)];
    let k = |kind: TicketKind| TicketKind::ALL.iter().position(|x| *x == kind).unwrap_or(0);
    let list = |kind: Option<TicketKind>| {
        Some(TicketFilter {
            kind,
            logged: Some((t.period.from, t.period.to)),
            ..Default::default()
        })
    };
    let kpi = |key, value, drill| Kpi { key, value, drill };
    let (inc, req, prb, chg) = (
        TicketKind::Incident,
        TicketKind::ServiceRequest,
        TicketKind::Problem,
        TicketKind::Change,
    );
    let reviewed: u32 = t.change_outcomes.iter().sum();
    let acknowledged = t.acknowledged();
    let watch = |w| {
        Some(TicketFilter {
            watch: Some(w),
            ..Default::default()
        })
    };
    vec![
        (
            PRACTICES[0],
            vec![
                kpi(
                    KpiKey::IncidentsLogged,
                    KpiValue::Count(logged(inc)),
                    list(Some(inc)),
                ),
                kpi(KpiKey::IncidentMttr, mean(t.resolve[k(inc)]), None),
                kpi(
                    KpiKey::IncidentResolutionSla,
                    sla(t.resolution_by_kind[k(inc)]),
                    None,
                ),
                kpi(
                    KpiKey::MajorIncidentShare,
                    share(t.major_incidents, logged(inc)),
                    None,
                ),
                kpi(
                    KpiKey::ReopenRate,
                    share(t.reopened_incidents, logged(inc)),
                    None,
                ),
            ],
        ),
        (
            PRACTICES[1],
            vec![
                kpi(
                    KpiKey::RequestsLogged,
                    KpiValue::Count(logged(req)),
                    list(Some(req)),
                ),
                kpi(KpiKey::RequestFulfilmentTime, mean(t.resolve[k(req)]), None),
                kpi(KpiKey::RequestSla, sla(t.resolution_by_kind[k(req)]), None),
                kpi(
                    KpiKey::RequestRejectionRate,
                    share(t.requests_rejected, t.requests_needing_approval),
                    None,
                ),
            ],
        ),
        (
            PRACTICES[2],
            vec![
                kpi(
                    KpiKey::ProblemsLogged,
                    KpiValue::Count(logged(prb)),
                    list(Some(prb)),
                ),
                kpi(KpiKey::KnownErrors, KpiValue::Count(t.known_errors), None),
                kpi(
                    KpiKey::IncidentsLinkedToProblems,
                    share(t.incidents_with_problem, logged(inc)),
                    None,
                ),
                kpi(
                    KpiKey::ProblemsResolved,
                    KpiValue::Count(t.problems_resolved),
                    None,
                ),
            ],
        ),
        (
            PRACTICES[3],
            vec![
                kpi(
                    KpiKey::ChangesLogged,
                    KpiValue::Count(logged(chg)),
                    list(Some(chg)),
                ),
                kpi(
                    KpiKey::ChangeSuccessRate,
                    share(t.change_outcomes[0], reviewed),
                    None,
                ),
                kpi(
                    KpiKey::EmergencyChangeShare,
                    share(t.emergency_changes, logged(chg)),
                    None,
                ),
                kpi(
                    KpiKey::ChangesRefused,
                    share(t.changes_refused, logged(chg)),
                    None,
                ),
            ],
        ),
        (
            PRACTICES[4],
            vec![
                kpi(
                    KpiKey::TicketsLogged,
                    KpiValue::Count(t.contacts),
                    Some(TicketFilter {
                        logged: Some((t.period.from, t.period.to)),
                        ..Default::default()
                    }),
                ),
                kpi(KpiKey::MeanTimeToAcknowledge, mean(acknowledged), None),
                kpi(
                    KpiKey::ResponseSla,
                    sla(t.overall(ClockKind::Response)),
                    None,
                ),
                kpi(
                    KpiKey::SelfServiceShare,
                    share(t.from_portal, t.contacts),
                    None,
                ),
            ],
        ),
        (
            PRACTICES[5],
            vec![
                kpi(
                    KpiKey::ResolutionSla,
                    sla(t.overall(ClockKind::Resolution)),
                    None,
                ),
                kpi(
                    KpiKey::ResponseSla,
                    sla(t.overall(ClockKind::Response)),
                    None,
                ),
                kpi(
                    KpiKey::OpenBreached,
                    KpiValue::Count(t.open_breached),
                    watch(Watch::Breached),
                ),
                kpi(
                    KpiKey::OpenAtRisk,
                    KpiValue::Count(t.open_warning),
                    watch(Watch::BreachingSoon),
                ),
            ],
        ),
    ]
}
