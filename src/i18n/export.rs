//! Messages of the ticket CSV export: the button, its progress and outcome, and the file's
//! column headers; value names come from the labels the app shows.

use super::catalog::catalog;
use super::sla::SlaMsg;
use super::{Lang, Msg};
use crate::domain::export::{Column, Names, Value};

catalog! {
    /// A message of the ticket export.
    pub enum ExportMsg;
    Button => "Export CSV", "Exporter en CSV";
    Hint => "Every ticket matching the filters, as a file for spreadsheets", "Tous les tickets qui répondent aux filtres, en fichier pour tableur";
    Reading => "Reading tickets: {n}…", "Lecture des tickets : {n}…";
    Done => "{file} saved. Tickets: {n}.", "{file} enregistré. Tickets : {n}.";
    Failed => "The export failed: {detail}", "L'export a échoué : {detail}";
    ColNumber => "Number", "Numéro";
    ColKind => "Type", "Type";
    ColTitle => "Title", "Titre";
    ColState => "State", "État";
    ColPriority => "Priority", "Priorité";
    ColImpact => "Impact", "Impact";
    ColUrgency => "Urgency", "Urgence";
    ColGroup => "Assignment group", "Groupe d'affectation";
    ColAssignee => "Assignee", "Responsable";
    ColCategory => "Category", "Catégorie";
    ColService => "Affected service", "Service concerné";
    ColCaller => "Caller", "Appelant";
    ColChannel => "Channel", "Canal";
    ColCreated => "Created", "Créé le";
    ColUpdated => "Updated", "Mis à jour le";
    ColResolved => "Resolved", "Résolu le";
    ColSla => "SLA status", "Statut SLA";
    ColDescription => "Description", "Description";
}

impl ExportMsg {
    /// The header of a column.
    pub fn column(column: Column) -> ExportMsg {
        match column {
            Column::Number => ExportMsg::ColNumber,
            Column::Kind => ExportMsg::ColKind,
            Column::Title => ExportMsg::ColTitle,
            Column::State => ExportMsg::ColState,
            Column::Priority => ExportMsg::ColPriority,
            Column::Impact => ExportMsg::ColImpact,
            Column::Urgency => ExportMsg::ColUrgency,
            Column::AssignmentGroup => ExportMsg::ColGroup,
            Column::Assignee => ExportMsg::ColAssignee,
            Column::Category => ExportMsg::ColCategory,
            Column::Service => ExportMsg::ColService,
            Column::Caller => ExportMsg::ColCaller,
            Column::Channel => ExportMsg::ColChannel,
            Column::Created => ExportMsg::ColCreated,
            Column::Updated => ExportMsg::ColUpdated,
            Column::Resolved => ExportMsg::ColResolved,
            Column::Sla => ExportMsg::ColSla,
            Column::Description => ExportMsg::ColDescription,
        }
    }
}

/// A language names the file's columns and values as the app shows them.
impl Names for Lang {
    fn column(&self, column: Column) -> String {
        ExportMsg::column(column).text(*self).to_owned()
    }

    fn value(&self, value: Value) -> String {
        let lang = *self;
        match value {
            Value::Kind(k) => Msg::kind(k).text(lang),
            Value::State(s) => Msg::state(s).text(lang),
            Value::Priority(p) => Msg::priority(p).text(lang),
            Value::Level(l) => Msg::level(l).text(lang),
            Value::Channel(c) => Msg::channel(c).text(lang),
            Value::Sla(s) => SlaMsg::status(s).text(lang),
        }
        .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::export::TicketCsv;
    use crate::domain::priority::PriorityMatrix;
    use crate::domain::sla::SlaPolicy;
    use crate::domain::ticket::{NewRecord, TicketDraft, TicketKind};

    #[test]
    fn the_export_messages_are_complete_in_both_languages() {
        crate::i18n::catalog::check(ExportMsg::ALL);
    }

    fn file(lang: Lang) -> String {
        let t = TicketDraft::new(TicketKind::Incident, "Messagerie coupée").open(
            NewRecord {
                id: "a".into(),
                rev: "1-a".into(),
                now: 0,
            },
            7,
            &PriorityMatrix::default(),
        );
        let policy = SlaPolicy::starting("UTC", "24×7", "Business");
        let mut csv = TicketCsv::new(lang, policy, 0, |_| 0);
        csv.push(&t);
        csv.finish()
    }

    #[test]
    fn headers_and_values_follow_the_language() {
        let en = file(Lang::En);
        assert!(en.starts_with(
            "\u{feff}Number,Type,Title,State,Priority,Impact,Urgency,Assignment group,"
        ));
        assert!(
            en.contains("\r\nINC0007,Incident,Messagerie coupée,New,P3 Moderate,Medium,Medium,,")
        );
        assert!(en.contains(",Phone / hotline,1970-01-01 00:00,1970-01-01 00:00,"));
        let fr = file(Lang::Fr);
        assert!(fr.starts_with(
            "\u{feff}Numéro,Type,Titre,État,Priorité,Impact,Urgence,Groupe d'affectation,"
        ));
        assert!(fr.contains("Créé le,Mis à jour le,Résolu le,Statut SLA,Description\r\n"));
        assert!(fr.contains(
            "\r\nINC0007,Incident,Messagerie coupée,Nouveau,P3 Modérée,Moyenne,Moyenne,,"
        ));
    }
}
