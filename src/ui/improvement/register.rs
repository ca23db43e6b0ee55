//! The improvement register: filters by status and step, the table of items, and the edit
//! of one item in place.

use super::super::context::{use_i18n, use_workspace};
use super::form::ImprovementEditor;
use super::origin_view;
use crate::domain::improvement::{Improvement, ImprovementForm, ImprovementStep, StatusFilter};
use crate::domain::itil::{practice, Creation};
use crate::i18n::improvement::{items_text, status_msg, ImprovementMsg};
use crate::i18n::{fill, Lang};
use crate::route::Route;
use crate::storage::StorageError;
use leptos::prelude::*;

/// The register section. `step` is shared with the diagram; `items` are the items passing
/// the filters (`None` while reading); `changed` is called after an edit is saved.
#[component]
pub fn Register(
    step: RwSignal<Option<ImprovementStep>>,
    status: RwSignal<Option<StatusFilter>>,
    #[prop(into)] items: Signal<Option<Result<Vec<Improvement>, StorageError>>>,
    #[prop(into)] changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let editing = RwSignal::new(None::<Improvement>);
    let status_key = |f: Option<StatusFilter>| f.map_or("", StatusFilter::key);
    let status_name = move |f: StatusFilter| match f {
        StatusFilter::Open => i18n.t(ImprovementMsg::OpenOnly),
        StatusFilter::Is(s) => i18n.t(status_msg(s)),
    };
    let shown = move || match items.get() {
        Some(Ok(list)) => fill(
            i18n.t(ImprovementMsg::RegisterShown),
            &[("items", &items_text(list.len(), i18n.lang.get()))],
        ),
        _ => String::new(),
    };
    let table = move || {
        match items.get() {
        None => view! { <p class="loading">{move || i18n.t(crate::i18n::Msg::Loading)}</p> }.into_any(),
        Some(Err(error)) => view! { <p class="form-errors" role="alert">{move || error.message(i18n.lang.get())}</p> }.into_any(),
        Some(Ok(list)) if list.is_empty() => view! { <p class="empty">{move || i18n.t(ImprovementMsg::Empty)}</p> }.into_any(),
        Some(Ok(list)) => {
            let rows = list.into_iter().map(|item| view! { <Row item editing/> }).collect_view();
            view! {
                <div class="table-wrap">
                    <table class="ci-register">
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColNumber)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColTitle)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColPractices)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColStep)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColStatus)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColOwner)}</th>
                                <th scope="col">{move || i18n.t(ImprovementMsg::ColOrigin)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
    };
    let editor = move || {
        editing.get().map(|item| {
            let initial = ImprovementForm::from_item(&item);
            view! {
                <ImprovementEditor initial item
                    on_saved=move |_| { editing.set(None); changed.run(()); }
                    on_cancel=move |_| editing.set(None)/>
            }
        })
    };
    view! {
        <section class="ci-register-section" aria-labelledby="ci-register-heading">
            <div class="page-head">
                <h2 id="ci-register-heading">{move || i18n.t(ImprovementMsg::RegisterTitle)}</h2>
                {move || workspace.offers(Creation::Improvement).then(|| view! {
                    <a class="button primary" href=Route::NewImprovement { problem: None, finding: None }.href()>
                        {move || i18n.t(ImprovementMsg::NewImprovement)}
                    </a>
                })}
            </div>
            <form class="filter-bar" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="ci-filter-status">{move || i18n.t(ImprovementMsg::FilterStatus)}</label>
                    <select id="ci-filter-status" on:change=move |ev| status.set(StatusFilter::from_key(&event_target_value(&ev)))>
                        <option value="" selected=move || status.get().is_none()>{move || i18n.t(ImprovementMsg::AllStatuses)}</option>
                        {StatusFilter::choices().into_iter().map(|f| view! {
                            <option value=f.key() selected=move || status_key(status.get()) == f.key()>{move || status_name(f)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="ci-filter-step">{move || i18n.t(ImprovementMsg::FilterStep)}</label>
                    <select id="ci-filter-step" on:change=move |ev| step.set(ImprovementStep::from_key(&event_target_value(&ev)))>
                        <option value="" selected=move || step.get().is_none()>{move || i18n.t(ImprovementMsg::AllSteps)}</option>
                        {ImprovementStep::ALL.into_iter().map(|s| view! {
                            <option value=s.key() selected=move || step.get() == Some(s)>
                                {move || format!("{}. {}", s.index() + 1, s.name().get(i18n.lang.get()))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="list-summary" role="status">{shown}</p>
            {editor}
            {table}
        </section>
    }
}

/// One item of the register.
#[component]
fn Row(item: Improvement, editing: RwSignal<Option<Improvement>>) -> impl IntoView {
    let i18n = use_i18n();
    let practices = item.practices.clone();
    let practice_names = move || {
        let lang = i18n.lang.get();
        practices
            .iter()
            .map(|k| practice(k).map_or(k.as_str(), |p| p.name.get(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (step, status) = (item.step, item.status);
    let number = item.number.clone();
    let edit_label = {
        let number = number.clone();
        move || fill(i18n.t(ImprovementMsg::EditItem), &[("number", &number)])
    };
    let step_text = move || {
        let lang: Lang = i18n.lang.get();
        format!("{}. {}", step.index() + 1, step.name().get(lang))
    };
    let (title, owner, origin) = (item.title.clone(), item.owner.clone(), item.origin.clone());
    view! {
        <tr id=format!("ci-item-{number}")>
            <td class="ci-number">
                <span>{number.clone()}</span>
                <button type="button" class="button" aria-label=edit_label
                    on:click=move |_| {
                        editing.set(Some(item.clone()));
                        request_animation_frame(focus_title);
                    }>{move || i18n.t(ImprovementMsg::Edit)}</button>
            </td>
            <td class="ci-title">{title}</td>
            <td>{practice_names}</td>
            <td>{step_text}</td>
            <td><span class=format!("badge ci-status-{}", status.key())>{move || i18n.t(status_msg(status))}</span></td>
            <td>{owner}</td>
            <td class="ci-origin">{origin_view(origin)}</td>
        </tr>
    }
}

/// Puts the focus in the form's title, which also brings the form into view.
fn focus_title() {
    use wasm_bindgen::JsCast;
    let title = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ci-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(title) = title {
        let _ = title.focus();
    }
}
