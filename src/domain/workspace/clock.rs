//! The simulated clock of a demo workspace: real time plus an offset that the presenter
//! moves forward to show SLA warnings and breaches arrive.

use serde::{Deserialize, Serialize};

const HOUR: i64 = 3_600_000;
/// How far past an SLA warning "next warning" lands, so the warning already shows.
const PAST_WARNING: i64 = 60_000;

/// How far ahead of real time a demo workspace's clock runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimulatedClock {
    /// Milliseconds added to real time; 0 is real time.
    pub offset: i64,
}

/// One move of the clock asked for by the presenter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockStep {
    Hour,
    Day,
    /// Just past this instant: the next SLA warning ahead.
    To(i64),
    /// Back to real time.
    Real,
}

impl SimulatedClock {
    /// Whether the clock is ahead of real time.
    pub fn is_simulated(&self) -> bool {
        self.offset != 0
    }

    /// The simulated time at real time `real`.
    pub fn at(&self, real: i64) -> i64 {
        real + self.offset
    }

    /// The clock after a step, at real time `real`. Time never goes back before real time,
    /// and never back at all except to real time.
    pub fn moved(self, step: ClockStep, real: i64) -> SimulatedClock {
        let offset = match step {
            ClockStep::Hour => self.offset + HOUR,
            ClockStep::Day => self.offset + 24 * HOUR,
            ClockStep::To(instant) => (instant + PAST_WARNING - real).max(self.offset),
            ClockStep::Real => 0,
        };
        SimulatedClock {
            offset: offset.max(0),
        }
    }
}
