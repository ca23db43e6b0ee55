//! Messages of the guided scenarios: their page and the narrative panel.

use super::catalog::catalog;

catalog! {
    /// A message of the guided scenarios.
    pub enum TourMsg;
    Nav => "Guided scenarios", "Scénarios guidés";
    Title => "Guided scenarios", "Scénarios guidés";
    NeedsDemo => "Guided scenarios perform real actions, so they run only in a demo workspace, never on a team's real data.", "Les scénarios guidés effectuent de vraies actions\u{a0}: ils ne tournent que dans un espace de démo, jamais sur les vraies données d'une équipe.";
    OpenDemo => "Open {name}", "Ouvrir {name}";
    CreateDemoThere => "Create a demo workspace in Settings", "Créer un espace de démo dans les paramètres";
    Intro => "Each scenario tells an ITIL story step by step on this demo workspace: it shows the page, highlights the part that matters and the path in the service value chain, and performs the real actions when you choose \"Do it\". Go back, restart or leave at any point.", "Chaque scénario raconte une histoire ITIL pas à pas sur cet espace de démo\u{a0}: il montre la page, met en évidence la partie utile et le chemin dans la chaîne de valeur, et effectue les vraies actions quand vous choisissez «\u{a0}Faire\u{a0}». Revenez en arrière, recommencez ou quittez à tout moment.";
    Writes => "Creates real tickets in this workspace.", "Crée de vrais tickets dans cet espace de travail.";
    ReadOnly => "Changes nothing.", "Ne modifie rien.";
    StepCount => "{n} steps", "{n} étapes";
    Start => "Start", "Commencer";
    StartNamed => "Start the scenario {title}", "Commencer le scénario {title}";
    Running => "Running now", "En cours";
    Panel => "Guided scenario: {title}", "Scénario guidé\u{a0}: {title}";
    StepOf => "Step {n} of {total}", "Étape {n} sur {total}";
    Back => "Back", "Précédent";
    Next => "Next", "Suivant";
    DoIt => "Do it", "Faire";
    Continue => "Continue", "Continuer";
    Restart => "Restart", "Recommencer";
    Leave => "Leave", "Quitter";
    Finish => "Finish", "Terminer";
    Working => "Working…", "En cours…";
    Done => "Done.", "Fait.";
    DoneWith => "Done: {number}.", "Fait\u{a0}: {number}.";
    Stream => "Value stream: {name}", "Flux de valeur\u{a0}: {name}";
    Chain => "The service value chain", "La chaîne de valeur des services";
    Activity => "Now in: {activity}", "Activité en cours\u{a0}: {activity}";
    PathLabel => "Where this step stands in the value chain", "Où se situe cette étape dans la chaîne de valeur";
    NoKnownError => "No known error about the VPN was found in this workspace, so there is no workaround to apply. Continue: the incident will be resolved another way.", "Aucune erreur connue sur le VPN n'a été trouvée dans cet espace de travail, il n'y a donc pas de contournement à appliquer. Continuez\u{a0}: l'incident sera résolu autrement.";
    FoundKnownError => "Found the known error {number}: {title}.", "Erreur connue trouvée\u{a0}: {number}, {title}.";
    NoCluster => "The reports show no recurring incidents without a problem right now. Continue: the problem will be raised without linked incidents.", "Les rapports ne montrent aucun incident récurrent sans problème pour l'instant. Continuez\u{a0}: le problème sera ouvert sans incident lié.";
    FoundCluster => "Found {n} incidents: {numbers}.", "{n} incidents trouvés\u{a0}: {numbers}.";
    NoApproval => "This catalogue item needs no approval: the request goes straight to fulfilment.", "Cet article du catalogue ne demande pas d'approbation\u{a0}: la demande passe directement au traitement.";
    Missing => "This step needs a record that an earlier step makes. Go back and do it, or restart.", "Cette étape a besoin d'un enregistrement créé par une étape précédente. Revenez la faire, ou recommencez.";
    Failed => "That did not work and nothing was changed: {error}", "Cela n'a pas fonctionné et rien n'a été modifié\u{a0}: {error}";
    ImprovementInvalid => "the improvement item was refused by the register's checks.", "l'amélioration a été refusée par les contrôles du registre.";
    TheEnd => "This is the end of the scenario.", "C'est la fin du scénario.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(TourMsg::ALL);
    }
}
