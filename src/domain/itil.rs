//! ITIL 4 reference data, kept as versioned data so that a new framework edition is a data change.
//!
//! Names and counts follow the framework; every explanation here is written in the project's own words.

use crate::i18n::Lang;

/// Edition and version of the reference data below, shown in the app and stored with exports.
pub const REFERENCE_EDITION: &str = "ITIL 4 (2019), reference data v1";

/// A piece of display text available in every supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English text.
    pub en: &'static str,
    /// French text.
    pub fr: &'static str,
}

impl Text {
    /// Returns the text in the requested language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

const fn t(en: &'static str, fr: &'static str) -> Text {
    Text { en, fr }
}

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

/// One management practice: stable id, category, name and a one-sentence purpose.
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
}

const GM: PracticeCategory = PracticeCategory::GeneralManagement;
const SM: PracticeCategory = PracticeCategory::ServiceManagement;
const TM: PracticeCategory = PracticeCategory::TechnicalManagement;

const fn pr(
    key: &'static str,
    category: PracticeCategory,
    name: [&'static str; 2],
    purpose: [&'static str; 2],
) -> Practice {
    Practice {
        key,
        category,
        name: t(name[0], name[1]),
        purpose: t(purpose[0], purpose[1]),
    }
}

/// The 34 practices in reference order: 14 general, 17 service and 3 technical management practices.
#[rustfmt::skip]
pub const PRACTICES: [Practice; 34] = [
    // General management (14)
    pr("architecture-management", GM, ["Architecture management", "Gestion de l'architecture"],
       ["Keeps a clear picture of how the organization's parts fit together so that change stays coherent.",
        "Maintient une vue claire de l'articulation des composants de l'organisation pour que les évolutions restent cohérentes."]),
    pr("continual-improvement", GM, ["Continual improvement", "Amélioration continue"],
       ["Keeps making services and practices a little better, at every level and all the time.",
        "Rend les services et les pratiques un peu meilleurs, à tous les niveaux et en permanence."]),
    pr("information-security-management", GM, ["Information security management", "Gestion de la sécurité de l'information"],
       ["Protects the information the organization relies on from loss, leaks and tampering.",
        "Protège les informations dont dépend l'organisation contre la perte, la fuite et l'altération."]),
    pr("knowledge-management", GM, ["Knowledge management", "Gestion des connaissances"],
       ["Makes sure the right people find useful, trustworthy knowledge when they need it.",
        "Permet aux bonnes personnes de trouver des connaissances utiles et fiables au moment voulu."]),
    pr("measurement-and-reporting", GM, ["Measurement and reporting", "Mesure et reporting"],
       ["Turns data into facts that support decisions and show progress.",
        "Transforme les données en faits qui éclairent les décisions et montrent les progrès."]),
    pr("organizational-change-management", GM, ["Organizational change management", "Gestion du changement organisationnel"],
       ["Helps people accept and adopt changes so that the expected benefits actually arrive.",
        "Aide les personnes à accepter et adopter les changements pour que les bénéfices attendus se concrétisent."]),
    pr("portfolio-management", GM, ["Portfolio management", "Gestion du portefeuille"],
       ["Picks the mix of services, products and projects that best serves the strategy within budget.",
        "Choisit la combinaison de services, produits et projets qui sert le mieux la stratégie dans le budget disponible."]),
    pr("project-management", GM, ["Project management", "Gestion de projet"],
       ["Delivers projects on time, on budget and to the agreed scope.",
        "Mène les projets à bien dans les délais, le budget et le périmètre convenus."]),
    pr("relationship-management", GM, ["Relationship management", "Gestion des relations"],
       ["Builds and keeps good working relationships with stakeholders at every level.",
        "Construit et entretient de bonnes relations de travail avec les parties prenantes à tous les niveaux."]),
    pr("risk-management", GM, ["Risk management", "Gestion des risques"],
       ["Spots uncertainties that could affect objectives and handles them deliberately.",
        "Repère les incertitudes qui pourraient affecter les objectifs et les traite de manière réfléchie."]),
    pr("service-financial-management", GM, ["Service financial management", "Gestion financière des services"],
       ["Tracks what services cost and earn so that money goes where it creates value.",
        "Suit les coûts et les revenus des services pour investir là où l'argent crée de la valeur."]),
    pr("strategy-management", GM, ["Strategy management", "Gestion de la stratégie"],
       ["Sets the direction and priorities the organization follows to reach its goals.",
        "Fixe la direction et les priorités que suit l'organisation pour atteindre ses objectifs."]),
    pr("supplier-management", GM, ["Supplier management", "Gestion des fournisseurs"],
       ["Chooses and manages suppliers so that what they provide fits the organization's needs.",
        "Sélectionne et pilote les fournisseurs pour que leurs prestations répondent aux besoins de l'organisation."]),
    pr("workforce-and-talent-management", GM, ["Workforce and talent management", "Gestion des effectifs et des talents"],
       ["Makes sure the organization has people with the right skills in the right roles.",
        "Veille à ce que l'organisation dispose des bonnes compétences aux bons postes."]),
    // Service management (17)
    pr("availability-management", SM, ["Availability management", "Gestion de la disponibilité"],
       ["Keeps services usable whenever users need them, as agreed.",
        "Garantit que les services sont utilisables quand les utilisateurs en ont besoin, comme convenu."]),
    pr("business-analysis", SM, ["Business analysis", "Analyse métier"],
       ["Studies business needs and recommends solutions that meet them.",
        "Analyse les besoins métier et recommande des solutions pour y répondre."]),
    pr("capacity-and-performance-management", SM, ["Capacity and performance management", "Gestion de la capacité et de la performance"],
       ["Makes sure services cope with current and future demand at acceptable speed and sensible cost.",
        "Veille à ce que les services absorbent la demande actuelle et future avec des performances et un coût raisonnables."]),
    pr("change-enablement", SM, ["Change enablement", "Habilitation des changements"],
       ["Lets changes go through quickly while keeping their risks under control.",
        "Permet aux changements d'aboutir rapidement tout en maîtrisant leurs risques."]),
    pr("incident-management", SM, ["Incident management", "Gestion des incidents"],
       ["Gets users back to normal service as fast as possible after an unplanned disruption.",
        "Rétablit le service normal pour les utilisateurs au plus vite après une interruption imprévue."]),
    pr("it-asset-management", SM, ["IT asset management", "Gestion des actifs informatiques"],
       ["Tracks IT assets over their whole life to get the most value while limiting cost and risk.",
        "Suit les actifs informatiques tout au long de leur vie pour en tirer le maximum en limitant coûts et risques."]),
    pr("monitoring-and-event-management", SM, ["Monitoring and event management", "Surveillance et gestion des événements"],
       ["Watches services and components and reacts to meaningful changes of state.",
        "Surveille les services et les composants et réagit aux changements d'état significatifs."]),
    pr("problem-management", SM, ["Problem management", "Gestion des problèmes"],
       ["Finds and removes the underlying causes of incidents, offering workarounds in the meantime.",
        "Identifie et élimine les causes profondes des incidents, en proposant des contournements entre-temps."]),
    pr("release-management", SM, ["Release management", "Gestion des mises en production"],
       ["Makes new and changed services and features available to users.",
        "Met à disposition des utilisateurs les services et fonctionnalités nouveaux ou modifiés."]),
    pr("service-catalogue-management", SM, ["Service catalogue management", "Gestion du catalogue de services"],
       ["Keeps one reliable list of the services on offer and of how to request them.",
        "Tient une liste unique et fiable des services proposés et de la manière de les demander."]),
    pr("service-configuration-management", SM, ["Service configuration management", "Gestion de la configuration des services"],
       ["Keeps accurate records of configuration items and how they relate to each other.",
        "Tient à jour des informations exactes sur les éléments de configuration et leurs relations."]),
    pr("service-continuity-management", SM, ["Service continuity management", "Gestion de la continuité des services"],
       ["Keeps services running at an acceptable level through a major disaster.",
        "Maintient les services à un niveau acceptable en cas de sinistre majeur."]),
    pr("service-design", SM, ["Service design", "Conception des services"],
       ["Designs services that fit their purpose and can be delivered and used well.",
        "Conçoit des services adaptés à leur usage, qui peuvent être bien fournis et bien utilisés."]),
    pr("service-desk", SM, ["Service desk", "Centre de services"],
       ["Gives users a single point of contact to report issues and ask for services.",
        "Offre aux utilisateurs un point de contact unique pour signaler des incidents et demander des services."]),
    pr("service-level-management", SM, ["Service level management", "Gestion des niveaux de service"],
       ["Agrees clear service targets with customers and checks that they are met.",
        "Convient d'objectifs de service clairs avec les clients et vérifie qu'ils sont atteints."]),
    pr("service-request-management", SM, ["Service request management", "Gestion des demandes de service"],
       ["Handles routine, predefined user requests efficiently.",
        "Traite efficacement les demandes courantes et prédéfinies des utilisateurs."]),
    pr("service-validation-and-testing", SM, ["Service validation and testing", "Validation et test des services"],
       ["Checks that new or changed services meet their requirements before they go live.",
        "Vérifie que les services nouveaux ou modifiés satisfont aux exigences avant leur mise en service."]),
    // Technical management (3)
    pr("deployment-management", TM, ["Deployment management", "Gestion des déploiements"],
       ["Moves new or changed components into live or other environments.",
        "Déploie les composants nouveaux ou modifiés en production ou dans d'autres environnements."]),
    pr("infrastructure-and-platform-management", TM, ["Infrastructure and platform management", "Gestion de l'infrastructure et des plateformes"],
       ["Looks after the infrastructure and platforms, on premises or in the cloud, that services run on.",
        "Gère l'infrastructure et les plateformes, sur site ou dans le cloud, sur lesquelles reposent les services."]),
    pr("software-development-and-management", TM, ["Software development and management", "Développement et gestion des logiciels"],
       ["Builds and maintains applications that meet stakeholders' needs.",
        "Développe et maintient des applications qui répondent aux besoins des parties prenantes."]),
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

/// The six activities of the service value chain (combined freely, not a fixed sequence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SvcActivity {
    /// Plan.
    Plan,
    /// Improve.
    Improve,
    /// Engage.
    Engage,
    /// Design and transition.
    DesignAndTransition,
    /// Obtain/build.
    ObtainBuild,
    /// Deliver and support.
    DeliverAndSupport,
}

impl SvcActivity {
    /// All activities, in reference order.
    pub const ALL: [SvcActivity; 6] = [
        SvcActivity::Plan,
        SvcActivity::Improve,
        SvcActivity::Engage,
        SvcActivity::DesignAndTransition,
        SvcActivity::ObtainBuild,
        SvcActivity::DeliverAndSupport,
    ];

    /// Stable kebab-case identifier.
    pub fn key(self) -> &'static str {
        match self {
            SvcActivity::Plan => "plan",
            SvcActivity::Improve => "improve",
            SvcActivity::Engage => "engage",
            SvcActivity::DesignAndTransition => "design-and-transition",
            SvcActivity::ObtainBuild => "obtain-build",
            SvcActivity::DeliverAndSupport => "deliver-and-support",
        }
    }

    /// Display name.
    pub fn name(self) -> Text {
        match self {
            SvcActivity::Plan => t("Plan", "Planifier"),
            SvcActivity::Improve => t("Improve", "Améliorer"),
            SvcActivity::Engage => t("Engage", "Engager"),
            SvcActivity::DesignAndTransition => t(
                "Design and transition",
                "Concevoir et effectuer la transition",
            ),
            SvcActivity::ObtainBuild => t("Obtain/build", "Obtenir/construire"),
            SvcActivity::DeliverAndSupport => t("Deliver and support", "Fournir et soutenir"),
        }
    }

    /// One-sentence summary in our own words.
    #[rustfmt::skip]
    pub fn summary(self) -> Text {
        match self {
            SvcActivity::Plan => t(
                "Sets a shared direction, goals and priorities across the organization.",
                "Définit une vision partagée, des objectifs et des priorités pour toute l'organisation."),
            SvcActivity::Improve => t(
                "Keeps products, services and practices getting better across all activities.",
                "Fait progresser en continu produits, services et pratiques dans toutes les activités."),
            SvcActivity::Engage => t(
                "Understands stakeholders' needs and keeps the conversation with them going.",
                "Comprend les besoins des parties prenantes et entretient le dialogue avec elles."),
            SvcActivity::DesignAndTransition => t(
                "Makes sure services meet expectations for quality, cost and time to market.",
                "Garantit que les services répondent aux attentes de qualité, de coût et de délai de mise sur le marché."),
            SvcActivity::ObtainBuild => t(
                "Makes the needed service components available, whether bought or built.",
                "Rend disponibles les composants de service nécessaires, qu'ils soient achetés ou construits."),
            SvcActivity::DeliverAndSupport => t(
                "Runs services day to day as agreed and helps their users.",
                "Fait fonctionner les services au quotidien comme convenu et assiste leurs utilisateurs."),
        }
    }
}

/// The five components of the service value system, between its input and its output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SvsComponent {
    /// Guiding principles.
    GuidingPrinciples,
    /// Governance.
    Governance,
    /// Service value chain.
    ServiceValueChain,
    /// Practices.
    Practices,
    /// Continual improvement.
    ContinualImprovement,
}

