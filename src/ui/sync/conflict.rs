//! A ticket edited on two devices: the warning on its page, and the side-by-side
//! comparison where a user keeps one version or merges them field by field. The choice
//! is the domain's ([`crate::domain::replication::merge`]) and storage writes it
//! ([`crate::storage::resolve`]); this module only shows and asks.

use crate::domain::replication::merge::{differing, merge, Part};
use crate::domain::ticket::Ticket;
use crate::i18n::sync::SyncMsg;
use crate::i18n::sync_compare::{part_label, part_value};
use crate::i18n::{fill, Lang};
use crate::storage::resolve::{resolve_ticket, ticket_conflicts, ResolveError};
use crate::storage::tickets::ticket_by_id;
use crate::storage::Db;
use crate::ui::context::{use_i18n, use_workspace};
use crate::ui::time::local_time;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;

thread_local! {
    /// The ticket whose conflict this tab just settled: its page, rebuilt with the new
    /// version, says so once.
    static JUST_RESOLVED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether this tab just settled the conflict of `ticket_id`; forgets it once asked.
fn take_resolved(ticket_id: &str) -> bool {
    JUST_RESOLVED.with(|r| {
        let mut r = r.borrow_mut();
        let hit = r.as_deref() == Some(ticket_id);
        if hit {
            *r = None;
        }
        hit
    })
}

/// The versions of a ticket in conflict: the ticket as kept now, and the versions from
/// other devices, most recently updated first (usually one).
#[derive(Clone, Debug, PartialEq)]
struct Versions {
    current: Ticket,
    others: Vec<Ticket>,
}

/// The versions of a ticket in conflict, `None` when it has none.
async fn versions(db: &Db, ticket_id: &str) -> Option<Versions> {
    let others = ticket_conflicts(db, ticket_id).await.ok()?;
    if others.is_empty() {
        return None;
    }
    let current = ticket_by_id(db, ticket_id).await.ok()??;
    Some(Versions { current, others })
}

/// Why a resolution was not written, in words.
pub(super) fn resolve_error_text(error: &ResolveError, lang: Lang) -> String {
    match error {
        ResolveError::NotFound => SyncMsg::ResolveGone.text(lang).to_owned(),
        ResolveError::Settled => SyncMsg::ResolveSettled.text(lang).to_owned(),
        ResolveError::Stale => SyncMsg::ResolveStale.text(lang).to_owned(),
        ResolveError::Storage(e) => e.message(lang),
    }
}

/// "Edited on two devices": shown on a ticket's page only while the ticket has versions
/// from another device, with the comparison that settles it. Once settled, the rebuilt
/// page says "Conflict resolved" and takes the focus there.
#[component]
pub fn EditedOnTwoDevices(ticket_id: String, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let resolved_now = take_resolved(&ticket_id);
    let status_ref = NodeRef::<html::P>::new();
    if resolved_now {
        Effect::new(move |_| {
            if let Some(p) = status_ref.get() {
                let _ = p.focus();
                // Other views of this tab read again now that the page shows the result.
                workspace.changed.try_update(|n| *n += 1);
            }
        });
    }
    let id = StoredValue::new(ticket_id);
    let data = LocalResource::new(move || {
        workspace.changed.track();
        refresh.track();
        let db = workspace.db();
        async move { versions(&db, &id.get_value()).await }
    });
    let open = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ResolveError>);
    let from_other = RwSignal::new(Vec::<Part>::new());
    // Which of the other versions is compared, when there are several.
    let pick = RwSignal::new(0usize);

    let resolve = move |chosen: Ticket| {
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let db = workspace.db();
            let actor = workspace.actor.get_untracked();
            match resolve_ticket(&db, &chosen.id, &chosen, &actor).await {
                Ok(saved) => {
                    JUST_RESOLVED.with(|r| *r.borrow_mut() = Some(saved.id));
                    crate::replication::engine::sync_now(&db.name());
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    error.try_set(Some(e));
                    busy.try_set(false);
                }
            }
        });
    };

    let banner = move || {
        let v = data.get().flatten()?;
        let more = (v.others.len() > 1).then(|| {
            let count = (v.others.len()).to_string();
            let options = v
                .others
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let when = local_time(t.updated);
                    view! {
                        <option value=i.to_string() selected=move || pick.get() == i>
                            {move || fill(i18n.t(SyncMsg::VersionFrom), &[("when", &when)])}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <p>{move || fill(i18n.t(SyncMsg::MoreVersions), &[("count", &count)])}</p>
                <div class="field">
                    <label for="two-devices-pick">{move || i18n.t(SyncMsg::CompareWith)}</label>
                    <select id="two-devices-pick" on:change=move |ev| {
                        from_other.set(Vec::new());
                        pick.set(event_target_value(&ev).parse().unwrap_or(0));
                    }>{options}</select>
                </div>
            }
        });
        let Versions { current, others } = v;
        let compared = move || {
            let other = others.get(pick.get()).or(others.first())?.clone();
            let current = current.clone();
            Some(view! { <Comparison current other from_other busy resolve/> })
        };
        Some(view! {
            <section class="two-devices" aria-labelledby="two-devices-title">
                <p class="two-devices-title" id="two-devices-title">
                    <strong>{move || i18n.t(SyncMsg::TwoDevices)}</strong>
                </p>
                <p>{move || i18n.t(SyncMsg::TwoDevicesHelp)}</p>
                {more}
                <button type="button" class="button primary" aria-controls="two-devices-compare"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || i18n.t(if open.get() { SyncMsg::HideCompare } else { SyncMsg::Compare })}
                </button>
                <div id="two-devices-compare" class="table-wrap two-devices-compare" hidden=move || !open.get()>
                    {compared}
                </div>
                {move || error.get().map(|e| view! {
                    <p class="error" role="alert">{move || resolve_error_text(&e, i18n.lang.get())}</p>
                })}
            </section>
        })
    };
    view! {
        {banner}
        <p class="two-devices-done" role="status" tabindex="-1" node_ref=status_ref>
            {resolved_now.then_some(move || i18n.t(SyncMsg::Resolved))}
        </p>
    }
}

