//! Native tests of the scenarios' data, the run state and the plans, with a small in-memory
//! executor that runs each scenario to its end through the real lifecycle.

use super::*;
use crate::domain::configuration::DeskConfig;
use crate::domain::demo::demo_company;
use crate::domain::itil::VALUE_STREAMS;
use crate::domain::lifecycle::apply;
use crate::domain::priority::{Level, PriorityMatrix};
use crate::domain::records::ResolutionCode;
use crate::domain::ticket::{NewRecord, Ticket, TicketKind, TicketState};
use crate::i18n::Lang;

#[test]
fn every_step_is_translated_with_french_spacing_and_fits_its_stream() {
    for s in SCENARIOS {
        let stream = s
            .stream
            .map(|k| VALUE_STREAMS.iter().find(|v| v.key == k).expect(k));
        let mut ids = std::collections::HashSet::new();
        for step in s.steps {
            assert!(ids.insert(step.id), "{}: duplicate {}", s.key, step.id);
            for text in [step.title, step.narrative, s.title, s.summary] {
                assert_ne!(text.en, text.fr, "{}", step.id);
                for (i, c) in text.fr.char_indices() {
                    if matches!(c, ':' | '?' | '!' | ';') {
                        let before = text.fr[..i].chars().last();
                        assert_eq!(before, Some('\u{a0}'), "{}: {}", step.id, text.fr);
                    }
                }
            }
            if let (Some(i), Some(stream)) = (step.stream_step, stream) {
                assert_eq!(Some(stream.steps[i].activity), step.activity, "{}", step.id);
            }
            assert!(!step.highlight.is_empty());
        }
    }
}

#[test]
fn the_hotline_scenario_takes_the_call_to_closure() {
    let actions: Vec<TourAction> = hotline::HOTLINE
        .steps
        .iter()
        .filter_map(|s| s.action)
        .collect();
    use TourAction as A;
    assert_eq!(
        actions,
        [
            A::LogIncident,
            A::Escalate,
            A::FindKnownError,
            A::ApplyKnownError,
            A::ResolveIncident,
            A::CloseIncident
        ]
    );
    assert!(
        svs::SVS_TOUR.steps.iter().all(|s| s.action.is_none()),
        "the SVS tour writes nothing"
    );
}

#[test]
fn back_never_undoes_and_next_never_repeats_an_action() {
    let mut run = TourState::start("hotline").unwrap();
    assert!(!run.action_pending());
    assert!(run.forward());
    assert!(run.action_pending(), "step 2 logs the incident");
    assert!(!run.forward(), "an action step waits for its action");
    run.records.set(Rec::Incident, "INC0001", "id1");
    run.mark_done();
    assert!(run.forward());
    assert!(run.back());
    assert!(!run.action_pending(), "done stays done after going back");
    assert_eq!(run.records.number(Rec::Incident), Some("INC0001"));
    assert!(run.forward());
    assert!(
        run.back() && run.back() && !run.back(),
        "the first step has no back"
    );
    run.restart();
    assert_eq!((run.step, run.run), (0, 2));
    assert!(run.records.number(Rec::Incident).is_none() && run.done.is_empty());
    assert!(TourState::start("nonsense").is_none());
}

#[test]
fn a_step_shows_its_record_once_made_and_where_it_is_made_before() {
    let mut records = Records::default();
    assert_eq!(
        Place::Record(Rec::Incident).route(&records),
        Route::NewTicket(TicketKind::Incident)
    );
    records.set(Rec::Incident, "INC0413", "x");
    assert_eq!(
        Place::Record(Rec::Incident).route(&records),
        Route::Ticket("INC0413".into())
    );
    assert_eq!(Route::parse("#/scenarios"), Route::Scenarios);
}

fn open(draft: crate::domain::ticket::TicketDraft, seq: u32, now: i64) -> Ticket {
    let record = NewRecord {
        id: format!("id-{seq}"),
        rev: "1-a".into(),
        now,
    };
    draft.open(record, seq, &PriorityMatrix::default())
}

fn known_error(config: &DeskConfig) -> Ticket {
    let mut draft = crate::domain::ticket::TicketDraft::new(TicketKind::Problem, "VPN drops");
    draft.service = config
        .services
        .iter()
        .find(|s| s.name == "VPN")
        .unwrap()
        .name
        .clone();
    let mut p = open(draft, 90, 0);
    p.state = TicketState::KnownError;
    p.known_error = Some(crate::domain::records::KnownErrorRecord {
        symptom: "VPN drops".into(),
        root_cause: "Gateway".into(),
        workaround: "Use the second gateway".into(),
    });
    p
}