impl SvsComponent {
    /// All components, in reference order.
    pub const ALL: [SvsComponent; 5] = [
        SvsComponent::GuidingPrinciples,
        SvsComponent::Governance,
        SvsComponent::ServiceValueChain,
        SvsComponent::Practices,
        SvsComponent::ContinualImprovement,
    ];

    /// Stable kebab-case identifier.
    pub fn key(self) -> &'static str {
        match self {
            SvsComponent::GuidingPrinciples => "guiding-principles",
            SvsComponent::Governance => "governance",
            SvsComponent::ServiceValueChain => "service-value-chain",
            SvsComponent::Practices => "practices",
            SvsComponent::ContinualImprovement => "continual-improvement",
        }
    }

    /// Display name.
    pub fn name(self) -> Text {
        match self {
            SvsComponent::GuidingPrinciples => t("Guiding principles", "Principes directeurs"),
            SvsComponent::Governance => t("Governance", "Gouvernance"),
            SvsComponent::ServiceValueChain => {
                t("Service value chain", "Chaîne de valeur des services")
            }
            SvsComponent::Practices => t("Practices", "Pratiques"),
            SvsComponent::ContinualImprovement => {
                t("Continual improvement", "Amélioration continue")
            }
        }
    }

    /// One-sentence summary in our own words.
    #[rustfmt::skip]
    pub fn summary(self) -> Text {
        match self {
            SvsComponent::GuidingPrinciples => t(
                "Advice that holds in any situation and shapes every decision.",
                "Des recommandations valables en toute situation, qui orientent chaque décision."),
            SvsComponent::Governance => t(
                "How the organization is directed and kept under control.",
                "La manière dont l'organisation est dirigée et contrôlée."),
            SvsComponent::ServiceValueChain => t(
                "The six linked activities that turn demand into value.",
                "Les six activités liées qui transforment la demande en valeur."),
            SvsComponent::Practices => t(
                "Organized sets of resources for doing one kind of work.",
                "Des ensembles organisés de ressources pour accomplir un type de travail."),
            SvsComponent::ContinualImprovement => t(
                "Ongoing, step-by-step improvement at every level.",
                "Une amélioration progressive et permanente à tous les niveaux."),
        }
    }
}

