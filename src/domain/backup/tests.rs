//! Tests of the backup file: round trip, every kind of bad file, merging, and fuzzing of the
//! parser with random and mutated input.

use super::*;
use crate::domain::history::EventField;
use crate::domain::priority::{Level, PriorityMatrix};
use crate::domain::records::{Link, LinkRole};
use crate::domain::ticket::{Channel, NewRecord, TicketDraft, TicketKind};

fn ticket(kind: TicketKind, id: &str, n: u32) -> Ticket {
    let draft = TicketDraft {
        description: "Users on floor 3".into(),
        channel: Channel::Email,
        impact: Level::High,
        urgency: Level::Medium,
        ..TicketDraft::new(kind, "Mail is slow")
    };
    let record = NewRecord {
        id: id.into(),
        rev: "1-a".into(),
        now: 1_700_000_000_000,
    };
    draft.open(record, n, &PriorityMatrix::default())
}

fn event(id: &str, ticket: &Ticket) -> TicketEvent {
    TicketEvent::created(id.into(), ticket, "ana")
}

fn sample() -> Backup {
    let mut problem = ticket(TicketKind::Problem, "T2", 1);
    let mut incident = ticket(TicketKind::Incident, "T1", 1);
    incident.links.push(Link {
        ticket_id: problem.id.clone(),
        number: problem.number.clone(),
        kind: TicketKind::Problem,
        role: LinkRole::Related,
    });
    problem.links.push(Link {
        ticket_id: incident.id.clone(),
        number: incident.number.clone(),
        kind: TicketKind::Incident,
        role: LinkRole::Related,
    });
    let mut b = Backup::new(3, 1_700_000_100_000);
    b.events = vec![event("E1", &incident), event("E2", &problem)];
    b.tickets = vec![incident, problem];
    b.practices = vec![PracticeSettings::starting("incident-management")];
    b.settings = vec![SettingRecord {
        key: "actor".into(),
        value: serde_json::json!("Ana"),
    }];
    b
}

fn json_of(b: &Backup) -> serde_json::Value {
    serde_json::from_str(&b.to_json()).unwrap()
}

fn parse_value(v: &serde_json::Value) -> Result<Backup, ImportError> {
    parse_backup(&v.to_string(), 3)
}

#[test]
fn a_backup_reads_back_identical() {
    let b = sample();
    let text = b.to_json();
    assert!(text.starts_with("{\"format\":\"valuedesk-backup\",\"format_version\":1"));
    assert_eq!(parse_backup(&text, 3), Ok(b));
}

#[test]
fn an_older_schema_is_accepted_and_a_newer_one_refused() {
    let mut v = json_of(&sample());
    v["schema_version"] = 2.into();
    assert!(parse_value(&v).is_ok());
    v["schema_version"] = 4.into();
    assert_eq!(
        parse_value(&v),
        Err(ImportError::NewerSchema {
            found: 4,
            supported: 3
        })
    );
}

#[test]
fn size_depth_and_syntax_are_checked_first() {
    let text = sample().to_json();
    assert_eq!(
        parse_limited(&text, 3, 100),
        Err(ImportError::TooLarge { bytes: text.len() })
    );
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(parse_backup(&deep, 3), Err(ImportError::TooDeep));
    // Brackets inside strings do not count.
    let mut v = json_of(&sample());
    v["tickets"][0]["title"] = "[[[[".repeat(20).into();
    assert!(parse_value(&v).is_ok());
    assert_eq!(
        parse_backup("{\"format\": ", 3),
        Err(ImportError::NotJson {
            line: 1,
            column: 11
        })
    );
}

#[test]
fn other_files_and_versions_are_named() {
    assert_eq!(parse_backup("[]", 3), Err(ImportError::NotABackup));
    assert_eq!(
        parse_backup("{\"format\":\"excalidraw\"}", 3),
        Err(ImportError::NotABackup)
    );
    let mut v = json_of(&sample());
    v["format_version"] = 2.into();
    assert_eq!(
        parse_value(&v),
        Err(ImportError::UnknownVersion { found: 2 })
    );
    v["format_version"] = "1".into();
    assert_eq!(
        parse_value(&v),
        Err(ImportError::UnknownVersion { found: 0 })
    );
}

#[test]
fn a_bad_record_names_its_store_position_id_and_field() {
    let mut v = json_of(&sample());
    v["tickets"][1].as_object_mut().unwrap().remove("kind");
    match parse_value(&v) {
        Err(ImportError::BadRecord {
            store,
            index,
            id,
            problem,
        }) => {
            assert_eq!((store, index, id.as_deref()), ("tickets", 1, Some("T2")));
            assert!(problem.contains("kind"), "{problem}");
        }
        other => panic!("{other:?}"),
    }
    let mut v = json_of(&sample());
    v["events"][0]["field"] = "teleported".into();
    assert!(matches!(
        parse_value(&v),
        Err(ImportError::BadRecord {
            store: "events",
            index: 0,
            ..
        })
    ));
    let mut v = json_of(&sample());
    v["practices"] = serde_json::json!({"not": "a list"});
    assert!(matches!(
        parse_value(&v),
        Err(ImportError::BadRecord {
            store: "practices",
            ..
        })
    ));
}

