//! Where tickets stand in the service value chain, and the example value streams.
//!
//! The mapping says which SVC activity a ticket is "in" given its kind and state, for the
//! live overlay of the value chain diagram and its drill-down:
//!
//! | kind            | state                                   | activity               |
//! |-----------------|-----------------------------------------|------------------------|
//! | incident        | new, resolved (awaiting confirmation)   | engage                 |
//! | incident        | in progress, on hold                    | deliver and support    |
//! | service request | new, awaiting approval, fulfilled       | engage                 |
//! | service request | approved, in fulfilment                 | deliver and support    |
//! | problem         | new, assessed, root cause, known error, resolved | improve       |
//! | change          | new                                     | engage                 |
//! | change          | assess                                  | plan                   |
//! | change          | authorize, scheduled                    | design and transition  |
//! | change          | implement                               | obtain/build           |
//! | change          | review                                  | improve                |
//!
//! Closed, cancelled and rejected tickets are in no activity.

use super::{t, SvcActivity, Text};
use crate::domain::ticket::{TicketKind, TicketState};

/// The SVC activity a ticket of this kind is in while in this state.
pub fn activity_of(kind: TicketKind, state: TicketState) -> Option<SvcActivity> {
    use SvcActivity::*;
    use TicketKind as K;
    use TicketState as S;
    Some(match (kind, state) {
        (_, S::Closed | S::Cancelled | S::Rejected) => return None,
        (K::Incident, S::New | S::Resolved) => Engage,
        (K::Incident, _) => DeliverAndSupport,
        (K::ServiceRequest, S::New | S::AwaitingApproval | S::Fulfilled) => Engage,
        (K::ServiceRequest, _) => DeliverAndSupport,
        (K::Problem, _) => Improve,
        (K::Change, S::New) => Engage,
        (K::Change, S::Assess) => Plan,
        (K::Change, S::Authorize | S::Scheduled) => DesignAndTransition,
        (K::Change, S::Implement) => ObtainBuild,
        (K::Change, _) => Improve,
    })
}

/// One step of a value stream: an activity and what happens there.
#[derive(Clone, Copy, Debug)]
pub struct StreamStep {
    pub activity: SvcActivity,
    pub what: Text,
}

/// A value stream: a path through the value chain for one kind of demand.
#[derive(Clone, Copy, Debug)]
pub struct ValueStream {
    /// Stable identifier, such as `restore-service`.
    pub key: &'static str,
    pub name: Text,
    pub steps: &'static [StreamStep],
}

const fn step(activity: SvcActivity, en: &'static str, fr: &'static str) -> StreamStep {
    StreamStep {
        activity,
        what: t(en, fr),
    }
}

use SvcActivity::{DeliverAndSupport, DesignAndTransition, Engage, Improve, ObtainBuild, Plan};

