//! The narrative panel of a running scenario: step n of N, the narrative, the value chain
//! strip, and Back / Next (or "Do it") / Restart / Leave. Rendered by the app shell, so it
//! stays while the scenario moves from page to page; it is not modal.

use super::highlight::Highlight;
use super::run::perform;
use super::strip::PathStrip;
use super::{use_tour, Notice, Tour};
use crate::i18n::fill;
use crate::i18n::tour::TourMsg;
use crate::route::Route;
use crate::ui::context::{use_i18n, use_nav, use_workspace};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The panel, while a scenario runs.
#[component]
pub fn TourPanel() -> impl IntoView {
    let tour = use_tour()?;
    let nav = use_nav();
    // Each step shows its page: go there when the step, the run or its records change.
    Effect::new(move |shown: Option<Option<Route>>| {
        let route = tour
            .state
            .with(|s| s.as_ref().map(|s| s.current().place.route(&s.records)));
        if let Some(route) = &route {
            if shown.flatten().as_ref() != Some(route) && nav.route.get_untracked() != *route {
                nav.go(route);
            }
        }
        route
    });
    // A scenario just started: the panel takes the focus once it is on the page.
    Effect::new(move |was_running: Option<bool>| {
        let running = tour.state.with(|s| s.is_some());
        if running && was_running == Some(false) {
            set_timeout(|| focus("tour-title"), std::time::Duration::from_millis(30));
        }
        running
    });
    let selector = Signal::derive(move || {
        tour.state
            .with(|s| s.as_ref().map(|s| s.current().highlight.to_owned()))
    });
    let again = Signal::derive(move || {
        let step = tour.state.with(|s| s.as_ref().map_or(0, |s| s.step));
        (step, tour.writes.get(), nav.route.with(Route::href))
    });
    Some(view! {
        {move || tour.state.with(|s| s.is_some()).then(|| view! { <Panel tour/> })}
        <Highlight selector again/>
    })
}

#[component]
fn Panel(tour: Tour) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let state = tour.state;
    let lang = move || i18n.lang.get();
    let with_run = move |f: fn(&crate::domain::tour::TourState, crate::i18n::Lang) -> String| {
        move || state.with(|s| s.as_ref().map(|s| f(s, lang())).unwrap_or_default())
    };
    let name = with_run(|s, l| {
        fill(
            TourMsg::Panel.text(l),
            &[("title", s.scenario().title.get(l))],
        )
    });
    let count = with_run(|s, l| {
        let (n, total) = (
            (s.step + 1).to_string(),
            s.scenario().steps.len().to_string(),
        );
        fill(TourMsg::StepOf.text(l), &[("n", &n), ("total", &total)])
    });
    let title = with_run(|s, l| s.current().title.get(l).to_owned());
    let narrative = with_run(|s, l| s.current().narrative.get(l).to_owned());
    let pending = move || state.with(|s| s.as_ref().is_some_and(|s| s.action_pending()));
    let last = move || state.with(|s| s.as_ref().is_none_or(|s| s.is_last()));
    let first = move || state.with(|s| s.as_ref().is_none_or(|s| s.step == 0));
    let busy = tour.busy;
    let leave = move || {
        state.set(None);
        tour.notice.set(None);
        focus("main");
    };
    let do_it = move || {
        let Some(run) = state.get_untracked() else {
            return;
        };
        let Some(action) = run.current().action else {
            return;
        };
        busy.set(true);
        tour.notice.set(None);
        let (records, at) = (run.records.clone(), (run.run, run.step));
        let lang = i18n.lang.get_untracked();
        spawn_local(async move {
            let outcome = perform(action, records, workspace, lang).await;
            let notice = match outcome {
                Ok((records, notice)) => {
                    state.try_update(|s| {
                        if let Some(s) = s.as_mut().filter(|s| (s.run, s.step) == at) {
                            s.records = records;
                            s.mark_done();
                        }
                    });
                    tour.writes.try_update(|n| *n += 1);
                    notice
                }
                Err(notice) => notice,
            };
            tour.notice.try_set(Some(notice));
            busy.try_set(false);
        });
    };
    let primary = move |_| {
        if busy.get_untracked() {
            return;
        }
        if pending() {
            do_it();
        } else if last() {
            leave();
        } else {
            tour.notice.set(None);
            state.update(|s| {
                if let Some(s) = s.as_mut() {
                    s.forward();
                }
            });
        }
    };
    let back = move |_| {
        tour.notice.set(None);
        state.update(|s| {
            if let Some(s) = s.as_mut() {
                s.back();
            }
        });
    };
    let restart = move |_| {
        tour.notice.set(None);
        state.update(|s| {
            if let Some(s) = s.as_mut() {
                s.restart();
            }
        });
        focus("tour-title");
    };
    let primary_label = move || {
        i18n.t(if busy.get() {
            TourMsg::Working
        } else if pending() {
            TourMsg::DoIt
        } else if last() {
            TourMsg::Finish
        } else {
            TourMsg::Next
        })
    };
    let notice = move || {
        tour.notice.get().map(|n| {
            let failed = matches!(n, Notice::Failed(_));
            let text = n.text(i18n.lang.get());
            view! { <p class="tour-notice" class:failed=failed role=if failed { "alert" } else { "status" }>{text}</p> }
        })
    };
    view! {
        <aside class="tour-panel" role="dialog" aria-modal="false" aria-label=name
            aria-describedby="tour-narrative">
            <p class="tour-count"><span class="tour-name">{name}</span><span>{count}</span></p>
            <h2 id="tour-title" tabindex="-1">{title}</h2>
            <p id="tour-narrative" class="tour-narrative" aria-live="polite">{narrative}</p>
            <PathStrip state=state.into()/>
            {notice}
            {move || (last() && !pending()).then(|| view! { <p class="help">{i18n.t(TourMsg::TheEnd)}</p> })}
            <div class="tour-buttons">
                <button type="button" class="button" on:click=back disabled=move || first() || busy.get()>
                    {move || i18n.t(TourMsg::Back)}
                </button>
                <button type="button" class="button primary" id="tour-primary" on:click=primary
                    aria-busy=move || busy.get().then_some("true")>
                    {primary_label}
                </button>
                <button type="button" class="button" on:click=restart disabled=move || busy.get()>
                    {move || i18n.t(TourMsg::Restart)}
                </button>
                <button type="button" class="button" on:click=move |_| leave()>
                    {move || i18n.t(TourMsg::Leave)}
                </button>
            </div>
        </aside>
    }
}
