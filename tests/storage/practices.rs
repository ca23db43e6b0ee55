//! Practice settings persist, are checked, and reset to their starting values.

use super::*;
use valuedesk::domain::itil::{PracticeError, PracticeSettings};
use valuedesk::storage::practices::{
    load_practices, reset_practices, save_practice, PracticeSaveError,
};

#[wasm_bindgen_test]
async fn practice_settings_persist_are_checked_and_reset() {
    let name = fresh_name("practices");
    let db = open(&name, MIGRATIONS).await.unwrap();
    let all = load_practices(&db).await.unwrap();
    assert_eq!(all.len(), 34);
    assert!(all.iter().all(|s| s.enabled && s.maturity == 1));
    assert!(
        all.iter().all(|s| !s.activities.is_empty()),
        "a new workspace starts from the reference activities"
    );

    let mut change = PracticeSettings::starting("change-enablement");
    change.enabled = false;
    change.maturity = 3;
    change.owner = "Carol".into();
    change.activities = vec!["plan".into(), "design-and-transition".into()];
    save_practice(&db, &change).await.unwrap();
    let mut bad = change.clone();
    bad.maturity = 9;
    assert_eq!(
        save_practice(&db, &bad).await,
        Err(PracticeSaveError::Invalid(PracticeError::Maturity))
    );
    db.close();

    let db = open(&name, MIGRATIONS).await.unwrap();
    let reloaded = load_practices(&db).await.unwrap();
    assert!(
        reloaded.contains(&change),
        "saved settings survive reopening"
    );
    reset_practices(&db).await.unwrap();
    let reset = load_practices(&db).await.unwrap();
    assert!(reset.iter().all(|s| s.enabled && s.maturity == 1));
    let change_again = reset.iter().find(|s| s.key == "change-enablement");
    assert_eq!(
        change_again.map(|s| s.activities.clone()),
        Some(vec![
            "plan".to_owned(),
            "design-and-transition".to_owned(),
            "deliver-and-support".to_owned()
        ]),
        "a reset restores the reference activities"
    );
    db.close();
}