/// The four example value streams of the reference.
pub const VALUE_STREAMS: [ValueStream; 4] = [
    ValueStream {
        key: "restore-service",
        name: t("Restore a service after an incident", "Rétablir un service après un incident"),
        steps: &[
            step(Engage, "The user's call is registered as an incident.", "L'appel de l'utilisateur est enregistré comme incident."),
            step(DeliverAndSupport, "The desk investigates and tries a known fix; if it works, the stream ends here.", "Le centre de services analyse et tente une solution connue ; si elle fonctionne, le flux s'arrête ici."),
            step(ObtainBuild, "Specialists build a fix.", "Des spécialistes construisent un correctif."),
            step(DesignAndTransition, "The fix is deployed.", "Le correctif est déployé."),
            step(DeliverAndSupport, "The service is verified as restored.", "Le rétablissement du service est vérifié."),
            step(Engage, "The user confirms and gives feedback.", "L'utilisateur confirme et donne son avis."),
            step(Improve, "Improvements are found; a problem is raised if the cause remains.", "Des améliorations sont identifiées ; un problème est ouvert si la cause demeure."),
        ],
    },
    ValueStream {
        key: "fulfil-request",
        name: t("Fulfil a standard service request", "Traiter une demande de service standard"),
        steps: &[
            step(Engage, "The request is received from the catalogue.", "La demande est reçue depuis le catalogue."),
            step(DeliverAndSupport, "It is approved if needed, then fulfilled.", "Elle est approuvée si besoin, puis traitée."),
            step(Engage, "The requester is told and confirms.", "Le demandeur est informé et confirme."),
        ],
    },
    ValueStream {
        key: "implement-change",
        name: t("Implement a change", "Mettre en œuvre un changement"),
        steps: &[
            step(Plan, "The change is requested, assessed and planned.", "Le changement est demandé, évalué et planifié."),
            step(DesignAndTransition, "It is authorized and its deployment designed.", "Il est autorisé et son déploiement conçu."),
            step(ObtainBuild, "What it needs is built or bought.", "Ce dont il a besoin est construit ou acheté."),
            step(DesignAndTransition, "It is deployed in its window.", "Il est déployé dans sa fenêtre."),
            step(DeliverAndSupport, "The changed service runs and is supported.", "Le service modifié fonctionne et est soutenu."),
        ],
    },
    ValueStream {
        key: "new-service",
        name: t("Create a new service", "Créer un nouveau service"),
        steps: &[
            step(Plan, "The opportunity is weighed and the service planned.", "L'opportunité est évaluée et le service planifié."),
            step(DesignAndTransition, "The service is designed.", "Le service est conçu."),
            step(ObtainBuild, "Its components are obtained or built.", "Ses composants sont obtenus ou construits."),
            step(DesignAndTransition, "It is transitioned into operation.", "Il passe en exploitation."),
            step(DeliverAndSupport, "It is delivered to users and supported.", "Il est fourni aux utilisateurs et soutenu."),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifecycle::states;

    #[test]
    fn every_open_state_of_every_kind_is_in_one_activity_and_finished_work_in_none() {
        for kind in TicketKind::ALL {
            for state in states(kind) {
                let activity = activity_of(kind, *state);
                assert_eq!(activity.is_none(), state.is_final(), "{kind:?} {state:?}");
            }
        }
    }

    #[test]
    fn the_mapping_follows_the_documented_examples() {
        use SvcActivity::*;
        use TicketState as S;
        assert_eq!(activity_of(TicketKind::Incident, S::New), Some(Engage));
        assert_eq!(
            activity_of(TicketKind::Incident, S::InProgress),
            Some(DeliverAndSupport)
        );
        assert_eq!(activity_of(TicketKind::Change, S::Assess), Some(Plan));
        assert_eq!(
            activity_of(TicketKind::Change, S::Authorize),
            Some(DesignAndTransition)
        );
        assert_eq!(
            activity_of(TicketKind::Change, S::Implement),
            Some(ObtainBuild)
        );
        assert_eq!(
            activity_of(TicketKind::Problem, S::KnownError),
            Some(Improve)
        );
        assert_eq!(activity_of(TicketKind::ServiceRequest, S::Rejected), None);
    }

    #[test]
    fn the_four_reference_value_streams_follow_their_paths() {
        use SvcActivity::*;
        let path = |key: &str| -> Vec<SvcActivity> {
            let stream = VALUE_STREAMS.iter().find(|s| s.key == key).expect(key);
            stream.steps.iter().map(|s| s.activity).collect()
        };
        assert_eq!(
            path("restore-service"),
            [
                Engage,
                DeliverAndSupport,
                ObtainBuild,
                DesignAndTransition,
                DeliverAndSupport,
                Engage,
                Improve
            ]
        );
        assert_eq!(path("fulfil-request"), [Engage, DeliverAndSupport, Engage]);
        assert_eq!(
            path("implement-change"),
            [
                Plan,
                DesignAndTransition,
                ObtainBuild,
                DesignAndTransition,
                DeliverAndSupport
            ]
        );
        assert_eq!(
            path("new-service"),
            [
                Plan,
                DesignAndTransition,
                ObtainBuild,
                DesignAndTransition,
                DeliverAndSupport
            ]
        );
        for stream in VALUE_STREAMS {
            for step in stream.steps {
                assert_ne!(step.what.en, step.what.fr, "{}: translated", stream.key);
            }
        }
    }
}
