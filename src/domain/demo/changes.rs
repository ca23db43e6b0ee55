//! Changes: one change's lifecycle for each type (standard from a template; normal,
//! assessed then authorized by its CAB; emergency, authorized by one approver), and the
//! demo's changes that do not come from a problem.

use super::plan::{Outcome, Planner, Step, HOUR, MINUTE};
use super::Pair;
use crate::domain::lifecycle::Action;
use crate::domain::links::Relation;
use crate::domain::priority::Level;
use crate::domain::records::{ChangeRecord, ChangeType, ReviewOutcome};
use crate::domain::ticket::{Channel, TicketDraft, TicketKind};

/// How a change ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ending {
    /// Implemented, then reviewed with this outcome.
    Review(ReviewOutcome),
    /// Refused by a CAB member, hence cancelled.
    Rejected,
    /// Authorized and scheduled in a window two days after the end.
    Pending,
}

/// A change to plan.
pub(super) struct ChangePlan {
    pub created: i64,
    pub change_type: ChangeType,
    pub service: usize,
    pub title: String,
    pub description: String,
    /// A standard change's template (index in the company's templates).
    pub template: Option<usize>,
    pub ending: Ending,
}

const ASSESSMENT: Pair = (
    "Users of {service} may see a short interruption during the window.",
    "Les utilisateurs du service {service} peuvent subir une brève interruption pendant la fenêtre.",
);
const IMPLEMENTATION: Pair = (
    "1. Announce the window to users. 2. {title}. 3. Watch the monitoring for 30 minutes.",
    "1. Annoncer la fenêtre aux utilisateurs. 2. {title}. 3. Surveiller la supervision pendant 30 minutes.",
);
const ROLLBACK: Pair = (
    "Restore the configuration and snapshot of {ci} taken before the change.",
    "Restaurer la configuration et l'instantané de {ci} pris avant le changement.",
);
const TEST: Pair = (
    "The service owner checks {service} end to end.",
    "Le responsable du service vérifie {service} de bout en bout.",
);
const APPROVED: Pair = (
    "Risk accepted; the rollback plan is clear.",
    "Risque accepté ; le plan de retour arrière est clair.",
);
const REJECTED: Pair = (
    "Not acceptable as it stands: go through the VPN instead.",
    "Pas acceptable en l'état : passer plutôt par le VPN.",
);
const REVIEWS: [(ReviewOutcome, Pair); 3] = [
    (
        ReviewOutcome::Successful,
        (
            "Implemented as planned; no incident reported afterwards.",
            "Réalisé comme prévu ; aucun incident signalé ensuite.",
        ),
    ),
    (
        ReviewOutcome::WithIssues,
        (
            "Implemented, but the window overran by 40 minutes.",
            "Réalisé, mais la fenêtre a été dépassée de 40 minutes.",
        ),
    ),
    (
        ReviewOutcome::RolledBack,
        (
            "The patch stopped the print spooler; rolled back as planned.",
            "Le correctif arrêtait le spouleur d'impression ; retour arrière effectué comme prévu.",
        ),
    ),
];

