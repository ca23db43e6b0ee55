//! Messages of the practices pages, and of what a disabled practice turns off elsewhere.

use super::catalog::catalog;
use crate::domain::itil::Creation;
use crate::domain::ticket::TicketKind;

catalog! {
    /// A message of the practices pages.
    pub enum PracticeMsg;
    PracticeOff => "This practice is disabled.", "Cette pratique est désactivée.";
    OffIncident => "New incidents cannot be logged: the “{practice}” practice is disabled.", "Impossible d'enregistrer un nouvel incident : la pratique « {practice} » est désactivée.";
    OffRequest => "New service requests cannot be logged: the “{practice}” practice is disabled.", "Impossible d'enregistrer une nouvelle demande de service : la pratique « {practice} » est désactivée.";
    OffProblem => "New problems cannot be raised: the “{practice}” practice is disabled.", "Impossible d'ouvrir un nouveau problème : la pratique « {practice} » est désactivée.";
    OffChange => "New changes cannot be raised: the “{practice}” practice is disabled.", "Impossible de créer un nouveau changement : la pratique « {practice} » est désactivée.";
    OffImprovement => "New improvements cannot be raised: the “{practice}” practice is disabled.", "Impossible de proposer une nouvelle amélioration : la pratique « {practice} » est désactivée.";
    ExistingStay => "Existing tickets stay visible and can still be worked on.", "Les tickets existants restent visibles et peuvent toujours être traités.";
    OpenPractices => "Open the practices page", "Ouvrir la page des pratiques";
    EffectIncident => "While it is disabled, no new incident can be logged; existing incidents can still be worked on.", "Tant qu'elle est désactivée, aucun nouvel incident ne peut être enregistré ; les incidents existants restent traitables.";
    EffectRequest => "While it is disabled, no new service request can be logged; existing requests can still be worked on.", "Tant qu'elle est désactivée, aucune nouvelle demande de service ne peut être enregistrée ; les demandes existantes restent traitables.";
    EffectProblem => "While it is disabled, no new problem can be raised; existing problems can still be worked on.", "Tant qu'elle est désactivée, aucun nouveau problème ne peut être ouvert ; les problèmes existants restent traitables.";
    EffectChange => "While it is disabled, no new change can be raised; existing changes can still be worked on.", "Tant qu'elle est désactivée, aucun nouveau changement ne peut être créé ; les changements existants restent traitables.";
    EffectImprovement => "While it is disabled, no improvement can be raised from a problem.", "Tant qu'elle est désactivée, aucune amélioration ne peut être proposée à partir d'un problème.";
    ValueChain => "Value chain:", "Chaîne de valeur :";
    ShowJourney => "Show its journey", "Voir son parcours";
    RaiseImprovement => "Raise an improvement", "Proposer une amélioration";
    KpisHeading => "Live KPIs, last 30 days", "Indicateurs en direct, 30 derniers jours";
    KpisNote => "Live KPIs, from the tickets of the last 30 days, appear on the six practices whose work is recorded as tickets. The other practices are not measured from records.", "Les indicateurs en direct, calculés sur les tickets des 30 derniers jours, figurent sur les six pratiques dont le travail est enregistré sous forme de tickets. Les autres pratiques ne sont pas mesurées à partir des enregistrements.";
    KpisReading => "Reading tickets for the KPIs: {done} of {total}", "Lecture des tickets pour les indicateurs : {done} sur {total}";
}

impl PracticeMsg {
    /// Why `what` is not offered, with a `{practice}` placeholder for the practice's name.
    pub fn off(what: Creation) -> PracticeMsg {
        match what {
            Creation::Ticket(TicketKind::Incident) => PracticeMsg::OffIncident,
            Creation::Ticket(TicketKind::ServiceRequest) => PracticeMsg::OffRequest,
            Creation::Ticket(TicketKind::Problem) => PracticeMsg::OffProblem,
            Creation::Ticket(TicketKind::Change) => PracticeMsg::OffChange,
            Creation::Improvement => PracticeMsg::OffImprovement,
        }
    }
}

impl PracticeMsg {
    /// What disabling a practice does to `what`, for the practice's own card.
    pub fn effect(what: Creation) -> PracticeMsg {
        match what {
            Creation::Ticket(TicketKind::Incident) => PracticeMsg::EffectIncident,
            Creation::Ticket(TicketKind::ServiceRequest) => PracticeMsg::EffectRequest,
            Creation::Ticket(TicketKind::Problem) => PracticeMsg::EffectProblem,
            Creation::Ticket(TicketKind::Change) => PracticeMsg::EffectChange,
            Creation::Improvement => PracticeMsg::EffectImprovement,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(PracticeMsg::ALL);
    }

    #[test]
    fn each_creation_has_its_own_reason() {
        let reasons: std::collections::HashSet<PracticeMsg> = Creation::ALL
            .into_iter()
            .flat_map(|c| [PracticeMsg::off(c), PracticeMsg::effect(c)])
            .collect();
        assert_eq!(reasons.len(), 2 * Creation::ALL.len());
    }
}
