//! The list's search index, held in memory per database: built in the background from the
//! tickets store in chunks, kept fresh through the `updated` index before each search, and
//! started over when a bulk write (import, demo) replaces tickets wholesale. The records a
//! search shows are always read from IndexedDB and judged again by the filter.

use super::local_storage;
use super::request::{array_values, from_js, request, to_error};
use super::{Db, StorageError, TICKETS};
use crate::domain::query::{SearchEntry, SearchIndex, TicketFilter};
use crate::domain::ticket::{Ticket, TicketKind, TicketState};
use js_sys::Reflect;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::IdbKeyRange;

/// Tickets read per chunk while building, each chunk when the page is idle: small enough
/// to keep frames flowing while the user scrolls.
const CHUNK: u32 = 500;
/// localStorage key prefix of a database's bulk-write epoch: a change means every tab's
/// index of that database must be built again. Kept out of the database so that backups
/// never carry it.
const EPOCH_KEY: &str = "valuedesk.search_epoch.";

/// One database's index, once built, with the epoch it was built at.
struct Built {
    index: SearchIndex,
    epoch: f64,
    /// When it last read the store: any later write is stamped at or after it, even when
    /// some record carries an `updated` time ahead of the clock (a file from elsewhere).
    checked: i64,
}

/// How long the build waits after the user last scrolled a list before reading on.
const SCROLL_QUIET_MS: f64 = 250.0;

thread_local! {
    /// Per database name: `None` while building, `Some` once built.
    static INDEXES: RefCell<HashMap<String, Option<Rc<RefCell<Built>>>>> = RefCell::default();
    /// When the user last scrolled a list (page clock, ms): the build keeps out of the way.
    static SCROLLED_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Tells the background build that the user is scrolling, so that it leaves the frames
/// to the list until the scrolling has stopped.
pub fn user_scrolled() {
    SCROLLED_AT.with(|at| at.set(js_sys::Date::now()));
}

/// Starts building `db`'s index in the background, unless it is built or being built.
pub fn warm(db: &Db) {
    let name = db.name();
    let started = INDEXES.with(|m| m.borrow().contains_key(&name));
    if started {
        return;
    }
    INDEXES.with(|m| m.borrow_mut().insert(name.clone(), None));
    let db = db.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match build(&db).await {
            Ok(built) => INDEXES.with(|m| {
                m.borrow_mut()
                    .insert(name, Some(Rc::new(RefCell::new(built))))
            }),
            // Searches go on through the cursor; a later visit tries again.
            Err(_) => INDEXES.with(|m| m.borrow_mut().remove(&name)),
        };
    });
}

/// Whether `name`'s index is built and answers searches.
pub fn ready(name: &str) -> bool {
    INDEXES.with(|m| m.borrow().get(name).is_some_and(Option::is_some))
}

/// Drops `name`'s index, for a database replaced or deleted in this tab.
pub fn forget(name: &str) {
    INDEXES.with(|m| m.borrow_mut().remove(name));
}

/// Drops every database's index (the clock went back: watermarks no longer hold).
pub fn forget_all() {
    INDEXES.with(|m| m.borrow_mut().clear());
}

/// Reads every ticket, a chunk at a time in key order, into a new index.
async fn build(db: &Db) -> Result<Built, StorageError> {
    let epoch = epoch(&db.name());
    let checked = super::now_ms();
    let mut index = SearchIndex::default();
    let mut last: Option<JsValue> = None;
    loop {
        idle().await;
        quiet().await;
        let store = db
            .idb()
            .transaction_with_str(TICKETS)
            .and_then(|tx| tx.object_store(TICKETS))
            .map_err(to_error)?;
        let range = match &last {
            Some(id) => IdbKeyRange::lower_bound_with_open(id, true).map_err(to_error)?,
            None => IdbKeyRange::lower_bound(&JsValue::from_str("")).map_err(to_error)?,
        };
        let req = store
            .get_all_with_key_and_limit(&range, CHUNK)
            .map_err(to_error)?;
        let values = array_values(request(req).await?);
        let full = values.len() == CHUNK as usize;
        for value in &values {
            if let Some((entry, updated)) = entry_of(value) {
                last = Some(JsValue::from_str(&entry.id));
                index.upsert(entry, updated);
            }
        }
        if !full {
            break;
        }
    }
    Ok(Built {
        index,
        epoch,
        checked,
    })
}

