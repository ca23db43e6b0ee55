//! Messages of the SLA engine: clocks, their statuses and explanations, and the policy editor.

use super::catalog::catalog;
use super::{fill, Lang};
use crate::domain::sla::{ClockKind, ClockStatus, HoursError, Phase, PolicyError};

catalog! {
    /// A message about SLA clocks and the SLA policy.
    pub enum SlaMsg;
    ColSla => "SLA", "SLA";
    ClocksTitle => "Service level clocks", "Compteurs de niveau de service";
    NoClocks => "No SLA applies to this ticket.", "Aucun SLA ne s'applique à ce ticket.";
    Response => "Response", "Prise en charge";
    Resolution => "Resolution", "Résolution";
    StatusNotStarted => "Not started", "Pas commencé";
    StatusRunning => "Running", "En cours";
    StatusPaused => "Paused", "En pause";
    StatusWarning => "Breaching soon", "Bientôt en dépassement";
    StatusBreached => "Breached", "Dépassé";
    StatusMet => "Met", "Respecté";
    StatusCancelled => "Cancelled", "Annulé";
    Left => "{time} left", "reste {time}";
    Overdue => "{time} overdue", "dépassé de {time}";
    TookOf => "{time} of {target}", "{time} sur {target}";
    DueAt => "Due {at}", "Échéance {at}";
    WasDueAt => "Was due {at}", "Échéance dépassée le {at}";
    StartsAt => "Starts {at}, when service hours open", "Démarre le {at}, à l'ouverture des heures de service";
    Definition => "Definition {name}, hours {hours}, target of {priority}", "Définition {name}, heures {hours}, cible de {priority}";
    Explain => "Why it stands here", "Pourquoi il en est là";
    PhaseRunning => "Counting", "Décompte";
    PhasePaused => "Paused: {state}", "En pause : {state}";
    PhaseStopped => "Stopped", "Arrêté";
    PhaseCancelled => "Cancelled", "Annulé";
    Counted => "{time} counted", "{time} comptées";
    Ongoing => "now", "maintenant";
    Minutes => "{m} min", "{m} min";
    HoursMinutes => "{h} h {m} min", "{h} h {m} min";
    WholeHours => "{h} h", "{h} h";
    WatchLabel => "SLA", "SLA";
    WatchAll => "All", "Tous";
    WatchSoon => "Breaching soon", "Bientôt en dépassement";
    WatchBreached => "Breached", "Dépassés";
    PolicyTitle => "Service level agreements", "Accords de niveau de service";
    PolicyIntro => "Each definition gives tickets of some kinds and priorities a response and a resolution target, counted in service hours. The first definition that matches a ticket applies. Time in a pause state does not count.", "Chaque définition donne aux tickets de certains types et priorités une cible de prise en charge et de résolution, comptées en heures de service. La première définition qui correspond à un ticket s'applique. Le temps passé dans un état de pause ne compte pas.";
    DefinitionsTitle => "Definitions", "Définitions";
    HoursTitle => "Service hours", "Heures de service";
    FieldName => "Name", "Nom";
    FieldKinds => "Ticket kinds", "Types de ticket";
    FieldPriorities => "Priorities", "Priorités";
    FieldResponseTarget => "Response target (minutes)", "Cible de prise en charge (minutes)";
    FieldResolutionTarget => "Resolution target (minutes)", "Cible de résolution (minutes)";
    FieldHours => "Service hours", "Heures de service";
    FieldPauseStates => "Pause states", "États de pause";
    FieldWarning => "Warning threshold (%)", "Seuil d'alerte (%)";
    FieldAlways => "Round the clock (24×7)", "En continu (24h/24, 7j/7)";
    FieldWeekdays => "Working days", "Jours ouvrés";
    FieldOpens => "Opens", "Ouverture";
    FieldCloses => "Closes", "Fermeture";
    FieldZone => "Time zone", "Fuseau horaire";
    FieldHolidays => "Holidays (one YYYY-MM-DD date per line)", "Jours fériés (une date AAAA-MM-JJ par ligne)";
    AddDefinition => "Add a definition", "Ajouter une définition";
    AddHours => "Add service hours", "Ajouter des heures de service";
    Remove => "Remove", "Supprimer";
    MoveUp => "Move up", "Monter";
    SavePolicy => "Save the SLA policy", "Enregistrer la politique SLA";
    PolicySaved => "SLA policy saved; {n} open tickets recomputed.", "Politique SLA enregistrée ; {n} tickets ouverts recalculés.";
    NewDefinition => "New definition", "Nouvelle définition";
    NewHours => "New hours", "Nouvelles heures";
    ErrNoName => "Every definition needs a name.", "Chaque définition doit avoir un nom.";
    ErrNoKind => "Definition “{name}” applies to no ticket kind.", "La définition « {name} » ne s'applique à aucun type de ticket.";
    ErrNoPriority => "Definition “{name}” applies to no priority.", "La définition « {name} » ne s'applique à aucune priorité.";
    ErrNoTarget => "Definition “{name}” needs response and resolution targets above zero.", "La définition « {name} » doit avoir des cibles de prise en charge et de résolution supérieures à zéro.";
    ErrUnknownHours => "Definition “{name}” uses service hours that do not exist.", "La définition « {name} » utilise des heures de service qui n'existent pas.";
    ErrWarning => "Definition “{name}” needs a warning threshold between 1 and 99%.", "La définition « {name} » doit avoir un seuil d'alerte entre 1 et 99 %.";
    ErrDuplicateHours => "Two service hours are named “{name}”.", "Deux heures de service s'appellent « {name} ».";
    ErrHoursNoName => "Every service hours need a name.", "Chaque plage d'heures de service doit avoir un nom.";
    ErrHoursNoWeekday => "Service hours “{name}” have no working day.", "Les heures de service « {name} » n'ont aucun jour ouvré.";
    ErrHoursCloses => "Service hours “{name}” close before they open.", "Les heures de service « {name} » ferment avant d'ouvrir.";
    ErrHoursZone => "Service hours “{name}” have an unknown time zone.", "Les heures de service « {name} » ont un fuseau horaire inconnu.";
    ErrHoursHoliday => "Service hours “{name}”: “{date}” is not a YYYY-MM-DD date.", "Heures de service « {name} » : « {date} » n'est pas une date AAAA-MM-JJ.";
    Monday => "Monday", "Lundi";
    Tuesday => "Tuesday", "Mardi";
    Wednesday => "Wednesday", "Mercredi";
    Thursday => "Thursday", "Jeudi";
    Friday => "Friday", "Vendredi";
    Saturday => "Saturday", "Samedi";
    Sunday => "Sunday", "Dimanche";
    Untitled => "Untitled", "Sans nom";
    MoveDown => "Move down", "Descendre";
    ChooseHours => "Choose service hours…", "Choisir des heures de service…";
    TargetReadout => "{time} of service hours", "{time} d'heures de service";
    PauseHelp => "States of the chosen ticket kinds: time spent in a checked state does not count.", "États des types de ticket choisis : le temps passé dans un état coché ne compte pas.";
    WarningHelp => "The clock shows “Breaching soon” once this share of the target has passed.", "Le compteur affiche « Bientôt en dépassement » une fois cette part de la cible écoulée.";
    ClosesHelp => "Closing at midnight (00:00, or 12:00 AM) means the end of the day.", "Une fermeture à minuit (00:00) signifie la fin de la journée.";
    NoDefinitions => "No definition: no ticket gets an SLA.", "Aucune définition : aucun ticket n'a de SLA.";
    NoHours => "No service hours: add some before the definitions can count time.", "Aucune heure de service : ajoutez-en pour que les définitions puissent compter le temps.";
    UnsavedChanges => "Unsaved changes: nothing applies until you save the SLA policy.", "Modifications non enregistrées : rien ne s'applique avant l'enregistrement de la politique SLA.";
    DiscardChanges => "Discard changes", "Abandonner les modifications";
    SavingPolicy => "Saving and recomputing open tickets…", "Enregistrement et recalcul des tickets ouverts…";
}