/// Runs a scenario through its plans in memory, as the UI does through storage.
fn run_in_memory(key: &str, config: &DeskConfig, store: &mut Vec<Ticket>) -> TourState {
    let mut run = TourState::start(key).unwrap();
    let now = 1_750_000_000_000;
    loop {
        if let Some(action) = run.current().action {
            let target = action
                .target()
                .and_then(|r| run.records.id(r))
                .map(str::to_owned);
            let target = target.and_then(|id| store.iter().find(|t| t.id == id).cloned());
            let cx = PlanContext {
                config,
                lang: Lang::En,
                now,
                actor: "Tester",
                records: &run.records,
                target: target.as_ref(),
            };
            match plan(action, &cx) {
                Ok(Plan::Create {
                    rec,
                    draft,
                    link_to,
                    ..
                }) => {
                    let mut t = open(*draft, store.len() as u32 + 1, now);
                    if let Some(n) = link_to {
                        let other = store.iter().position(|o| o.number == n).unwrap();
                        let (a, b) =
                            crate::domain::links::link(&t, &store[other], false, now).unwrap();
                        (t, store[other]) = (a, b);
                    }
                    run.records.set(rec, &t.number, &t.id);
                    store.push(t);
                }
                Ok(Plan::Act { rec, actions }) => {
                    let id = run.records.id(rec).unwrap().to_owned();
                    let i = store.iter().position(|t| t.id == id).unwrap();
                    for a in actions {
                        store[i] =
                            apply(&store[i], a, now).unwrap_or_else(|e| panic!("{key}: {e:?}"));
                    }
                }
                Ok(Plan::SearchKnownErrors { service, .. }) => {
                    let found: Vec<Ticket> = store
                        .iter()
                        .filter(|t| t.known_error.is_some())
                        .cloned()
                        .collect();
                    if let Some(p) = pick_known_error(&found, &service) {
                        run.records.set(Rec::KnownError, &p.number, &p.id);
                    }
                }
                Ok(Plan::FindRecurring) => {
                    let cluster = recurring_cluster(store, now).expect("a cluster");
                    run.records.cluster = cluster.incidents;
                    run.records.cluster_about = Some((cluster.category, cluster.service));
                }
                Ok(Plan::ApplyKnownError { incident, problem }) => {
                    let i = store.iter().position(|t| t.id == incident).unwrap();
                    let p = store.iter().position(|t| t.id == problem).unwrap();
                    let (a, b) =
                        crate::domain::links::link(&store[i], &store[p], false, now).unwrap();
                    (store[i], store[p]) = (a, b);
                }
                Ok(Plan::Improvement(form)) => {
                    assert!(form.validate().is_ok(), "{:?}", form.validate());
                    run.records.improvement = Some("IMP0001".into());
                }
                Err(skip) => panic!("{key}: {skip:?}"),
            }
            run.mark_done();
        }
        if !run.forward() {
            return run;
        }
    }
}

#[test]
fn scenario_one_runs_to_the_end_on_the_demo_company() {
    let config = demo_company(7, Lang::En);
    let mut store = vec![known_error(&config)];
    let run = run_in_memory("hotline", &config, &mut store);
    let incident = store
        .iter()
        .find(|t| Some(t.id.as_str()) == run.records.id(Rec::Incident))
        .unwrap();
    assert_eq!(incident.state, TicketState::Closed);
    assert_eq!(
        (incident.impact, incident.urgency),
        (Level::Medium, Level::High)
    );
    assert_eq!(
        incident.priority,
        PriorityMatrix::default().priority(Level::Medium, Level::High)
    );
    assert_eq!(incident.service, "VPN");
    assert_eq!(incident.assignment_group, "Network and infrastructure");
    assert!(config
        .members("Network and infrastructure")
        .contains(&incident.assignee));
    assert_eq!(
        incident.resolution.as_ref().unwrap().code,
        ResolutionCode::Workaround
    );
    assert!(incident.links.iter().any(|l| l.number == store[0].number));
}

