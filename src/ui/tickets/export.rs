//! The list's "Export CSV" button: every ticket matching the current filter (not only the
//! rows in view), read a page at a time through the list's own query, then downloaded.

use super::super::context::{use_i18n, use_workspace};
use super::super::reports::export::download;
use super::super::reports::load::yield_to_browser;
use super::super::time::local_offset;
use crate::domain::export::{file_name, TicketCsv};
use crate::domain::query::TicketFilter;
use crate::domain::sla::SlaPolicy;
use crate::domain::ticket::Ticket;
use crate::i18n::export::ExportMsg;
use crate::i18n::{fill, Lang};
use crate::storage::tickets::query_tickets;
use crate::storage::{Db, StorageError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Tickets read between two yields to the browser.
const PAGE: usize = 1000;

/// Where an export stands.
#[derive(Clone, Debug)]
enum Progress {
    Idle,
    /// Tickets read so far.
    Reading(usize),
    /// The file offered for download, with its number of tickets.
    Done(String, usize),
    Failed(StorageError),
}

/// Writes every ticket passing `filter` (SLA judged at `now`) as CSV in `lang`, reporting
/// the count read after each page. `None` when the page went away before the end.
async fn export_csv(
    db: Db,
    filter: TicketFilter,
    (policy, now): (SlaPolicy, i64),
    lang: Lang,
    progress: RwSignal<Progress>,
) -> Result<Option<(String, usize)>, StorageError> {
    let mut csv = TicketCsv::new(lang, policy.clone(), now, local_offset);
    let mut after: Option<Ticket> = None;
    loop {
        let page = query_tickets(&db, &filter, (&policy, now), after.as_ref(), PAGE).await?;
        page.iter().for_each(|t| csv.push(t));
        if progress.try_set(Progress::Reading(csv.rows())).is_some() {
            return Ok(None);
        }
        if page.len() < PAGE {
            break;
        }
        after = page.into_iter().last();
        yield_to_browser().await;
    }
    let rows = csv.rows();
    Ok(Some((csv.finish(), rows)))
}

/// The export button and what it is doing.
#[component]
pub fn ExportButton(filter: Memo<TicketFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let progress = RwSignal::new(Progress::Idle);
    let busy = move || progress.with(|p| matches!(p, Progress::Reading(_)));
    let start = move |_| {
        if matches!(progress.get_untracked(), Progress::Reading(_)) {
            return;
        }
        progress.set(Progress::Reading(0));
        let (db, wanted) = (workspace.db(), filter.get_untracked());
        let at = (workspace.sla.get_untracked(), workspace.now.get_untracked());
        let lang = i18n.lang.get_untracked();
        let label = expect_context::<crate::ui::workspaces::Workspaces>()
            .registry
            .with_untracked(|r| r.current().file_label());
        spawn_local(async move {
            let now = at.1;
            let outcome = match export_csv(db, wanted, at, lang, progress).await {
                Ok(Some((text, rows))) => {
                    let name = file_name(now, local_offset(now), label.as_deref());
                    download(&name, "text/csv;charset=utf-8", &text);
                    Progress::Done(name, rows)
                }
                Ok(None) => return,
                Err(e) => Progress::Failed(e),
            };
            progress.try_set(outcome);
        });
    };
    let status = move || {
        let lang = i18n.lang.get();
        match progress.get() {
            Progress::Reading(n) => fill(ExportMsg::Reading.text(lang), &[("n", &n.to_string())]),
            Progress::Done(file, n) => fill(
                ExportMsg::Done.text(lang),
                &[("file", &file), ("n", &n.to_string())],
            ),
            Progress::Idle | Progress::Failed(_) => String::new(),
        }
    };
    let failure = move || match progress.get() {
        Progress::Failed(e) => Some(view! {
            <p class="form-errors" role="alert">
                {move || fill(i18n.t(ExportMsg::Failed), &[("detail", &e.message(i18n.lang.get()))])}
            </p>
        }),
        _ => None,
    };
    view! {
        <div class="export">
            <button type="button" class="button" on:click=start disabled=busy aria-busy=move || busy().then_some("true")
                title=move || i18n.t(ExportMsg::Hint)>
                {move || i18n.t(ExportMsg::Button)}
            </button>
            <span class="export-status" role="status">{status}</span>
            {failure}
        </div>
    }
}