impl SlaMsg {
    /// The name of a clock.
    pub fn kind(kind: ClockKind) -> SlaMsg {
        match kind {
            ClockKind::Response => SlaMsg::Response,
            ClockKind::Resolution => SlaMsg::Resolution,
        }
    }

    /// The name of a clock status.
    pub fn status(status: ClockStatus) -> SlaMsg {
        match status {
            ClockStatus::NotStarted => SlaMsg::StatusNotStarted,
            ClockStatus::Running => SlaMsg::StatusRunning,
            ClockStatus::Paused => SlaMsg::StatusPaused,
            ClockStatus::Warning => SlaMsg::StatusWarning,
            ClockStatus::Breached => SlaMsg::StatusBreached,
            ClockStatus::Met => SlaMsg::StatusMet,
            ClockStatus::Cancelled => SlaMsg::StatusCancelled,
        }
    }
}

/// A stable class name for a clock status, for its colour.
pub fn status_class(status: ClockStatus) -> &'static str {
    match status {
        ClockStatus::NotStarted => "sla-not-started",
        ClockStatus::Running => "sla-running",
        ClockStatus::Paused => "sla-paused",
        ClockStatus::Warning => "sla-warning",
        ClockStatus::Breached => "sla-breached",
        ClockStatus::Met => "sla-met",
        ClockStatus::Cancelled => "sla-cancelled",
    }
}

