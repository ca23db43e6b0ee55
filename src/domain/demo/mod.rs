//! Demo data (issue 7): a small company's service desk and 90 days of its history, generated
//! deterministically from a seed, in English or French, so that the same seed always gives
//! the same demo. Tickets are built by replaying the app's own domain operations (opening,
//! lifecycle actions, work notes, links, versions), so every history, SLA trail and state is
//! what the app would have written.
//!
//! Contracts the guided scenarios rely on (tested in `tests.rs`):
//! 1. A problem in the known-error state on the "VPN" service, whose known error record
//!    holds a workaround, so that a new VPN incident can be matched to it.
//! 2. A cluster of at least 5 "Performance" incidents on the customer portal in the last 14
//!    days, none linked to a problem: the most frequent recurring incident category of the
//!    last 14 days on the dashboard.
//! 3. The catalogue items of [`demo_company`], usable for a new request.
//! 4. An improvement register of 4 items with varied statuses and steps, one raised from a
//!    problem.
//! 5. The settings of all 34 practices, all enabled, maturity 1 to 5, owners from the
//!    company's people.

mod changes;
mod company;
mod incidents;
mod plan;
mod problems;
mod register;
mod requests;
mod sim;
#[cfg(test)]
mod tests;
mod texts;
mod themes;

pub use company::demo_company;

use super::configuration::DeskConfig;
use super::history::TicketEvent;
use super::improvement::Improvement;
use super::itil::PracticeSettings;
use super::priority::PriorityMatrix;
use super::sla::SlaPolicy;
use super::ticket::Ticket;
use crate::i18n::Lang;

/// A small, fast, seedable random sequence (SplitMix64): the same seed gives the same
/// numbers on every machine.
#[derive(Clone, Debug)]
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed)
    }

    /// The next number of the sequence.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Whether an event of `percent` chance happens.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// A number in `lo..hi` (`lo` < `hi`).
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % (hi - lo) as u64) as i64
    }

    /// Random bytes, for ids and revisions.
    pub fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for chunk in out.chunks_mut(8) {
            let n = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&n[..chunk.len()]);
        }
        out
    }
}

/// (English, French) pairs.
type Pair = (&'static str, &'static str);

/// The text of a pair in a language.
fn tr(p: &Pair, lang: Lang) -> String {
    match lang {
        Lang::En => p.0.to_owned(),
        Lang::Fr => p.1.to_owned(),
    }
}

/// Everything a demo workspace holds, as the app would have written it.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoData {
    pub config: DeskConfig,
    pub sla: SlaPolicy,
    /// The default matrix.
    pub matrix: PriorityMatrix,
    /// The presenter's name, recorded as the author of new changes.
    pub actor: String,
    pub tickets: Vec<Ticket>,
    /// Every ticket's history, in the order it was written.
    pub events: Vec<TicketEvent>,
    /// All 34 practices, in reference order.
    pub practices: Vec<PracticeSettings>,
    pub improvements: Vec<Improvement>,
    /// The number counters to store: ("counter.INC", last number), … ("counter.IMP", n).
    pub counters: Vec<(String, u32)>,
}

/// The demo workspace of `seed` in `lang`, with its history over the 90 days before `end`
/// (milliseconds since the epoch, the "now" of generation). Same arguments, same data.
pub fn generate(seed: u64, lang: Lang, end: i64) -> DemoData {
    sim::build(seed, lang, end).0
}
