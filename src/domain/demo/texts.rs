//! What users report and agents write, in English and French: incident templates per
//! service, the customer portal cluster, major incidents, work notes and people's names.

use super::company::{ACCESS, DATA, HARDWARE, NETWORK, PERFORMANCE, SOFTWARE};
use super::Pair;

/// An incident as users report it and as it was resolved.
pub(super) struct IncidentText {
    pub category: usize,
    pub title: Pair,
    pub description: Pair,
    pub resolution: Pair,
}

const fn inc(category: usize, title: Pair, description: Pair, resolution: Pair) -> IncidentText {
    IncidentText {
        category,
        title,
        description,
        resolution,
    }
}

/// Everyday incidents, by service index (as in the company's services).
#[rustfmt::skip]
pub(super) const BACKGROUND: [(usize, IncidentText); 32] = [
    (0, inc(SOFTWARE, ("Outlook won't open: \"Cannot start Microsoft Outlook\"", "Outlook ne s'ouvre plus : « Impossible de démarrer Microsoft Outlook »"),
        ("Outlook closes right after the splash screen since this morning.", "Outlook se ferme juste après l'écran de démarrage depuis ce matin."),
        ("Rebuilt the Outlook profile; mail opens normally.", "Profil Outlook recréé ; la messagerie s'ouvre normalement."))),
    (0, inc(DATA, ("Mailbox full, can no longer send messages", "Boîte aux lettres pleine, impossible d'envoyer des messages"),
        ("A warning says the mailbox is over its quota.", "Un avertissement indique que la boîte dépasse son quota."),
        ("Archived old items and raised the quota to 10 GB.", "Anciens éléments archivés et quota porté à 10 Go."))),
    (0, inc(SOFTWARE, ("E-mails to an external partner bounce back", "Les e-mails vers un partenaire externe reviennent en erreur"),
        ("Every message to the partner's domain returns a 550 error.", "Chaque message vers le domaine du partenaire revient avec une erreur 550."),
        ("The partner's domain was on our block list by mistake; removed it.", "Le domaine du partenaire figurait par erreur sur notre liste de blocage ; il a été retiré."))),
    (0, inc(ACCESS, ("Cannot open a colleague's shared calendar", "Impossible d'ouvrir l'agenda partagé d'un collègue"),
        ("Message: you do not have permission to view this calendar.", "Message : vous n'avez pas l'autorisation d'afficher ce calendrier."),
        ("Delegation rights granted by the calendar's owner.", "Droits de délégation accordés par le propriétaire de l'agenda."))),
    (1, inc(ACCESS, ("Payroll application: account locked", "Application de paie : compte verrouillé"),
        ("Locked out after three wrong passwords.", "Compte verrouillé après trois mots de passe erronés."),
        ("Account unlocked and password reset with the user on the phone.", "Compte déverrouillé et mot de passe réinitialisé avec l'utilisateur au téléphone."))),
    (1, inc(DATA, ("Overtime hours missing from this month's payroll run", "Heures supplémentaires absentes du calcul de paie du mois"),
        ("Overtime entered last week does not appear in the pre-payroll report.", "Les heures saisies la semaine dernière n'apparaissent pas dans le rapport de pré-paie."),
        ("Timesheet import rerun; the hours are now in the payroll run.", "Import des feuilles de temps relancé ; les heures figurent dans le calcul."))),
    (1, inc(PERFORMANCE, ("Payroll screens very slow during month-end close", "Écrans de paie très lents pendant la clôture mensuelle"),
        ("Each screen takes about 20 seconds to open.", "Chaque écran met environ 20 secondes à s'ouvrir."),
        ("Stopped a runaway report job on ERP-APP; response times are back to normal.", "Arrêt d'un traitement de rapport bloqué sur ERP-APP ; temps de réponse revenus à la normale."))),
    (2, inc(ACCESS, ("VPN access refused after password change", "Accès VPN refusé après changement de mot de passe"),
        ("The VPN client says authentication failed.", "Le client VPN indique un échec d'authentification."),
        ("Cleared the cached credentials in the VPN client; the connection works.", "Identifiants en cache effacés dans le client VPN ; la connexion fonctionne."))),
    (2, inc(SOFTWARE, ("VPN client will not install on a new laptop", "Le client VPN ne s'installe pas sur le nouveau portable"),
        ("Setup stops with error 1603.", "L'installation s'arrête avec l'erreur 1603."),
        ("Installed the current client package from the software centre.", "Installation du paquet client à jour depuis le centre logiciel."))),
    (2, inc(NETWORK, ("Internal sites unreachable while the VPN is connected", "Sites internes inaccessibles alors que le VPN est connecté"),
        ("The VPN shows connected but intranet pages do not load.", "Le VPN indique « connecté » mais les pages de l'intranet ne se chargent pas."),
        ("The home router used the office's address range; changed the client's split-tunnel route.", "La box utilisait la même plage d'adresses que le bureau ; route du tunnel partagé corrigée."))),
    (3, inc(SOFTWARE, ("Intranet news page shows an error 500", "La page d'actualités de l'intranet affiche une erreur 500"),
        ("The news page fails since the last publication.", "La page d'actualités est en erreur depuis la dernière publication."),
        ("Cleared the CMS cache on WEB-01.", "Cache du CMS vidé sur WEB-01."))),
    (3, inc(ACCESS, ("Cannot edit my team's intranet page", "Impossible de modifier la page intranet de mon équipe"),
        ("The edit button is missing on our team page.", "Le bouton de modification n'apparaît pas sur la page de l'équipe."),
        ("Added the user to the team's editors group.", "Utilisateur ajouté au groupe des rédacteurs de l'équipe."))),
    (3, inc(PERFORMANCE, ("Intranet slow to load from the branch office", "Intranet lent à charger depuis l'agence"),
        ("Pages take more than 10 seconds to display at the branch.", "Les pages mettent plus de 10 secondes à s'afficher à l'agence."),
        ("Enabled compression on the web server; pages load in under 2 seconds.", "Compression activée sur le serveur web ; les pages se chargent en moins de 2 secondes."))),
    (4, inc(ACCESS, ("Customer cannot reset their portal password", "Un client ne parvient pas à réinitialiser son mot de passe du portail"),
        ("The reset e-mail never arrives.", "L'e-mail de réinitialisation n'arrive jamais."),
        ("The reset e-mail was in the customer's spam folder; resent and confirmed.", "L'e-mail était dans les indésirables du client ; renvoyé et confirmé."))),
    (4, inc(SOFTWARE, ("Order form rejects valid postcodes", "Le formulaire de commande refuse des codes postaux valides"),
        ("Postcodes starting with 0 are refused.", "Les codes postaux commençant par 0 sont refusés."),
        ("Corrected the validation rule in the portal configuration.", "Règle de validation corrigée dans la configuration du portail."))),
    (4, inc(DATA, ("Invoice PDF shows the wrong billing address", "La facture PDF affiche une mauvaise adresse de facturation"),
        ("A customer's invoice carries their former address.", "La facture d'un client porte son ancienne adresse."),
        ("Corrected the customer record and regenerated the invoice.", "Fiche client corrigée et facture régénérée."))),
    (5, inc(NETWORK, ("No Wi-Fi in meeting room 3B", "Pas de Wi-Fi dans la salle de réunion 3B"),
        ("No corporate network is visible in the room.", "Aucun réseau de l'entreprise n'est visible dans la salle."),
        ("The access point had lost power; reset its PoE port on the switch.", "La borne n'était plus alimentée ; port PoE réinitialisé sur le commutateur."))),
    (5, inc(ACCESS, ("Laptop cannot join the corporate Wi-Fi", "Le portable ne se connecte pas au Wi-Fi de l'entreprise"),
        ("Certificate error when joining the network.", "Erreur de certificat à la connexion au réseau."),
        ("Renewed the machine certificate; the laptop joins the network.", "Certificat machine renouvelé ; le portable se connecte."))),
    (5, inc(PERFORMANCE, ("Wi-Fi very slow on the 2nd floor", "Wi-Fi très lent au 2e étage"),
        ("Video calls freeze and downloads crawl.", "Les visioconférences se figent et les téléchargements sont très lents."),
        ("Moved two access points to less crowded channels.", "Deux bornes déplacées sur des canaux moins encombrés."))),
    (6, inc(HARDWARE, ("1st-floor printer shows a paper jam but no paper is stuck", "L'imprimante du 1er étage signale un bourrage sans papier coincé"),
        ("The jam message comes back after every restart.", "Le message de bourrage revient à chaque redémarrage."),
        ("Replaced the worn pick-up roller.", "Rouleau d'entraînement usé remplacé."))),
    (6, inc(HARDWARE, ("Colour prints come out with streaks", "Les impressions couleur sortent avec des traînées"),
        ("Every colour page has blue streaks.", "Chaque page couleur présente des traînées bleues."),
        ("Replaced the cyan toner and cleaned the drum.", "Toner cyan remplacé et tambour nettoyé."))),
    (6, inc(SOFTWARE, ("Cannot add the new printer on my laptop", "Impossible d'ajouter la nouvelle imprimante sur mon portable"),
        ("The printer is not listed when I search for it.", "L'imprimante n'apparaît pas dans la recherche."),
        ("Installed the printer from the print server with the universal driver.", "Imprimante installée depuis le serveur d'impression avec le pilote universel."))),
    (7, inc(ACCESS, ("Access denied to the Finance folder", "Accès refusé au dossier Finance"),
        ("I moved to the finance team and cannot open its folder.", "J'ai rejoint l'équipe finance et je ne peux pas ouvrir son dossier."),
        ("Added the user to the folder's read group after the manager's approval.", "Utilisateur ajouté au groupe de lecture après accord du responsable."))),
    (7, inc(DATA, ("File deleted by mistake on the shared drive", "Fichier supprimé par erreur sur le lecteur partagé"),
        ("The quarterly budget file was deleted this morning.", "Le fichier du budget trimestriel a été supprimé ce matin."),
        ("Restored yesterday's version from the backup.", "Version de la veille restaurée depuis la sauvegarde."))),
    (7, inc(PERFORMANCE, ("Opening files on the shared drive takes minutes", "L'ouverture des fichiers du lecteur partagé prend plusieurs minutes"),
        ("Even small documents are slow to open.", "Même les petits documents sont longs à ouvrir."),
        ("Excluded the share from on-access antivirus scanning; speed restored.", "Analyse antivirus à l'accès désactivée pour le partage ; vitesse rétablie."))),
    (8, inc(HARDWARE, ("Desk phone stuck on \"Registering\"", "Téléphone de bureau bloqué sur « Enregistrement »"),
        ("The phone has shown the same message since the power cut.", "Le téléphone affiche ce message depuis la coupure de courant."),
        ("Reset the phone to factory settings and provisioned it again.", "Téléphone réinitialisé et reprovisionné."))),
    (8, inc(SOFTWARE, ("Voicemail messages no longer arrive by e-mail", "Les messages vocaux n'arrivent plus par e-mail"),
        ("Voicemails stay on the phone only.", "Les messages restent uniquement sur le téléphone."),
        ("Fixed the SMTP relay setting on PBX-01.", "Paramètre de relais SMTP corrigé sur PBX-01."))),
    (8, inc(NETWORK, ("Callers hear an echo on outgoing calls", "Les correspondants entendent un écho sur les appels sortants"),
        ("External callers hear their own voice.", "Les correspondants externes entendent leur propre voix."),
        ("Adjusted echo cancellation on the SIP trunk.", "Annulation d'écho réglée sur le trunk SIP."))),
    (9, inc(ACCESS, ("Cannot approve supplier invoices in the accounting app", "Impossible de valider les factures fournisseurs dans l'application comptable"),
        ("The approve button is greyed out.", "Le bouton de validation est grisé."),
        ("Added the approval role to the user's profile.", "Rôle de validation ajouté au profil de l'utilisateur."))),
    (9, inc(DATA, ("Bank statement import fails with a format error", "L'import du relevé bancaire échoue avec une erreur de format"),
        ("Today's statement cannot be imported.", "Le relevé du jour ne peut pas être importé."),
        ("The bank changed its file format; updated the mapping.", "La banque a changé de format de fichier ; correspondance mise à jour."))),
    (9, inc(SOFTWARE, ("Accounting reports export to Excel with empty columns", "Les rapports comptables s'exportent vers Excel avec des colonnes vides"),
        ("Amounts are missing from every export.", "Les montants manquent dans chaque export."),
        ("Applied the vendor's hotfix for the export module.", "Correctif de l'éditeur appliqué au module d'export."))),
    (9, inc(PERFORMANCE, ("Month-end closing report runs for hours", "Le rapport de clôture mensuelle tourne pendant des heures"),
        ("The report used to take ten minutes.", "Le rapport prenait dix minutes auparavant."),
        ("Rebuilt the database statistics on ERP-DB.", "Statistiques de la base ERP-DB recalculées."))),
];

