use super::*;

const HOUR: i64 = 3_600_000;

fn demo() -> DemoSpec {
    DemoSpec {
        seed: 42,
        lang: "en".into(),
        generated_at: 1_700_000_000_000,
        clock: SimulatedClock::default(),
    }
}

#[test]
fn a_browser_starts_with_one_workspace_on_the_original_database() {
    let registry = Registry::starting("My team");
    assert_eq!(registry.entries.len(), 1);
    assert_eq!(registry.current().database, FIRST_DATABASE);
    assert_eq!(registry.current().name, "My team");
    assert!(!registry.current().is_demo());
}

#[test]
fn each_new_workspace_gets_its_own_database() {
    let mut registry = Registry::starting("My team");
    let a = registry.add("Demo — Acme", "01ABC", Some(demo())).unwrap();
    let b = registry.add("Lab", "01ABD", None).unwrap();
    let databases: Vec<&str> = registry
        .entries
        .iter()
        .map(|e| e.database.as_str())
        .collect();
    assert_eq!(
        databases,
        ["valuedesk", "valuedesk-01abc", "valuedesk-01abd"]
    );
    assert_eq!(registry.current, "main", "adding does not open it");
    registry.switch(&a).unwrap();
    assert_eq!(registry.current().name, "Demo — Acme");
    registry.switch(&b).unwrap();
    assert!(!registry.current().is_demo());
    assert_eq!(registry.switch("nope"), Err(WorkspaceError::Unknown));
}

#[test]
fn names_are_required_short_and_unique() {
    let mut registry = Registry::starting("My team");
    assert_eq!(
        registry.add("  ", "x1", None),
        Err(WorkspaceError::EmptyName)
    );
    let long = "x".repeat(NAME_MAX + 1);
    assert_eq!(
        registry.add(&long, "x2", None),
        Err(WorkspaceError::NameTooLong)
    );
    assert_eq!(
        registry.add(" my   TEAM ", "x3", None),
        Err(WorkspaceError::NameTaken)
    );
    assert_eq!(registry.entries.len(), 1, "nothing added by a refusal");
    let id = registry.add("  Lab  ", "x4", None).unwrap();
    assert_eq!(registry.entry(&id).unwrap().name, "Lab");
    registry.rename(&id, "lab").unwrap(); // its own name, another case
    assert_eq!(
        registry.rename(&id, "My Team"),
        Err(WorkspaceError::NameTaken)
    );
    assert_eq!(registry.entry(&id).unwrap().name, "lab");
}

#[test]
fn the_last_workspace_cannot_be_deleted() {
    let mut registry = Registry::starting("My team");
    assert_eq!(registry.remove("main"), Err(WorkspaceError::LastOne));
    let id = registry.add("Demo", "d1", Some(demo())).unwrap();
    registry.switch(&id).unwrap();
    let removed = registry.remove(&id).unwrap();
    assert_eq!(removed.database, "valuedesk-d1");
    assert_eq!(
        registry.current, "main",
        "deleting the open one opens another"
    );
    assert_eq!(registry.remove("main"), Err(WorkspaceError::LastOne));
}

#[test]
fn a_damaged_registry_is_made_whole() {
    let empty = Registry {
        entries: vec![],
        current: "x".into(),
    };
    assert_eq!(empty.repaired("My team"), Registry::starting("My team"));
    let mut registry = Registry::starting("My team");
    registry.add("Lab", "l1", None).unwrap();
    registry.current = "gone".into();
    assert_eq!(registry.repaired("x").current, "main");
}

#[test]
fn only_a_demo_workspace_has_a_simulated_clock() {
    let mut registry = Registry::starting("My team");
    let ahead = SimulatedClock { offset: HOUR };
    assert_eq!(
        registry.set_clock("main", ahead),
        Err(WorkspaceError::NotDemo)
    );
    assert_eq!(registry.current().clock_offset(), 0);
    let id = registry.add("Demo", "d1", Some(demo())).unwrap();
    registry.set_clock(&id, ahead).unwrap();
    assert_eq!(registry.entry(&id).unwrap().clock_offset(), HOUR);
}

#[test]
fn the_clock_moves_forward_by_hour_day_or_to_a_warning() {
    let real = 1_000 * HOUR;
    let clock = SimulatedClock::default();
    assert!(!clock.is_simulated());
    let hour = clock.moved(ClockStep::Hour, real);
    assert_eq!(hour.at(real), real + HOUR);
    let day = hour.moved(ClockStep::Day, real);
    assert_eq!(day.offset, 25 * HOUR);
    let warning = real + 3 * HOUR;
    let to = clock.moved(ClockStep::To(warning), real);
    assert!(to.at(real) > warning, "lands just past the warning");
    assert!(to.at(real) - warning <= 60_000);
    // A warning already behind the simulated time does not move the clock back.
    assert_eq!(day.moved(ClockStep::To(warning), real), day);
    assert_eq!(day.moved(ClockStep::Real, real), SimulatedClock::default());
}

#[test]
fn the_registry_round_trips_through_json_and_reads_older_entries() {
    let mut registry = Registry::starting("Mon équipe");
    registry.add("Démo", "d1", Some(demo())).unwrap();
    let text = serde_json::to_string(&registry).unwrap();
    let back: Registry = serde_json::from_str(&text).unwrap();
    assert_eq!(back, registry);
    let old = r#"{"entries":[{"id":"main","name":"A","database":"valuedesk"}],"current":"main"}"#;
    let read: Registry = serde_json::from_str(old).unwrap();
    assert!(!read.current().is_demo());
}

#[test]
fn files_of_other_workspaces_carry_their_name() {
    let mut registry = Registry::starting("My team");
    assert_eq!(registry.current().file_label(), None);
    let id = registry
        .add("Démo — Acme Corp", "d1", Some(demo()))
        .unwrap();
    let label = registry.entry(&id).unwrap().file_label();
    assert_eq!(label.as_deref(), Some("demo-acme-corp"));
    let id = registry.add("«\u{a0}»", "d2", None).unwrap();
    assert_eq!(registry.entry(&id).unwrap().file_label(), None);
}
