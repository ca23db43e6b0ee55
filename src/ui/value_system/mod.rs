//! The service value system page: the interactive diagram, and a side panel explaining the
//! selected part with live figures from the workspace (practices enabled and their maturity,
//! open improvement items, open tickets per value chain activity, SLA definitions).

mod diagram;
mod panel;

use super::context::{use_i18n, use_workspace};
use super::diagram::DiagramTools;
use super::reports::load::read_tally_here;
use crate::domain::itil::{practice_summary, SvsComponent};
use crate::domain::reports::period::Period;
use crate::i18n::diagrams::DiagramMsg;
use crate::i18n::Msg;
use crate::storage::improvements::open_improvements;
use crate::storage::practices::load_practices;
use diagram::SystemDiagram;
use leptos::prelude::*;
use panel::Panel;

/// A selectable part of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Component(SvsComponent),
    /// One of the four dimensions, by its index in reference order.
    Dimension(usize),
    /// One of the six external (PESTLE) factors, by index.
    Factor(usize),
    Input,
    Output,
}

impl Part {
    /// The element id of the part in the diagram.
    pub fn id(self) -> String {
        match self {
            Part::Component(c) => format!("svs-{}", c.key()),
            Part::Dimension(i) => format!("svs-dimension-{i}"),
            Part::Factor(i) => format!("svs-factor-{i}"),
            Part::Input => "svs-input".into(),
            Part::Output => "svs-output".into(),
        }
    }
}

/// The live figures the diagram and the panel show; `None` while being read (or unreadable).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// Practices enabled, and their mean maturity.
    pub practices: Option<(usize, Option<f64>)>,
    pub improvements: Option<usize>,
    /// Open tickets per value chain activity, in reference order.
    pub in_activity: Option<[u32; 6]>,
    pub sla_definitions: usize,
}

/// The value system page.
#[component]
pub fn ServiceValueSystem() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let selected = RwSignal::new(None::<Part>);
    let (tally, _) = read_tally_here(Period::last_days(crate::storage::now_ms(), 1, 0));
    let practices = LocalResource::new(move || {
        let db = workspace.db();
        async move { load_practices(&db).await.ok() }
    });
    let improvements = LocalResource::new(move || {
        let db = workspace.db();
        async move { open_improvements(&db).await.ok() }
    });
    let facts = Signal::derive(move || Facts {
        practices: practices.get().flatten().map(|all| practice_summary(&all)),
        improvements: improvements.get().flatten(),
        in_activity: match tally.get() {
            Some(Ok(Some((t, _)))) => Some(t.in_activity),
            _ => None,
        },
        sla_definitions: workspace.sla.with(|p| p.definitions.len()),
    });
    view! {
        <h1>{move || i18n.t(Msg::NavSvs)}</h1>
        <p class="lead">{move || i18n.t(Msg::SvsIntro)}</p>
        <p class="help">{move || i18n.t(DiagramMsg::SvsHint)}</p>
        <div class="svs-layout">
            <div class="diagram-frame">
                <SystemDiagram selected facts/>
                <DiagramTools svg_id="svs-diagram" file_name="service-value-system.svg"/>
            </div>
            <Panel selected facts/>
        </div>
    }
}
