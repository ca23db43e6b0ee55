//! Messages of the ITIL 4 pages: the live value chain and its value streams.

use super::catalog::catalog;

catalog! {
    /// A message of the ITIL 4 pages.
    pub enum ItilMsg;
    InActivity => "Tickets in this activity now: {n}", "Tickets dans cette activité maintenant\u{a0}: {n}";
    Counting => "Counting tickets: {done} of {total}…", "Décompte des tickets : {done} sur {total}…";
    LiveTitle => "Your tickets in the value chain", "Vos tickets dans la chaîne de valeur";
    LiveIntro => "Each ticket still being worked on is in one activity, from its kind and state (a new incident is in engage, an incident in progress in deliver and support, a change being assessed in plan). Open an activity to list its tickets.", "Chaque ticket en cours se trouve dans une activité, selon son type et son état (un nouvel incident est dans engager, un incident en cours dans fournir et soutenir, un changement en évaluation dans planifier). Ouvrez une activité pour lister ses tickets.";
    StreamsTitle => "Value streams", "Flux de valeur";
    StreamsIntro => "A value stream is one path through the activities for one kind of demand.", "Un flux de valeur est un chemin à travers les activités pour un type de demande.";
    PracticesSummary => "{enabled} of 34 practices enabled, mean maturity {maturity}", "{enabled} pratiques activées sur 34, maturité moyenne {maturity}";
    Configure => "Configure", "Configurer";
    Enabled => "Enabled", "Activée";
    Disabled => "Disabled", "Désactivée";
    Owner => "Owner", "Responsable";
    Maturity => "Maturity (1 to 5)", "Maturité (1 à 5)";
    Activities => "Value chain activities it contributes to", "Activités de la chaîne de valeur servies";
    Notes => "Notes", "Notes";
    SavePractice => "Save this practice", "Enregistrer cette pratique";
    PracticeSaved => "Saved.", "Enregistré.";
    ResetPractices => "Reset every practice to its defaults", "Rétablir toutes les pratiques par défaut";
    FilterCategory => "Category", "Catégorie";
    FilterAllCategories => "All categories", "Toutes les catégories";
    EnabledOnly => "Enabled practices only", "Pratiques activées seulement";
    ErrMaturity => "Choose a maturity from 1 to 5.", "Choisissez une maturité de 1 à 5.";
    ExportSvg => "Export as SVG", "Exporter en SVG";
    PrintDiagram => "Print", "Imprimer";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_itil_messages_are_complete_in_both_languages() {
        crate::i18n::catalog::check(ItilMsg::ALL);
    }
}
