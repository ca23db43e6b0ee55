//! The service value system, its value chain, guiding principles, dimensions and the
//! continual improvement model.

use super::{t, Text};

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
