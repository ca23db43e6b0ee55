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

#[wasm_bindgen_test]
async fn a_joining_laptop_that_logs_a_ticket_first_takes_the_team_policy_without_conflict() {
    use valuedesk::domain::sla::SlaPolicy;
    use valuedesk::storage::settings::SLA_POLICY;
    use valuedesk::storage::sla::save_policy;
    let (a, b) = (laptop("policy-a").await, laptop("policy-b").await);
    let mut team = fallback_policy();
    team.definitions[0].response_minutes = 11;
    save_policy(&a, &team).await.unwrap();
    // B logs a ticket before its first pull: it runs on the starting policy, unsaved.
    log(&b, "Before the first pull").await;
    let none: Option<SlaPolicy> = get_setting(&b, SLA_POLICY).await.unwrap();
    assert_eq!(
        none, None,
        "a synced laptop saves no starting policy of its own"
    );

    replicate(&a, &b, None).await;
    replicate(&b, &a, None).await;
    let on_b: Option<SlaPolicy> = get_setting(&b, SLA_POLICY).await.unwrap();
    assert_eq!(on_b, Some(team.clone()));
    let on_a: Option<SlaPolicy> = get_setting(&a, SLA_POLICY).await.unwrap();
    assert_eq!(on_a, Some(team));
    assert!(record_conflicts(&a).await.unwrap().is_empty());
    assert!(record_conflicts(&b).await.unwrap().is_empty());
}
