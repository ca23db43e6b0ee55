//! SLA clocks on screen: a compact badge for lists, a panel that explains each clock on the
//! ticket page, and the policy editor in the settings.

mod definition_editor;
mod hours_editor;
mod policy;

pub use policy::SlaPolicyEditor;

use super::context::{use_i18n, use_workspace};
use super::time::local_time;
use crate::domain::sla::{clocks, most_pressing, Clock, ClockStatus};
use crate::domain::ticket::Ticket;
use crate::i18n::sla::{duration_text, phase_text, remaining_text, status_class, SlaMsg};
use crate::i18n::{fill, Lang, Msg};
use leptos::prelude::*;

/// A symbol that tells the status apart without relying on colour.
fn symbol(status: ClockStatus) -> &'static str {
    match status {
        ClockStatus::NotStarted => "○",
        ClockStatus::Running => "●",
        ClockStatus::Paused => "Ⅱ",
        ClockStatus::Warning => "▲",
        ClockStatus::Breached => "✕",
        ClockStatus::Met => "✓",
        ClockStatus::Cancelled => "–",
    }
}

/// The short text of a clock: its time left or overdue while it counts, else its outcome.
fn short_text(clock: &Clock, lang: Lang) -> String {
    match clock.status {
        ClockStatus::Met | ClockStatus::Cancelled => {
            SlaMsg::status(clock.status).text(lang).to_owned()
        }
        ClockStatus::Breached if !clock.is_active() => {
            SlaMsg::status(clock.status).text(lang).to_owned()
        }
        _ => remaining_text(clock.remaining(), lang),
    }
}

/// The most pressing clock of a ticket, live: for list rows.
#[component]
pub fn ClockBadge(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    move || {
        let now = workspace.now.get();
        let lang = i18n.lang.get();
        let all = workspace.sla.with(|p| clocks(&ticket, p, now));
        most_pressing(&all).map(|c| {
            let label = format!(
                "{} — {}: {}",
                SlaMsg::kind(c.kind).text(lang),
                SlaMsg::status(c.status).text(lang),
                short_text(c, lang)
            );
            let (title, class) = (label.clone(), format!("sla {}", status_class(c.status)));
            let short = short_text(c, lang);
            view! {
                <span class=class title=title>
                    <span aria-hidden="true">{symbol(c.status)}" "{short}</span>
                    <span class="visually-hidden">{label}</span>
                </span>
            }
        })
    }
}

/// Every clock of a ticket with its explanation, live.
#[component]
pub fn ClockPanel(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let all = move || {
        workspace
            .sla
            .with(|p| clocks(&ticket, p, workspace.now.get()))
    };
    view! {
        <section class="card clocks" aria-labelledby="clocks-title">
            <h2 id="clocks-title">{move || i18n.t(SlaMsg::ClocksTitle)}</h2>
            {move || {
                let lang = i18n.lang.get();
                let list = all();
                if list.is_empty() {
                    return view! { <p class="help">{SlaMsg::NoClocks.text(lang)}</p> }.into_any();
                }
                list.into_iter().map(|c| view! { <ClockView clock=c lang/> }).collect_view().into_any()
            }}
        </section>
    }
}

/// One clock: status, time left or taken, due time, and its intervals.
#[component]
fn ClockView(clock: Clock, lang: Lang) -> impl IntoView {
    let t = |m: SlaMsg| m.text(lang);
    let class = format!("clock {}", status_class(clock.status));
    let progress = match clock.status {
        ClockStatus::Met | ClockStatus::Cancelled => fill(
            t(SlaMsg::TookOf),
            &[
                ("time", &duration_text(clock.elapsed, lang)),
                ("target", &duration_text(clock.target, lang)),
            ],
        ),
        _ => remaining_text(clock.remaining(), lang),
    };
    let due = match (clock.status, clock.due) {
        (ClockStatus::NotStarted, _) => clock
            .starts_at
            .map(|at| fill(t(SlaMsg::StartsAt), &[("at", &local_time(at))])),
        (ClockStatus::Breached, Some(at)) => {
            Some(fill(t(SlaMsg::WasDueAt), &[("at", &local_time(at))]))
        }
        (_, Some(at)) if clock.is_active() => {
            Some(fill(t(SlaMsg::DueAt), &[("at", &local_time(at))]))
        }
        _ => None,
    };
    let definition = fill(
        t(SlaMsg::Definition),
        &[
            ("name", &clock.definition),
            ("hours", &clock.hours),
            ("priority", Msg::priority(clock.priority).text(lang)),
        ],
    );
    let percent = (clock.elapsed * 100 / clock.target.max(1)).clamp(0, 100);
    let intervals = clock
        .intervals
        .iter()
        .map(|i| {
            let until =
                i.to.map(local_time)
                    .unwrap_or_else(|| t(SlaMsg::Ongoing).to_owned());
            let counted = (i.counted > 0).then(|| {
                fill(
                    t(SlaMsg::Counted),
                    &[("time", &duration_text(i.counted, lang))],
                )
            });
            view! {
                <li>
                    <span class="interval-phase">{phase_text(i.phase, lang)}</span>
                    " "<span class="interval-when">{local_time(i.from)}" → "{until}</span>
                    {counted.map(|c| view! { " · "<span>{c}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <h3>{t(SlaMsg::kind(clock.kind))}</h3>
            <p class="clock-status">
                <span class="sla-pill"><span aria-hidden="true">{symbol(clock.status)}" "</span>{t(SlaMsg::status(clock.status))}</span>
                " "<strong>{progress}</strong>
            </p>
            <div class="clock-bar" role="presentation"><span style:width=format!("{percent}%")></span></div>
            {due.map(|d| view! { <p class="clock-due">{d}</p> })}
            <details>
                <summary>{t(SlaMsg::Explain)}</summary>
                <p class="help">{definition}</p>
                <ol class="intervals">{intervals}</ol>
            </details>
        </div>
    }
}
