//! A compact in-memory index of every ticket's searchable text, so that a keystroke in the
//! list's search box is answered without scanning IndexedDB. It only proposes candidates:
//! the records read afterwards are judged again by [`TicketFilter::matches`], so an entry
//! that lags behind its ticket can never show a wrong row, only delay a right one until the
//! next refresh.

use super::TicketFilter;
use crate::domain::ticket::{Ticket, TicketKind, TicketState};
use std::collections::HashMap;

/// What the index keeps of one ticket: its list order and the fields filters read cheaply.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchEntry {
    pub id: String,
    pub created: i64,
    /// Number, title and description, lower-cased, as [`super::words_match`] reads them.
    pub text: String,
    /// `None` for a stored value this version does not know.
    pub kind: Option<TicketKind>,
    pub state: Option<TicketState>,
    pub priority: u8,
    pub deleted: bool,
}

impl SearchEntry {
    /// The entry of a ticket from its parts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: String,
        created: i64,
        (number, title, description): (&str, &str, &str),
        kind: Option<TicketKind>,
        state: Option<TicketState>,
        priority: u8,
        deleted: bool,
    ) -> SearchEntry {
        let text = [number, title, description].join(" ").to_lowercase();
        SearchEntry {
            id,
            created,
            text,
            kind,
            state,
            priority,
            deleted,
        }
    }

    /// The entry of a ticket.
    pub fn of(t: &Ticket) -> SearchEntry {
        SearchEntry::new(
            t.id.clone(),
            t.created,
            (&t.number, &t.title, &t.description),
            Some(t.kind),
            Some(t.state),
            u8::from(t.priority),
            t.deleted,
        )
    }

    /// Whether this entry may pass `filter`: its words and the criteria the entry holds.
    fn may_match(&self, filter: &TicketFilter, words: &[String]) -> bool {
        !self.deleted
            && filter.kind.is_none_or(|k| Some(k) == self.kind)
            && filter.state.is_none_or(|s| Some(s) == self.state)
            && filter.priority.is_none_or(|p| u8::from(p) == self.priority)
            && filter
                .logged
                .is_none_or(|(from, to)| (from..to).contains(&self.created))
            && words.iter().all(|w| self.text.contains(w.as_str()))
    }
}

/// Every ticket's entry in creation order (created, then id: the list's `created` index).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    entries: Vec<SearchEntry>,
    /// Position of each id in `entries`.
    at: HashMap<String, usize>,
    /// The latest `updated` time read: a refresh reads the tickets updated since.
    pub watermark: i64,
}

impl SearchIndex {
    /// How many tickets the index holds, tombstones included.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index holds no ticket.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds a ticket, or replaces what the index knew of it; `updated` raises the watermark.
    pub fn upsert(&mut self, entry: SearchEntry, updated: i64) {
        self.watermark = self.watermark.max(updated);
        if let Some(&i) = self.at.get(&entry.id) {
            if self.entries[i].created == entry.created {
                self.entries[i] = entry;
                return;
            }
            // A changed creation time moves the entry: rare, so rebuilding positions is fine.
            self.entries.remove(i);
            self.reposition(i);
        }
        let key = (entry.created, entry.id.as_str());
        let i = self
            .entries
            .partition_point(|e| (e.created, e.id.as_str()) < key);
        let id = entry.id.clone();
        self.entries.insert(i, entry);
        if i + 1 == self.entries.len() {
            self.at.insert(id, i);
        } else {
            self.reposition(i);
        }
    }

    /// Records the positions of the entries from `from` on.
    fn reposition(&mut self, from: usize) {
        for (i, e) in self.entries.iter().enumerate().skip(from) {
            self.at.insert(e.id.clone(), i);
        }
    }

    /// The tickets that may pass `filter`, as (created, id), in its creation order (newest
    /// first unless the filter sorts oldest first), after the ticket `after` (created, id).
    pub fn candidates<'a>(
        &'a self,
        filter: &'a TicketFilter,
        after: Option<(i64, &str)>,
    ) -> Box<dyn Iterator<Item = (i64, &'a str)> + 'a> {
        let words: Vec<String> = filter
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let newest_first = filter.sort != super::Sort::Oldest;
        let split = after.map(|key| {
            self.entries
                .partition_point(|e| (e.created, e.id.as_str()) < key)
        });
        let keep = move |e: &'a SearchEntry| {
            e.may_match(filter, &words)
                .then_some((e.created, e.id.as_str()))
        };
        if newest_first {
            let end = split.unwrap_or(self.entries.len());
            Box::new(self.entries[..end].iter().rev().filter_map(keep))
        } else {
            // After `after`, oldest first: skip it and everything before.
            let start = split.map_or(0, |i| {
                i + usize::from(
                    self.entries
                        .get(i)
                        .is_some_and(|e| Some(e.id.as_str()) == after.map(|a| a.1)),
                )
            });
            Box::new(self.entries[start..].iter().filter_map(keep))
        }
    }

    /// Whether a search for `filter` can be answered from the index: a text search in
    /// creation order, without an SLA criterion (which follows its own index).
    pub fn answers(filter: &TicketFilter) -> bool {
        !filter.text.trim().is_empty()
            && filter.watch.is_none()
            && matches!(filter.sort, super::Sort::Newest | super::Sort::Oldest)
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
