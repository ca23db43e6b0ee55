//! The service hours part of the SLA policy editor.

use super::super::context::use_i18n;
use super::policy::{focus_later, Check, Draft};
use crate::domain::sla::{ServiceHours, Zone, ZONES};
use crate::i18n::sla::SlaMsg;
use crate::i18n::{Lang, Msg};
use leptos::prelude::*;

const WEEKDAYS: [(SlaMsg, &str); 7] = [
    (SlaMsg::Monday, "mon"),
    (SlaMsg::Tuesday, "tue"),
    (SlaMsg::Wednesday, "wed"),
    (SlaMsg::Thursday, "thu"),
    (SlaMsg::Friday, "fri"),
    (SlaMsg::Saturday, "sat"),
    (SlaMsg::Sunday, "sun"),
];

/// "HH:MM" of minutes after midnight; the end of the day (1440) reads "00:00".
fn clock_text(minutes: u16) -> String {
    let m = minutes % 1440;
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Minutes after midnight of "HH:MM" (seconds ignored); a closing time of "00:00" is the
/// end of the day.
fn read_clock(text: &str, closing: bool) -> Option<u16> {
    let mut parts = text.trim().split(':');
    let hours: u16 = parts.next()?.parse().ok()?;
    let minutes: u16 = parts.next()?.parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    let total = hours * 60 + minutes;
    Some(if closing && total == 0 { 1440 } else { total })
}

/// `base`, or `base 2`, `base 3`… if service hours already carry that name.
fn unused_name(base: &str, hours: &[ServiceHours]) -> String {
    let taken = |n: &str| hours.iter().any(|h| h.name.trim() == n);
    (1..)
        .map(|k| {
            if k == 1 {
                base.to_owned()
            } else {
                format!("{base} {k}")
            }
        })
        .find(|n| !taken(n))
        .unwrap_or_else(|| base.to_owned())
}

/// New business hours, in the zone of the last business hours or the language's usual one.
fn new_hours(policy: &crate::domain::sla::SlaPolicy, lang: Lang) -> ServiceHours {
    let zone = policy
        .hours
        .iter()
        .rev()
        .find(|h| !h.always)
        .map(|h| h.zone.clone())
        .or_else(|| {
            crate::storage::sla::fallback_policy()
                .hours
                .into_iter()
                .find(|h| !h.always)
                .map(|h| h.zone)
        })
        .unwrap_or_else(|| "UTC".into());
    let name = unused_name(SlaMsg::NewHours.text(lang), &policy.hours);
    ServiceHours::business(&name, 9 * 60, 17 * 60, &zone)
}

/// Every service hours of the draft, with Add and Remove.
#[component]
pub(super) fn HoursList(draft: Draft) -> impl IntoView {
    let i18n = use_i18n();
    let count = draft.pick(|p| p.hours.len());
    let add = move |_| {
        let lang = i18n.lang.get_untracked();
        let mut index = 0;
        draft.edit(|p| {
            p.hours.push(new_hours(p, lang));
            index = p.hours.len() - 1;
        });
        focus_later(format!("sla-hours-{index}-name"));
    };
    view! {
        <h3>{move || i18n.t(SlaMsg::HoursTitle)}</h3>
        <Show when=move || count.get() == 0>
            <p class="help">{move || i18n.t(SlaMsg::NoHours)}</p>
        </Show>
        <For each=move || 0..count.get() key=|i| *i let:i>
            <HoursEditor i draft count/>
        </For>
        <p>
            <button type="button" class="button" id="sla-add-hours" on:click=add>
                {move || i18n.t(SlaMsg::AddHours)}
            </button>
        </p>
    }
}

/// A labelled `<input type="time">`. An incomplete time changes nothing and is put back
/// when the field is left.
#[component]
fn TimeField(
    id: String,
    label: SlaMsg,
    value: Memo<u16>,
    closing: bool,
    #[prop(optional)] help: Option<SlaMsg>,
    on_input: impl Fn(u16) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<leptos::html::Input>::new();
    let help_id = help.map(|_| format!("{id}-help"));
    let restore = move |_| {
        if let Some(input) = input.get_untracked() {
            if read_clock(&input.value(), closing).is_none() {
                input.set_value(&clock_text(value.get_untracked()));
            }
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <input type="time" id=id node_ref=input aria-describedby=help_id.clone()
                prop:value=move || clock_text(value.get())
                on:input=move |ev| {
                    if let Some(m) = read_clock(&event_target_value(&ev), closing) {
                        on_input(m);
                    }
                }
                on:blur=restore/>
            {help.map(|h| view! { <p class="help" id=help_id>{move || i18n.t(h)}</p> })}
        </div>
    }
}

/// One part of service hours `i`, or its default while the row is going away.
fn hours<T>(
    draft: Draft,
    i: usize,
    read: impl Fn(&ServiceHours) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    draft.pick(move |p| p.hours.get(i).map(&read).unwrap_or_default())
}

/// Changes service hours `i`.
fn edit_hours(draft: Draft, i: usize, change: impl FnOnce(&mut ServiceHours)) {
    draft.edit(|p| {
        if let Some(h) = p.hours.get_mut(i) {
            change(h);
        }
    });
}

/// One service hours: name, round the clock or working days, times, zone and holidays.
#[component]
fn HoursEditor(i: usize, draft: Draft, count: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |part: &str| format!("sla-hours-{i}-{part}");
    let legend_id = id("legend");
    let name = hours(draft, i, |h| h.name.clone());
    let always = hours(draft, i, |h| h.always);
    let opens = hours(draft, i, |h| h.opens);
    let closes = hours(draft, i, |h| h.closes);
    let zone = hours(draft, i, |h| h.zone.clone());
    let holidays = hours(draft, i, |h| h.holidays.join("\n"));
    let legend = move || {
        let lang = i18n.lang.get();
        name.with(|n| match n.trim() {
            "" => SlaMsg::Untitled.text(lang).to_owned(),
            n => n.to_owned(),
        })
    };
    let days = move || {
        WEEKDAYS
        .into_iter()
        .enumerate()
        .map(|(d, (msg, key))| {
            let checked = hours(draft, i, move |h| h.weekdays[d]);
            let on_change = move |on| edit_hours(draft, i, |h| h.weekdays[d] = on);
            view! { <Check id=id(&format!("day-{key}")) label=Signal::derive(move || i18n.t(msg)) checked on_change/> }
        })
        .collect_view()
    };
    let zones = move || {
        ZONES
            .into_iter()
            .map(|z| view! { <option value=z.name prop:selected=move || zone.with(|n| n == z.name)>{z.name}</option> })
            .collect_view()
    };
    let remove = move |_| {
        draft.edit(|p| {
            if i < p.hours.len() {
                p.hours.remove(i);
            }
        });
        focus_later(match count.get_untracked() {
            0 => "sla-add-hours".to_owned(),
            n => format!("sla-hours-{}-name", i.min(n - 1)),
        });
    };

    view! {
        <fieldset class="sla-block" id=id("block")>
            <legend id=legend_id.clone()>{legend}</legend>
            <div class="field-row">
                <div class="field">
                    <label for=id("name")>{move || i18n.t(SlaMsg::FieldName)}</label>
                    // Renamed when the field is left, so definitions follow the final name only.
                    <input type="text" id=id("name") maxlength="120" prop:value=name
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            draft.edit(|p| p.rename_hours(i, value));
                        }/>
                </div>
            </div>
            <div class="field checkbox">
                <input type="checkbox" id=id("always") prop:checked=always
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit_hours(draft, i, |h| h.always = on);
                    }/>
                <label for=id("always")>{move || i18n.t(SlaMsg::FieldAlways)}</label>
            </div>
            <Show when=move || !always.get()>
                <fieldset class="sla-checks">
                    <legend>{move || i18n.t(SlaMsg::FieldWeekdays)}</legend>
                    {days()}
                </fieldset>
                <div class="field-row">
                    <TimeField id=id("opens") label=SlaMsg::FieldOpens value=opens closing=false
                        on_input=move |m| edit_hours(draft, i, |h| h.opens = m)/>
                    <TimeField id=id("closes") label=SlaMsg::FieldCloses value=closes closing=true
                        help=SlaMsg::ClosesHelp
                        on_input=move |m| edit_hours(draft, i, |h| h.closes = m)/>
                    <div class="field">
                        <label for=id("zone")>{move || i18n.t(SlaMsg::FieldZone)}</label>
                        <select id=id("zone") on:change=move |ev| {
                            let value = event_target_value(&ev);
                            edit_hours(draft, i, |h| h.zone = value);
                        }>
                            <option value="" prop:selected=move || zone.with(|z| Zone::named(z).is_none())>
                                {move || i18n.t(Msg::ChooseOne)}
                            </option>
                            {zones()}
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for=id("holidays")>{move || i18n.t(SlaMsg::FieldHolidays)}</label>
                    // Read when the field is left, so blank lines can be typed.
                    <textarea id=id("holidays") rows="3" prop:value=holidays
                        on:change=move |ev| {
                            let dates = event_target_value(&ev)
                                .lines()
                                .map(str::trim)
                                .filter(|l| !l.is_empty())
                                .map(str::to_owned)
                                .collect();
                            edit_hours(draft, i, |h| h.holidays = dates);
                        }></textarea>
                </div>
            </Show>
            <div class="sla-row-actions">
                <button type="button" class="button" id=id("remove") aria-describedby=legend_id on:click=remove>
                    {move || i18n.t(SlaMsg::Remove)}
                </button>
            </div>
        </fieldset>
    }
}
