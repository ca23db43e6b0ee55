//! Guided scenarios (issue 7): the page listing them, and the run shared by the whole app so
//! that the narrative panel follows the user across pages.

mod highlight;
mod panel;
mod run;
mod strip;

pub use panel::TourPanel;

use super::context::use_i18n;
use super::workspaces::use_workspaces;
use crate::domain::tour::{TourState, SCENARIOS};
use crate::i18n::tour::TourMsg;
use crate::i18n::{fill, Lang};
use crate::storage::request::{from_json_text, to_json_text};
use leptos::prelude::*;

const SESSION_KEY: &str = "valuedesk.tour";

/// What the panel says about the last action, in the language of the moment.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Done(Option<String>),
    Said(TourMsg, Vec<(&'static str, String)>),
    Failed(String),
}

impl Notice {
    /// The notice in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Notice::Done(None) => TourMsg::Done.text(lang).to_owned(),
            Notice::Done(Some(number)) => fill(TourMsg::DoneWith.text(lang), &[("number", number)]),
            Notice::Said(msg, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                fill(msg.text(lang), &args)
            }
            Notice::Failed(error) => fill(TourMsg::Failed.text(lang), &[("error", error)]),
        }
    }
}

/// The tour in progress, if any, provided once at the root.
#[derive(Clone, Copy)]
pub struct Tour {
    pub state: RwSignal<Option<TourState>>,
    /// Bumped after each real action, so that the page showing its record reads it again.
    pub writes: RwSignal<u32>,
    pub busy: RwSignal<bool>,
    pub notice: RwSignal<Option<Notice>>,
}

impl Tour {
    /// Provides the tour context, resumed from this tab's session storage after a reload.
    pub fn provide() {
        let saved = session()
            .and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
            .and_then(|text| from_json_text::<TourState>(&text))
            .filter(|s| crate::domain::tour::scenario(&s.scenario).is_some());
        let tour = Tour {
            state: RwSignal::new(saved),
            writes: RwSignal::new(0),
            busy: RwSignal::new(false),
            notice: RwSignal::new(None),
        };
        Effect::new(move |_| {
            let text = tour
                .state
                .with(|s| s.as_ref().and_then(|s| to_json_text(s).ok()));
            if let Some(storage) = session() {
                let _ = match text {
                    Some(text) => storage.set_item(SESSION_KEY, &text),
                    None => storage.remove_item(SESSION_KEY),
                };
            }
        });
        provide_context(tour);
    }

    /// Starts a scenario afresh.
    pub fn start(&self, key: &str) {
        self.notice.set(None);
        self.state.set(TourState::start(key));
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The tour, when the app provides one.
pub fn use_tour() -> Option<Tour> {
    use_context::<Tour>()
}

/// The page listing the scenarios, each with its Start button.
#[component]
pub fn Scenarios() -> impl IntoView {
    let i18n = use_i18n();
    let tour = use_tour();
    let items = SCENARIOS
        .into_iter()
        .map(|s| {
            let key = s.key;
            let writes = s.steps.iter().any(|step| step.action.is_some());
            let count = s.steps.len().to_string();
            let running = move || {
                tour.is_some_and(|t| t.state.with(|st| st.as_ref().is_some_and(|st| st.scenario == key)))
            };
            view! {
                <li class="card tour-scenario" data-scenario=key>
                    <h2>{move || s.title.get(i18n.lang.get())}</h2>
                    <p>{move || s.summary.get(i18n.lang.get())}</p>
                    <p class="help">
                        {move || fill(i18n.t(TourMsg::StepCount), &[("n", &count)])}" · "
                        {move || i18n.t(if writes { TourMsg::Writes } else { TourMsg::ReadOnly })}
                    </p>
                    <button type="button" class="button primary"
                        aria-label=move || fill(i18n.t(TourMsg::StartNamed), &[("title", s.title.get(i18n.lang.get()))])
                        on:click=move |_| if let Some(t) = tour { t.start(key) }>
                        {move || i18n.t(TourMsg::Start)}
                    </button>
                    {move || running().then(|| view! { <span class="badge">{i18n.t(TourMsg::Running)}</span> })}
                </li>
            }
        })
        .collect_view();
    let workspaces = use_workspaces();
    let demo = move || workspaces.registry.with(|r| r.current().is_demo());
    view! {
        <h1>{move || i18n.t(TourMsg::Title)}</h1>
        <Show when=demo fallback=NeedsDemo>
            <p class="lead">{move || i18n.t(TourMsg::Intro)}</p>
        </Show>
        <ol class="tour-scenarios" hidden=move || !demo()>{items}</ol>
    }
}

/// Said in a real workspace: scenarios run in a demo one, which can be opened from here.
#[component]
fn NeedsDemo() -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let demos = move || {
        workspaces.registry.with(|r| {
            r.entries
                .iter()
                .filter(|e| e.is_demo())
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let open = move |id: String| {
        let _ = workspaces.change(i18n.lang.get_untracked(), |r| r.switch(&id));
    };
    view! {
        <p class="lead" role="status">{move || i18n.t(TourMsg::NeedsDemo)}</p>
        <p class="new-links">
            {move || demos().into_iter().map(|(id, name)| view! {
                <button type="button" class="button primary" on:click=move |_| open(id.clone())>
                    {move || fill(i18n.t(TourMsg::OpenDemo), &[("name", &name)])}
                </button>
            }).collect_view()}
            <a class="button" href=crate::route::Route::Settings.href()>{move || i18n.t(TourMsg::CreateDemoThere)}</a>
        </p>
    }
}
