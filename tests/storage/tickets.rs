//! Tickets, actions, notes, links and settings: every write all or nothing.

use super::*;

#[wasm_bindgen_test]
async fn a_logged_ticket_is_numbered_stored_with_its_history_and_found_by_number() {
    let db = open(&fresh_name("create"), MIGRATIONS).await.unwrap();
    let first = create_ticket(
        &db,
        draft("Mail down", Level::High, Level::High),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .unwrap();
    let second = log(&db, "Printer jam").await;
    assert_eq!(
        (first.number.as_str(), second.number.as_str()),
        ("INC0001", "INC0002")
    );
    assert_eq!(first.priority, Priority::P1);
    assert_eq!(first.state, TicketState::New);

    let found = ticket_by_number(&db, "INC0001")
        .await
        .unwrap()
        .expect("found by number");
    assert_eq!(found, first);
    assert_eq!(ticket_by_number(&db, "INC0999").await.unwrap(), None);

    let history = ticket_history(&db, &first.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].actor, "Bob");
    assert_eq!(history[0].new.as_deref(), Some("INC0001"));
    assert_eq!(count_tickets(&db).await.unwrap(), 2);
    assert_eq!(
        valuedesk::storage::tickets::tickets_logged(&db)
            .await
            .unwrap(),
        2
    );
    db.close();
}

#[wasm_bindgen_test]
async fn settings_round_trip_and_are_absent_until_saved() {
    let db = open(&fresh_name("settings"), MIGRATIONS).await.unwrap();
    assert_eq!(
        get_setting::<PriorityMatrix>(&db, "matrix").await.unwrap(),
        None
    );
    let mut matrix = PriorityMatrix::default();
    matrix.set(Level::Low, Level::Low, Priority::P4);
    put_setting(&db, "matrix", &matrix).await.unwrap();
    assert_eq!(get_setting(&db, "matrix").await.unwrap(), Some(matrix));
    db.close();
}

