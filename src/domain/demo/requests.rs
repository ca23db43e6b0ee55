//! Service requests raised from the catalogue: approval by the caller's manager when the
//! item needs it, fulfilment by the item's group, closure.

use super::plan::{Planner, MINUTE, SPAN};
use super::texts::MANAGERS;
use super::Pair;
use crate::domain::lifecycle::Action;
use crate::domain::priority::Level;
use crate::domain::ticket::{Channel, TicketDraft, TicketKind};

/// Per catalogue item (same order): weight, title, answers to its first field, work note
/// before fulfilment, and the business minutes fulfilment takes.
type ItemSpec = (usize, Pair, &'static [Pair], Pair, (i64, i64));

#[rustfmt::skip]
const ITEMS: [ItemSpec; 8] = [
    (10, ("New laptop for {caller}", "Nouvel ordinateur portable pour {caller}"),
        &[("14-inch standard laptop", "Portable standard 14 pouces"), ("15-inch developer laptop", "Portable développeur 15 pouces")],
        ("Laptop imaged, enrolled and handed over.", "Portable masterisé, enrôlé et remis à l'utilisateur."), (480, 1920)),
    (25, ("Install {answer} on my laptop", "Installer {answer} sur mon portable"),
        &[("Visio", "Visio"), ("Adobe Acrobat Pro", "Adobe Acrobat Pro"), ("Power BI Desktop", "Power BI Desktop"), ("Notepad++", "Notepad++")],
        ("Installed through the software centre.", "Installé via le centre logiciel."), (60, 720)),
    (15, ("Access to the {answer} folder", "Accès au dossier {answer}"),
        &[("Finance", "Finance"), ("Human resources", "Ressources humaines"), ("Marketing", "Marketing"), ("Projects", "Projets")],
        ("Added to the folder's group; access checked with the user.", "Ajout au groupe du dossier ; accès vérifié avec l'utilisateur."), (30, 480)),
    (30, ("Password reset for {caller}", "Réinitialisation du mot de passe de {caller}"), &[],
        ("Temporary password given by phone; change forced at next logon.", "Mot de passe temporaire communiqué par téléphone ; changement imposé à la prochaine connexion."), (10, 90)),
    (6, ("New starter: {answer}", "Arrivée de {answer}"), &[],
        ("Accounts, mailbox and laptop ready for the first day.", "Comptes, boîte aux lettres et portable prêts pour le premier jour."), (960, 2400)),
    (6, ("Company phone for {caller}", "Téléphone professionnel pour {caller}"), &[],
        ("Phone enrolled in device management and handed over.", "Téléphone enrôlé dans la gestion des appareils et remis."), (480, 1440)),
    (8, ("VPN access for {caller}", "Accès VPN pour {caller}"), &[],
        ("VPN profile issued; first connection checked.", "Profil VPN délivré ; première connexion vérifiée."), (60, 360)),
    (6, ("New report: {answer}", "Nouveau rapport : {answer}"),
        &[("Monthly overtime by team", "Heures supplémentaires mensuelles par équipe"), ("Open orders by region", "Commandes en cours par région"), ("Supplier invoices awaiting approval", "Factures fournisseurs en attente de validation")],
        ("Report published in the reporting portal.", "Rapport publié dans le portail de reporting."), (480, 1920)),
];

const ACCESS_LEVELS: [Pair; 2] = [
    ("Read", "Lecture"),
    ("Read and write", "Lecture et écriture"),
];
const APPROVALS: [Pair; 2] = [
    ("Approved.", "Accord."),
    ("Budget confirmed.", "Budget confirmé."),
];
const REFUSAL: Pair = ("Not in this quarter's budget.", "Hors budget ce trimestre.");
const NO_LONGER: Pair = (
    "The caller no longer needs it.",
    "Le demandeur n'en a plus besoin.",
);

impl Planner<'_> {
    /// `count` requests spread over the 90 days.
    pub fn requests(&mut self, count: usize) {
        let weights: Vec<(usize, u32)> = ITEMS
            .iter()
            .enumerate()
            .map(|(i, item)| (i, item.0 as u32))
            .collect();
        for _ in 0..count {
            let item = self.weighted(&weights);
            let at = self.creation(SPAN, 0);
            self.request(item, at);
        }
    }

    fn request(&mut self, index: usize, at: i64) {
        let (_, title, answers, done_note, (lo, hi)) = ITEMS[index];
        let item = &self.config.catalogue[index];
        let caller = self.caller();
        let answer = if answers.is_empty() {
            self.caller()
        } else {
            let pair = *self.rng.pick(answers);
            self.t(&pair)
        };
        let mut filled = Vec::new();
        for (n, field) in item.fields.iter().enumerate() {
            let value = match (index, n) {
                (2, 1) => {
                    let level = *self.rng.pick(&ACCESS_LEVELS);
                    self.t(&level)
                }
                (4, 1) => {
                    let days = (at / super::plan::DAY) + self.rng.between(7, 21);
                    let (y, m, d) = crate::domain::time::civil_from_days(days);
                    format!("{y:04}-{m:02}-{d:02}")
                }
                _ => answer.clone(),
            };
            filled.push((field.clone(), value));
        }
        let (impact, urgency) = match index {
            3 => (Level::Low, Level::High),
            4 => (Level::Medium, Level::Medium),
            _ if self.rng.chance(15) => (Level::Low, Level::Low),
            _ => (Level::Low, Level::Medium),
        };
        let draft = TicketDraft {
            approval_required: item.approval_required,
            catalogue_item: item.name.clone(),
            answers: filled,
            assignment_group: item.fulfilment_group.clone(),
            title: self
                .t(&title)
                .replace("{caller}", &caller)
                .replace("{answer}", &answer),
            description: item.description.clone(),
            caller,
            channel: if self.rng.chance(75) {
                Channel::Portal
            } else {
                *self.rng.pick(&[Channel::Email, Channel::Phone])
            },
            impact,
            urgency,
            ..TicketDraft::new(TicketKind::ServiceRequest, "")
        };
        let desk = self.agent();
        let group = self
            .config
            .groups
            .iter()
            .position(|g| g.name == item.fulfilment_group)
            .unwrap_or(0);
        let approval = item.approval_required;
        let ticket = self.open(at, &desk, draft);
        let mut now = at;
        if self.rng.chance(3) {
            let cancelled = self.business_after(at, 30, 600);
            let text = self.t(&NO_LONGER);
            self.note(ticket, cancelled, &desk, text);
            self.act(ticket, cancelled + MINUTE, &desk, Action::Cancel);
            return;
        }
        if approval {
            now = self.later(now, 1, 5);
            self.act(ticket, now, &desk, Action::RequestApproval);
            now = self.business_after(now, 30, 960);
            let manager = *self.rng.pick(&MANAGERS);
            let manager = self.t(&manager);
            let approved = !self.rng.chance(6);
            let comment = if approved {
                let text = *self.rng.pick(&APPROVALS);
                self.t(&text)
            } else {
                self.t(&REFUSAL)
            };
            let decision = Action::Decide {
                approver: manager.clone(),
                approved,
                comment,
            };
            self.act(ticket, now, &manager, decision);
            if !approved {
                return;
            }
        }
        let assignee = self.member(group);
        now = self.business_after(now, 10, 180);
        let assign = Action::Assign {
            group: self.group_name(group),
            assignee: assignee.clone(),
        };
        self.act(ticket, now, &desk, assign);
        now = self.later(now, 2, 30);
        self.act(ticket, now, &assignee, Action::Start);
        now = self.business_after(now, lo, hi);
        let text = self.t(&done_note);
        self.note(ticket, now, &assignee, text);
        self.act(ticket, now + MINUTE, &assignee, Action::Fulfil);
        let closed = self.later(now + 2 * super::plan::DAY, 0, 120);
        self.act(ticket, closed, &desk, Action::Close);
    }
}
