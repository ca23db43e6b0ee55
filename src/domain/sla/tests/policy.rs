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
