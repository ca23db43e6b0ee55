//! Browser downloads of generated files (chart data as CSV, charts as SVG), without a server:
//! a Blob behind a temporary object URL, opened by a temporary `<a download>`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long the object URL outlives the click, so that the browser has read the Blob.
const REVOKE_AFTER_MS: i32 = 10_000;

/// Offers `content` to the user as a file named `file_name` of type `mime`
/// (for example `text/csv;charset=utf-8`). Failures are logged to the console: there is
/// nothing else to do when the browser refuses a download.
pub fn download(file_name: &str, mime: &str, content: &str) {
    if let Err(error) = try_download(file_name, mime, content) {
        web_sys::console::error_2(&JsValue::from_str("download failed:"), &error);
    }
}

fn try_download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let body = document.body().ok_or("no body")?;

    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;

    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    // Firefox only follows links that are in the document.
    body.append_child(&link)?;
    link.click();
    link.remove();

    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        REVOKE_AFTER_MS,
    )?;
    Ok(())
}
