//! Reading every ticket for reports, a chunk at a time, in creation order.

use super::request::{array_values, from_js, request, to_error};
use super::{Db, StorageError, TICKETS};
use crate::domain::ticket::Ticket;
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// Where the next chunk starts: after this ticket's (created, id) key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    created: i64,
    id: String,
}

/// One chunk of the store.
#[derive(Debug)]
pub struct Chunk {
    pub tickets: Vec<Ticket>,
    /// Records that could not be read as tickets (left out, and counted so a report can
    /// say so rather than fail whole).
    pub unreadable: u32,
    /// Every record of the chunk, tombstones included (for progress against the store's
    /// count).
    pub records: u32,
    /// Where the next chunk starts; `None` once the store is read.
    pub next: Option<Cursor>,
}

/// Up to `count` records after `after` in creation order. Each chunk is its own short read
/// transaction, so the page can yield between chunks.
pub async fn tickets_chunk(
    db: &Db,
    after: Option<&Cursor>,
    count: u32,
) -> Result<Chunk, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let index = tx
        .object_store(TICKETS)
        .and_then(|s| s.index("created"))
        .map_err(to_error)?;
    let range = match after {
        Some(c) => {
            let key = Array::of2(
                &JsValue::from_f64(c.created as f64),
                &JsValue::from_str(&c.id),
            );
            Some(IdbKeyRange::lower_bound_with_open(&key, true).map_err(to_error)?)
        }
        None => None,
    };
    let req = match &range {
        Some(r) => index.get_all_with_key_and_limit(r, count),
        None => index.get_all_with_key_and_limit(&JsValue::UNDEFINED, count),
    }
    .map_err(to_error)?;
    let values = array_values(request(req).await?);
    let full = values.len() as u32 == count;
    let next = values.last().filter(|_| full).map(|v| Cursor {
        created: number_of(v, "created"),
        id: Reflect::get(v, &JsValue::from_str("id"))
            .ok()
            .and_then(|id| id.as_string())
            .unwrap_or_default(),
    });
    let total = values.len() as u32;
    let tickets: Vec<Ticket> = values
        .into_iter()
        .filter_map(|v| from_js::<Ticket>(v).ok())
        .collect();
    Ok(Chunk {
        unreadable: total - tickets.len() as u32,
        records: total,
        tickets,
        next,
    })
}

fn number_of(value: &JsValue, field: &str) -> i64 {
    Reflect::get(value, &JsValue::from_str(field))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or_default() as i64
}

/// How many tickets the store holds (tombstones included), for progress.
pub async fn ticket_total(db: &Db) -> Result<u32, StorageError> {
    let tx = db.idb().transaction_with_str(TICKETS).map_err(to_error)?;
    let store = tx.object_store(TICKETS).map_err(to_error)?;
    let n = request(store.count().map_err(to_error)?).await?;
    Ok(n.as_f64().unwrap_or(0.0) as u32)
}
