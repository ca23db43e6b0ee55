//! Messages of the dashboard, its charts, the practice KPIs and the period report.

use super::catalog::catalog;
use super::{fill, Lang, Msg};
use crate::domain::reports::chart::{AgeBucket, ChartKey, Label};
use crate::domain::reports::kpi::KpiKey;

catalog! {
    /// A message of the reports.
    pub enum ReportMsg;
    DashboardTitle => "Dashboard", "Tableau de bord";
    DashboardIntro => "Figures computed in this browser from every ticket of the workspace.", "Chiffres calculés dans ce navigateur à partir de tous les tickets de l'espace de travail.";
    PeriodLabel => "Period", "Période";
    Last7 => "Last 7 days", "7 derniers jours";
    Last30 => "Last 30 days", "30 derniers jours";
    Last90 => "Last 90 days", "90 derniers jours";
    Last365 => "Last 12 months", "12 derniers mois";
    Custom => "Custom dates", "Dates personnalisées";
    FromDate => "From", "Du";
    ToDate => "To", "Au";
    BadDates => "Choose a start date on or before the end date.", "Choisissez une date de début antérieure ou égale à la date de fin.";
    Reading => "Reading tickets: {done} of {total}…", "Lecture des tickets : {done} sur {total}…";
    ReadDone => "{n} tickets read in {ms} ms.", "{n} tickets lus en {ms} ms.";
    Unreadable => "{n} stored records could not be read and are left out of these figures.", "{n} enregistrements stockés n'ont pas pu être lus et sont exclus de ces chiffres.";
    PeriodOf => "From {from} to {to}", "Du {from} au {to}";
    OpenReport => "Printable period report", "Rapport imprimable de la période";
    ReportTitle => "Service management report", "Rapport de gestion des services";
    Print => "Print", "Imprimer";
    BackToDashboard => "Back to the dashboard", "Retour au tableau de bord";
    GeneratedAt => "Generated on {at}", "Généré le {at}";
    Summary => "At a glance", "En bref";
    OpenTickets => "Open tickets", "Tickets ouverts";
    OpenBreachedNow => "Open and breached", "Ouverts et en dépassement";
    OpenAtRiskNow => "Breaching soon", "Bientôt en dépassement";
    LoggedInPeriod => "Logged in the period", "Enregistrés sur la période";
    ChartsTitle => "Charts", "Graphiques";
    KpisTitle => "Practice KPIs", "Indicateurs des pratiques";
    KpisIntro => "Each indicator is computed from the records of the period; open its definition to see how.", "Chaque indicateur est calculé à partir des enregistrements de la période ; ouvrez sa définition pour voir comment.";
    Definition => "Definition", "Définition";
    NotMeasured => "Not measured yet", "Pas encore mesuré";
    CandidatesTitle => "Candidates for problem management", "Candidats pour la gestion des problèmes";
    CandidatesIntro => "Incident categories that recur in the period: investigating their cause can prevent the next incidents.", "Catégories d'incidents récurrentes sur la période : en chercher la cause peut prévenir les prochains incidents.";
    NoCandidates => "No category has recurred in this period.", "Aucune catégorie ne s'est répétée sur cette période.";
    RaiseProblem => "Log a problem", "Enregistrer un problème";
    IncidentsCount => "{n} incidents", "{n} incidents";
    AxisTickets => "Tickets", "Tickets";
    AxisPercent => "Share of clocks (%)", "Part des compteurs (%)";
    AxisPriority => "Priority", "Priorité";
    AxisState => "State", "État";
    AxisAge => "Age", "Ancienneté";
    AxisPeriod => "Logged", "Enregistrés le";
    AxisCategory => "Category", "Catégorie";
    AxisService => "Service", "Service";
    AxisOutcome => "Review outcome", "Résultat de la revue";
    ChartOpenByPriority => "Open tickets by priority", "Tickets ouverts par priorité";
    ChartOpenByState => "Open tickets by state", "Tickets ouverts par état";
    ChartCompliance => "Resolution SLA compliance by priority", "Respect du SLA de résolution par priorité";
    ChartBacklog => "Backlog ageing", "Ancienneté du stock";
    ChartVolumeCategory => "Volume by category over time", "Volume par catégorie dans le temps";
    ChartVolumeService => "Volume by service over time", "Volume par service dans le temps";
    ChartIncidentsService => "Incidents per service", "Incidents par service";
    ChartChangeOutcomes => "Reviewed changes by outcome", "Changements revus par résultat";
    ChartRecurring => "Top recurring incident categories", "Catégories d'incidents les plus récurrentes";
    LabelMet => "Met", "Respecté";
    LabelBreached => "Breached", "Dépassé";
    LabelOther => "Other", "Autres";
    LabelUnset => "(none)", "(aucun)";
    LabelCount => "Tickets", "Tickets";
    AgeDay => "Under a day", "Moins d'un jour";
    AgeThreeDays => "1 to 3 days", "1 à 3 jours";
    AgeWeek => "3 to 7 days", "3 à 7 jours";
    AgeMonth => "1 to 4 weeks", "1 à 4 semaines";
    AgeOlder => "Over 4 weeks", "Plus de 4 semaines";
    KpiIncidentsLogged => "Incidents logged", "Incidents enregistrés";
    DefIncidentsLogged => "Incidents logged in the period.", "Incidents enregistrés sur la période.";
    KpiIncidentMttr => "Mean time to resolve (MTTR)", "Temps moyen de résolution (MTTR)";
    DefIncidentMttr => "Mean wall-clock time from logging to the last resolution, over the period's incidents that are resolved or closed.", "Temps moyen, en temps réel, entre l'enregistrement et la dernière résolution, pour les incidents de la période résolus ou clos.";
    KpiIncidentSla => "Incidents resolved within SLA", "Incidents résolus dans le SLA";
    DefIncidentSla => "Among the period's incidents whose resolution clock has an outcome, the share met (a clock still running but past its target counts as breached).", "Parmi les incidents de la période dont le compteur de résolution a un résultat, la part respectée (un compteur encore en cours mais au-delà de sa cible compte comme dépassé).";
    KpiMajorShare => "Major incidents", "Incidents majeurs";
    DefMajorShare => "Share of the period's incidents flagged major.", "Part des incidents de la période déclarés majeurs.";
    KpiReopenRate => "Reopen rate", "Taux de réouverture";
    DefReopenRate => "Share of the period's incidents resolved and then reopened at least once.", "Part des incidents de la période résolus puis rouverts au moins une fois.";
    KpiRequestsLogged => "Requests logged", "Demandes enregistrées";
    DefRequestsLogged => "Service requests logged in the period.", "Demandes de service enregistrées sur la période.";
    KpiFulfilmentTime => "Mean fulfilment time", "Temps moyen de traitement";
    DefFulfilmentTime => "Mean wall-clock time from logging to fulfilment, over the period's fulfilled or closed requests.", "Temps moyen, en temps réel, entre l'enregistrement et le traitement, pour les demandes de la période traitées ou closes.";
    KpiRequestSla => "Requests fulfilled within SLA", "Demandes traitées dans le SLA";
    DefRequestSla => "Among the period's requests whose resolution clock has an outcome, the share met.", "Parmi les demandes de la période dont le compteur de résolution a un résultat, la part respectée.";
    KpiRejectionRate => "Approval rejection rate", "Taux de refus d'approbation";
    DefRejectionRate => "Among the period's requests that needed approval (decided or still waiting), the share rejected.", "Parmi les demandes de la période soumises à approbation (décidées ou encore en attente), la part refusée.";
    KpiProblemsLogged => "Problems logged", "Problèmes enregistrés";
    DefProblemsLogged => "Problems logged in the period.", "Problèmes enregistrés sur la période.";
    KpiKnownErrors => "Known errors recorded", "Erreurs connues enregistrées";
    DefKnownErrors => "The period's problems that have a known error record (root cause and workaround).", "Problèmes de la période qui ont un enregistrement d'erreur connue (cause racine et contournement).";
    KpiLinkedIncidents => "Incidents linked to a problem", "Incidents liés à un problème";
    DefLinkedIncidents => "Share of the period's incidents linked to a problem record.", "Part des incidents de la période liés à un enregistrement de problème.";
    KpiProblemsResolved => "Problems resolved", "Problèmes résolus";
    DefProblemsResolved => "The period's problems now resolved or closed.", "Problèmes de la période désormais résolus ou clos.";
    KpiChangesLogged => "Changes logged", "Changements enregistrés";
    DefChangesLogged => "Changes logged in the period.", "Changements enregistrés sur la période.";
    KpiChangeSuccess => "Change success rate", "Taux de réussite des changements";
    DefChangeSuccess => "Among the period's changes with a post-implementation review, the share reviewed as successful.", "Parmi les changements de la période ayant une revue post-implémentation, la part jugée réussie.";
    KpiEmergencyShare => "Emergency changes", "Changements urgents";
    DefEmergencyShare => "Share of the period's changes of the emergency type.", "Part des changements de la période de type urgent.";
    KpiChangesRefused => "Changes rejected or cancelled", "Changements refusés ou annulés";
    DefChangesRefused => "Share of the period's changes rejected by the change authority or cancelled.", "Part des changements de la période refusés par l'autorité de changement ou annulés.";
    KpiTicketsLogged => "Contacts handled", "Contacts traités";
    DefTicketsLogged => "Incidents and service requests logged in the period: the contacts the service desk handled.", "Incidents et demandes de service enregistrés sur la période : les contacts traités par le centre de services.";
    KpiMtta => "Mean time to acknowledge (MTTA)", "Temps moyen de prise en charge (MTTA)";
    DefMtta => "Mean wall-clock time from logging to the first agent action (a state change other than cancelling, a note, a comment or an assignee), over the period's tickets that have had one.", "Temps moyen, en temps réel, entre l'enregistrement et la première action d'un agent (changement d'état autre qu'une annulation, note, commentaire ou affectation), pour les tickets de la période qui en ont eu une.";
    KpiResponseSla => "Responses within SLA", "Prises en charge dans le SLA";
    DefResponseSla => "Among the period's tickets whose response clock has an outcome, the share met.", "Parmi les tickets de la période dont le compteur de prise en charge a un résultat, la part respectée.";
    KpiSelfService => "Self-service share", "Part du libre-service";
    DefSelfService => "Share of the period's incidents and service requests logged through the portal.", "Part des incidents et demandes de service de la période enregistrés via le portail.";
    KpiResolutionSla => "Resolutions within SLA", "Résolutions dans le SLA";
    DefResolutionSla => "Among the period's tickets whose resolution clock has an outcome, the share met.", "Parmi les tickets de la période dont le compteur de résolution a un résultat, la part respectée.";
    KpiOpenBreached => "Open tickets past their SLA", "Tickets ouverts hors SLA";
    DefOpenBreached => "Tickets still being worked on with a clock past its target, now.", "Tickets encore en cours avec un compteur au-delà de sa cible, maintenant.";
    KpiOpenAtRisk => "Open tickets breaching soon", "Tickets ouverts bientôt hors SLA";
    DefOpenAtRisk => "Tickets still being worked on with a clock past its warning threshold but not its target, now.", "Tickets encore en cours avec un compteur au-delà de son seuil d'alerte mais pas de sa cible, maintenant.";
}

