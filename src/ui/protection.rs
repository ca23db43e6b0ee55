//! Storage protection in Settings: asks the browser to keep the workspace's data
//! (persistent storage, so that it is not evicted under storage pressure) and shows whether
//! it agreed, with the space used and the quota.

use super::context::use_i18n;
use crate::i18n::{fill, Msg};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about this site's storage.
#[derive(Clone, Debug, PartialEq)]
struct Protection {
    /// Whether the data is kept even under storage pressure; `None` when the browser
    /// cannot say.
    persisted: Option<bool>,
    /// Bytes used and the quota, when the browser tells.
    usage: Option<(f64, f64)>,
}

/// Asks for persistent storage (the browser may grant it silently or refuse) and reads the
/// estimate of usage and quota.
async fn protect() -> Protection {
    let mut found = Protection {
        persisted: None,
        usage: None,
    };
    let Some(window) = web_sys::window() else {
        return found;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false) {
        return found;
    }
    let manager = navigator.storage();
    if let Ok(promise) = manager.persist() {
        found.persisted = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool());
    }
    if let Ok(promise) = manager.estimate() {
        if let Ok(estimate) = JsFuture::from(promise).await {
            let number = |key: &str| {
                js_sys::Reflect::get(&estimate, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            found.usage = number("usage").zip(number("quota"));
        }
    }
    found
}

/// Bytes in words: "1.2 MB".
fn size(bytes: f64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// The protection lines of the Settings storage section.
#[component]
pub fn StorageProtection() -> impl IntoView {
    let i18n = use_i18n();
    let state = LocalResource::new(protect);
    move || {
        state.get().map(|p| {
            let persisted = match p.persisted {
                Some(true) => i18n.t(Msg::PersistGranted),
                Some(false) => i18n.t(Msg::PersistRefused),
                None => i18n.t(Msg::PersistUnknown),
            };
            let usage = p.usage.map(|(used, quota)| {
                fill(
                    i18n.t(Msg::StorageUsage),
                    &[("used", &size(used)), ("quota", &size(quota))],
                )
            });
            view! {
                <p id="storage-persistence">{persisted}</p>
                {usage.map(|u| view! { <p id="storage-usage">{u}</p> })}
            }
        })
    }
}
