//! The database schema: an ordered list of migrations, and opening a database through them.
//!
//! Migration N takes a database at version N-1 to version N, inside the browser's
//! version-change transaction, so an upgrade is all or nothing. Each migration can add a
//! store, add an index to an existing store, or transform existing records.

use super::request::{to_error, HandlerSlot};
use super::{
    StorageError, CHANGES, CONFLICTS, EVENTS, IMPROVEMENTS, PRACTICES, REV_TREES, SETTINGS, TICKETS,
};
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Event, IdbCursorWithValue, IdbDatabase, IdbIndexParameters, IdbObjectStore,
    IdbObjectStoreParameters, IdbOpenDbRequest, IdbTransaction, IdbVersionChangeEvent,
};

/// Name of the default workspace's database.
pub const DATABASE: &str = "valuedesk";

/// One step of the schema, applied inside the version-change transaction.
pub struct Migration {
    /// The version this migration produces; migrations are numbered 1, 2, 3… in order.
    pub version: u32,
    /// What the step does, for people reading the schema history.
    pub summary: &'static str,
    pub apply: fn(&Upgrade) -> Result<(), JsValue>,
}

/// The schema of this build, oldest step first. Append; never edit a released step.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        summary: "tickets, ticket events, practices and settings stores with their indexes",
        apply: |up| {
            let tickets = up.create_store(TICKETS, "id")?;
            up.create_index(&tickets, "kind", &["kind"], false)?;
            up.create_index(&tickets, "state", &["state"], false)?;
            up.create_index(&tickets, "priority", &["priority"], false)?;
            up.create_index(&tickets, "updated", &["updated"], false)?;
            up.create_index(&tickets, "created", &["created", "id"], false)?;
            up.create_index(&tickets, "number", &["number"], false)?;
            let events = up.create_store(EVENTS, "id")?;
            up.create_index(&events, "ticket_id", &["ticket_id"], false)?;
            up.create_store(PRACTICES, "key")?;
            up.create_store(SETTINGS, "key")?;
            Ok(())
        },
    },
    Migration {
        version: 2,
        summary: "tickets: index by title, for the list's title order",
        apply: |up| {
            let tickets = up.store(TICKETS)?;
            up.create_index(&tickets, "title", &["title"], false)
        },
    },
    Migration {
        version: 3,
        summary: "tickets: index by SLA watch time; trails rebuilt from history after opening",
        apply: |up| {
            let tickets = up.store(TICKETS)?;
            up.create_index(&tickets, "sla_watch", &["sla_watch"], false)?;
            if up.old_version() == 0 {
                return Ok(()); // A new database has no ticket to rebuild.
            }
            let flag = js_sys::Object::new();
            js_sys::Reflect::set(&flag, &"key".into(), &"sla_rewatch".into())?;
            js_sys::Reflect::set(&flag, &"value".into(), &JsValue::TRUE)?;
            up.store(SETTINGS)?.put(&flag)?;
            Ok(())
        },
    },
    Migration {
        version: 4,
        summary: "improvements store: the improvement register, indexed by status, open flag, step and number",
        apply: |up| {
            let improvements = up.create_store(IMPROVEMENTS, "id")?;
            up.create_index(&improvements, "status", &["status"], false)?;
            up.create_index(&improvements, "open", &["open"], false)?;
            up.create_index(&improvements, "step", &["step"], false)?;
            up.create_index(&improvements, "number", &["number"], false)
        },
    },
    Migration {
        version: 5,
        summary: "replication: the local changes feed (numbered by the browser), each document's revision tree, and the bodies of conflicting versions",
        apply: |up| {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&JsValue::from_str("seq"));
            params.set_auto_increment(true);
            up.db
                .create_object_store_with_optional_parameters(CHANGES, &params)?;
            up.create_store(REV_TREES, "doc")?;
            let params = IdbObjectStoreParameters::new();
            let key: Array = ["doc", "rev"].iter().map(|k| JsValue::from_str(k)).collect();
            params.set_key_path(&key);
            up.db
                .create_object_store_with_optional_parameters(CONFLICTS, &params)?;
            Ok(())
        },
    },
];

/// What a migration can do to the database being upgraded.
pub struct Upgrade {
    db: IdbDatabase,
    tx: IdbTransaction,
    old_version: u32,
}

impl Upgrade {
    /// The version the database had before this upgrade: 0 for a new database.
    pub fn old_version(&self) -> u32 {
        self.old_version
    }

    /// Adds a store whose records are keyed by the `key_path` field.
    pub fn create_store(&self, name: &str, key_path: &str) -> Result<IdbObjectStore, JsValue> {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str(key_path));
        self.db
            .create_object_store_with_optional_parameters(name, &params)
    }

    /// An existing store, to add indexes to or transform.
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, JsValue> {
        self.tx.object_store(name)
    }

    /// Adds an index on one field, or a compound index on several.
    pub fn create_index(
        &self,
        store: &IdbObjectStore,
        name: &str,
        fields: &[&str],
        unique: bool,
    ) -> Result<(), JsValue> {
        let params = IdbIndexParameters::new();
        params.set_unique(unique);
        let key_path = match fields {
            [one] => JsValue::from_str(one),
            many => many
                .iter()
                .map(|f| JsValue::from_str(f))
                .collect::<Array>()
                .into(),
        };
        store.create_index_with_str_sequence_and_optional_parameters(name, &key_path, &params)?;
        Ok(())
    }

    /// Rewrites every record of a store with `change`; an error aborts the whole upgrade.
    ///
    /// The rewrite runs as a cursor on the version-change transaction, after the requests
    /// that earlier migrations queued.
    pub fn transform(
        &self,
        store: &str,
        change: fn(JsValue) -> Result<JsValue, JsValue>,
    ) -> Result<(), JsValue> {
        let req = self.store(store)?.open_cursor()?;
        let (r, tx) = (req.clone(), self.tx.clone());
        let slot: HandlerSlot = Rc::default();
        let keep = slot.clone();
        let step = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            let cursor = r
                .result()
                .ok()
                .and_then(|c| c.dyn_into::<IdbCursorWithValue>().ok());
            let Some(cursor) = cursor else {
                keep.borrow_mut().take();
                return;
            };
            let outcome = cursor
                .value()
                .and_then(change)
                .and_then(|value| cursor.update(&value))
                .and_then(|_| cursor.continue_());
            if outcome.is_err() {
                let _ = tx.abort();
                keep.borrow_mut().take();
            }
        });
        req.set_onsuccess(Some(step.as_ref().unchecked_ref()));
        *slot.borrow_mut() = Some(step);
        Ok(())
    }
}

