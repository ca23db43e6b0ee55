//! Choices a scenario makes from the workspace: the second-line group, the CAB, the known
//! error for a service, and the recurring incidents to raise a problem from.

use crate::domain::configuration::DeskConfig;
use crate::domain::ticket::{Ticket, TicketKind};

/// Thirty days in milliseconds: how recent recurring incidents are.
const RECENT_MS: i64 = 30 * 24 * 3_600_000;

/// The group that takes the calls: the first configured one.
pub fn first_line_group(config: &DeskConfig) -> String {
    config
        .groups
        .first()
        .map(|g| g.name.clone())
        .unwrap_or_default()
}

/// The group an incident is escalated to: a network group for the VPN if there is one, else
/// the second group (the first being the service desk), else the only one.
pub fn second_line_group(config: &DeskConfig) -> String {
    let network = config.groups.iter().find(|g| {
        let name = g.name.to_lowercase();
        name.contains("network") || name.contains("réseau")
    });
    network
        .or_else(|| config.groups.get(1))
        .or_else(|| config.groups.first())
        .map(|g| g.name.clone())
        .unwrap_or_default()
}

/// The configured service whose name contains `word` (any case), else none.
pub fn service_named(config: &DeskConfig, word: &str) -> Option<String> {
    let word = word.to_lowercase();
    config
        .services
        .iter()
        .find(|s| s.name.to_lowercase().contains(&word))
        .map(|s| s.name.clone())
}

/// The known error for an incident on `service`: one on the same service first, else the
/// first found.
pub fn pick_known_error<'a>(found: &'a [Ticket], service: &str) -> Option<&'a Ticket> {
    let usable = |p: &&Ticket| p.known_error.is_some() && !p.deleted;
    found
        .iter()
        .filter(usable)
        .find(|p| !service.is_empty() && p.service == service)
        .or_else(|| found.iter().find(usable))
}

/// Recurring incidents: one category on one service, recent, with no problem linked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub category: String,
    pub service: String,
    /// (number, id) of each incident, oldest first.
    pub incidents: Vec<(String, String)>,
}

/// The largest cluster of at least two recent incidents with the same category and service
/// and no linked problem; ties go to the most recent.
pub fn recurring_cluster(incidents: &[Ticket], now: i64) -> Option<Cluster> {
    let mut groups: Vec<(String, String, Vec<&Ticket>)> = Vec::new();
    for t in incidents {
        let eligible = t.kind == TicketKind::Incident
            && !t.deleted
            && !t.category.is_empty()
            && t.created >= now - RECENT_MS
            && !t.links.iter().any(|l| l.kind == TicketKind::Problem);
        if !eligible {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(c, s, _)| *c == t.category && *s == t.service)
        {
            Some((_, _, list)) => list.push(t),
            None => groups.push((t.category.clone(), t.service.clone(), vec![t])),
        }
    }
    let latest = |list: &Vec<&Ticket>| list.iter().map(|t| t.created).max().unwrap_or(0);
    let (category, service, mut list) =
        groups
            .into_iter()
            .filter(|(_, _, list)| list.len() >= 2)
            .max_by(|a, b| (a.2.len(), latest(&a.2)).cmp(&(b.2.len(), latest(&b.2))))?;
    list.sort_by_key(|t| (t.created, t.number.clone()));
    Some(Cluster {
        category,
        service,
        incidents: list
            .into_iter()
            .map(|t| (t.number.clone(), t.id.clone()))
            .collect(),
    })
}

/// The CAB of the scenario's change: the service's owner and the first member of the
/// second-line group, else `fallback` (who stands for the change manager).
pub fn cab(config: &DeskConfig, service: &str, fallback: &str) -> Vec<String> {
    let mut members: Vec<String> = Vec::new();
    let owner = config
        .services
        .iter()
        .find(|s| s.name == service)
        .map(|s| s.owner.trim().to_owned());
    let engineer = config
        .members(&second_line_group(config))
        .into_iter()
        .next();
    for name in [owner, engineer].into_iter().flatten() {
        if !name.is_empty() && !members.contains(&name) {
            members.push(name);
        }
    }
    if members.is_empty() {
        members.push(fallback.to_owned());
    }
    members
}
