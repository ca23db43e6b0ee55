//! Priority derived from impact × urgency through a configurable matrix.

use serde::{Deserialize, Serialize};

/// How wide the effect is (impact) or how fast it hurts (urgency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    High,
    Medium,
    Low,
}

impl Level {
    /// Every level, from the most to the least severe.
    pub const ALL: [Level; 3] = [Level::High, Level::Medium, Level::Low];

    /// Stable key used in forms, URLs and storage.
    pub fn key(self) -> &'static str {
        match self {
            Level::High => "high",
            Level::Medium => "medium",
            Level::Low => "low",
        }
    }

    /// Parses a key written by [`Level::key`].
    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.key() == key)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Ticket priority, P1 (critical) to P5 (planning). Stored as its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Priority {
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
    P5 = 5,
}

impl Priority {
    /// Every priority, most urgent first.
    pub const ALL: [Priority; 5] = [
        Priority::P1,
        Priority::P2,
        Priority::P3,
        Priority::P4,
        Priority::P5,
    ];

    /// Short label such as "P1".
    pub fn code(self) -> &'static str {
        ["P1", "P2", "P3", "P4", "P5"][self as usize - 1]
    }

    /// Parses "P1".."P5".
    pub fn from_code(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }
}

impl From<Priority> for u8 {
    fn from(p: Priority) -> u8 {
        p as u8
    }
}

impl TryFrom<u8> for Priority {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        match n {
            1..=5 => Ok(Priority::ALL[n as usize - 1]),
            _ => Err(format!("unknown priority {n}")),
        }
    }
}

/// Maps impact × urgency to a priority. Rows are impact, columns urgency, High first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorityMatrix {
    cells: [[Priority; 3]; 3],
}

impl Default for PriorityMatrix {
    /// The common 3×3 → 5 levels convention: H/H is P1, L/L is P5.
    fn default() -> Self {
        use Priority::*;
        PriorityMatrix {
            cells: [[P1, P2, P3], [P2, P3, P4], [P3, P4, P5]],
        }
    }
}

impl PriorityMatrix {
    /// The priority of a ticket with this impact and urgency.
    pub fn priority(&self, impact: Level, urgency: Level) -> Priority {
        self.cells[impact.index()][urgency.index()]
    }

    /// Changes one cell of the matrix.
    pub fn set(&mut self, impact: Level, urgency: Level, priority: Priority) {
        self.cells[impact.index()][urgency.index()] = priority;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;
    use Priority::*;

    #[test]
    fn default_matrix_follows_the_reference_convention() {
        let m = PriorityMatrix::default();
        let expected = [
            (High, High, P1),
            (High, Medium, P2),
            (Medium, High, P2),
            (High, Low, P3),
            (Medium, Medium, P3),
            (Low, High, P3),
            (Medium, Low, P4),
            (Low, Medium, P4),
            (Low, Low, P5),
        ];
        for (impact, urgency, p) in expected {
            assert_eq!(m.priority(impact, urgency), p, "{impact:?}/{urgency:?}");
        }
    }

    #[test]
    fn matrix_is_configurable() {
        let mut m = PriorityMatrix::default();
        m.set(Low, Low, P4);
        assert_eq!(m.priority(Low, Low), P4);
        assert_eq!(m.priority(High, High), P1);
    }

    #[test]
    fn priority_round_trips_through_its_number_and_code() {
        for p in Priority::ALL {
            assert_eq!(Priority::try_from(u8::from(p)), Ok(p));
            assert_eq!(Priority::from_code(p.code()), Some(p));
        }
        assert!(Priority::try_from(0).is_err());
        assert!(Priority::try_from(6).is_err());
    }

    #[test]
    fn level_keys_round_trip_and_reject_unknown() {
        for l in Level::ALL {
            assert_eq!(Level::from_key(l.key()), Some(l));
        }
        assert_eq!(Level::from_key("critical"), None);
    }
}
