//! Cross-record checks of a backup: unique keys, and every reference resolved inside the
//! file (history to tickets, links to tickets, tickets to services and support groups).

use super::{Backup, ImportError};
use crate::domain::configuration::DeskConfig;
use crate::domain::improvement::ImprovementOrigin;
use crate::domain::itil::practice;
use crate::domain::ticket::TicketKind;
use crate::i18n::Lang;
use std::collections::{HashMap, HashSet};

/// The settings key of the desk configuration (groups, services, categories, catalogue).
pub const DESK_CONFIG_KEY: &str = "desk_config";

/// Checks a parsed backup as a whole; the first problem found is returned.
pub fn validate(b: &Backup) -> Result<(), ImportError> {
    unique("tickets", b.tickets.iter().map(|t| t.id.as_str()))?;
    unique("tickets", b.tickets.iter().map(|t| t.number.as_str()))?;
    unique("events", b.events.iter().map(|e| e.id.as_str()))?;
    unique("practices", b.practices.iter().map(|p| p.key.as_str()))?;
    unique("settings", b.settings.iter().map(|s| s.key.as_str()))?;
    unique("improvements", b.improvements.iter().map(|i| i.id.as_str()))?;
    unique(
        "improvements",
        b.improvements.iter().map(|i| i.number.as_str()),
    )?;

    let numbers: HashMap<&str, &str> = b
        .tickets
        .iter()
        .map(|t| (t.id.as_str(), t.number.as_str()))
        .collect();
    let dangling = |store, id: &str, field, target: &str| ImportError::Dangling {
        store,
        id: id.to_owned(),
        field,
        target: target.to_owned(),
    };
    for e in &b.events {
        if !numbers.contains_key(e.ticket_id.as_str()) {
            return Err(dangling("events", &e.id, "ticket_id", &e.ticket_id));
        }
    }
    for t in &b.tickets {
        for link in &t.links {
            if numbers.get(link.ticket_id.as_str()) != Some(&link.number.as_str()) {
                return Err(dangling("tickets", &t.number, "links", &link.number));
            }
        }
    }

    // A workspace that never saved its configuration runs the starting one of the language
    // it was opened in: either language's names are then valid.
    let configs = match b.settings.iter().find(|s| s.key == DESK_CONFIG_KEY) {
        None => Lang::ALL.iter().map(|l| DeskConfig::starting(*l)).collect(),
        Some(s) => vec![
            serde_json::from_value::<DeskConfig>(s.value.clone()).map_err(|e| {
                ImportError::BadRecord {
                    store: "settings",
                    index: b.settings.iter().position(|x| x.key == s.key).unwrap_or(0),
                    id: Some(s.key.clone()),
                    problem: e.to_string(),
                }
            })?,
        ],
    };
    let services: HashSet<&str> = configs
        .iter()
        .flat_map(|c| c.services.iter().map(|s| s.name.as_str()))
        .collect();
    let groups: HashSet<&str> = configs
        .iter()
        .flat_map(|c| c.groups.iter().map(|g| g.name.as_str()))
        .collect();
    for t in &b.tickets {
        if !t.service.is_empty() && !services.contains(t.service.as_str()) {
            return Err(dangling("tickets", &t.number, "service", &t.service));
        }
        if !t.assignment_group.is_empty() && !groups.contains(t.assignment_group.as_str()) {
            return Err(dangling(
                "tickets",
                &t.number,
                "assignment_group",
                &t.assignment_group,
            ));
        }
    }
    let problems: HashSet<&str> = b
        .tickets
        .iter()
        .filter(|t| t.kind == TicketKind::Problem)
        .map(|t| t.number.as_str())
        .collect();
    for item in &b.improvements {
        if let ImprovementOrigin::Problem { number } = &item.origin {
            if !problems.contains(number.as_str()) {
                return Err(dangling("improvements", &item.number, "origin", number));
            }
        }
        if let Some(key) = item.practices.iter().find(|k| practice(k).is_none()) {
            return Err(dangling("improvements", &item.number, "practices", key));
        }
    }
    for p in &b.practices {
        if p.validate().is_err() {
            return Err(ImportError::BadRecord {
                store: "practices",
                index: b.practices.iter().position(|x| x.key == p.key).unwrap_or(0),
                id: Some(p.key.clone()),
                problem: "not a known practice, or maturity not 1 to 5".to_owned(),
            });
        }
    }
    Ok(())
}

/// Fails on the first key seen twice.
fn unique<'a>(store: &'static str, keys: impl Iterator<Item = &'a str>) -> Result<(), ImportError> {
    let mut seen = HashSet::new();
    for key in keys {
        if !seen.insert(key) {
            return Err(ImportError::Duplicate {
                store,
                key: key.to_owned(),
            });
        }
    }
    Ok(())
}