/// The customer portal's recent slowness: recurring incidents nobody linked to a problem yet.
#[rustfmt::skip]
pub(super) const CLUSTER: [IncidentText; 5] = [
    inc(PERFORMANCE, ("Customer portal takes over 30 seconds to show orders", "Le portail clients met plus de 30 secondes à afficher les commandes"),
        ("Several customers called: the order history hangs before showing.", "Plusieurs clients ont appelé : l'historique des commandes reste figé avant de s'afficher."),
        ("Restarted the portal's application pool; faster for now, cause unknown.", "Pool applicatif du portail redémarré ; plus rapide pour l'instant, cause inconnue.")),
    inc(PERFORMANCE, ("Portal times out when customers download invoices", "Délai dépassé sur le portail lors du téléchargement des factures"),
        ("Invoice downloads stop with a timeout page.", "Le téléchargement des factures s'arrête sur une page de délai dépassé."),
        ("Restarted API-GW; downloads work again.", "API-GW redémarrée ; les téléchargements fonctionnent à nouveau.")),
    inc(PERFORMANCE, ("Customers report the portal is very slow since Monday", "Les clients signalent un portail très lent depuis lundi"),
        ("Every page takes several seconds, especially late morning.", "Chaque page met plusieurs secondes, surtout en fin de matinée."),
        ("Recycled WEB-02; the portal responds normally again.", "WEB-02 recyclé ; le portail répond de nouveau normalement.")),
    inc(PERFORMANCE, ("Portal search hangs for several minutes", "La recherche du portail reste bloquée plusieurs minutes"),
        ("Searching for a product spins without result.", "La recherche d'un produit tourne sans donner de résultat."),
        ("Cleared the search cache; results come back quickly.", "Cache de recherche vidé ; les résultats reviennent rapidement.")),
    inc(PERFORMANCE, ("Error 504 on the customer portal at peak time", "Erreur 504 sur le portail clients aux heures de pointe"),
        ("Customers get a gateway timeout around 11:00.", "Les clients obtiennent une erreur de passerelle vers 11 h."),
        ("Added a second worker on API-GW; errors stopped.", "Second processus ajouté sur API-GW ; les erreurs ont cessé.")),
];

