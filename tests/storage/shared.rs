//! What a team shares besides tickets: the desk configuration, the priority matrix and the
//! SLA policy (of the settings, only these), the practices and the improvement register.
//! Device-only settings (the actor's name, counters) stay on their laptop.

use super::replica::{laptop, replicate};
use super::*;
use valuedesk::domain::configuration::DeskConfig;
use valuedesk::domain::improvement::ImprovementForm;
use valuedesk::domain::improvement::RegisterFilter;
use valuedesk::domain::itil::PracticeSettings;
use valuedesk::domain::sla::SlaPolicy;
use valuedesk::storage::improvements::{create_improvement, list_improvements};
use valuedesk::storage::practices::{load_practices, save_practice};
use valuedesk::storage::settings::{ACTOR, DESK_CONFIG, PRIORITY_MATRIX, SLA_POLICY};
use valuedesk::storage::sla::save_policy;

#[wasm_bindgen_test]
async fn the_desk_configuration_practices_and_register_are_shared_but_not_the_actor() {
    let (a, b) = (laptop("shared-a").await, laptop("shared-b").await);
    let mut config = DeskConfig::default();
    config.categories.push("Badge readers".into());
    put_setting(&a, DESK_CONFIG, &config).await.unwrap();
    let mut matrix = PriorityMatrix::default();
    matrix.set(Level::Low, Level::Low, Priority::P4);
    put_setting(&a, PRIORITY_MATRIX, &matrix).await.unwrap();
    put_setting(&a, ACTOR, &"Alice".to_owned()).await.unwrap();
    let mut practice = load_practices(&a)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.key == "incident-management")
        .unwrap();
    practice.owner = "Zoé Lefèvre".into();
    practice.maturity = 4;
    save_practice(&a, &practice).await.unwrap();
    let mut policy = fallback_policy();
    policy.definitions[0].response_minutes = 7;
    save_policy(&a, &policy).await.unwrap();
    let item = create_improvement(
        &a,
        &ImprovementForm::from_problem("PRB0001", "Fewer printer jams"),
    )
    .await
    .unwrap();

    let report = replicate(&a, &b, None).await;
    assert!(
        report.rejected.is_empty() && report.write_failures.is_empty(),
        "{report:?}"
    );
    let shared: Option<DeskConfig> = get_setting(&b, DESK_CONFIG).await.unwrap();
    assert_eq!(shared, Some(config));
    let shared: Option<PriorityMatrix> = get_setting(&b, PRIORITY_MATRIX).await.unwrap();
    assert_eq!(shared, Some(matrix));
    let shared: Option<SlaPolicy> = get_setting(&b, SLA_POLICY).await.unwrap();
    assert_eq!(shared, Some(policy.clone()));
    let actor: Option<String> = get_setting(&b, ACTOR).await.unwrap();
    assert_eq!(actor, None, "the actor's name stays on its laptop");
    let there: Vec<PracticeSettings> = load_practices(&b).await.unwrap();
    assert!(there.contains(&practice));
    let items = list_improvements(&b, &RegisterFilter::default())
        .await
        .unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, item.id);
    assert_eq!(items[0].title, "Fewer printer jams");
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn a_policy_saved_after_the_first_sync_still_reaches_the_other_laptop() {
    let (a, b) = (laptop("policy-a").await, laptop("policy-b").await);
    log(&a, "First").await;
    replicate(&a, &b, None).await;
    let mut policy = fallback_policy();
    policy.definitions[0].resolution_minutes = 99;
    save_policy(&a, &policy).await.unwrap();
    replicate(&a, &b, None).await;
    let shared: Option<SlaPolicy> = get_setting(&b, SLA_POLICY).await.unwrap();
    assert_eq!(shared, Some(policy));
    a.close();
    b.close();
}
