//! Reading every ticket for reports, in chunks.

use super::*;
use valuedesk::storage::reports::{ticket_total, tickets_chunk};

#[wasm_bindgen_test]
async fn chunks_read_every_ticket_once_in_creation_order() {
    let db = open(&fresh_name("chunks"), MIGRATIONS).await.unwrap();
    for i in 1..=5 {
        log(&db, &format!("Ticket {i}")).await;
    }
    assert_eq!(ticket_total(&db).await.unwrap(), 5);
    let mut numbers = Vec::new();
    let mut after = None;
    let mut chunks = 0;
    loop {
        let (tickets, next) = tickets_chunk(&db, after.as_ref(), 2).await.unwrap();
        chunks += 1;
        numbers.extend(tickets.into_iter().map(|t| t.number));
        match next {
            Some(cursor) => after = Some(cursor),
            None => break,
        }
    }
    assert_eq!(
        numbers,
        ["INC0001", "INC0002", "INC0003", "INC0004", "INC0005"]
    );
    assert_eq!(chunks, 3);
    db.close();
}
