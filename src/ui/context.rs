//! App-wide state provided once at the root: language, current page and workspace.

use crate::domain::configuration::DeskConfig;
use crate::domain::itil::{Creation, Practice, PracticeSwitches};
use crate::domain::priority::PriorityMatrix;
use crate::domain::sla::SlaPolicy;
use crate::i18n::{Lang, Translate};
use crate::route::Route;
use crate::storage::{Db, StorageError};
use leptos::prelude::*;

const LANG_KEY: &str = "valuedesk.lang";

/// The UI language, chosen from the browser and persisted when the user picks one.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The saved choice, else the browser's preference.
    pub fn detect() -> I18n {
        let window = web_sys::window();
        let saved = window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
            .and_then(|code| Lang::from_code(&code));
        let lang = saved.unwrap_or_else(|| {
            let languages = window
                .map(|w| w.navigator().languages().to_vec())
                .unwrap_or_default();
            let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
            Lang::from_browser(tags.iter().map(String::as_str))
        });
        set_document_lang(lang);
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// A message in the current language; reactive when called inside a view closure.
    pub fn t(&self, msg: impl Translate) -> &'static str {
        msg.text(self.lang.get())
    }

    /// Switches language and remembers the choice in this browser.
    pub fn choose(&self, lang: Lang) {
        self.lang.set(lang);
        set_document_lang(lang);
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(LANG_KEY, lang.code());
        }
    }
}

fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The current language service.
pub fn use_i18n() -> I18n {
    expect_context()
}

/// The current page, following the location fragment.
#[derive(Clone, Copy)]
pub struct Nav {
    pub route: RwSignal<Route>,
}

impl Nav {
    /// Goes to a page; the `hashchange` listener updates the route.
    pub fn go(&self, route: &Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&route.href());
        }
    }
}

impl Nav {
    /// Shows another page in place of this one, without a new history entry (filters).
    pub fn replace(&self, route: &Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&route.href());
        }
    }

    /// Like [`Nav::replace`], with the route set at once: the address is rewritten without
    /// a `hashchange` round trip, so a keystroke in a filter updates the list in the same task.
    pub fn replace_now(&self, route: Route) {
        let href = route.href();
        let rewritten = web_sys::window()
            .and_then(|w| w.history().ok())
            .is_some_and(|h| {
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                    .is_ok()
            });
        if rewritten {
            self.route.set(route);
        } else {
            self.replace(&route);
        }
    }
}

/// The current navigation service.
pub fn use_nav() -> Nav {
    expect_context()
}

/// How often the live clocks move, in milliseconds.
const TICK_MS: i32 = 15_000;

/// The settings loaded when a workspace opens.
#[derive(Clone, Debug)]
pub struct Settings {
    pub actor: String,
    pub matrix: PriorityMatrix,
    pub config: DeskConfig,
    pub sla: SlaPolicy,
}

/// The open workspace: its database and the settings the pages need.
#[derive(Clone, Copy)]
pub struct Workspace {
    db: StoredValue<Db, LocalStorage>,
    /// Name recorded as the author of changes.
    pub actor: RwSignal<String>,
    pub matrix: RwSignal<PriorityMatrix>,
    /// Groups, people, services, categories and the catalogue.
    pub config: RwSignal<DeskConfig>,
    /// SLA definitions and service hours.
    pub sla: RwSignal<SlaPolicy>,
    /// The current time (milliseconds), ticking so that SLA clocks update live.
    pub now: RwSignal<i64>,
    /// A failure that stops all work, such as another tab upgrading the schema.
    pub fault: RwSignal<Option<StorageError>>,
    /// Which practices are disabled, `None` until first read; refreshed by the practices
    /// page after each save.
    pub practices: RwSignal<Option<PracticeSwitches>>,
    /// Bumped when another tab commits a change to tickets, their history or improvements,
    /// so that views re-read them.
    pub changed: RwSignal<u32>,
    /// Where team sync stands for this workspace ([`crate::replication`]).
    pub sync: RwSignal<crate::domain::replication::target::SyncStatus>,
}