/// Major incidents: the service, the incident, and what its child incidents say.
#[rustfmt::skip]
pub(super) const MAJORS: [(usize, IncidentText, Pair); 4] = [
    (0, inc(SOFTWARE, ("E-mail down for all staff", "Messagerie indisponible pour tout le personnel"),
        ("Nobody can send or receive e-mail; Outlook shows \"Disconnected\".", "Personne ne peut envoyer ni recevoir d'e-mails ; Outlook affiche « Déconnecté »."),
        ("MAIL-01's database volume was full; freed space and restarted the services.", "Le volume de base de MAIL-01 était plein ; espace libéré et services redémarrés.")),
        ("Cannot send e-mail", "Impossible d'envoyer des e-mails")),
    (8, inc(NETWORK, ("No inbound calls to the switchboard", "Plus aucun appel entrant au standard"),
        ("Callers hear a busy tone; internal calls still work.", "Les appelants entendent une tonalité occupée ; les appels internes fonctionnent."),
        ("The SIP trunk router failed; moved the traffic to the backup link.", "Le routeur du trunk SIP est tombé en panne ; trafic basculé sur le lien de secours.")),
        ("Customers say our number does not answer", "Les clients disent que notre numéro ne répond pas")),
    (7, inc(HARDWARE, ("Shared drives unreachable for all users", "Lecteurs partagés inaccessibles pour tous les utilisateurs"),
        ("Every mapped drive shows a red cross.", "Tous les lecteurs réseau affichent une croix rouge."),
        ("A controller of NAS-01 hung; failed over to the second controller.", "Un contrôleur de NAS-01 était bloqué ; basculement sur le second contrôleur.")),
        ("Cannot open files on the S: drive", "Impossible d'ouvrir les fichiers du lecteur S:")),
    (5, inc(NETWORK, ("Wi-Fi down on all floors", "Wi-Fi coupé à tous les étages"),
        ("Access points blink orange; nobody can connect since WLC-01 restarted.", "Les bornes clignotent en orange ; plus personne ne se connecte depuis le redémarrage de WLC-01."),
        ("Restored WLC-01's configuration from last night's backup.", "Configuration de WLC-01 restaurée depuis la sauvegarde de la nuit.")),
        ("No network on my laptop in the open space", "Plus de réseau sur mon portable dans l'open space")),
];

