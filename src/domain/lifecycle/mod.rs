//! Ticket lifecycles: the state machine of each ITIL record type, and what every action
//! does to a ticket. An illegal action is a typed error and leaves the ticket unchanged.

mod change;
mod incident;
mod invariants;
mod problem;
mod request;

pub use invariants::check_invariants;

use super::priority::{Level, Priority, PriorityMatrix};
use super::records::{
    Approval, ChangeReview, ChangeType, HoldReason, KnownErrorRecord, Resolution, ReviewOutcome,
};
use super::ticket::{Ticket, TicketDraft, TicketKind, TicketState};

/// Something an agent does to a ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start working: an incident or a request's fulfilment.
    Start,
    Hold(HoldReason),
    Resume,
    Resolve(Resolution),
    Reopen,
    Close,
    Cancel,
    /// A service request goes to its approver.
    RequestApproval,
    /// An approver's decision: a request's approver, or a change's CAB member.
    Decide {
        approver: String,
        approved: bool,
        comment: String,
    },
    Fulfil,
    Assess,
    AnalyseRootCause,
    RecordKnownError(KnownErrorRecord),
    /// A change's assessment is done; it goes to its change authority.
    RequestAuthorization,
    Schedule {
        start: i64,
        end: i64,
    },
    Implement,
    CompleteImplementation,
    Review {
        outcome: ReviewOutcome,
        notes: String,
    },
    /// Flags or unflags a major incident.
    SetMajor(bool),
    /// Corrects what was logged; the priority follows the new impact and urgency.
    Update(TicketUpdate),
    /// Sets the assignment group and assignee (empty clears them).
    Assign {
        group: String,
        assignee: String,
    },
    /// Sets the category and affected service (empty clears them).
    Classify {
        category: String,
        service: String,
    },
}

/// The name of an action, without its data: what the UI lists as buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    Start,
    Hold,
    Resume,
    Resolve,
    Reopen,
    Close,
    Cancel,
    RequestApproval,
    Decide,
    Fulfil,
    Assess,
    AnalyseRootCause,
    RecordKnownError,
    RequestAuthorization,
    Schedule,
    Implement,
    CompleteImplementation,
    Review,
    SetMajor,
    Assign,
    Classify,
    Update,
}

impl ActionKind {
    /// Every action, in the order the UI shows them.
    pub const ALL: [ActionKind; 22] = [
        ActionKind::Start,
        ActionKind::Assess,
        ActionKind::AnalyseRootCause,
        ActionKind::RecordKnownError,
        ActionKind::RequestApproval,
        ActionKind::RequestAuthorization,
        ActionKind::Decide,
        ActionKind::Schedule,
        ActionKind::Implement,
        ActionKind::CompleteImplementation,
        ActionKind::Review,
        ActionKind::Fulfil,
        ActionKind::Hold,
        ActionKind::Resume,
        ActionKind::Resolve,
        ActionKind::Reopen,
        ActionKind::Close,
        ActionKind::Cancel,
        ActionKind::SetMajor,
        ActionKind::Assign,
        ActionKind::Classify,
        ActionKind::Update,
    ];
}

impl Action {
    /// The action's name.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Start => ActionKind::Start,
            Action::Hold(_) => ActionKind::Hold,
            Action::Resume => ActionKind::Resume,
            Action::Resolve(_) => ActionKind::Resolve,
            Action::Reopen => ActionKind::Reopen,
            Action::Close => ActionKind::Close,
            Action::Cancel => ActionKind::Cancel,
            Action::RequestApproval => ActionKind::RequestApproval,
            Action::Decide { .. } => ActionKind::Decide,
            Action::Fulfil => ActionKind::Fulfil,
            Action::Assess => ActionKind::Assess,
            Action::AnalyseRootCause => ActionKind::AnalyseRootCause,
            Action::RecordKnownError(_) => ActionKind::RecordKnownError,
            Action::RequestAuthorization => ActionKind::RequestAuthorization,
            Action::Schedule { .. } => ActionKind::Schedule,
            Action::Implement => ActionKind::Implement,
            Action::CompleteImplementation => ActionKind::CompleteImplementation,
            Action::Review { .. } => ActionKind::Review,
            Action::SetMajor(_) => ActionKind::SetMajor,
            Action::Update(_) => ActionKind::Update,
            Action::Assign { .. } => ActionKind::Assign,
            Action::Classify { .. } => ActionKind::Classify,
        }
    }
}

