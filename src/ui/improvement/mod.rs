//! Continual improvement: the seven-step model as an interactive diagram, and the
//! improvement register.

mod diagram;
mod form;
mod model;
mod register;

use super::context::{use_i18n, use_nav, use_workspace};
use crate::domain::improvement::{ImprovementForm, ImprovementOrigin, RegisterFilter};
use crate::domain::itil::Creation;
use crate::domain::ticket::TicketKind;
use crate::i18n::fill;
use crate::i18n::improvement::ImprovementMsg;
use crate::i18n::Msg;
use crate::route::Route;
use crate::storage::improvements::{improvements_per_step, list_improvements};
use crate::storage::tickets::ticket_by_number;
use crate::storage::{Db, StorageError};
use crate::ui::tickets::CreationOff;
use form::ImprovementEditor;
use leptos::prelude::*;
use model::ModelSection;
use register::Register;

/// The continual improvement page: the model and the register.
#[component]
pub fn Improvement() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let step = RwSignal::new(None);
    let status = RwSignal::new(None);
    let refresh = RwSignal::new(0u32);
    let items = LocalResource::new(move || {
        refresh.track();
        let filter = RegisterFilter {
            status: status.get(),
            step: step.get(),
        };
        let db = workspace.db();
        async move { list_improvements(&db, &filter).await }
    });
    let counts = LocalResource::new(move || {
        refresh.track();
        let db = workspace.db();
        async move { improvements_per_step(&db).await }
    });
    let counts = Signal::derive(move || counts.get().and_then(Result::ok));
    let items = Signal::derive(move || items.get());
    view! {
        <h1>{move || i18n.t(ImprovementMsg::Title)}</h1>
        <p class="lead">{move || i18n.t(ImprovementMsg::Intro)}</p>
        <ModelSection selected=step counts/>
        <Register step status items changed=move |_| refresh.update(|n| *n += 1)/>
    }
}

/// The form for a new improvement item, prefilled from a problem or a report finding.
#[component]
pub fn NewImprovement(problem: Option<String>, finding: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let workspace = use_workspace();
    let prefilled = LocalResource::new(move || {
        let (db, problem, finding) = (workspace.db(), problem.clone(), finding.clone());
        let benefit = i18n
            .lang
            .with_untracked(|l| ImprovementMsg::BenefitFromFinding.text(*l));
        async move { prefill(&db, problem, finding, benefit).await }
    });
    let body = move || {
        match prefilled.get() {
        None => view! { <p class="loading">{move || i18n.t(Msg::Loading)}</p> }.into_any(),
        Some(Err(error)) => {
            view! { <p class="form-errors" role="alert">{move || error.message(i18n.lang.get())}</p> }
                .into_any()
        }
        Some(Ok((initial, missing))) => {
            let notice = missing.map(|number| {
                let text = move || fill(i18n.t(ImprovementMsg::ProblemNotFound), &[("number", &number)]);
                view! { <p class="form-errors" role="status">{text}</p> }
            });
            view! {
                {notice}
                <ImprovementEditor initial on_saved=move |_| nav.go(&Route::Improvement)
                    on_cancel=move |_| nav.go(&Route::Improvement)/>
            }
            .into_any()
        }
    }
    };
    view! {
        <p class="breadcrumb"><a href=Route::Improvement.href()>{move || i18n.t(ImprovementMsg::BackToRegister)}</a></p>
        <h1>{move || i18n.t(ImprovementMsg::Title)}</h1>
        // While continual improvement is disabled, the page says why instead of the form.
        {move || match workspace.offers(Creation::Improvement) {
            true => body.into_any(),
            false => view! { <CreationOff what=Creation::Improvement/> }.into_any(),
        }}
    }
}

/// The form a new item starts from: from the problem numbered `problem` (its title, problem
/// management), from a report finding, or blank. A problem that cannot be found gives a
/// blank form and its number back, to say so.
async fn prefill(
    db: &Db,
    problem: Option<String>,
    finding: Option<String>,
    benefit: &str,
) -> Result<(ImprovementForm, Option<String>), StorageError> {
    if let Some(number) = problem {
        return Ok(match ticket_by_number(db, &number).await? {
            Some(t) if t.kind == TicketKind::Problem => {
                (ImprovementForm::from_problem(&t.number, &t.title), None)
            }
            _ => (ImprovementForm::blank(), Some(number)),
        });
    }
    Ok(match finding {
        Some(text) if !text.trim().is_empty() => {
            (ImprovementForm::from_finding(&text, benefit), None)
        }
        _ => (ImprovementForm::blank(), None),
    })
}

/// Where an item comes from, in words: a link back to its problem, or the finding's text
/// (always as text, never as HTML).
fn origin_view(origin: ImprovementOrigin) -> AnyView {
    let i18n = use_i18n();
    match origin {
        ImprovementOrigin::None => {
            view! { <span class="ci-origin-none">{move || i18n.t(ImprovementMsg::OriginNone)}</span> }
                .into_any()
        }
        ImprovementOrigin::Problem { number } => {
            let href = Route::Ticket(number.clone()).href();
            view! {
                {move || i18n.t(ImprovementMsg::OriginProblem)}" "<a href=href>{number}</a>
            }
            .into_any()
        }
        ImprovementOrigin::Finding { text } => view! {
            <span class="ci-origin-kind">{move || i18n.t(ImprovementMsg::OriginFinding)}</span>
            " "<q>{text}</q>
        }
        .into_any(),
    }
}
