//! The demo's problems: the recurring incidents behind each, what was found (root cause,
//! known error and workaround), how far problem management got, and the change that
//! removes the cause when there is one.

use super::company::{ACCESS, DATA, HARDWARE, NETWORK, SOFTWARE};
use super::texts::IncidentText;
use super::Pair;

/// How far a problem has gone at the end of the demo's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    New,
    Assessed,
    Analysis,
    KnownError,
    Resolved,
    Closed,
}

/// A problem of the demo and the incidents that led to it.
pub(super) struct ProblemSpec {
    pub service: usize,
    /// Days before the end of the history it was raised.
    pub ago: i64,
    pub stage: Stage,
    /// How many incidents share its symptom.
    pub incidents: usize,
    /// What those incidents say.
    pub theme: IncidentText,
    pub title: Pair,
    pub description: Pair,
    /// Symptom, root cause and workaround, once it is a known error.
    pub known_error: Option<(Pair, Pair, Pair)>,
    pub resolution: Pair,
    /// The change that removes the cause: title and description.
    pub fix: Option<(Pair, Pair)>,
}

const fn theme(category: usize, title: Pair, description: Pair, resolution: Pair) -> IncidentText {
    IncidentText {
        category,
        title,
        description,
        resolution,
    }
}

/// Index of the VPN problem in [`PROBLEMS`] (contract 1).
pub(super) const VPN_PROBLEM: usize = 0;
/// Index of the problem an improvement item was raised from.
pub(super) const IMPROVED_PROBLEM: usize = 3;

