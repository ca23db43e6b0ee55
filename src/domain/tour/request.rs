//! Scenario 3, "A standard service request": from a catalogue item to its fulfilment,
//! through the "fulfil a request" value stream.

use super::{step, Place, Rec, Scenario, Step, TourAction as A};
use crate::domain::itil::{t, SvcActivity::*};

const REQUEST_PAGE: Place = Place::Record(Rec::Request);
const STATE: &str = "[data-tour=\"state\"]";

/// The service request scenario.
pub const REQUEST: Scenario = Scenario {
    key: "service-request",
    title: t("A standard service request", "Une demande de service standard"),
    summary: t(
        "A user orders an item from the service catalogue; it is approved if needed, fulfilled and closed.",
        "Un utilisateur commande un article du catalogue de services\u{a0}; il est approuvé si besoin, traité et clos.",
    ),
    stream: Some("fulfil-request"),
    steps: &STEPS,
};

const STEPS: [Step; 6] = [
    step(
        "catalogue",
        t("The service catalogue", "Le catalogue de services"),
        t(
            "A service request is a request for something already agreed as a normal part of service delivery. Users pick it from the catalogue, which says who fulfils it, whether it needs approval and what to ask.",
            "Une demande de service porte sur quelque chose déjà convenu comme faisant partie normale du service. Les utilisateurs la choisissent dans le catalogue, qui dit qui la traite, si elle demande une approbation et quoi demander.",
        ),
        Place::NewRequest,
        "form.ticket-form",
        Some(Engage),
        Some(0),
        None,
    ),
    step(
        "log-request",
        t("Request a catalogue item", "Demander un article du catalogue"),
        t(
            "\"Do it\" logs a request for an item of the catalogue (one needing approval if there is one), with the answers its form asks for. With an empty catalogue, a general request is logged instead.",
            "«\u{a0}Faire\u{a0}» enregistre une demande pour un article du catalogue (un article soumis à approbation s'il y en a un), avec les réponses que demande son formulaire. Si le catalogue est vide, une demande générale est enregistrée à la place.",
        ),
        REQUEST_PAGE,
        ".record",
        Some(Engage),
        Some(0),
        Some(A::LogRequest),
    ),
    step(
        "approve",
        t("Approval, if the item needs it", "L'approbation, si l'article l'exige"),
        t(
            "Some items cost money or grant access: they wait for an approver. The request goes to its approver, who approves it; the SLA clock is paused meanwhile.",
            "Certains articles coûtent de l'argent ou donnent des accès\u{a0}: ils attendent un approbateur. La demande lui est transmise et il l'approuve\u{a0}; l'horloge SLA est en pause pendant ce temps.",
        ),
        REQUEST_PAGE,
        ".record",
        Some(DeliverAndSupport),
        Some(1),
        Some(A::ApproveRequest),
    ),
    step(
        "fulfil-start",
        t("Start fulfilment", "Commencer le traitement"),
        t(
            "The fulfilment group named by the catalogue item takes the request and starts working on it, following the steps agreed for this kind of request.",
            "Le groupe de traitement désigné par l'article du catalogue prend la demande et commence à la traiter, selon les étapes convenues pour ce type de demande.",
        ),
        REQUEST_PAGE,
        STATE,
        Some(DeliverAndSupport),
        Some(1),
        Some(A::StartFulfilment),
    ),
    step(
        "fulfil",
        t("Fulfil the request", "Honorer la demande"),
        t(
            "The item is delivered. The request is fulfilled and its resolution clock stops; the requester is told.",
            "L'article est livré. La demande est honorée et son horloge de résolution s'arrête\u{a0}; le demandeur est prévenu.",
        ),
        REQUEST_PAGE,
        STATE,
        Some(Engage),
        Some(2),
        Some(A::Fulfil),
    ),
    step(
        "close-request",
        t("The requester confirms: close", "Le demandeur confirme\u{a0}: clôture"),
        t(
            "The requester confirms the item works for them, and the request is closed. Requests like this one are the bread and butter of the service desk: predictable, fast and measurable.",
            "Le demandeur confirme que l'article lui convient, et la demande est close. Ces demandes sont le quotidien du centre de services\u{a0}: prévisibles, rapides et mesurables.",
        ),
        REQUEST_PAGE,
        STATE,
        Some(Engage),
        Some(2),
        Some(A::CloseRequest),
    ),
];
