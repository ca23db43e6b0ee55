//! Messages of backups: export, import and their errors.

use super::catalog::catalog;
use crate::domain::backup::ImportError;
use crate::i18n::{fill, Lang};

catalog! {
    /// A message of the backup section.
    pub enum BackupMsg;
    Title => "Backup and restore", "Sauvegarde et restauration";
    Intro => "Your data lives only in this browser. Download a backup regularly and keep it somewhere safe: it holds every ticket, its history, the practices and the settings.", "Vos données ne vivent que dans ce navigateur. Téléchargez régulièrement une sauvegarde et gardez-la en lieu sûr : elle contient chaque ticket, son historique, les pratiques et les paramètres.";
    Download => "Download a backup", "Télécharger une sauvegarde";
    LastBackup => "Last backup from this browser: {when}.", "Dernière sauvegarde depuis ce navigateur : {when}.";
    NeverBackedUp => "No backup has been downloaded from this browser yet.", "Aucune sauvegarde n'a encore été téléchargée depuis ce navigateur.";
    Reminder => "Your last backup is more than a week old, or there is none.", "Votre dernière sauvegarde date de plus d'une semaine, ou il n'y en a pas.";
    BackUpNow => "Back up now", "Sauvegarder maintenant";
    ImportTitle => "Restore from a backup", "Restaurer depuis une sauvegarde";
    ImportFile => "Backup file", "Fichier de sauvegarde";
    ModeLegend => "What to do with the data already here", "Que faire des données déjà présentes";
    ModeReplace => "Replace everything with the file's content", "Tout remplacer par le contenu du fichier";
    ModeMerge => "Merge: keep the newer version of each ticket, add the missing ones", "Fusionner : garder la version la plus récente de chaque ticket, ajouter les manquants";
    Checked => "The file is valid: {tickets} tickets, {events} history events, {practices} practices, {settings} settings, exported on {when}.", "Le fichier est valide : {tickets} tickets, {events} événements d'historique, {practices} pratiques, {settings} paramètres, exporté le {when}.";
    Import => "Import", "Importer";
    Reading => "Reading the file…", "Lecture du fichier…";
    Writing => "Writing…", "Écriture…";
    WritingCount => "Writing… {written} of {total} records", "Écriture… {written} enregistrements sur {total}";
    Imported => "Imported: {added} tickets added, {updated} updated, {kept} kept, {events} history events. The page reloads with the new data.", "Importé : {added} tickets ajoutés, {updated} mis à jour, {kept} conservés, {events} événements d'historique. La page se recharge avec les nouvelles données.";
    Clashes => "Not imported, their number belongs to another ticket here: {numbers}.", "Non importés, leur numéro appartient à un autre ticket ici : {numbers}.";
    Unchanged => "Nothing was changed.", "Rien n'a été modifié.";
    ErrTooLarge => "The file is too large ({mb} MB; the limit is 256 MB).", "Le fichier est trop volumineux ({mb} Mo ; la limite est de 256 Mo).";
    ErrTooDeep => "The file nests lists and objects too deeply to be a ValueDesk backup.", "Le fichier imbrique trop profondément listes et objets pour être une sauvegarde ValueDesk.";
    ErrNotJson => "The file is not valid JSON (line {line}, column {column}).", "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}).";
    ErrNotBackup => "The file is not a ValueDesk backup.", "Le fichier n'est pas une sauvegarde ValueDesk.";
    ErrVersion => "The backup format version {found} is not one this version of ValueDesk reads (it reads version 1).", "La version {found} du format de sauvegarde n'est pas lisible par cette version de ValueDesk (elle lit la version 1).";
    ErrSchema => "The backup comes from a newer ValueDesk (database version {found}; this one reads up to {supported}). Update ValueDesk first.", "La sauvegarde provient d'un ValueDesk plus récent (base en version {found} ; celui-ci lit jusqu'à {supported}). Mettez d'abord ValueDesk à jour.";
    ErrRecord => "Record {index} of {store} ({id}) is not valid: {problem}.", "L'enregistrement {index} de {store} ({id}) n'est pas valide : {problem}.";
    ErrDuplicate => "{store} holds \"{key}\" twice.", "{store} contient « {key} » deux fois.";
    ErrDangling => "In {store}, {id} refers through its field {field} to \"{target}\", which the file does not hold.", "Dans {store}, {id} fait référence par son champ {field} à « {target} », absent du fichier.";
}

