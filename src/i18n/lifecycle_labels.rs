//! The messages that name lifecycle actions, their data and their refusals.

use super::{fill, Lang, Msg};
use crate::domain::lifecycle::{ActionKind, LifecycleError, Missing};
use crate::domain::links::LinkError;
use crate::domain::records::{ChangeType, HoldReason, ResolutionCode, ReviewOutcome};

impl Msg {
    /// The label of an action button.
    pub fn action(action: ActionKind) -> Msg {
        match action {
            ActionKind::Start => Msg::ActionStart,
            ActionKind::Hold => Msg::ActionHold,
            ActionKind::Resume => Msg::ActionResume,
            ActionKind::Resolve => Msg::ActionResolve,
            ActionKind::Reopen => Msg::ActionReopen,
            ActionKind::Close => Msg::ActionClose,
            ActionKind::Cancel => Msg::ActionCancel,
            ActionKind::RequestApproval => Msg::ActionRequestApproval,
            ActionKind::Decide => Msg::ActionDecide,
            ActionKind::Fulfil => Msg::ActionFulfil,
            ActionKind::Assess => Msg::ActionAssess,
            ActionKind::AnalyseRootCause => Msg::ActionAnalyseRootCause,
            ActionKind::RecordKnownError => Msg::ActionRecordKnownError,
            ActionKind::RequestAuthorization => Msg::ActionRequestAuthorization,
            ActionKind::Schedule => Msg::ActionSchedule,
            ActionKind::Implement => Msg::ActionImplement,
            ActionKind::CompleteImplementation => Msg::ActionCompleteImplementation,
            ActionKind::Review => Msg::ActionReview,
            ActionKind::SetMajor => Msg::ActionSetMajor,
            ActionKind::Assign => Msg::ActionAssign,
            ActionKind::Classify => Msg::ActionClassify,
            ActionKind::Update => Msg::ActionUpdate,
        }
    }

    /// The name of a hold reason.
    pub fn hold_reason(reason: HoldReason) -> Msg {
        match reason {
            HoldReason::AwaitingCaller => Msg::HoldAwaitingCaller,
            HoldReason::AwaitingVendor => Msg::HoldAwaitingVendor,
            HoldReason::AwaitingChange => Msg::HoldAwaitingChange,
            HoldReason::AwaitingProblem => Msg::HoldAwaitingProblem,
        }
    }

    /// The name of a resolution code.
    pub fn resolution_code(code: ResolutionCode) -> Msg {
        match code {
            ResolutionCode::Solved => Msg::ResolutionSolved,
            ResolutionCode::Workaround => Msg::ResolutionWorkaround,
            ResolutionCode::NotReproducible => Msg::ResolutionNotReproducible,
            ResolutionCode::ResolvedByCaller => Msg::ResolutionResolvedByCaller,
            ResolutionCode::Duplicate => Msg::ResolutionDuplicate,
        }
    }

    /// The name of a change type.
    pub fn change_type(change_type: ChangeType) -> Msg {
        match change_type {
            ChangeType::Standard => Msg::ChangeStandard,
            ChangeType::Normal => Msg::ChangeNormal,
            ChangeType::Emergency => Msg::ChangeEmergency,
        }
    }

    /// The name of a review outcome.
    pub fn outcome(outcome: ReviewOutcome) -> Msg {
        match outcome {
            ReviewOutcome::Successful => Msg::OutcomeSuccessful,
            ReviewOutcome::WithIssues => Msg::OutcomeWithIssues,
            ReviewOutcome::Failed => Msg::OutcomeFailed,
            ReviewOutcome::RolledBack => Msg::OutcomeRolledBack,
        }
    }

    /// The label of the field an action misses.
    pub fn missing(missing: Missing) -> Msg {
        match missing {
            Missing::Title => Msg::FieldTitle,
            Missing::ResolutionNotes => Msg::FieldResolutionNotes,
            Missing::Symptom => Msg::FieldSymptom,
            Missing::RootCause => Msg::FieldRootCause,
            Missing::Workaround => Msg::FieldWorkaround,
            Missing::Approver => Msg::FieldApprover,
            Missing::ReviewNotes => Msg::FieldReviewNotes,
        }
    }
}

/// The sentence that explains why an action was refused.
pub fn lifecycle_error_text(error: &LifecycleError, lang: Lang) -> String {
    match error {
        LifecycleError::NotAllowed { state, action } => fill(
            Msg::ErrNotAllowed.text(lang),
            &[
                ("action", Msg::action(*action).text(lang)),
                ("state", Msg::state(*state).text(lang)),
            ],
        ),
        LifecycleError::Missing(missing) => fill(
            Msg::ErrMissing.text(lang),
            &[("field", Msg::missing(*missing).text(lang))],
        ),
        LifecycleError::WindowEndsBeforeStart => Msg::ErrWindow.text(lang).to_owned(),
        LifecycleError::NotAuthorized => Msg::ErrNotAuthorized.text(lang).to_owned(),
        LifecycleError::AlreadyDecided => Msg::ErrAlreadyDecided.text(lang).to_owned(),
    }
}

/// The sentence that explains why two tickets cannot be linked.
pub fn link_error_text(error: LinkError, lang: Lang) -> String {
    let msg = match error {
        LinkError::SameTicket => Msg::ErrSameTicket,
        LinkError::AlreadyLinked => Msg::ErrAlreadyLinked,
        LinkError::KindsNotLinkable => Msg::ErrKindsNotLinkable,
        LinkError::ParentNeedsIncidents => Msg::ErrParentNeedsIncidents,
        LinkError::AlreadyHasParent => Msg::ErrAlreadyHasParent,
    };
    msg.text(lang).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ticket::TicketState;

    #[test]
    fn refusals_name_the_action_and_the_state() {
        let e = LifecycleError::NotAllowed {
            state: TicketState::New,
            action: ActionKind::Close,
        };
        assert_eq!(
            lifecycle_error_text(&e, Lang::En),
            "“Close” is not possible while the ticket is “New”."
        );
        assert_eq!(
            lifecycle_error_text(&e, Lang::Fr),
            "« Clore » est impossible tant que le ticket est « Nouveau »."
        );
        let m = LifecycleError::Missing(Missing::Workaround);
        assert_eq!(
            lifecycle_error_text(&m, Lang::En),
            "“Workaround” is required."
        );
    }
}