impl ReportMsg {
    /// A chart's title and its category-axis title.
    pub fn chart(key: ChartKey) -> (ReportMsg, ReportMsg) {
        use ReportMsg::*;
        match key {
            ChartKey::OpenByPriority => (ChartOpenByPriority, AxisPriority),
            ChartKey::OpenByState => (ChartOpenByState, AxisState),
            ChartKey::Compliance => (ChartCompliance, AxisPriority),
            ChartKey::BacklogAge => (ChartBacklog, AxisAge),
            ChartKey::VolumeByCategory => (ChartVolumeCategory, AxisPeriod),
            ChartKey::VolumeByService => (ChartVolumeService, AxisPeriod),
            ChartKey::IncidentsByService => (ChartIncidentsService, AxisService),
            ChartKey::ChangeOutcomes => (ChartChangeOutcomes, AxisOutcome),
            ChartKey::RecurringCategories => (ChartRecurring, AxisCategory),
        }
    }

    /// A KPI's name and definition.
    pub fn kpi(key: KpiKey) -> (ReportMsg, ReportMsg) {
        use ReportMsg::*;
        match key {
            KpiKey::IncidentsLogged => (KpiIncidentsLogged, DefIncidentsLogged),
            KpiKey::IncidentMttr => (KpiIncidentMttr, DefIncidentMttr),
            KpiKey::IncidentResolutionSla => (KpiIncidentSla, DefIncidentSla),
            KpiKey::MajorIncidentShare => (KpiMajorShare, DefMajorShare),
            KpiKey::ReopenRate => (KpiReopenRate, DefReopenRate),
            KpiKey::RequestsLogged => (KpiRequestsLogged, DefRequestsLogged),
            KpiKey::RequestFulfilmentTime => (KpiFulfilmentTime, DefFulfilmentTime),
            KpiKey::RequestSla => (KpiRequestSla, DefRequestSla),
            KpiKey::RequestRejectionRate => (KpiRejectionRate, DefRejectionRate),
            KpiKey::ProblemsLogged => (KpiProblemsLogged, DefProblemsLogged),
            KpiKey::KnownErrors => (KpiKnownErrors, DefKnownErrors),
            KpiKey::IncidentsLinkedToProblems => (KpiLinkedIncidents, DefLinkedIncidents),
            KpiKey::ProblemsResolved => (KpiProblemsResolved, DefProblemsResolved),
            KpiKey::ChangesLogged => (KpiChangesLogged, DefChangesLogged),
            KpiKey::ChangeSuccessRate => (KpiChangeSuccess, DefChangeSuccess),
            KpiKey::EmergencyChangeShare => (KpiEmergencyShare, DefEmergencyShare),
            KpiKey::ChangesRefused => (KpiChangesRefused, DefChangesRefused),
            KpiKey::TicketsLogged => (KpiTicketsLogged, DefTicketsLogged),
            KpiKey::MeanTimeToAcknowledge => (KpiMtta, DefMtta),
            KpiKey::ResponseSla => (KpiResponseSla, DefResponseSla),
            KpiKey::SelfServiceShare => (KpiSelfService, DefSelfService),
            KpiKey::ResolutionSla => (KpiResolutionSla, DefResolutionSla),
            KpiKey::OpenBreached => (KpiOpenBreached, DefOpenBreached),
            KpiKey::OpenAtRisk => (KpiOpenAtRisk, DefOpenAtRisk),
        }
    }
}