/// What enters the service value system.
pub const SVS_INPUT: Text = t("Opportunity / demand", "Opportunité / demande");

/// What the service value system produces.
pub const SVS_OUTPUT: Text = t("Value", "Valeur");

/// A guiding principle: stable id, name and a one-sentence summary.
#[derive(Debug, Clone, Copy)]
pub struct Principle {
    /// Stable kebab-case identifier.
    pub key: &'static str,
    /// Display name.
    pub name: Text,
    /// One-sentence summary in our own words.
    pub summary: Text,
}

/// The seven guiding principles, in reference order.
#[rustfmt::skip]
pub const GUIDING_PRINCIPLES: [Principle; 7] = [
    Principle { key: "focus-on-value", name: t("Focus on value", "Privilégier la valeur"), summary: t(
        "Everything we do should trace back to value for someone.",
        "Tout ce que nous faisons doit se rattacher à la valeur créée pour quelqu'un.") },
    Principle { key: "start-where-you-are", name: t("Start where you are", "Commencer là où vous êtes"), summary: t(
        "Look at what already exists and reuse what works before building anew.",
        "Observer l'existant et réutiliser ce qui fonctionne avant de repartir de zéro.") },
    Principle { key: "progress-iteratively-with-feedback",
        name: t("Progress iteratively with feedback", "Progresser de manière itérative avec des retours"), summary: t(
        "Work in small, manageable steps and use feedback to adjust.",
        "Avancer par petites étapes maîtrisables et s'ajuster grâce aux retours.") },
    Principle { key: "collaborate-and-promote-visibility",
        name: t("Collaborate and promote visibility", "Collaborer et promouvoir la visibilité"), summary: t(
        "Work together and make work and information visible to those involved.",
        "Travailler ensemble et rendre le travail et l'information visibles pour les personnes concernées.") },
    Principle { key: "think-and-work-holistically",
        name: t("Think and work holistically", "Penser et travailler de manière holistique"), summary: t(
        "Consider the whole system, not just one part of it.",
        "Considérer le système dans son ensemble, pas seulement une de ses parties.") },
    Principle { key: "keep-it-simple-and-practical",
        name: t("Keep it simple and practical", "Opter pour la simplicité et rester pratique"), summary: t(
        "Do only what adds value and drop the rest.",
        "Ne faire que ce qui apporte de la valeur et éliminer le reste.") },
    Principle { key: "optimize-and-automate", name: t("Optimize and automate", "Optimiser et automatiser"), summary: t(
        "Streamline the work first, then automate where it pays off.",
        "Rationaliser le travail d'abord, puis automatiser là où c'est rentable.") },
];

