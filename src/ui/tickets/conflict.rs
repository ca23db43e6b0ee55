//! Several tabs on one ticket: a notice when another tab or window (or another device, through
//! team sync) changes the ticket shown here, and the choices offered when a save was refused because of such a change.

use super::super::context::{use_i18n, use_workspace};
use crate::domain::replication::target::SyncStatus;
use crate::i18n::Msg;
use crate::storage::tickets::ticket_by_id;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Changed in another tab or window", shown once the stored ticket `id` is no longer at
/// revision `rev`; its button shows the latest version (nothing is reloaded by itself, so
/// that a form being filled in here keeps its text).
#[component]
pub fn ChangedElsewhere(id: String, rev: String, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let changed = RwSignal::new(false);
    Effect::new(move |first: Option<()>| {
        workspace.changed.track();
        if first.is_none() {
            return;
        }
        let (db, id, rev) = (workspace.db(), id.clone(), rev.clone());
        spawn_local(async move {
            if let Ok(Some(stored)) = ticket_by_id(&db, &id).await {
                if stored.rev != rev {
                    changed.try_set(true);
                }
            }
        });
    });
    move || {
        changed.get().then(|| {
            view! {
                <div class="changed-elsewhere" role="status">
                    <span>{move || {
                        let synced = workspace.sync.get() != SyncStatus::Off;
                        i18n.t(if synced { Msg::ChangedElsewhereSynced } else { Msg::ChangedElsewhere })
                    }}</span>
                    <button type="button" class="button primary" on:click=move |_| refresh.update(|n| *n += 1)>
                        {move || i18n.t(Msg::ShowLatest)}
                    </button>
                </div>
            }
        })
    }
}

/// The two ways out of a refused save: see the other version, or write this one over it.
#[component]
pub fn ConflictChoices(
    reload: impl Fn() + Copy + 'static,
    overwrite: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="conflict-choices">
            <button type="button" class="button primary" on:click=move |_| reload()>
                {move || i18n.t(Msg::ShowLatest)}
            </button>
            <button type="button" class="button" on:click=move |_| overwrite()>
                {move || i18n.t(Msg::SaveMineAnyway)}
            </button>
        </div>
    }
}
