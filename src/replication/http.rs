//! One request to a CouchDB server over `fetch`, and what can go wrong with it.

use super::couch::CouchClient;
use js_sys::{encode_uri_component, Reflect};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortSignal, Headers, Request, RequestCache, RequestCredentials, RequestInit, RequestMode,
    Response,
};

/// Why a call to the server failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CouchError {
    /// The server address is not an absolute `http://` or `https://` URL.
    InvalidUrl(String),
    /// No answer at all: offline, unknown host, connection refused, CORS refused.
    Unreachable(String),
    /// No answer within the client's timeout.
    TimedOut { after_ms: u32 },
    /// 401 or 403: credentials missing, wrong, or not allowed to do this.
    Unauthorized { status: u16, reason: String },
    /// 404: the database does not exist (or the server lacks the endpoint).
    NotFound { reason: String },
    /// Any other error status, with CouchDB's `error` and `reason`.
    Server {
        status: u16,
        error: String,
        reason: String,
    },
    /// An answer that is not JSON, or not of the expected shape.
    BadResponse(String),
}

impl fmt::Display for CouchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CouchError::InvalidUrl(url) => write!(
                f,
                "The server address {url:?} is not valid: it must start with http:// or https://."
            ),
            CouchError::Unreachable(detail) => write!(
                f,
                "The server could not be reached (offline, wrong address, or it refuses this site): {detail}"
            ),
            CouchError::TimedOut { after_ms } => write!(
                f,
                "The server did not answer within {} seconds.",
                after_ms.div_ceil(1000)
            ),
            CouchError::Unauthorized { status, reason } => write!(
                f,
                "The server refused these credentials or this action (HTTP {status}): {reason}"
            ),
            CouchError::NotFound { reason } => {
                write!(f, "The database does not exist on the server: {reason}")
            }
            CouchError::Server {
                status,
                error,
                reason,
            } => write!(f, "The server answered with an error (HTTP {status}, {error}): {reason}"),
            CouchError::BadResponse(detail) => {
                write!(f, "The server's answer could not be understood: {detail}")
            }
        }
    }
}

impl std::error::Error for CouchError {}

/// Sends one request; returns the status and the body's text, whatever the status.
pub(super) async fn send(
    client: &CouchClient,
    method: &str,
    url: &str,
    body: Option<&Value>,
) -> Result<(u16, String), CouchError> {
    let window =
        web_sys::window().ok_or_else(|| CouchError::Unreachable("no browser window".to_owned()))?;
    // A relative address would silently reach the app's own origin.
    let absolute = web_sys::Url::new(&client.base_url)
        .is_ok_and(|u| matches!(u.protocol().as_str(), "http:" | "https:"));
    if !absolute {
        return Err(CouchError::InvalidUrl(client.base_url.clone()));
    }
    let unreachable = |e: JsValue| fetch_error(e, client.timeout_ms);
    let headers = Headers::new().map_err(unreachable)?;
    headers
        .set("Accept", "application/json")
        .map_err(unreachable)?;
    let init = RequestInit::new();
    init.set_method(method);
    init.set_mode(RequestMode::Cors);
    // Basic auth only: no cookies, and never an answer from the HTTP cache.
    init.set_credentials(RequestCredentials::Omit);
    init.set_cache(RequestCache::NoStore);
    if let Some(body) = body {
        headers
            .set("Content-Type", "application/json")
            .map_err(unreachable)?;
        init.set_body(&JsValue::from_str(&body.to_string()));
    }
    if let Some((user, password)) = &client.credentials {
        let auth = basic_auth(&window, user, password).map_err(unreachable)?;
        headers.set("Authorization", &auth).map_err(unreachable)?;
    }
    init.set_headers(&headers);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(client.timeout_ms)));
    let request = Request::new_with_str_and_init(url, &init).map_err(unreachable)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(unreachable)?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| CouchError::BadResponse("fetch gave no Response".to_owned()))?;
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// `Basic base64(user:password)`, the UTF-8 bytes encoded (`btoa` alone takes only Latin-1).
fn basic_auth(window: &web_sys::Window, user: &str, password: &str) -> Result<String, JsValue> {
    let bytes_as_latin1: String = format!("{user}:{password}")
        .bytes()
        .map(char::from)
        .collect();
    Ok(format!("Basic {}", window.btoa(&bytes_as_latin1)?))
}

/// A path segment or query value, percent-encoded (`/` included).
pub(super) fn encode(text: &str) -> String {
    String::from(encode_uri_component(text))
}

/// A rejected fetch or body read: a timeout, or no answer at all.
fn fetch_error(error: JsValue, timeout_ms: u32) -> CouchError {
    let field = |key: &str| {
        Reflect::get(&error, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    match field("name").as_str() {
        "TimeoutError" => CouchError::TimedOut {
            after_ms: timeout_ms,
        },
        "" => CouchError::Unreachable(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
        name => CouchError::Unreachable(format!("{name}: {}", field("message"))),
    }
}

/// A body as `T`, or `BadResponse` saying what was wrong.
pub(super) fn parse<T: DeserializeOwned>(text: &str) -> Result<T, CouchError> {
    serde_json::from_str(text).map_err(|e| {
        let start: String = text.chars().take(80).collect();
        CouchError::BadResponse(format!("{e} (answer began: {start:?})"))
    })
}

/// The error for a non-2xx answer, with CouchDB's `error` and `reason` when the body has them.
pub(super) fn status_error(status: u16, text: &str) -> CouchError {
    let body: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let field = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
    let error = field("error").unwrap_or_default();
    let reason = field("reason").unwrap_or_else(|| text.chars().take(200).collect());
    match status {
        401 | 403 => CouchError::Unauthorized { status, reason },
        404 => CouchError::NotFound { reason },
        _ => CouchError::Server {
            status,
            error,
            reason,
        },
    }
}
