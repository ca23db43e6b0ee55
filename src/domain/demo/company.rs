//! The demo company's desk configuration: support groups and people, services with their
//! owners and configuration items, categories, the service catalogue and standard change
//! templates.

use super::{Pair, Seeded};
use crate::domain::configuration::{
    CatalogueItem, ChangeTemplate, DeskConfig, Service, SupportGroup,
};
use crate::domain::priority::Level;
use crate::i18n::Lang;

/// The support groups, by index: the service desk first.
pub(super) const SERVICE_DESK: usize = 0;
const GROUPS: [Pair; 4] = [
    ("Service desk", "Centre de services"),
    ("Network and infrastructure", "Réseau et infrastructure"),
    ("Business applications", "Applications métier"),
    ("Workplace", "Poste de travail"),
];

const FIRST_NAMES: [&str; 16] = [
    "Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules",
    "Karim", "Léa", "Marc", "Nina", "Omar", "Paula",
];
const LAST_NAMES: [&str; 12] = [
    "Martin",
    "Bernard",
    "Dubois",
    "Laurent",
    "Moreau",
    "Garcia",
    "Roux",
    "Fontaine",
    "Chevalier",
    "Lambert",
    "Mercier",
    "Blanc",
];

/// Services with the configuration items they run on. Index 2 is the VPN and index 4 the
/// customer portal, which the scenarios rely on.
pub(super) const SERVICES: [(Pair, [&str; 2]); 10] = [
    (("E-mail", "Messagerie"), ["MAIL-01", "MAIL-02"]),
    (("Payroll", "Paie"), ["ERP-DB", "ERP-APP"]),
    (("VPN", "VPN"), ["FW-EDGE", "VPN-GW"]),
    (("Intranet", "Intranet"), ["WEB-01", "CMS-DB"]),
    (("Customer portal", "Portail clients"), ["WEB-02", "API-GW"]),
    (("Wi-Fi", "Wi-Fi"), ["WLC-01", "AP-FLOOR"]),
    (("Printing", "Impression"), ["PRINT-SRV", "MFP-FLEET"]),
    (
        ("File sharing", "Partage de fichiers"),
        ["NAS-01", "BACKUP"],
    ),
    (("Telephony", "Téléphonie"), ["PBX-01", "SIP-TRUNK"]),
    (("Accounting", "Comptabilité"), ["ERP-DB", "ACC-APP"]),
];

/// The support group (index) that resolves each service's incidents beyond the first line.
pub(super) const SERVICE_GROUP: [usize; 10] = [3, 2, 1, 2, 2, 1, 3, 1, 1, 2];

/// Incident categories; the tickets refer to them by index.
pub(super) const CATEGORIES: [Pair; 7] = [
    ("Hardware", "Matériel"),
    ("Software", "Logiciel"),
    ("Network", "Réseau"),
    ("Access", "Accès"),
    ("Performance", "Performance"),
    ("Data", "Données"),
    ("Other", "Autre"),
];
/// Category indices the texts use.
pub(super) const HARDWARE: usize = 0;
pub(super) const SOFTWARE: usize = 1;
pub(super) const NETWORK: usize = 2;
pub(super) const ACCESS: usize = 3;
pub(super) const PERFORMANCE: usize = 4;
pub(super) const DATA: usize = 5;

/// Standard change templates: name, implementation, rollback and test plans, risk.
const TEMPLATES: [(Pair, Pair, Pair, Pair); 3] = [
    (
        (
            "Monthly security patches on a server",
            "Correctifs de sécurité mensuels d'un serveur",
        ),
        (
            "Snapshot the server, install the month's security patches, reboot.",
            "Prendre un instantané du serveur, installer les correctifs du mois, redémarrer.",
        ),
        (
            "Restore the snapshot taken before patching.",
            "Restaurer l'instantané pris avant l'installation.",
        ),
        (
            "Check the services restart and the monitoring stays green for 30 minutes.",
            "Vérifier le redémarrage des services et l'absence d'alerte pendant 30 minutes.",
        ),
    ),
    (
        (
            "Renew an SSL certificate",
            "Renouvellement d'un certificat SSL",
        ),
        (
            "Install the renewed certificate on the front end and reload the web server.",
            "Installer le certificat renouvelé sur le frontal et recharger le serveur web.",
        ),
        (
            "Put the previous certificate back while it is still valid.",
            "Remettre le certificat précédent tant qu'il est encore valide.",
        ),
        (
            "Open the site from outside and check the certificate's new expiry date.",
            "Ouvrir le site depuis l'extérieur et vérifier la nouvelle date d'expiration.",
        ),
    ),
    (
        ("Add a Wi-Fi access point", "Ajout d'une borne Wi-Fi"),
        (
            "Mount the access point, register it on the WLC and apply the floor profile.",
            "Poser la borne, l'enregistrer sur le contrôleur et appliquer le profil de l'étage.",
        ),
        (
            "Unregister the access point from the WLC.",
            "Désenregistrer la borne du contrôleur.",
        ),
        (
            "Measure the signal in the area and connect a laptop.",
            "Mesurer le signal dans la zone et connecter un portable.",
        ),
    ),
];

