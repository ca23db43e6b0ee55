//! The improvement register: items numbered and saved in one transaction, revisions checked,
//! reads through the indexes, open items counted, and the upgrade from version 3.

use super::*;
use valuedesk::domain::improvement::{
    ImprovementField, ImprovementForm, ImprovementOrigin, ImprovementStatus, ImprovementStep,
    RegisterFilter, StatusFilter,
};
use valuedesk::domain::ticket::Problem;
use valuedesk::storage::improvements::{
    create_improvement, improvements_per_step, list_improvements, open_improvements,
    update_improvement, ImprovementSaveError,
};

fn form(title: &str, step: ImprovementStep, status: ImprovementStatus) -> ImprovementForm {
    ImprovementForm {
        title: title.into(),
        practices: vec!["service-desk".into()],
        step: step.key().into(),
        status: status.key().into(),
        owner: "Ana".into(),
        ..ImprovementForm::blank()
    }
}

fn numbers(items: &[valuedesk::domain::improvement::Improvement]) -> Vec<&str> {
    items.iter().map(|i| i.number.as_str()).collect()
}

#[wasm_bindgen_test]
async fn items_are_numbered_kept_and_refused_when_invalid() {
    let name = fresh_name("improvements");
    let db = open(&name, MIGRATIONS).await.unwrap();
    let first = create_improvement(
        &db,
        &form(
            "Self-service password reset",
            ImprovementStep::Vision,
            ImprovementStatus::Proposed,
        ),
    )
    .await
    .unwrap();
    assert_eq!(first.number, "IMP0001");
    let raised = ImprovementForm::from_problem("PRB0002", "Printers drop off the network");
    let second = create_improvement(&db, &raised).await.unwrap();
    assert_eq!(second.number, "IMP0002");

    let invalid = ImprovementForm {
        practices: vec![],
        ..form("", ImprovementStep::Plan, ImprovementStatus::Approved)
    };
    match create_improvement(&db, &invalid).await {
        Err(ImprovementSaveError::Invalid(errors)) => {
            let fields: Vec<_> = errors.iter().map(|e| (e.field, e.problem)).collect();
            assert_eq!(
                fields,
                [
                    (ImprovementField::Title, Problem::Required),
                    (ImprovementField::Practices, Problem::Required)
                ]
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    db.close();

    let db = open(&name, MIGRATIONS).await.unwrap();
    let all = list_improvements(&db, &RegisterFilter::default())
        .await
        .unwrap();
    assert_eq!(numbers(&all), ["IMP0002", "IMP0001"], "newest first");
    assert_eq!(all[1], first, "kept as saved");
    assert_eq!(
        all[0].origin,
        ImprovementOrigin::Problem {
            number: "PRB0002".into()
        }
    );
    assert_eq!(all[0].practices, ["problem-management"]);
    let third = create_improvement(
        &db,
        &form(
            "Third",
            ImprovementStep::Vision,
            ImprovementStatus::Proposed,
        ),
    )
    .await
    .unwrap();
    assert_eq!(third.number, "IMP0003", "the counter survives reopening");
    db.close();
}

#[wasm_bindgen_test]
async fn an_update_needs_the_current_revision() {
    let db = open(&fresh_name("improvement-rev"), MIGRATIONS)
        .await
        .unwrap();
    let item = create_improvement(
        &db,
        &form(
            "Shorter CAB",
            ImprovementStep::Plan,
            ImprovementStatus::Approved,
        ),
    )
    .await
    .unwrap();
    let mut edit = ImprovementForm::from_item(&item);
    edit.status = ImprovementStatus::Done.key().into();
    edit.benefit = "Changes approved in two days".into();
    let saved = update_improvement(&db, &item, &edit).await.unwrap();
    assert!(saved.rev.starts_with("2-"), "{}", saved.rev);
    assert_eq!(
        (saved.id.as_str(), saved.number.as_str()),
        (item.id.as_str(), "IMP0001")
    );
    assert_eq!(saved.open, 0);

    // The first version is stale now: saving from it would lose the second.
    edit.title = "Stale edit".into();
    assert_eq!(
        update_improvement(&db, &item, &edit).await,
        Err(ImprovementSaveError::Conflict)
    );
    edit.title = String::new();
    assert!(matches!(
        update_improvement(&db, &saved, &edit).await,
        Err(ImprovementSaveError::Invalid(_))
    ));
    let mut ghost = saved.clone();
    ghost.id = "NO-SUCH-ID".into();
    assert_eq!(
        update_improvement(&db, &ghost, &ImprovementForm::from_item(&saved)).await,
        Err(ImprovementSaveError::NotFound)
    );
    let stored = list_improvements(&db, &RegisterFilter::default())
        .await
        .unwrap();
    assert_eq!(stored, [saved], "refused saves wrote nothing");
    db.close();
}

#[wasm_bindgen_test]
async fn the_register_filters_through_its_indexes_and_counts_open_items() {
    use ImprovementStatus::*;
    use ImprovementStep::*;
    let db = open(&fresh_name("improvement-filters"), MIGRATIONS)
        .await
        .unwrap();
    assert_eq!(open_improvements(&db).await.unwrap(), 0);
    for (title, step, status) in [
        ("One", Vision, Proposed),
        ("Two", Plan, Done),
        ("Three", Plan, InProgress),
        ("Four", Check, Rejected),
        ("Five", Action, Approved),
    ] {
        create_improvement(&db, &form(title, step, status))
            .await
            .unwrap();
    }
    let list = |status, step| {
        let db = db.clone();
        async move {
            let items = list_improvements(&db, &RegisterFilter { status, step })
                .await
                .unwrap();
            items.into_iter().map(|i| i.title).collect::<Vec<_>>()
        }
    };
    assert_eq!(
        list(Some(StatusFilter::Open), None).await,
        ["Five", "Three", "One"]
    );
    assert_eq!(list(None, Some(Plan)).await, ["Three", "Two"]);
    assert_eq!(list(Some(StatusFilter::Open), Some(Plan)).await, ["Three"]);
    assert_eq!(list(Some(StatusFilter::Is(Rejected)), None).await, ["Four"]);
    assert!(list(Some(StatusFilter::Is(Done)), Some(Vision))
        .await
        .is_empty());
    assert_eq!(open_improvements(&db).await.unwrap(), 3);
    assert_eq!(
        improvements_per_step(&db).await.unwrap(),
        [1, 0, 0, 2, 1, 1, 0]
    );

    // Closing an item takes it out of the open count.
    let five = list_improvements(&db, &RegisterFilter::default())
        .await
        .unwrap()
        .remove(0);
    let mut done = ImprovementForm::from_item(&five);
    done.status = Done.key().into();
    update_improvement(&db, &five, &done).await.unwrap();
    assert_eq!(open_improvements(&db).await.unwrap(), 2);
    db.close();
}

#[wasm_bindgen_test]
async fn a_version_3_database_upgrades_to_4_with_its_data_intact() {
    let name = fresh_name("upgrade-improvements");
    let db = open(&name, &MIGRATIONS[..3]).await.unwrap();
    assert_eq!(db.version(), 3);
    assert!(!db.store_names().contains(&"improvements".to_owned()));
    let ticket = log(&db, "Mail down").await;
    put_setting(&db, "actor", &"Carol".to_owned())
        .await
        .unwrap();
    db.close();

    let db = open(&name, MIGRATIONS).await.unwrap();
    assert_eq!(db.version(), MIGRATIONS.len() as u32);
    assert!(db.store_names().contains(&"improvements".to_owned()));
    let mut indexes = db.index_names("improvements").unwrap();
    indexes.sort();
    assert_eq!(indexes, ["number", "open", "status", "step"]);
    let kept = ticket_by_number(&db, &ticket.number)
        .await
        .unwrap()
        .expect("the ticket survives the upgrade");
    assert_eq!(kept, ticket);
    let actor: Option<String> = get_setting(&db, "actor").await.unwrap();
    assert_eq!(actor.as_deref(), Some("Carol"));
    assert_eq!(count_tickets(&db).await.unwrap(), 1);
    assert_eq!(open_improvements(&db).await.unwrap(), 0);
    let item = create_improvement(
        &db,
        &form(
            "After the upgrade",
            ImprovementStep::Vision,
            ImprovementStatus::Proposed,
        ),
    )
    .await
    .unwrap();
    assert_eq!(item.number, "IMP0001");
    assert_eq!(open_improvements(&db).await.unwrap(), 1);
    db.close();
}