/// Work notes; `{caller}`, `{ci}` and `{group}` are filled in.
#[rustfmt::skip]
pub(super) const NOTES: [Pair; 7] = [
    ("Called {caller} back and reproduced the issue together.", "Rappel de {caller} : problème reproduit ensemble."),
    ("Checked the logs on {ci}; the errors match the time of the report.", "Journaux de {ci} consultés : les erreurs correspondent à l'heure du signalement."),
    ("Remote session with the user to collect screenshots.", "Prise en main à distance pour recueillir des captures d'écran."),
    ("Same symptom on another workstation: not limited to this user.", "Même symptôme sur un autre poste : le problème ne se limite pas à cet utilisateur."),
    ("Tried the fix on a test account first; it works.", "Correctif d'abord essayé sur un compte de test : il fonctionne."),
    ("Asked {caller} to confirm after a restart.", "Demandé à {caller} de confirmer après un redémarrage."),
    ("Escalated to {group} for analysis.", "Transmis au groupe {group} pour analyse."),
];

/// Notes of particular moments.
pub(super) const HOLD_CALLER: Pair = (
    "Waiting for the user, who is out of the office until tomorrow.",
    "En attente de l'utilisateur, absent jusqu'à demain.",
);
pub(super) const HOLD_VENDOR: Pair = (
    "Case opened with the vendor; waiting for their answer.",
    "Dossier ouvert chez l'éditeur ; en attente de sa réponse.",
);
pub(super) const REOPENED: Pair = (
    "The caller reports the issue is back.",
    "L'utilisateur signale que le problème est revenu.",
);
pub(super) const DUPLICATE: Pair = (
    "Logged twice by mistake; the other ticket is being worked on.",
    "Saisi deux fois par erreur ; l'autre ticket est en cours de traitement.",
);
pub(super) const MAJOR_DECLARED: Pair = (
    "Major incident declared; communication sent to all staff.",
    "Incident majeur déclaré ; communication envoyée à tout le personnel.",
);
pub(super) const MAJOR_UPDATE: Pair = (
    "Status update posted on the intranet; next one in 30 minutes.",
    "Point de situation publié sur l'intranet ; le prochain dans 30 minutes.",
);
pub(super) const WITH_PARENT: Pair = (
    "Resolved with the major incident.",
    "Résolu avec l'incident majeur.",
);
pub(super) const WORKAROUND_APPLIED: Pair = (
    "Applied the known error's workaround; the user confirmed it works.",
    "Contournement de l'erreur connue appliqué ; l'utilisateur confirme que cela fonctionne.",
);

