//! The kind-specific parts of a ticket: hold reasons, resolutions, known errors, approvals
//! and change records.

use super::priority::Level;
use serde::{Deserialize, Serialize};

/// Gives a fieldless enum a stable `key()` (its serde name) and `from_key()`.
macro_rules! keyed {
    ($name:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        impl $name {
            /// Stable key used in storage, forms and history.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            /// Parses a key written by `key()`.
            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)* _ => None }
            }
        }
    };
}

keyed!(HoldReason {
    AwaitingCaller => "awaiting_caller",
    AwaitingVendor => "awaiting_vendor",
    AwaitingChange => "awaiting_change",
    AwaitingProblem => "awaiting_problem",
});
keyed!(ResolutionCode {
    Solved => "solved",
    Workaround => "workaround",
    NotReproducible => "not_reproducible",
    ResolvedByCaller => "resolved_by_caller",
    Duplicate => "duplicate",
});
keyed!(ChangeType { Standard => "standard", Normal => "normal", Emergency => "emergency" });
keyed!(ReviewOutcome {
    Successful => "successful",
    WithIssues => "with_issues",
    Failed => "failed",
    RolledBack => "rolled_back",
});

/// Why an incident waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldReason {
    AwaitingCaller,
    AwaitingVendor,
    AwaitingChange,
    AwaitingProblem,
}

impl HoldReason {
    /// Every reason, in the order forms list them.
    pub const ALL: [HoldReason; 4] = [
        HoldReason::AwaitingCaller,
        HoldReason::AwaitingVendor,
        HoldReason::AwaitingChange,
        HoldReason::AwaitingProblem,
    ];
}

/// How an incident or problem was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResolutionCode {
    Solved,
    Workaround,
    NotReproducible,
    ResolvedByCaller,
    Duplicate,
}

impl ResolutionCode {
    /// Every code, in the order forms list them.
    pub const ALL: [ResolutionCode; 5] = [
        ResolutionCode::Solved,
        ResolutionCode::Workaround,
        ResolutionCode::NotReproducible,
        ResolutionCode::ResolvedByCaller,
        ResolutionCode::Duplicate,
    ];
}

/// The resolution recorded when a ticket is resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    pub code: ResolutionCode,
    pub notes: String,
}

/// A known error: a problem whose root cause is understood, with a workaround.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownErrorRecord {
    pub symptom: String,
    pub root_cause: String,
    pub workaround: String,
}

/// One decision of an approver (a CAB member, or a request's approver).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub approver: String,
    pub approved: bool,
    pub comment: String,
    pub at: i64,
}

/// The three types of change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeType {
    /// Pre-approved from a template: skips assessment and authorization.
    Standard,
    /// Assessed, then authorized by every member of the change authority (CAB).
    Normal,
    /// Expedited: one approval of the emergency change authority suffices.
    Emergency,
}

impl ChangeType {
    /// Every type, in the order forms list them.
    pub const ALL: [ChangeType; 3] = [
        ChangeType::Standard,
        ChangeType::Normal,
        ChangeType::Emergency,
    ];
}

/// The outcome recorded by a post-implementation review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    Successful,
    WithIssues,
    Failed,
    RolledBack,
}

impl ReviewOutcome {
    /// Every outcome, in the order forms list them.
    pub const ALL: [ReviewOutcome; 4] = [
        ReviewOutcome::Successful,
        ReviewOutcome::WithIssues,
        ReviewOutcome::Failed,
        ReviewOutcome::RolledBack,
    ];
}

/// The change-specific part of a change ticket.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeRecord {
    pub change_type: Option<ChangeType>,
    pub risk: Option<Level>,
    /// The standard change template it was raised from, by name.
    #[serde(default)]
    pub template: String,
    /// What the change touches and what could go wrong, in the assessor's words.
    #[serde(default)]
    pub impact_assessment: String,
    /// The approvers whose authorization a normal change needs.
    pub cab: Vec<String>,
    pub planned_start: Option<i64>,
    pub planned_end: Option<i64>,
    pub implementation_plan: String,
    pub rollback_plan: String,
    pub test_plan: String,
    pub affected_services: Vec<String>,
    pub review: Option<ChangeReview>,
}

/// A post-implementation review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeReview {
    pub outcome: ReviewOutcome,
    pub notes: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_the_stored_names() {
        for r in HoldReason::ALL {
            assert_eq!(HoldReason::from_key(r.key()), Some(r));
            assert_eq!(serde_json_name(&r), r.key());
        }
        for c in ResolutionCode::ALL {
            assert_eq!(ResolutionCode::from_key(c.key()), Some(c));
        }
        for t in ChangeType::ALL {
            assert_eq!(ChangeType::from_key(t.key()), Some(t));
        }
        for o in ReviewOutcome::ALL {
            assert_eq!(ReviewOutcome::from_key(o.key()), Some(o));
        }
        assert_eq!(HoldReason::from_key("AwaitingCaller"), None);
    }

    /// The name serde gives a unit variant, read back through its derived Deserialize.
    fn serde_json_name(r: &HoldReason) -> &'static str {
        use serde::de::value::{Error, StrDeserializer};
        use serde::de::IntoDeserializer;
        let de: StrDeserializer<Error> = r.key().into_deserializer();
        let parsed = HoldReason::deserialize(de).unwrap();
        parsed.key()
    }
}

/// How a linked ticket relates to the one that holds the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkRole {
    /// The other ticket is this one's parent.
    Parent,
    /// The other ticket is this one's child.
    Child,
    /// Incident ↔ problem, problem ↔ change, incident ↔ change.
    Related,
}

/// A link to another ticket, kept on both tickets so each side shows and follows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub ticket_id: String,
    pub number: String,
    pub kind: super::ticket::TicketKind,
    pub role: LinkRole,
}