/// The side-by-side table of the current version and `other`: one row per differing part, each version's "keep" button,
/// and a choice per row for a merge.
#[component]
fn Comparison(
    current: Ticket,
    other: Ticket,
    from_other: RwSignal<Vec<Part>>,
    busy: RwSignal<bool>,
    resolve: impl Fn(Ticket) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let parts = differing(&current, &other);
    let when = local_time(other.updated);
    let (current, other) = (StoredValue::new(current), StoredValue::new(other));
    let all = parts.clone();
    let chosen = move |from: Vec<Part>| {
        current.with_value(|c| other.with_value(|o| resolve(merge(c, o, &from))));
    };
    let rows = parts
        .into_iter()
        .map(|part| {
            let name = format!("merge-{}", part.key());
            let label = move || part_label(part, i18n.lang.get());
            let mine = move || current.with_value(|t| part_value(part, t, i18n.lang.get()));
            let theirs = move || other.with_value(|t| part_value(part, t, i18n.lang.get()));
            let takes = move || from_other.with(|f| f.contains(&part));
            let set = move |take: bool| {
                from_other.update(|f| {
                    f.retain(|p| *p != part);
                    if take {
                        f.push(part);
                    }
                })
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="prose">{mine}</td>
                    <td class="prose">{theirs}</td>
                    <td>
                        <fieldset class="merge-choice">
                            <legend class="visually-hidden">{label}</legend>
                            <label>
                                <input type="radio" name=name.clone() value="this"
                                    prop:checked=move || !takes() on:change=move |_| set(false)/>
                                {move || i18n.t(SyncMsg::UseThis)}
                            </label>
                            <label>
                                <input type="radio" name=name value="other"
                                    prop:checked=takes on:change=move |_| set(true)/>
                                {move || i18n.t(SyncMsg::UseOther)}
                            </label>
                        </fieldset>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="compare">
            <caption>{move || i18n.t(SyncMsg::CompareCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(SyncMsg::ColField)}</th>
                    <th scope="col">{move || i18n.t(SyncMsg::ColThis)}</th>
                    <th scope="col">{move || fill(i18n.t(SyncMsg::ColOther), &[("when", &when)])}</th>
                    <th scope="col">{move || i18n.t(SyncMsg::ColMerge)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <td></td>
                    <td>
                        <button type="button" class="button" disabled=move || busy.get()
                            on:click=move |_| chosen(Vec::new())>
                            {move || i18n.t(SyncMsg::KeepThis)}
                        </button>
                    </td>
                    <td>
                        <button type="button" class="button" disabled=move || busy.get()
                            on:click=move |_| chosen(all.clone())>
                            {move || i18n.t(SyncMsg::KeepOther)}
                        </button>
                    </td>
                    <td>
                        <button type="button" class="button primary" disabled=move || busy.get()
                            on:click=move |_| chosen(from_other.get_untracked())>
                            {move || i18n.t(SyncMsg::Merge)}
                        </button>
                    </td>
                </tr>
            </tfoot>
        </table>
    }
}
