//! Tickets: the records of the four ITIL record types, and the validation of a new one.

mod form;
mod version;

pub use form::*;
pub use version::{next_version, VersionRandom};

use super::priority::{Level, Priority};
use super::records::{Approval, ChangeRecord, HoldReason, KnownErrorRecord, Link, Resolution};
use super::sla::Mark;
use serde::{Deserialize, Serialize};

/// The four ITIL record types a service desk handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    Incident,
    ServiceRequest,
    Problem,
    Change,
}

impl TicketKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [TicketKind; 4] = [
        TicketKind::Incident,
        TicketKind::ServiceRequest,
        TicketKind::Problem,
        TicketKind::Change,
    ];

    /// Parses a key written by [`TicketKind::key`].
    pub fn from_key(key: &str) -> Option<TicketKind> {
        TicketKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The prefix of the kind's human numbers (INC0001).
    pub fn prefix(self) -> &'static str {
        match self {
            TicketKind::Incident => "INC",
            TicketKind::ServiceRequest => "REQ",
            TicketKind::Problem => "PRB",
            TicketKind::Change => "CHG",
        }
    }

    /// Stable key used in storage and URLs.
    pub fn key(self) -> &'static str {
        match self {
            TicketKind::Incident => "incident",
            TicketKind::ServiceRequest => "service_request",
            TicketKind::Problem => "problem",
            TicketKind::Change => "change",
        }
    }
}

/// The human number of a ticket: kind prefix and a sequence, such as INC0042.
///
/// Sequences come from a per-kind counter written in the same transaction as the ticket.
/// When workspaces replicate between laptops, each device will draw its sequences from
/// its own block, so two devices never hand out the same number offline.
pub fn human_number(kind: TicketKind, seq: u32) -> String {
    format!("{}{:04}", kind.prefix(), seq)
}

/// How the demand reached the service desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Email,
    Portal,
    WalkIn,
    Monitoring,
}

impl Channel {
    /// Every channel, in the order the form lists them.
    pub const ALL: [Channel; 5] = [
        Channel::Phone,
        Channel::Email,
        Channel::Portal,
        Channel::WalkIn,
        Channel::Monitoring,
    ];

    /// Stable key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Portal => "portal",
            Channel::WalkIn => "walk_in",
            Channel::Monitoring => "monitoring",
        }
    }

    /// Parses a key written by [`Channel::key`].
    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where a ticket stands in its lifecycle. Each kind uses its own subset
/// ([`crate::domain::lifecycle::states`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketState {
    New,
    InProgress,
    OnHold,
    Resolved,
    Closed,
    Cancelled,
    AwaitingApproval,
    Approved,
    Rejected,
    InFulfilment,
    Fulfilled,
    Assessed,
    RootCauseAnalysis,
    KnownError,
    Assess,
    Authorize,
    Scheduled,
    Implement,
    Review,
}

impl TicketState {
    /// Every state of every kind.
    pub const ALL: [TicketState; 19] = [
        TicketState::New,
        TicketState::InProgress,
        TicketState::OnHold,
        TicketState::Resolved,
        TicketState::Closed,
        TicketState::Cancelled,
        TicketState::AwaitingApproval,
        TicketState::Approved,
        TicketState::Rejected,
        TicketState::InFulfilment,
        TicketState::Fulfilled,
        TicketState::Assessed,
        TicketState::RootCauseAnalysis,
        TicketState::KnownError,
        TicketState::Assess,
        TicketState::Authorize,
        TicketState::Scheduled,
        TicketState::Implement,
        TicketState::Review,
    ];

    /// Stable key used in storage, URLs and filters.
    pub fn key(self) -> &'static str {
        match self {
            TicketState::New => "new",
            TicketState::InProgress => "in_progress",
            TicketState::OnHold => "on_hold",
            TicketState::Resolved => "resolved",
            TicketState::Closed => "closed",
            TicketState::Cancelled => "cancelled",
            TicketState::AwaitingApproval => "awaiting_approval",
            TicketState::Approved => "approved",
            TicketState::Rejected => "rejected",
            TicketState::InFulfilment => "in_fulfilment",
            TicketState::Fulfilled => "fulfilled",
            TicketState::Assessed => "assessed",
            TicketState::RootCauseAnalysis => "root_cause_analysis",
            TicketState::KnownError => "known_error",
            TicketState::Assess => "assess",
            TicketState::Authorize => "authorize",
            TicketState::Scheduled => "scheduled",
            TicketState::Implement => "implement",
            TicketState::Review => "review",
        }
    }

    /// Parses a key written by [`TicketState::key`].
    pub fn from_key(key: &str) -> Option<TicketState> {
        TicketState::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the ticket is still being worked on: not resolved, fulfilled or final.
    pub fn is_open(self) -> bool {
        !self.is_final() && !matches!(self, TicketState::Resolved | TicketState::Fulfilled)
    }

    /// Whether the ticket's work is over (closed, cancelled or rejected).
    pub fn is_final(self) -> bool {
        matches!(
            self,
            TicketState::Closed | TicketState::Cancelled | TicketState::Rejected
        )
    }
}

/// A ticket as stored: replication-ready (global id, revision, tombstone).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    /// Globally unique id (ULID), never reused.
    pub id: String,
    /// CouchDB-style revision, "generation-hash".
    pub rev: String,
    /// Human number such as INC0001.
    pub number: String,
    pub kind: TicketKind,
    pub title: String,
    pub description: String,
    pub caller: String,
    pub channel: Channel,
    pub impact: Level,
    pub urgency: Level,
    /// Derived from impact × urgency, never typed.
    pub priority: Priority,
    pub state: TicketState,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub updated: i64,
    /// Tombstone: a deleted ticket stays as a record so that deletion can replicate.
    #[serde(default)]
    pub deleted: bool,
    /// A major incident, handled with its own urgency and communication.
    #[serde(default)]
    pub major: bool,
    /// Why an incident on hold waits; set only while on hold.
    #[serde(default)]
    pub hold_reason: Option<HoldReason>,
    /// Set when resolved; kept when closed, cleared on reopen.
    #[serde(default)]
    pub resolution: Option<Resolution>,
    /// A problem's known error record.
    #[serde(default)]
    pub known_error: Option<KnownErrorRecord>,
    /// Whether a service request needs approval before fulfilment.
    #[serde(default)]
    pub approval_required: bool,
    /// Decisions of approvers: a request's approver, or a change's CAB.
    #[serde(default)]
    pub approvals: Vec<Approval>,
    /// The change-specific record of a change.
    #[serde(default)]
    pub change: Option<ChangeRecord>,
    /// Links to related tickets, mirrored on the other side.
    #[serde(default)]
    pub links: Vec<Link>,
    /// The support group working on the ticket; empty when unassigned.
    #[serde(default)]
    pub assignment_group: String,
    /// The person in that group working on it; empty when unassigned.
    #[serde(default)]
    pub assignee: String,
    #[serde(default)]
    pub category: String,
    /// The affected service, by name.
    #[serde(default)]
    pub service: String,
    /// Requests: the catalogue item raised.
    #[serde(default)]
    pub catalogue_item: String,
    /// Requests: the answers to the catalogue item's extra fields, as (label, answer).
    #[serde(default)]
    pub answers: Vec<(String, String)>,
    /// The history events SLA clocks read ([`crate::domain::sla::Mark`]).
    #[serde(default)]
    pub trail: Vec<Mark>,
    /// When a clock that still counts reaches its warning threshold: the key of the
    /// "breaching soon" index. Absent when no clock counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sla_watch: Option<i64>,
}
