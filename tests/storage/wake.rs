//! What wakes the replication loop: a commit that appended to the changes feed, and only
//! that — trimming the feed or offering refused documents again must not, or the loop
//! would run cycle after cycle.

use super::*;
use std::cell::RefCell;
use std::rc::Rc;
use valuedesk::domain::replication::target::SyncTarget;
use valuedesk::storage::changes;
use valuedesk::storage::sync_target;

#[wasm_bindgen_test]
async fn only_appending_to_the_feed_wakes_replication() {
    let name = fresh_name("wake");
    let db = open(&name, MIGRATIONS).await.unwrap();
    let target = SyncTarget::validated("http://127.0.0.1:9", "desk", "", "").unwrap();
    assert!(sync_target::save(&name, &target));
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let told = heard.clone();
    changes::on_recorded(move |db| told.borrow_mut().push(db.to_owned()));
    let mine =
        |heard: &Rc<RefCell<Vec<String>>>| heard.borrow().iter().filter(|n| **n == name).count();

    let ticket = log(&db, "Mail down").await;
    assert_eq!(mine(&heard), 1, "the creation appended to the feed");
    let feed = changes::since(&db, 0, 100).await.unwrap();
    assert!(!feed.is_empty());

    changes::forget_through(&db, feed.last().unwrap().seq)
        .await
        .unwrap();
    assert!(changes::since(&db, 0, 100).await.unwrap().is_empty());
    assert_eq!(mine(&heard), 1, "trimming the feed wakes nothing");

    let refused = format!("ticket:{}", ticket.id);
    changes::again(
        &db,
        &[refused.clone(), "not a document".into(), "_design/x".into()],
    )
    .await
    .unwrap();
    assert_eq!(mine(&heard), 1, "offering again waits for the next tick");
    let again = changes::since(&db, 0, 100).await.unwrap();
    assert_eq!(again.len(), 1, "{again:?}");
    assert_eq!(
        (again[0].store.as_str(), again[0].id.as_str()),
        ("tickets", ticket.id.as_str())
    );
    assert!(again[0].seq > feed.last().unwrap().seq);
    sync_target::clear(&name);
}
