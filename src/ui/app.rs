//! The app shell: header, navigation, language switch, and the page for the current route.

use super::context::{use_i18n, use_nav, I18n, Nav, Settings, Workspace};
use super::value_chain::{journey, ServiceValueChain};
use super::value_system::ServiceValueSystem;
use super::workspaces::{DemoClock, Notice, WorkspaceSwitch, Workspaces};
use super::{improvement, practices, reports, settings, tickets};
use crate::domain::configuration::DeskConfig;
use crate::domain::ticket::TicketKind;
use crate::i18n::{Lang, Msg};
use crate::route::Route;
use crate::storage::settings::{
    get_settings, setting_value, ACTOR, DESK_CONFIG, PRIORITY_MATRIX, SLA_POLICY, SLA_REWATCH,
};
use crate::storage::sla::{fallback_policy, finish_upgrade};
use crate::storage::{open_watching, Db, StorageError, DATABASE, MIGRATIONS};
use leptos::prelude::*;

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Opens the workspace database and loads the settings every page needs; an upgraded
/// database finishes its upgrade.
/// While another tab blocks the upgrade, `blocked` is set so the page can say so.
async fn open_workspace(
    database: String,
    blocked: RwSignal<bool>,
    lang: Lang,
) -> Result<(Db, Settings), StorageError> {
    let db = open_watching(&database, MIGRATIONS, move || blocked.set(true)).await?;
    blocked.set(false);
    // Every setting the first screen needs, in one read.
    let [actor, matrix, config, sla, rewatch] = get_settings(
        &db,
        [ACTOR, PRIORITY_MATRIX, DESK_CONFIG, SLA_POLICY, SLA_REWATCH],
    )
    .await?;
    let actor =
        setting_value::<String>(actor)?.unwrap_or_else(|| Msg::DefaultActor.text(lang).to_owned());
    let matrix = setting_value(matrix)?.unwrap_or_default();
    let config = setting_value(config)?.unwrap_or_else(|| DeskConfig::starting(lang));
    // Left by an upgrade: a failure leaves the flag for the next start; the workspace
    // still opens.
    if !rewatch.is_undefined() {
        if let Err(e) = finish_upgrade(&db).await {
            web_sys::console::warn_1(&format!("clock trails not rebuilt yet: {e}").into());
        }
    }
    let sla = setting_value(sla)?.unwrap_or_else(fallback_policy);
    let settings = Settings {
        actor,
        matrix,
        config,
        sla,
    };
    Ok((db, settings))
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::detect();
    provide_context(i18n);
    let nav = Nav {
        route: RwSignal::new(current_route()),
    };
    provide_context(nav);
    provide_context(reports::PeriodChoice::new());
    super::sync::SharedStatus::provide();
    super::tour::Tour::provide();
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        nav.route.set(current_route())
    });
    let _ = window_event_listener(leptos::ev::keydown, move |ev| shortcut(ev, nav));
    let _ = window_event_listener_untyped("beforeprint", |_| open_details_for_print());

    let workspaces = Workspaces::load(i18n.lang.get_untracked());
    provide_context(workspaces);
    provide_context(Notice(RwSignal::new(None)));
    // Reopens when another workspace is chosen; the clock moving does not reopen.
    let database = Memo::new(move |_| workspaces.registry.with(|r| r.current().database.clone()));
    // A scenario belongs to the demo it runs in: opening another workspace leaves it.
    if let Some(tour) = super::tour::use_tour() {
        Effect::new(move |before: Option<String>| {
            let now = database.get();
            if before.is_some_and(|b| b != now) {
                tour.state.set(None);
            }
            now
        });
    }
    let connection = StoredValue::new_local(None::<Db>);
    let blocked = RwSignal::new(false);
    let opened = LocalResource::new(move || {
        let database = database.get();
        // The previous workspace's connection goes, so that it can be deleted or upgraded.
        if let Some(old) = connection.try_update_value(Option::take).flatten() {
            old.close();
        }
        async move {
            let opened = open_workspace(database, blocked, i18n.lang.get_untracked()).await;
            if let Ok((db, _)) = &opened {
                connection.try_set_value(Some(db.clone()));
            }
            opened
        }
    });
    let body = move || match opened.get() {
        None if blocked.get() => view! { <StorageProblem error=StorageError::Blocked/> }.into_any(),
        None => {
            view! { <p class="loading" role="status">{move || i18n.t(Msg::Loading)}</p> }.into_any()
        }
        Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
        Some(Ok((db, settings))) => {
            let workspace = Workspace::new(db.clone(), settings);
            db.on_version_change(move || {
                workspace.fault.try_set(Some(StorageError::VersionChanged));
            });
            provide_context(workspace);
            provide_context(super::backup::LastBackup::load(&db.name()));
            super::sync::resume(workspace);
            view! {
                // A fault stops all work: the page, and with it every write, goes away.
                <Show when=move || workspace.fault.get().is_some()
                    fallback=|| view! { <DemoClock/><super::backup::BackupReminder/><Page/><DemoOnly><super::tour::TourPanel/></DemoOnly> }>
                    <StorageProblem error=workspace.fault.get_untracked().unwrap_or(StorageError::VersionChanged)/>
                </Show>
            }
            .into_any()
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>{move || i18n.t(Msg::SkipToContent)}</a>
        <Header/>
        <super::update::UpdateBanner/>
        <main id="main" tabindex="-1">{body}</main>
    }
}