/// A count of records with its digits grouped as the language writes them: 87,131 in
/// English, 87 131 in French (with a no-break space).
pub fn grouped(n: usize, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Fr => '\u{a0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(d);
    }
    out
}

/// What the import's progress bar says: records written of all.
pub fn writing_count(written: usize, total: usize, lang: Lang) -> String {
    fill(
        BackupMsg::WritingCount.text(lang),
        &[
            ("written", &grouped(written, lang)),
            ("total", &grouped(total, lang)),
        ],
    )
}

/// An import error, in words, naming the record and field where there is one.
pub fn import_error(error: &ImportError, lang: Lang) -> String {
    let t = |m: BackupMsg| m.text(lang);
    match error {
        ImportError::TooLarge { bytes } => fill(
            t(BackupMsg::ErrTooLarge),
            &[("mb", &(bytes / (1 << 20)).to_string())],
        ),
        ImportError::TooDeep => t(BackupMsg::ErrTooDeep).to_owned(),
        ImportError::NotJson { line, column } => fill(
            t(BackupMsg::ErrNotJson),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        ImportError::NotABackup => t(BackupMsg::ErrNotBackup).to_owned(),
        ImportError::UnknownVersion { found } => {
            fill(t(BackupMsg::ErrVersion), &[("found", &found.to_string())])
        }
        ImportError::NewerSchema { found, supported } => fill(
            t(BackupMsg::ErrSchema),
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        ImportError::BadRecord {
            store,
            index,
            id,
            problem,
        } => fill(
            t(BackupMsg::ErrRecord),
            &[
                ("index", &(index + 1).to_string()),
                ("store", store),
                ("id", id.as_deref().unwrap_or("?")),
                ("problem", problem),
            ],
        ),
        ImportError::Duplicate { store, key } => fill(
            t(BackupMsg::ErrDuplicate),
            &[("store", store), ("key", key)],
        ),
        ImportError::Dangling {
            store,
            id,
            field,
            target,
        } => fill(
            t(BackupMsg::ErrDangling),
            &[
                ("store", store),
                ("id", id),
                ("field", field),
                ("target", target),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(BackupMsg::ALL);
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(grouped(0, Lang::En), "0");
        assert_eq!(grouped(999, Lang::En), "999");
        assert_eq!(grouped(12_000, Lang::En), "12,000");
        assert_eq!(grouped(1_087_131, Lang::En), "1,087,131");
        assert_eq!(grouped(87_131, Lang::Fr), "87\u{a0}131");
        assert_eq!(
            writing_count(12_000, 87_131, Lang::En),
            "Writing… 12,000 of 87,131 records"
        );
        assert_eq!(
            writing_count(12_000, 87_131, Lang::Fr),
            "Écriture… 12\u{a0}000 enregistrements sur 87\u{a0}131"
        );
    }

    #[test]
    fn a_record_error_names_store_position_id_and_field() {
        let e = ImportError::BadRecord {
            store: "tickets",
            index: 4,
            id: Some("01J".into()),
            problem: "missing field `kind`".into(),
        };
        assert_eq!(
            import_error(&e, Lang::En),
            "Record 5 of tickets (01J) is not valid: missing field `kind`."
        );
        assert!(import_error(&e, Lang::Fr).starts_with("L'enregistrement 5 de tickets (01J)"));
    }
}
