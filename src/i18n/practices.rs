//! Messages of the practices pages, and of what a disabled practice turns off elsewhere.

use super::catalog::catalog;
use crate::domain::itil::Creation;
use crate::domain::ticket::TicketKind;

catalog! {
    /// A message of the practices pages.
    pub enum PracticeMsg;
    PracticeOff => "This practice is disabled.", "Cette pratique est désactivée.";
    OffIncident => "New incidents cannot be logged: the “{practice}” practice is disabled.", "Impossible d'enregistrer un nouvel incident : la pratique « {practice} » est désactivée.";
    OffRequest => "New service requests cannot be logged: the “{practice}” practice is disabled.", "Impossible d'enregistrer une nouvelle demande de service : la pratique « {practice} » est désactivée.";
    OffProblem => "New problems cannot be raised: the “{practice}” practice is disabled.", "Impossible d'ouvrir un nouveau problème : la pratique « {practice} » est désactivée.";
    OffChange => "New changes cannot be raised: the “{practice}” practice is disabled.", "Impossible de créer un nouveau changement : la pratique « {practice} » est désactivée.";
    OffImprovement => "New improvements cannot be raised: the “{practice}” practice is disabled.", "Impossible de proposer une nouvelle amélioration : la pratique « {practice} » est désactivée.";
    ExistingStay => "Existing tickets stay visible and can still be worked on.", "Les tickets existants restent visibles et peuvent toujours être traités.";
    OpenPractices => "Open the practices page", "Ouvrir la page des pratiques";
    WhenDisabled => "While it is disabled:", "Tant qu'elle est désactivée :";
    ShowJourney => "Show its journey", "Voir son parcours";
    RaiseImprovement => "Raise an improvement", "Proposer une amélioration";
    KpisHeading => "Live KPIs, last 30 days", "Indicateurs en direct, 30 derniers jours";
    KpisNote => "Live KPIs, from the tickets of the last 30 days, appear on the six practices whose work is recorded as tickets. The other practices are not measured from records.", "Les indicateurs en direct, calculés sur les tickets des 30 derniers jours, figurent sur les six pratiques dont le travail est enregistré sous forme de tickets. Les autres pratiques ne sont pas mesurées à partir des enregistrements.";
    KpisReading => "Reading tickets for the KPIs: {done} of {total}", "Lecture des tickets pour les indicateurs : {done} sur {total}";
    KpisDefinitions => "Definitions on the dashboard", "Définitions sur le tableau de bord";
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(PracticeMsg::ALL);
    }

    #[test]
    fn each_creation_has_its_own_reason() {
        let reasons: std::collections::HashSet<PracticeMsg> =
            Creation::ALL.into_iter().map(PracticeMsg::off).collect();
        assert_eq!(reasons.len(), Creation::ALL.len());
    }
}
