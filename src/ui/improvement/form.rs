//! The improvement form: a new item, or the edit of one, with every field labelled, errors
//! next to their fields, and storage failures shown without losing what was typed.

use super::super::context::{use_i18n, use_workspace};
use super::origin_view;
use crate::domain::improvement::{
    Improvement, ImprovementError, ImprovementField, ImprovementForm, ImprovementOrigin,
    ImprovementStatus, ImprovementStep,
};
use crate::domain::itil::{practices_in, PracticeCategory};
use crate::domain::ticket::Problem;
use crate::i18n::improvement::{field_msg, status_msg, ImprovementMsg};
use crate::i18n::labels::problem_text;
use crate::i18n::{fill, Lang};
use crate::storage::improvements::{create_improvement, update_improvement, ImprovementSaveError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The form for `initial`; `item` is the item being edited, `None` for a new one.
/// `on_saved` receives the stored item; `on_cancel`, when given, adds a Cancel button.
#[component]
pub fn ImprovementEditor(
    initial: ImprovementForm,
    #[prop(optional)] item: Option<Improvement>,
    #[prop(into)] on_saved: Callback<Improvement>,
    #[prop(optional, into)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<ImprovementError>::new());
    let failure = RwSignal::new(None::<ImprovementSaveError>);
    let busy = RwSignal::new(false);
    let editing = item.clone();
    let heading = match &item {
        Some(i) => {
            let number = i.number.clone();
            Signal::derive(move || fill(i18n.t(ImprovementMsg::EditItem), &[("number", &number)]))
        }
        None => Signal::derive(move || i18n.t(ImprovementMsg::NewImprovement).to_owned()),
    };
    let submit_label = if item.is_some() {
        ImprovementMsg::Save
    } else {
        ImprovementMsg::Create
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = form.get_untracked();
        if let Err(found) = typed.validate() {
            errors.set(found);
            failure.set(None);
            return;
        }
        busy.set(true);
        let editing = editing.clone();
        spawn_local(async move {
            let db = workspace.db();
            let outcome = match &editing {
                Some(item) => update_improvement(&db, item, &typed).await,
                None => create_improvement(&db, &typed).await,
            };
            busy.try_set(false);
            match outcome {
                Ok(saved) => {
                    errors.try_set(Vec::new());
                    failure.try_set(None);
                    on_saved.run(saved);
                }
                Err(ImprovementSaveError::Invalid(found)) => {
                    errors.try_set(found);
                }
                Err(other) => {
                    failure.try_set(Some(other));
                }
            }
        });
    };
    let error_of = move |field: ImprovementField| {
        Signal::derive(move || {
            errors.with(|e| e.iter().find(|x| x.field == field).map(|x| x.problem))
        })
    };
    let summary = move || {
        (!errors.with(Vec::is_empty)).then(|| {
            let lang = i18n.lang.get();
            let items = errors
                .get()
                .into_iter()
                .map(|e| {
                    let colon = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
                    let line = format!(
                        "{}{colon}{}",
                        field_msg(e.field).text(lang),
                        problem_text(e.problem, lang)
                    );
                    view! { <li>{line}</li> }
                })
                .collect_view();
            view! {
                <div class="form-errors" role="alert">
                    <p>{i18n.t(ImprovementMsg::FormErrors)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    let failed = move || {
        failure.get().map(|f| {
            let lang = i18n.lang.get();
            let text = match f {
                ImprovementSaveError::Conflict => i18n.t(ImprovementMsg::Conflict).to_owned(),
                ImprovementSaveError::NotFound => i18n.t(ImprovementMsg::Gone).to_owned(),
                ImprovementSaveError::Storage(e) => fill(
                    i18n.t(ImprovementMsg::SaveFailed),
                    &[("detail", &e.message(lang))],
                ),
                ImprovementSaveError::Invalid(_) => i18n.t(ImprovementMsg::FormErrors).to_owned(),
            };
            view! { <p class="form-errors" role="alert">{text}</p> }
        })
    };
    let origin = move || {
        let origin = form.with(|f| f.origin.clone());
        (origin != ImprovementOrigin::None).then(|| {
            view! {
                <div class="field">
                    <span class="label">{move || i18n.t(ImprovementMsg::FieldOrigin)}</span>
                    <p class="ci-origin">{origin_view(origin)}</p>
                </div>
            }
        })
    };
    view! {
        <form class="ticket-form ci-form" novalidate=true on:submit=submit aria-labelledby="ci-form-title">
            <h2 id="ci-form-title">{heading}</h2>
            {summary}
            {failed}
            <TextInput id="ci-title" label=ImprovementMsg::FieldTitle required=true form error=error_of(ImprovementField::Title)
                get=|f| f.title.clone() set=|f, v| f.title = v/>
            <PracticePicker form error=error_of(ImprovementField::Practices)/>
            <div class="field-row">
                <KeySelect id="ci-step" label=ImprovementMsg::FieldStep form error=error_of(ImprovementField::Step)
                    options=ImprovementStep::ALL.iter().map(|s| (s.key(), Signal::derive(move || s.name().get(i18n.lang.get()).to_owned()))).collect()
                    get=|f| f.step.clone() set=|f, v| f.step = v/>
                <KeySelect id="ci-status" label=ImprovementMsg::FieldStatus form error=error_of(ImprovementField::Status)
                    options=ImprovementStatus::ALL.iter().map(|s| (s.key(), Signal::derive(move || i18n.t(status_msg(*s)).to_owned()))).collect()
                    get=|f| f.status.clone() set=|f, v| f.status = v/>
            </div>
            <TextInput id="ci-benefit" label=ImprovementMsg::FieldBenefit multiline=true form error=error_of(ImprovementField::Benefit)
                get=|f| f.benefit.clone() set=|f, v| f.benefit = v/>
            <TextInput id="ci-owner" label=ImprovementMsg::FieldOwner form error=error_of(ImprovementField::Owner)
                get=|f| f.owner.clone() set=|f, v| f.owner = v/>
            {origin}
            <FieldError id="ci-origin-error" error=error_of(ImprovementField::Origin)/>
            <div class="form-actions">
                <button type="submit" class="button primary" disabled=move || busy.get()>{move || i18n.t(submit_label)}</button>
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="button" on:click=move |_| cancel.run(())>{move || i18n.t(ImprovementMsg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}

/// A labelled text input or text area bound to one field of the form.
#[component]
fn TextInput(
    id: &'static str,
    label: ImprovementMsg,
    form: RwSignal<ImprovementForm>,
    error: Signal<Option<Problem>>,
    get: fn(&ImprovementForm) -> String,
    set: fn(&mut ImprovementForm, String),
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = move || error.get().map(|_| format!("{id}-error"));
    let invalid = move || error.get().map(|_| "true");
    let value = move || form.with(get);
    let input = move |ev| {
        let v = event_target_value(&ev);
        form.update(|f| set(f, v));
    };
    let control = if multiline {
        view! {
            <textarea id=id rows="3" aria-invalid=invalid aria-describedby=described
                prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type="text" aria-invalid=invalid aria-describedby=described
                aria-required=required.then_some("true") prop:value=value on:input=input/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{move || i18n.t(label)}{required.then_some(" *")}</label>
            {control}
            <FieldError id=format!("{id}-error") error/>
        </div>
    }
}

/// A labelled select of keys bound to one field of the form.
#[component]
fn KeySelect(
    id: &'static str,
    label: ImprovementMsg,
    form: RwSignal<ImprovementForm>,
    error: Signal<Option<Problem>>,
    options: Vec<(&'static str, Signal<String>)>,
    get: fn(&ImprovementForm) -> String,
    set: fn(&mut ImprovementForm, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let options = options
        .into_iter()
        .map(|(key, name)| {
            view! { <option value=key selected=move || form.with(get) == key>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{move || i18n.t(label)}" *"</label>
            <select id=id aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=move || error.get().map(|_| format!("{id}-error"))
                on:change=move |ev| { let v = event_target_value(&ev); form.update(|f| set(f, v)) }>
                {options}
            </select>
            <FieldError id=format!("{id}-error") error/>
        </div>
    }
}

/// The practices concerned: one checkbox per practice, grouped by category.
#[component]
fn PracticePicker(
    form: RwSignal<ImprovementForm>,
    error: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let groups = PracticeCategory::ALL
        .into_iter()
        .map(|c| {
            let boxes = practices_in(c)
                .map(|p| {
                    let (id, for_id) = (
                        format!("ci-practice-{}", p.key),
                        format!("ci-practice-{}", p.key),
                    );
                    let checked = move || form.with(|f| f.practices.iter().any(|k| k == p.key));
                    let toggle = move |ev| {
                        let on = event_target_checked(&ev);
                        form.update(|f| {
                            f.practices.retain(|k| k != p.key);
                            if on {
                                f.practices.push(p.key.to_owned());
                            }
                        });
                    };
                    view! {
                        <label class="ci-check" for=for_id>
                            <input type="checkbox" id=id prop:checked=checked on:change=toggle/>
                            {move || p.name.get(i18n.lang.get())}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <div class="ci-practice-group">
                    <p class="ci-group-name">{move || c.name().get(i18n.lang.get())}</p>
                    {boxes}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="ci-practices" class:has-error=move || error.get().is_some()
            aria-describedby="ci-practices-help ci-practices-error">
            <legend>{move || i18n.t(ImprovementMsg::FieldPractices)}" *"</legend>
            <p class="help" id="ci-practices-help">{move || i18n.t(ImprovementMsg::PracticesHelp)}</p>
            <div class="ci-practice-groups">{groups}</div>
            <FieldError id="ci-practices-error".to_owned() error/>
        </fieldset>
    }
}

/// The message under a field in error; empty otherwise.
#[component]
fn FieldError(#[prop(into)] id: String, error: Signal<Option<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" id=id>
            {move || error.get().map(|p| problem_text(p, i18n.lang.get()))}
        </p>
    }
}