/// Opens every disclosure of the page before printing, so that a printed report shows its
/// data tables and definitions.
fn open_details_for_print() {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("main details").ok());
    if let Some(list) = found {
        for i in 0..list.length() {
            if let Some(el) = list.item(i) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>(el)
                    .set_attribute("open", "");
            }
        }
    }
}

/// Keyboard shortcuts outside text fields: `n` logs an incident, `/` goes to the search box.
fn shortcut(ev: leptos::ev::KeyboardEvent, nav: Nav) {
    use wasm_bindgen::JsCast;
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.closest("form").ok().flatten().is_some()
                    && e.tag_name() != "A"
                    && e.tag_name() != "BUTTON"
        });
    if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    match ev.key().as_str() {
        "n" => nav.go(&Route::NewTicket(TicketKind::Incident)),
        "/" => {
            ev.prevent_default();
            if !matches!(nav.route.get_untracked(), Route::Tickets(_)) {
                nav.go(&Route::tickets());
            }
            focus_search();
        }
        _ => {}
    }
}

/// Focuses the list's search box once it is on the page.
fn focus_search() {
    use wasm_bindgen::JsCast;
    let focus = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("search"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|e| e.focus())
            .is_some()
    };
    if !focus() {
        leptos::prelude::set_timeout(
            move || {
                focus();
            },
            std::time::Duration::from_millis(50),
        );
    }
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The page for the current route.
#[component]
fn Page() -> impl IntoView {
    let nav = use_nav();
    let page = Memo::new(move |_| nav.route.with(Route::page));
    move || match page.get() {
        Route::Dashboard => view! { <reports::Dashboard/> }.into_any(),
        Route::Report { from, to } => view! { <reports::PrintableReport from to/> }.into_any(),
        Route::Tickets(_) => view! { <tickets::TicketList/> }.into_any(),
        Route::ChangeCalendar => view! { <tickets::ChangeCalendar/> }.into_any(),
        Route::NewTicket(kind) => view! { <tickets::NewTicket kind/> }.into_any(),
        Route::RaiseFrom(kind, raised_from) => {
            view! { <tickets::NewTicket kind raised_from/> }.into_any()
        }
        Route::Ticket(number) => view! { <tickets::TicketPage number/> }.into_any(),
        Route::ServiceValueSystem => view! { <ServiceValueSystem/> }.into_any(),
        Route::ServiceValueChain => view! { <ServiceValueChain/> }.into_any(),
        Route::Practices => view! { <practices::Practices/> }.into_any(),
        Route::Improvement => view! { <improvement::Improvement/> }.into_any(),
        Route::NewImprovement { problem, finding } => {
            view! { <improvement::NewImprovement problem finding/> }.into_any()
        }
        Route::Journey(number) => view! { <journey::Journey number/> }.into_any(),
        Route::Settings => view! { <settings::Settings/> }.into_any(),
        Route::Scenarios => view! { <super::tour::Scenarios/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}

/// The header: product name, navigation and language switch.
#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let links = [
        (Route::Dashboard, Msg::NavDashboard),
        (Route::tickets(), Msg::NavTickets),
        (Route::ServiceValueSystem, Msg::NavSvs),
        (Route::ServiceValueChain, Msg::NavSvc),
        (Route::Practices, Msg::NavPractices),
        (Route::Improvement, Msg::NavImprovement),
        (Route::Settings, Msg::NavSettings),
    ];
    let items = links
        .into_iter()
        .map(|(route, msg)| {
            let href = route.href();
            let section = route.clone();
            let current = move || (nav.route.with(Route::section) == section).then_some("page");
            view! { <li><a href=href aria-current=current>{move || i18n.t(msg)}</a></li> }
        })
        .collect_view();
    let scenarios = move || (nav.route.with(Route::section) == Route::Scenarios).then_some("page");
    // Guided scenarios write real records: they are offered in demo workspaces only.
    let workspaces = expect_context::<Workspaces>();
    let demo = move || workspaces.registry.with(|r| r.current().is_demo());
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {move || i18n.t(Msg::AppName)}
            </a>
            <WorkspaceSwitch/>
            <super::sync::SyncIndicator/>
            <nav aria-label=move || i18n.t(Msg::MainNavigation)>
                <ul>{items}{move || demo().then(|| view! {
                    <li><a href=Route::Scenarios.href() aria-current=scenarios>
                        {move || i18n.t(crate::i18n::tour::TourMsg::Nav)}
                    </a></li>
                })}</ul>
            </nav>
            <div class="lang-switch">
                <label for="lang">{move || i18n.t(Msg::LanguageLabel)}</label>
                <select id="lang" on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.choose(lang);
                    }
                }>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| view! {
                            <option value=lang.code() selected=move || i18n.lang.get() == lang>
                                {lang.native_name()}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
        </header>
    }
}

