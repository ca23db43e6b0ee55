//! Backup and restore in Settings: download the whole workspace as one file, and import a
//! file — checked completely and summarized before anything is written — replacing or
//! merging. Also the reminder shown when the last backup is more than a week old.

use super::context::{use_i18n, use_nav, use_workspace};
use super::reports::export::download;
use super::time::local_time;
use super::workspaces::Workspaces;
use crate::domain::backup::{Backup, MAX_BYTES};
use crate::i18n::backup::{import_error, writing_count, BackupMsg};
use crate::i18n::fill;
use crate::storage::backup::{
    export_backup, import_backup_with_progress, parse_backup_here, ImportMode, ImportProgress,
};
use crate::storage::tickets::tickets_logged;
use crate::storage::{real_now_ms, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How old the last backup may get before the reminder shows.
const REMIND_AFTER_MS: i64 = 7 * 24 * 3_600_000;

/// Where this browser remembers when it last downloaded a backup of the workspace `db`.
fn last_backup_key(db: &str) -> String {
    format!("valuedesk.last-backup.{db}")
}

/// When this browser last downloaded a backup of the workspace `db`.
fn last_backup(db: &str) -> Option<i64> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(&last_backup_key(db)).ok()??.parse().ok()
}

/// When this browser last downloaded a backup of the workspace, shared by the reminder and
/// the Settings section (provided with the workspace).
#[derive(Clone, Copy)]
pub struct LastBackup(RwSignal<Option<i64>>);

impl LastBackup {
    /// Reads the time remembered for the workspace `db`.
    pub fn load(db: &str) -> LastBackup {
        LastBackup(RwSignal::new(last_backup(db)))
    }
}

/// Downloads a backup of the workspace and remembers when; reports a storage failure.
fn back_up(done: RwSignal<Option<i64>>, failure: RwSignal<Option<String>>) {
    let workspace = use_workspace();
    let i18n = use_i18n();
    let label = expect_context::<Workspaces>()
        .registry
        .with_untracked(|r| r.current().file_label())
        .map(|l| format!("{l}-"))
        .unwrap_or_default();
    spawn_local(async move {
        let db = workspace.db();
        let now = real_now_ms();
        match export_backup(&db, now).await {
            Ok(text) => {
                let day = local_time(now).chars().take(10).collect::<String>();
                download(
                    &format!("valuedesk-{label}backup-{day}.json"),
                    "application/json",
                    &text,
                );
                if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.local_storage()) {
                    let _ = s.set_item(&last_backup_key(&db.name()), &now.to_string());
                }
                done.try_set(Some(now));
            }
            Err(e) => {
                failure.try_set(Some(e.message(i18n.lang.get_untracked())));
            }
        }
    });
}

/// A banner asking for a backup when the workspace has tickets and the last backup from
/// this browser is over a week old or missing.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let LastBackup(done) = expect_context::<LastBackup>();
    let failure = RwSignal::new(None::<String>);
    // Only a workspace with tickets has something to lose: asked again at each page until
    // the first ticket (from the number counters, in constant time).
    let nav = use_nav();
    let has_tickets = RwSignal::new(false);
    Effect::new(move |_| {
        nav.route.track();
        if has_tickets.get_untracked() {
            return;
        }
        let db = workspace.db();
        spawn_local(async move {
            if tickets_logged(&db).await.unwrap_or(0) > 0 {
                has_tickets.try_set(true);
            }
        });
    });
    // A demo can be generated again at any time: no reminder there.
    let workspaces = expect_context::<Workspaces>();
    let demo = move || workspaces.registry.with(|r| r.current().is_demo());
    let due = move || {
        !demo()
            && has_tickets.get()
            && done
                .get()
                .is_none_or(|at| real_now_ms() - at > REMIND_AFTER_MS)
    };
    move || {
        due().then(|| {
            view! {
                <aside class="backup-reminder no-print" aria-label=move || i18n.t(BackupMsg::Title)>
                    <span>{move || i18n.t(BackupMsg::Reminder)}</span>
                    <button type="button" class="button" on:click=move |_| back_up(done, failure)>
                        {move || i18n.t(BackupMsg::BackUpNow)}
                    </button>
                    {move || failure.get().map(|f| view! { <span class="error">{f}</span> })}
                </aside>
            }
        })
    }
}

/// What the import form is showing.
#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    Checked(std::sync::Arc<Backup>),
    Refused(String),
    Writing,
    Done(String),
}

