//! Tests of list filters, their URL form and their plans.

use super::*;
use crate::domain::priority::{Level, PriorityMatrix};
use crate::domain::ticket::{Channel, NewRecord, TicketDraft};

fn ticket(kind: TicketKind, title: &str) -> Ticket {
    let draft = TicketDraft {
        description: "Users on floor 3".into(),
        channel: Channel::Email,
        impact: Level::High,
        urgency: Level::High,
        ..TicketDraft::new(kind, title)
    };
    draft.open(
        NewRecord {
            id: "i".into(),
            rev: "1-a".into(),
            now: 0,
        },
        7,
        &PriorityMatrix::default(),
    )
}

#[test]
fn choosing_a_kind_narrows_the_states_and_drops_a_foreign_one() {
    let mut f = TicketFilter {
        state: Some(TicketState::KnownError),
        ..Default::default()
    };
    assert_eq!(f.state_choices().len(), TicketState::ALL.len());
    f.set_kind(Some(TicketKind::Problem));
    assert_eq!(f.state, Some(TicketState::KnownError));
    f.set_kind(Some(TicketKind::Incident));
    assert_eq!(f.state, None);
    assert_eq!(f.state_choices(), states(TicketKind::Incident));
}

#[test]
fn filters_round_trip_through_the_url() {
    let filter = TicketFilter {
        kind: Some(TicketKind::Problem),
        state: Some(TicketState::KnownError),
        priority: Some(Priority::P2),
        group: "Network".into(),
        assignee: String::new(),
        service: "E-mail & calendar".into(),
        text: "mail & vpn/é".into(),
        sort: Sort::Updated,
        ..Default::default()
    };
    let query = filter.to_query();
    assert_eq!(
        query,
        "kind=problem&state=known_error&priority=P2&group=Network&service=E-mail%20%26%20calendar&q=mail%20%26%20vpn%2F%C3%A9&sort=updated"
    );
    assert_eq!(TicketFilter::from_query(&query), filter);
    assert_eq!(TicketFilter::default().to_query(), "");
    assert_eq!(
        TicketFilter::from_query("kind=pizza&x=1&q=%zz+a"),
        TicketFilter {
            text: "%zz a".into(),
            ..Default::default()
        }
    );
}

#[test]
fn text_search_needs_every_word_in_number_title_or_description() {
    let t = ticket(TicketKind::Incident, "Mail server down");
    let search = |text: &str| {
        TicketFilter {
            text: text.into(),
            ..Default::default()
        }
        .matches(&t)
    };
    assert!(search("mail FLOOR"));
    assert!(search("inc0007"));
    assert!(!search("mail printer"));
    assert!(search("   "));
}

#[test]
fn criteria_combine_and_tombstones_never_match() {
    let mut t = ticket(TicketKind::Incident, "x");
    let f = TicketFilter {
        kind: Some(TicketKind::Incident),
        priority: Some(Priority::P1),
        ..Default::default()
    };
    assert!(f.matches(&t));
    assert!(!TicketFilter {
        state: Some(TicketState::Closed),
        ..f.clone()
    }
    .matches(&t));
    t.deleted = true;
    assert!(!f.matches(&t));
}

#[test]
fn the_plan_reads_an_exact_match_index_when_the_order_allows_it() {
    let f = TicketFilter {
        kind: Some(TicketKind::Incident),
        state: Some(TicketState::New),
        ..Default::default()
    };
    assert_eq!(
        f.plan(),
        Plan {
            index: "state",
            only: Some(IndexValue::Text("new")),
            descending: true,
            ..Plan::default()
        }
    );
    let p = TicketFilter {
        priority: Some(Priority::P1),
        sort: Sort::Oldest,
        ..Default::default()
    };
    assert_eq!(
        p.plan(),
        Plan {
            index: "priority",
            only: Some(IndexValue::Number(1.0)),
            descending: false,
            ..Plan::default()
        }
    );
    assert_eq!(TicketFilter::default().plan().index, "created");
    let sorted = TicketFilter {
        state: Some(TicketState::New),
        sort: Sort::Title,
        ..Default::default()
    };
    assert_eq!(
        sorted.plan(),
        Plan {
            index: "title",
            ..Plan::default()
        }
    );
    let period = TicketFilter {
        kind: Some(TicketKind::Incident),
        logged: Some((10, 20)),
        ..Default::default()
    };
    assert_eq!(period.plan().between, Some((10, 20)));
    assert_eq!(period.plan().index, "created");
    let watched = TicketFilter {
        watch: Some(Watch::Breached),
        ..period
    };
    assert_eq!(
        (watched.plan().index, watched.plan().until_now),
        ("sla_watch", true)
    );
}

#[test]
fn drill_down_criteria_round_trip_and_filter() {
    let filter = TicketFilter {
        category: "Network".into(),
        open: true,
        logged: Some((1000, 2000)),
        watch: Some(Watch::BreachingSoon),
        ..Default::default()
    };
    let query = filter.to_query();
    assert_eq!(query, "category=Network&open=1&logged=1000-2000&sla=soon");
    assert_eq!(TicketFilter::from_query(&query), filter);
    assert_eq!(TicketFilter::from_query("logged=5-1").logged, None);
    let mut t = ticket(TicketKind::Incident, "x");
    t.category = "Network".into();
    t.created = 1500;
    assert!(filter.matches(&t));
    t.created = 2000;
    assert!(!filter.matches(&t));
    t.created = 1500;
    t.state = TicketState::Resolved;
    assert!(!filter.matches(&t));
}

#[test]
fn the_watch_criterion_reads_the_clocks_at_now() {
    let policy = crate::domain::sla::SlaPolicy::starting("UTC", "24×7", "Business");
    let mut t = ticket(TicketKind::Incident, "x");
    t.trail = crate::domain::sla::opening_trail(&t);
    let soon = TicketFilter {
        watch: Some(Watch::BreachingSoon),
        ..Default::default()
    };
    let breached = TicketFilter {
        watch: Some(Watch::Breached),
        ..Default::default()
    };
    let minutes = |m: i64| m * 60_000;
    // P1: the response clock warns after 11¼ minutes and breaches after 15.
    assert!(!soon.watch_matches(&t, &policy, minutes(5)));
    assert!(soon.watch_matches(&t, &policy, minutes(12)));
    assert!(!breached.watch_matches(&t, &policy, minutes(12)));
    assert!(breached.watch_matches(&t, &policy, minutes(16)));
    assert!(TicketFilter::default().watch_matches(&t, &policy, minutes(16)));
}

#[test]
fn the_activity_criterion_follows_the_value_chain_mapping() {
    use crate::domain::itil::SvcActivity;
    let filter = TicketFilter::from_query("activity=deliver-and-support");
    assert_eq!(filter.activity, Some(SvcActivity::DeliverAndSupport));
    assert_eq!(filter.to_query(), "activity=deliver-and-support");
    let mut t = ticket(TicketKind::Incident, "x");
    assert!(!filter.matches(&t), "a new incident is in engage");
    t.state = TicketState::InProgress;
    assert!(filter.matches(&t));
    t.state = TicketState::Closed;
    assert!(!filter.matches(&t));
}
