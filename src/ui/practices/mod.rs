//! The practices page: the 34 practices in their categories, each with its settings
//! (enabled, owner, maturity, activities, notes) saved in the workspace and its live KPIs
//! where the records provide them, filters by category and by enabled, and a reset to
//! defaults.

mod item;
mod kpis;

use super::app::StorageProblem;
use super::context::{use_i18n, use_workspace};
use super::reports::load::read_tally_here;
use super::time::local_offset;
use crate::domain::itil::{practice, practice_summary, practices_in, PracticeCategory};
use crate::domain::reports::kpi::{self, practice_kpis};
use crate::domain::reports::period::Period;
use crate::i18n::itil::ItilMsg;
use crate::i18n::practices::PracticeMsg;
use crate::i18n::{fill, Lang, Msg};
use crate::storage::practices::{load_practices, reset_practices};
use crate::storage::StorageError;
use item::PracticeItem;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How far back the cards' live KPIs look, in days.
const KPI_DAYS: i64 = 30;

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
    // One read of every ticket for all the cards, not one per card.
    let started = crate::storage::now_ms();
    let period = Period::last_days(started, KPI_DAYS, local_offset(started));
    let (tally, progress) = read_tally_here(period);
    let measured = Memo::new(move |_| {
        tally.with(|read| match read {
            Some(Ok(Some((tally, _)))) => Some(practice_kpis(tally)),
            _ => None,
        })
    });
    let kpis_of = move |key: &'static str| {
        kpi::PRACTICES.contains(&key).then(|| {
            Signal::derive(move || {
                measured.with(|all| {
                    all.as_ref()
                        .and_then(|all| all.iter().find(|(k, _)| *k == key))
                        .map(|(_, list)| list.clone())
                })
            })
        })
    };
    let reading = move || match tally.get() {
        None => {
            let (done, total) = progress.get();
            let text = fill(
                i18n.t(PracticeMsg::KpisReading),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            );
            Some(view! { <p class="report-progress" role="status">{text}</p> }.into_any())
        }
        Some(Err(error)) => Some(view! { <StorageProblem error/> }.into_any()),
        Some(Ok(_)) => None,
    };
    // The summary follows each practice's save, without rebuilding the cards.
    let saves = RwSignal::new(0u32);
    let latest = LocalResource::new(move || {
        refresh.track();
        saves.track();
        let db = workspace.db();
        async move { load_practices(&db).await }
    });
    let summary = move || match latest.get() {
        Some(Ok(all)) => {
            let (enabled, mean) = practice_summary(&all);
            let mean = mean.map_or("—".to_owned(), |m| match i18n.lang.get() {
                Lang::En => format!("{m:.1}"),
                Lang::Fr => format!("{m:.1}").replace('.', ","),
            });
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
                    workspace.reload_practices();
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
                    .filter_map(|s| practice(&s.key).map(|p| (p.key, s.clone())))
                    .map(|(key, settings)| view! { <PracticeItem settings failure saves kpis=kpis_of(key)/> })
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
        <p class="help">{move || i18n.t(PracticeMsg::KpisNote)}</p>
        {reading}
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
