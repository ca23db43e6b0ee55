//! Demo workspaces in the settings: create one generated from a seed in either language,
//! and reset the open one to its generated state.

use super::manage::{new_workspace_id, Notice};
use super::{use_workspaces, Confirm};
use crate::domain::demo::{generate, DemoData};
use crate::domain::workspace::{DemoSpec, SimulatedClock};
use crate::i18n::workspaces::WorkspaceMsg;
use crate::i18n::{fill, Lang};
use crate::storage::demo::install_demo;
use crate::storage::workspaces::delete_database;
use crate::storage::{open, real_now_ms, MIGRATIONS};
use crate::ui::context::{use_i18n, use_workspace, Workspace};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The seed offered first: any whole number works, and the same one gives the same demo.
const DEFAULT_SEED: &str = "42";

/// "Generated 612 tickets and 5100 history events in 840 ms (generation 300 ms, …)."
fn generated(data: &DemoData, generation: i64, writing: i64, lang: Lang) -> String {
    fill(
        WorkspaceMsg::Generated.text(lang),
        &[
            ("tickets", &data.tickets.len().to_string()),
            ("events", &data.events.len().to_string()),
            ("ms", &(generation + writing).to_string()),
            ("generation", &generation.to_string()),
            ("writing", &writing.to_string()),
        ],
    )
}

