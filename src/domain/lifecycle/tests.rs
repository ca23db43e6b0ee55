use super::*;
use crate::domain::priority::PriorityMatrix;
use crate::domain::records::ResolutionCode;
use crate::domain::ticket::{NewRecord, TicketDraft};
use proptest::prelude::*;

fn ticket(kind: TicketKind) -> Ticket {
    let draft = TicketDraft {
        ..TicketDraft::new(kind, "t")
    };
    draft.open(
        NewRecord {
            id: "id".into(),
            rev: "1-a".into(),
            now: 0,
        },
        1,
        &PriorityMatrix::default(),
    )
}

fn change(change_type: ChangeType, cab: &[&str]) -> Ticket {
    let mut t = ticket(TicketKind::Change);
    let record = t.change.as_mut().unwrap();
    record.change_type = Some(change_type);
    record.cab = cab.iter().map(|s| s.to_string()).collect();
    t
}

fn resolution() -> Resolution {
    Resolution {
        code: ResolutionCode::Solved,
        notes: "Restarted the mail service".into(),
    }
}

fn decide(approver: &str, approved: bool) -> Action {
    Action::Decide {
        approver: approver.into(),
        approved,
        comment: "ok".into(),
    }
}

fn run(mut t: Ticket, actions: Vec<Action>) -> Ticket {
    for (i, action) in actions.into_iter().enumerate() {
        t = apply(&t, action.clone(), i as i64 + 1).unwrap_or_else(|e| panic!("{action:?}: {e:?}"));
        check_invariants(&t).unwrap();
    }
    t
}

#[test]
fn an_incident_goes_through_hold_resolution_reopen_and_closure() {
    let t = run(
        ticket(TicketKind::Incident),
        vec![
            Action::Start,
            Action::Hold(HoldReason::AwaitingProblem),
            Action::Resume,
            Action::Resolve(resolution()),
        ],
    );
    assert_eq!(t.state, TicketState::Resolved);
    let reopened = run(t, vec![Action::Reopen]);
    assert_eq!(
        (reopened.state, reopened.resolution.clone()),
        (TicketState::InProgress, None)
    );
    let closed = run(reopened, vec![Action::Resolve(resolution()), Action::Close]);
    assert_eq!(closed.state, TicketState::Closed);
    assert_eq!(closed.updated, 2);
}

#[test]
fn an_update_recomputes_the_priority_and_needs_a_title() {
    use crate::domain::priority::{Level, Priority, PriorityMatrix};
    let t = ticket(TicketKind::Incident);
    assert_eq!(t.priority, Priority::P3);
    let draft = TicketDraft {
        impact: Level::High,
        urgency: Level::High,
        ..TicketDraft::new(TicketKind::Incident, "Mail down")
    };
    let updated = apply(
        &t,
        Action::Update(TicketUpdate::from_draft(
            draft.clone(),
            &PriorityMatrix::default(),
        )),
        5,
    )
    .unwrap();
    assert_eq!(
        (updated.priority, updated.title.as_str(), updated.updated),
        (Priority::P1, "Mail down", 5)
    );
    let untitled = TicketUpdate {
        title: " ".into(),
        ..TicketUpdate::from_draft(draft, &PriorityMatrix::default())
    };
    assert_eq!(
        apply(&t, Action::Update(untitled), 6),
        Err(LifecycleError::Missing(Missing::Title))
    );
}

#[test]
fn resolving_needs_notes_and_closing_needs_a_resolution() {
    let t = ticket(TicketKind::Incident);
    let empty = Resolution {
        code: ResolutionCode::Solved,
        notes: "  ".into(),
    };
    assert_eq!(
        apply(&t, Action::Resolve(empty), 1),
        Err(LifecycleError::Missing(Missing::ResolutionNotes))
    );
    assert_eq!(
        apply(&t, Action::Close, 1),
        Err(LifecycleError::NotAllowed {
            state: TicketState::New,
            action: ActionKind::Close
        })
    );
}

#[test]
fn the_ui_is_offered_only_the_allowed_actions() {
    let t = ticket(TicketKind::Incident);
    assert_eq!(
        allowed_actions(&t),
        [
            ActionKind::Start,
            ActionKind::Hold,
            ActionKind::Resolve,
            ActionKind::Cancel,
            ActionKind::SetMajor,
            ActionKind::Assign,
            ActionKind::Classify,
            ActionKind::Update
        ]
    );
    let closed = run(t, vec![Action::Resolve(resolution()), Action::Close]);
    assert!(allowed_actions(&closed).is_empty());
}

