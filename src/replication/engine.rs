//! The replication loop of each synced workspace: push then pull, again and again while
//! online; paused offline; retried with a growing delay after a failure; woken at once by
//! a local write or "Sync now". It reports its status through a callback. One tab of a
//! workspace runs its loop at a time ([`super::lock`]).

use super::cycle::{cycle, Progress};
use crate::domain::replication::target::{Direction, Refusal, SyncFailure, SyncStatus, SyncTarget};
use crate::storage::Db;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a synced workspace waits between cycles when nothing woke it.
const IDLE_MS: i32 = 5_000;
/// The first and the longest wait after a failed cycle.
const RETRY_MS: (i32, i32) = (2_000, 60_000);

/// Receives the status of a workspace's replication.
pub type OnStatus = Rc<dyn Fn(SyncStatus)>;
/// Told when a cycle wrote records pulled from the server, so that views read again.
pub type OnPulled = Rc<dyn Fn()>;

/// A running replication: its generation (a restart makes older loops end), how to wake
/// its loop early, and whether a wake came while a cycle ran (another cycle follows at once).
struct Runner {
    generation: u32,
    wake: Option<js_sys::Function>,
    dirty: bool,
}

thread_local! {
    static RUNNERS: RefCell<HashMap<String, Runner>> = RefCell::default();
    /// Per workspace, the channel on which tabs tell each other of a recorded change.
    static WAKE_CHANNELS: RefCell<HashMap<String, web_sys::BroadcastChannel>> = RefCell::default();
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
                dirty: false,
            },
        )
    });
    let restarted = old.is_some();
    if let Some(wake) = old.and_then(|o| o.wake) {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
    // A local write, in this tab or another, is pushed at once rather than at the next tick.
    crate::storage::changes::on_recorded(sync_now_anywhere);
    wake_channel(&name);
    wasm_bindgen_futures::spawn_local(async move {
        let name = db.name();
        // A restart in this tab waits for its own older loop, not for another tab.
        let waiting = {
            let on_status = on_status.clone();
            move || {
                if !restarted {
                    on_status(SyncStatus::OtherTab);
                }
            }
        };
        let _held = super::lock::hold(&name, waiting).await;
        run(db, target, generation, on_status, on_pulled).await;
    });
}

/// Stops the replication of the database `name`; its data stays in this browser.
pub fn stop(name: &str) {
    let old = RUNNERS.with(|r| r.borrow_mut().remove(name));
    if let Some(wake) = old.and_then(|o| o.wake) {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
}

/// Runs a cycle of `name`'s replication now rather than at the next tick; during a cycle,
/// another follows it at once.
pub fn sync_now(name: &str) {
    let wake = RUNNERS.with(|r| {
        let mut runners = r.borrow_mut();
        let runner = runners.get_mut(name)?;
        let wake = runner.wake.take();
        runner.dirty = wake.is_none();
        wake
    });
    if let Some(wake) = wake {
        let _ = wake.call0(&JsValue::UNDEFINED);
    }
}

/// Runs a cycle of `name`'s replication now, in whichever tab of this browser runs it:
/// after a change recorded here, and for Settings' "Sync now".
pub fn sync_now_anywhere(name: &str) {
    sync_now(name);
    if let Some(channel) = wake_channel(name) {
        let _ = channel.post_message(&JsValue::TRUE);
    }
}

/// The channel on which the tabs of the workspace `name` wake each other's loop (only the
/// tab holding the sync lock runs one), opened and listened to on first use.
fn wake_channel(name: &str) -> Option<web_sys::BroadcastChannel> {
    WAKE_CHANNELS.with(|all| {
        let mut all = all.borrow_mut();
        if let Some(channel) = all.get(name) {
            return Some(channel.clone());
        }
        let channel = web_sys::BroadcastChannel::new(&format!("valuedesk-sync:{name}")).ok()?;
        let owned = name.to_owned();
        let wake = Closure::<dyn FnMut()>::new(move || sync_now(&owned));
        channel.set_onmessage(Some(wake.as_ref().unchecked_ref()));
        // Heard for the page's life, like the channel.
        wake.forget();
        all.insert(name.to_owned(), channel.clone());
        Some(channel)
    })
}

/// Whether a wake came during the cycle just ended, forgetting it.
fn woken_meanwhile(name: &str, generation: u32) -> bool {
    RUNNERS.with(|r| {
        r.borrow_mut()
            .get_mut(name)
            .filter(|r| r.generation == generation)
            .is_some_and(|r| std::mem::take(&mut r.dirty))
    })
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
    // Documents this browser refused from the server since the loop started: the
    // checkpoint went past them, so only this list remembers them.
    let mut refused_pulls: Vec<Refusal> = Vec::new();
    let mut target = target;
    while current(&name, generation) {
        // Another tab may have stopped the sync or changed its target.
        match crate::storage::sync_target::load(&name) {
            None => {
                on_status(SyncStatus::Off);
                return;
            }
            Some(now) if now != target => target = now,
            Some(_) => {}
        }
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
            Ok(done) => {
                retry = RETRY_MS.0;
                if !done.pulled_ids.is_empty() {
                    on_pulled();
                }
                let (pushes, pulls): (Vec<_>, Vec<_>) = done
                    .refused
                    .into_iter()
                    .partition(|r| r.direction == Direction::Push);
                // A document refused before and written since is no longer refused.
                refused_pulls.retain(|r| !done.pulled_ids.contains(&r.id));
                for refusal in pulls {
                    refused_pulls.retain(|r| r.id != refusal.id);
                    refused_pulls.push(refusal);
                }
                let refused = pushes.into_iter().chain(refused_pulls.iter().cloned());
                on_status(SyncStatus::after_cycle(refused.collect()));
                if !woken_meanwhile(&name, generation) {
                    pause(&name, generation, IDLE_MS).await;
                }
            }
            Err(SyncFailure::Unreachable) if !online() => on_status(SyncStatus::Offline),
            // The run was abandoned (its checkpoint changed meanwhile): the next starts
            // over shortly, with no error shown.
            Err(SyncFailure::Cancelled) => pause(&name, generation, RETRY_MS.0).await,
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
    // Woken or not, this pause is over: a wake from now on is for the cycle that follows.
    RUNNERS.with(|r| {
        if let Some(runner) = r.borrow_mut().get_mut(name) {
            if runner.generation == generation {
                runner.wake = None;
            }
        }
    });
    let _ = window.remove_event_listener_with_callback("online", &resolve);
    if let Ok(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
}
