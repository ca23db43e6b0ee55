//! Scenario 4, "A tour of the service value system": its five components, the guiding
//! principles and the four dimensions, each where ValueDesk shows it live. No writes.

use super::{step, Place, Scenario, Step};
use crate::domain::itil::{t, SvcActivity};

/// The value system tour.
pub const SVS_TOUR: Scenario = Scenario {
    key: "svs-tour",
    title: t("A tour of the service value system", "Visite du système de valeur des services"),
    summary: t(
        "The five components, the guiding principles and the four dimensions, each shown where ValueDesk runs it live.",
        "Les cinq composants, les principes directeurs et les quatre dimensions, chacun montré là où ValueDesk le fait vivre.",
    ),
    stream: None,
    steps: &STEPS,
};

const STEPS: [Step; 9] = [
    step(
        "system",
        t("The service value system", "Le système de valeur des services"),
        t(
            "The SVS shows how all the parts of an organization work together to turn opportunity and demand into value. Each part of the diagram is a button that shows your live figures.",
            "Le SVS montre comment toutes les parties d'une organisation travaillent ensemble pour transformer opportunités et demande en valeur. Chaque partie du diagramme est un bouton qui affiche vos chiffres en direct.",
        ),
        Place::Svs,
        "#svs-diagram",
        None,
        None,
        None,
    ),
    step(
        "principles",
        t("The guiding principles", "Les principes directeurs"),
        t(
            "Seven recommendations that guide every decision, such as \"focus on value\" and \"start where you are\". The guided scenarios follow them: they start from your real workspace.",
            "Sept recommandations qui guident chaque décision, comme «\u{a0}privilégier la valeur\u{a0}» et «\u{a0}commencer là où vous êtes\u{a0}». Les scénarios guidés les suivent\u{a0}: ils partent de votre espace de travail réel.",
        ),
        Place::Svs,
        "#svs-guiding-principles",
        None,
        None,
        None,
    ),
    step(
        "governance",
        t("Governance", "La gouvernance"),
        t(
            "Governance directs and controls. In ValueDesk, the rules the desk agrees on live in Settings: the priority matrix and the service level agreements that every clock follows.",
            "La gouvernance oriente et contrôle. Dans ValueDesk, les règles convenues par le centre de services se trouvent dans les paramètres\u{a0}: la matrice de priorité et les accords de niveau de service que suit chaque horloge.",
        ),
        Place::Settings,
        "#sla-policy",
        None,
        None,
        None,
    ),
    step(
        "chain",
        t("The service value chain", "La chaîne de valeur des services"),
        t(
            "Six activities (plan, improve, engage, design and transition, obtain/build, deliver and support) that combine into value streams. The diagram counts your open tickets in each activity now.",
            "Six activités (planifier, améliorer, engager, concevoir et faire la transition, obtenir/construire, fournir et soutenir) qui se combinent en flux de valeur. Le diagramme compte vos tickets en cours dans chaque activité.",
        ),
        Place::Svc,
        "#svc-diagram",
        Some(SvcActivity::Engage),
        None,
        None,
    ),
    step(
        "practices",
        t("The practices", "Les pratiques"),
        t(
            "Thirty-four sets of organizational resources for performing work. Here each one has its settings, its maturity and live indicators; disabling one turns off what depends on it.",
            "Trente-quatre ensembles de ressources organisationnelles pour accomplir le travail. Ici chacune a ses paramètres, sa maturité et des indicateurs en direct\u{a0}; en désactiver une coupe ce qui en dépend.",
        ),
        Place::Practices,
        ".practice-category",
        None,
        None,
        None,
    ),
    step(
        "improvement",
        t("Continual improvement", "L'amélioration continue"),
        t(
            "Improvement happens at every level, step by step, with the seven-step model. The register keeps each item, where it stands in the model and where it came from.",
            "L'amélioration a lieu à tous les niveaux, pas à pas, avec le modèle en sept étapes. Le registre garde chaque entrée, son étape dans le modèle et son origine.",
        ),
        Place::Improvement,
        ".ci-register-section",
        Some(SvcActivity::Improve),
        None,
        None,
    ),
    step(
        "dimensions",
        t("The four dimensions", "Les quatre dimensions"),
        t(
            "Organizations and people, information and technology, partners and suppliers, value streams and processes: every service needs all four in balance. The diagram's outer ring shows them.",
            "Organisations et personnes, information et technologie, partenaires et fournisseurs, flux de valeur et processus\u{a0}: tout service a besoin des quatre en équilibre. L'anneau extérieur du diagramme les montre.",
        ),
        Place::Svs,
        "#svs-dimension-0",
        None,
        None,
        None,
    ),
    step(
        "people",
        t("Organizations and people, live", "Organisations et personnes, en direct"),
        t(
            "The people dimension is concrete here: support groups, their members, the services and their owners, and the catalogue, all in Settings.",
            "La dimension humaine est concrète ici\u{a0}: les groupes de support, leurs membres, les services et leurs responsables, et le catalogue, tous dans les paramètres.",
        ),
        Place::Settings,
        "[data-tour=\"configuration\"]",
        None,
        None,
        None,
    ),
    step(
        "outcome",
        t("Opportunity and demand become value", "Opportunités et demande deviennent valeur"),
        t(
            "Demand comes in through engage, as incidents and requests; value comes out as restored and delivered services. The other guided scenarios follow that path with real tickets.",
            "La demande entre par «\u{a0}engager\u{a0}», sous forme d'incidents et de demandes\u{a0}; la valeur sort sous forme de services rétablis et fournis. Les autres scénarios guidés suivent ce chemin avec de vrais tickets.",
        ),
        Place::Svs,
        "#svs-output",
        None,
        None,
        None,
    ),
];