/// Catalogue items: name, description, the group (index) that fulfils it, approval, fields.
const CATALOGUE: [(Pair, Pair, usize, bool, &[Pair]); 8] = [
    (
        ("New laptop", "Nouvel ordinateur portable"),
        (
            "A standard laptop, set up and delivered.",
            "Un portable standard, configuré et livré.",
        ),
        3,
        true,
        &[("Model", "Modèle")],
    ),
    (
        ("Software installation", "Installation de logiciel"),
        (
            "A licensed application installed on your computer.",
            "Une application sous licence installée sur votre poste.",
        ),
        3,
        false,
        &[("Software", "Logiciel")],
    ),
    (
        ("Access to a shared folder", "Accès à un dossier partagé"),
        (
            "Read or write access to a team folder.",
            "Accès en lecture ou écriture à un dossier d'équipe.",
        ),
        1,
        true,
        &[("Folder", "Dossier"), ("Access", "Accès")],
    ),
    (
        ("Password reset", "Réinitialisation du mot de passe"),
        (
            "A new temporary password.",
            "Un nouveau mot de passe temporaire.",
        ),
        0,
        false,
        &[],
    ),
    (
        ("New starter", "Arrivée d'un collaborateur"),
        (
            "Accounts, e-mail and equipment for a new colleague.",
            "Comptes, messagerie et matériel pour un nouveau collègue.",
        ),
        0,
        true,
        &[("Name", "Nom"), ("Start date", "Date d'arrivée")],
    ),
    (
        ("Mobile phone", "Téléphone mobile"),
        (
            "A company phone with its subscription.",
            "Un téléphone professionnel et son abonnement.",
        ),
        3,
        true,
        &[],
    ),
    (
        ("VPN access", "Accès VPN"),
        (
            "Remote access to the company network.",
            "Accès à distance au réseau de l'entreprise.",
        ),
        1,
        true,
        &[],
    ),
    (
        ("Report request", "Demande de rapport"),
        (
            "A new report from the business applications.",
            "Un nouveau rapport des applications métier.",
        ),
        2,
        false,
        &[("Report", "Rapport")],
    ),
];

/// The desk configuration of the demo company: 4 support groups of 3 people (12 in all), 10
/// services with owners, criticality and the CIs they depend on, 7 categories, an 8-item
/// catalogue and 3 standard change templates.
pub fn demo_company(seed: u64, lang: Lang) -> DeskConfig {
    let mut rng = Seeded::new(seed);
    let text = |p: &Pair| match lang {
        Lang::En => p.0.to_owned(),
        Lang::Fr => p.1.to_owned(),
    };
    let mut names: Vec<String> = Vec::new();
    while names.len() < 12 {
        let name = format!("{} {}", rng.pick(&FIRST_NAMES), rng.pick(&LAST_NAMES));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let groups: Vec<SupportGroup> = GROUPS
        .iter()
        .zip(names.chunks(3))
        .map(|(g, members)| SupportGroup {
            name: text(g),
            members: members.to_vec(),
        })
        .collect();
    let services = SERVICES
        .iter()
        .map(|(name, cis)| Service {
            name: text(name),
            owner: rng.pick(&names).clone(),
            criticality: *rng.pick(&[Level::High, Level::Medium, Level::Low]),
            cis: cis.iter().map(|c| (*c).to_owned()).collect(),
        })
        .collect();
    let catalogue = CATALOGUE
        .iter()
        .map(
            |(name, description, group, approval, fields)| CatalogueItem {
                name: text(name),
                description: text(description),
                fulfilment_group: groups[*group].name.clone(),
                approval_required: *approval,
                fields: fields.iter().map(text).collect(),
            },
        )
        .collect();
    let change_templates = TEMPLATES
        .iter()
        .map(|(name, implementation, rollback, test)| ChangeTemplate {
            name: text(name),
            implementation_plan: text(implementation),
            rollback_plan: text(rollback),
            test_plan: text(test),
            risk: Level::Low,
        })
        .collect();
    DeskConfig {
        groups,
        services,
        categories: CATEGORIES.iter().map(text).collect(),
        catalogue,
        change_templates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_company_and_another_seed_another() {
        assert_eq!(demo_company(42, Lang::En), demo_company(42, Lang::En));
        assert_ne!(demo_company(42, Lang::En), demo_company(43, Lang::En));
        // The sequence itself is fixed: a change to the generator shows here.
        let mut rng = Seeded::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn the_company_has_its_groups_people_services_and_catalogue_in_both_languages() {
        for lang in Lang::ALL {
            let c = demo_company(7, lang);
            assert_eq!(c.groups.len(), 4);
            let people: Vec<&String> = c.groups.iter().flat_map(|g| &g.members).collect();
            assert_eq!(people.len(), 12);
            assert_eq!(c.services.len(), 10);
            assert!(c
                .services
                .iter()
                .all(|s| people.contains(&&s.owner) && s.cis.len() == 2));
            assert_eq!(c.catalogue.len(), 8);
            let groups: Vec<&str> = c.groups.iter().map(|g| g.name.as_str()).collect();
            assert!(c
                .catalogue
                .iter()
                .all(|i| groups.contains(&i.fulfilment_group.as_str())));
        }
        assert_eq!(demo_company(7, Lang::Fr).services[0].name, "Messagerie");
        assert_eq!(
            demo_company(7, Lang::En).catalogue[3].name,
            "Password reset"
        );
    }
}
