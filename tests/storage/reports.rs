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
        let chunk = tickets_chunk(&db, after.as_ref(), 2).await.unwrap();
        chunks += 1;
        assert_eq!(chunk.unreadable, 0);
        numbers.extend(chunk.tickets.into_iter().map(|t| t.number));
        match chunk.next {
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

#[wasm_bindgen_test]
async fn an_unreadable_record_is_counted_and_left_out_not_fatal() {
    let db = open(&fresh_name("unreadable"), MIGRATIONS).await.unwrap();
    log(&db, "Readable").await;
    let broken = js_sys::Object::new();
    for (k, v) in [("id", "ZZZ"), ("number", "INC9999")] {
        Reflect::set(&broken, &k.into(), &v.into()).unwrap();
    }
    Reflect::set(&broken, &"created".into(), &JsValue::from_f64(1.0)).unwrap();
    let tx = WriteTx::begin(&raw(&db), &[TICKETS]).unwrap();
    tx.store(TICKETS).unwrap().put(&broken).unwrap();
    tx.commit().await.unwrap();
    let chunk = tickets_chunk(&db, None, 10).await.unwrap();
    assert_eq!(chunk.unreadable, 1);
    assert_eq!(chunk.tickets.len(), 1);
    db.close();
}
