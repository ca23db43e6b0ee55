//! Writing a checked backup: everything in one transaction, put in chunks so that the page
//! stays responsive and shows how far the write has gone. Awaiting a chunk's last request
//! keeps the transaction alive (awaiting anything else would let the browser commit it
//! half-written), and any failure aborts it whole: the workspace stays as it was.

use super::backup::STORES;
use super::request::{array_values, from_js, request, settled, to_error, to_js, WriteTx};
use super::settings::Setting;
use super::{Db, StorageError, EVENTS, IMPROVEMENTS, PRACTICES, REV_TREES, SETTINGS, TICKETS};
use crate::domain::backup::{counter_floors, merge_plan, Backup};
use crate::domain::ticket::Ticket;
use serde::Serialize;
use std::collections::HashSet;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbObjectStore;

/// How many records are put between two progress reports.
pub const CHUNK: usize = 1_000;

/// How an import treats the data already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Everything is replaced by the file's content.
    Replace,
    /// Tickets are matched by id and the newer version kept; history is added; practices,
    /// settings and the improvement register stay as they are.
    Merge,
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
    /// Tickets left out: their number belongs to another ticket here.
    pub clashes: Vec<String>,
    pub events: usize,
}

/// How far an import's write has gone, in records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportProgress {
    pub written: usize,
    pub total: usize,
}

/// Writes a checked backup in one transaction.
pub async fn import_backup(
    db: &Db,
    backup: Backup,
    mode: ImportMode,
) -> Result<ImportReport, StorageError> {
    import_backup_with_progress(db, backup, mode, |_| {}).await
}

/// Writes a checked backup in one transaction, calling `progress` after each chunk of
/// records written, the last time with every record written (before the commit).
///
/// The transaction has relaxed durability: its commit does not wait for the disk to flush.
/// The user still has the file, so an import can always be made again; a power cut right
/// after may lose it whole, never half of it.
pub async fn import_backup_with_progress(
    db: &Db,
    backup: Backup,
    mode: ImportMode,
    progress: impl FnMut(ImportProgress),
) -> Result<ImportReport, StorageError> {
    let stores: Vec<&str> = STORES.iter().map(|(s, _)| *s).collect();
    let scope: Vec<&str> = stores.iter().copied().chain([REV_TREES]).collect();
    let tx = WriteTx::begin_relaxed(db.idb(), &scope)?;
    let (tickets, mut report) = match mode {
        ImportMode::Replace => {
            for store in &stores {
                tx.store(store)?.clear().map_err(to_error)?;
            }
            let report = ImportReport {
                added: backup.tickets.len(),
                ..Default::default()
            };
            (backup.tickets, report)
        }
        ImportMode::Merge => {
            let all = request(tx.store(TICKETS)?.get_all().map_err(to_error)?).await?;
            let mine = array_values(all)
                .into_iter()
                .map(from_js::<Ticket>)
                .collect::<Result<Vec<_>, _>>()?;
            let plan = merge_plan(&mine, backup.tickets);
            let report = ImportReport {
                added: plan.added.len(),
                updated: plan.updated.len(),
                kept: plan.kept.len(),
                clashes: plan.clashes,
                events: 0,
            };
            let mut written = plan.added;
            written.extend(plan.updated);
            (written, report)
        }
    };
    let ids: HashSet<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    let events: Vec<_> = backup
        .events
        .iter()
        .filter(|e| ids.contains(e.ticket_id.as_str()))
        .collect();
    report.events = events.len();
    let (practices, settings, improvements) = match mode {
        ImportMode::Replace => (
            &backup.practices[..],
            &backup.settings[..],
            &backup.improvements[..],
        ),
        ImportMode::Merge => (&[][..], &[][..], &[][..]),
    };
    let total =
        tickets.len() + events.len() + practices.len() + settings.len() + improvements.len();
    let mut writer = Chunked {
        issued: 0,
        total,
        progress,
        pending: None,
    };
    let written = async {
        writer.put_all(&tx.store(SETTINGS)?, settings).await?;
        writer.put_all(&tx.store(PRACTICES)?, practices).await?;
        writer
            .put_all(&tx.store(IMPROVEMENTS)?, improvements)
            .await?;
        writer.put_all(&tx.store(EVENTS)?, &events).await?;
        writer.put_all(&tx.store(TICKETS)?, &tickets).await?;
        writer.settle().await?;
        raise_counters(&tx, &tickets).await
    };
    written.await.map_err(|e| tx.failure(e))?;
    // A synced workspace pushes and pulls everything again once (cheap where unchanged).
    super::replica::forget_checkpoints(&tx)?;
    tx.commit().await?;
    // Tickets came in with their own `updated` times: every tab's search index starts over.
    super::search::bump_epoch(&db.name());
    Ok(report)
}

/// Puts records chunk by chunk, reporting progress after each. The browser writes one
/// chunk while the next is prepared: the chunk before is awaited only once the next is issued.
struct Chunked<F> {
    issued: usize,
    total: usize,
    progress: F,
    /// The last request of the chunk issued before, and the count it completes.
    pending: Option<(JsFuture, usize)>,
}

impl<F: FnMut(ImportProgress)> Chunked<F> {
    /// Puts every record of `records` into `store`.
    async fn put_all<T: Serialize>(
        &mut self,
        store: &IdbObjectStore,
        records: &[T],
    ) -> Result<(), StorageError> {
        for chunk in records.chunks(CHUNK) {
            let mut last = None;
            for record in chunk {
                last = Some(store.put(&to_js(record)?).map_err(to_error)?);
            }
            self.issued += chunk.len();
            let next = last.map(|last| (settled(last), self.issued));
            self.settle().await?;
            self.pending = next;
        }
        Ok(())
    }

    /// Waits for the chunk issued before, and reports it written.
    async fn settle(&mut self) -> Result<(), StorageError> {
        if let Some((last, written)) = self.pending.take() {
            last.await.map_err(to_error)?;
            (self.progress)(ImportProgress {
                written,
                total: self.total,
            });
        }
        Ok(())
    }
}

/// Raises each number counter to at least the highest number written, so that the next
/// ticket logged never takes a number already used.
async fn raise_counters(tx: &WriteTx, tickets: &[Ticket]) -> Result<(), StorageError> {
    let settings = tx.store(SETTINGS)?;
    for (key, floor) in counter_floors(tickets) {
        let stored = request(settings.get(&JsValue::from_str(&key)).map_err(to_error)?).await?;
        let current = if stored.is_undefined() {
            0
        } else {
            from_js::<Setting<u32>>(stored)?.value
        };
        if current < floor {
            let record = to_js(&Setting { key, value: floor })?;
            settings.put(&record).map_err(to_error)?;
        }
    }
    Ok(())
}