/// A duration (milliseconds) in minutes or hours. Never in days: counted time is service
/// time, and a "day" of business hours would be misread as a calendar day.
pub fn duration_text(ms: i64, lang: Lang) -> String {
    let minutes = ms.abs() / 60_000;
    let (h, m) = ((minutes / 60).to_string(), (minutes % 60).to_string());
    if minutes < 60 {
        fill(SlaMsg::Minutes.text(lang), &[("m", &m)])
    } else if minutes % 60 == 0 || minutes >= 48 * 60 {
        fill(SlaMsg::WholeHours.text(lang), &[("h", &h)])
    } else {
        fill(SlaMsg::HoursMinutes.text(lang), &[("h", &h), ("m", &m)])
    }
}

/// "2 h 5 min left" or "10 min overdue".
pub fn remaining_text(remaining: i64, lang: Lang) -> String {
    let msg = if remaining < 0 {
        SlaMsg::Overdue
    } else {
        SlaMsg::Left
    };
    fill(msg.text(lang), &[("time", &duration_text(remaining, lang))])
}

/// What an interval of a clock's explanation was.
pub fn phase_text(phase: Phase, lang: Lang) -> String {
    match phase {
        Phase::Running => SlaMsg::PhaseRunning.text(lang).to_owned(),
        Phase::Paused(state) => fill(
            SlaMsg::PhasePaused.text(lang),
            &[("state", super::Msg::state(state).text(lang))],
        ),
        Phase::Stopped => SlaMsg::PhaseStopped.text(lang).to_owned(),
        Phase::Cancelled => SlaMsg::PhaseCancelled.text(lang).to_owned(),
    }
}

/// Why a policy cannot be saved, in words.
pub fn policy_error_text(error: &PolicyError, lang: Lang) -> String {
    let named = |msg: SlaMsg, name: &str| fill(msg.text(lang), &[("name", name)]);
    match error {
        PolicyError::NoName => SlaMsg::ErrNoName.text(lang).to_owned(),
        PolicyError::NoKind(n) => named(SlaMsg::ErrNoKind, n),
        PolicyError::NoPriority(n) => named(SlaMsg::ErrNoPriority, n),
        PolicyError::NoTarget(n) => named(SlaMsg::ErrNoTarget, n),
        PolicyError::UnknownHours(n) => named(SlaMsg::ErrUnknownHours, n),
        PolicyError::Warning(n) => named(SlaMsg::ErrWarning, n),
        PolicyError::DuplicateHours(n) => named(SlaMsg::ErrDuplicateHours, n),
        PolicyError::Hours(n, e) => match e {
            HoursError::NoName => SlaMsg::ErrHoursNoName.text(lang).to_owned(),
            HoursError::NoWeekday => named(SlaMsg::ErrHoursNoWeekday, n),
            HoursError::ClosesBeforeOpening => named(SlaMsg::ErrHoursCloses, n),
            HoursError::UnknownZone => named(SlaMsg::ErrHoursZone, n),
            HoursError::BadHoliday(date) => fill(
                SlaMsg::ErrHoursHoliday.text(lang),
                &[("name", n), ("date", date)],
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sla_messages_are_complete_in_both_languages() {
        crate::i18n::catalog::check(SlaMsg::ALL);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_text(5 * 60_000, Lang::En), "5 min");
        assert_eq!(duration_text(-(125 * 60_000), Lang::En), "2 h 5 min");
        assert_eq!(duration_text(50 * 3_600_000 + 60_000, Lang::Fr), "50 h");
        assert_eq!(remaining_text(-60_000, Lang::En), "1 min overdue");
        assert_eq!(remaining_text(3_600_000, Lang::Fr), "reste 1 h");
        assert_eq!(duration_text(61 * 60_000, Lang::En), "1 h 1 min");
    }
}
