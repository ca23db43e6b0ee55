//! What a disabled practice turns off in the rest of the app: the rule, kept here so that
//! components only ask it.
//!
//! | what is created                      | needs the practice         |
//! |--------------------------------------|----------------------------|
//! | an incident                          | incident management        |
//! | a service request                    | service request management |
//! | a problem (also raised from an incident) | problem management     |
//! | a change (also raised from a problem)    | change enablement      |
//! | an improvement (from a problem)      | continual improvement      |
//!
//! Only creation is turned off: existing records stay visible and can still be worked on,
//! so that disabling a practice never strands work in progress.

use super::{practice, Practice, PracticeSettings};
use crate::domain::ticket::TicketKind;

/// Something new a user can create, which belongs to one practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Creation {
    /// A ticket of this kind, from a form or raised from another ticket.
    Ticket(TicketKind),
    /// An item of the improvement register.
    Improvement,
}

impl Creation {
    /// Every kind of creation a practice can turn off.
    pub const ALL: [Creation; 5] = [
        Creation::Ticket(TicketKind::Incident),
        Creation::Ticket(TicketKind::ServiceRequest),
        Creation::Ticket(TicketKind::Problem),
        Creation::Ticket(TicketKind::Change),
        Creation::Improvement,
    ];

    /// The key of the practice this creation belongs to.
    pub fn practice_key(self) -> &'static str {
        match self {
            Creation::Ticket(TicketKind::Incident) => "incident-management",
            Creation::Ticket(TicketKind::ServiceRequest) => "service-request-management",
            Creation::Ticket(TicketKind::Problem) => "problem-management",
            Creation::Ticket(TicketKind::Change) => "change-enablement",
            Creation::Improvement => "continual-improvement",
        }
    }
}

/// Which practices a workspace has disabled, the part of its settings the rest of the app
/// needs; cheap to copy into a signal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PracticeSwitches {
    disabled: Vec<&'static str>,
}

impl PracticeSwitches {
    /// Every practice enabled, as in a new workspace.
    pub fn all_enabled() -> PracticeSwitches {
        PracticeSwitches::default()
    }

    /// The switches of these settings; settings of unknown practices are ignored.
    pub fn from_settings(all: &[PracticeSettings]) -> PracticeSwitches {
        PracticeSwitches {
            disabled: all
                .iter()
                .filter(|s| !s.enabled)
                .filter_map(|s| practice(&s.key).map(|p| p.key))
                .collect(),
        }
    }

    /// Whether the practice with this key is enabled (unknown keys count as enabled).
    pub fn is_enabled(&self, key: &str) -> bool {
        !self.disabled.contains(&key)
    }

    /// The disabled practice that stops this creation, if any: the reason to show.
    pub fn blocked_by(&self, what: Creation) -> Option<&'static Practice> {
        let key = what.practice_key();
        if self.is_enabled(key) {
            None
        } else {
            practice(key)
        }
    }

    /// Whether this creation is offered.
    pub fn allows(&self, what: Creation) -> bool {
        self.blocked_by(what).is_none()
    }
}

/// What disabling the practice with this key turns off, for its own card.
pub fn creations_of(key: &str) -> impl Iterator<Item = Creation> + '_ {
    Creation::ALL
        .into_iter()
        .filter(move |c| c.practice_key() == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::itil::all_practice_settings;

    fn with_disabled(keys: &[&str]) -> PracticeSwitches {
        let mut all = all_practice_settings(Vec::new());
        for s in &mut all {
            s.enabled = !keys.contains(&s.key.as_str());
        }
        PracticeSwitches::from_settings(&all)
    }

    #[test]
    fn a_new_workspace_allows_every_creation() {
        let all = all_practice_settings(Vec::new());
        for switches in [
            PracticeSwitches::all_enabled(),
            PracticeSwitches::from_settings(&all),
        ] {
            for what in Creation::ALL {
                assert!(switches.allows(what), "{what:?}");
            }
        }
    }

    #[test]
    fn disabling_change_enablement_stops_only_new_changes_and_names_it() {
        let switches = with_disabled(&["change-enablement"]);
        let blocker = switches.blocked_by(Creation::Ticket(TicketKind::Change));
        assert_eq!(blocker.map(|p| p.key), Some("change-enablement"));
        assert_eq!(
            blocker.map(|p| p.name.en),
            Some("Change enablement"),
            "the reason names the practice"
        );
        for kind in [
            TicketKind::Incident,
            TicketKind::ServiceRequest,
            TicketKind::Problem,
        ] {
            assert!(switches.allows(Creation::Ticket(kind)), "{kind:?}");
        }
        assert!(switches.allows(Creation::Improvement));
    }

    #[test]
    fn each_kind_of_ticket_and_improvements_follow_their_own_practice() {
        let cases = [
            (
                "incident-management",
                Creation::Ticket(TicketKind::Incident),
            ),
            (
                "service-request-management",
                Creation::Ticket(TicketKind::ServiceRequest),
            ),
            ("problem-management", Creation::Ticket(TicketKind::Problem)),
            ("change-enablement", Creation::Ticket(TicketKind::Change)),
            ("continual-improvement", Creation::Improvement),
        ];
        for (key, what) in cases {
            assert!(practice(key).is_some(), "{key} is a real practice");
            let switches = with_disabled(&[key]);
            let blocked: Vec<Creation> = Creation::ALL
                .into_iter()
                .filter(|c| !switches.allows(*c))
                .collect();
            assert_eq!(blocked, [what], "disabling {key}");
            assert_eq!(creations_of(key).collect::<Vec<_>>(), [what]);
        }
    }

    #[test]
    fn other_practices_turn_nothing_off() {
        let switches = with_disabled(&["service-desk", "risk-management", "astrology"]);
        assert!(Creation::ALL.into_iter().all(|c| switches.allows(c)));
        assert!(!switches.is_enabled("service-desk"));
        assert_eq!(creations_of("service-desk").count(), 0);
    }
}
