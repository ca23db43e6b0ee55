//! Ticket creation as the workspace's practices allow it: the new-ticket page, the "new"
//! links, and the note that says why one is missing. The rule is the domain's
//! ([`crate::domain::itil::PracticeSwitches`]); these components only ask it.

use super::super::context::{use_i18n, use_workspace};
use super::form::NewTicketForm;
use crate::domain::itil::Creation;
use crate::domain::ticket::TicketKind;
use crate::i18n::practices::PracticeMsg;
use crate::i18n::{fill, Msg};
use crate::route::Route;
use leptos::prelude::*;

/// The page that logs a new ticket of `kind`, or says why it cannot while the kind's
/// practice is disabled.
#[component]
pub fn NewTicket(
    kind: TicketKind,
    /// The ticket this one is raised from; they are linked when it is logged.
    #[prop(optional)]
    raised_from: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let what = Creation::Ticket(kind);
    // (read, blocked): the form is rebuilt only when the answer changes, never on a refresh
    // that gives the same answer, so that nothing typed is lost.
    let state = Memo::new(move |_| {
        (
            workspace.practices.with(Option::is_some),
            workspace.stopped_by(what).is_some(),
        )
    });
    let raised_from = StoredValue::new(raised_from);
    move || {
        let (loaded, blocked) = state.get();
        if !loaded {
            view! { <p class="loading" role="status">{move || i18n.t(Msg::Loading)}</p> }.into_any()
        } else if blocked {
            let title = super::form::texts(kind).0;
            view! {
                <h1>{move || i18n.t(title)}</h1>
                <CreationOff what/>
                <p><a href=Route::tickets().href()>{move || i18n.t(Msg::BackToTickets)}</a></p>
            }
            .into_any()
        } else {
            view! { <NewTicketForm kind raised_from=raised_from.get_value()/> }.into_any()
        }
    }
}

/// A link that opens the new-ticket page of `kind`, shown only while the kind's practice
/// is enabled.
#[component]
pub fn NewTicketLink(
    kind: TicketKind,
    label: Msg,
    #[prop(optional)] primary: bool,
    /// The ticket the new one is raised from.
    #[prop(optional)]
    raised_from: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let route = match raised_from {
        Some(number) => Route::RaiseFrom(kind, number),
        None => Route::NewTicket(kind),
    };
    let href = route.href();
    let class = if primary { "button primary" } else { "button" };
    move || {
        workspace
            .offers(Creation::Ticket(kind))
            .then(|| view! { <a class=class href=href.clone()>{move || i18n.t(label)}</a> })
    }
}

/// Says that `what` cannot be created because its practice is disabled, and links to the
/// practices page; shows nothing while it is allowed. `brief` leaves out that existing
/// tickets stay workable, for places that list several reasons.
#[component]
pub fn CreationOff(what: Creation, #[prop(optional)] brief: bool) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    move || {
        workspace.stopped_by(what).map(|practice| {
            let reason = move || {
                let name = practice.name.get(i18n.lang.get());
                fill(i18n.t(PracticeMsg::off(what)), &[("practice", name)])
            };
            let existing =
                (!brief).then(|| view! { " "{move || i18n.t(PracticeMsg::ExistingStay)} });
            view! {
                <p class="practice-off" role="note">
                    {reason}{existing}" "
                    <a href=Route::Practices.href()>{move || i18n.t(PracticeMsg::OpenPractices)}</a>
                </p>
            }
        })
    }
}
