//! The ticket list's queries, checked against a full scan.

use super::*;

#[wasm_bindgen_test]
async fn the_list_pages_newest_first_without_gaps_or_repeats() {
    let db = open(&fresh_name("list"), MIGRATIONS).await.unwrap();
    for i in 1..=5 {
        log(&db, &format!("Ticket {i}")).await;
    }
    let newest = TicketFilter::default();
    let first_page = query_tickets(&db, &newest, (&fallback_policy(), now_ms()), None, 2)
        .await
        .unwrap();
    let numbers: Vec<_> = first_page.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["INC0005", "INC0004"]);

    let rest = query_tickets(
        &db,
        &newest,
        (&fallback_policy(), now_ms()),
        first_page.last(),
        10,
    )
    .await
    .unwrap();
    let numbers: Vec<_> = rest.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["INC0003", "INC0002", "INC0001"]);
    db.close();
}

/// Writes `n` varied tickets directly, with creation-ordered ids, and returns them.
pub(super) async fn seed(
    db: &valuedesk::storage::Db,
    n: usize,
) -> Vec<valuedesk::domain::ticket::Ticket> {
    use valuedesk::domain::ids::ulid;
    use valuedesk::domain::priority::Priority;
    use valuedesk::domain::ticket::NewRecord;
    let kinds = TicketKind::ALL;
    let states = [
        TicketState::New,
        TicketState::InProgress,
        TicketState::Closed,
        TicketState::KnownError,
    ];
    let words = ["mail", "printer", "vpn", "laptop", "badge"];
    let tx = WriteTx::begin(&raw(db), &[TICKETS]).unwrap();
    let store = tx.store(TICKETS).unwrap();
    let mut all = Vec::new();
    for i in 0..n {
        let created = 1_700_000_000_000 + (i as i64) * 1_000;
        let mut t = TicketDraft {
            kind: kinds[i % 4],
            title: format!("{} issue {}", words[(i * 7) % 5], i % 13),
            ..draft("x", Level::ALL[i % 3], Level::ALL[(i / 3) % 3])
        }
        .open(
            NewRecord {
                id: ulid(created as u64, random_bytes()),
                rev: "1-a".into(),
                now: created,
            },
            i as u32 + 1,
            &PriorityMatrix::default(),
        );
        t.state = states[(i * 5) % 4];
        t.updated = created + ((i * 7919) % 500) as i64 * 1_000;
        t.priority = Priority::ALL[(i * 3) % 5];
        store
            .put(&valuedesk::storage::request::to_js(&t).unwrap())
            .unwrap();
        all.push(t);
    }
    tx.commit().await.unwrap();
    all
}

#[wasm_bindgen_test]
async fn index_backed_filters_return_the_same_rows_as_a_full_scan() {
    use valuedesk::domain::priority::Priority;
    use valuedesk::domain::query::Sort;
    let db = open(&fresh_name("query"), MIGRATIONS).await.unwrap();
    let all = seed(&db, 240).await;
    let filters = [
        TicketFilter::default(),
        TicketFilter {
            kind: Some(TicketKind::Problem),
            ..Default::default()
        },
        TicketFilter {
            state: Some(TicketState::Closed),
            sort: Sort::Oldest,
            ..Default::default()
        },
        TicketFilter {
            priority: Some(Priority::P2),
            kind: Some(TicketKind::Incident),
            ..Default::default()
        },
        TicketFilter {
            text: "MAIL 4".into(),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Updated,
            kind: Some(TicketKind::Change),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Priority,
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::State,
            text: "vpn".into(),
            ..Default::default()
        },
        TicketFilter {
            sort: Sort::Title,
            state: Some(TicketState::New),
            ..Default::default()
        },
    ];
    for filter in filters {
        let mut expected: Vec<_> = all.iter().filter(|t| filter.matches(t)).cloned().collect();
        expected.sort_by(|a, b| match filter.sort {
            Sort::Newest => b.id.cmp(&a.id),
            Sort::Oldest => a.id.cmp(&b.id),
            Sort::Updated => (b.updated, &b.id).cmp(&(a.updated, &a.id)),
            Sort::Priority => (a.priority, &a.id).cmp(&(b.priority, &b.id)),
            Sort::State => (a.state.key(), &a.id).cmp(&(b.state.key(), &b.id)),
            Sort::Title => (&a.title, &a.id).cmp(&(&b.title, &b.id)),
        });
        let mut paged = Vec::new();
        loop {
            let page = query_tickets(
                &db,
                &filter,
                (&fallback_policy(), now_ms()),
                paged.last(),
                17,
            )
            .await
            .unwrap();
            if page.is_empty() {
                break;
            }
            paged.extend(page);
        }
        let ids = |v: &[valuedesk::domain::ticket::Ticket]| {
            v.iter().map(|t| t.number.clone()).collect::<Vec<_>>()
        };
        assert!(!expected.is_empty(), "{filter:?} selects something");
        assert_eq!(ids(&paged), ids(&expected), "{filter:?}");
    }
    db.close();
}
