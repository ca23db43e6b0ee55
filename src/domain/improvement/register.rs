//! The improvement register's filters, the index each filter reads through, and the counts
//! the continual improvement diagram shows.

use super::{Improvement, ImprovementStatus, ImprovementStep};

/// Which statuses the register shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFilter {
    /// Items neither done nor rejected.
    Open,
    /// Items with exactly this status.
    Is(ImprovementStatus),
}

impl StatusFilter {
    /// Every choice, in the order the filter lists them (after "all").
    pub fn choices() -> Vec<StatusFilter> {
        std::iter::once(StatusFilter::Open)
            .chain(ImprovementStatus::ALL.into_iter().map(StatusFilter::Is))
            .collect()
    }

    /// Stable key used in the filter's select.
    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Is(status) => status.key(),
        }
    }

    /// Parses a key written by [`StatusFilter::key`].
    pub fn from_key(key: &str) -> Option<StatusFilter> {
        StatusFilter::choices().into_iter().find(|f| f.key() == key)
    }
}

/// The register's filters; `None` shows everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    pub status: Option<StatusFilter>,
    pub step: Option<ImprovementStep>,
}

/// The IndexedDB index a register read goes through, and the key it asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegisterIndex {
    /// The whole store, in id (creation) order.
    All,
    /// The `step` index, at this step's key.
    Step(ImprovementStep),
    /// The `status` index, at this status's key.
    Status(ImprovementStatus),
    /// The `open` index, at 1.
    Open,
}

impl RegisterFilter {
    /// Whether an item passes the filter (deleted items never do).
    pub fn matches(&self, item: &Improvement) -> bool {
        let status = match self.status {
            None => true,
            Some(StatusFilter::Open) => item.status.is_open(),
            Some(StatusFilter::Is(s)) => item.status == s,
        };
        !item.deleted && status && self.step.is_none_or(|s| item.step == s)
    }

    /// The index that narrows the read most: the step (seven values) before the status,
    /// since a register is mostly open items. [`RegisterFilter::matches`] does the rest.
    pub fn index(&self) -> RegisterIndex {
        match (self.step, self.status) {
            (Some(step), _) => RegisterIndex::Step(step),
            (None, Some(StatusFilter::Is(status))) => RegisterIndex::Status(status),
            (None, Some(StatusFilter::Open)) => RegisterIndex::Open,
            (None, None) => RegisterIndex::All,
        }
    }
}

/// Items in the register's order: newest number first (IMP10000 after IMP9999).
pub fn register_order(items: &mut [Improvement]) {
    let key = |i: &Improvement| (i.number.len(), i.number.clone(), i.id.clone());
    items.sort_by_key(|i| std::cmp::Reverse(key(i)));
}

/// How many live items are at each step of the model, in the model's order.
pub fn step_counts(items: &[Improvement]) -> [usize; 7] {
    let mut counts = [0; 7];
    for item in items.iter().filter(|i| !i.deleted) {
        counts[item.step.index()] += 1;
    }
    counts
}