/// Data an action needs and did not get.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Title,
    ResolutionNotes,
    Symptom,
    RootCause,
    Workaround,
    Approver,
    ReviewNotes,
}

/// Why an action was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LifecycleError {
    /// The action does not exist in this state of this kind of ticket.
    NotAllowed {
        state: TicketState,
        action: ActionKind,
    },
    /// A required piece of data is empty.
    Missing(Missing),
    /// A change window must end after it starts.
    WindowEndsBeforeStart,
    /// Scheduling needs every required authorization first.
    NotAuthorized,
    /// This approver already decided.
    AlreadyDecided,
}

/// New values for what was logged on a ticket, validated like the new-ticket form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketUpdate {
    pub title: String,
    pub description: String,
    pub caller: String,
    pub impact: Level,
    pub urgency: Level,
    /// Derived from impact × urgency by the matrix in force when the update is made.
    pub priority: Priority,
}

impl TicketUpdate {
    /// The update a validated form describes, with its priority from `matrix`.
    pub fn from_draft(draft: TicketDraft, matrix: &PriorityMatrix) -> TicketUpdate {
        TicketUpdate {
            priority: matrix.priority(draft.impact, draft.urgency),
            title: draft.title,
            description: draft.description,
            caller: draft.caller,
            impact: draft.impact,
            urgency: draft.urgency,
        }
    }
}

/// The states a kind of ticket moves through, in lifecycle order.
pub fn states(kind: TicketKind) -> &'static [TicketState] {
    match kind {
        TicketKind::Incident => incident::STATES,
        TicketKind::ServiceRequest => request::STATES,
        TicketKind::Problem => problem::STATES,
        TicketKind::Change => change::STATES,
    }
}

/// The state an action leads to, if the action is allowed now (data aside).
fn target(ticket: &Ticket, action: ActionKind) -> Option<TicketState> {
    if matches!(
        action,
        ActionKind::Assign | ActionKind::Classify | ActionKind::Update
    ) {
        return (!ticket.state.is_final()).then_some(ticket.state);
    }
    match ticket.kind {
        TicketKind::Incident => incident::target(ticket, action),
        TicketKind::ServiceRequest => request::target(ticket, action),
        TicketKind::Problem => problem::target(ticket, action),
        TicketKind::Change => change::target(ticket, action),
    }
}

/// The actions allowed on this ticket now, for the UI to offer.
pub fn allowed_actions(ticket: &Ticket) -> Vec<ActionKind> {
    ActionKind::ALL
        .into_iter()
        .filter(|a| target(ticket, *a).is_some())
        .collect()
}

fn required(text: &str, missing: Missing) -> Result<String, LifecycleError> {
    let text = text.trim();
    if text.is_empty() {
        Err(LifecycleError::Missing(missing))
    } else {
        Ok(text.to_owned())
    }
}

