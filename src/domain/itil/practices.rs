//! The 34 ITIL 4 practices in their three categories.

use super::{t, SvcActivity, Text};

/// The three families the 34 practices are grouped into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PracticeCategory {
    /// Practices borrowed from general business management.
    GeneralManagement,
    /// Practices specific to service management.
    ServiceManagement,
    /// Practices adapted from technology management.
    TechnicalManagement,
}

impl PracticeCategory {
    /// All categories, in reference order.
    pub const ALL: [PracticeCategory; 3] = [
        PracticeCategory::GeneralManagement,
        PracticeCategory::ServiceManagement,
        PracticeCategory::TechnicalManagement,
    ];

    /// Display name of the category.
    pub fn name(self) -> Text {
        match self {
            PracticeCategory::GeneralManagement => t(
                "General management practices",
                "Pratiques de gestion générale",
            ),
            PracticeCategory::ServiceManagement => t(
                "Service management practices",
                "Pratiques de gestion des services",
            ),
            PracticeCategory::TechnicalManagement => t(
                "Technical management practices",
                "Pratiques de gestion technique",
            ),
        }
    }
}

/// One management practice: stable id, category, name, a one-sentence purpose and the value
/// chain activities it typically contributes to.
#[derive(Debug, Clone, Copy)]
pub struct Practice {
    /// Stable kebab-case identifier, e.g. `incident-management`.
    pub key: &'static str,
    /// Category the practice belongs to.
    pub category: PracticeCategory,
    /// Display name.
    pub name: Text,
    /// What the practice is for, in one short sentence of our own.
    pub purpose: Text,
    /// The value chain activities it typically contributes to, in reference order: a new
    /// workspace's starting settings, and what a reset restores. Our own mapping.
    pub activities: &'static [SvcActivity],
}

const GM: PracticeCategory = PracticeCategory::GeneralManagement;
const SM: PracticeCategory = PracticeCategory::ServiceManagement;
const TM: PracticeCategory = PracticeCategory::TechnicalManagement;

const PLAN: SvcActivity = SvcActivity::Plan;
const IMPROVE: SvcActivity = SvcActivity::Improve;
const ENGAGE: SvcActivity = SvcActivity::Engage;
const DESIGN: SvcActivity = SvcActivity::DesignAndTransition;
const BUILD: SvcActivity = SvcActivity::ObtainBuild;
const SUPPORT: SvcActivity = SvcActivity::DeliverAndSupport;

