//! Team sync in the UI: the header's status, the Settings section where a workspace's
//! CouchDB target is set, and a ticket edited on two devices. The replication itself runs
//! in [`crate::replication`].

mod conflict;
mod records;
mod section;

pub use conflict::EditedOnTwoDevices;
pub use section::SyncSection;

use super::context::use_i18n;
use crate::domain::replication::target::SyncStatus;
use crate::i18n::sync::{short_status, status};
use leptos::prelude::*;

/// The open workspace's sync status, app-wide so that the header, which stays while
/// workspaces change, can show it.
#[derive(Clone, Copy)]
pub struct SharedStatus(pub RwSignal<SyncStatus>);

impl SharedStatus {
    /// Provides the app-wide status, "not synced" until a workspace starts its sync.
    pub fn provide() {
        provide_context(SharedStatus(RwSignal::new(SyncStatus::Off)));
    }
}

/// The header's sync status, a link to the Settings section; nothing for a workspace that
/// is not synced.
#[component]
pub fn SyncIndicator() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedStatus>().0;
    move || {
        let current = shared.get();
        let lang = i18n.lang.get();
        let short = short_status(&current, lang)?;
        let tone = match current {
            SyncStatus::Synced => "ok",
            SyncStatus::Failed(_) | SyncStatus::Refused(_) => "bad",
            _ => "busy",
        };
        Some(view! {
            <a class=format!("sync-status {tone}") href="#/settings#sync" title=status(&current, lang)>
                {short}
            </a>
        })
    }
}

/// Starts replicating `workspace` with `target`, its status shown in the workspace's
/// signal and pulled records announced to its views.
pub fn start(
    workspace: super::context::Workspace,
    target: crate::domain::replication::target::SyncTarget,
) {
    let status = std::rc::Rc::new(move |s: SyncStatus| {
        workspace.sync.try_set(s);
    });
    let pulled = std::rc::Rc::new(move || {
        workspace.reload_shared();
        workspace.changed.try_update(|n| *n += 1);
    });
    crate::replication::engine::start(workspace.db(), target, status, pulled);
}

/// Starts the replication of `workspace` if it has a sync target in this browser, and
/// stops it when the workspace is closed.
pub fn resume(workspace: super::context::Workspace) {
    let name = workspace.db().name();
    workspace.sync.set(SyncStatus::Off);
    if let Some(target) = crate::storage::sync_target::load(&name) {
        workspace.sync.set(SyncStatus::Syncing { left: 0 });
        start(workspace, target);
    }
    on_cleanup(move || crate::replication::engine::stop(&name));
}