/// Applies an action at `now`, returning the updated ticket; the input is never changed.
pub fn apply(ticket: &Ticket, action: Action, now: i64) -> Result<Ticket, LifecycleError> {
    let kind = action.kind();
    let next = target(ticket, kind).ok_or_else(|| refusal(ticket, kind))?;
    let mut t = ticket.clone();
    match action {
        Action::Hold(reason) => t.hold_reason = Some(reason),
        Action::Resolve(resolution) => {
            let notes = required(&resolution.notes, Missing::ResolutionNotes)?;
            t.resolution = Some(Resolution {
                code: resolution.code,
                notes,
            });
        }
        Action::Reopen => t.resolution = None,
        Action::Decide {
            approver,
            approved,
            comment,
        } => {
            let approver = required(&approver, Missing::Approver)?;
            if t.approvals.iter().any(|a| a.approver == approver) {
                return Err(LifecycleError::AlreadyDecided);
            }
            t.approvals.push(Approval {
                approver,
                approved,
                comment: comment.trim().to_owned(),
                at: now,
            });
        }
        Action::RecordKnownError(record) => {
            t.known_error = Some(KnownErrorRecord {
                symptom: required(&record.symptom, Missing::Symptom)?,
                root_cause: required(&record.root_cause, Missing::RootCause)?,
                workaround: required(&record.workaround, Missing::Workaround)?,
            });
        }
        Action::Schedule { start, end } => {
            if end <= start {
                return Err(LifecycleError::WindowEndsBeforeStart);
            }
            let change = t.change.get_or_insert_with(Default::default);
            change.planned_start = Some(start);
            change.planned_end = Some(end);
        }
        Action::Review { outcome, notes } => {
            let notes = required(&notes, Missing::ReviewNotes)?;
            t.change.get_or_insert_with(Default::default).review =
                Some(ChangeReview { outcome, notes });
        }
        Action::SetMajor(major) => t.major = major,
        Action::Update(update) => {
            t.title = required(&update.title, Missing::Title)?;
            t.description = update.description;
            t.caller = update.caller;
            t.impact = update.impact;
            t.urgency = update.urgency;
            t.priority = update.priority;
        }
        Action::Assign { group, assignee } => {
            t.assignment_group = group.trim().to_owned();
            t.assignee = assignee.trim().to_owned();
        }
        Action::Classify { category, service } => {
            t.category = category.trim().to_owned();
            t.service = service.trim().to_owned();
        }
        _ => {}
    }
    // A decision may settle the outcome: a rejection stops the ticket.
    t.state = match kind {
        ActionKind::Decide => decided_state(&t, next),
        _ => next,
    };
    if t.state != TicketState::OnHold {
        t.hold_reason = None;
    }
    t.updated = now;
    Ok(t)
}

/// Why an action that has no target is refused.
fn refusal(ticket: &Ticket, action: ActionKind) -> LifecycleError {
    let awaiting_authorization =
        ticket.kind == TicketKind::Change && ticket.state == TicketState::Authorize;
    if awaiting_authorization && action == ActionKind::Schedule {
        LifecycleError::NotAuthorized
    } else {
        LifecycleError::NotAllowed {
            state: ticket.state,
            action,
        }
    }
}

/// After an approver decides: a rejection ends the ticket, else the state stays or moves on.
fn decided_state(t: &Ticket, unchanged: TicketState) -> TicketState {
    let rejected = t.approvals.iter().any(|a| !a.approved);
    match t.kind {
        TicketKind::ServiceRequest if rejected => TicketState::Rejected,
        TicketKind::ServiceRequest => TicketState::Approved,
        TicketKind::Change if rejected => TicketState::Cancelled,
        _ => unchanged,
    }
}

/// The first CAB member who has not decided yet: whom a change's next decision comes from.
pub fn next_approver(ticket: &Ticket) -> Option<String> {
    let change = ticket.change.as_ref()?;
    let decided = |m: &String| ticket.approvals.iter().any(|a| &a.approver == m);
    change.cab.iter().find(|m| !decided(m)).cloned()
}

/// Whether a change holds every authorization its type requires.
pub fn is_authorized(ticket: &Ticket) -> bool {
    let Some(change) = &ticket.change else {
        return false;
    };
    let approved = |name: &str| {
        ticket
            .approvals
            .iter()
            .any(|a| a.approver == name && a.approved)
    };
    let rejected = ticket.approvals.iter().any(|a| !a.approved);
    match change.change_type {
        Some(ChangeType::Standard) => true,
        Some(ChangeType::Emergency) => !rejected && ticket.approvals.iter().any(|a| a.approved),
        Some(ChangeType::Normal) => {
            !rejected && !change.cab.is_empty() && change.cab.iter().all(|m| approved(m))
        }
        None => false,
    }
}

// Property tests use proptest, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
