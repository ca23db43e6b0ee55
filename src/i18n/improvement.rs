//! Messages of the improvement pages.

use super::catalog::catalog;
use super::{fill, Lang};
use crate::domain::improvement::{ImprovementField, ImprovementStatus};

catalog! {
    /// A message of the improvement pages.
    pub enum ImprovementMsg;
    Title => "Continual improvement", "Amélioration continue";
    Intro => "Improvement is a habit, not a one-off project. The model walks an idea from the vision to keeping the gains; the register keeps every idea, who owns it and where it stands.", "L'amélioration est une habitude, pas un projet ponctuel. Le modèle mène une idée de la vision jusqu'au maintien des acquis\u{a0}; le registre garde chaque idée, son responsable et son avancement.";
    ModelTitle => "The continual improvement model", "Le modèle d'amélioration continue";
    ModelHelp => "Select a step (click, or Enter on the keyboard) to read what it asks and show the register's items at that step.", "Choisissez une étape (clic, ou Entrée au clavier) pour lire ce qu'elle demande et afficher les éléments du registre à cette étape.";
    DiagramTitle => "The seven steps of continual improvement, as a cycle", "Les sept étapes de l'amélioration continue, en cycle";
    DiagramDesc => "Seven steps in a loop: from the vision, through measuring, setting a target, planning, acting and checking, to keeping the momentum, and back to the vision.", "Sept étapes en boucle\u{a0}: de la vision, en passant par la mesure, la cible, le plan, l'action et la vérification, jusqu'au maintien de la dynamique, puis retour à la vision.";
    StepOf => "Step {n} of 7", "Étape {n} sur 7";
    StepLabel => "Step {n} of 7: {name} ({items})", "Étape {n} sur 7\u{a0}: {name} ({items})";
    PanelNoneTitle => "Seven steps, one loop", "Sept étapes, une boucle";
    PanelNone => "No step is selected: the register shows every step.", "Aucune étape n'est choisie\u{a0}: le registre montre toutes les étapes.";
    PanelCount => "In the register at this step: {items}.", "Dans le registre à cette étape\u{a0}: {items}.";
    ShowAllSteps => "Show every step", "Afficher toutes les étapes";
    ItemOne => "{n} item", "{n} élément";
    ItemMany => "{n} items", "{n} éléments";
    RegisterTitle => "Improvement register", "Registre des améliorations";
    RegisterShown => "Shown: {items}.", "Affichés\u{a0}: {items}.";
    NewImprovement => "New improvement", "Nouvelle amélioration";
    FilterStatus => "Status", "Statut";
    FilterStep => "Step", "Étape";
    AllStatuses => "All statuses", "Tous les statuts";
    OpenOnly => "Open (not done or rejected)", "Ouvertes (ni terminées ni rejetées)";
    AllSteps => "All steps", "Toutes les étapes";
    ColNumber => "Number", "Numéro";
    ColTitle => "Title", "Titre";
    ColPractices => "Practices", "Pratiques";
    ColStep => "Step", "Étape";
    ColStatus => "Status", "Statut";
    ColOwner => "Owner", "Responsable";
    ColOrigin => "Origin", "Origine";
    Edit => "Edit", "Modifier";
    EditItem => "Edit {number}", "Modifier {number}";
    Empty => "No improvement item matches these filters.", "Aucun élément d'amélioration ne correspond à ces filtres.";
    OriginNone => "Raised directly", "Saisie directe";
    OriginProblem => "Problem", "Problème";
    OriginFinding => "Report finding", "Constat de rapport";
    StatusProposed => "Proposed", "Proposée";
    StatusApproved => "Approved", "Approuvée";
    StatusInProgress => "In progress", "En cours";
    StatusDone => "Done", "Terminée";
    StatusRejected => "Rejected", "Rejetée";
    FieldTitle => "Title", "Titre";
    FieldPractices => "Practices concerned", "Pratiques concernées";
    PracticesHelp => "Tick at least one.", "Cochez-en au moins une.";
    FieldStep => "Step of the model", "Étape du modèle";
    FieldStatus => "Status", "Statut";
    FieldBenefit => "Expected benefit", "Bénéfice attendu";
    FieldOwner => "Owner", "Responsable";
    FieldOrigin => "Raised from", "Issue de";
    Create => "Add to the register", "Ajouter au registre";
    Save => "Save changes", "Enregistrer les modifications";
    Cancel => "Cancel", "Annuler";
    Saved => "Saved.", "Enregistré.";
    FormErrors => "Some fields need attention; nothing was saved.", "Certains champs sont à corriger\u{a0}; rien n'a été enregistré.";
    Conflict => "This item was changed elsewhere (in another tab?) since you opened it. Your text is still in the form: copy what you need, reload, and apply it again.", "Cet élément a été modifié ailleurs (dans un autre onglet\u{a0}?) depuis son ouverture. Votre texte est toujours dans le formulaire\u{a0}: copiez ce qu'il vous faut, rechargez, puis appliquez-le de nouveau.";
    Gone => "This item no longer exists.", "Cet élément n'existe plus.";
    SaveFailed => "Not saved, your text is still in the form: {detail}", "Non enregistré, votre texte est toujours dans le formulaire\u{a0}: {detail}";
    ProblemNotFound => "Problem {number} was not found: the form starts blank.", "Le problème {number} est introuvable\u{a0}: le formulaire part de zéro.";
    BackToRegister => "Back to the register", "Retour au registre";
    BenefitFromFinding => "Fewer repeat incidents of this kind, and less time lost handling them.", "Moins d'incidents répétés de ce type, et moins de temps perdu à les traiter.";
    RaiseImprovement => "Raise an improvement", "Proposer une amélioration";
    FindingRecurring => "Category {category} recurs: {count} in the period", "La catégorie {category} se répète\u{a0}: {count} sur la période";
}

