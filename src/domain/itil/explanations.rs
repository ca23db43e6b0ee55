//! Longer explanations for the interactive diagrams' side panels, in our own words, and
//! where ValueDesk shows each part live.

use super::{t, SvsComponent, Text};

impl SvsComponent {
    /// A few sentences on what the component is for and where ValueDesk shows it.
    #[rustfmt::skip]
    pub fn explanation(self) -> Text {
        match self {
            SvsComponent::GuidingPrinciples => t(
                "Seven pieces of advice that stay true whatever the organization, the method or the situation. Teams use them to check a decision before making it: does it create value, does it build on what exists, can it be done in small steps?",
                "Sept recommandations qui restent vraies quels que soient l'organisation, la méthode ou le contexte. Les équipes s'en servent pour vérifier une décision avant de la prendre : crée-t-elle de la valeur, s'appuie-t-elle sur l'existant, peut-elle se faire par petites étapes ?"),
            SvsComponent::Governance => t(
                "Those accountable set direction, agree policies and check that the work follows them. In ValueDesk, governance shows as the service level agreements in Settings and the change authority that approves normal and emergency changes.",
                "Les responsables fixent la direction, valident les politiques et vérifient que le travail les respecte. Dans ValueDesk, la gouvernance se voit dans les accords de niveau de service des paramètres et dans l'autorité de changement qui approuve les changements normaux et urgents."),
            SvsComponent::ServiceValueChain => t(
                "Six activities that can be combined in many orders to answer a demand. Each path is a value stream. ValueDesk places every open ticket in one activity from its kind and state, so the chain below is your own workload now.",
                "Six activités que l'on combine dans des ordres variés pour répondre à une demande. Chaque chemin est un flux de valeur. ValueDesk place chaque ticket ouvert dans une activité selon son type et son état : la chaîne ci-dessous est donc votre charge de travail actuelle."),
            SvsComponent::Practices => t(
                "Practices are the toolboxes of resources — people, information, partners, processes — that the activities call on: incident management, change enablement, service desk and 31 more. ValueDesk lets you enable each, give it an owner and rate its maturity.",
                "Les pratiques sont les boîtes à outils de ressources — personnes, informations, partenaires, processus — que mobilisent les activités : gestion des incidents, habilitation des changements, centre de services et 31 autres. ValueDesk permet d'activer chacune, de lui donner un responsable et d'évaluer sa maturité."),
            SvsComponent::ContinualImprovement => t(
                "Improvement happens at every level, all the time, in small measured steps that follow a seven-question model. ValueDesk keeps an improvement register, fed by problems and by findings in the reports.",
                "L'amélioration a lieu à tous les niveaux, en permanence, par petites étapes mesurées qui suivent un modèle en sept questions. ValueDesk tient un registre des améliorations, alimenté par les problèmes et par les constats des rapports."),
        }
    }
}

/// What each external (PESTLE) factor covers, in the order of [`super::PESTLE`].
#[rustfmt::skip]
pub const PESTLE_SUMMARIES: [Text; 6] = [
    t("Public policy, regulators and political stability that constrain or open options.",
      "Les politiques publiques, les régulateurs et la stabilité politique, qui limitent ou ouvrent des options."),
    t("Budgets, costs, markets and the wider economy that shape what can be funded.",
      "Les budgets, les coûts, les marchés et l'économie en général, qui déterminent ce qui peut être financé."),
    t("People's habits, expectations and demographics that change what users want.",
      "Les habitudes, attentes et caractéristiques démographiques, qui changent ce que veulent les utilisateurs."),
    t("New and ageing technologies that make services possible, or obsolete.",
      "Les technologies nouvelles ou vieillissantes, qui rendent des services possibles, ou obsolètes."),
    t("Laws, contracts and data-protection rules that every service must respect.",
      "Les lois, contrats et règles de protection des données que chaque service doit respecter."),
    t("Energy use, waste and climate concerns that weigh on how services are run.",
      "La consommation d'énergie, les déchets et les enjeux climatiques, qui pèsent sur la façon d'exploiter les services."),
];

/// What comes into the value system: opportunities and demand.
pub const INPUT_EXPLANATION: Text = t(
    "Demand is what customers and users ask for; opportunities are chances to create value that nobody has asked for yet. In ValueDesk, every call, request, problem or change logged is demand entering the system.",
    "La demande, c'est ce que clients et utilisateurs sollicitent ; les opportunités sont des occasions de créer de la valeur que personne n'a encore demandées. Dans ValueDesk, chaque appel, demande, problème ou changement enregistré est une demande qui entre dans le système.",
);

/// What goes out of the value system: value, co-created with customers.
pub const OUTPUT_EXPLANATION: Text = t(
    "Value is the benefit customers and the organization get from services, created together with them. ValueDesk measures its side of it: services restored, requests fulfilled and changes delivered within the agreed levels.",
    "La valeur est le bénéfice que clients et organisation tirent des services, créé avec eux. ValueDesk en mesure sa part : services rétablis, demandes satisfaites et changements livrés dans les niveaux convenus.",
);
