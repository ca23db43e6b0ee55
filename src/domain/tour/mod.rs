//! Guided scenarios (issue 7): ITIL stories told as step-by-step tours of the live app.
//!
//! A scenario is data: steps with a narrative in English and French, the page to show, the
//! part of it to highlight, the value chain activity it stands in, and optionally a real
//! action on the workspace. [`plan`] turns an action into the draft or lifecycle action the
//! storage layer performs; [`TourState`] is where a run stands.

mod hotline;
mod pick;
mod plan;
mod problem;
mod request;
mod state;
mod svs;
#[cfg(test)]
mod tests;
mod words;

pub use pick::{pick_known_error, recurring_cluster, second_line_group, Cluster};
pub use plan::{plan, Plan, PlanContext, Skip};
pub use state::{Records, TourState};

use crate::domain::itil::{SvcActivity, Text};
use crate::domain::ticket::TicketKind;
use crate::route::Route;

/// A record a run creates or finds, that later steps show or act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rec {
    Incident,
    KnownError,
    Problem,
    Change,
    Request,
}

/// The page a step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Dashboard,
    Tickets,
    NewIncident,
    NewRequest,
    Svs,
    Svc,
    Practices,
    Improvement,
    Settings,
    /// The page of a record of the run; while it does not exist yet, the page where such a
    /// record is made.
    Record(Rec),
}

impl Place {
    /// The route to show, given the records of the run so far.
    pub fn route(self, records: &Records) -> Route {
        match self {
            Place::Dashboard => Route::Dashboard,
            Place::Tickets => Route::tickets(),
            Place::NewIncident => Route::NewTicket(TicketKind::Incident),
            Place::NewRequest => Route::NewTicket(TicketKind::ServiceRequest),
            Place::Svs => Route::ServiceValueSystem,
            Place::Svc => Route::ServiceValueChain,
            Place::Practices => Route::Practices,
            Place::Improvement => Route::Improvement,
            Place::Settings => Route::Settings,
            Place::Record(rec) => match records.number(rec) {
                Some(number) => Route::Ticket(number.to_owned()),
                None => match rec {
                    Rec::Incident => Route::NewTicket(TicketKind::Incident),
                    Rec::Request => Route::NewTicket(TicketKind::ServiceRequest),
                    Rec::Problem => Route::Dashboard,
                    Rec::Change | Rec::KnownError => Route::tickets(),
                },
            },
        }
    }
}

/// A real action a step performs on the workspace, once per run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TourAction {
    /// Logs the caller's incident, by phone, with impact and urgency.
    LogIncident,
    /// The service desk escalates the incident to a second-line group.
    Escalate,
    /// Finds the known error of the incident's service (nothing is written).
    FindKnownError,
    /// Applies the known error: link, and the workaround as a work note.
    ApplyKnownError,
    /// Resolves the incident with the workaround.
    ResolveIncident,
    /// The caller confirms: the incident is closed.
    CloseIncident,
    /// Finds the recurring incidents the dashboard reports (nothing is written).
    FindRecurring,
    /// Raises a problem linked to the recurring incidents.
    RaiseProblem,
    AssessProblem,
    AnalyseRootCause,
    RecordKnownError,
    /// Raises a normal change from the problem, with its CAB.
    RaiseChange,
    AssessChange,
    RequestAuthorization,
    /// Every CAB member authorizes the change.
    CabAuthorize,
    ScheduleChange,
    ImplementChange,
    CompleteImplementation,
    ReviewChange,
    /// An improvement item raised from the problem.
    LogImprovement,
    /// A service request for a catalogue item.
    LogRequest,
    /// The request goes to its approver, who approves it (when the item needs approval).
    ApproveRequest,
    StartFulfilment,
    Fulfil,
    CloseRequest,
}

/// One step of a scenario.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// Stable identifier, unique in its scenario.
    pub id: &'static str,
    pub title: Text,
    pub narrative: Text,
    pub place: Place,
    /// CSS selector of the element to highlight, preferably a `[data-tour=…]` attribute.
    pub highlight: &'static str,
    /// The activity of the service value chain this step stands in.
    pub activity: Option<SvcActivity>,
    /// The step of the scenario's value stream, by index.
    pub stream_step: Option<usize>,
    pub action: Option<TourAction>,
}

/// A guided scenario.
#[derive(Clone, Copy, Debug)]
pub struct Scenario {
    /// Stable identifier, such as `hotline`.
    pub key: &'static str,
    pub title: Text,
    pub summary: Text,
    /// The key of the value stream it follows (see `itil::VALUE_STREAMS`).
    pub stream: Option<&'static str>,
    pub steps: &'static [Step],
}

/// The four scenarios, in the order they are offered.
pub const SCENARIOS: [&Scenario; 4] = [
    &hotline::HOTLINE,
    &problem::PROBLEM,
    &request::REQUEST,
    &svs::SVS_TOUR,
];

/// A scenario by key.
pub fn scenario(key: &str) -> Option<&'static Scenario> {
    SCENARIOS.into_iter().find(|s| s.key == key)
}

/// A step without action, for the scenario tables.
#[allow(clippy::too_many_arguments)]
const fn step(
    id: &'static str,
    title: Text,
    narrative: Text,
    place: Place,
    highlight: &'static str,
    activity: Option<SvcActivity>,
    stream_step: Option<usize>,
    action: Option<TourAction>,
) -> Step {
    Step {
        id,
        title,
        narrative,
        place,
        highlight,
        activity,
        stream_step,
        action,
    }
}
