//! The words the scenarios' actions write into the workspace, in both languages.

use crate::domain::itil::{t, Text};

pub const CALLER: &str = "Camille Martin";
pub const INCIDENT_TITLE: Text = t(
    "VPN drops every few minutes when working from home",
    "Le VPN se coupe toutes les quelques minutes en télétravail",
);
pub const INCIDENT_DESCRIPTION: Text = t(
    "Called the hotline: the VPN connection drops every few minutes since this morning, so shared files and the intranet are out of reach.",
    "Appel au support\u{a0}: depuis ce matin, la connexion VPN se coupe toutes les quelques minutes, les fichiers partagés et l'intranet sont inaccessibles.",
);
pub const RESOLVED_WITH_WORKAROUND: Text = t(
    "The known error's workaround was applied; the caller can work again.",
    "Le contournement de l'erreur connue a été appliqué\u{a0}; l'utilisatrice peut de nouveau travailler.",
);
pub const RESOLVED_WITHOUT: Text = t(
    "The VPN client was reconnected to another gateway; the caller can work again.",
    "Le client VPN a été reconnecté à une autre passerelle\u{a0}; l'utilisatrice peut de nouveau travailler.",
);
pub const PROBLEM_TITLE: Text = t(
    "Recurring {category} incidents on {service}",
    "Incidents {category} récurrents sur {service}",
);
pub const PROBLEM_TITLE_NONE: Text = t(
    "Recurring incidents seen in the reports",
    "Incidents récurrents vus dans les rapports",
);
pub const PROBLEM_DESCRIPTION: Text = t(
    "Raised from the dashboard's recurring incidents: {incidents}.",
    "Ouvert depuis les incidents récurrents du tableau de bord\u{a0}: {incidents}.",
);
pub const SYMPTOM: Text = t(
    "The same incidents keep coming back on this service.",
    "Les mêmes incidents reviennent sans cesse sur ce service.",
);
pub const ROOT_CAUSE: Text = t(
    "A configuration item of the service runs out of resources at peak times.",
    "Un élément de configuration du service manque de ressources aux heures de pointe.",
);
pub const WORKAROUND: Text = t(
    "Restart the affected component outside peak hours and tell the users.",
    "Redémarrer le composant concerné hors des heures de pointe et prévenir les utilisateurs.",
);
pub const CHANGE_TITLE: Text = t(
    "Fix the root cause of {problem}",
    "Corriger la cause de {problem}",
);
pub const CHANGE_DESCRIPTION: Text = t(
    "Removes the root cause recorded in the known error {problem}.",
    "Supprime la cause consignée dans l'erreur connue {problem}.",
);
pub const IMPACT_ASSESSMENT: Text = t(
    "Short interruption of the service during the window; users are told the day before.",
    "Courte interruption du service pendant la fenêtre\u{a0}; les utilisateurs sont prévenus la veille.",
);
pub const IMPLEMENTATION_PLAN: Text = t(
    "Add capacity to the configuration item, then restart it.",
    "Ajouter de la capacité à l'élément de configuration, puis le redémarrer.",
);
pub const ROLLBACK_PLAN: Text = t(
    "Restore the previous configuration from the backup taken before.",
    "Restaurer la configuration précédente depuis la sauvegarde prise avant.",
);
pub const TEST_PLAN: Text = t(
    "Watch the service for an hour; no new incident of the category.",
    "Surveiller le service pendant une heure\u{a0}; aucun nouvel incident de la catégorie.",
);
pub const CAB_FALLBACK: Text = t("Change manager", "Responsable des changements");
pub const CAB_COMMENT: Text = t(
    "Risk understood, rollback plan ready: approved.",
    "Risque compris, plan de retour arrière prêt\u{a0}: approuvé.",
);
pub const REVIEW_NOTES: Text = t(
    "Implemented in its window with no issue; no recurrence since.",
    "Mis en œuvre dans sa fenêtre sans incident\u{a0}; aucune récurrence depuis.",
);
pub const IMPROVEMENT_BENEFIT: Text = t(
    "Recurring incidents are found within a week, not after months.",
    "Les incidents récurrents sont repérés en une semaine, et non après des mois.",
);
pub const REQUEST_TITLE: Text = t("New laptop", "Nouvel ordinateur portable");
pub const REQUEST_ANSWER: Text = t(
    "As agreed with my manager",
    "Comme convenu avec mon responsable",
);
pub const REQUEST_APPROVAL: Text = t(
    "Approved: within budget.",
    "Approuvé\u{a0}: dans le budget.",
);
