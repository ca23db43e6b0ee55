//! Merging a backup into existing data by record id: the newer version of each ticket wins,
//! and the plan says what changes.

use crate::domain::replication::DeviceTag;
use crate::domain::ticket::Ticket;
use std::collections::HashMap;

/// What a merge writes, and what it reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// Tickets the workspace does not have.
    pub added: Vec<Ticket>,
    /// Tickets whose imported version is newer than the workspace's.
    pub updated: Vec<Ticket>,
    /// Numbers of tickets kept as they are, the workspace's version being as new or newer.
    pub kept: Vec<String>,
    /// Numbers the workspace already gives to a different ticket: not imported, reported.
    pub clashes: Vec<String>,
}

/// The revision generation ("3-abc…" is 3); 0 when unreadable.
fn generation(rev: &str) -> u64 {
    rev.split_once('-')
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

/// Plans a merge of `incoming` tickets into `existing` ones, matched by id: a ticket is
/// replaced when the imported one has a later revision generation, or the same generation
/// and a later update time. Identical tickets are kept; a new ticket whose number the
/// workspace already uses for another ticket is left out and reported.
pub fn merge_plan(existing: &[Ticket], incoming: Vec<Ticket>) -> MergePlan {
    let by_id: HashMap<&str, &Ticket> = existing.iter().map(|t| (t.id.as_str(), t)).collect();
    let by_number: HashMap<&str, &str> = existing
        .iter()
        .map(|t| (t.number.as_str(), t.id.as_str()))
        .collect();
    let mut plan = MergePlan::default();
    for t in incoming {
        match by_id.get(t.id.as_str()) {
            None if by_number.contains_key(t.number.as_str()) => plan.clashes.push(t.number),
            None => plan.added.push(t),
            Some(mine) => {
                let theirs_key = (generation(&t.rev), t.updated);
                let mine_key = (generation(&mine.rev), mine.updated);
                if theirs_key > mine_key {
                    plan.updated.push(t);
                } else {
                    plan.kept.push(t.number);
                }
            }
        }
    }
    plan
}

/// The settings key of the counter that numbers tickets of a prefix ("counter.INC").
pub fn counter_key(prefix: &str) -> String {
    format!("counter.{prefix}")
}

/// For each number prefix among `tickets`, its counter key and the highest sequence used,
/// tagged numbers (INC0043-K7M, from a synced workspace) included: a counter below it could
/// give a new ticket a number already taken. Another device's numbers only make this one's
/// counter jump ahead, which keeps numbers unique.
pub fn counter_floors(tickets: &[Ticket]) -> Vec<(String, u32)> {
    let mut floors: HashMap<&str, u32> = HashMap::new();
    for t in tickets {
        let base = match t.number.split_once('-') {
            Some((base, tag)) if DeviceTag::parse(tag).is_some() => base,
            _ => t.number.as_str(),
        };
        let digits = base.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let prefix = &base[..base.len() - digits.len()];
        if let Ok(n) = digits.parse::<u32>() {
            let floor = floors.entry(prefix).or_default();
            *floor = (*floor).max(n);
        }
    }
    let mut floors: Vec<(String, u32)> = floors
        .into_iter()
        .map(|(p, n)| (counter_key(p), n))
        .collect();
    floors.sort();
    floors
}