impl Workspace {
    /// Wraps an open database with its loaded settings.
    pub fn new(db: Db, settings: Settings) -> Workspace {
        let now = RwSignal::new(crate::storage::now_ms());
        let tick = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            now.try_set(crate::storage::now_ms());
        });
        if let Some(window) = web_sys::window() {
            use wasm_bindgen::JsCast;
            let handle = window.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                TICK_MS,
            );
            // The clock stops when another workspace replaces this one.
            if let Ok(handle) = handle {
                on_cleanup(move || {
                    if let Some(window) = web_sys::window() {
                        window.clear_interval_with_handle(handle);
                    }
                });
            }
        }
        tick.forget();
        let workspace = Workspace {
            db: StoredValue::new_local(db),
            actor: RwSignal::new(settings.actor),
            matrix: RwSignal::new(settings.matrix),
            config: RwSignal::new(settings.config),
            sla: RwSignal::new(settings.sla),
            now,
            fault: RwSignal::new(None),
            practices: RwSignal::new(None),
            changed: RwSignal::new(0),
            sync: use_context::<crate::ui::sync::SharedStatus>()
                .map_or_else(|| RwSignal::new(Default::default()), |s| s.0),
        };
        workspace.reload_practices();
        let db_name = workspace.db().name();
        crate::storage::broadcast::on_remote_change(&db_name, move |stores| {
            if stores.iter().any(|s| s == crate::storage::SETTINGS) {
                // The shared settings, and the practices with them.
                workspace.reload_shared();
            } else if stores.iter().any(|s| s == crate::storage::PRACTICES) {
                workspace.reload_practices();
            }
            let data = [
                crate::storage::TICKETS,
                crate::storage::EVENTS,
                crate::storage::IMPROVEMENTS,
            ];
            if stores.iter().any(|s| data.contains(&s.as_str())) {
                workspace.changed.try_update(|n| *n += 1);
            }
        });
        workspace
    }

    /// Reads the shared settings (priority matrix, desk configuration, SLA policy) and the
    /// practices again, after sync wrote a teammate's version of them: later saves then
    /// start from it instead of overwriting it.
    pub fn reload_shared(&self) {
        use crate::storage::settings::{
            get_settings, setting_value, DESK_CONFIG, PRIORITY_MATRIX, SLA_POLICY,
        };
        let (db, this) = (self.db(), *self);
        leptos::task::spawn_local(async move {
            let Ok([matrix, config, sla]) =
                get_settings(&db, [PRIORITY_MATRIX, DESK_CONFIG, SLA_POLICY]).await
            else {
                return;
            };
            if let Ok(Some(matrix)) = setting_value(matrix) {
                this.matrix.try_set(matrix);
            }
            if let Ok(Some(config)) = setting_value(config) {
                this.config.try_set(config);
            }
            if let Ok(Some(sla)) = setting_value(sla) {
                this.sla.try_set(sla);
            }
        });
        self.reload_practices();
    }

    /// Reads the practice settings again into [`Workspace::practices`]. When they cannot be
    /// read every practice counts as enabled, so that nobody is stopped from logging work
    /// (the practices page shows the failure).
    pub fn reload_practices(&self) {
        let (db, practices) = (self.db(), self.practices);
        leptos::task::spawn_local(async move {
            let switches = match crate::storage::practices::load_practices(&db).await {
                Ok(all) => PracticeSwitches::from_settings(&all),
                Err(_) => PracticeSwitches::all_enabled(),
            };
            practices.try_set(Some(switches));
        });
    }

    /// Whether `what` is offered; false until the practice settings are read. Reactive.
    pub fn offers(&self, what: Creation) -> bool {
        self.practices
            .with(|p| p.as_ref().is_some_and(|s| s.allows(what)))
    }

    /// The disabled practice that stops `what`, once the settings are read. Reactive.
    pub fn stopped_by(&self, what: Creation) -> Option<&'static Practice> {
        self.practices
            .with(|p| p.as_ref().and_then(|s| s.blocked_by(what)))
    }

    /// The database connection.
    pub fn db(&self) -> Db {
        self.db.get_value()
    }
}

/// The open workspace.
pub fn use_workspace() -> Workspace {
    expect_context()
}