/// A chart label in words; `date` formats the start of a time bucket.
pub fn label_text(label: &Label, lang: Lang, date: &dyn Fn(i64) -> String) -> String {
    let t = |m: ReportMsg| m.text(lang).to_owned();
    match label {
        Label::Priority(p) => Msg::priority(*p).text(lang).to_owned(),
        Label::State(s) => Msg::state(*s).text(lang).to_owned(),
        Label::Age(a) => t(match a {
            AgeBucket::UnderADay => ReportMsg::AgeDay,
            AgeBucket::OneToThreeDays => ReportMsg::AgeThreeDays,
            AgeBucket::ThreeToSevenDays => ReportMsg::AgeWeek,
            AgeBucket::OneToFourWeeks => ReportMsg::AgeMonth,
            AgeBucket::OverFourWeeks => ReportMsg::AgeOlder,
        }),
        Label::Name(n) => n.clone(),
        Label::Unset => t(ReportMsg::LabelUnset),
        Label::Other => t(ReportMsg::LabelOther),
        Label::Since(ms) => date(*ms),
        Label::Met => t(ReportMsg::LabelMet),
        Label::Breached => t(ReportMsg::LabelBreached),
        Label::Outcome(o) => Msg::outcome(*o).text(lang).to_owned(),
        Label::Count => t(ReportMsg::LabelCount),
    }
}

/// "{n} incidents" in words.
pub fn incidents_count(n: u32, lang: Lang) -> String {
    fill(
        ReportMsg::IncidentsCount.text(lang),
        &[("n", &n.to_string())],
    )
}

/// A KPI's value in words, as the dashboard and the practice cards write it.
pub fn kpi_value_text(value: crate::domain::reports::kpi::KpiValue, lang: super::Lang) -> String {
    use crate::domain::reports::kpi::KpiValue;
    match value {
        KpiValue::Count(n) => n.to_string(),
        KpiValue::Percent(Some(p)) => match lang {
            super::Lang::En => format!("{p:.0}%"),
            super::Lang::Fr => format!("{p:.0} %"),
        },
        KpiValue::Duration(Some(ms)) => super::sla::duration_text(ms, lang),
        KpiValue::Percent(None) | KpiValue::Duration(None) => {
            ReportMsg::NotMeasured.text(lang).to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_messages_are_complete_in_both_languages() {
        crate::i18n::catalog::check(ReportMsg::ALL);
    }
}
