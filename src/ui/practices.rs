//! The practices page: the 34 practices in their categories, each with its settings
//! (enabled, owner, maturity, activities, notes) saved in the workspace, filters by category
//! and by enabled, and a reset to defaults.

use super::app::StorageProblem;
use super::context::{use_i18n, use_workspace};
use crate::domain::itil::{
    practice, practice_summary, practices_in, PracticeCategory, PracticeSettings, SvcActivity,
};
use crate::i18n::itil::ItilMsg;
use crate::i18n::{fill, Msg};
use crate::storage::practices::{
    load_practices, reset_practices, save_practice, PracticeSaveError,
};
use crate::storage::StorageError;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The practices page.
#[component]
pub fn Practices() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let refresh = RwSignal::new(0u32);
    let failure = RwSignal::new(None::<StorageError>);
    let category = RwSignal::new(None::<PracticeCategory>);
    let enabled_only = RwSignal::new(false);
    let data = LocalResource::new(move || {
        refresh.track();
        let db = workspace.db();
        async move { load_practices(&db).await }
    });
    let summary = move || match data.get() {
        Some(Ok(all)) => {
            let (enabled, mean) = practice_summary(&all);
            let mean = mean.map_or("—".to_owned(), |m| format!("{m:.1}"));
            fill(
                i18n.t(ItilMsg::PracticesSummary),
                &[("enabled", &enabled.to_string()), ("maturity", &mean)],
            )
        }
        _ => String::new(),
    };
    let reset = move |_| {
        spawn_local(async move {
            match reset_practices(&workspace.db()).await {
                Ok(()) => {
                    refresh.try_update(|n| *n += 1);
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        });
    };
    let list = move || {
        match data.get() {
        None => view! { <p class="loading">{move || i18n.t(Msg::Loading)}</p> }.into_any(),
        Some(Err(error)) => view! { <StorageProblem error/> }.into_any(),
        Some(Ok(all)) => PracticeCategory::ALL
            .into_iter()
            .filter(|c| category.get().is_none_or(|wanted| wanted == *c))
            .map(|c| {
                let items = all
                    .iter()
                    .filter(|s| practice(&s.key).is_some_and(|p| p.category == c))
                    .filter(|s| !enabled_only.get() || s.enabled)
                    .map(|s| view! { <PracticeItem settings=s.clone() failure/> })
                    .collect_view();
                let count = practices_in(c).count().to_string();
                view! {
                    <section class="practice-category">
                        <h2>
                            {move || c.name().get(i18n.lang.get())}
                            <span class="count">{move || fill(i18n.t(Msg::PracticesCount), &[("n", &count)])}</span>
                        </h2>
                        <ul class="terms">{items}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any(),
    }
    };
    let category_key = |c: PracticeCategory| format!("{c:?}");
    view! {
        <h1>{move || i18n.t(Msg::NavPractices)}</h1>
        <p class="lead">{move || i18n.t(Msg::PracticesIntro)}</p>
        <p role="status">{summary}</p>
        {move || failure.get().map(|error| view! { <StorageProblem error/> })}
        <form class="filter-bar" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="practice-category">{move || i18n.t(ItilMsg::FilterCategory)}</label>
                <select id="practice-category" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    category.set(PracticeCategory::ALL.into_iter().find(|c| category_key(*c) == v));
                }>
                    <option value="">{move || i18n.t(ItilMsg::FilterAllCategories)}</option>
                    {PracticeCategory::ALL.into_iter().map(|c| view! {
                        <option value=category_key(c)>{move || c.name().get(i18n.lang.get())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field checkbox">
                <label>
                    <input type="checkbox" on:change=move |ev| enabled_only.set(event_target_checked(&ev))/>
                    " "{move || i18n.t(ItilMsg::EnabledOnly)}
                </label>
            </div>
            <button type="button" class="button" on:click=reset>{move || i18n.t(ItilMsg::ResetPractices)}</button>
        </form>
        {list}
    }
}

/// One practice: name, purpose, state, and its settings form.
#[component]
fn PracticeItem(
    settings: PracticeSettings,
    failure: RwSignal<Option<StorageError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let Some(p) = practice(&settings.key) else {
        return ().into_any();
    };
    let key = p.key;
    let draft = RwSignal::new(settings);
    let saved = RwSignal::new(false);
    let invalid = RwSignal::new(false);
    let id = |field: &str| format!("practice-{key}-{field}");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = draft.get_untracked();
        spawn_local(async move {
            match save_practice(&workspace.db(), &settings).await {
                Ok(()) => {
                    saved.try_set(true);
                    invalid.try_set(false);
                }
                Err(PracticeSaveError::Invalid(_)) => {
                    invalid.try_set(true);
                }
                Err(PracticeSaveError::Storage(e)) => {
                    failure.try_set(Some(e));
                }
            }
        });
    };
    let edit = move |change: &dyn Fn(&mut PracticeSettings)| {
        draft.update(|d| change(d));
        saved.set(false);
    };
    let state = move || {
        i18n.t(if draft.with(|d| d.enabled) {
            ItilMsg::Enabled
        } else {
            ItilMsg::Disabled
        })
    };
    let activities = SvcActivity::ALL
        .into_iter()
        .map(|a| {
            let checked = move || draft.with(|d| d.activities.iter().any(|k| k == a.key()));
            let (input_id, for_id) = (
                id(&format!("activity-{}", a.key())),
                id(&format!("activity-{}", a.key())),
            );
            view! {
                <label class="sla-check" for=for_id>
                    <input type="checkbox" id=input_id prop:checked=checked on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(&|d| {
                            d.activities.retain(|k| k != a.key());
                            if on {
                                d.activities.push(a.key().to_owned());
                            }
                        });
                    }/>
                    {move || a.name().get(i18n.lang.get())}
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="term practice" id=format!("practice-{key}")>
            <strong>{move || p.name.get(i18n.lang.get())}</strong>
            <span>{move || p.purpose.get(i18n.lang.get())}</span>
            <span class="badge state">{state}</span>
            <details>
                <summary>{move || i18n.t(ItilMsg::Configure)}</summary>
                <form class="practice-form" novalidate=true on:submit=save>
                    <label for=id("enabled")>
                        <input type="checkbox" id=id("enabled") prop:checked=move || draft.with(|d| d.enabled)
                            on:change=move |ev| { let on = event_target_checked(&ev); edit(&|d| d.enabled = on) }/>
                        " "{move || i18n.t(ItilMsg::Enabled)}
                    </label>
                    <div class="field">
                        <label for=id("owner")>{move || i18n.t(ItilMsg::Owner)}</label>
                        <input type="text" id=id("owner") maxlength="120" prop:value=move || draft.with(|d| d.owner.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.owner = v.clone()) }/>
                    </div>
                    <div class="field">
                        <label for=id("maturity")>{move || i18n.t(ItilMsg::Maturity)}</label>
                        <select id=id("maturity") on:change=move |ev| {
                            let v = event_target_value(&ev).parse().unwrap_or(0);
                            edit(&|d| d.maturity = v)
                        }>
                            {(1u8..=5).map(|n| view! {
                                <option value=n.to_string() selected=move || draft.with(|d| d.maturity == n)>{n}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="sla-checks">
                        <legend>{move || i18n.t(ItilMsg::Activities)}</legend>
                        {activities}
                    </fieldset>
                    <div class="field">
                        <label for=id("notes")>{move || i18n.t(ItilMsg::Notes)}</label>
                        <textarea id=id("notes") rows="3" prop:value=move || draft.with(|d| d.notes.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.notes = v.clone()) }></textarea>
                    </div>
                    <button type="submit" class="button primary">{move || i18n.t(ItilMsg::SavePractice)}</button>
                    <span role="status">{move || saved.get().then(|| i18n.t(ItilMsg::PracticeSaved))}</span>
                    {move || invalid.get().then(|| view! { <p class="field-error" role="alert">{i18n.t(ItilMsg::ErrMaturity)}</p> })}
                </form>
            </details>
        </li>
    }
    .into_any()
}
