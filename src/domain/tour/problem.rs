//! Scenario 2, "From recurring incidents to a change": problem management finds the cause,
//! change enablement removes it, and continual improvement keeps the lesson.

use super::{step, Place, Rec, Scenario, Step, TourAction as A};
use crate::domain::itil::{t, SvcActivity::*};

const PROBLEM_PAGE: Place = Place::Record(Rec::Problem);
const CHANGE: Place = Place::Record(Rec::Change);
const STATE: &str = "[data-tour=\"state\"]";
const RECORDS: &str = ".record";

/// The problem-to-change scenario.
pub const PROBLEM: Scenario = Scenario {
    key: "problem-to-change",
    title: t("Recurring incidents to problem to change", "Des incidents récurrents au problème puis au changement"),
    summary: t(
        "The reports show recurring incidents; a problem finds their root cause and records a known error; a normal change authorized by the CAB removes it; an improvement item keeps the lesson.",
        "Les rapports montrent des incidents récurrents\u{a0}; un problème trouve leur cause et consigne une erreur connue\u{a0}; un changement normal autorisé par le CAB la supprime\u{a0}; une amélioration garde la leçon.",
    ),
    stream: Some("implement-change"),
    steps: &STEPS,
};

const STEPS: [Step; 14] = [
    step(
        "finding",
        t("Recurring incidents in the reports", "Des incidents récurrents dans les rapports"),
        t(
            "The dashboard lists the incident categories that keep coming back. \"Do it\" looks for the largest recent cluster of incidents of one category on one service that no problem covers yet.",
            "Le tableau de bord liste les catégories d'incidents qui reviennent sans cesse. «\u{a0}Faire\u{a0}» cherche le plus grand groupe récent d'incidents d'une même catégorie sur un même service qu'aucun problème ne couvre encore.",
        ),
        Place::Dashboard,
        "[data-tour=\"recurring\"]",
        Some(Improve),
        None,
        Some(A::FindRecurring),
    ),
    step(
        "raise-problem",
        t("Raise a problem", "Ouvrir un problème"),
        t(
            "A problem is the cause, or potential cause, of one or more incidents. It is raised from the cluster and linked to each of its incidents, so that their history tells the same story.",
            "Un problème est la cause, réelle ou potentielle, d'un ou plusieurs incidents. Il est ouvert à partir du groupe et relié à chacun de ses incidents, pour que leur historique raconte la même histoire.",
        ),
        PROBLEM_PAGE,
        "section.links",
        Some(Improve),
        None,
        Some(A::RaiseProblem),
    ),
    step(
        "assess",
        t("Assess the problem", "Évaluer le problème"),
        t(
            "Problem control starts with an assessment: how many users are affected, how often, and whether analysis is worth the effort.",
            "Le contrôle des problèmes commence par une évaluation\u{a0}: combien d'utilisateurs sont touchés, à quelle fréquence, et si l'analyse en vaut la peine.",
        ),
        PROBLEM_PAGE,
        STATE,
        Some(Improve),
        None,
        Some(A::AssessProblem),
    ),
    step(
        "root-cause",
        t("Analyse the root cause", "Analyser la cause racine"),
        t(
            "The engineers look beyond the symptoms, with the incidents' timelines as evidence, until they find why the incidents happen.",
            "Les ingénieurs regardent au-delà des symptômes, avec l'historique des incidents comme preuves, jusqu'à trouver pourquoi les incidents se produisent.",
        ),
        PROBLEM_PAGE,
        STATE,
        Some(Improve),
        None,
        Some(A::AnalyseRootCause),
    ),
    step(
        "known-error",
        t("Record a known error", "Consigner une erreur connue"),
        t(
            "The root cause is understood and a workaround exists: the problem becomes a known error. From now on, the service desk finds it when a new incident of the same kind comes in.",
            "La cause est comprise et un contournement existe\u{a0}: le problème devient une erreur connue. Désormais, le centre de services la trouve quand un nouvel incident du même genre arrive.",
        ),
        PROBLEM_PAGE,
        RECORDS,
        Some(Improve),
        None,
        Some(A::RecordKnownError),
    ),
    step(
        "raise-change",
        t("Raise a normal change", "Demander un changement normal"),
        t(
            "Removing the cause means changing the service. A normal change is raised from the problem, with its plans, its risk and the members of its change advisory board (CAB).",
            "Supprimer la cause impose de modifier le service. Un changement normal est demandé à partir du problème, avec ses plans, son risque et les membres de son comité consultatif des changements (CAB).",
        ),
        CHANGE,
        "[data-tour=\"ticket-head\"]",
        Some(Plan),
        Some(0),
        Some(A::RaiseChange),
    ),
    step(
        "assess-change",
        t("Assess the change", "Évaluer le changement"),
        t(
            "Change enablement assesses what the change touches and what could go wrong, to balance the risk against the benefit.",
            "L'habilitation des changements évalue ce que touche le changement et ce qui pourrait mal tourner, pour mettre en balance le risque et le bénéfice.",
        ),
        CHANGE,
        STATE,
        Some(Plan),
        Some(0),
        Some(A::AssessChange),
    ),
    step(
        "to-cab",
        t("Submit it to the CAB", "Le soumettre au CAB"),
        t(
            "The assessment is done: the change goes to its change authority. For a normal change, that is the CAB named on the change.",
            "L'évaluation est faite\u{a0}: le changement part vers son autorité de changement. Pour un changement normal, c'est le CAB désigné sur le changement.",
        ),
        CHANGE,
        STATE,
        Some(DesignAndTransition),
        Some(1),
        Some(A::RequestAuthorization),
    ),
    step(
        "authorize",
        t("The CAB authorizes", "Le CAB autorise"),
        t(
            "Each CAB member records a decision. Only when every member has approved is the change authorized; one refusal would cancel it.",
            "Chaque membre du CAB enregistre sa décision. Le changement n'est autorisé que lorsque tous ont approuvé\u{a0}; un seul refus l'annulerait.",
        ),
        CHANGE,
        RECORDS,
        Some(DesignAndTransition),
        Some(1),
        Some(A::CabAuthorize),
    ),
    step(
        "schedule",
        t("Schedule the change", "Planifier le changement"),
        t(
            "The change gets its window, tomorrow evening for two hours, and appears in the change calendar where clashes show.",
            "Le changement reçoit sa fenêtre, demain soir pendant deux heures, et apparaît dans le calendrier des changements où les conflits se voient.",
        ),
        CHANGE,
        RECORDS,
        Some(DesignAndTransition),
        Some(1),
        Some(A::ScheduleChange),
    ),
    step(
        "implement",
        t("Implement the change", "Mettre en œuvre le changement"),
        t(
            "In its window, the team builds and applies the change following the implementation plan, with the rollback plan ready.",
            "Dans sa fenêtre, l'équipe construit et applique le changement selon le plan de mise en œuvre, le plan de retour arrière à portée de main.",
        ),
        CHANGE,
        STATE,
        Some(ObtainBuild),
        Some(2),
        Some(A::ImplementChange),
    ),
    step(
        "deployed",
        t("Deployed: time for review", "Déployé\u{a0}: place à la revue"),
        t(
            "The implementation is complete and the changed service is live; the change waits for its review.",
            "La mise en œuvre est terminée et le service modifié est en production\u{a0}; le changement attend sa revue.",
        ),
        CHANGE,
        STATE,
        Some(DesignAndTransition),
        Some(3),
        Some(A::CompleteImplementation),
    ),
    step(
        "review",
        t("Post-implementation review", "Revue post-implémentation"),
        t(
            "Did the change do what it promised? The review records a successful outcome: the incidents should stop recurring. The change is then closed.",
            "Le changement a-t-il tenu ses promesses\u{a0}? La revue consigne un résultat réussi\u{a0}: les incidents ne devraient plus se répéter. Le changement est ensuite clos.",
        ),
        CHANGE,
        RECORDS,
        Some(DeliverAndSupport),
        Some(4),
        Some(A::ReviewChange),
    ),
    step(
        "improvement",
        t("Log an improvement item", "Inscrire une amélioration"),
        t(
            "Continual improvement keeps the lesson: an item in the improvement register, raised from the problem, asks why the incidents recurred for so long before anyone noticed.",
            "L'amélioration continue garde la leçon\u{a0}: une entrée du registre des améliorations, ouverte depuis le problème, demande pourquoi les incidents se sont répétés si longtemps avant qu'on s'en aperçoive.",
        ),
        Place::Improvement,
        ".ci-register-section",
        Some(Improve),
        None,
        Some(A::LogImprovement),
    ),
];
