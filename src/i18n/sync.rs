//! Messages of team sync: the Settings section, the header's status, the errors, and a
//! ticket edited on two devices (its versions compared part by part).

use super::catalog::catalog;
use super::{fill, Lang};
use crate::domain::replication::target::{
    Direction, Refusal, SyncFailure, SyncStatus, TargetError,
};

catalog! {
    /// A message about team sync.
    pub enum SyncMsg;
    Title => "Team sync", "Synchronisation d'équipe";
    Intro => "Share this workspace with your team's other laptops through a CouchDB database. Each laptop keeps working offline and catches up when it is back online.", "Partagez cet espace de travail avec les autres ordinateurs de l'équipe par une base CouchDB. Chaque ordinateur continue de travailler hors ligne et se remet à jour à son retour en ligne.";
    Url => "CouchDB server address", "Adresse du serveur CouchDB";
    UrlHelp => "For example https://couch.example.org:6984. The server must allow this page's address in its CORS settings.", "Par exemple https://couch.example.org:6984. Le serveur doit autoriser l'adresse de cette page dans ses réglages CORS.";
    Database => "Database", "Base de données";
    DatabaseHelp => "One database per workspace, for example itsm-acme.", "Une base par espace de travail, par exemple itsm-acme.";
    User => "User name", "Nom d'utilisateur";
    Password => "Password", "Mot de passe";
    CredentialsHelp => "The user name and password are stored only in this browser. They are never put in backups and never sent anywhere but this server. Whoever administers the server can read the workspace's data.", "Le nom d'utilisateur et le mot de passe ne sont conservés que dans ce navigateur. Ils ne figurent jamais dans les sauvegardes et ne sont envoyés qu'à ce serveur. Quiconque administre le serveur peut lire les données de l'espace.";
    Save => "Save and sync", "Enregistrer et synchroniser";
    SyncNow => "Sync now", "Synchroniser maintenant";
    Stop => "Stop syncing", "Arrêter la synchronisation";
    Stopped => "This workspace is no longer synced. Its data stays in this browser.", "Cet espace n'est plus synchronisé. Ses données restent dans ce navigateur.";
    NotKept => "This browser refused to keep the sync settings (storage full or disabled).", "Ce navigateur a refusé de conserver les réglages de synchronisation (stockage plein ou désactivé).";
    StatusLabel => "Sync status:", "État de la synchronisation\u{a0}:";
    Off => "Not synced: this workspace lives in this browser only.", "Non synchronisé\u{a0}: cet espace ne vit que dans ce navigateur.";
    Synced => "Synced", "Synchronisé";
    Syncing => "Syncing…", "Synchronisation…";
    SyncingLeft => "Syncing ({left} left)", "Synchronisation ({left} restants)";
    Offline => "Offline: changes are kept and sent when the network is back", "Hors ligne\u{a0}: les modifications sont gardées et envoyées au retour du réseau";
    OfflineShort => "Offline", "Hors ligne";
    Failed => "Sync error: {reason}", "Erreur de synchronisation\u{a0}: {reason}";
    FailedShort => "Sync error", "Erreur de synchro";
    Unreachable => "the server does not answer (check the address, the network and the server's CORS settings)", "le serveur ne répond pas (vérifiez l'adresse, le réseau et les réglages CORS du serveur)";
    Unauthorized => "the server refused the user name or password, or this user may not use the database", "le serveur a refusé le nom d'utilisateur ou le mot de passe, ou cet utilisateur n'a pas accès à la base";
    DatabaseMissing => "the database does not exist and this user may not create it", "la base n'existe pas et cet utilisateur ne peut pas la créer";
    Server => "the server answered {status}: {reason}", "le serveur a répondu {status}\u{a0}: {reason}";
    BadResponse => "the server's answer is not CouchDB's ({detail})", "la réponse du serveur n'est pas celle de CouchDB ({detail})";
    BothHaveTickets => "this workspace already has tickets and so has the server's database: to join a shared database, create a new, empty workspace (Settings → Workspaces) and sync it, so that ticket numbers never collide", "cet espace a déjà des tickets, et la base du serveur aussi\u{a0}: pour rejoindre une base partagée, créez un nouvel espace vide (Paramètres → Espaces de travail) et synchronisez-le, afin que les numéros de tickets ne se croisent jamais";
    Local => "this browser's storage failed: {detail}", "le stockage de ce navigateur a échoué\u{a0}: {detail}";
    Internal => "an internal fault of ValueDesk ({detail}); sync is tried again", "une anomalie interne de ValueDesk ({detail})\u{a0}; la synchronisation est retentée";
    Cancelled => "sync was stopped", "la synchronisation a été arrêtée";
    OtherTab => "Sync runs in another tab of this workspace: this tab's changes go through it, and its status shows there", "La synchronisation tourne dans un autre onglet de cet espace\u{a0}: les modifications de cet onglet passent par lui, et son état s'y affiche";
    OtherTabShort => "Syncing in another tab", "Synchro dans un autre onglet";
    Refused => "Synced, except {count} documents that were refused", "Synchronisé, sauf {count} documents refusés";
    RefusedOne => "Synced, except one document that was refused", "Synchronisé, sauf un document refusé";
    RefusedShort => "Synced, {count} refused", "Synchronisé, {count} refusés";
    RefusedPush => "{id}: the server refused it ({reason}); it is sent again at each sync", "{id}\u{a0}: le serveur l'a refusé ({reason})\u{a0}; il est renvoyé à chaque synchronisation";
    RefusedPull => "{id}: this browser refused the server's version ({reason})", "{id}\u{a0}: ce navigateur a refusé la version du serveur ({reason})";
    ErrUrlMissing => "Enter the server's address.", "Saisissez l'adresse du serveur.";
    ErrUrlNotHttp => "The address must start with https:// or http:// followed by the server's name.", "L'adresse doit commencer par https:// ou http:// suivi du nom du serveur.";
    ErrUrlCredentials => "Put the user name and password in their own fields, not in the address.", "Mettez le nom d'utilisateur et le mot de passe dans leurs champs, pas dans l'adresse.";
    ErrUrlQuery => "The address cannot contain ? or #.", "L'adresse ne peut pas contenir ? ni #.";
    ErrDatabaseMissing => "Enter the database's name.", "Saisissez le nom de la base.";
    ErrDatabaseInvalid => "A CouchDB database name starts with a lowercase letter, then lowercase letters, digits and _ $ ( ) + - /.", "Un nom de base CouchDB commence par une lettre minuscule, suivie de minuscules, de chiffres et de _ $ ( ) + - /.";
    ErrCredentials => "Enter both the user name and the password, or neither.", "Saisissez le nom d'utilisateur et le mot de passe, ou aucun des deux.";
    TwoDevices => "Edited on two devices", "Modifié sur deux appareils";
    TwoDevicesHelp => "This ticket was changed on two devices before they synced. The version shown here is kept for now and the other one is not lost: compare them to keep one or merge them. Every device gets the result.", "Ce ticket a été modifié sur deux appareils avant leur synchronisation. La version affichée ici est gardée pour l'instant et l'autre n'est pas perdue\u{a0}: comparez-les pour en garder une ou les fusionner. Tous les appareils reçoivent le résultat.";
    MoreVersions => "{count} other versions were kept: choose the one to compare (the most recently updated first). Settling the conflict settles them all.", "{count} autres versions ont été gardées\u{a0}: choisissez celle à comparer (la plus récemment modifiée d'abord). Régler le conflit les règle toutes.";
    CompareWith => "Compare with", "Comparer avec";
    VersionFrom => "The version from {when}", "La version du {when}";
    Compare => "Compare the versions", "Comparer les versions";
    HideCompare => "Hide the comparison", "Masquer la comparaison";
    CompareCaption => "The fields that differ between the two versions", "Les champs qui diffèrent entre les deux versions";
    ColField => "Field", "Champ";
    ColThis => "This version (kept now)", "Cette version (gardée pour l'instant)";
    ColOther => "Other version (from {when})", "Autre version (du {when})";
    ColMerge => "In the merge", "Dans la fusion";
    UseThis => "This version", "Cette version";
    UseOther => "Other version", "Autre version";
    KeepThis => "Keep this version", "Garder cette version";
    KeepOther => "Keep the other version", "Garder l'autre version";
    Merge => "Merge the chosen fields", "Fusionner les champs choisis";
    Resolving => "Saving…", "Enregistrement…";
    Resolved => "Conflict resolved", "Conflit résolu";
    ResolveSettled => "This conflict was already settled, here or on another device.", "Ce conflit a déjà été réglé, ici ou sur un autre appareil.";
    ResolveStale => "The ticket changed since the comparison was shown: show the latest version and compare again.", "Le ticket a changé depuis l'affichage de la comparaison\u{a0}: affichez la dernière version et comparez à nouveau.";
    ResolveGone => "This ticket no longer exists.", "Ce ticket n'existe plus.";
    RecordsTitle => "Other records edited on two devices", "Autres enregistrements modifiés sur deux appareils";
    RecordsHelp => "These were changed on two devices before they synced. The version in use is the same on every device; the other one is kept until you choose. Every device gets your choice.", "Ils ont été modifiés sur deux appareils avant leur synchronisation. La version en usage est la même sur tous les appareils\u{a0}; l'autre est gardée jusqu'à votre choix. Tous les appareils reçoivent votre choix.";
    DeskConfig => "Desk configuration", "Configuration du centre de services";
    PriorityMatrix => "Priority matrix", "Matrice des priorités";
    SlaPolicy => "SLA policy", "Politique de SLA";
    PracticeNamed => "Practice: {name}", "Pratique\u{a0}: {name}";
    ImprovementNamed => "Improvement {number}: {title}", "Amélioration {number}\u{a0}: {title}";
    DiffersIn => "The versions differ in: {fields}", "Les versions diffèrent par\u{a0}: {fields}";
    KeepInUse => "Keep the version in use", "Garder la version en usage";
    PriorityValue => "{priority} (impact: {impact}, urgency: {urgency})", "{priority} (impact\u{a0}: {impact}, urgence\u{a0}: {urgency})";
    Labelled => "{label}: {value}", "{label}\u{a0}: {value}";
}

