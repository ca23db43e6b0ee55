//! One SLA definition in the policy editor: what it applies to, its targets, its service
//! hours and its pause states.

use super::super::context::use_i18n;
use super::policy::{focus_later, set_member, Check, Draft};
use crate::domain::lifecycle::states;
use crate::domain::priority::Priority;
use crate::domain::sla::SlaDefinition;
use crate::domain::ticket::{TicketKind, TicketState};
use crate::i18n::sla::{duration_text, SlaMsg};
use crate::i18n::{fill, Msg};
use leptos::prelude::*;

/// One part of definition `i`, or its default while the row is going away.
fn definition<T>(
    draft: Draft,
    i: usize,
    read: impl Fn(&SlaDefinition) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    draft.pick(move |p| p.definitions.get(i).map(&read).unwrap_or_default())
}

/// Changes definition `i`.
fn edit_definition(draft: Draft, i: usize, change: impl FnOnce(&mut SlaDefinition)) {
    draft.edit(|p| {
        if let Some(d) = p.definitions.get_mut(i) {
            change(d);
        }
    });
}

/// A whole number of minutes or percent; an empty or unreadable field counts as zero, which
/// the policy refuses, and zero shows as an empty field.
fn number_text(n: u32) -> String {
    if n == 0 {
        String::new()
    } else {
        n.to_string()
    }
}

fn read_number(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

/// A labelled number input with a live help line under it.
#[component]
fn NumberField(
    id: String,
    label: SlaMsg,
    value: Memo<u32>,
    max: Option<u32>,
    help: Signal<String>,
    on_input: impl Fn(u32) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <input type="number" id=id min="1" max=max step="1" inputmode="numeric" aria-describedby=help_id.clone()
                prop:value=move || number_text(value.get())
                on:input=move |ev| on_input(read_number(&event_target_value(&ev)))/>
            <p class="help" id=help_id>{help}</p>
        </div>
    }
}