/// Explains a storage failure and offers a reload; nothing is lost by reloading. When the
/// data itself is in question (it fails to open, or a record does not read back), writing
/// stops for the whole page and the user can download whatever can still be read.
#[component]
pub fn StorageProblem(error: StorageError) -> impl IntoView {
    let i18n = use_i18n();
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    let rescue = matches!(
        error,
        StorageError::OpenFailed(_) | StorageError::Corrupt(_) | StorageError::NewerSchema
    );
    if matches!(error, StorageError::Corrupt(_)) {
        if let Some(workspace) = use_context::<Workspace>() {
            if workspace.fault.get_untracked().is_none() {
                workspace.fault.set(Some(error.clone()));
            }
        }
    }
    let failed = RwSignal::new(None::<String>);
    let download = move |_| {
        leptos::task::spawn_local(async move {
            let now = crate::storage::now_ms();
            let database = use_context::<Workspaces>()
                .map_or_else(|| DATABASE.to_owned(), |w| w.current().database);
            match crate::storage::backup::rescue_export(&database, now).await {
                Ok(text) => super::reports::export::download(
                    "valuedesk-rescue.json",
                    "application/json",
                    &text,
                ),
                Err(e) => {
                    failed.try_set(Some(e.message(i18n.lang.get_untracked())));
                }
            }
        });
    };
    view! {
        <section class="storage-problem" role="alert">
            <h1>{move || i18n.t(Msg::StorageProblemTitle)}</h1>
            <p>{move || error.message(i18n.lang.get())}</p>
            <button type="button" class="button" on:click=reload>{move || i18n.t(Msg::Reload)}</button>
            {rescue.then(|| view! {
                <p>{move || i18n.t(Msg::RescueHelp)}</p>
                <button type="button" class="button primary" on:click=download>
                    {move || i18n.t(Msg::RescueDownload)}
                </button>
            })}
            {move || failed.get().map(|f| view! { <p>{f}</p> })}
        </section>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t(Msg::NotFoundTitle)}</h1>
        <p>{move || i18n.t(Msg::NotFoundBody)}</p>
        <p><a href=Route::Dashboard.href()>{move || i18n.t(Msg::GoToDashboard)}</a></p>
    }
}

/// Shows its children in a demo workspace only.
#[component]
fn DemoOnly(children: ChildrenFn) -> impl IntoView {
    let workspaces = expect_context::<Workspaces>();
    move || {
        workspaces
            .registry
            .with(|r| r.current().is_demo())
            .then(|| children())
    }
}
