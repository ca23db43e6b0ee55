//! Records other than tickets edited on two devices (shared settings, practices,
//! improvements), listed in Settings → Team sync with the fields that differ, and a choice
//! of the version to keep. Storage writes the choice ([`crate::storage::resolve_records`]).

use crate::domain::itil::practice;
use crate::domain::replication::differing_fields;
use crate::domain::replication::document::StoreKind;
use crate::i18n::sync::SyncMsg;
use crate::i18n::{fill, Lang};
use crate::storage::resolve_records::{keep_version, record_conflicts, RecordConflict};
use crate::storage::settings::{DESK_CONFIG, PRIORITY_MATRIX, SLA_POLICY};
use crate::ui::context::{use_i18n, use_workspace};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

/// The record in words: which setting, practice or improvement it is.
fn record_name(conflict: &RecordConflict, lang: Lang) -> String {
    let key = conflict.doc.key.as_str();
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let version = conflict.current.as_ref().unwrap_or(&conflict.other);
    match conflict.doc.kind {
        StoreKind::Setting => match key {
            DESK_CONFIG => SyncMsg::DeskConfig.text(lang).to_owned(),
            PRIORITY_MATRIX => SyncMsg::PriorityMatrix.text(lang).to_owned(),
            SLA_POLICY => SyncMsg::SlaPolicy.text(lang).to_owned(),
            other => other.to_owned(),
        },
        StoreKind::Practice => fill(
            SyncMsg::PracticeNamed.text(lang),
            &[("name", practice(key).map_or(key, |p| p.name.get(lang)))],
        ),
        StoreKind::Improvement => fill(
            SyncMsg::ImprovementNamed.text(lang),
            &[
                ("number", &text(version, "number")),
                ("title", &text(version, "title")),
            ],
        ),
        _ => conflict.doc.to_string(),
    }
}

/// "Other records edited on two devices": nothing while there are none.
#[component]
pub fn RecordConflicts() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let refresh = RwSignal::new(0u32);
    let error = RwSignal::new(None::<String>);
    let found = LocalResource::new(move || {
        workspace.changed.track();
        refresh.track();
        let db = workspace.db();
        async move { record_conflicts(&db).await.unwrap_or_default() }
    });
    let keep = move |conflict: RecordConflict, other: bool| {
        let db = workspace.db();
        spawn_local(async move {
            let rev = other.then_some(conflict.other_rev.as_str());
            match keep_version(&db, &conflict.doc, rev).await {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(super::conflict::resolve_error_text(
                    &e,
                    i18n.lang.get_untracked(),
                ))),
            }
            workspace.reload_shared();
            refresh.update(|n| *n += 1);
        });
    };
    move || {
        let list = found.get().unwrap_or_default();
        if list.is_empty() {
            return None;
        }
        let lang = i18n.lang.get();
        let items = list
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let name = record_name(&c, lang);
                let name_id = format!("record-conflict-{i}");
                let current = c.current.clone().unwrap_or(Value::Null);
                let fields = differing_fields(c.doc.kind, &current, &c.other).join(", ");
                let differs = fill(SyncMsg::DiffersIn.text(lang), &[("fields", &fields)]);
                let (mine, theirs) = (c.clone(), c);
                view! {
                    <li>
                        <strong id=name_id.clone()>{name}</strong>
                        <p class="help">{differs}</p>
                        <div class="actions">
                            <button type="button" class="button" aria-describedby=name_id.clone()
                                on:click=move |_| keep(mine.clone(), false)>
                                {SyncMsg::KeepInUse.text(lang)}
                            </button>
                            <button type="button" class="button" aria-describedby=name_id
                                on:click=move |_| keep(theirs.clone(), true)>
                                {SyncMsg::KeepOther.text(lang)}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="record-conflicts">
                <h3>{SyncMsg::RecordsTitle.text(lang)}</h3>
                <p class="help">{SyncMsg::RecordsHelp.text(lang)}</p>
                <ul>{items}</ul>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </div>
        })
    }
}
