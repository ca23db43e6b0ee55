//! A panic never leaves a blank page: it logs, and shows a notice in both languages.

use crate::i18n::{Lang, Msg};

/// Replaces the default panic hook with one that tells the user what happened.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Ok(notice), Some(body)) = (document.create_element("div"), document.body()) else {
            return;
        };
        let text = format!(
            "{} / {}",
            Msg::PanicMessage.text(Lang::En),
            Msg::PanicMessage.text(Lang::Fr)
        );
        notice.set_class_name("fatal-notice");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(&text));
        let _ = body.prepend_with_node_1(&notice);
    }));
}