#[test]
fn duplicates_and_dangling_references_are_refused() {
    let mut b = sample();
    b.events.push(b.events[0].clone());
    assert_eq!(
        validate(&b),
        Err(ImportError::Duplicate {
            store: "events",
            key: "E1".into()
        })
    );

    let mut b = sample();
    b.events[1].ticket_id = "T9".into();
    assert!(matches!(
        validate(&b),
        Err(ImportError::Dangling {
            store: "events",
            field: "ticket_id",
            ..
        })
    ));

    let mut b = sample();
    b.tickets.pop();
    b.events.pop();
    assert_eq!(
        validate(&b),
        Err(ImportError::Dangling {
            store: "tickets",
            id: "INC0001".into(),
            field: "links",
            target: "PRB0001".into()
        })
    );

    let mut b = sample();
    b.tickets[0].service = "Teleportation".into();
    assert!(matches!(
        validate(&b),
        Err(ImportError::Dangling {
            field: "service",
            ..
        })
    ));
    // Without a saved configuration, the starting one of either language is valid.
    let mut b = sample();
    let french = crate::domain::configuration::DeskConfig::starting(crate::i18n::Lang::Fr);
    b.tickets[0].assignment_group = french.groups[0].name.clone();
    assert_eq!(validate(&b), Ok(()));
    b.tickets[0].assignment_group = "Nobody".into();
    assert!(matches!(
        validate(&b),
        Err(ImportError::Dangling {
            field: "assignment_group",
            ..
        })
    ));

    let mut b = sample();
    b.practices[0].maturity = 9;
    assert!(matches!(
        validate(&b),
        Err(ImportError::BadRecord {
            store: "practices",
            ..
        })
    ));
    assert_eq!(sample().events[0].field, EventField::Created);
}

#[test]
fn merging_keeps_the_newer_version_of_each_ticket() {
    let mine = sample().tickets;
    let mut newer = mine[0].clone();
    newer.rev = "2-b".into();
    newer.title = "Mail is down".into();
    let older = mine[1].clone();
    let fresh = ticket(TicketKind::Change, "T3", 1);
    let mut clash = ticket(TicketKind::Change, "T4", 7);
    clash.number = mine[0].number.clone();
    let plan = merge_plan(&mine, vec![newer.clone(), older, fresh.clone(), clash]);
    assert_eq!(plan.updated, vec![newer]);
    assert_eq!(plan.added, vec![fresh]);
    assert_eq!(plan.kept, vec!["PRB0001".to_owned()]);
    assert_eq!(plan.clashes, vec!["INC0001".to_owned()]);
}

#[test]
fn an_improvement_must_come_from_a_problem_in_the_file_and_name_real_practices() {
    use crate::domain::improvement::{
        Improvement, ImprovementOrigin, ImprovementStatus, ImprovementStep,
    };
    let mut b = sample();
    let item = Improvement {
        id: "I1".into(),
        rev: "1-a".into(),
        number: "IMP0001".into(),
        title: "Renew certificates before they expire".into(),
        practices: vec!["problem-management".into()],
        step: ImprovementStep::Vision,
        status: ImprovementStatus::Proposed,
        benefit: "No more outages from expired certificates".into(),
        owner: "Dana".into(),
        origin: ImprovementOrigin::Problem {
            number: "PRB0001".into(),
        },
        open: 1,
        created: 0,
        updated: 0,
        deleted: false,
    };
    b.improvements.push(item.clone());
    assert_eq!(validate(&b), Ok(()));
    assert_eq!(parse_backup(&b.to_json(), 4), Ok(b.clone()));

    b.improvements[0].origin = ImprovementOrigin::Problem {
        number: "PRB0042".into(),
    };
    assert!(matches!(
        validate(&b),
        Err(ImportError::Dangling {
            store: "improvements",
            field: "origin",
            ..
        })
    ));
    b.improvements[0] = Improvement {
        practices: vec!["astrology".into()],
        ..item
    };
    assert!(matches!(
        validate(&b),
        Err(ImportError::Dangling {
            store: "improvements",
            field: "practices",
            ..
        })
    ));
}

#[test]
fn counters_cover_the_highest_number_of_each_prefix() {
    let mut b = sample();
    b.tickets.push(ticket(TicketKind::Incident, "T5", 42));
    assert_eq!(
        counter_floors(&b.tickets),
        vec![
            ("counter.INC".to_owned(), 42),
            ("counter.PRB".to_owned(), 1)
        ]
    );
    // A synced workspace's backup: tagged numbers count too.
    let mut tagged = ticket(TicketKind::Incident, "T6", 1);
    tagged.number = "INC0057-K7M".into();
    let mut other = ticket(TicketKind::Problem, "T7", 1);
    other.number = "PRB0009-Q2X".into();
    b.tickets.extend([tagged, other]);
    assert_eq!(
        counter_floors(&b.tickets),
        vec![
            ("counter.INC".to_owned(), 57),
            ("counter.PRB".to_owned(), 9)
        ]
    );
}

/// Fuzzing of the parser (natively: proptest is not built for the browser).
#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Number of random inputs per fuzz property (three properties).
    const FUZZ_CASES: u32 = 4_000;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(FUZZ_CASES))]

        #[test]
        fn random_text_never_panics(text in ".{0,400}") {
            let _ = parse_backup(&text, 3);
        }

        #[test]
        fn random_json_shaped_text_never_panics(text in r#"[\[\]{}",:0-9a-z\\ -]{0,300}"#) {
            let _ = parse_backup(&text, 3);
        }

        #[test]
        fn a_mutated_backup_is_parsed_or_refused_never_panics(
            cut in 0usize..4_000,
            edits in proptest::collection::vec((0usize..4_000, any::<u8>()), 0..6),
        ) {
            let mut bytes = sample().to_json().into_bytes();
            for (at, byte) in edits {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            bytes.truncate(cut.max(1).min(bytes.len()));
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(b) = parse_backup(&text, 3) {
                prop_assert!(validate(&b).is_ok());
            }
        }
    }
}
