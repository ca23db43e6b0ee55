//! The replication loop of each synced workspace: push then pull, again and again while
//! online; paused offline; retried with a growing delay after a failure; woken at once by
//! a local write or "Sync now". It reports its status through a callback.

use super::cycle::{cycle, Progress};
use crate::domain::replication::target::{SyncFailure, SyncStatus, SyncTarget};
use crate::storage::Db;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// How long a synced workspace waits between cycles when nothing woke it.
const IDLE_MS: i32 = 5_000;
/// The first and the longest wait after a failed cycle.
const RETRY_MS: (i32, i32) = (2_000, 60_000);

/// Receives the status of a workspace's replication.
pub type OnStatus = Rc<dyn Fn(SyncStatus)>;
/// Told when a cycle wrote records pulled from the server, so that views read again.
pub type OnPulled = Rc<dyn Fn()>;

/// A running replication: its generation (a restart makes older loops end) and how to
/// wake its loop early.
struct Runner {
    generation: u32,
    wake: Option<js_sys::Function>,
}

thread_local! {
    static RUNNERS: RefCell<HashMap<String, Runner>> = RefCell::default();
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Starts (or restarts with a new target) the replication of `db` with `target`.
pub fn start(db: Db, target: SyncTarget, on_status: OnStatus, on_pulled: OnPulled) {
    let name = db.name();
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    let old = RUNNERS.with(|r| {
        r.borrow_mut().insert(
            name.clone(),
            Runner {
                generation,
                wake: None,
            },
        )
    });
    if let Some(wake) = old.and_then(|o| o.wake) {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
    // A local write is pushed at once rather than at the next tick.
    crate::storage::changes::on_recorded(sync_now);
    wasm_bindgen_futures::spawn_local(run(db, target, generation, on_status, on_pulled));
}

/// Stops the replication of the database `name`; its data stays in this browser.
pub fn stop(name: &str) {
    let old = RUNNERS.with(|r| r.borrow_mut().remove(name));
    if let Some(wake) = old.and_then(|o| o.wake) {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
}

/// Runs a cycle of `name`'s replication now rather than at the next tick.
pub fn sync_now(name: &str) {
    let wake = RUNNERS.with(|r| r.borrow_mut().get_mut(name).and_then(|r| r.wake.take()));
    if let Some(wake) = wake {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
}

/// Whether the loop of `generation` for `name` is still the current one.
fn current(name: &str, generation: u32) -> bool {
    RUNNERS.with(|r| {
        r.borrow()
            .get(name)
            .is_some_and(|r| r.generation == generation)
    })
}

async fn run(
    db: Db,
    target: SyncTarget,
    generation: u32,
    on_status: OnStatus,
    on_pulled: OnPulled,
) {
    let name = db.name();
    let mut retry = RETRY_MS.0;
    while current(&name, generation) {
        if !online() {
            on_status(SyncStatus::Offline);
            pause(&name, generation, RETRY_MS.1).await;
            continue;
        }
        on_status(SyncStatus::Syncing { left: 0 });
        let report = {
            let on_status = on_status.clone();
            move |p: Progress| on_status(SyncStatus::Syncing { left: p.left })
        };
        let outcome = cycle(&db, &target, &report, &|| current(&name, generation)).await;
        if !current(&name, generation) {
            return;
        }
        match outcome {
            Ok(pulled) => {
                retry = RETRY_MS.0;
                if pulled > 0 {
                    on_pulled();
                }
                on_status(SyncStatus::Synced);
                pause(&name, generation, IDLE_MS).await;
            }
            Err(SyncFailure::Unreachable) if !online() => on_status(SyncStatus::Offline),
            Err(failure) => {
                on_status(SyncStatus::Failed(failure));
                pause(&name, generation, retry).await;
                retry = (retry * 2).min(RETRY_MS.1);
            }
        }
    }
}

/// Whether the browser believes it is online.
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Waits `ms`, or less when woken (`sync_now`, a local write, the network coming back).
async fn pause(name: &str, generation: u32, ms: i32) {
    let mut resolver: Option<js_sys::Function> = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| resolver = Some(resolve));
    let (Some(window), Some(resolve)) = (web_sys::window(), resolver) else {
        return;
    };
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    let _ = window.add_event_listener_with_callback("online", &resolve);
    RUNNERS.with(|r| {
        if let Some(runner) = r.borrow_mut().get_mut(name) {
            if runner.generation == generation {
                runner.wake = Some(resolve.clone());
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    let _ = window.remove_event_listener_with_callback("online", &resolve);
    if let Ok(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
}