/// Creating a demo workspace, and resetting the open one.
#[component]
pub fn DemoSection() -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let workspace = use_workspace();
    let notice = expect_context::<Notice>().0;
    let lang_choice = RwSignal::new(i18n.lang.get_untracked().code().to_owned());
    let seed = RwSignal::new(DEFAULT_SEED.to_owned());
    let busy = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let current = Memo::new(move |_| workspaces.registry.with(|r| r.current().clone()));

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang.get_untracked();
        let Ok(seed) = seed.get_untracked().trim().parse::<u64>() else {
            notice.set(Some(WorkspaceMsg::SeedInvalid.text(lang).to_owned()));
            return;
        };
        let data_lang = Lang::from_code(&lang_choice.get_untracked()).unwrap_or(lang);
        busy.set(true);
        notice.set(Some(WorkspaceMsg::Generating.text(lang).to_owned()));
        spawn_local(async move {
            let outcome = create_demo(seed, data_lang, lang, workspaces).await;
            busy.try_set(false);
            notice.try_set(Some(outcome.unwrap_or_else(|e| e)));
        });
    };
    let reset = move || {
        let lang = i18n.lang.get_untracked();
        let Some(spec) = current.with_untracked(|c| c.demo.clone()) else {
            return;
        };
        confirming.set(false);
        busy.set(true);
        spawn_local(async move {
            let outcome = reset_demo(&spec, workspace, lang).await;
            busy.try_set(false);
            match outcome {
                Ok(ms) => {
                    let id = current.with_untracked(|c| c.id.clone());
                    let clock = SimulatedClock::default();
                    let saved = workspaces.change(lang, |r| r.set_clock(&id, clock));
                    workspace.now.try_set(crate::storage::now_ms());
                    let done = fill(
                        WorkspaceMsg::ResetDone.text(lang),
                        &[("ms", &ms.to_string())],
                    );
                    notice.try_set(Some(saved.map(|()| done).unwrap_or_else(|e| e)));
                }
                Err(e) => {
                    notice.try_set(Some(e));
                }
            }
        });
    };
    let confirm_text = move || {
        let name = current.with(|c| c.name.clone());
        fill(i18n.t(WorkspaceMsg::ConfirmReset), &[("name", &name)])
    };
    view! {
        <div class="demo-workspace">
            <h3>{move || i18n.t(WorkspaceMsg::DemoTitle)}</h3>
            <p class="hint">{move || i18n.t(WorkspaceMsg::DemoHelp)}</p>
            <form class="inline-form" on:submit=create>
                <div class="field">
                    <label for="demo-lang">{move || i18n.t(WorkspaceMsg::DemoLang)}</label>
                    <select id="demo-lang" on:change=move |ev| lang_choice.set(event_target_value(&ev))>
                        {Lang::ALL.into_iter().map(|l| view! {
                            <option value=l.code() selected=move || lang_choice.get() == l.code()>
                                {l.native_name()}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="demo-seed">{move || i18n.t(WorkspaceMsg::Seed)}</label>
                    <input id="demo-seed" inputmode="numeric" bind:value=seed/>
                </div>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || i18n.t(WorkspaceMsg::CreateDemo)}
                </button>
            </form>
            <Show when=move || current.with(|c| c.is_demo())>
                <button type="button" class="button danger" disabled=move || busy.get()
                    on:click=move |_| confirming.set(true)>
                    {move || i18n.t(WorkspaceMsg::Reset)}
                </button>
                <Confirm open=confirming question=Signal::derive(confirm_text)
                    button=WorkspaceMsg::ConfirmResetButton on_confirm=reset/>
            </Show>
        </div>
    }
}

/// Generates the demo into a new database, then adds and opens its workspace. When the
/// writing fails the new database is deleted again, so nothing half-made remains.
async fn create_demo(
    seed: u64,
    data_lang: Lang,
    lang: Lang,
    workspaces: super::Workspaces,
) -> Result<String, String> {
    let started = real_now_ms();
    let data = generate(seed, data_lang, started);
    let generated_in = real_now_ms() - started;
    let id = new_workspace_id();
    let spec = DemoSpec {
        seed,
        lang: data_lang.code().to_owned(),
        generated_at: started,
        clock: SimulatedClock::default(),
    };
    let base = WorkspaceMsg::DemoName.text(data_lang);
    let name = workspaces.registry.with_untracked(|r| {
        (1..)
            .map(|n| {
                if n == 1 {
                    base.to_owned()
                } else {
                    format!("{base} {n}")
                }
            })
            .find(|candidate| !r.entries.iter().any(|e| &e.name == candidate))
            .unwrap_or_else(|| base.to_owned())
    });
    // Checked before anything is written.
    let mut check = workspaces.registry.get_untracked();
    check
        .add(&name, &id, Some(spec.clone()))
        .map_err(|e| WorkspaceMsg::error(&e).text(lang).to_owned())?;
    let database = check
        .entry(&id.to_ascii_lowercase())
        .map(|e| e.database.clone());
    let database = database.unwrap_or_default();
    let written = async {
        let db = open(&database, MIGRATIONS).await?;
        let outcome = install_demo(&db, &data).await;
        db.close();
        outcome
    }
    .await;
    if let Err(e) = written {
        let _ = delete_database(&database, || {}).await;
        return Err(e.message(lang));
    }
    let written_in = real_now_ms() - started - generated_in;
    workspaces.change(lang, |r| {
        let id = r.add(&name, &id, Some(spec))?;
        r.switch(&id)
    })?;
    Ok(generated(&data, generated_in, written_in, lang))
}

/// Writes the demo's generated state again over the open workspace, in one transaction,
/// and reloads what the pages hold. Returns the milliseconds it took.
async fn reset_demo(spec: &DemoSpec, workspace: Workspace, lang: Lang) -> Result<i64, String> {
    let started = real_now_ms();
    let data_lang = Lang::from_code(&spec.lang).unwrap_or(lang);
    let data = generate(spec.seed, data_lang, spec.generated_at);
    install_demo(&workspace.db(), &data)
        .await
        .map_err(|e| e.message(lang))?;
    workspace.actor.try_set(data.actor);
    workspace.matrix.try_set(data.matrix);
    workspace.config.try_set(data.config);
    workspace.sla.try_set(data.sla);
    workspace.reload_practices();
    workspace.changed.try_update(|n| *n += 1);
    Ok(real_now_ms() - started)
}
