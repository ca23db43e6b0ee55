//! Reading the whole workspace into a report tally, a chunk at a time, yielding to the
//! browser between chunks so that the page never freezes.

use crate::domain::reports::period::Period;
use crate::domain::reports::tally::Tally;
use crate::domain::sla::SlaPolicy;
use crate::storage::reports::{ticket_total, tickets_chunk};
use crate::storage::{now_ms, Db, StorageError};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Tickets decoded and counted between two yields.
const CHUNK: u32 = 1000;

/// How far the reading has got: tickets read, out of how many.
pub type Progress = RwSignal<(u32, u32)>;

/// Lets the browser paint and handle input before the next chunk.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads every ticket into a tally of `period` at `now`; stops early (with `None`) when
/// `still_wanted` says the answer is no longer needed.
pub async fn read_tally(
    db: Db,
    policy: SlaPolicy,
    period: Period,
    progress: Progress,
    still_wanted: impl Fn() -> bool,
) -> Result<Option<(Tally, i64)>, StorageError> {
    let started = now_ms();
    let total = ticket_total(&db).await?;
    progress.try_set((0, total));
    let mut tally = Tally::new(period, started);
    let mut after = None;
    let mut seen = 0;
    loop {
        let chunk = tickets_chunk(&db, after.as_ref(), CHUNK).await?;
        for ticket in &chunk.tickets {
            tally.add(ticket, &policy);
        }
        tally.unreadable += chunk.unreadable;
        seen += chunk.records;
        progress.try_set((seen, total));
        match chunk.next {
            Some(cursor) => after = Some(cursor),
            None => break,
        }
        yield_to_browser().await;
        if !still_wanted() {
            return Ok(None);
        }
    }
    Ok(Some((tally, now_ms() - started)))
}

/// A tally read, with its progress.
pub type TallyRead = LocalResource<Result<Option<(Tally, i64)>, StorageError>>;

/// Starts reading the open workspace into a tally of `period`, for the component being
/// built: the reading stops when the component goes away.
pub fn read_tally_here(period: Period) -> (TallyRead, Progress) {
    let workspace = crate::ui::context::use_workspace();
    let progress = RwSignal::new((0u32, 0u32));
    let alive = Arc::new(AtomicBool::new(true));
    let flag = alive.clone();
    on_cleanup(move || flag.store(false, Ordering::Relaxed));
    let data = LocalResource::new(move || {
        let (db, policy) = (workspace.db(), workspace.sla.get_untracked());
        let alive = alive.clone();
        async move {
            let wanted = move || alive.load(Ordering::Relaxed);
            read_tally(db, policy, period, progress, wanted).await
        }
    });
    (data, progress)
}
