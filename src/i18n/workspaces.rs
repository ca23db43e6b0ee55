//! Messages of workspaces: the header switch, the settings section, demo workspaces and
//! their simulated clock.

use super::catalog::catalog;
use super::Lang;
use crate::domain::workspace::WorkspaceError;

catalog! {
    /// A message about workspaces.
    pub enum WorkspaceMsg;
    Label => "Workspace", "Espace de travail";
    DemoBadge => "Demo", "Démo";
    DefaultName => "My team", "Mon équipe";
    DemoName => "Demo — Acme Corp", "Démo — Acme Corp";
    SectionTitle => "Workspaces", "Espaces de travail";
    SectionHelp => "Each workspace is a separate service desk with its own tickets and settings, kept in its own database in this browser. Backups, exports and imports apply to the open workspace.", "Chaque espace de travail est un centre de services distinct, avec ses propres tickets et réglages, conservé dans sa propre base de ce navigateur. Sauvegardes, exports et imports portent sur l'espace ouvert.";
    ListLabel => "Workspaces of this browser", "Espaces de travail de ce navigateur";
    OpenNow => "Open now", "Ouvert";
    Open => "Open", "Ouvrir";
    Rename => "Rename", "Renommer";
    NameLabel => "Name of the new workspace", "Nom du nouvel espace";
    NewNameLabel => "New name of {name}", "Nouveau nom de {name}";
    Save => "Save", "Enregistrer";
    Cancel => "Cancel", "Annuler";
    Delete => "Delete…", "Supprimer…";
    ConfirmDelete => "Delete “{name}” and all its tickets for good? This cannot be undone: download a backup first if you may need them.", "Supprimer définitivement «\u{a0}{name}\u{a0}» et tous ses tickets\u{a0}? C'est irréversible\u{a0}: téléchargez d'abord une sauvegarde si vous pourriez en avoir besoin.";
    ConfirmDeleteButton => "Delete for good", "Supprimer définitivement";
    Deleted => "“{name}” was deleted.", "«\u{a0}{name}\u{a0}» a été supprimé.";
    DeleteBlocked => "Waiting for other tabs that have “{name}” open to let it go…", "En attente des autres onglets où «\u{a0}{name}\u{a0}» est ouvert…";
    NewTitle => "New empty workspace", "Nouvel espace vide";
    Create => "Create and open", "Créer et ouvrir";
    DemoTitle => "Demo workspace", "Espace de démonstration";
    DemoHelp => "Generates Acme Corp, a small company with 10 services, 4 support groups and 90 days of incidents, requests, problems and changes, in a workspace of its own: your other workspaces are not touched. The same seed always gives the same data.", "Génère Acme Corp, une petite entreprise avec 10 services, 4 groupes de support et 90 jours d'incidents, de demandes, de problèmes et de changements, dans un espace à part\u{a0}: vos autres espaces ne sont pas touchés. La même graine donne toujours les mêmes données.";
    DemoLang => "Language of the demo data", "Langue des données de démo";
    Seed => "Seed", "Graine";
    CreateDemo => "Create demo workspace", "Créer l'espace de démo";
    Generating => "Generating the demo…", "Génération de la démo…";
    Generated => "Generated {tickets} tickets and {events} history events in {ms} ms (generation {generation} ms, writing {writing} ms).", "{tickets} tickets et {events} événements d'historique générés en {ms} ms (génération {generation} ms, écriture {writing} ms).";
    Reset => "Reset demo…", "Réinitialiser la démo…";
    ConfirmReset => "Put “{name}” back to its generated state? Everything done in it since, scenario records and the simulated clock included, is replaced. Other workspaces are not touched.", "Remettre «\u{a0}{name}\u{a0}» dans son état généré\u{a0}? Tout ce qui y a été fait depuis, y compris les enregistrements des scénarios et l'horloge simulée, est remplacé. Les autres espaces ne sont pas touchés.";
    ConfirmResetButton => "Reset demo", "Réinitialiser la démo";
    ResetDone => "The demo is back to its generated state ({ms} ms).", "La démo est revenue à son état généré ({ms} ms).";
    SeedInvalid => "The seed is a whole number from 0 to 18446744073709551615.", "La graine est un nombre entier de 0 à 18446744073709551615.";
    ErrEmptyName => "Give the workspace a name.", "Donnez un nom à l'espace de travail.";
    ErrNameTooLong => "The name is too long: 60 characters at most.", "Le nom est trop long\u{a0}: 60 caractères au plus.";
    ErrNameTaken => "Another workspace already has this name.", "Un autre espace de travail porte déjà ce nom.";
    ErrLastOne => "The last workspace cannot be deleted.", "Le dernier espace de travail ne peut pas être supprimé.";
    ErrUnknown => "This workspace no longer exists (deleted in another tab?).", "Cet espace de travail n'existe plus (supprimé dans un autre onglet\u{a0}?).";
    ErrNotDemo => "Only a demo workspace has a simulated clock or can be reset.", "Seul un espace de démo a une horloge simulée ou peut être réinitialisé.";
    ErrNotSaved => "This browser did not keep the list of workspaces: {detail}", "Ce navigateur n'a pas conservé la liste des espaces de travail\u{a0}: {detail}";
    ClockRegion => "Demo clock", "Horloge de la démo";
    ClockSimulated => "Simulated time", "Heure simulée";
    ClockReal => "Real time", "Heure réelle";
    ClockAhead => "{ahead} ahead of real time", "{ahead} d'avance sur l'heure réelle";
    PlusHour => "+1 hour", "+1 heure";
    PlusDay => "+1 day", "+1 jour";
    NextWarning => "Next SLA warning", "Prochaine alerte SLA";
    BackToReal => "Back to real time", "Revenir à l'heure réelle";
    NoWarningAhead => "No SLA warning ahead: every open ticket is already warned, breached or without a clock.", "Aucune alerte SLA à venir\u{a0}: chaque ticket ouvert est déjà en alerte, dépassé ou sans horloge.";
}