/// Changes not raised from a problem: days ago, type, service, title, description, ending.
#[rustfmt::skip]
const OTHERS: [(i64, ChangeType, usize, Pair, Pair, Ending); 12] = [
    (84, ChangeType::Normal, 3, ("Migrate the intranet to the new CMS version", "Migrer l'intranet vers la nouvelle version du CMS"),
        ("The current version leaves support at the end of the quarter.", "La version actuelle n'est plus maintenue à la fin du trimestre."), Ending::Review(ReviewOutcome::WithIssues)),
    (66, ChangeType::Normal, 5, ("Replace the core switch of the 2nd floor", "Remplacer le commutateur principal du 2e étage"),
        ("The switch is out of warranty and shows port errors.", "Le commutateur n'est plus garanti et présente des erreurs de ports."), Ending::Review(ReviewOutcome::Successful)),
    (52, ChangeType::Normal, 1, ("Open remote desktop access to ERP-APP from the internet", "Ouvrir l'accès bureau à distance à ERP-APP depuis Internet"),
        ("Requested by the payroll provider for its support.", "Demandé par le prestataire de paie pour son support."), Ending::Rejected),
    (38, ChangeType::Normal, 1, ("Move the payroll database to the new storage array", "Déplacer la base de paie vers la nouvelle baie de stockage"),
        ("Frees the old array before its lease ends.", "Libère l'ancienne baie avant la fin de sa location."), Ending::Review(ReviewOutcome::Successful)),
    (27, ChangeType::Normal, 0, ("Add a second MX record for e-mail", "Ajouter un second enregistrement MX pour la messagerie"),
        ("Incoming mail keeps flowing if MAIL-01 is down.", "Le courrier entrant continue d'arriver si MAIL-01 est arrêté."), Ending::Review(ReviewOutcome::Successful)),
    (14, ChangeType::Normal, 4, ("Deploy customer portal release 4.3", "Déployer la version 4.3 du portail clients"),
        ("New invoice pages and order search.", "Nouvelles pages de factures et recherche de commandes."), Ending::Review(ReviewOutcome::Successful)),
    (5, ChangeType::Normal, 9, ("Upgrade the accounting application to version 12", "Mettre à niveau l'application comptable en version 12"),
        ("Required for the new e-invoicing rules.", "Nécessaire pour les nouvelles règles de facturation électronique."), Ending::Review(ReviewOutcome::Successful)),
    (2, ChangeType::Normal, 2, ("Enable multi-factor authentication for the VPN", "Activer l'authentification multifacteur pour le VPN"),
        ("Asked for by the last security audit.", "Demandé par le dernier audit de sécurité."), Ending::Review(ReviewOutcome::Successful)),
    (71, ChangeType::Emergency, 2, ("Emergency patch for a critical firewall vulnerability", "Correctif d'urgence d'une faille critique du pare-feu"),
        ("The vendor reports active exploitation.", "L'éditeur signale une exploitation active."), Ending::Review(ReviewOutcome::Successful)),
    (33, ChangeType::Emergency, 4, ("Revoke a leaked API key of the customer portal", "Révoquer une clé d'API divulguée du portail clients"),
        ("The key was published by mistake in a public repository.", "La clé a été publiée par erreur dans un dépôt public."), Ending::Review(ReviewOutcome::Successful)),
    (18, ChangeType::Emergency, 0, ("Block a phishing sender domain on the mail gateway", "Bloquer un domaine d'expéditeur d'hameçonnage sur la passerelle de messagerie"),
        ("A phishing campaign targets the accounting team.", "Une campagne d'hameçonnage vise l'équipe comptable."), Ending::Review(ReviewOutcome::Successful)),
    (1, ChangeType::Emergency, 0, ("Extend the full log volume of MAIL-01", "Étendre le volume de journaux saturé de MAIL-01"),
        ("The volume is at 97% and grows fast.", "Le volume est rempli à 97 % et croît vite."), Ending::Review(ReviewOutcome::Successful)),
];

/// Standard changes: days ago, template, service, what it applies to.
#[rustfmt::skip]
const STANDARD: [(i64, usize, usize, Pair); 12] = [
    (88, 0, 0, ("MAIL-01", "MAIL-01")), (81, 1, 4, ("WEB-02", "WEB-02")), (74, 0, 1, ("ERP-APP", "ERP-APP")),
    (67, 2, 5, ("2nd floor", "2e étage")), (60, 0, 3, ("WEB-01", "WEB-01")), (53, 0, 6, ("PRINT-SRV", "PRINT-SRV")),
    (46, 1, 3, ("WEB-01", "WEB-01")), (39, 2, 5, ("3rd floor", "3e étage")), (25, 0, 7, ("NAS-01", "NAS-01")),
    (15, 1, 0, ("MAIL-02", "MAIL-02")), (8, 0, 8, ("PBX-01", "PBX-01")), (3, 2, 5, ("meeting room 3B", "salle de réunion 3B")),
];

