//! Messages of the interactive ITIL diagrams: the value system, the value chain with its
//! value streams, and a ticket's journey.

use super::catalog::catalog;

catalog! {
    /// A message of the interactive diagrams.
    pub enum DiagramMsg;
    SvcDiagramTitle => "The service value chain, with the tickets in each activity now", "La chaîne de valeur des services, avec les tickets dans chaque activité maintenant";
    OpenInActivity => "{n} open", "{n} en cours";
    ActivityLink => "{activity}: {n} tickets now. Open the list.", "{activity} : {n} tickets maintenant. Ouvrir la liste.";
    ChooseStream => "Show a value stream", "Afficher un flux de valeur";
    NoStream => "None", "Aucun";
    StepOf => "Step {n} of {total}", "Étape {n} sur {total}";
    Previous => "Previous step", "Étape précédente";
    Next => "Next step", "Étape suivante";
    PlayAll => "Play from the start", "Lire depuis le début";
    Pause => "Pause", "Pause";
    StepMarker => "Step {n}: {activity}", "Étape {n} : {activity}";
    Journey => "Journey of {number}", "Parcours de {number}";
    JourneyIntro => "Each state change of the ticket, in order, placed in the value chain activity it belongs to.", "Chaque changement d'état du ticket, dans l'ordre, placé dans l'activité de la chaîne de valeur correspondante.";
    JourneyDiagramTitle => "The path of {number} through the service value chain", "Le chemin de {number} dans la chaîne de valeur des services";
    Replay => "Replay the journey", "Rejouer le parcours";
    OutOfChain => "Left the value chain", "Sorti de la chaîne de valeur";
    StopLine => "{when} — {state}, by {actor}", "{when} — {state}, par {actor}";
    BackToTicket => "Back to {number}", "Retour à {number}";
    ShowJourney => "Show its journey", "Afficher son parcours";
    TicketMissing => "There is no ticket {number} in this workspace.", "Il n'y a pas de ticket {number} dans cet espace de travail.";
    SvsDiagramTitle => "The service value system, its four dimensions and the external factors", "Le système de valeur des services, ses quatre dimensions et les facteurs externes";
    SvsHint => "Select a part of the diagram to read about it and see your live figures.", "Sélectionnez une partie du diagramme pour la découvrir et voir vos chiffres en direct.";
    Dimension => "Dimension", "Dimension";
    ExternalFactor => "External factor", "Facteur externe";
    Component => "Component", "Composant";
    LiveFacts => "In your workspace now", "Dans votre espace de travail maintenant";
    PracticesFact => "{enabled} of 34 practices enabled, mean maturity {maturity}.", "{enabled} pratiques activées sur 34, maturité moyenne {maturity}.";
    ImprovementsFact => "Open improvement items: {n}.", "Améliorations en cours dans le registre\u{a0}: {n}.";
    ChainFact => "Open tickets across the value chain: {n}.", "Tickets en cours dans la chaîne de valeur\u{a0}: {n}.";
    GovernanceFact => "{n} service level definitions in the SLA policy.", "{n} définitions de niveau de service dans la politique de SLA.";
    OpenPage => "Open this page", "Ouvrir cette page";
    Close => "Close", "Fermer";
    ReadingData => "Reading your data…", "Lecture de vos données…";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(DiagramMsg::ALL);
    }
}