#[test]
fn scenario_two_goes_from_the_cluster_to_a_closed_change_and_an_improvement() {
    let config = demo_company(7, Lang::Fr);
    let mut store = Vec::new();
    for i in 0..6 {
        let mut draft = crate::domain::ticket::TicketDraft::new(TicketKind::Incident, "Lent");
        draft.category = if i < 5 {
            "Réseau".into()
        } else {
            "Matériel".into()
        };
        draft.service = "VPN".into();
        store.push(open(draft, i + 1, 1_749_999_000_000));
    }
    let run = run_in_memory("problem-to-change", &config, &mut store);
    assert_eq!(run.records.cluster.len(), 5);
    let change = store.iter().find(|t| t.kind == TicketKind::Change).unwrap();
    assert_eq!(change.state, TicketState::Closed);
    assert!(crate::domain::lifecycle::is_authorized(change));
    let problem = store
        .iter()
        .find(|t| t.kind == TicketKind::Problem)
        .unwrap();
    assert_eq!(problem.state, TicketState::KnownError);
    assert!(run.records.improvement.is_some());
}

#[test]
fn scenario_three_fulfils_a_catalogue_request_or_a_general_one() {
    for config in [demo_company(3, Lang::En), DeskConfig::starting(Lang::En)] {
        let mut store = Vec::new();
        let approval = config.catalogue.iter().any(|i| i.approval_required);
        let mut run = TourState::start("service-request").unwrap();
        if !approval {
            // The approval step says the item needs none, and the run goes on.
            run = run_without_approval(&config, &mut store);
        } else {
            run_in_memory("service-request", &config, &mut store);
        }
        let request = store
            .iter()
            .find(|t| t.kind == TicketKind::ServiceRequest)
            .unwrap();
        assert_eq!(request.state, TicketState::Closed, "{:?}", run.records);
    }
}

fn run_without_approval(config: &DeskConfig, store: &mut Vec<Ticket>) -> TourState {
    let mut run = TourState::start("service-request").unwrap();
    let now = 1;
    while !run.is_last() || run.action_pending() {
        if let Some(action) = run.current().action {
            let target = action
                .target()
                .and_then(|r| run.records.id(r))
                .and_then(|id| store.iter().find(|t| t.id == id))
                .cloned();
            let cx = PlanContext {
                config,
                lang: Lang::En,
                now,
                actor: "Tester",
                records: &run.records,
                target: target.as_ref(),
            };
            match plan(action, &cx) {
                Ok(Plan::Create { rec, draft, .. }) => {
                    let t = open(*draft, 1, now);
                    run.records.set(rec, &t.number, &t.id);
                    store.push(t);
                }
                Ok(Plan::Act { actions, .. }) => {
                    for a in actions {
                        store[0] = apply(&store[0], a, now).unwrap();
                    }
                }
                Err(skip) => assert_eq!(skip, Skip::NoApprovalNeeded),
                other => panic!("{other:?}"),
            }
            run.mark_done();
        }
        run.forward();
    }
    run
}

#[test]
fn without_a_known_error_or_a_cluster_the_steps_say_so() {
    let config = DeskConfig::starting(Lang::En);
    let records = Records::default();
    let cx = PlanContext {
        config: &config,
        lang: Lang::En,
        now: 0,
        actor: "A",
        records: &records,
        target: None,
    };
    assert_eq!(
        plan(TourAction::Escalate, &cx),
        Err(Skip::Missing(Rec::Incident))
    );
    assert_eq!(recurring_cluster(&[], 0), None);
    let incident = open(
        crate::domain::ticket::TicketDraft::new(TicketKind::Incident, "x"),
        1,
        0,
    );
    let cx = PlanContext {
        target: Some(&incident),
        ..cx
    };
    assert_eq!(
        plan(TourAction::ApplyKnownError, &cx),
        Err(Skip::NoKnownError)
    );
    assert_eq!(second_line_group(&config), "Network");
}

#[test]
fn the_cluster_leaves_out_old_incidents_and_those_with_a_problem() {
    let now = 100 * 24 * 3_600_000;
    let mut store: Vec<Ticket> = (0..4)
        .map(|i| {
            let mut d = crate::domain::ticket::TicketDraft::new(TicketKind::Incident, "x");
            d.category = "Access".into();
            open(d, i + 1, if i == 0 { 0 } else { now - 1000 })
        })
        .collect();
    let mut p = crate::domain::ticket::TicketDraft::new(TicketKind::Problem, "p");
    p.category = "Access".into();
    let problem = open(p, 9, now);
    let (linked, _) = crate::domain::links::link(&store[1], &problem, false, now).unwrap();
    store[1] = linked;
    let cluster = recurring_cluster(&store, now).unwrap();
    let numbers: Vec<&str> = cluster.incidents.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(numbers, ["INC0003", "INC0004"]);
}
