//! Records other than tickets edited on two laptops: listed with both versions, and
//! settled by keeping one, the same on both laptops after the next sync.

use super::replica::{laptop, replicate};
use super::*;
use valuedesk::domain::itil::PracticeSettings;
use valuedesk::storage::practices::{load_practices, save_practice};
use valuedesk::storage::resolve_records::{keep_version, record_conflicts};

async fn incident_practice(db: &valuedesk::storage::Db) -> PracticeSettings {
    load_practices(db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.key == "incident-management")
        .unwrap()
}

async fn edit_owner(db: &valuedesk::storage::Db, owner: &str) {
    let mut practice = incident_practice(db).await;
    practice.owner = owner.into();
    save_practice(db, &practice).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_practice_edited_on_two_laptops_is_listed_and_settled_on_both() {
    let (a, b) = (laptop("records-a").await, laptop("records-b").await);
    edit_owner(&a, "Ana").await;
    replicate(&a, &b, None).await;
    assert!(record_conflicts(&a).await.unwrap().is_empty());

    // Both edit the same practice before they sync again.
    edit_owner(&a, "Ana Silva").await;
    edit_owner(&b, "Bo Chen").await;
    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;

    let on_a = record_conflicts(&a).await.unwrap();
    let on_b = record_conflicts(&b).await.unwrap();
    assert_eq!(on_a.len(), 1, "{on_a:?}");
    assert_eq!(on_b.len(), 1, "{on_b:?}");
    assert_eq!(on_a[0].doc.to_string(), "practice:incident-management");
    assert_eq!(on_a[0].count, 1);
    let in_use = incident_practice(&a).await.owner;
    assert_eq!(
        in_use,
        incident_practice(&b).await.owner,
        "one winner on both"
    );
    let other_owner = |c: &valuedesk::storage::resolve_records::RecordConflict| {
        c.other
            .get("owner")
            .and_then(|o| o.as_str())
            .unwrap()
            .to_owned()
    };
    assert_ne!(other_owner(&on_a[0]), in_use);
    let kept = other_owner(&on_a[0]);

    // A keeps the other version: after the next sync, both laptops have it, no conflict.
    keep_version(&a, &on_a[0].doc, Some(&on_a[0].other_rev))
        .await
        .unwrap();
    assert!(record_conflicts(&a).await.unwrap().is_empty());
    assert_eq!(incident_practice(&a).await.owner, kept);
    replicate(&a, &b, None).await;
    assert!(record_conflicts(&b).await.unwrap().is_empty());
    assert_eq!(incident_practice(&b).await.owner, kept);

    // Settling again is refused: nothing is left to settle.
    assert!(keep_version(&a, &on_a[0].doc, Some(&on_a[0].other_rev))
        .await
        .is_err());
}
