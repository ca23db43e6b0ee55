//! Tests of the in-memory search index: it proposes exactly what the filter would keep.

use super::*;
use crate::domain::priority::{Level, PriorityMatrix};
use crate::domain::query::Sort;
use crate::domain::ticket::{NewRecord, TicketDraft, TicketKind, TicketState};

const TITLES: [&str; 6] = [
    "Outlook does not start",
    "VPN keeps disconnecting",
    "Printer jam on floor 2",
    "Password expired",
    "ERP invoice screen slow",
    "Outlook asks for the VPN password",
];

/// Ticket `i`: kinds, titles and creation times vary; some share a creation time.
fn ticket(i: usize) -> Ticket {
    let kind = TicketKind::ALL[i % 4];
    let draft = TicketDraft {
        description: format!("Reported from site {}", i % 7),
        impact: [Level::High, Level::Medium, Level::Low][i % 3],
        urgency: [Level::Low, Level::High][i % 2],
        ..TicketDraft::new(kind, TITLES[i % TITLES.len()])
    };
    let mut t = draft.open(
        NewRecord {
            id: format!("{:04}", (i * 37) % 1000),
            rev: "1-a".into(),
            now: (i as i64 / 2) * 1000,
        },
        i as u32,
        &PriorityMatrix::default(),
    );
    t.deleted = i.is_multiple_of(11);
    t
}

fn index_of(tickets: &[Ticket]) -> SearchIndex {
    let mut index = SearchIndex::default();
    for t in tickets {
        index.upsert(SearchEntry::of(t), t.updated);
    }
    index
}

/// The ids a full scan keeps, in the list's creation order for the filter's sort.
fn scan(tickets: &[Ticket], filter: &TicketFilter) -> Vec<String> {
    let mut kept: Vec<&Ticket> = tickets.iter().filter(|t| filter.matches(t)).collect();
    kept.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    if filter.sort != Sort::Oldest {
        kept.reverse();
    }
    kept.into_iter().map(|t| t.id.clone()).collect()
}

fn filters() -> Vec<TicketFilter> {
    let text = |t: &str| TicketFilter {
        text: t.into(),
        ..Default::default()
    };
    vec![
        text("outlook"),
        text("OUT vpn"),
        text("site 3"),
        text("nothing like this"),
        TicketFilter {
            kind: Some(TicketKind::Incident),
            ..text("password")
        },
        TicketFilter {
            state: Some(TicketState::New),
            sort: Sort::Oldest,
            ..text("o")
        },
        TicketFilter {
            logged: Some((10_000, 40_000)),
            ..text("e")
        },
    ]
}

#[test]
fn candidates_are_exactly_what_a_full_scan_keeps_in_list_order() {
    let tickets: Vec<Ticket> = (0..120).map(ticket).collect();
    let index = index_of(&tickets);
    for filter in filters() {
        let got: Vec<&str> = index.candidates(&filter, None).map(|c| c.1).collect();
        assert_eq!(got, scan(&tickets, &filter), "{filter:?}");
    }
}

#[test]
fn candidates_resume_after_a_ticket_in_either_order() {
    let tickets: Vec<Ticket> = (0..120).map(ticket).collect();
    let index = index_of(&tickets);
    for sort in [Sort::Newest, Sort::Oldest] {
        let filter = TicketFilter {
            text: "o".into(),
            sort,
            ..Default::default()
        };
        let all = scan(&tickets, &filter);
        let tenth = tickets.iter().find(|t| t.id == all[9]).unwrap();
        let rest: Vec<&str> = index
            .candidates(&filter, Some((tenth.created, &tenth.id)))
            .map(|c| c.1)
            .collect();
        assert_eq!(rest, all[10..], "{sort:?}");
    }
}

#[test]
fn an_update_replaces_the_entry_and_raises_the_watermark() {
    let mut tickets: Vec<Ticket> = (0..20).map(ticket).collect();
    let mut index = index_of(&tickets);
    let before = index.watermark;
    tickets[5].title = "Badge reader broken".into();
    tickets[5].updated = before + 10;
    index.upsert(SearchEntry::of(&tickets[5]), tickets[5].updated);
    let filter = TicketFilter {
        text: "badge".into(),
        ..Default::default()
    };
    assert_eq!(
        index
            .candidates(&filter, None)
            .map(|c| c.1)
            .collect::<Vec<_>>(),
        [tickets[5].id.as_str()]
    );
    assert_eq!(index.len(), 20);
    assert_eq!(index.watermark, before + 10);
    // Entries inserted out of order still come in creation order.
    let mut late = ticket(500);
    late.created = -5;
    late.id = "zzzz".into();
    index.upsert(SearchEntry::of(&late), 0);
    tickets.push(late);
    for filter in filters() {
        let got: Vec<&str> = index.candidates(&filter, None).map(|c| c.1).collect();
        assert_eq!(got, scan(&tickets, &filter), "{filter:?}");
    }
}

#[test]
fn only_text_searches_in_creation_order_are_answered_from_the_index() {
    let text = TicketFilter {
        text: "vpn".into(),
        ..Default::default()
    };
    assert!(SearchIndex::answers(&text));
    assert!(!SearchIndex::answers(&TicketFilter::default()));
    assert!(!SearchIndex::answers(&TicketFilter {
        sort: Sort::Priority,
        ..text.clone()
    }));
    assert!(!SearchIndex::answers(&TicketFilter {
        watch: Some(super::super::Watch::Breached),
        ..text
    }));
}