/// One of the four dimensions every service must be considered from.
#[derive(Debug, Clone, Copy)]
pub struct Dimension {
    /// Stable kebab-case identifier.
    pub key: &'static str,
    /// Display name.
    pub name: Text,
    /// One-sentence summary in our own words.
    pub summary: Text,
}

/// The four dimensions of service management, in reference order.
#[rustfmt::skip]
pub const DIMENSIONS: [Dimension; 4] = [
    Dimension { key: "organizations-and-people",
        name: t("Organizations and people", "Organisations et personnes"), summary: t(
        "The structures, roles, skills and culture needed to create value.",
        "Les structures, rôles, compétences et la culture nécessaires pour créer de la valeur.") },
    Dimension { key: "information-and-technology",
        name: t("Information and technology", "Information et technologie"), summary: t(
        "The information, tools and technologies that services rely on.",
        "Les informations, outils et technologies sur lesquels reposent les services.") },
    Dimension { key: "partners-and-suppliers",
        name: t("Partners and suppliers", "Partenaires et fournisseurs"), summary: t(
        "The relationships with other organizations that help deliver services.",
        "Les relations avec d'autres organisations qui contribuent à fournir les services.") },
    Dimension { key: "value-streams-and-processes",
        name: t("Value streams and processes", "Chaînes de valeur et processus"), summary: t(
        "How the parts of the organization work together to create value.",
        "La façon dont les parties de l'organisation travaillent ensemble pour créer de la valeur.") },
];

