//! The settings section of workspaces: the list with open, rename and delete (confirmed,
//! never the last one), a new empty workspace, and the demo workspace.

use super::{use_workspaces, Confirm, Workspaces};
use crate::domain::ids::ulid;
use crate::domain::workspace::WorkspaceEntry;
use crate::i18n::fill;
use crate::i18n::workspaces::WorkspaceMsg;
use crate::storage::workspaces::delete_database;
use crate::storage::{random_bytes, real_now_ms};
use crate::ui::context::{use_i18n, I18n};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What happened last, kept by the registry's owner so that it survives the page being
/// rebuilt for another workspace.
#[derive(Clone, Copy)]
pub struct Notice(pub RwSignal<Option<String>>);

/// A fresh workspace id.
pub fn new_workspace_id() -> String {
    ulid(real_now_ms() as u64, random_bytes())
}

/// The workspaces section of the settings page.
#[component]
pub fn WorkspacesSection() -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let notice = expect_context::<Notice>().0;
    let rows = move || {
        let registry = workspaces.registry.get();
        let only_one = registry.entries.len() == 1;
        registry
            .entries
            .iter()
            .map(|entry| {
                let open = entry.id == registry.current;
                view! { <WorkspaceRow entry=entry.clone() open only_one/> }
            })
            .collect_view()
    };
    let name = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang.get_untracked();
        let id = new_workspace_id();
        let outcome = workspaces.change(lang, |r| {
            let id = r.add(&name.get_untracked(), &id, None)?;
            r.switch(&id)
        });
        match outcome {
            Ok(()) => notice.set(None),
            Err(e) => notice.set(Some(e)),
        }
    };
    view! {
        <section class="card workspaces" aria-labelledby="workspaces-title">
            <h2 id="workspaces-title">{move || i18n.t(WorkspaceMsg::SectionTitle)}</h2>
            <p class="hint">{move || i18n.t(WorkspaceMsg::SectionHelp)}</p>
            {move || notice.get().map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ul class="workspace-list" aria-label=move || i18n.t(WorkspaceMsg::ListLabel)>
                {rows}
            </ul>
            <h3>{move || i18n.t(WorkspaceMsg::NewTitle)}</h3>
            <form class="inline-form" on:submit=create>
                <div class="field">
                    <label for="new-workspace">{move || i18n.t(WorkspaceMsg::NameLabel)}</label>
                    <input id="new-workspace" maxlength="80" bind:value=name/>
                </div>
                <button type="submit" class="button">{move || i18n.t(WorkspaceMsg::Create)}</button>
            </form>
            <super::demo::DemoSection/>
        </section>
    }
}

/// One workspace of the list.
#[component]
fn WorkspaceRow(entry: WorkspaceEntry, open: bool, only_one: bool) -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let notice = expect_context::<Notice>().0;
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let new_name = RwSignal::new(entry.name.clone());
    let (id, name) = (entry.id.clone(), entry.name.clone());
    let open_it = {
        let id = id.clone();
        move |_| {
            let outcome = workspaces.change(i18n.lang.get_untracked(), |r| r.switch(&id));
            notice.set(outcome.err());
        }
    };
    let rename = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let lang = i18n.lang.get_untracked();
            match workspaces.change(lang, |r| r.rename(&id, &new_name.get_untracked())) {
                Ok(()) => notice.set(None),
                Err(e) => notice.set(Some(e)),
            }
        }
    };
    let delete = {
        let entry = entry.clone();
        move || remove_workspace(workspaces, i18n, notice, entry.clone())
    };
    let name_label = fill(
        WorkspaceMsg::NewNameLabel.text(i18n.lang.get_untracked()),
        &[("name", &name)],
    );
    let confirm_text = {
        let name = name.clone();
        Signal::derive(move || fill(i18n.t(WorkspaceMsg::ConfirmDelete), &[("name", &name)]))
    };
    let input_id = format!("rename-{id}");
    view! {
        <li class="workspace-row" class:open=open>
            <span class="workspace-name">{name.clone()}</span>
            {entry.is_demo().then(|| view! {
                <span class="demo-badge">{move || i18n.t(WorkspaceMsg::DemoBadge)}</span>
            })}
            {if open {
                view! { <span class="tag">{move || i18n.t(WorkspaceMsg::OpenNow)}</span> }.into_any()
            } else {
                view! {
                    <button type="button" class="button" on:click=open_it>
                        {move || i18n.t(WorkspaceMsg::Open)}
                    </button>
                }.into_any()
            }}
            <button type="button" class="button" aria-expanded=move || renaming.get().to_string()
                on:click=move |_| renaming.update(|r| *r = !*r)>
                {move || i18n.t(WorkspaceMsg::Rename)}
            </button>
            <button type="button" class="button danger" disabled=only_one
                title=move || only_one.then(|| i18n.t(WorkspaceMsg::ErrLastOne))
                on:click=move |_| confirming.set(true)>
                {move || i18n.t(WorkspaceMsg::Delete)}
            </button>
            <Show when=move || renaming.get()>
                <form class="inline-form" on:submit=rename.clone()>
                    <div class="field">
                        <label for=input_id.clone()>{name_label.clone()}</label>
                        <input id=input_id.clone() maxlength="80" bind:value=new_name/>
                    </div>
                    <button type="submit" class="button">{move || i18n.t(WorkspaceMsg::Save)}</button>
                </form>
            </Show>
            <Confirm open=confirming question=confirm_text button=WorkspaceMsg::ConfirmDeleteButton
                on_confirm=delete/>
        </li>
    }
}

/// Deletes a workspace: another one opens first if it was open, then its database goes,
/// then its entry. If the database cannot be deleted the entry stays, so nothing is
/// orphaned.
fn remove_workspace(
    workspaces: Workspaces,
    i18n: I18n,
    notice: RwSignal<Option<String>>,
    entry: WorkspaceEntry,
) {
    let lang = i18n.lang.get_untracked();
    let other = workspaces.registry.with_untracked(|r| {
        r.entries
            .iter()
            .find(|e| e.id != entry.id)
            .map(|e| e.id.clone())
    });
    let Some(other) = other else {
        notice.set(Some(WorkspaceMsg::ErrLastOne.text(lang).to_owned()));
        return;
    };
    if workspaces
        .registry
        .with_untracked(|r| r.current == entry.id)
    {
        if let Err(e) = workspaces.change(lang, |r| r.switch(&other)) {
            notice.set(Some(e));
            return;
        }
    }
    let name = entry.name.clone();
    spawn_local(async move {
        let blocked = fill(WorkspaceMsg::DeleteBlocked.text(lang), &[("name", &name)]);
        let deleted = delete_database(&entry.database, move || {
            notice.try_set(Some(blocked.clone()));
        })
        .await;
        let outcome = match deleted {
            Ok(()) => workspaces
                .change(lang, |r| r.remove(&entry.id).map(|_| ()))
                .map(|()| fill(WorkspaceMsg::Deleted.text(lang), &[("name", &name)])),
            Err(e) => Err(e.message(lang)),
        };
        notice.try_set(Some(outcome.unwrap_or_else(|e| e)));
    });
}