#[test]
fn a_request_needing_approval_waits_for_it_and_stops_on_rejection() {
    let mut t = ticket(TicketKind::ServiceRequest);
    t.approval_required = true;
    assert!(
        apply(&t, Action::Start, 1).is_err(),
        "no fulfilment before approval"
    );
    let approved = run(
        t.clone(),
        vec![Action::RequestApproval, decide("Manager", true)],
    );
    assert_eq!(approved.state, TicketState::Approved);
    let done = run(approved, vec![Action::Start, Action::Fulfil, Action::Close]);
    assert_eq!(done.state, TicketState::Closed);
    let rejected = run(t, vec![Action::RequestApproval, decide("Manager", false)]);
    assert_eq!(rejected.state, TicketState::Rejected);
    assert!(allowed_actions(&rejected).is_empty());
}

#[test]
fn a_request_without_approval_goes_straight_to_fulfilment() {
    let t = run(
        ticket(TicketKind::ServiceRequest),
        vec![Action::Start, Action::Fulfil, Action::Close],
    );
    assert_eq!(t.state, TicketState::Closed);
}

#[test]
fn a_problem_reaches_known_error_with_its_record() {
    let record = KnownErrorRecord {
        symptom: "Mail bounces".into(),
        root_cause: "Expired certificate".into(),
        workaround: "Use webmail".into(),
    };
    let t = run(
        ticket(TicketKind::Problem),
        vec![
            Action::Assess,
            Action::AnalyseRootCause,
            Action::RecordKnownError(record.clone()),
        ],
    );
    assert_eq!(
        (t.state, t.known_error.clone()),
        (TicketState::KnownError, Some(record))
    );
    let blank = KnownErrorRecord {
        workaround: " ".into(),
        ..t.known_error.clone().unwrap()
    };
    assert_eq!(
        apply(&t, Action::RecordKnownError(blank), 9),
        Err(LifecycleError::Missing(Missing::Workaround))
    );
    let closed = run(t, vec![Action::Resolve(resolution()), Action::Close]);
    assert_eq!(closed.state, TicketState::Closed);
}

#[test]
fn a_normal_change_needs_every_cab_approval_before_scheduling() {
    let t = run(
        change(ChangeType::Normal, &["Ana", "Ben"]),
        vec![Action::Assess, Action::RequestAuthorization],
    );
    let window = Action::Schedule {
        start: 100,
        end: 200,
    };
    assert_eq!(
        apply(&t, window.clone(), 5),
        Err(LifecycleError::NotAuthorized)
    );
    assert_eq!(next_approver(&t).as_deref(), Some("Ana"));
    let half = run(t, vec![decide("Ana", true)]);
    assert_eq!(next_approver(&half).as_deref(), Some("Ben"));
    assert_eq!(
        apply(&half, window.clone(), 5),
        Err(LifecycleError::NotAuthorized)
    );
    assert_eq!(
        apply(&half, decide("Ana", true), 5),
        Err(LifecycleError::AlreadyDecided)
    );
    let done = run(
        half,
        vec![
            decide("Ben", true),
            window,
            Action::Implement,
            Action::CompleteImplementation,
            Action::Review {
                outcome: ReviewOutcome::Successful,
                notes: "No incident".into(),
            },
            Action::Close,
        ],
    );
    assert_eq!(done.state, TicketState::Closed);
}

#[test]
fn a_cab_rejection_stops_the_change() {
    let t = run(
        change(ChangeType::Normal, &["Ana", "Ben"]),
        vec![
            Action::Assess,
            Action::RequestAuthorization,
            decide("Ana", false),
        ],
    );
    assert_eq!(t.state, TicketState::Cancelled);
    assert!(allowed_actions(&t).is_empty());
}

#[test]
fn standard_changes_skip_authorization_and_emergency_ones_need_one_approval() {
    let standard = run(
        change(ChangeType::Standard, &[]),
        vec![Action::Schedule { start: 1, end: 2 }],
    );
    assert_eq!(standard.state, TicketState::Scheduled);
    assert!(apply(&change(ChangeType::Standard, &[]), Action::Assess, 1).is_err());
    let emergency = run(
        change(ChangeType::Emergency, &[]),
        vec![
            Action::Assess,
            Action::RequestAuthorization,
            decide("ECAB", true),
            Action::Schedule { start: 1, end: 2 },
        ],
    );
    assert_eq!(emergency.state, TicketState::Scheduled);
}