/// External factors (PESTLE) that bound the four dimensions.
pub const PESTLE: [Text; 6] = [
    t("Political", "Politique"),
    t("Economic", "Économique"),
    t("Social", "Social"),
    t("Technological", "Technologique"),
    t("Legal", "Légal"),
    t("Environmental", "Environnemental"),
];

/// The seven steps (questions) of the continual improvement model, in order.
pub const CONTINUAL_IMPROVEMENT_STEPS: [Text; 7] = [
    t("What is the vision?", "Quelle est la vision\u{a0}?"),
    t("Where are we now?", "Où en sommes-nous\u{a0}?"),
    t("Where do we want to be?", "Où voulons-nous être\u{a0}?"),
    t("How do we get there?", "Comment y parvenir\u{a0}?"),
    t("Take action", "Agir"),
    t("Did we get there?", "Y sommes-nous parvenus\u{a0}?"),
    t(
        "How do we keep the momentum going?",
        "Comment maintenir la dynamique\u{a0}?",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_kebab(s: &str) -> bool {
        !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    fn all_texts() -> Vec<Text> {
        let mut v = vec![SVS_INPUT, SVS_OUTPUT];
        v.extend(PracticeCategory::ALL.iter().map(|c| c.name()));
        v.extend(PRACTICES.iter().flat_map(|p| [p.name, p.purpose]));
        v.extend(
            SvcActivity::ALL
                .iter()
                .flat_map(|a| [a.name(), a.summary()]),
        );
        v.extend(
            SvsComponent::ALL
                .iter()
                .flat_map(|c| [c.name(), c.summary()]),
        );
        v.extend(GUIDING_PRINCIPLES.iter().flat_map(|p| [p.name, p.summary]));
        v.extend(DIMENSIONS.iter().flat_map(|d| [d.name, d.summary]));
        v.extend(PESTLE);
        v.extend(CONTINUAL_IMPROVEMENT_STEPS);
        v
    }

    #[test]
    fn practice_counts() {
        assert_eq!(PRACTICES.len(), 34);
        let count = |c| practices_in(c).count();
        assert_eq!(count(PracticeCategory::GeneralManagement), 14);
        assert_eq!(count(PracticeCategory::ServiceManagement), 17);
        assert_eq!(count(PracticeCategory::TechnicalManagement), 3);
        let total: usize = PracticeCategory::ALL.iter().map(|&c| count(c)).sum();
        assert_eq!(total, 34);
    }

    #[test]
    fn keys_unique_and_kebab_case() {
        let keys: Vec<&str> = PRACTICES.iter().map(|p| p.key).collect();
        let activity_keys: Vec<&str> = SvcActivity::ALL.iter().map(|a| a.key()).collect();
        let component_keys: Vec<&str> = SvsComponent::ALL.iter().map(|c| c.key()).collect();
        let principle_keys: Vec<&str> = GUIDING_PRINCIPLES.iter().map(|p| p.key).collect();
        let dimension_keys: Vec<&str> = DIMENSIONS.iter().map(|d| d.key).collect();
        for set in [
            keys,
            activity_keys,
            component_keys,
            principle_keys,
            dimension_keys,
        ] {
            let unique: HashSet<&str> = set.iter().copied().collect();
            assert_eq!(unique.len(), set.len(), "duplicate key in {set:?}");
            for k in set {
                assert!(is_kebab(k), "not kebab-case: {k:?}");
            }
        }
    }

    #[test]
    fn texts_non_empty_and_trimmed() {
        for text in all_texts() {
            for s in [text.get(Lang::En), text.get(Lang::Fr)] {
                assert!(!s.is_empty(), "empty text in {text:?}");
                assert_eq!(s, s.trim(), "untrimmed text: {s:?}");
            }
        }
    }

    #[test]
    fn practice_names_translated() {
        for p in &PRACTICES {
            assert_ne!(p.name.en, p.name.fr, "{} not translated", p.key);
        }
    }

    #[test]
    fn lookup_by_key() {
        let p = practice("incident-management").expect("incident management exists");
        assert_eq!(p.name.en, "Incident management");
        assert_eq!(p.name.get(Lang::Fr), "Gestion des incidents");
        assert_eq!(p.category, PracticeCategory::ServiceManagement);
        assert!(practice("no-such-practice").is_none());
        for p in &PRACTICES {
            assert_eq!(practice(p.key).map(|f| f.key), Some(p.key));
        }
    }

    fn joined(texts: impl IntoIterator<Item = Text>) -> String {
        texts
            .into_iter()
            .map(|t| t.en)
            .collect::<Vec<_>>()
            .join(" · ")
    }

    #[test]
    fn practice_names_match_reference() {
        let names = |c| joined(practices_in(c).map(|p| p.name));
        assert_eq!(names(PracticeCategory::GeneralManagement), "Architecture management · Continual improvement · Information security management · Knowledge management · Measurement and reporting · Organizational change management · Portfolio management · Project management · Relationship management · Risk management · Service financial management · Strategy management · Supplier management · Workforce and talent management");
        assert_eq!(names(PracticeCategory::ServiceManagement), "Availability management · Business analysis · Capacity and performance management · Change enablement · Incident management · IT asset management · Monitoring and event management · Problem management · Release management · Service catalogue management · Service configuration management · Service continuity management · Service design · Service desk · Service level management · Service request management · Service validation and testing");
        assert_eq!(names(PracticeCategory::TechnicalManagement), "Deployment management · Infrastructure and platform management · Software development and management");
    }

    #[test]
    fn framework_names_match_reference() {
        assert_eq!(
            joined(SvcActivity::ALL.map(SvcActivity::name)),
            "Plan · Improve · Engage · Design and transition · Obtain/build · Deliver and support"
        );
        assert_eq!(joined(SvsComponent::ALL.map(SvsComponent::name)), "Guiding principles · Governance · Service value chain · Practices · Continual improvement");
        assert_eq!(joined(GUIDING_PRINCIPLES.map(|p| p.name)), "Focus on value · Start where you are · Progress iteratively with feedback · Collaborate and promote visibility · Think and work holistically · Keep it simple and practical · Optimize and automate");
        assert_eq!(joined(DIMENSIONS.map(|d| d.name)), "Organizations and people · Information and technology · Partners and suppliers · Value streams and processes");
        assert_eq!(
            joined(PESTLE),
            "Political · Economic · Social · Technological · Legal · Environmental"
        );
        assert_eq!(joined(CONTINUAL_IMPROVEMENT_STEPS), "What is the vision? · Where are we now? · Where do we want to be? · How do we get there? · Take action · Did we get there? · How do we keep the momentum going?");
        assert_eq!(SVS_INPUT.en, "Opportunity / demand");
        assert_eq!(SVS_OUTPUT.get(Lang::Fr), "Valeur");
    }
}
