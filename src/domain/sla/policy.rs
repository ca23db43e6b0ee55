//! SLA definitions: which tickets a target applies to, the targets, the hours they count in,
//! and the states that pause them. The workspace keeps one policy.

use super::hours::{HoursError, ServiceHours};
use crate::domain::priority::Priority;
use crate::domain::ticket::{TicketKind, TicketState};
use serde::{Deserialize, Serialize};

/// One service level target set, such as "P1 – Critical".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaDefinition {
    pub name: String,
    /// The ticket kinds and priorities it applies to.
    pub kinds: Vec<TicketKind>,
    pub priorities: Vec<Priority>,
    /// Time to the first agent action, in minutes of service hours.
    pub response_minutes: u32,
    /// Time to resolution, in minutes of service hours.
    pub resolution_minutes: u32,
    /// Name of the service hours the targets count in.
    pub hours: String,
    /// States during which the clocks do not count.
    pub pause_states: Vec<TicketState>,
    /// Share of the target (percent) after which the clock warns.
    pub warning_percent: u8,
}

/// The workspace's SLA definitions and the service hours they use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaPolicy {
    pub hours: Vec<ServiceHours>,
    /// Checked in order: the first one that applies to a ticket is its SLA.
    pub definitions: Vec<SlaDefinition>,
}

/// Why a policy cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyError {
    Hours(String, HoursError),
    DuplicateHours(String),
    NoName,
    NoKind(String),
    NoPriority(String),
    NoTarget(String),
    UnknownHours(String),
    Warning(String),
}

/// The states that pause clocks unless configured otherwise.
pub const DEFAULT_PAUSE: [TicketState; 2] = [TicketState::OnHold, TicketState::AwaitingApproval];

const HOUR: u32 = 60;

impl SlaPolicy {
    /// The usual targets (P1 15 min / 4 h and P2 30 min / 8 h round the clock; P3 4 h / 3
    /// business days and P4 1 / 5 business days in 09:00–17:00 business hours) for
    /// incidents and service requests, with business hours in `zone`.
    pub fn starting(zone: &str, round_the_clock: &str, business: &str) -> SlaPolicy {
        let day = 8 * HOUR;
        let targets = [
            (Priority::P1, 15, 4 * HOUR, round_the_clock),
            (Priority::P2, 30, 8 * HOUR, round_the_clock),
            (Priority::P3, 4 * HOUR, 3 * day, business),
            (Priority::P4, day, 5 * day, business),
        ];
        SlaPolicy {
            hours: vec![
                ServiceHours::round_the_clock(round_the_clock),
                ServiceHours::business(business, 9 * 60, 17 * 60, zone),
            ],
            definitions: targets
                .into_iter()
                .map(|(p, response, resolution, hours)| SlaDefinition {
                    name: p.code().to_owned(),
                    kinds: vec![TicketKind::Incident, TicketKind::ServiceRequest],
                    priorities: vec![p],
                    response_minutes: response,
                    resolution_minutes: resolution,
                    hours: hours.to_owned(),
                    pause_states: DEFAULT_PAUSE.to_vec(),
                    warning_percent: 75,
                })
                .collect(),
        }
    }

    /// The definition that applies to a ticket of this kind and priority, if any.
    pub fn definition_for(&self, kind: TicketKind, priority: Priority) -> Option<&SlaDefinition> {
        self.definitions
            .iter()
            .find(|d| d.kinds.contains(&kind) && d.priorities.contains(&priority))
    }

    /// The service hours of a definition (round the clock if they went missing).
    pub fn hours_of(&self, definition: &SlaDefinition) -> ServiceHours {
        self.hours
            .iter()
            .find(|h| h.name == definition.hours)
            .cloned()
            .unwrap_or_else(|| ServiceHours::round_the_clock(&definition.hours))
    }

    /// Renames the service hours at `index`, and the definitions that count in them follow,
    /// unless other service hours still carry the old name (then it stays theirs). An index
    /// out of range changes nothing.
    pub fn rename_hours(&mut self, index: usize, new_name: String) {
        let Some(old) = self.hours.get(index).map(|h| h.name.clone()) else {
            return;
        };
        let shared = self
            .hours
            .iter()
            .enumerate()
            .any(|(i, h)| i != index && h.name == old);
        if !shared {
            for d in self.definitions.iter_mut().filter(|d| d.hours == old) {
                d.hours.clone_from(&new_name);
            }
        }
        self.hours[index].name = new_name;
    }

    /// Checks every definition and service hours; the first fault is returned.
    pub fn validate(&self) -> Result<(), PolicyError> {
        for (i, h) in self.hours.iter().enumerate() {
            h.validate()
                .map_err(|e| PolicyError::Hours(h.name.clone(), e))?;
            if self.hours[..i]
                .iter()
                .any(|o| o.name.trim() == h.name.trim())
            {
                return Err(PolicyError::DuplicateHours(h.name.clone()));
            }
        }
        for d in &self.definitions {
            let name = d.name.trim().to_owned();
            if name.is_empty() {
                return Err(PolicyError::NoName);
            }
            if d.kinds.is_empty() {
                return Err(PolicyError::NoKind(name));
            }
            if d.priorities.is_empty() {
                return Err(PolicyError::NoPriority(name));
            }
            if d.response_minutes == 0 || d.resolution_minutes == 0 {
                return Err(PolicyError::NoTarget(name));
            }
            if !self.hours.iter().any(|h| h.name == d.hours) {
                return Err(PolicyError::UnknownHours(name));
            }
            if !(1..=99).contains(&d.warning_percent) {
                return Err(PolicyError::Warning(name));
            }
        }
        Ok(())
    }
}
