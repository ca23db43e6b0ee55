//! Workspaces: each on its own database, deleted whole; the demo clock moves `now_ms`; the
//! next SLA warning is found through the watch index.

use super::*;
use valuedesk::domain::workspace::Registry;
use valuedesk::storage::real_now_ms;
use valuedesk::storage::sla::next_warning_after;
use valuedesk::storage::workspaces::{
    delete_database, load_registry, save_registry, set_clock_offset, REGISTRY_KEY,
};

const HOUR: i64 = 3_600_000;

async fn database_names() -> Vec<String> {
    let factory: JsValue = web_sys::window()
        .unwrap()
        .indexed_db()
        .unwrap()
        .unwrap()
        .into();
    let databases = Reflect::get(&factory, &"databases".into()).unwrap();
    let promise = js_sys::Function::from(databases).call0(&factory).unwrap();
    let listed = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .unwrap();
    js_sys::Array::from(&listed)
        .iter()
        .filter_map(|d| Reflect::get(&d, &"name".into()).ok()?.as_string())
        .collect()
}

#[wasm_bindgen_test]
async fn a_deleted_workspace_takes_its_database_and_nothing_else() {
    let (kept, gone) = (fresh_name("kept"), fresh_name("gone"));
    let a = open(&kept, MIGRATIONS).await.unwrap();
    log(&a, "Stays").await;
    let b = open(&gone, MIGRATIONS).await.unwrap();
    log(&b, "Goes").await;
    // The open connection is told to let go, and the deletion completes.
    b.on_version_change(|| {});
    delete_database(&gone, || {}).await.unwrap();
    let names = database_names().await;
    assert!(names.contains(&kept));
    assert!(!names.contains(&gone));
    assert_eq!(count_tickets(&a).await.unwrap(), 1);
    let reopened = open(&gone, MIGRATIONS).await.unwrap();
    assert_eq!(
        count_tickets(&reopened).await.unwrap(),
        0,
        "a new, empty database"
    );
}

#[wasm_bindgen_test]
async fn the_demo_clock_moves_now_and_real_time_does_not() {
    set_clock_offset(2 * HOUR);
    let (simulated, real) = (now_ms(), real_now_ms());
    set_clock_offset(0);
    assert!((simulated - real - 2 * HOUR).abs() < 1_000);
    assert!((now_ms() - real_now_ms()).abs() < 1_000);
    // Tickets logged meanwhile carry the simulated time.
    let db = open(&fresh_name("clock"), MIGRATIONS).await.unwrap();
    set_clock_offset(24 * HOUR);
    let ticket = log(&db, "Tomorrow").await;
    set_clock_offset(0);
    assert!(ticket.created - real_now_ms() > 23 * HOUR);
}

#[wasm_bindgen_test]
async fn the_next_sla_warning_is_the_first_watch_time_ahead() {
    let db = open(&fresh_name("next-warning"), MIGRATIONS).await.unwrap();
    assert_eq!(next_warning_after(&db, now_ms()).await.unwrap(), None);
    let first = log(&db, "First").await;
    let second = log(&db, "Second").await;
    let (a, b) = (first.sla_watch.unwrap(), second.sla_watch.unwrap());
    assert!(a <= b);
    assert_eq!(next_warning_after(&db, now_ms()).await.unwrap(), Some(a));
    // Past the first, the second is next; past both, none.
    assert_eq!(
        next_warning_after(&db, a).await.unwrap(),
        (b > a).then_some(b)
    );
    assert_eq!(next_warning_after(&db, b).await.unwrap(), None);
}

#[wasm_bindgen_test]
fn the_registry_is_kept_in_this_browser_and_a_damaged_one_starts_over() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut registry = Registry::starting("My team");
    registry.add("Lab", "l1", None).unwrap();
    save_registry(&registry).unwrap();
    assert_eq!(load_registry("x"), registry);
    storage.set_item(REGISTRY_KEY, "{not json").unwrap();
    assert_eq!(
        load_registry("Mon équipe"),
        Registry::starting("Mon équipe")
    );
    storage.remove_item(REGISTRY_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_demo_is_written_whole_and_a_reset_writes_exactly_it_again() {
    use valuedesk::domain::demo::generate;
    use valuedesk::i18n::Lang;
    use valuedesk::storage::backup::export_backup;
    use valuedesk::storage::demo::install_demo;

    let end = real_now_ms();
    let data = generate(7, Lang::Fr, end);
    let db = open(&fresh_name("demo"), MIGRATIONS).await.unwrap();
    let started = real_now_ms();
    install_demo(&db, &data).await.unwrap();
    web_sys::console::log_1(
        &format!(
            "demo written: {} tickets, {} events in {} ms",
            data.tickets.len(),
            data.events.len(),
            real_now_ms() - started
        )
        .into(),
    );
    assert_eq!(
        count_tickets(&db).await.unwrap() as usize,
        data.tickets.len()
    );
    let first = export_backup(&db, 0).await.unwrap();
    let stored = ticket_by_number(&db, "PRB0001").await.unwrap().unwrap();
    assert_eq!(
        &stored,
        data.tickets.iter().find(|t| t.number == "PRB0001").unwrap()
    );

    // Work done during a demo, then a reset: the generated state again, nothing left over.
    let extra = log(&db, "Rehearsal leftover").await;
    assert!(extra.number.starts_with("INC"));
    install_demo(&db, &generate(7, Lang::Fr, end))
        .await
        .unwrap();
    assert_eq!(
        export_backup(&db, 0).await.unwrap(),
        first,
        "nothing left over"
    );
}
