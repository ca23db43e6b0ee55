//! Improvement items: checks, creation and revision, filters and their index, counts, labels.

use super::*;

fn record() -> NewRecord {
    NewRecord {
        id: "01J000000000000000000000AA".into(),
        rev: "1-aa".into(),
        now: 1_000,
    }
}

fn form() -> ImprovementForm {
    ImprovementForm {
        title: "  Automate password resets ".into(),
        practices: vec!["service-desk".into()],
        benefit: "Fewer calls".into(),
        owner: "Ana".into(),
        ..ImprovementForm::blank()
    }
}

fn errors_of(form: &ImprovementForm) -> Vec<(ImprovementField, Problem)> {
    form.validate()
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn a_valid_form_becomes_a_numbered_open_item() {
    let item = form().validate().unwrap().create(record(), 7);
    assert_eq!(item.number, "IMP0007");
    assert_eq!(item.title, "Automate password resets");
    assert_eq!(item.step, ImprovementStep::Vision);
    assert_eq!(item.status, ImprovementStatus::Proposed);
    assert_eq!(item.open, 1);
    assert_eq!((item.created, item.updated), (1_000, 1_000));
    assert_eq!(item.origin, ImprovementOrigin::None);
    assert_eq!(improvement_number(12_345), "IMP12345");
}

#[test]
fn every_faulty_field_is_reported_at_once() {
    let blank = ImprovementForm {
        title: "   ".into(),
        step: "dream".into(),
        status: String::new(),
        ..ImprovementForm::default()
    };
    assert_eq!(
        errors_of(&blank),
        [
            (ImprovementField::Title, Problem::Required),
            (ImprovementField::Practices, Problem::Required),
            (ImprovementField::Step, Problem::Unknown),
            (ImprovementField::Status, Problem::Required),
        ]
    );
    let long = ImprovementForm {
        title: "t".repeat(TITLE_MAX + 1),
        benefit: "b".repeat(BENEFIT_MAX + 1),
        owner: "o".repeat(OWNER_MAX + 1),
        practices: vec!["service-desk".into(), "astrology".into()],
        ..form()
    };
    assert_eq!(
        errors_of(&long),
        [
            (ImprovementField::Title, Problem::TooLong { max: TITLE_MAX }),
            (
                ImprovementField::Benefit,
                Problem::TooLong { max: BENEFIT_MAX }
            ),
            (ImprovementField::Owner, Problem::TooLong { max: OWNER_MAX }),
            (ImprovementField::Practices, Problem::Unknown),
        ]
    );
    let exact = ImprovementForm {
        title: "é".repeat(TITLE_MAX),
        ..form()
    };
    assert!(exact.validate().is_ok(), "the limit counts characters");
}

#[test]
fn origins_are_checked() {
    let bad_problem = ImprovementForm {
        origin: ImprovementOrigin::Problem {
            number: "INC0001".into(),
        },
        ..form()
    };
    assert_eq!(
        errors_of(&bad_problem),
        [(ImprovementField::Origin, Problem::Unknown)]
    );
    let empty_finding = ImprovementForm {
        origin: ImprovementOrigin::Finding { text: " ".into() },
        ..form()
    };
    assert_eq!(
        errors_of(&empty_finding),
        [(ImprovementField::Origin, Problem::Required)]
    );
    let long_finding = ImprovementForm {
        origin: ImprovementOrigin::Finding {
            text: "x".repeat(FINDING_MAX + 1),
        },
        ..form()
    };
    assert_eq!(
        errors_of(&long_finding),
        [(
            ImprovementField::Origin,
            Problem::TooLong { max: FINDING_MAX }
        )]
    );
}

#[test]
fn practices_are_kept_once_each_in_the_order_ticked() {
    let twice = ImprovementForm {
        practices: vec![
            "incident-management".into(),
            "service-desk".into(),
            "incident-management".into(),
        ],
        ..form()
    };
    assert_eq!(
        twice.validate().unwrap().practices,
        ["incident-management", "service-desk"]
    );
}

#[test]
fn items_raised_from_a_problem_or_a_finding_are_prefilled() {
    let from_problem = ImprovementForm::from_problem("PRB0003", "Printers drop off the network");
    assert_eq!(from_problem.title, "Printers drop off the network");
    assert_eq!(from_problem.practices, [PROBLEM_MANAGEMENT]);
    assert!(crate::domain::itil::practice(PROBLEM_MANAGEMENT).is_some());
    let item = from_problem.validate().unwrap().create(record(), 1);
    assert_eq!(
        item.origin,
        ImprovementOrigin::Problem {
            number: "PRB0003".into()
        }
    );

    // A problem numbered on a synced laptop carries its device tag.
    let tagged = ImprovementForm::from_problem("PRB0004-K7M", "VPN drops");
    assert!(tagged.validate().is_ok());
    for bad in ["PRB0004-k7m", "INC0004", "PRB", "PRB0004-"] {
        assert!(
            ImprovementForm::from_problem(bad, "x").validate().is_err(),
            "{bad}"
        );
    }

    let finding = format!("Network: 12 incidents {}", "and more ".repeat(30));
    let from_finding = ImprovementForm::from_finding(&finding, "Fewer network incidents");
    assert!(from_finding.title.chars().count() <= TITLE_MAX);
    assert!(from_finding.title.starts_with("Network: 12 incidents"));
    assert_eq!(from_finding.benefit, "Fewer network incidents");
    assert!(from_finding.practices.is_empty(), "the person chooses");
    assert_eq!(
        from_finding.origin,
        ImprovementOrigin::Finding {
            text: finding.trim().into()
        }
    );
    let edited = ImprovementForm::from_item(&item);
    assert_eq!(edited.validate().unwrap().create(record(), 1), item);
}

#[test]
fn a_revision_keeps_identity_and_follows_the_status() {
    let item = form().validate().unwrap().create(record(), 2);
    let done = ImprovementForm {
        status: ImprovementStatus::Done.key().into(),
        step: ImprovementStep::Check.key().into(),
        ..ImprovementForm::from_item(&item)
    };
    let next = done.validate().unwrap().revise(&item, "2-bb".into(), 5_000);
    assert_eq!(
        (next.id.as_str(), next.number.as_str(), next.created),
        (item.id.as_str(), "IMP0002", 1_000)
    );
    assert_eq!((next.rev.as_str(), next.updated), ("2-bb", 5_000));
    assert_eq!(next.step, ImprovementStep::Check);
    assert_eq!(next.open, 0);
}

#[test]
fn open_means_neither_done_nor_rejected() {
    let open: Vec<_> = ImprovementStatus::ALL
        .into_iter()
        .filter(|s| s.is_open())
        .collect();
    assert_eq!(
        open,
        [
            ImprovementStatus::Proposed,
            ImprovementStatus::Approved,
            ImprovementStatus::InProgress
        ]
    );
    for s in ImprovementStatus::ALL {
        assert_eq!(ImprovementStatus::from_key(s.key()), Some(s));
    }
}

fn item(n: u32, step: ImprovementStep, status: ImprovementStatus) -> Improvement {
    let mut form = form();
    form.step = step.key().into();
    form.status = status.key().into();
    let mut r = record();
    r.id = format!("ID{n:04}");
    form.validate().unwrap().create(r, n)
}

#[test]
fn filters_match_and_pick_the_narrowest_index() {
    use ImprovementStatus::*;
    use ImprovementStep::*;
    let items = [
        item(1, Vision, Proposed),
        item(2, Plan, Done),
        item(3, Plan, InProgress),
        item(4, Check, Rejected),
    ];
    let shown = |f: RegisterFilter| -> Vec<&str> {
        items
            .iter()
            .filter(|i| f.matches(i))
            .map(|i| i.number.as_str())
            .collect()
    };
    let open = RegisterFilter {
        status: Some(StatusFilter::Open),
        step: None,
    };
    assert_eq!(shown(open), ["IMP0001", "IMP0003"]);
    assert_eq!(open.index(), RegisterIndex::Open);
    let plan_open = RegisterFilter {
        step: Some(Plan),
        ..open
    };
    assert_eq!(shown(plan_open), ["IMP0003"]);
    assert_eq!(plan_open.index(), RegisterIndex::Step(Plan));
    let rejected = RegisterFilter {
        status: Some(StatusFilter::Is(Rejected)),
        step: None,
    };
    assert_eq!(shown(rejected), ["IMP0004"]);
    assert_eq!(rejected.index(), RegisterIndex::Status(Rejected));
    assert_eq!(shown(RegisterFilter::default()).len(), 4);
    assert_eq!(RegisterFilter::default().index(), RegisterIndex::All);

    let mut deleted = items[0].clone();
    deleted.deleted = true;
    assert!(!RegisterFilter::default().matches(&deleted));
    assert_eq!(step_counts(&items), [1, 0, 0, 2, 0, 1, 0]);
    assert_eq!(step_counts(&[deleted]), [0; 7]);

    for f in StatusFilter::choices() {
        assert_eq!(StatusFilter::from_key(f.key()), Some(f));
    }
    assert_eq!(StatusFilter::choices().len(), 6);
}

#[test]
fn the_register_lists_the_newest_number_first() {
    use ImprovementStatus::*;
    use ImprovementStep::*;
    let mut items = vec![
        item(2, Vision, Proposed),
        item(10, Vision, Proposed),
        item(1, Vision, Proposed),
        item(10_000, Vision, Proposed),
    ];
    register_order(&mut items);
    let numbers: Vec<&str> = items.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(numbers, ["IMP10000", "IMP0010", "IMP0002", "IMP0001"]);
}

#[test]
fn labels_wrap_at_spaces_within_the_width() {
    assert_eq!(
        crate::domain::itil::wrap("How do we keep the momentum going?", 18),
        ["How do we keep the", "momentum going?"]
    );
    assert_eq!(
        crate::domain::itil::wrap("Comment maintenir la dynamique\u{a0}?", 18),
        ["Comment maintenir", "la dynamique\u{a0}?"]
    );
    assert_eq!(crate::domain::itil::wrap("Agir", 18), ["Agir"]);
    assert_eq!(
        crate::domain::itil::wrap("a verylongwordindeed b", 5),
        ["a", "verylongwordindeed", "b"]
    );
    assert!(crate::domain::itil::wrap("  ", 5).is_empty());
    for step in ImprovementStep::ALL {
        for lang in crate::i18n::Lang::ALL {
            let lines = crate::domain::itil::wrap(step.name().get(lang), 18);
            assert!(lines.len() <= 2, "{step:?} {lang:?}: {lines:?}");
        }
    }
}