/// Why the form's target was refused.
pub fn target_error(error: TargetError, lang: Lang) -> &'static str {
    match error {
        TargetError::UrlMissing => SyncMsg::ErrUrlMissing,
        TargetError::UrlNotHttp => SyncMsg::ErrUrlNotHttp,
        TargetError::UrlHasCredentials => SyncMsg::ErrUrlCredentials,
        TargetError::UrlHasQuery => SyncMsg::ErrUrlQuery,
        TargetError::DatabaseMissing => SyncMsg::ErrDatabaseMissing,
        TargetError::DatabaseInvalid => SyncMsg::ErrDatabaseInvalid,
        TargetError::CredentialsIncomplete => SyncMsg::ErrCredentials,
    }
    .text(lang)
}

/// Why sync stopped, as a clause that follows "Sync error:".
pub fn failure(failure: &SyncFailure, lang: Lang) -> String {
    match failure {
        SyncFailure::Unreachable => SyncMsg::Unreachable.text(lang).to_owned(),
        SyncFailure::Unauthorized => SyncMsg::Unauthorized.text(lang).to_owned(),
        SyncFailure::DatabaseMissing => SyncMsg::DatabaseMissing.text(lang).to_owned(),
        SyncFailure::Server { status, reason } => fill(
            SyncMsg::Server.text(lang),
            &[("status", &status.to_string()), ("reason", reason)],
        ),
        SyncFailure::BadResponse(detail) => {
            fill(SyncMsg::BadResponse.text(lang), &[("detail", detail)])
        }
        SyncFailure::BothHaveTickets => SyncMsg::BothHaveTickets.text(lang).to_owned(),
        SyncFailure::Local(error) => fill(
            SyncMsg::Local.text(lang),
            &[("detail", &error.message(lang))],
        ),
        SyncFailure::Internal(detail) => fill(SyncMsg::Internal.text(lang), &[("detail", detail)]),
        SyncFailure::Cancelled => SyncMsg::Cancelled.text(lang).to_owned(),
    }
}