/// An open database connection.
#[derive(Clone, Debug)]
pub struct Db {
    idb: IdbDatabase,
}

impl Db {
    /// The underlying connection, for the storage modules.
    pub(super) fn idb(&self) -> &IdbDatabase {
        &self.idb
    }

    /// The raw connection, for storage tests that drive transactions by hand.
    #[doc(hidden)]
    pub fn raw_for_tests(&self) -> IdbDatabase {
        self.idb.clone()
    }

    /// The database's name.
    pub fn name(&self) -> String {
        self.idb.name()
    }

    /// The schema version the database is at.
    pub fn version(&self) -> u32 {
        self.idb.version() as u32
    }

    /// The names of the database's stores.
    pub fn store_names(&self) -> Vec<String> {
        let names = self.idb.object_store_names();
        (0..names.length()).filter_map(|i| names.item(i)).collect()
    }

    /// The names of a store's indexes.
    pub fn index_names(&self, store: &str) -> Result<Vec<String>, StorageError> {
        let tx = self.idb.transaction_with_str(store).map_err(to_error)?;
        let names = tx.object_store(store).map_err(to_error)?.index_names();
        Ok((0..names.length()).filter_map(|i| names.item(i)).collect())
    }

    /// Closes the connection.
    pub fn close(&self) {
        self.idb.close();
    }

    /// When another tab needs to upgrade the schema, closes this connection so it is not
    /// blocked, then calls `notify` so the UI can ask for a reload.
    pub fn on_version_change(&self, mut notify: impl FnMut() + 'static) {
        let idb = self.idb.clone();
        let handler = Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |_| {
            idb.close();
            notify();
        });
        self.idb
            .set_onversionchange(Some(handler.as_ref().unchecked_ref()));
        // One handler per connection, alive as long as the page.
        handler.forget();
    }
}

/// Opens (creating or upgrading as needed) the database `name` at the last version of
/// `migrations`.
pub async fn open(name: &str, migrations: &'static [Migration]) -> Result<Db, StorageError> {
    open_watching(name, migrations, || {}).await
}

/// Like [`open`], and calls `on_blocked` when the upgrade has to wait for another tab that
/// keeps an older version open; the open then completes as soon as that tab lets go.
pub async fn open_watching(
    name: &str,
    migrations: &'static [Migration],
    mut on_blocked: impl FnMut() + 'static,
) -> Result<Db, StorageError> {
    let target = migrations.len() as u32;
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let req: IdbOpenDbRequest =
        factory
            .open_with_u32(name, target)
            .map_err(|e| match to_error(e) {
                StorageError::Failed(d) => StorageError::OpenFailed(d),
                other => other,
            })?;

    let migration_error: Rc<RefCell<Option<String>>> = Rc::default();
    let upgrade = {
        let (r, failure) = (req.clone(), migration_error.clone());
        Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |event: IdbVersionChangeEvent| {
            let from = event.old_version() as usize;
            let (Ok(db), Some(tx)) = (r.result(), r.transaction()) else {
                return;
            };
            let up = Upgrade {
                db: db.unchecked_into(),
                tx,
                old_version: from as u32,
            };
            for migration in &migrations[from.min(migrations.len())..] {
                if let Err(e) = (migration.apply)(&up) {
                    let detail = format!("migration {}: {}", migration.version, to_error(e));
                    *failure.borrow_mut() = Some(detail);
                    let _ = up.tx.abort();
                    return;
                }
            }
        })
    };
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let blocked = Closure::<dyn FnMut(Event)>::new(move |_: Event| on_blocked());
    req.set_onblocked(Some(blocked.as_ref().unchecked_ref()));

    let mut settle = None;
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let r = req.clone();
        let handler = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let _ = if event.type_() == "success" {
                resolve.call1(&JsValue::UNDEFINED, &r.result().unwrap_or_default())
            } else {
                let error = r.error().ok().flatten().map(JsValue::from);
                reject.call1(&JsValue::UNDEFINED, &error.unwrap_or_default())
            };
        });
        req.set_onsuccess(Some(handler.as_ref().unchecked_ref()));
        req.set_onerror(Some(handler.as_ref().unchecked_ref()));
        settle = Some(handler);
    });
    let outcome = JsFuture::from(promise).await;
    drop((settle, blocked, upgrade));
    let db: IdbDatabase = outcome
        .map_err(|e| match (migration_error.take(), to_error(e)) {
            (Some(detail), _) => StorageError::OpenFailed(detail),
            (None, StorageError::Failed(d)) => StorageError::OpenFailed(d),
            (None, other) => other,
        })?
        .unchecked_into();
    Ok(Db { idb: db })
}
