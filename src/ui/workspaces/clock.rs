//! The clock bar of a demo workspace: the simulated time, shown prominently, and the
//! presenter's controls to move it forward or back to real time.

use super::use_workspaces;
use crate::domain::workspace::ClockStep;
use crate::i18n::fill;
use crate::i18n::workspaces::{ahead, WorkspaceMsg};
use crate::storage::real_now_ms;
use crate::ui::context::{use_i18n, use_workspace};
use crate::ui::time::local_time;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Shown on every page of a demo workspace, nothing elsewhere.
#[component]
pub fn DemoClock() -> impl IntoView {
    let i18n = use_i18n();
    let workspaces = use_workspaces();
    let workspace = use_workspace();
    let message = RwSignal::new(None::<String>);
    let current = Memo::new(move |_| workspaces.registry.with(|r| r.current().clone()));
    let offset = move || current.with(|c| c.clock_offset());

    let apply = move |step: ClockStep| {
        let lang = i18n.lang.get_untracked();
        let id = current.with_untracked(|c| c.id.clone());
        let clock =
            current.with_untracked(|c| c.demo.as_ref().map(|d| d.clock).unwrap_or_default());
        let moved = clock.moved(step, real_now_ms());
        match workspaces.change(lang, |r| r.set_clock(&id, moved)) {
            Ok(()) => {
                message.set(None);
                workspace.now.set(crate::storage::now_ms());
                workspace.changed.update(|n| *n += 1);
            }
            Err(e) => message.set(Some(e)),
        }
    };
    let next_warning = move |_| {
        let db = workspace.db();
        spawn_local(async move {
            let lang = i18n.lang.get_untracked();
            match crate::storage::sla::next_warning_after(&db, crate::storage::now_ms()).await {
                Ok(Some(at)) => apply(ClockStep::To(at)),
                Ok(None) => {
                    message.try_set(Some(WorkspaceMsg::NoWarningAhead.text(lang).to_owned()));
                }
                Err(e) => {
                    message.try_set(Some(e.message(lang)));
                }
            }
        });
    };

    move || {
        current.with(|c| c.is_demo()).then(|| {
            let simulated = move || offset() != 0;
            view! {
                <section class="demo-clock" class:simulated=simulated
                    aria-label=move || i18n.t(WorkspaceMsg::ClockRegion)>
                    <p class="demo-clock-time" role="status" aria-live="polite">
                        <span class="demo-clock-kind">{move || if simulated() {
                            i18n.t(WorkspaceMsg::ClockSimulated)
                        } else {
                            i18n.t(WorkspaceMsg::ClockReal)
                        }}</span>
                        " "
                        <strong data-testid="demo-clock-now">
                            {move || local_time(workspace.now.get())}
                        </strong>
                        {move || simulated().then(|| {
                            let text = fill(
                                i18n.t(WorkspaceMsg::ClockAhead),
                                &[("ahead", &ahead(offset(), i18n.lang.get()))],
                            );
                            view! { " " <span class="demo-clock-ahead">{text}</span> }
                        })}
                    </p>
                    <div class="demo-clock-actions">
                        <button type="button" class="button" on:click=move |_| apply(ClockStep::Hour)>
                            {move || i18n.t(WorkspaceMsg::PlusHour)}
                        </button>
                        <button type="button" class="button" on:click=move |_| apply(ClockStep::Day)>
                            {move || i18n.t(WorkspaceMsg::PlusDay)}
                        </button>
                        <button type="button" class="button" on:click=next_warning>
                            {move || i18n.t(WorkspaceMsg::NextWarning)}
                        </button>
                        <button type="button" class="button" disabled=move || !simulated()
                            on:click=move |_| apply(ClockStep::Real)>
                            {move || i18n.t(WorkspaceMsg::BackToReal)}
                        </button>
                    </div>
                    {move || message.get().map(|m| view! { <p class="demo-clock-message" role="alert">{m}</p> })}
                </section>
            }
        })
    }
}