const fn pr(
    key: &'static str,
    category: PracticeCategory,
    name: [&'static str; 2],
    purpose: [&'static str; 2],
    activities: &'static [SvcActivity],
) -> Practice {
    Practice {
        key,
        category,
        name: t(name[0], name[1]),
        purpose: t(purpose[0], purpose[1]),
        activities,
    }
}

/// The 34 practices in reference order: 14 general, 17 service and 3 technical management
/// practices. The activities are those where a practice typically does most of its work (for
/// example incident management in engage and deliver and support), not every activity it
/// could touch.
#[rustfmt::skip]
pub const PRACTICES: [Practice; 34] = [
    // General management (14)
    pr("architecture-management", GM, ["Architecture management", "Gestion de l'architecture"],
       ["Keeps a clear picture of how the organization's parts fit together so that change stays coherent.",
        "Maintient une vue claire de l'articulation des composants de l'organisation pour que les évolutions restent cohérentes."],
       &[PLAN, DESIGN]),
    pr("continual-improvement", GM, ["Continual improvement", "Amélioration continue"],
       ["Keeps making services and practices a little better, at every level and all the time.",
        "Rend les services et les pratiques un peu meilleurs, à tous les niveaux et en permanence."],
       &[PLAN, IMPROVE]),
    pr("information-security-management", GM, ["Information security management", "Gestion de la sécurité de l'information"],
       ["Protects the information the organization relies on from loss, leaks and tampering.",
        "Protège les informations dont dépend l'organisation contre la perte, la fuite et l'altération."],
       &[PLAN, DESIGN, SUPPORT]),
    pr("knowledge-management", GM, ["Knowledge management", "Gestion des connaissances"],
       ["Makes sure the right people find useful, trustworthy knowledge when they need it.",
        "Permet aux bonnes personnes de trouver des connaissances utiles et fiables au moment voulu."],
       &[IMPROVE, ENGAGE, SUPPORT]),
    pr("measurement-and-reporting", GM, ["Measurement and reporting", "Mesure et reporting"],
       ["Turns data into facts that support decisions and show progress.",
        "Transforme les données en faits qui éclairent les décisions et montrent les progrès."],
       &[PLAN, IMPROVE]),
    pr("organizational-change-management", GM, ["Organizational change management", "Gestion du changement organisationnel"],
       ["Helps people accept and adopt changes so that the expected benefits actually arrive.",
        "Aide les personnes à accepter et adopter les changements pour que les bénéfices attendus se concrétisent."],
       &[PLAN, ENGAGE, DESIGN]),
    pr("portfolio-management", GM, ["Portfolio management", "Gestion du portefeuille"],
       ["Picks the mix of services, products and projects that best serves the strategy within budget.",
        "Choisit la combinaison de services, produits et projets qui sert le mieux la stratégie dans le budget disponible."],
       &[PLAN, IMPROVE]),
    pr("project-management", GM, ["Project management", "Gestion de projet"],
       ["Delivers projects on time, on budget and to the agreed scope.",
        "Mène les projets à bien dans les délais, le budget et le périmètre convenus."],
       &[PLAN, DESIGN, BUILD]),
    pr("relationship-management", GM, ["Relationship management", "Gestion des relations"],
       ["Builds and keeps good working relationships with stakeholders at every level.",
        "Construit et entretient de bonnes relations de travail avec les parties prenantes à tous les niveaux."],
       &[PLAN, ENGAGE]),
    pr("risk-management", GM, ["Risk management", "Gestion des risques"],
       ["Spots uncertainties that could affect objectives and handles them deliberately.",
        "Repère les incertitudes qui pourraient affecter les objectifs et les traite de manière réfléchie."],
       &[PLAN, IMPROVE, DESIGN]),
    pr("service-financial-management", GM, ["Service financial management", "Gestion financière des services"],
       ["Tracks what services cost and earn so that money goes where it creates value.",
        "Suit les coûts et les revenus des services pour investir là où l'argent crée de la valeur."],
       &[PLAN, BUILD]),
    pr("strategy-management", GM, ["Strategy management", "Gestion de la stratégie"],
       ["Sets the direction and priorities the organization follows to reach its goals.",
        "Fixe la direction et les priorités que suit l'organisation pour atteindre ses objectifs."],
       &[PLAN, IMPROVE]),
    pr("supplier-management", GM, ["Supplier management", "Gestion des fournisseurs"],
       ["Chooses and manages suppliers so that what they provide fits the organization's needs.",
        "Sélectionne et pilote les fournisseurs pour que leurs prestations répondent aux besoins de l'organisation."],
       &[PLAN, ENGAGE, BUILD]),
    pr("workforce-and-talent-management", GM, ["Workforce and talent management", "Gestion des effectifs et des talents"],
       ["Makes sure the organization has people with the right skills in the right roles.",
        "Veille à ce que l'organisation dispose des bonnes compétences aux bons postes."],
       &[PLAN, BUILD]),
    // Service management (17)
    pr("availability-management", SM, ["Availability management", "Gestion de la disponibilité"],
       ["Keeps services usable whenever users need them, as agreed.",
        "Garantit que les services sont utilisables quand les utilisateurs en ont besoin, comme convenu."],
       &[PLAN, IMPROVE, DESIGN, SUPPORT]),
    pr("business-analysis", SM, ["Business analysis", "Analyse métier"],
       ["Studies business needs and recommends solutions that meet them.",
        "Analyse les besoins métier et recommande des solutions pour y répondre."],
       &[PLAN, ENGAGE, DESIGN]),
    pr("capacity-and-performance-management", SM, ["Capacity and performance management", "Gestion de la capacité et de la performance"],
       ["Makes sure services cope with current and future demand at acceptable speed and sensible cost.",
        "Veille à ce que les services absorbent la demande actuelle et future avec des performances et un coût raisonnables."],
       &[PLAN, DESIGN, SUPPORT]),
    pr("change-enablement", SM, ["Change enablement", "Habilitation des changements"],
       ["Lets changes go through quickly while keeping their risks under control.",
        "Permet aux changements d'aboutir rapidement tout en maîtrisant leurs risques."],
       &[PLAN, DESIGN, SUPPORT]),
    pr("incident-management", SM, ["Incident management", "Gestion des incidents"],
       ["Gets users back to normal service as fast as possible after an unplanned disruption.",
        "Rétablit le service normal pour les utilisateurs au plus vite après une interruption imprévue."],
       &[ENGAGE, SUPPORT]),
    pr("it-asset-management", SM, ["IT asset management", "Gestion des actifs informatiques"],
       ["Tracks IT assets over their whole life to get the most value while limiting cost and risk.",
        "Suit les actifs informatiques tout au long de leur vie pour en tirer le maximum en limitant coûts et risques."],
       &[PLAN, BUILD, SUPPORT]),
    pr("monitoring-and-event-management", SM, ["Monitoring and event management", "Surveillance et gestion des événements"],
       ["Watches services and components and reacts to meaningful changes of state.",
        "Surveille les services et les composants et réagit aux changements d'état significatifs."],
       &[IMPROVE, SUPPORT]),
    pr("problem-management", SM, ["Problem management", "Gestion des problèmes"],
       ["Finds and removes the underlying causes of incidents, offering workarounds in the meantime.",
        "Identifie et élimine les causes profondes des incidents, en proposant des contournements entre-temps."],
       &[IMPROVE, SUPPORT]),
    pr("release-management", SM, ["Release management", "Gestion des mises en production"],
       ["Makes new and changed services and features available to users.",
        "Met à disposition des utilisateurs les services et fonctionnalités nouveaux ou modifiés."],
       &[DESIGN, SUPPORT]),
    pr("service-catalogue-management", SM, ["Service catalogue management", "Gestion du catalogue de services"],
       ["Keeps one reliable list of the services on offer and of how to request them.",
        "Tient une liste unique et fiable des services proposés et de la manière de les demander."],
       &[PLAN, ENGAGE]),
    pr("service-configuration-management", SM, ["Service configuration management", "Gestion de la configuration des services"],
       ["Keeps accurate records of configuration items and how they relate to each other.",
        "Tient à jour des informations exactes sur les éléments de configuration et leurs relations."],
       &[DESIGN, BUILD, SUPPORT]),
    pr("service-continuity-management", SM, ["Service continuity management", "Gestion de la continuité des services"],
       ["Keeps services running at an acceptable level through a major disaster.",
        "Maintient les services à un niveau acceptable en cas de sinistre majeur."],
       &[PLAN, DESIGN, SUPPORT]),
    pr("service-design", SM, ["Service design", "Conception des services"],
       ["Designs services that fit their purpose and can be delivered and used well.",
        "Conçoit des services adaptés à leur usage, qui peuvent être bien fournis et bien utilisés."],
       &[PLAN, DESIGN]),
    pr("service-desk", SM, ["Service desk", "Centre de services"],
       ["Gives users a single point of contact to report issues and ask for services.",
        "Offre aux utilisateurs un point de contact unique pour signaler des incidents et demander des services."],
       &[ENGAGE, SUPPORT]),
    pr("service-level-management", SM, ["Service level management", "Gestion des niveaux de service"],
       ["Agrees clear service targets with customers and checks that they are met.",
        "Convient d'objectifs de service clairs avec les clients et vérifie qu'ils sont atteints."],
       &[PLAN, IMPROVE, ENGAGE]),
    pr("service-request-management", SM, ["Service request management", "Gestion des demandes de service"],
       ["Handles routine, predefined user requests efficiently.",
        "Traite efficacement les demandes courantes et prédéfinies des utilisateurs."],
       &[ENGAGE, SUPPORT]),
    pr("service-validation-and-testing", SM, ["Service validation and testing", "Validation et test des services"],
       ["Checks that new or changed services meet their requirements before they go live.",
        "Vérifie que les services nouveaux ou modifiés satisfont aux exigences avant leur mise en service."],
       &[DESIGN, BUILD]),
    // Technical management (3)
    pr("deployment-management", TM, ["Deployment management", "Gestion des déploiements"],
       ["Moves new or changed components into live or other environments.",
        "Déploie les composants nouveaux ou modifiés en production ou dans d'autres environnements."],
       &[DESIGN, BUILD]),
    pr("infrastructure-and-platform-management", TM, ["Infrastructure and platform management", "Gestion de l'infrastructure et des plateformes"],
       ["Looks after the infrastructure and platforms, on premises or in the cloud, that services run on.",
        "Gère l'infrastructure et les plateformes, sur site ou dans le cloud, sur lesquelles reposent les services."],
       &[DESIGN, BUILD, SUPPORT]),
    pr("software-development-and-management", TM, ["Software development and management", "Développement et gestion des logiciels"],
       ["Builds and maintains applications that meet stakeholders' needs.",
        "Développe et maintient des applications qui répondent aux besoins des parties prenantes."],
       &[DESIGN, BUILD]),
];

/// Looks up a practice by its stable key.
pub fn practice(key: &str) -> Option<&'static Practice> {
    let all: &'static [Practice; 34] = &PRACTICES;
    all.iter().find(|p| p.key == key)
}

/// Iterates over the practices of one category, in reference order.
pub fn practices_in(category: PracticeCategory) -> impl Iterator<Item = &'static Practice> {
    let all: &'static [Practice; 34] = &PRACTICES;
    all.iter().filter(move |p| p.category == category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_practice_contributes_to_known_activities_in_reference_order() {
        for p in &PRACTICES {
            assert!(!p.activities.is_empty(), "{} has no activity", p.key);
            let positions: Vec<usize> = p
                .activities
                .iter()
                .map(|a| {
                    SvcActivity::ALL
                        .iter()
                        .position(|x| x == a)
                        .unwrap_or(usize::MAX)
                })
                .collect();
            assert!(
                positions.windows(2).all(|w| w[0] < w[1]),
                "{}: activities repeated or out of reference order",
                p.key
            );
        }
    }

    #[test]
    fn the_mapping_follows_what_each_practice_is_for() {
        use SvcActivity::*;
        let of = |key: &str| practice(key).map(|p| p.activities.to_vec());
        assert_eq!(
            of("incident-management"),
            Some(vec![Engage, DeliverAndSupport])
        );
        assert_eq!(
            of("change-enablement"),
            Some(vec![Plan, DesignAndTransition, DeliverAndSupport])
        );
        assert_eq!(of("continual-improvement"), Some(vec![Plan, Improve]));
        assert_eq!(of("service-desk"), Some(vec![Engage, DeliverAndSupport]));
        // Every activity is somebody's work.
        for activity in SvcActivity::ALL {
            assert!(
                PRACTICES.iter().any(|p| p.activities.contains(&activity)),
                "nobody contributes to {activity:?}"
            );
        }
    }
}
