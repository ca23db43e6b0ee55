//! One replication loop per workspace in this browser: a loop holds a Web Lock named after
//! its workspace's database while it runs, so that a second tab of the same workspace waits
//! instead of sending the same documents and racing on the checkpoints. The lock goes when
//! its loop ends or its tab closes, and a waiting tab takes over.
//!
//! Web Locks exist in secure contexts only (https, localhost). Elsewhere each tab runs its
//! own loop: nothing is lost, but the traffic is repeated.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The lock of a running loop; released when dropped.
pub struct Held {
    release: Option<Function>,
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}

/// Waits until this tab holds the sync lock of the database `name`. `waiting` is called
/// first when another tab holds it. Without Web Locks, returns at once.
pub async fn hold(name: &str, waiting: impl FnOnce()) -> Held {
    let mut release = None;
    let held = Promise::new(&mut |resolve, _| release = Some(resolve));
    let Some(locks) = lock_manager() else {
        return Held { release: None };
    };
    let key = format!("valuedesk-sync:{name}");
    match request(&locks, &key, &held, true).await {
        Some(true) => {}
        Some(false) => {
            waiting();
            if request(&locks, &key, &held, false).await.is_none() {
                return Held { release: None };
            }
        }
        None => return Held { release: None },
    }
    Held { release }
}

/// `navigator.locks`, where the browser has it.
fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// `locks.request(key, {ifAvailable}, callback)`: whether the lock was granted (kept until
/// `held` settles); `None` when the request itself failed.
async fn request(locks: &JsValue, key: &str, held: &Promise, if_available: bool) -> Option<bool> {
    let mut answer = None;
    let granted = Promise::new(&mut |resolve, _| answer = Some(resolve));
    let answer = answer?;
    let held = held.clone();
    let callback = Closure::once(move |lock: JsValue| -> JsValue {
        let got = !lock.is_null() && !lock.is_undefined();
        let _ = answer.call1(&JsValue::UNDEFINED, &got.into());
        if got {
            held.into()
        } else {
            JsValue::UNDEFINED
        }
    });
    let options = Object::new();
    Reflect::set(&options, &"ifAvailable".into(), &if_available.into()).ok()?;
    let request: Function = Reflect::get(locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let pending = request
        .call3(locks, &key.into(), &options, callback.as_ref())
        .ok()?;
    // The request's own promise settles when the lock goes; a rejection (the tab closing)
    // needs nothing done, but must be handled.
    if let Ok(pending) = pending.dyn_into::<Promise>() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(pending).await;
        });
    }
    let got = JsFuture::from(granted).await.ok()?.as_bool();
    drop(callback);
    got
}
