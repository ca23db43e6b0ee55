//! The demo's improvement register and practice settings.

use super::plan::DAY;
use super::{tr, Pair, Seeded};
use crate::domain::configuration::DeskConfig;
use crate::domain::ids::{next_revision, ulid};
use crate::domain::improvement::{
    Improvement, ImprovementForm, ImprovementOrigin, ImprovementStatus, ImprovementStep,
};
use crate::domain::itil::{all_practice_settings, PracticeSettings};
use crate::domain::ticket::{NewRecord, Ticket};
use crate::i18n::Lang;

/// An improvement item: days ago, title, practices, step, status, expected benefit, and
/// the finding it comes from; `None` as title stands for the problem's item.
type ItemSpec = (
    i64,
    Pair,
    &'static [&'static str],
    ImprovementStep,
    ImprovementStatus,
    Pair,
    Option<Pair>,
);

/// In logging order; the third is raised from a problem.
#[rustfmt::skip]
const ITEMS: [ItemSpec; 5] = [
    (80, ("Self-service password reset on the portal", "Réinitialisation du mot de passe en libre-service sur le portail"),
        &["service-request-management", "service-desk"], ImprovementStep::Check, ImprovementStatus::Done,
        ("A third of requests are password resets; self-service frees the desk.", "Un tiers des demandes sont des réinitialisations de mot de passe ; le libre-service soulage le centre de services."), None),
    (50, ("Weekly newsletter of IT changes", "Lettre hebdomadaire des changements informatiques"),
        &["change-enablement", "relationship-management"], ImprovementStep::Vision, ImprovementStatus::Rejected,
        ("Users know in advance what changes.", "Les utilisateurs savent à l'avance ce qui change."), None),
    (40, ("Keep printer drivers standard on every print server", "Standardiser les pilotes d'imprimante sur tous les serveurs d'impression"),
        &["problem-management"], ImprovementStep::Action, ImprovementStatus::InProgress,
        ("No more spooler crashes from outdated drivers.", "Plus aucun plantage du spouleur dû à des pilotes obsolètes."), None),
    (35, ("Publish new known errors to the service desk every morning", "Publier chaque matin les nouvelles erreurs connues au centre de services"),
        &["knowledge-management", "service-desk"], ImprovementStep::Plan, ImprovementStatus::Approved,
        ("More incidents resolved at first contact with a known workaround.", "Plus d'incidents résolus au premier contact grâce aux contournements connus."), None),
    (5, ("Fewer P3 incidents resolved after their target", "Moins d'incidents P3 résolus hors délai"),
        &["service-level-management", "incident-management"], ImprovementStep::CurrentState, ImprovementStatus::Proposed,
        ("Resolution compliance of P3 incidents back above 90%.", "Respect du délai de résolution des incidents P3 de nouveau au-dessus de 90 %."),
        Some(("P3 incidents breach their resolution target more than other priorities.", "Les incidents P3 dépassent leur délai de résolution plus que les autres priorités."))),
];

/// The index in [`ITEMS`] of the item raised from a problem.
const FROM_PROBLEM: usize = 2;

/// The improvement register (contract 4): five items at various steps and statuses, one
/// raised from `problem`, owned by the company's people.
pub(super) fn improvements(
    rng: &mut Seeded,
    config: &DeskConfig,
    problem: Option<&Ticket>,
    lang: Lang,
    end: i64,
) -> Vec<Improvement> {
    let people = config.people();
    let mut items = Vec::new();
    for (i, (ago, title, practices, step, status, benefit, finding)) in ITEMS.iter().enumerate() {
        let origin_problem = problem.filter(|_| i == FROM_PROBLEM);
        let mut form = match (origin_problem, finding) {
            (Some(p), _) => ImprovementForm::from_problem(&p.number, &p.title),
            (None, Some(f)) => ImprovementForm::from_finding(&tr(f, lang), &tr(benefit, lang)),
            (None, None) => ImprovementForm::blank(),
        };
        form.title = tr(title, lang);
        form.practices = practices.iter().map(|k| (*k).to_owned()).collect();
        form.benefit = tr(benefit, lang);
        form.step = step.key().to_owned();
        form.status = status.key().to_owned();
        form.owner = origin_problem
            .map(|p| p.assignee.clone())
            .filter(|o| !o.is_empty())
            .unwrap_or_else(|| people[rng.below(people.len())].clone());
        let Ok(draft) = form.validate() else {
            continue;
        };
        let created = end - ago * DAY + rng.between(9 * 3_600_000, 17 * 3_600_000) - DAY;
        let record = NewRecord {
            id: ulid(created as u64, rng.bytes()),
            rev: next_revision(None, rng.bytes()),
            now: created,
        };
        let first = ImprovementForm::blank();
        let opened = ImprovementForm {
            step: first.step,
            status: first.status,
            ..form.clone()
        };
        let Ok(opened) = opened.validate() else {
            continue;
        };
        let mut item = opened.create(record, items.len() as u32 + 1);
        // Items that moved on since were revised as the team worked on them.
        if *step != ImprovementStep::Vision || *status != ImprovementStatus::Proposed {
            let revised = (created + rng.between(2 * DAY, ago * DAY / 2 + 3 * DAY)).min(end);
            let rev = next_revision(Some(&item.rev), rng.bytes());
            item = draft.revise(&item, rev, revised);
        }
        debug_assert!(matches!(
            (&item.origin, i == FROM_PROBLEM && problem.is_some()),
            (ImprovementOrigin::Problem { .. }, true) | (_, false)
        ));
        items.push(item);
    }
    items
}

/// Practices whose maturity stays between 2 and 4: the ones the demo shows at work.
const CORE: [&str; 6] = [
    "incident-management",
    "service-request-management",
    "problem-management",
    "change-enablement",
    "service-desk",
    "continual-improvement",
];

/// The settings of all 34 practices (contract 5): all enabled, maturity varied from 1 to
/// 5, an owner from the company's people.
pub(super) fn practices(rng: &mut Seeded, config: &DeskConfig) -> Vec<PracticeSettings> {
    let people = config.people();
    all_practice_settings(Vec::new())
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.maturity = if CORE.contains(&s.key.as_str()) {
                2 + rng.below(3) as u8
            } else {
                // Every level appears: the first five practices take 1 to 5 in turn.
                if i < 5 {
                    i as u8 + 1
                } else {
                    1 + rng.below(5) as u8
                }
            };
            s.owner = people[rng.below(people.len())].clone();
            s
        })
        .collect()
}