#[test]
fn a_change_window_must_end_after_it_starts_and_closing_needs_a_review() {
    let t = change(ChangeType::Standard, &[]);
    assert_eq!(
        apply(&t, Action::Schedule { start: 5, end: 5 }, 1),
        Err(LifecycleError::WindowEndsBeforeStart)
    );
    let in_review = run(
        t,
        vec![
            Action::Schedule { start: 1, end: 2 },
            Action::Implement,
            Action::CompleteImplementation,
        ],
    );
    assert!(apply(&in_review, Action::Close, 9).is_err());
}

fn text_for_update() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), Just("Renamed".to_owned())]
}

fn any_action() -> impl Strategy<Value = Action> {
    let text = prop_oneof![Just(String::new()), Just("note".to_owned())];
    let who = prop_oneof![
        Just("Ana".to_owned()),
        Just("Ben".to_owned()),
        Just(String::new())
    ];
    prop_oneof![
        Just(Action::Start),
        prop::sample::select(HoldReason::ALL.to_vec()).prop_map(Action::Hold),
        Just(Action::Resume),
        (
            prop::sample::select(ResolutionCode::ALL.to_vec()),
            text.clone()
        )
            .prop_map(|(code, notes)| Action::Resolve(Resolution { code, notes })),
        Just(Action::Reopen),
        Just(Action::Close),
        Just(Action::Cancel),
        Just(Action::RequestApproval),
        (who, any::<bool>()).prop_map(|(approver, approved)| Action::Decide {
            approver,
            approved,
            comment: String::new()
        }),
        Just(Action::Fulfil),
        Just(Action::Assess),
        Just(Action::AnalyseRootCause),
        (text.clone(), text.clone(), text.clone()).prop_map(|(symptom, root_cause, workaround)| {
            Action::RecordKnownError(KnownErrorRecord {
                symptom,
                root_cause,
                workaround,
            })
        }),
        Just(Action::RequestAuthorization),
        (0i64..10, 0i64..10).prop_map(|(start, end)| Action::Schedule { start, end }),
        Just(Action::Implement),
        Just(Action::CompleteImplementation),
        (prop::sample::select(ReviewOutcome::ALL.to_vec()), text)
            .prop_map(|(outcome, notes)| Action::Review { outcome, notes }),
        any::<bool>().prop_map(Action::SetMajor),
        (
            prop_oneof![Just(String::new()), Just("Network".to_owned())],
            prop_oneof![Just(String::new()), Just("Ana".to_owned())]
        )
            .prop_map(|(group, assignee)| Action::Assign { group, assignee }),
        Just(Action::Classify {
            category: "Network".into(),
            service: "Email".into()
        }),
        (text_for_update(), any::<bool>()).prop_map(|(title, high)| {
            use crate::domain::priority::{Level, PriorityMatrix};
            let level = if high { Level::High } else { Level::Low };
            let draft = TicketDraft {
                impact: level,
                urgency: level,
                ..TicketDraft::new(TicketKind::Incident, "")
            };
            Action::Update(TicketUpdate {
                title,
                ..TicketUpdate::from_draft(draft, &PriorityMatrix::default())
            })
        }),
    ]
}

fn any_ticket() -> impl Strategy<Value = Ticket> {
    (
        prop::sample::select(TicketKind::ALL.to_vec()),
        prop::sample::select(ChangeType::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(kind, change_type, two_approvers, approval)| {
            let mut t = ticket(kind);
            t.approval_required = kind == TicketKind::ServiceRequest && approval;
            if let Some(c) = t.change.as_mut() {
                c.change_type = Some(change_type);
                c.cab = if two_approvers {
                    vec!["Ana".into(), "Ben".into()]
                } else {
                    vec!["Ana".into()]
                };
            }
            t
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn no_sequence_of_actions_breaks_the_model(start in any_ticket(), actions in prop::collection::vec(any_action(), 0..40)) {
        let mut t = start;
        for (i, action) in actions.into_iter().enumerate() {
            let before = t.clone();
            match apply(&t, action.clone(), i as i64 + 1) {
                Ok(next) => {
                    prop_assert!(states(next.kind).contains(&next.state));
                    prop_assert_eq!(next.kind, before.kind);
                    prop_assert_eq!(&next.id, &before.id);
                    t = next;
                }
                Err(_) => prop_assert_eq!(&t, &before, "a refused action changes nothing"),
            }
            if let Err(rule) = check_invariants(&t) {
                prop_assert!(false, "after {:?}: {}", action, rule);
            }
            prop_assert_eq!(allowed_actions(&t).is_empty() && !t.state.is_final(), false,
                "only final states are dead ends ({:?} {:?})", t.kind, t.state);
        }
    }
}
