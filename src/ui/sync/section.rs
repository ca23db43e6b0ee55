//! The Settings section of team sync: the CouchDB target's form, the status in full, and
//! the actions (sync now, stop).

use crate::domain::replication::target::{SyncStatus, SyncTarget};
use crate::i18n::sync::{refusal, status, target_error, SyncMsg};
use crate::i18n::Lang;
use crate::storage::sync_target;
use crate::ui::context::{use_i18n, use_workspace};
use leptos::prelude::*;

/// The team sync section of Settings.
#[component]
pub fn SyncSection() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let db_name = workspace.db().name();
    let stored = sync_target::load(&db_name);
    let field = |f: fn(&SyncTarget) -> &str| {
        RwSignal::new(stored.as_ref().map(f).unwrap_or_default().to_owned())
    };
    let url = field(|t| &t.url);
    let database = field(|t| &t.database);
    let user = field(|t| &t.user);
    let password = field(|t| &t.password);
    let problem = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<SyncMsg>);
    let configured = RwSignal::new(stored.is_some());

    let name = db_name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let lang = i18n.lang.get_untracked();
        let checked = SyncTarget::validated(
            &url.get_untracked(),
            &database.get_untracked(),
            &user.get_untracked(),
            &password.get_untracked(),
        );
        match checked {
            Err(e) => problem.set(Some(target_error(e, lang).to_owned())),
            Ok(target) => {
                problem.set(None);
                if !sync_target::save(&name, &target) {
                    notice.set(Some(SyncMsg::NotKept));
                    return;
                }
                url.set(target.url.clone());
                database.set(target.database.clone());
                configured.set(true);
                super::start(workspace, target);
                // A tab that runs the loop with the old target takes the new one now.
                crate::replication::engine::sync_now_anywhere(&name);
            }
        }
    };
    let name = db_name.clone();
    let stop = move |_| {
        crate::replication::engine::stop(&name);
        sync_target::clear(&name);
        // A tab that runs the loop stops it now.
        crate::replication::engine::sync_now_anywhere(&name);
        let db = workspace.db();
        leptos::task::spawn_local(async move {
            // Edits made while stopped are pushed by a full walk if sync starts again.
            let _ = crate::storage::replica::stop_syncing(&db).await;
        });
        workspace.sync.set(SyncStatus::Off);
        configured.set(false);
        notice.set(Some(SyncMsg::Stopped));
    };
    let name = db_name;
    let sync_now = move |_| crate::replication::engine::sync_now_anywhere(&name);

    let text_field = move |id: &'static str,
                           label: SyncMsg,
                           value: RwSignal<String>,
                           kind: &'static str,
                           help: Option<SyncMsg>| {
        let help_id = format!("{id}-help");
        view! {
            <div class="field">
                <label for=id>{move || i18n.t(label)}</label>
                <input id=id type=kind autocomplete="off" spellcheck="false"
                    aria-describedby=help.map(|_| help_id.clone())
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
                {help.map(|h| view! { <p class="help" id=help_id>{move || i18n.t(h)}</p> })}
            </div>
        }
    };

    view! {
        <section class="card" id="sync" aria-labelledby="sync-title">
            <h2 id="sync-title">{move || i18n.t(SyncMsg::Title)}</h2>
            <p class="help">{move || i18n.t(SyncMsg::Intro)}</p>
            <p role="status" class="sync-line">
                <strong>{move || i18n.t(SyncMsg::StatusLabel)}</strong>" "
                {move || status(&workspace.sync.get(), i18n.lang.get())}
            </p>
            {move || refused_list(&workspace.sync.get(), i18n.lang.get())}
            <super::records::RecordConflicts/>
            <form class="stack-form" on:submit=save novalidate>
                {text_field("sync-url", SyncMsg::Url, url, "url", Some(SyncMsg::UrlHelp))}
                {text_field("sync-db", SyncMsg::Database, database, "text", Some(SyncMsg::DatabaseHelp))}
                {text_field("sync-user", SyncMsg::User, user, "text", None)}
                {text_field("sync-password", SyncMsg::Password, password, "password", Some(SyncMsg::CredentialsHelp))}
                {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
                <div class="actions">
                    <button type="submit" class="button primary">{move || i18n.t(SyncMsg::Save)}</button>
                    <Show when=move || configured.get()>
                        <button type="button" class="button" on:click=sync_now.clone()>{move || i18n.t(SyncMsg::SyncNow)}</button>
                        <button type="button" class="button" on:click=stop.clone()>{move || i18n.t(SyncMsg::Stop)}</button>
                    </Show>
                </div>
                {move || notice.get().map(|n| view! { <p role="status">{move || i18n.t(n)}</p> })}
            </form>
        </section>
    }
}

/// How many refused documents Settings lists by name; the status gives the whole count.
const REFUSALS_LISTED: usize = 20;

/// The documents the last cycles refused, each with its reason.
fn refused_list(current: &SyncStatus, lang: Lang) -> Option<impl IntoView> {
    let SyncStatus::Refused(refused) = current else {
        return None;
    };
    let items = refused
        .iter()
        .take(REFUSALS_LISTED)
        .map(|r| view! { <li>{refusal(r, lang)}</li> })
        .collect_view();
    Some(view! { <ul class="sync-refused">{items}</ul> })
}