/// The status in full, for Settings.
pub fn status(status: &SyncStatus, lang: Lang) -> String {
    match status {
        SyncStatus::Off => SyncMsg::Off.text(lang).to_owned(),
        SyncStatus::Synced => SyncMsg::Synced.text(lang).to_owned(),
        SyncStatus::Syncing { left: 0 } => SyncMsg::Syncing.text(lang).to_owned(),
        SyncStatus::Syncing { left } => fill(
            SyncMsg::SyncingLeft.text(lang),
            &[("left", &super::backup::grouped(*left as usize, lang))],
        ),
        SyncStatus::Offline => SyncMsg::Offline.text(lang).to_owned(),
        SyncStatus::OtherTab => SyncMsg::OtherTab.text(lang).to_owned(),
        SyncStatus::Refused(refused) if refused.len() == 1 => {
            SyncMsg::RefusedOne.text(lang).to_owned()
        }
        SyncStatus::Refused(refused) => fill(
            SyncMsg::Refused.text(lang),
            &[("count", &refused.len().to_string())],
        ),
        SyncStatus::Failed(f) => fill(SyncMsg::Failed.text(lang), &[("reason", &failure(f, lang))]),
    }
}

/// One refused document and why, for Settings.
pub fn refusal(refusal: &Refusal, lang: Lang) -> String {
    let msg = match refusal.direction {
        Direction::Push => SyncMsg::RefusedPush,
        Direction::Pull => SyncMsg::RefusedPull,
    };
    let id = match &refusal.name {
        Some(name) => format!("{name} ({})", refusal.id),
        None => refusal.id.clone(),
    };
    fill(msg.text(lang), &[("id", &id), ("reason", &refusal.reason)])
}

