//! Labelled form fields with their error messages, shared by every form.

use super::context::use_i18n;
use crate::domain::ticket::Problem;
use crate::i18n::{labels::problem_text, Msg};
use leptos::prelude::*;

/// A text input or text area with a visible label and an inline error.
#[component]
pub fn TextField(
    id: &'static str,
    label: Msg,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<Problem>>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
    #[prop(optional)] node_ref: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let described = move || error.get().map(|_| format!("{id}-error"));
    let invalid = move || error.get().map(|_| "true");
    let input = if multiline {
        view! {
            <textarea id=id rows="5" aria-invalid=invalid aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        let node_ref = node_ref.unwrap_or_default();
        view! {
            <input id=id type="text" node_ref=node_ref required=required aria-invalid=invalid
                aria-describedby=described prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{move || i18n.t(label)}{required.then_some(" *")}</label>
            {input}
            <FieldError id=error_id error/>
        </div>
    }
}

/// A select with a visible label, a "Choose…" entry and an inline error.
#[component]
pub fn SelectField(
    id: &'static str,
    label: Msg,
    options: Vec<(&'static str, Msg)>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let described = move || error.get().map(|_| format!("{id}-error"));
    let invalid = move || error.get().map(|_| "true");
    let options = options
        .into_iter()
        .map(|(key, msg)| {
            view! { <option value=key selected=move || value.get() == key>{move || i18n.t(msg)}</option> }
        })
        .collect_view();
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{move || i18n.t(label)}" *"</label>
            <select id=id aria-invalid=invalid aria-describedby=described
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.get().is_empty()>{move || i18n.t(Msg::ChooseOne)}</option>
                {options}
            </select>
            <FieldError id=error_id error/>
        </div>
    }
}

/// The message under a field in error; empty otherwise.
#[component]
fn FieldError(id: String, error: Signal<Option<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" id=id>
            {move || error.get().map(|p| problem_text(p, i18n.lang.get()))}
        </p>
    }
}