/// Resolves when the page is next idle (at once where idle callbacks are missing).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let asked = web_sys::window().map(|w| w.request_idle_callback(&resolve));
        if !matches!(asked, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once no list has been scrolled for `SCROLL_QUIET_MS`.
async fn quiet() {
    loop {
        let since = js_sys::Date::now() - SCROLLED_AT.with(std::cell::Cell::get);
        if since >= SCROLL_QUIET_MS {
            return;
        }
        let wait = (SCROLL_QUIET_MS - since).ceil() as i32;
        let mut asked = false;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            asked = web_sys::window().is_some_and(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, wait)
                    .is_ok()
            });
        });
        if !asked {
            return;
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// The bulk-write epoch of the database `name` (0 before any bulk write).
fn epoch(name: &str) -> f64 {
    local_storage()
        .and_then(|s| s.get_item(&format!("{EPOCH_KEY}{name}")).ok().flatten())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

/// Marks a bulk write to the database `name` (an import, a demo written): every tab's
/// index of it starts over. Called once the write has committed.
pub fn bump_epoch(name: &str) {
    forget(name);
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(
            &format!("{EPOCH_KEY}{name}"),
            &js_sys::Date::now().to_string(),
        );
    }
}

/// The search entry of a stored ticket, and its `updated` time, read field by field.
fn entry_of(value: &JsValue) -> Option<(SearchEntry, i64)> {
    let text = |name| field(value, name).as_string().unwrap_or_default();
    let number = |name| field(value, name).as_f64().unwrap_or(0.0) as i64;
    let id = field(value, "id").as_string()?;
    let kind = text("kind");
    let state = text("state");
    let entry = SearchEntry::new(
        id,
        number("created"),
        (&text("number"), &text("title"), &text("description")),
        TicketKind::from_key(&kind),
        TicketState::from_key(&state),
        number("priority") as u8,
        field(value, "deleted").as_bool().unwrap_or(false),
    );
    Some((entry, number("updated")))
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A page of tickets for `filter` answered from the index, after the ticket `after`, or
/// `None` when the filter is not one the index answers or the index is not built yet.
/// The index is first brought up to date with the tickets updated since it last looked.
pub async fn search_page(
    db: &Db,
    filter: &TicketFilter,
    after: Option<&Ticket>,
    limit: usize,
) -> Result<Option<Vec<Ticket>>, StorageError> {
    if !SearchIndex::answers(filter) {
        return Ok(None);
    }
    let name = db.name();
    let Some(built) = INDEXES.with(|m| m.borrow().get(&name).cloned().flatten()) else {
        return Ok(None);
    };
    if !refresh(db, &built).await? {
        forget(&name);
        warm(db);
        return Ok(None);
    }
    let store = db
        .idb()
        .transaction_with_str(TICKETS)
        .and_then(|tx| tx.object_store(TICKETS))
        .map_err(to_error)?;
    let mut page = Vec::with_capacity(limit);
    let mut from = after.map(|t| (t.created, t.id.clone()));
    // Reads candidates a batch at a time, every read of a batch in flight at once.
    loop {
        let batch: Vec<(i64, String)> = {
            let b = built.borrow();
            let after = from.as_ref().map(|(c, id)| (*c, id.as_str()));
            b.index
                .candidates(filter, after)
                .take(limit.max(1))
                .map(|(c, id)| (c, id.to_owned()))
                .collect()
        };
        let Some(last) = batch.last().cloned() else {
            break;
        };
        let reads = batch
            .iter()
            .map(|(_, id)| store.get(&JsValue::from_str(id)).map_err(to_error))
            .collect::<Result<Vec<_>, _>>()?;
        for req in reads {
            let value = request(req).await?;
            if value.is_undefined() {
                continue;
            }
            let t = from_js::<Ticket>(value)?;
            if filter.matches(&t) {
                page.push(t);
                if page.len() == limit {
                    return Ok(Some(page));
                }
            }
        }
        from = Some(last);
    }
    Ok(Some(page))
}

/// Brings `built` up to date with the tickets updated since its watermark; false when a
/// bulk write replaced the tickets since it was built.
async fn refresh(db: &Db, built: &Rc<RefCell<Built>>) -> Result<bool, StorageError> {
    if epoch(&db.name()) != built.borrow().epoch {
        return Ok(false);
    }
    let since = {
        let b = built.borrow();
        b.index.watermark.min(b.checked)
    };
    let checked = super::now_ms();
    let updated = db
        .idb()
        .transaction_with_str(TICKETS)
        .and_then(|tx| tx.object_store(TICKETS))
        .and_then(|s| s.index("updated"))
        .map_err(to_error)?;
    let range = IdbKeyRange::lower_bound(&JsValue::from_f64(since as f64)).map_err(to_error)?;
    let changed_req = updated.get_all_with_key(&range).map_err(to_error)?;
    let changed = array_values(request(changed_req).await?);
    let epoch = epoch(&db.name());
    let mut b = built.borrow_mut();
    if epoch != b.epoch {
        return Ok(false);
    }
    for value in &changed {
        if let Some((entry, at)) = entry_of(value) {
            b.index.upsert(entry, at);
        }
    }
    b.checked = checked;
    Ok(true)
}
