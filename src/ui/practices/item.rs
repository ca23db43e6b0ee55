//! One practice's card: name, purpose, state, what disabling it turns off, its live KPIs
//! where the records provide them, and its settings form.

use super::kpis::PracticeKpiList;
use crate::domain::itil::{creations_of, practice, PracticeSettings, SvcActivity};
use crate::domain::reports::kpi::Kpi;
use crate::i18n::itil::ItilMsg;
use crate::i18n::practices::PracticeMsg;
use crate::storage::practices::{save_practice, PracticeSaveError};
use crate::storage::StorageError;
use crate::ui::context::{use_i18n, use_workspace};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One practice's card. `kpis` is `None` for a practice not measured from records, else
/// its live indicators once read.
#[component]
pub fn PracticeItem(
    settings: PracticeSettings,
    failure: RwSignal<Option<StorageError>>,
    /// Counts the saves on the page, so that its summary follows them.
    saves: RwSignal<u32>,
    kpis: Option<Signal<Option<Vec<Kpi>>>>,
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
                    saves.try_update(|n| *n += 1);
                    workspace.reload_practices();
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
    let disabled = move || !draft.with(|d| d.enabled);
    let effects = move || {
        disabled().then(|| {
            creations_of(key)
                .map(|what| {
                    view! {
                        <p class="practice-effects" role="note">
                            {move || i18n.t(PracticeMsg::effect(what))}
                        </p>
                    }
                })
                .collect_view()
        })
    };
    let contributes = move || {
        draft.with(|d| {
            let lang = i18n.lang.get();
            let names: Vec<&str> = SvcActivity::ALL
                .into_iter()
                .filter(|a| d.activities.iter().any(|k| k == a.key()))
                .map(|a| a.name().get(lang))
                .collect();
            (!names.is_empty())
                .then(|| format!("{} {}", i18n.t(PracticeMsg::ValueChain), names.join(" · ")))
        })
    };
    let kpis = kpis.map(|kpis| view! { <PracticeKpiList key kpis/> });
    view! {
        <li class="term practice" class:disabled=disabled id=format!("practice-{key}")>
            <h3 class="practice-name">{move || p.name.get(i18n.lang.get())}</h3>
            <span>{move || p.purpose.get(i18n.lang.get())}</span>
            <span class="badge state">{state}</span>
            <p class="practice-activities">{contributes}</p>
            {effects}
            {kpis}
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