#[wasm_bindgen_test]
async fn a_failing_write_rolls_back_the_whole_transaction() {
    let db = open(&fresh_name("atomic"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Existing").await;
    // One action writes a setting and then a ticket whose id already exists.
    let idb_ticket = valuedesk::storage::request::to_js(&ticket).unwrap();
    let setting = valuedesk::storage::request::to_js(&valuedesk::storage::settings::Setting {
        key: "half".to_owned(),
        value: 1,
    })
    .unwrap();
    let tx = valuedesk::storage::request::WriteTx::begin(&raw(&db), &[SETTINGS, TICKETS]).unwrap();
    tx.store(SETTINGS).unwrap().put(&setting).unwrap();
    tx.store(TICKETS).unwrap().add(&idb_ticket).unwrap();
    let outcome = tx.commit().await;
    assert!(
        matches!(outcome, Err(StorageError::Failed(ref d)) if d.contains("ConstraintError")),
        "{outcome:?}"
    );
    assert_eq!(
        get_setting::<u32>(&db, "half").await.unwrap(),
        None,
        "nothing half-written"
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_transaction_dropped_before_commit_writes_nothing() {
    let db = open(&fresh_name("drop"), MIGRATIONS).await.unwrap();
    {
        let setting = valuedesk::storage::request::to_js(&valuedesk::storage::settings::Setting {
            key: "dropped".to_owned(),
            value: 1,
        })
        .unwrap();
        let tx = WriteTx::begin(&raw(&db), &[SETTINGS]).unwrap();
        tx.store(SETTINGS).unwrap().put(&setting).unwrap();
    }
    assert_eq!(get_setting::<u32>(&db, "dropped").await.unwrap(), None);
    db.close();
}

#[wasm_bindgen_test]
async fn an_action_writes_the_new_version_and_its_history_together() {
    let db = open(&fresh_name("action"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    let held = apply_action(
        &db,
        &ticket.id,
        Action::Hold(HoldReason::AwaitingProblem),
        "Carol",
    )
    .await
    .unwrap();
    assert_eq!(held.state, TicketState::OnHold);
    assert!(held.rev.starts_with("2-"), "revision bumped: {}", held.rev);
    let stored = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored, held);
    let history = ticket_history(&db, &ticket.id).await.unwrap();
    let fields: Vec<_> = history.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            EventField::Created,
            EventField::State,
            EventField::HoldReason
        ]
    );
    assert!(history[1..]
        .iter()
        .all(|e| e.actor == "Carol" && e.at == held.updated));
    db.close();
}

#[wasm_bindgen_test]
async fn a_refused_action_writes_nothing() {
    let db = open(&fresh_name("refused"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    let outcome = apply_action(&db, &ticket.id, Action::Close, "Carol").await;
    assert_eq!(
        outcome,
        Err(ActionError::Lifecycle(LifecycleError::NotAllowed {
            state: TicketState::New,
            action: ActionKind::Close
        }))
    );
    assert_eq!(
        ticket_by_number(&db, &ticket.number)
            .await
            .unwrap()
            .unwrap(),
        ticket
    );
    assert_eq!(ticket_history(&db, &ticket.id).await.unwrap().len(), 1);
    assert_eq!(
        apply_action(&db, "no-such-id", Action::Start, "Carol").await,
        Err(ActionError::NotFound)
    );
    db.close();
}

#[wasm_bindgen_test]
async fn work_notes_join_the_timeline_and_empty_ones_are_refused() {
    let db = open(&fresh_name("notes"), MIGRATIONS).await.unwrap();
    let ticket = log(&db, "Mail down").await;
    assert_eq!(
        add_note(&db, &ticket.id, EventField::WorkNote, "  ", "Carol").await,
        Err(ActionError::EmptyNote)
    );
    let noted = add_note(
        &db,
        &ticket.id,
        EventField::WorkNote,
        "Checked the MX records",
        "Carol",
    )
    .await
    .unwrap();
    assert!(noted.updated >= ticket.updated && noted.rev.starts_with("2-"));
    let history = ticket_history(&db, &ticket.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].note.as_deref(), Some("Checked the MX records"));
    db.close();
}

#[wasm_bindgen_test]
async fn a_link_is_written_on_both_tickets_or_not_at_all() {
    use valuedesk::domain::links::Relation;
    use valuedesk::storage::links::link_tickets;
    let db = open(&fresh_name("links"), MIGRATIONS).await.unwrap();
    let a = log(&db, "Floor offline").await;
    let b = log(&db, "PC offline").await;
    let linked = link_tickets(&db, &a.id, &b.number, Relation::ParentOf, "Carol")
        .await
        .unwrap();
    assert_eq!(linked.links[0].number, b.number);
    let other = ticket_by_number(&db, &b.number).await.unwrap().unwrap();
    assert_eq!(other.links[0].number, a.number);
    let history = ticket_history(&db, &b.id).await.unwrap();
    assert_eq!(history.last().unwrap().field, EventField::Linked);
    // A refused link (already linked) changes neither side.
    let again = link_tickets(&db, &b.id, &a.number, Relation::Related, "Carol").await;
    assert!(matches!(again, Err(ActionError::Link(_))), "{again:?}");
    assert_eq!(
        ticket_by_number(&db, &a.number).await.unwrap().unwrap(),
        linked
    );
    assert_eq!(
        link_tickets(&db, &a.id, "INC9999", Relation::Related, "Carol").await,
        Err(ActionError::NotFound)
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_ticket_raised_from_another_is_linked_and_noted_in_the_same_transaction() {
    use valuedesk::storage::tickets::{create_linked_ticket, Origin};
    let db = open(&fresh_name("origin"), MIGRATIONS).await.unwrap();
    let problem = create_ticket(
        &db,
        TicketDraft::new(TicketKind::Problem, "Mail bounces"),
        &PriorityMatrix::default(),
        "Bob",
    )
    .await
    .unwrap();
    let origin = Origin {
        link_to: problem.number.clone(),
        note: Some("Use webmail".into()),
        also_link: vec![],
    };
    let incident = create_linked_ticket(
        &db,
        draft("Mail down", Level::High, Level::High),
        &PriorityMatrix::default(),
        "Bob",
        Some(&origin),
    )
    .await
    .unwrap();
    assert_eq!(incident.links[0].number, problem.number);
    let linked = ticket_by_number(&db, &problem.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(linked.links[0].number, incident.number);
    let history = ticket_history(&db, &incident.id).await.unwrap();
    let fields: Vec<_> = history.iter().map(|e| e.field).collect();
    assert_eq!(fields, [EventField::Created, EventField::WorkNote]);
    assert_eq!(history[1].note.as_deref(), Some("Use webmail"));
    // One ticket to link that does not exist writes nothing: no ticket, no counter, no
    // link on the tickets that do exist.
    let missing = Origin {
        link_to: problem.number.clone(),
        note: None,
        also_link: vec!["PRB9999".into()],
    };
    let refused = create_linked_ticket(
        &db,
        draft("x", Level::Low, Level::Low),
        &PriorityMatrix::default(),
        "Bob",
        Some(&missing),
    )
    .await;
    assert_eq!(refused, Err(ActionError::NotFound));
    assert_eq!(count_tickets(&db).await.unwrap(), 2);
    let unchanged = ticket_by_number(&db, &problem.number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged, linked);
    let next = log(&db, "After").await;
    assert_eq!(
        next.number, "INC0002",
        "the refused ticket did not take a number"
    );
    db.close();
}

#[wasm_bindgen_test]
async fn an_action_decided_on_an_older_version_is_refused_and_writes_nothing() {
    use valuedesk::storage::tickets::apply_action_on;
    let db = open(&fresh_name("conflict"), MIGRATIONS).await.unwrap();
    let seen = log(&db, "Seen in two tabs").await;
    // The other tab acts first.
    let other = apply_action_on(&db, &seen.id, Some(&seen.rev), Action::Start, "Ana")
        .await
        .expect("the first action is on the latest version");
    assert_ne!(other.rev, seen.rev);
    let history = ticket_history(&db, &seen.id).await.unwrap().len();

    let refused = apply_action_on(&db, &seen.id, Some(&seen.rev), Action::Cancel, "Bob").await;
    assert_eq!(refused, Err(ActionError::Conflict));
    let stored = ticket_by_number(&db, &seen.number).await.unwrap().unwrap();
    assert_eq!(
        (stored.rev.as_str(), stored.state),
        (other.rev.as_str(), TicketState::InProgress)
    );
    assert_eq!(ticket_history(&db, &seen.id).await.unwrap().len(), history);

    // Overwriting is asking for no revision check.
    let overwritten = apply_action_on(&db, &seen.id, None, Action::Cancel, "Bob")
        .await
        .unwrap();
    assert_eq!(overwritten.state, TicketState::Cancelled);
    db.close();
}

#[wasm_bindgen_test]
async fn a_problem_raised_from_a_cluster_links_every_incident_in_one_write() {
    use valuedesk::storage::tickets::{create_linked_ticket, Origin};
    let db = open(&fresh_name("cluster"), MIGRATIONS).await.unwrap();
    let mut numbers = Vec::new();
    for title in ["Portal slow", "Portal slow again", "Portal timeouts"] {
        numbers.push(log(&db, title).await.number);
    }
    let origin = Origin {
        link_to: numbers[0].clone(),
        note: None,
        also_link: numbers[1..].to_vec(),
    };
    let problem = create_linked_ticket(
        &db,
        TicketDraft::new(TicketKind::Problem, "Portal performance"),
        &PriorityMatrix::default(),
        "Bob",
        Some(&origin),
    )
    .await
    .unwrap();
    let linked: Vec<&str> = problem.links.iter().map(|l| l.number.as_str()).collect();
    assert_eq!(
        linked,
        numbers.iter().map(String::as_str).collect::<Vec<_>>()
    );
    for number in &numbers {
        let incident = ticket_by_number(&db, number).await.unwrap().unwrap();
        assert_eq!(incident.links[0].number, problem.number);
    }
    db.close();
}