/// "1 item", "3 items" in `lang` (French counts 0 and 1 in the singular).
pub fn items_text(n: usize, lang: Lang) -> String {
    let singular = n == 1 || (n == 0 && lang == Lang::Fr);
    let msg = if singular {
        ImprovementMsg::ItemOne
    } else {
        ImprovementMsg::ItemMany
    };
    fill(msg.text(lang), &[("n", &n.to_string())])
}

/// The name of a status.
pub fn status_msg(status: ImprovementStatus) -> ImprovementMsg {
    match status {
        ImprovementStatus::Proposed => ImprovementMsg::StatusProposed,
        ImprovementStatus::Approved => ImprovementMsg::StatusApproved,
        ImprovementStatus::InProgress => ImprovementMsg::StatusInProgress,
        ImprovementStatus::Done => ImprovementMsg::StatusDone,
        ImprovementStatus::Rejected => ImprovementMsg::StatusRejected,
    }
}

/// The label of a form field.
pub fn field_msg(field: ImprovementField) -> ImprovementMsg {
    match field {
        ImprovementField::Title => ImprovementMsg::FieldTitle,
        ImprovementField::Practices => ImprovementMsg::FieldPractices,
        ImprovementField::Step => ImprovementMsg::FieldStep,
        ImprovementField::Status => ImprovementMsg::FieldStatus,
        ImprovementField::Benefit => ImprovementMsg::FieldBenefit,
        ImprovementField::Owner => ImprovementMsg::FieldOwner,
        ImprovementField::Origin => ImprovementMsg::FieldOrigin,
    }
}

/// The text of a report finding about a recurring incident category, as an improvement
/// raised from it keeps it; `count` is already in words ("3 incidents").
pub fn recurring_finding(category: &str, count: &str, lang: Lang) -> String {
    fill(
        ImprovementMsg::FindingRecurring.text(lang),
        &[("category", category), ("count", count)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(ImprovementMsg::ALL);
    }

    #[test]
    fn counts_and_findings_read_naturally() {
        assert_eq!(items_text(1, Lang::En), "1 item");
        assert_eq!(items_text(0, Lang::En), "0 items");
        assert_eq!(items_text(3, Lang::Fr), "3 éléments");
        assert_eq!(items_text(0, Lang::Fr), "0 élément");
        assert_eq!(items_text(1, Lang::Fr), "1 élément");
        assert_eq!(
            recurring_finding("Network", "3 incidents", Lang::En),
            "Category Network recurs: 3 incidents in the period"
        );
        let names: std::collections::HashSet<_> = ImprovementStatus::ALL
            .into_iter()
            .map(|s| status_msg(s).text(Lang::Fr))
            .collect();
        assert_eq!(names.len(), 5);
    }
}
