//! Performs a step's real action through the storage functions, following the plan the
//! domain makes; every storage call is one transaction.

use super::Notice;
use crate::domain::ticket::TicketKind;
use crate::domain::tour::{
    pick_known_error, plan, recurring_cluster, Plan, PlanContext, Rec, Records, Skip, TourAction,
};
use crate::i18n::tour::TourMsg;
use crate::i18n::Lang;
use crate::storage::improvements::{create_improvement, ImprovementSaveError};
use crate::storage::links::{apply_known_error, search_known_errors};
use crate::storage::tickets::{
    apply_action, create_linked_ticket, ticket_by_id, tickets_of_kind, ActionError, Origin,
};
use crate::ui::context::Workspace;
use crate::ui::tickets::action_error_text;
use leptos::prelude::*;

/// What became of an action: the run's records, and what to tell the user.
pub type Outcome = Result<(Records, Notice), Notice>;

/// Performs `action` for a run whose records are `records`.
pub async fn perform(
    action: TourAction,
    mut records: Records,
    ws: Workspace,
    lang: Lang,
) -> Outcome {
    let db = ws.db();
    // Everything read from the workspace's signals is read before the first await.
    let actor = ws.actor.get_untracked();
    let config = ws.config.get_untracked();
    let matrix = ws.matrix.get_untracked();
    let stored = |e: crate::storage::StorageError| Notice::Failed(e.message(lang));
    let acted = |e: ActionError| Notice::Failed(action_error_text(&e, lang));
    let target = match action.target().and_then(|rec| records.id(rec)) {
        Some(id) => ticket_by_id(&db, id).await.map_err(stored)?,
        None => None,
    };
    let cx = PlanContext {
        config: &config,
        lang,
        now: crate::storage::now_ms(),
        actor: &actor,
        records: &records,
        target: target.as_ref(),
    };
    let said = |msg, args: Vec<(&'static str, String)>| Notice::Said(msg, args);
    let planned = match plan(action, &cx) {
        Ok(planned) => planned,
        Err(Skip::Missing(_)) => return Err(said(TourMsg::Missing, vec![])),
        Err(Skip::NoKnownError) => return Ok((records, said(TourMsg::NoKnownError, vec![]))),
        Err(Skip::NoCluster) => return Ok((records, said(TourMsg::NoCluster, vec![]))),
        Err(Skip::NoApprovalNeeded) => return Ok((records, said(TourMsg::NoApproval, vec![]))),
    };
    let notice = match planned {
        Plan::SearchKnownErrors { text, service } => {
            let found = search_known_errors(&db, &text).await.map_err(stored)?;
            match pick_known_error(&found, &service) {
                Some(p) => {
                    records.set(Rec::KnownError, &p.number, &p.id);
                    let args = vec![("number", p.number.clone()), ("title", p.title.clone())];
                    said(TourMsg::FoundKnownError, args)
                }
                None => said(TourMsg::NoKnownError, vec![]),
            }
        }
        Plan::FindRecurring => {
            let incidents = tickets_of_kind(&db, TicketKind::Incident)
                .await
                .map_err(stored)?;
            match recurring_cluster(&incidents, crate::storage::now_ms()) {
                Some(cluster) => {
                    let numbers: Vec<&str> =
                        cluster.incidents.iter().map(|(n, _)| n.as_str()).collect();
                    let args = vec![
                        ("n", numbers.len().to_string()),
                        ("numbers", numbers.join(", ")),
                    ];
                    records.cluster = cluster.incidents.clone();
                    records.cluster_about = Some((cluster.category, cluster.service));
                    said(TourMsg::FoundCluster, args)
                }
                None => said(TourMsg::NoCluster, vec![]),
            }
        }
        Plan::Create {
            rec,
            draft,
            link_to,
            also_link,
        } => {
            // The ticket and every link are one transaction: all written, or nothing.
            let origin = link_to.map(|link_to| Origin {
                link_to,
                note: None,
                also_link,
            });
            let ticket = create_linked_ticket(&db, *draft, &matrix, &actor, origin.as_ref())
                .await
                .map_err(acted)?;
            records.set(rec, &ticket.number, &ticket.id);
            Notice::Done(Some(ticket.number))
        }
        Plan::Act { rec, actions } => {
            let id = records.id(rec).unwrap_or_default().to_owned();
            for a in actions {
                apply_action(&db, &id, a, &actor).await.map_err(acted)?;
            }
            Notice::Done(None)
        }
        Plan::ApplyKnownError { incident, problem } => {
            apply_known_error(&db, &incident, &problem, &actor, lang)
                .await
                .map_err(acted)?;
            Notice::Done(None)
        }
        Plan::Improvement(form) => {
            let item = create_improvement(&db, &form).await.map_err(|e| match e {
                ImprovementSaveError::Storage(e) => stored(e),
                _ => Notice::Failed(TourMsg::ImprovementInvalid.text(lang).to_owned()),
            })?;
            records.improvement = Some(item.number.clone());
            Notice::Done(Some(item.number))
        }
    };
    Ok((records, notice))
}