/// The Settings section.
#[component]
pub fn BackupSection() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let LastBackup(done) = expect_context::<LastBackup>();
    let failure = RwSignal::new(None::<String>);
    let stage = RwSignal::new(Stage::Idle);
    let mode = RwSignal::new(ImportMode::Replace);
    let progress = RwSignal::new(None::<ImportProgress>);

    let last = move || match done.get() {
        Some(at) => fill(i18n.t(BackupMsg::LastBackup), &[("when", &local_time(at))]),
        None => i18n.t(BackupMsg::NeverBackedUp).to_owned(),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            stage.set(Stage::Idle);
            return;
        };
        let lang = i18n.lang.get_untracked();
        if file.size() > MAX_BYTES as f64 {
            let error = crate::domain::backup::ImportError::TooLarge {
                bytes: file.size() as usize,
            };
            stage.set(Stage::Refused(import_error(&error, lang)));
            return;
        }
        stage.set(Stage::Reading);
        let schema = workspace.db().version();
        spawn_local(async move {
            let text = JsFuture::from(file.text()).await;
            let outcome = match text.ok().and_then(|t| t.as_string()) {
                None => Stage::Refused(i18n.t(BackupMsg::ErrNotBackup).to_owned()),
                Some(text) => match parse_backup_here(&text, schema) {
                    Ok(backup) => Stage::Checked(std::sync::Arc::new(backup)),
                    Err(e) => Stage::Refused(import_error(&e, lang)),
                },
            };
            stage.try_set(outcome);
        });
    };
    let run_import = move |backup: std::sync::Arc<Backup>| {
        stage.set(Stage::Writing);
        progress.set(None);
        let chosen = mode.get_untracked();
        spawn_local(async move {
            let backup = std::sync::Arc::unwrap_or_clone(backup);
            let report = move |p: ImportProgress| {
                progress.try_set(Some(p));
            };
            let db = workspace.db();
            let outcome = import_backup_with_progress(&db, backup, chosen, report).await;
            let lang = i18n.lang.get_untracked();
            let message = match outcome {
                Ok(r) => {
                    let mut text = fill(
                        BackupMsg::Imported.text(lang),
                        &[
                            ("added", &r.added.to_string()),
                            ("updated", &r.updated.to_string()),
                            ("kept", &r.kept.to_string()),
                            ("events", &r.events.to_string()),
                        ],
                    );
                    if !r.clashes.is_empty() {
                        let numbers = r.clashes.join(", ");
                        text.push(' ');
                        text.push_str(&fill(
                            BackupMsg::Clashes.text(lang),
                            &[("numbers", &numbers)],
                        ));
                    }
                    reload_soon();
                    Stage::Done(text)
                }
                Err(e) => Stage::Refused(format!(
                    "{} {}",
                    StorageError::message(&e, lang),
                    BackupMsg::Unchanged.text(lang)
                )),
            };
            stage.try_set(message);
        });
    };
    let status = move || match stage.get() {
        Stage::Idle => None,
        Stage::Reading => {
            Some(view! { <p role="status">{i18n.t(BackupMsg::Reading)}</p> }.into_any())
        }
        Stage::Writing => Some(writing(progress).into_any()),
        Stage::Done(text) => Some(view! { <p role="status" class="saved">{text}</p> }.into_any()),
        Stage::Refused(text) => Some(
            view! { <p role="alert" class="error">{text}" "{i18n.t(BackupMsg::Unchanged)}</p> }
                .into_any(),
        ),
        Stage::Checked(backup) => Some(checked(backup, mode, run_import).into_any()),
    };
    view! {
        <section class="card backup" id="backup">
            <h2>{move || i18n.t(BackupMsg::Title)}</h2>
            <p>{move || i18n.t(BackupMsg::Intro)}</p>
            <p>{last}</p>
            <button type="button" class="button primary" on:click=move |_| back_up(done, failure)>
                {move || i18n.t(BackupMsg::Download)}
            </button>
            {move || failure.get().map(|f| view! { <p role="alert" class="error">{f}</p> })}
            <h3>{move || i18n.t(BackupMsg::ImportTitle)}</h3>
            <div class="field">
                <label for="backup-file">{move || i18n.t(BackupMsg::ImportFile)}</label>
                <input id="backup-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {status}
        </section>
    }
}

/// The import's progress bar, labelled with the records written of all: indeterminate
/// until the first chunk is written.
fn writing(progress: RwSignal<Option<ImportProgress>>) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || match progress.get() {
        Some(p) => writing_count(p.written, p.total, i18n.lang.get()),
        None => i18n.t(BackupMsg::Writing).to_owned(),
    };
    view! {
        <div class="import-progress">
            <label for="import-progress">{label}</label>
            <progress id="import-progress"
                max=move || progress.get().map(|p| p.total.max(1))
                value=move || progress.get().map(|p| p.written)>
                {label}
            </progress>
        </div>
    }
}

/// The summary of a checked file, the mode choice and the import button.
fn checked(
    backup: std::sync::Arc<Backup>,
    mode: RwSignal<ImportMode>,
    run: impl Fn(std::sync::Arc<Backup>) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = {
        let b = backup.clone();
        move || {
            fill(
                i18n.t(BackupMsg::Checked),
                &[
                    ("tickets", &b.tickets.len().to_string()),
                    ("events", &b.events.len().to_string()),
                    ("practices", &b.practices.len().to_string()),
                    ("settings", &b.settings.len().to_string()),
                    ("when", &local_time(b.exported_at)),
                ],
            )
        }
    };
    let choice = move |value: ImportMode, msg: BackupMsg| {
        view! {
            <label class="stream-choice">
                <input type="radio" name="import-mode" prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)/>
                {move || i18n.t(msg)}
            </label>
        }
    };
    view! {
        <p role="status">{summary}</p>
        <fieldset class="import-mode">
            <legend>{move || i18n.t(BackupMsg::ModeLegend)}</legend>
            {choice(ImportMode::Replace, BackupMsg::ModeReplace)}
            {choice(ImportMode::Merge, BackupMsg::ModeMerge)}
        </fieldset>
        <button type="button" class="button primary" on:click=move |_| run(backup.clone())>
            {move || i18n.t(BackupMsg::Import)}
        </button>
    }
}

/// Reloads the page shortly, so that every view starts again from the imported data.
fn reload_soon() {
    let reload = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(reload.unchecked_ref(), 2_000);
    }
}
