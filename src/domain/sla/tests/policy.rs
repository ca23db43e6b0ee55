//! Trails rebuilt from history, and policy checks.

use super::*;

#[test]
fn a_trail_rebuilt_from_history_matches_the_one_recorded() {
    use crate::domain::history::{EventField, TicketEvent};
    let t = ticket(TicketKind::Incident, Priority::P3, "2026-03-02 00:00");
    let steps = [
        (EventField::Priority, "P3", "P1", "2026-03-02 01:00"),
        (EventField::State, "new", "on_hold", "2026-03-02 02:00"),
        (
            EventField::State,
            "on_hold",
            "in_progress",
            "2026-03-02 03:00",
        ),
    ];
    let mut recorded = t.trail.clone();
    let mut events = Vec::new();
    for (field, old, new, at) in steps {
        let change = crate::domain::history::FieldChange {
            field,
            old: Some(old.into()),
            new: Some(new.into()),
            note: None,
        };
        extend_trail(&mut recorded, std::slice::from_ref(&change), utc(at));
        events.push(TicketEvent {
            id: at.into(),
            ticket_id: t.id.clone(),
            at: utc(at),
            actor: "a".into(),
            field,
            old: change.old,
            new: change.new,
            note: None,
        });
    }
    let now = Ticket {
        state: TicketState::InProgress,
        priority: Priority::P1,
        ..t
    };
    assert_eq!(trail_from_history(&now, &events), recorded);
}

#[test]
fn policies_with_faults_are_refused() {
    let mut p = policy();
    assert_eq!(p.validate(), Ok(()));
    p.definitions[0].hours = "Nowhere".into();
    assert_eq!(p.validate(), Err(PolicyError::UnknownHours("P1".into())));
    let mut p = policy();
    p.hours[1].closes = 8 * 60;
    assert!(matches!(
        p.validate(),
        Err(PolicyError::Hours(_, HoursError::ClosesBeforeOpening))
    ));
    let mut p = policy();
    p.hours[1].holidays = vec!["2026-13-01".into()];
    assert!(matches!(
        p.validate(),
        Err(PolicyError::Hours(_, HoursError::BadHoliday(_)))
    ));
    let mut p = policy();
    p.definitions[2].warning_percent = 0;
    assert_eq!(p.validate(), Err(PolicyError::Warning("P3".into())));
}

#[test]
fn renaming_service_hours_renames_the_definitions_that_use_them() {
    let mut p = policy();
    p.rename_hours(1, "Office".into());
    assert_eq!(p.hours[1].name, "Office");
    let hours: Vec<&str> = p.definitions.iter().map(|d| d.hours.as_str()).collect();
    assert_eq!(hours, ["24×7", "24×7", "Office", "Office"]);
    assert_eq!(p.validate(), Ok(()));
    // Out of range: nothing changes.
    let before = p.clone();
    p.rename_hours(7, "Nowhere".into());
    assert_eq!(p, before);
    // Another hours still named "Office": the definitions keep counting in those.
    p.hours.push(ServiceHours::round_the_clock("Office"));
    p.rename_hours(2, "Weekend".into());
    assert_eq!(p.hours[2].name, "Weekend");
    assert_eq!(p.definitions[2].hours, "Office");
}

#[test]
fn impossible_holidays_are_refused() {
    assert_eq!(
        parse_date("2026-02-28"),
        Some(crate::domain::time::days_from_civil(2026, 2, 28))
    );
    assert_eq!(parse_date("2026-02-31"), None);
    assert_eq!(parse_date("2026-13-01"), None);
}

#[test]
fn cancelling_before_any_response_cancels_the_clocks() {
    use crate::domain::history::{EventField, FieldChange};
    let mut t = ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00");
    let cancel = FieldChange {
        field: EventField::State,
        old: Some("new".into()),
        new: Some("cancelled".into()),
        note: None,
    };
    extend_trail(&mut t.trail, &[cancel], utc("2026-03-02 01:00"));
    t.state = Cancelled;
    let all = clocks(&t, &policy(), utc("2026-03-02 02:00"));
    let statuses: Vec<ClockStatus> = all.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [ClockStatus::Cancelled, ClockStatus::Cancelled]);
}

#[test]
fn a_clock_set_back_cannot_make_time_run_backwards() {
    use crate::domain::history::{EventField, FieldChange};
    let mut t = ticket(TicketKind::Incident, Priority::P2, "2026-03-02 00:00");
    let to = |state: &str| FieldChange {
        field: EventField::State,
        old: None,
        new: Some(state.into()),
        note: None,
    };
    extend_trail(&mut t.trail, &[to("on_hold")], utc("2026-03-02 03:00"));
    extend_trail(&mut t.trail, &[to("in_progress")], utc("2026-03-02 01:00"));
    assert!(t.trail.windows(2).all(|w| w[0].at <= w[1].at));
    let clock = resolution(&t, &policy(), "2026-03-02 05:00");
    assert_eq!(clock.elapsed, 5 * H);
}

#[test]
fn no_trail_means_no_clocks_and_watching_follows_open_tickets() {
    let p = policy();
    let mut t = ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00");
    t.trail.clear();
    assert!(clocks(&t, &p, utc("2026-03-02 05:00")).is_empty());
    // Responded late (breached), then on hold: the ticket stays watched as breached.
    let late = with(
        ticket(TicketKind::Incident, Priority::P1, "2026-03-02 00:00"),
        &[
            ("2026-03-02 00:30", Milestone::Responded),
            ("2026-03-02 00:30", Milestone::State(OnHold)),
        ],
    );
    assert_eq!(watch_at(&late, &p), Some(utc("2026-03-02 00:00") + 675_000));
    assert_eq!(
        watch_state(&late, &p, utc("2026-03-02 01:00")),
        Some(ClockStatus::Breached)
    );
    let done = with(late, &[("2026-03-02 02:00", Milestone::State(Resolved))]);
    assert_eq!(watch_at(&done, &p), None);
    assert_eq!(watch_state(&done, &p, utc("2026-03-02 03:00")), None);
}
