//! Scenario 1, "A user calls the hotline": an incident from the call to its closure, through
//! the "restore a service" value stream.

use super::{step, Place, Rec, Scenario, Step, TourAction as A};
use crate::domain::itil::{t, SvcActivity::*};

const INCIDENT: Place = Place::Record(Rec::Incident);

/// The hotline scenario.
pub const HOTLINE: Scenario = Scenario {
    key: "hotline",
    title: t("A user calls the hotline", "Un utilisateur appelle le support"),
    summary: t(
        "A call becomes an incident: priority, SLA clock, escalation, a workaround from a known error, resolution and closure.",
        "Un appel devient un incident\u{a0}: priorité, horloge SLA, escalade, contournement tiré d'une erreur connue, résolution et clôture.",
    ),
    stream: Some("restore-service"),
    steps: &STEPS,
};

const STEPS: [Step; 10] = [
    step(
        "call",
        t("The phone rings", "Le téléphone sonne"),
        t(
            "Camille, working from home, calls the service desk: the VPN drops every few minutes and she cannot reach her files. The service desk is her single point of contact, so the agent opens a new incident form.",
            "Camille, en télétravail, appelle le centre de services\u{a0}: le VPN se coupe toutes les quelques minutes et elle n'accède plus à ses fichiers. Le centre de services est son point de contact unique, l'agent ouvre donc un nouveau formulaire d'incident.",
        ),
        Place::NewIncident,
        "form.ticket-form",
        Some(Engage),
        Some(0),
        None,
    ),
    step(
        "log",
        t("Log the call as an incident", "Enregistrer l'appel comme incident"),
        t(
            "An incident is an unplanned interruption or reduction in the quality of a service. \"Do it\" logs it on the VPN service, channel phone, impact medium and urgency high, just as the form would: it gets its number and starts in the New state.",
            "Un incident est une interruption non planifiée ou une baisse de qualité d'un service. «\u{a0}Faire\u{a0}» l'enregistre sur le service VPN, canal téléphone, impact moyen et urgence haute, comme le ferait le formulaire\u{a0}: il reçoit son numéro et commence à l'état Nouveau.",
        ),
        INCIDENT,
        "[data-tour=\"ticket-head\"]",
        Some(Engage),
        Some(0),
        Some(A::LogIncident),
    ),
    step(
        "priority",
        t("Priority from impact × urgency", "La priorité vient de l'impact × l'urgence"),
        t(
            "Nobody types a priority. Impact (how much of the business is affected) and urgency (how soon it hurts) give it through the priority matrix in Settings, so every agent ranks work the same way.",
            "Personne ne saisit la priorité. L'impact (quelle part de l'activité est touchée) et l'urgence (à quel point c'est pressant) la donnent par la matrice de priorité des paramètres, pour que tous les agents classent le travail de la même façon.",
        ),
        INCIDENT,
        "[data-tour=\"priority\"]",
        Some(Engage),
        Some(0),
        None,
    ),
    step(
        "sla",
        t("The SLA clock starts", "L'horloge SLA démarre"),
        t(
            "From the moment it is logged, the incident's response and resolution clocks count against the targets of the service level agreement for its priority, in service hours.",
            "Dès son enregistrement, les horloges de réponse et de résolution de l'incident comptent par rapport aux objectifs de l'accord de niveau de service pour sa priorité, en heures de service.",
        ),
        INCIDENT,
        "section.clocks",
        Some(Engage),
        Some(0),
        None,
    ),
    step(
        "escalate",
        t("Escalate to second line", "Escalader au deuxième niveau"),
        t(
            "The first-line agent cannot fix the VPN gateway. A functional escalation assigns the incident to the network group; its first response stops the response clock, while the resolution clock keeps running.",
            "L'agent de premier niveau ne peut pas réparer la passerelle VPN. Une escalade fonctionnelle affecte l'incident au groupe réseau\u{a0}; sa première réponse arrête l'horloge de réponse, celle de résolution continue.",
        ),
        INCIDENT,
        "[data-tour=\"assignment\"]",
        Some(DeliverAndSupport),
        Some(1),
        Some(A::Escalate),
    ),
    step(
        "search",
        t("Look for a known error", "Chercher une erreur connue"),
        t(
            "Before investigating from scratch, the engineer searches the known errors: problems whose root cause is understood and that come with a workaround.",
            "Avant de chercher de zéro, l'ingénieur consulte les erreurs connues\u{a0}: des problèmes dont la cause est comprise et qui disposent d'un contournement.",
        ),
        INCIDENT,
        "section.known-error-search",
        Some(DeliverAndSupport),
        Some(1),
        Some(A::FindKnownError),
    ),
    step(
        "workaround",
        t("Apply the workaround", "Appliquer le contournement"),
        t(
            "Applying the known error links the incident to its problem and copies the workaround into the incident's timeline as a work note, so the next agent sees what was done.",
            "Appliquer l'erreur connue relie l'incident à son problème et copie le contournement dans l'historique de l'incident sous forme de note de travail, pour que l'agent suivant voie ce qui a été fait.",
        ),
        INCIDENT,
        "[data-tour=\"history\"]",
        Some(DeliverAndSupport),
        Some(1),
        Some(A::ApplyKnownError),
    ),
    step(
        "resolve",
        t("Resolve the incident", "Résoudre l'incident"),
        t(
            "The VPN works again for Camille. The incident is resolved with the workaround as its resolution; the resolution clock stops.",
            "Le VPN fonctionne de nouveau pour Camille. L'incident est résolu avec le contournement comme résolution\u{a0}; l'horloge de résolution s'arrête.",
        ),
        INCIDENT,
        "[data-tour=\"state\"]",
        Some(DeliverAndSupport),
        Some(4),
        Some(A::ResolveIncident),
    ),
    step(
        "close",
        t("The user confirms: close", "L'utilisateur confirme\u{a0}: clôture"),
        t(
            "Camille confirms that she can work. Only then is the incident closed: value is co-created with the user, and it is she who says the service is restored.",
            "Camille confirme qu'elle peut travailler. Alors seulement l'incident est clos\u{a0}: la valeur est co-créée avec l'utilisateur, et c'est elle qui dit que le service est rétabli.",
        ),
        INCIDENT,
        "[data-tour=\"state\"]",
        Some(Engage),
        Some(5),
        Some(A::CloseIncident),
    ),
    step(
        "improve",
        t("The cause remains: problem management", "La cause demeure\u{a0}: gestion des problèmes"),
        t(
            "A workaround restores the service but does not remove the cause. The known error stays open in problem management until a change fixes it for good: that is the improve activity of the chain.",
            "Un contournement rétablit le service sans supprimer la cause. L'erreur connue reste ouverte en gestion des problèmes jusqu'à ce qu'un changement la corrige définitivement\u{a0}: c'est l'activité «\u{a0}améliorer\u{a0}» de la chaîne.",
        ),
        Place::Record(Rec::KnownError),
        ".record",
        Some(Improve),
        Some(6),
        None,
    ),
];