/// Callers' names, per language.
pub(super) const CALLER_FIRST: [Pair; 16] = [
    ("Olivia", "Camille"),
    ("James", "Mathieu"),
    ("Sophie", "Sophie"),
    ("Daniel", "Nicolas"),
    ("Grace", "Julie"),
    ("Thomas", "Antoine"),
    ("Amelia", "Manon"),
    ("Ryan", "Thomas"),
    ("Hannah", "Élodie"),
    ("Ethan", "Guillaume"),
    ("Chloe", "Sarah"),
    ("Lucas", "Pierre"),
    ("Mia", "Laura"),
    ("Oscar", "Romain"),
    ("Zoe", "Céline"),
    ("Adam", "Maxime"),
];
pub(super) const CALLER_LAST: [Pair; 12] = [
    ("Bennett", "Durand"),
    ("Clarke", "Lefèvre"),
    ("Hughes", "Petit"),
    ("Patel", "Girard"),
    ("Turner", "Bonnet"),
    ("Walsh", "Rousseau"),
    ("Morgan", "Faure"),
    ("Reid", "André"),
    ("Foster", "Gauthier"),
    ("Shaw", "Perrin"),
    ("Kelly", "Morel"),
    ("Ward", "Fournier"),
];
/// Line managers who approve requests.
pub(super) const MANAGERS: [Pair; 3] = [
    ("Helen Carter", "Isabelle Marchand"),
    ("Mark Davies", "Philippe Renaud"),
    ("Priya Shah", "Nathalie Caron"),
];