/// The status in a few words, for the header; `None` when the workspace is not synced.
pub fn short_status(status: &SyncStatus, lang: Lang) -> Option<String> {
    Some(match status {
        SyncStatus::Off => return None,
        SyncStatus::Offline => SyncMsg::OfflineShort.text(lang).to_owned(),
        SyncStatus::Failed(_) => SyncMsg::FailedShort.text(lang).to_owned(),
        SyncStatus::OtherTab => SyncMsg::OtherTabShort.text(lang).to_owned(),
        SyncStatus::Refused(refused) => fill(
            SyncMsg::RefusedShort.text(lang),
            &[("count", &refused.len().to_string())],
        ),
        other => self::status(other, lang),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_complete_in_both_languages() {
        crate::i18n::catalog::check(SyncMsg::ALL);
    }

    #[test]
    fn refused_documents_are_counted_and_named_with_their_reason() {
        let refused = vec![
            Refusal {
                id: "ticket:a".into(),
                name: Some("INC0042-K7M".into()),
                direction: Direction::Push,
                reason: "forbidden: too large".into(),
            },
            Refusal {
                id: "setting:sla_policy".into(),
                name: None,
                direction: Direction::Pull,
                reason: "not an SLA policy".into(),
            },
        ];
        let current = SyncStatus::Refused(refused.clone());
        assert_eq!(
            short_status(&current, Lang::En).as_deref(),
            Some("Synced, 2 refused")
        );
        assert_eq!(
            status(&current, Lang::Fr),
            "Synchronisé, sauf 2 documents refusés"
        );
        assert_eq!(
            refusal(&refused[0], Lang::En),
            "INC0042-K7M (ticket:a): the server refused it (forbidden: too large); it is sent again at each sync"
        );
        assert!(
            refusal(&refused[1], Lang::Fr).starts_with("setting:sla_policy\u{a0}: ce navigateur")
        );
    }

    #[test]
    fn statuses_read_as_sentences_in_both_languages() {
        let failed = SyncStatus::Failed(SyncFailure::Server {
            status: 500,
            reason: "disk full".into(),
        });
        assert_eq!(
            status(&failed, Lang::En),
            "Sync error: the server answered 500: disk full"
        );
        assert_eq!(
            status(&failed, Lang::Fr),
            "Erreur de synchronisation\u{a0}: le serveur a répondu 500\u{a0}: disk full"
        );
        assert_eq!(
            status(&SyncStatus::Syncing { left: 12_000 }, Lang::Fr),
            "Synchronisation (12\u{a0}000 restants)"
        );
        assert_eq!(short_status(&SyncStatus::Off, Lang::En), None);
        let quota = SyncStatus::Failed(SyncFailure::Local(
            crate::storage_error::StorageError::QuotaExceeded,
        ));
        let fr = status(&quota, Lang::Fr);
        assert!(
            fr.starts_with("Erreur de synchronisation\u{a0}: le stockage"),
            "{fr}"
        );
        assert!(
            fr.contains(&crate::storage_error::StorageError::QuotaExceeded.message(Lang::Fr)),
            "the storage detail is in French too: {fr}"
        );
        assert_eq!(
            short_status(&SyncStatus::OtherTab, Lang::En).as_deref(),
            Some("Syncing in another tab")
        );
        assert_eq!(
            short_status(&failed, Lang::En).as_deref(),
            Some("Sync error")
        );
    }
}