/// One SLA definition: what it applies to, its targets, hours and pause states.
#[component]
pub(super) fn DefinitionEditor(i: usize, draft: Draft, count: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |part: &str| format!("sla-def-{i}-{part}");
    let legend_id = id("legend");
    let name = definition(draft, i, |d| d.name.clone());
    let response = definition(draft, i, |d| d.response_minutes);
    let resolution = definition(draft, i, |d| d.resolution_minutes);
    let warning = definition(draft, i, |d| u32::from(d.warning_percent));
    let hours = definition(draft, i, |d| d.hours.clone());
    let names = draft.pick(|p| p.hours.iter().map(|h| h.name.clone()).collect::<Vec<_>>());
    let kinds = definition(draft, i, |d| d.kinds.clone());
    // Only the states the chosen kinds can be in: other pause states are kept but never apply.
    let offered = Memo::new(move |_| {
        kinds.with(|ks| {
            TicketState::ALL
                .into_iter()
                .filter(|s| ks.iter().any(|k| states(*k).contains(s)))
                .collect::<Vec<_>>()
        })
    });
    let readout = move |value: Memo<u32>| {
        Signal::derive(move || {
            let minutes = i64::from(value.get());
            let lang = i18n.lang.get();
            if minutes == 0 {
                return String::new();
            }
            let time = duration_text(minutes * 60_000, lang);
            fill(SlaMsg::TargetReadout.text(lang), &[("time", &time)])
        })
    };
    let legend = move || {
        let lang = i18n.lang.get();
        name.with(|n| match n.trim() {
            "" => format!("{}. {}", i + 1, SlaMsg::Untitled.text(lang)),
            n => format!("{}. {n}", i + 1),
        })
    };

    let kind_checks = TicketKind::ALL
        .into_iter()
        .map(|k| {
            let checked = definition(draft, i, move |d| d.kinds.contains(&k));
            let on_change = move |on| edit_definition(draft, i, |d| set_member(&mut d.kinds, k, on, &TicketKind::ALL));
            view! { <Check id=id(&format!("kind-{}", k.key())) label=Signal::derive(move || i18n.t(Msg::kind(k))) checked on_change/> }
        })
        .collect_view();
    let priority_checks = Priority::ALL
        .into_iter()
        .map(|p| {
            let checked = definition(draft, i, move |d| d.priorities.contains(&p));
            let on_change = move |on| edit_definition(draft, i, |d| set_member(&mut d.priorities, p, on, &Priority::ALL));
            view! { <Check id=id(&format!("priority-{}", p.code())) label=Signal::derive(move || i18n.t(Msg::priority(p))) checked on_change/> }
        })
        .collect_view();
    let pause_checks = move || {
        offered
            .get()
            .into_iter()
            .map(|s| {
                let checked = definition(draft, i, move |d| d.pause_states.contains(&s));
                let on_change = move |on| edit_definition(draft, i, |d| set_member(&mut d.pause_states, s, on, &TicketState::ALL));
                view! { <Check id=id(&format!("pause-{}", s.key())) label=Signal::derive(move || i18n.t(Msg::state(s))) checked on_change/> }
            })
            .collect_view()
    };
    let hour_options = move || {
        let lang = i18n.lang.get();
        names
            .get()
            .into_iter()
            .map(|n| {
                let shown = if n.trim().is_empty() { SlaMsg::Untitled.text(lang).to_owned() } else { n.clone() };
                let value = n.clone();
                view! { <option value=n prop:selected=move || hours.with(|h| *h == value)>{shown}</option> }
            })
            .collect_view()
    };
    let missing = move || hours.with(|h| names.with(|n| !n.contains(h)));

    let shift = move |to: usize| {
        draft.edit(|p| {
            if i < p.definitions.len() && to < p.definitions.len() {
                p.definitions.swap(i, to);
            }
        });
        // The focus follows the definition that moved.
        let last = count.get_untracked().saturating_sub(1);
        let button = match (to < i, to) {
            (true, 0) => "down",
            (true, _) => "up",
            (false, t) if t >= last => "up",
            (false, _) => "down",
        };
        focus_later(format!("sla-def-{to}-{button}"));
    };
    let is_first = i == 0;
    let is_last = move || i + 1 >= count.get();
    let remove = move |_| {
        draft.edit(|p| {
            if i < p.definitions.len() {
                p.definitions.remove(i);
            }
        });
        let left = count.get_untracked();
        focus_later(match left {
            0 => "sla-add-definition".to_owned(),
            n => format!("sla-def-{}-name", i.min(n - 1)),
        });
    };

    view! {
        <fieldset class="sla-block" id=id("block")>
            <legend id=legend_id.clone()>{legend}</legend>
            <div class="field-row">
                <div class="field">
                    <label for=id("name")>{move || i18n.t(SlaMsg::FieldName)}</label>
                    <input type="text" id=id("name") maxlength="120" prop:value=name
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            edit_definition(draft, i, |d| d.name = value);
                        }/>
                </div>
                <div class="field">
                    <label for=id("hours")>{move || i18n.t(SlaMsg::FieldHours)}</label>
                    <select id=id("hours") on:change=move |ev| {
                        let value = event_target_value(&ev);
                        edit_definition(draft, i, |d| d.hours = value);
                    }>
                        <option value="" prop:selected=missing>{move || i18n.t(SlaMsg::ChooseHours)}</option>
                        {hour_options}
                    </select>
                </div>
            </div>
            <div class="field-row">
                <NumberField id=id("response") label=SlaMsg::FieldResponseTarget value=response max=None
                    help=readout(response)
                    on_input=move |n| edit_definition(draft, i, |d| d.response_minutes = n)/>
                <NumberField id=id("resolution") label=SlaMsg::FieldResolutionTarget value=resolution max=None
                    help=readout(resolution)
                    on_input=move |n| edit_definition(draft, i, |d| d.resolution_minutes = n)/>
                <NumberField id=id("warning") label=SlaMsg::FieldWarning value=warning max=Some(99)
                    help=Signal::derive(move || i18n.t(SlaMsg::WarningHelp).to_owned())
                    on_input=move |n| edit_definition(draft, i, |d| d.warning_percent = n.min(255) as u8)/>
            </div>
            <div class="field-row sla-groups">
                <fieldset class="sla-checks">
                    <legend>{move || i18n.t(SlaMsg::FieldKinds)}</legend>
                    {kind_checks}
                </fieldset>
                <fieldset class="sla-checks">
                    <legend>{move || i18n.t(SlaMsg::FieldPriorities)}</legend>
                    {priority_checks}
                </fieldset>
                <fieldset class="sla-checks" aria-describedby=id("pause-help")>
                    <legend>{move || i18n.t(SlaMsg::FieldPauseStates)}</legend>
                    <p class="help" id=id("pause-help")>{move || i18n.t(SlaMsg::PauseHelp)}</p>
                    {pause_checks}
                </fieldset>
            </div>
            <div class="sla-row-actions">
                <button type="button" class="button" id=id("up") aria-describedby=legend_id.clone()
                    disabled=is_first on:click=move |_| shift(i.saturating_sub(1))>
                    {move || i18n.t(SlaMsg::MoveUp)}
                </button>
                " "
                <button type="button" class="button" id=id("down") aria-describedby=legend_id.clone()
                    disabled=is_last on:click=move |_| shift(i + 1)>
                    {move || i18n.t(SlaMsg::MoveDown)}
                </button>
                " "
                <button type="button" class="button" id=id("remove") aria-describedby=legend_id
                    on:click=remove>
                    {move || i18n.t(SlaMsg::Remove)}
                </button>
            </div>
        </fieldset>
    }
}