impl WorkspaceMsg {
    /// Why a change to the workspaces was refused.
    pub fn error(error: &WorkspaceError) -> WorkspaceMsg {
        match error {
            WorkspaceError::EmptyName => WorkspaceMsg::ErrEmptyName,
            WorkspaceError::NameTooLong => WorkspaceMsg::ErrNameTooLong,
            WorkspaceError::NameTaken => WorkspaceMsg::ErrNameTaken,
            WorkspaceError::LastOne => WorkspaceMsg::ErrLastOne,
            WorkspaceError::Unknown => WorkspaceMsg::ErrUnknown,
            WorkspaceError::NotDemo => WorkspaceMsg::ErrNotDemo,
        }
    }
}

/// "3 d 4 h", "2 h 5 min": how far ahead a simulated clock runs.
pub fn ahead(offset_ms: i64, lang: Lang) -> String {
    let minutes = offset_ms / 60_000;
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let day = if lang == Lang::Fr { "j" } else { "d" };
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(format!("{days}\u{a0}{day}"));
    }
    if hours > 0 {
        parts.push(format!("{hours}\u{a0}h"));
    }
    if mins > 0 || parts.is_empty() {
        parts.push(format!("{mins}\u{a0}min"));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_complete_in_both_languages() {
        crate::i18n::catalog::check(WorkspaceMsg::ALL);
    }

    #[test]
    fn the_offset_reads_in_days_hours_and_minutes() {
        assert_eq!(ahead(0, Lang::En), "0\u{a0}min");
        assert_eq!(ahead(3_600_000, Lang::En), "1\u{a0}h");
        assert_eq!(
            ahead(26 * 3_600_000 + 5 * 60_000, Lang::Fr),
            "1\u{a0}j 2\u{a0}h 5\u{a0}min"
        );
    }
}