impl Planner<'_> {
    /// Plans a change's life; the outcome's time is the end of its implementation.
    pub fn change(&mut self, plan: ChangePlan) -> Outcome {
        let service = self.service(plan.service);
        let group = self.service_group(plan.service);
        let owner = self.member(group);
        let lead = self.config.groups[1].members[0].clone();
        let desk_lead = self.config.groups[0].members[0].clone();
        let mut cab = match plan.change_type {
            ChangeType::Normal => vec![service.owner.clone(), lead, desk_lead],
            ChangeType::Emergency => vec![service.owner.clone(), lead],
            ChangeType::Standard => Vec::new(),
        };
        cab.dedup();
        if cab.len() == 3 && cab[0] == cab[2] {
            cab.pop();
        }
        let level = match plan.change_type {
            ChangeType::Standard => Level::Low,
            ChangeType::Normal => Level::Medium,
            ChangeType::Emergency => Level::High,
        };
        let ci = self.rng.pick(&service.cis).clone();
        let fill = |text: String| {
            text.replace("{service}", &service.name)
                .replace("{ci}", &ci)
                .replace("{title}", &plan.title)
        };
        let template = plan.template.map(|i| &self.config.change_templates[i]);
        let record = ChangeRecord {
            change_type: Some(plan.change_type),
            risk: Some(template.map_or(level, |t| t.risk)),
            template: template.map(|t| t.name.clone()).unwrap_or_default(),
            impact_assessment: fill(self.t(&ASSESSMENT)),
            cab: cab.clone(),
            implementation_plan: template.map_or_else(
                || fill(self.t(&IMPLEMENTATION)),
                |t| t.implementation_plan.clone(),
            ),
            rollback_plan: template
                .map_or_else(|| fill(self.t(&ROLLBACK)), |t| t.rollback_plan.clone()),
            test_plan: template.map_or_else(|| fill(self.t(&TEST)), |t| t.test_plan.clone()),
            affected_services: vec![service.name.clone()],
            ..ChangeRecord::default()
        };
        let draft = TicketDraft {
            change: Some(record),
            service: service.name.clone(),
            assignment_group: self.group_name(group),
            title: plan.title.clone(),
            description: plan.description.clone(),
            caller: service.owner.clone(),
            channel: Channel::Email,
            impact: level,
            urgency: level,
            ..TicketDraft::new(TicketKind::Change, "")
        };
        let ticket = self.open(plan.created, &owner, draft);
        let emergency = plan.change_type == ChangeType::Emergency;
        let mut now = if emergency {
            self.later(plan.created, 2, 8)
        } else {
            self.business_after(plan.created, 5, 60)
        };
        let assign = Action::Assign {
            group: self.group_name(group),
            assignee: owner.clone(),
        };
        self.act(ticket, now, &owner, assign);
        if plan.change_type != ChangeType::Standard {
            now = if emergency {
                self.later(now, 5, 15)
            } else {
                self.business_after(now, 60, 240)
            };
            self.act(ticket, now, &owner, Action::Assess);
            now = if emergency {
                self.later(now, 5, 15)
            } else {
                self.business_after(now, 120, 480)
            };
            self.act(ticket, now, &owner, Action::RequestAuthorization);
            let deciders = if emergency { &cab[..1] } else { &cab[..] };
            for (i, approver) in deciders.iter().enumerate() {
                now = if emergency {
                    self.later(now, 10, 30)
                } else {
                    self.business_after(now, 60, 480)
                };
                let refuse = plan.ending == Ending::Rejected && i == 1;
                let comment = self.t(if refuse { &REJECTED } else { &APPROVED });
                let decision = Action::Decide {
                    approver: approver.clone(),
                    approved: !refuse,
                    comment,
                };
                self.act(ticket, now, approver, decision);
                if refuse {
                    return Outcome {
                        ticket,
                        resolved: None,
                    };
                }
            }
        }
        now = if emergency {
            self.later(now, 3, 10)
        } else {
            self.business_after(now, 30, 120)
        };
        let start = match (plan.ending, plan.change_type) {
            (Ending::Pending, _) => self.local_time(self.end, 2, 20 * 60),
            (_, ChangeType::Emergency) => self.later(now, 15, 60),
            (_, ChangeType::Standard) => {
                let days = self.rng.between(1, 4);
                self.local_time(now, days, 19 * 60) + self.rng.between(0, 90) * MINUTE
            }
            (_, ChangeType::Normal) => {
                let days = self.rng.between(2, 5);
                self.local_time(now, days, 20 * 60)
            }
        };
        let length = self.rng.between(1, 3) * HOUR;
        let window = Action::Schedule {
            start,
            end: start + length,
        };
        self.act(ticket, now, &owner, window);
        let Ending::Review(outcome) = plan.ending else {
            return Outcome {
                ticket,
                resolved: None,
            };
        };
        let implement = self.later(start, 0, 5);
        self.act(ticket, implement, &owner, Action::Implement);
        let done = self.later(implement, 30, 100);
        self.act(ticket, done, &owner, Action::CompleteImplementation);
        let reviewed = self.business_after(done, 30, 240);
        let notes = REVIEWS
            .iter()
            .find(|r| r.0 == outcome)
            .map_or(("", ""), |r| r.1);
        let review = Action::Review {
            outcome,
            notes: self.t(&notes),
        };
        self.act(ticket, reviewed, &owner, review);
        let closed = self.later(reviewed, 10, 60);
        self.act(ticket, closed, &owner, Action::Close);
        Outcome {
            ticket,
            resolved: Some(done),
        }
    }

    /// The changes not raised from a problem; the emergency change that ended a major
    /// incident is linked to it.
    pub fn other_changes(&mut self, telephony_major: (usize, i64)) {
        for (ago, change_type, service, title, description, ending) in OTHERS {
            let created = self.creation(ago * 24 * HOUR, ago * 24 * HOUR - 8 * HOUR);
            let plan = ChangePlan {
                created,
                change_type,
                service,
                title: self.t(&title),
                description: self.t(&description),
                template: None,
                ending,
            };
            self.change(plan);
        }
        for (i, (ago, template, service, target)) in STANDARD.into_iter().enumerate() {
            let created = self.creation(ago * 24 * HOUR, ago * 24 * HOUR - 8 * HOUR);
            let name = self.config.change_templates[template].name.clone();
            let ending = Ending::Review(if i == 5 {
                ReviewOutcome::RolledBack
            } else {
                ReviewOutcome::Successful
            });
            let plan = ChangePlan {
                created,
                change_type: ChangeType::Standard,
                service,
                title: format!("{name}: {}", self.t(&target)),
                description: name,
                template: Some(template),
                ending,
            };
            self.change(plan);
        }
        let (major, at) = telephony_major;
        let plan = ChangePlan {
            created: self.later(at, 40, 60),
            change_type: ChangeType::Emergency,
            service: 8,
            title: self.t(&(
                "Replace the failed SIP trunk router",
                "Remplacer le routeur du trunk SIP en panne",
            )),
            description: self.t(&(
                "Restores the main link; traffic runs on the backup meanwhile.",
                "Rétablit le lien principal ; le trafic passe par le secours en attendant.",
            )),
            template: None,
            ending: Ending::Review(ReviewOutcome::Successful),
        };
        let change = self.change(plan);
        let at = self.later(at, 62, 70);
        let actor = self.agent();
        self.push(
            change.ticket,
            at,
            &actor,
            Step::Link(major, Relation::Related),
        );
    }
}
