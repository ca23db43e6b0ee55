//! Settings: the agent's name, the priority matrix and where the data lives.

use super::app::StorageProblem;
use super::context::{use_i18n, use_workspace};
use crate::domain::priority::{Level, Priority, PriorityMatrix};
use crate::i18n::{fill, Msg};
use crate::storage::settings::{put_setting, ACTOR, PRIORITY_MATRIX};
use crate::storage::StorageError;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The settings page.
#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let name = RwSignal::new(workspace.actor.get_untracked());
    let saved = RwSignal::new(false);
    let failure = RwSignal::new(None::<StorageError>);

    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = name.get_untracked().trim().to_owned();
        if value.is_empty() {
            return;
        }
        spawn_local(async move {
            match put_setting(&workspace.db(), ACTOR, &value).await {
                Ok(()) => {
                    workspace.actor.try_set(value);
                    saved.try_set(true);
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        });
    };
    let save_matrix = move |matrix: PriorityMatrix| {
        spawn_local(async move {
            match put_setting(&workspace.db(), PRIORITY_MATRIX, &matrix).await {
                Ok(()) => {
                    workspace.matrix.try_set(matrix);
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        });
    };

    let db = workspace.db();
    let (db_name, version) = (db.name(), db.version().to_string());
    view! {
        <h1>{move || i18n.t(Msg::SettingsTitle)}</h1>
        {move || failure.get().map(|error| view! { <StorageProblem error/> })}
        <section class="card">
            <h2>{move || i18n.t(Msg::ProfileTitle)}</h2>
            <form class="inline-form" on:submit=save_name>
                <div class="field">
                    <label for="actor">{move || i18n.t(Msg::YourName)}</label>
                    <input id="actor" type="text" maxlength="120" aria-describedby="actor-help" list="people"
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            saved.set(false);
                            name.set(event_target_value(&ev));
                        }/>
                    <datalist id="people">
                        {move || workspace.config.with(|c| c.people()).into_iter().map(|p| view! { <option value=p/> }).collect_view()}
                    </datalist>
                    <p class="help" id="actor-help">{move || i18n.t(Msg::YourNameHelp)}</p>
                </div>
                <button type="submit" class="button primary">{move || i18n.t(Msg::Save)}</button>
                <span role="status">{move || saved.get().then(|| i18n.t(Msg::Saved))}</span>
            </form>
        </section>
        <section class="card">
            <h2>{move || i18n.t(Msg::MatrixTitle)}</h2>
            <p class="help">{move || i18n.t(Msg::MatrixHelp)}</p>
            <MatrixEditor on_change=save_matrix/>
            <button type="button" class="button" on:click=move |_| save_matrix(PriorityMatrix::default())>
                {move || i18n.t(Msg::ResetDefaults)}
            </button>
        </section>
        <super::configuration::DeskConfiguration/>
        <super::sla::SlaPolicyEditor/>
        <section class="card">
            <h2>{move || i18n.t(Msg::StorageTitle)}</h2>
            <p>{move || fill(i18n.t(Msg::StorageBody), &[("db", &db_name), ("version", &version)])}</p>
            <super::protection::StorageProtection/>
        </section>
        <super::sync::SyncSection/>
        <super::workspaces::WorkspacesSection/>
        <super::backup::BackupSection/>
    }
}

/// A 3×3 grid of selects, impact in rows and urgency in columns.
#[component]
fn MatrixEditor(
    on_change: impl Fn(PriorityMatrix) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let header = Level::ALL
        .into_iter()
        .map(|u| view! { <th scope="col">{move || i18n.t(Msg::level(u))}</th> })
        .collect_view();
    let rows = Level::ALL
        .into_iter()
        .map(|impact| {
            let cells = Level::ALL
                .into_iter()
                .map(|urgency| {
                    let label = move || {
                        let lang = i18n.lang.get();
                        fill(
                            Msg::MatrixCell.text(lang),
                            &[("impact", Msg::level(impact).text(lang)), ("urgency", Msg::level(urgency).text(lang))],
                        )
                    };
                    let current = move || workspace.matrix.with(|m| m.priority(impact, urgency));
                    let change = move |ev| {
                        if let Some(p) = Priority::from_code(&event_target_value(&ev)) {
                            let mut matrix = workspace.matrix.get_untracked();
                            matrix.set(impact, urgency, p);
                            on_change(matrix);
                        }
                    };
                    view! {
                        <td>
                            <select aria-label=label on:change=change>
                                {Priority::ALL.into_iter().map(|p| view! {
                                    <option value=p.code() selected=move || current() == p>{p.code()}</option>
                                }).collect_view()}
                            </select>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{move || i18n.t(Msg::level(impact))}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="matrix">
            <thead>
                <tr>
                    <th scope="col">{move || format!("{} ↓ / {} →", i18n.t(Msg::FieldImpact), i18n.t(Msg::FieldUrgency))}</th>
                    {header}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