#[rustfmt::skip]
pub(super) const PROBLEMS: [ProblemSpec; 15] = [
    ProblemSpec { service: 2, ago: 24, stage: Stage::KnownError, incidents: 7,
        theme: theme(NETWORK, ("VPN drops every 10 minutes from home", "Le VPN se coupe toutes les 10 minutes en télétravail"),
            ("The tunnel disconnects about every 10 minutes, then reconnects on its own.", "Le tunnel se déconnecte environ toutes les 10 minutes, puis se reconnecte seul."),
            ("Reconnected the client in TCP mode; stable for now.", "Client reconnecté en mode TCP ; stable pour l'instant.")),
        title: ("Home VPN sessions drop every 10 minutes", "Les sessions VPN en télétravail tombent toutes les 10 minutes"),
        description: ("Remote users are disconnected again and again since the VPN-GW firmware upgrade.", "Déconnexions répétées des utilisateurs à distance depuis la mise à jour du micrologiciel de VPN-GW."),
        known_error: Some((
            ("The VPN disconnects every 10 minutes for users working from home.", "Le VPN se déconnecte toutes les 10 minutes pour les utilisateurs en télétravail."),
            ("Since the firmware upgrade, VPN-GW closes UDP sessions idle for 60 seconds; home routers with short NAT timers then drop the tunnel.", "Depuis la mise à jour du micrologiciel, VPN-GW ferme les sessions UDP inactives depuis 60 secondes ; les box aux délais NAT courts coupent alors le tunnel."),
            ("In the VPN client, choose Settings > Connection > Protocol: TCP 443, then reconnect. The tunnel stays up.", "Dans le client VPN, choisir Paramètres > Connexion > Protocole : TCP 443, puis se reconnecter. Le tunnel reste établi."))),
        resolution: ("VPN-GW firmware 9.1.4 installed; no more disconnections.", "Micrologiciel 9.1.4 installé sur VPN-GW ; plus aucune déconnexion."),
        fix: Some((("Upgrade VPN-GW firmware to 9.1.4", "Mise à jour du micrologiciel de VPN-GW en 9.1.4"),
            ("The vendor's fix for the UDP idle timeout.", "Le correctif de l'éditeur pour le délai d'inactivité UDP."))) },
    ProblemSpec { service: 0, ago: 80, stage: Stage::Closed, incidents: 6,
        theme: theme(ACCESS, ("Outlook keeps asking for my password", "Outlook redemande sans cesse mon mot de passe"),
            ("The password prompt comes back several times a day.", "La demande de mot de passe revient plusieurs fois par jour."),
            ("Signed the user out and in again; the prompts stopped.", "Déconnexion puis reconnexion du compte ; les demandes ont cessé.")),
        title: ("Repeated password prompts in Outlook", "Demandes répétées de mot de passe dans Outlook"),
        description: ("Many users must type their password several times a day.", "De nombreux utilisateurs doivent ressaisir leur mot de passe plusieurs fois par jour."),
        known_error: Some((
            ("Outlook asks for the password several times a day.", "Outlook redemande le mot de passe plusieurs fois par jour."),
            ("Legacy authentication is still enabled on MAIL-02; its tokens expire after 4 hours.", "L'authentification héritée est encore active sur MAIL-02 ; ses jetons expirent au bout de 4 heures."),
            ("Sign out of Office (File > Account > Sign out), restart Outlook and sign in again.", "Se déconnecter d'Office (Fichier > Compte > Se déconnecter), redémarrer Outlook et se reconnecter."))),
        resolution: ("Modern authentication enforced on MAIL-02 by change; no prompt since.", "Authentification moderne imposée sur MAIL-02 par un changement ; plus aucune demande depuis."),
        fix: Some((("Enforce modern authentication on MAIL-02", "Imposer l'authentification moderne sur MAIL-02"),
            ("Turn off legacy authentication so that tokens renew silently.", "Désactiver l'authentification héritée pour que les jetons se renouvellent sans intervention."))) },
    ProblemSpec { service: 1, ago: 70, stage: Stage::Closed, incidents: 4,
        theme: theme(DATA, ("Payroll export to the bank fails", "L'export de la paie vers la banque échoue"),
            ("The transfer file is not generated at month end.", "Le fichier de virement n'est pas généré en fin de mois."),
            ("Reran the export by hand overnight.", "Export relancé manuellement dans la nuit.")),
        title: ("Month-end bank export of the payroll fails", "Échec de l'export bancaire de la paie en fin de mois"),
        description: ("The export job fails every month when the batch is largest.", "Le traitement d'export échoue chaque mois lorsque le lot est le plus gros."),
        known_error: None,
        resolution: ("Root cause: the export job timed out on large batches. Batches split by change.", "Cause : le traitement d'export dépassait son délai sur les gros lots. Lots découpés par un changement."),
        fix: Some((("Split the payroll bank export into batches", "Découper l'export bancaire de la paie en lots"),
            ("Export in batches of 500 transfers to stay within the job's time limit.", "Exporter par lots de 500 virements pour rester dans le délai du traitement."))) },
    ProblemSpec { service: 6, ago: 62, stage: Stage::Closed, incidents: 5,
        theme: theme(HARDWARE, ("Print jobs stuck in the queue", "Travaux d'impression bloqués dans la file d'attente"),
            ("Documents stay in the queue and never print.", "Les documents restent dans la file et ne s'impriment jamais."),
            ("Restarted the print spooler on PRINT-SRV.", "Spouleur d'impression redémarré sur PRINT-SRV.")),
        title: ("The print spooler of PRINT-SRV stops several times a week", "Le spouleur de PRINT-SRV s'arrête plusieurs fois par semaine"),
        description: ("Every queue of the print server freezes until the spooler restarts.", "Toutes les files du serveur d'impression se figent jusqu'au redémarrage du spouleur."),
        known_error: Some((
            ("Jobs stuck in every queue of PRINT-SRV.", "Travaux bloqués dans toutes les files de PRINT-SRV."),
            ("An old type 3 printer driver crashes the spooler.", "Un ancien pilote d'imprimante de type 3 fait planter le spouleur."),
            ("Restart the Print Spooler service on PRINT-SRV; the jobs resume.", "Redémarrer le service Spouleur d'impression sur PRINT-SRV ; les travaux reprennent."))),
        resolution: ("Old driver removed; every queue moved to the universal driver.", "Ancien pilote supprimé ; toutes les files passées au pilote universel."),
        fix: None },
    ProblemSpec { service: 5, ago: 45, stage: Stage::Resolved, incidents: 5,
        theme: theme(NETWORK, ("Wi-Fi drops when walking between floors", "Le Wi-Fi se coupe en changeant d'étage"),
            ("The laptop loses the network on the stairs and takes minutes to reconnect.", "Le portable perd le réseau dans l'escalier et met plusieurs minutes à se reconnecter."),
            ("Turned Wi-Fi off and on again on the laptop.", "Wi-Fi désactivé puis réactivé sur le portable.")),
        title: ("Laptops lose Wi-Fi when roaming between floors", "Les portables perdent le Wi-Fi en passant d'un étage à l'autre"),
        description: ("Roaming between access points fails on every floor.", "Le passage d'une borne à l'autre échoue à tous les étages."),
        known_error: Some((
            ("Wi-Fi lost after changing floors.", "Wi-Fi perdu après un changement d'étage."),
            ("Fast roaming was disabled on WLC-01 by the last update.", "L'itinérance rapide a été désactivée sur WLC-01 par la dernière mise à jour."),
            ("Turn Wi-Fi off and on again after changing floors.", "Désactiver puis réactiver le Wi-Fi après avoir changé d'étage."))),
        resolution: ("Fast roaming enabled again on WLC-01 by change.", "Itinérance rapide réactivée sur WLC-01 par un changement."),
        fix: Some((("Enable fast roaming on WLC-01", "Réactiver l'itinérance rapide sur WLC-01"),
            ("Restore the fast roaming setting lost in the last update.", "Rétablir le réglage d'itinérance rapide perdu lors de la dernière mise à jour."))) },
    ProblemSpec { service: 3, ago: 55, stage: Stage::Closed, incidents: 3,
        theme: theme(SOFTWARE, ("Intranet search finds nothing", "La recherche de l'intranet ne trouve rien"),
            ("Search returns no results, even for a page title.", "La recherche ne renvoie aucun résultat, même pour un titre de page."),
            ("Restarted the indexing service.", "Service d'indexation redémarré.")),
        title: ("Intranet search index not rebuilt after publications", "Index de recherche de l'intranet non reconstruit après publication"),
        description: ("Search results are empty after each publication day.", "Les résultats de recherche sont vides après chaque jour de publication."),
        known_error: None,
        resolution: ("The nightly index job failed on a locked table; job fixed and rescheduled.", "Le traitement nocturne d'indexation échouait sur une table verrouillée ; traitement corrigé et replanifié."),
        fix: None },
    ProblemSpec { service: 7, ago: 30, stage: Stage::KnownError, incidents: 4,
        theme: theme(NETWORK, ("Mapped drives missing after login", "Lecteurs réseau absents après l'ouverture de session"),
            ("The S: and T: drives do not appear in the morning.", "Les lecteurs S: et T: n'apparaissent pas le matin."),
            ("Ran the drive mapping script by hand.", "Script de connexion des lecteurs lancé manuellement.")),
        title: ("Network drives not mapped at logon on laptops", "Lecteurs réseau non connectés à l'ouverture de session sur les portables"),
        description: ("Laptop users find their network drives missing most mornings.", "Les utilisateurs de portables trouvent leurs lecteurs réseau absents la plupart des matins."),
        known_error: Some((
            ("S: and T: drives missing after logging on.", "Lecteurs S: et T: absents après l'ouverture de session."),
            ("The logon script runs before the Wi-Fi connection is up.", "Le script d'ouverture de session s'exécute avant que le Wi-Fi soit connecté."),
            ("Double-click \"Reconnect drives\" on the desktop.", "Double-cliquer sur « Reconnecter les lecteurs » sur le bureau."))),
        resolution: ("Logon script now waits for the network.", "Le script d'ouverture de session attend désormais le réseau."),
        fix: None },
    ProblemSpec { service: 8, ago: 75, stage: Stage::Closed, incidents: 4,
        theme: theme(NETWORK, ("Calls cut off after 30 minutes", "Les appels sont coupés au bout de 30 minutes"),
            ("Long external calls drop at exactly 30 minutes.", "Les longs appels externes tombent au bout de 30 minutes exactement."),
            ("Advised calling back; no lasting fix yet.", "Conseillé de rappeler ; pas de correction durable pour l'instant.")),
        title: ("External calls drop after 30 minutes", "Coupure des appels externes après 30 minutes"),
        description: ("Every external call longer than 30 minutes is cut.", "Tout appel externe de plus de 30 minutes est coupé."),
        known_error: None,
        resolution: ("SIP session timers aligned with the operator's trunk by change.", "Temporisations de session SIP alignées sur celles de l'opérateur par un changement."),
        fix: Some((("Align SIP session timers with the operator", "Aligner les temporisations SIP sur l'opérateur"),
            ("Set the session refresh to the operator's 1,800 seconds.", "Régler le rafraîchissement de session sur les 1 800 secondes de l'opérateur."))) },
    ProblemSpec { service: 9, ago: 20, stage: Stage::Analysis, incidents: 3,
        theme: theme(SOFTWARE, ("Accounting app freezes when closing the month", "L'application comptable se fige à la clôture du mois"),
            ("The closing wizard stops responding at step 3.", "L'assistant de clôture ne répond plus à l'étape 3."),
            ("Ended the session and restarted the wizard.", "Session arrêtée et assistant relancé.")),
        title: ("Month-end closing wizard freezes", "Blocage de l'assistant de clôture mensuelle"),
        description: ("The wizard hangs for every accountant at the same step.", "L'assistant se bloque pour tous les comptables à la même étape."),
        known_error: None, resolution: ("", ""), fix: None },
    ProblemSpec { service: 0, ago: 16, stage: Stage::Analysis, incidents: 3,
        theme: theme(SOFTWARE, ("Shared mailbox calendar does not sync on phones", "L'agenda de la boîte partagée ne se synchronise pas sur les téléphones"),
            ("Meetings added on the PC never show on the phone.", "Les réunions ajoutées sur le PC n'apparaissent jamais sur le téléphone."),
            ("Removed the account from the phone and added it again.", "Compte supprimé puis ajouté de nouveau sur le téléphone.")),
        title: ("Shared calendars do not sync to mobile devices", "Agendas partagés non synchronisés sur les mobiles"),
        description: ("Shared calendars stay empty on phones.", "Les agendas partagés restent vides sur les téléphones."),
        known_error: None, resolution: ("", ""), fix: None },
    ProblemSpec { service: 1, ago: 85, stage: Stage::Closed, incidents: 3,
        theme: theme(DATA, ("Payslip PDF will not open", "Le bulletin de paie PDF ne s'ouvre pas"),
            ("The reader says the file is damaged.", "Le lecteur indique que le fichier est endommagé."),
            ("Sent the payslip again from the payroll application.", "Bulletin renvoyé depuis l'application de paie.")),
        title: ("Some payslip PDFs are corrupted", "Certains bulletins de paie PDF sont corrompus"),
        description: ("A few employees receive unreadable payslips every month.", "Quelques salariés reçoivent chaque mois un bulletin illisible."),
        known_error: None,
        resolution: ("Fonts missing on ERP-APP broke PDFs with accented names; fonts installed.", "Des polices manquantes sur ERP-APP corrompaient les PDF aux noms accentués ; polices installées."),
        fix: None },
    ProblemSpec { service: 5, ago: 12, stage: Stage::KnownError, incidents: 3,
        theme: theme(NETWORK, ("Guest Wi-Fi login page does not show on iPhones", "La page de connexion du Wi-Fi invité ne s'affiche pas sur iPhone"),
            ("Visitors with iPhones connect but get no login page.", "Les visiteurs sur iPhone se connectent sans obtenir la page d'accès."),
            ("Opened the login page by hand in Safari.", "Page d'accès ouverte manuellement dans Safari.")),
        title: ("Guest portal not detected by iOS", "Portail invité non détecté par iOS"),
        description: ("iPhones never show the guest Wi-Fi login page.", "Les iPhone n'affichent jamais la page d'accès du Wi-Fi invité."),
        known_error: Some((
            ("No login page for guests on iPhones.", "Pas de page d'accès pour les invités sur iPhone."),
            ("The guest portal's certificate chain is incomplete, so iOS does not open it.", "La chaîne de certificats du portail invité est incomplète, iOS ne l'ouvre donc pas."),
            ("Open Safari and type any http:// address; the login page appears.", "Ouvrir Safari et saisir n'importe quelle adresse en http:// ; la page d'accès s'affiche."))),
        resolution: ("", ""), fix: None },
    ProblemSpec { service: 6, ago: 6, stage: Stage::Assessed, incidents: 2,
        theme: theme(HARDWARE, ("Scan to e-mail fails for large documents", "Le scan vers e-mail échoue pour les gros documents"),
            ("Scans over 20 pages never arrive.", "Les numérisations de plus de 20 pages n'arrivent jamais."),
            ("Split the scan into several parts.", "Numérisation découpée en plusieurs envois.")),
        title: ("Large scans from the MFPs are lost", "Les grosses numérisations des multifonctions se perdent"),
        description: ("Scans above about 10 MB disappear without an error.", "Les numérisations de plus de 10 Mo environ disparaissent sans erreur."),
        known_error: None, resolution: ("", ""), fix: None },
    ProblemSpec { service: 3, ago: 40, stage: Stage::Closed, incidents: 3,
        theme: theme(ACCESS, ("Intranet login loops in Firefox", "Boucle de connexion à l'intranet dans Firefox"),
            ("The login page keeps coming back.", "La page de connexion revient sans cesse."),
            ("Cleared the browser's cookies.", "Cookies du navigateur effacés.")),
        title: ("Intranet sign-in loop in Firefox", "Boucle d'authentification de l'intranet sous Firefox"),
        description: ("Firefox users cannot sign in to the intranet.", "Les utilisateurs de Firefox ne peuvent pas se connecter à l'intranet."),
        known_error: None,
        resolution: ("Corrected the cookies' SameSite setting on WEB-01.", "Paramètre SameSite des cookies corrigé sur WEB-01."),
        fix: None },
    ProblemSpec { service: 7, ago: 3, stage: Stage::New, incidents: 2,
        theme: theme(DATA, ("Sunday backup of NAS-01 failed", "La sauvegarde du dimanche de NAS-01 a échoué"),
            ("Monitoring reports the weekly backup job in error.", "La supervision signale le traitement de sauvegarde hebdomadaire en erreur."),
            ("Reran the backup job on Monday.", "Sauvegarde relancée le lundi.")),
        title: ("Weekly NAS-01 backup fails every Sunday", "La sauvegarde hebdomadaire de NAS-01 échoue chaque dimanche"),
        description: ("The backup has failed three Sundays in a row.", "La sauvegarde a échoué trois dimanches de suite."),
        known_error: None, resolution: ("", ""), fix: None },
];
