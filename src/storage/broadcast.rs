//! Cross-tab change notices: every committed write tells the other tabs of the same
//! workspace which stores it changed (BroadcastChannel), so that they show the change
//! without a reload. A tab never hears its own notices.

use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

thread_local! {
    /// One channel per workspace database, shared by the writes and the listener of this tab.
    static CHANNELS: RefCell<HashMap<String, BroadcastChannel>> = RefCell::new(HashMap::new());
}

/// The channel of the workspace `db`, opened on first use; `None` where the browser has no
/// BroadcastChannel.
fn channel(db: &str) -> Option<BroadcastChannel> {
    CHANNELS.with(|all| {
        let mut all = all.borrow_mut();
        if let Some(c) = all.get(db) {
            return Some(c.clone());
        }
        let c = BroadcastChannel::new(&format!("valuedesk:{db}")).ok()?;
        all.insert(db.to_owned(), c.clone());
        Some(c)
    })
}

/// Tells the other tabs that a write to `stores` of the workspace `db` was committed.
pub fn announce(db: &str, stores: &[String]) {
    if let Some(c) = channel(db) {
        let list: js_sys::Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        let _ = c.post_message(&list);
    }
}

/// Calls `changed` with the stores another tab wrote, each time one commits a write to the
/// workspace `db`.
pub fn on_remote_change(db: &str, mut changed: impl FnMut(Vec<String>) + 'static) {
    let Some(c) = channel(db) else {
        return;
    };
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let stores = js_sys::Array::from(&event.data())
            .iter()
            .filter_map(|s| s.as_string())
            .collect();
        changed(stores);
    });
    c.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The listener lives as long as the page.
    handler.forget();
}
