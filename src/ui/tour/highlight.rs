//! The outline drawn around the part of the page a step is about: an overlay positioned from
//! the element's bounding box (never a class written into the page's own elements), measured
//! again on scroll, resize and as the page settles.

use leptos::prelude::*;

/// Width below which the panel docks at the bottom of the window (see style/tour.css).
const NARROW: f64 = 1100.0;

fn find(selector: &str) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document.query_selector(selector).ok().flatten()
}

/// The box of the element, in viewport pixels, when it is shown.
fn measure(selector: &str) -> Option<(f64, f64, f64, f64)> {
    let rect = find(selector)?.get_bounding_client_rect();
    (rect.width() > 0.0 || rect.height() > 0.0)
        .then(|| (rect.left(), rect.top(), rect.width(), rect.height()))
}

/// Scrolls the element into the part of the window the panel leaves free.
fn reveal(element: &web_sys::Element) {
    let narrow = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(if narrow {
        web_sys::ScrollLogicalPosition::Start
    } else {
        web_sys::ScrollLogicalPosition::Center
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if narrow {
        if let Some(w) = web_sys::window() {
            w.scroll_by_with_x_and_y(0.0, -72.0);
        }
    }
}

/// The outline around the element `selector` finds; `again` changes when the step or the
/// page changes, so that the element is looked for (and scrolled to) once more.
#[component]
pub fn Highlight(
    selector: Signal<Option<String>>,
    again: Signal<(usize, u32, String)>,
) -> impl IntoView {
    let rect = RwSignal::new(None::<(f64, f64, f64, f64)>);
    let generation = StoredValue::new(0u32);
    let remeasure = move || {
        let found = selector.with_untracked(|s| s.as_deref().and_then(measure));
        if rect.get_untracked() != found {
            rect.try_set(found);
        }
    };
    Effect::new(move |_| {
        again.track();
        let wanted = selector.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        rect.set(None);
        let Some(wanted) = wanted else { return };
        // Pages read their data asynchronously: look for the element for a few seconds.
        poll(wanted, mine, generation, 40, remeasure);
    });
    if let Ok(handle) = set_interval_with_handle(remeasure, std::time::Duration::from_millis(400)) {
        on_cleanup(move || handle.clear());
    }
    let on_scroll = window_event_listener_untyped("scroll", move |_| remeasure());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| remeasure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    let px = |v: f64| format!("{v:.0}px");
    move || {
        rect.get().map(|(x, y, w, h)| {
            view! {
                <div class="tour-highlight" aria-hidden="true"
                    style:left=px(x - 6.0) style:top=px(y - 6.0)
                    style:width=px(w + 12.0) style:height=px(h + 12.0)></div>
            }
        })
    }
}

fn poll(
    selector: String,
    mine: u32,
    generation: StoredValue<u32>,
    tries: u32,
    remeasure: impl Fn() + Copy + 'static,
) {
    set_timeout(
        move || {
            if generation.try_get_value() != Some(mine) {
                return;
            }
            match find(&selector) {
                Some(element) => {
                    reveal(&element);
                    remeasure();
                }
                _ if tries > 0 => poll(selector, mine, generation, tries - 1, remeasure),
                _ => {}
            }
        },
        std::time::Duration::from_millis(if tries == 40 { 60 } else { 100 }),
    );
}
