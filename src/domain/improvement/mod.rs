//! Continual improvement: the improvement register's items, their checks, and the filters of
//! the register. Pure Rust, tested natively.

mod register;
mod steps;

pub use register::*;
pub use steps::*;

use crate::domain::itil::practice;
use crate::domain::ticket::{NewRecord, Problem};
use serde::{Deserialize, Serialize};

/// Longest accepted title, in characters.
pub const TITLE_MAX: usize = 160;
/// Longest accepted expected benefit, in characters.
pub const BENEFIT_MAX: usize = 2_000;
/// Longest accepted owner name, in characters.
pub const OWNER_MAX: usize = 120;
/// Longest accepted report finding an item comes from, in characters.
pub const FINDING_MAX: usize = 1_000;

/// The practice an item raised from a problem concerns.
pub const PROBLEM_MANAGEMENT: &str = "problem-management";

/// Where an improvement item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementStatus {
    Proposed,
    Approved,
    InProgress,
    Done,
    Rejected,
}

impl ImprovementStatus {
    /// Every status, in the order an item usually goes through them.
    pub const ALL: [ImprovementStatus; 5] = [
        ImprovementStatus::Proposed,
        ImprovementStatus::Approved,
        ImprovementStatus::InProgress,
        ImprovementStatus::Done,
        ImprovementStatus::Rejected,
    ];

    /// Stable key used in storage, forms and indexes.
    pub fn key(self) -> &'static str {
        match self {
            ImprovementStatus::Proposed => "proposed",
            ImprovementStatus::Approved => "approved",
            ImprovementStatus::InProgress => "in_progress",
            ImprovementStatus::Done => "done",
            ImprovementStatus::Rejected => "rejected",
        }
    }

    /// Parses a key written by [`ImprovementStatus::key`].
    pub fn from_key(key: &str) -> Option<ImprovementStatus> {
        ImprovementStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the item still needs work: neither done nor rejected.
    pub fn is_open(self) -> bool {
        !matches!(self, ImprovementStatus::Done | ImprovementStatus::Rejected)
    }
}

/// What an improvement item was raised from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImprovementOrigin {
    /// Raised directly in the register.
    #[default]
    None,
    /// Raised from a problem, by its human number (PRB0001).
    Problem { number: String },
    /// Raised from a report finding, by its text.
    Finding { text: String },
}

/// An item of the improvement register, as stored: replication-ready (global id, revision,
/// tombstone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Improvement {
    /// Globally unique id (ULID), never reused.
    pub id: String,
    /// CouchDB-style revision, "generation-hash".
    pub rev: String,
    /// Human number such as IMP0001.
    pub number: String,
    pub title: String,
    /// Keys of the practices concerned ([`crate::domain::itil::PRACTICES`]), at least one.
    pub practices: Vec<String>,
    pub step: ImprovementStep,
    pub status: ImprovementStatus,
    pub benefit: String,
    pub owner: String,
    pub origin: ImprovementOrigin,
    /// 1 while the status is open, else 0: the key of the "open" index (IndexedDB cannot
    /// index booleans). Always derived from `status`.
    pub open: u8,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub updated: i64,
    /// Tombstone: a deleted item stays as a record so that deletion can replicate.
    #[serde(default)]
    pub deleted: bool,
}

/// The human number of an improvement item: IMP and a sequence, such as IMP0007.
///
/// Sequences come from a counter written in the same transaction as the item, like tickets.
pub fn improvement_number(seq: u32) -> String {
    format!("IMP{seq:04}")
}

/// A field of the improvement form that can be in error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImprovementField {
    Title,
    Practices,
    Step,
    Status,
    Benefit,
    Owner,
    Origin,
}

/// A typed validation error the UI shows next to its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImprovementError {
    pub field: ImprovementField,
    pub problem: Problem,
}

/// The improvement form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImprovementForm {
    pub title: String,
    /// Practice keys, as ticked.
    pub practices: Vec<String>,
    /// Step key ([`ImprovementStep::key`]).
    pub step: String,
    /// Status key ([`ImprovementStatus::key`]).
    pub status: String,
    pub benefit: String,
    pub owner: String,
    pub origin: ImprovementOrigin,
}

/// A checked improvement form, ready to be numbered and stored, or applied to an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImprovementDraft {
    pub title: String,
    pub practices: Vec<String>,
    pub step: ImprovementStep,
    pub status: ImprovementStatus,
    pub benefit: String,
    pub owner: String,
    pub origin: ImprovementOrigin,
}

impl ImprovementForm {
    /// A blank item: first step, proposed, nothing else.
    pub fn blank() -> ImprovementForm {
        ImprovementForm {
            step: ImprovementStep::Vision.key().to_owned(),
            status: ImprovementStatus::Proposed.key().to_owned(),
            ..ImprovementForm::default()
        }
    }

    /// An item raised from a problem: its title, problem management, and the problem as
    /// origin.
    pub fn from_problem(number: &str, title: &str) -> ImprovementForm {
        ImprovementForm {
            title: clip(title, TITLE_MAX),
            practices: vec![PROBLEM_MANAGEMENT.to_owned()],
            origin: ImprovementOrigin::Problem {
                number: number.to_owned(),
            },
            ..ImprovementForm::blank()
        }
    }

    /// An item raised from a report finding: the finding as title (clipped), the given
    /// expected benefit, and the finding as origin.
    pub fn from_finding(finding: &str, benefit: &str) -> ImprovementForm {
        let finding = finding.trim();
        ImprovementForm {
            title: clip(finding, TITLE_MAX),
            benefit: clip(benefit, BENEFIT_MAX),
            origin: ImprovementOrigin::Finding {
                text: clip(finding, FINDING_MAX),
            },
            ..ImprovementForm::blank()
        }
    }

    /// The form for editing an existing item.
    pub fn from_item(item: &Improvement) -> ImprovementForm {
        ImprovementForm {
            title: item.title.clone(),
            practices: item.practices.clone(),
            step: item.step.key().to_owned(),
            status: item.status.key().to_owned(),
            benefit: item.benefit.clone(),
            owner: item.owner.clone(),
            origin: item.origin.clone(),
        }
    }

    /// Checks every field and returns all errors at once, or the checked draft.
    pub fn validate(&self) -> Result<ImprovementDraft, Vec<ImprovementError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(ImprovementError { field, problem });
        let title = self.title.trim();
        let benefit = self.benefit.trim();
        let owner = self.owner.trim();
        for (field, value, max, required) in [
            (ImprovementField::Title, title, TITLE_MAX, true),
            (ImprovementField::Benefit, benefit, BENEFIT_MAX, false),
            (ImprovementField::Owner, owner, OWNER_MAX, false),
        ] {
            if required && value.is_empty() {
                fail(field, Problem::Required);
            } else if value.chars().count() > max {
                fail(field, Problem::TooLong { max });
            }
        }
        let mut practices: Vec<String> = Vec::new();
        for key in &self.practices {
            if !practices.contains(key) {
                practices.push(key.clone());
            }
        }
        if practices.is_empty() {
            fail(ImprovementField::Practices, Problem::Required);
        } else if practices.iter().any(|k| practice(k).is_none()) {
            fail(ImprovementField::Practices, Problem::Unknown);
        }
        let step = ImprovementStep::from_key(&self.step);
        if step.is_none() {
            fail(ImprovementField::Step, required_or_unknown(&self.step));
        }
        let status = ImprovementStatus::from_key(&self.status);
        if status.is_none() {
            fail(ImprovementField::Status, required_or_unknown(&self.status));
        }
        let origin = match &self.origin {
            ImprovementOrigin::Problem { number } if !is_problem_number(number) => {
                fail(ImprovementField::Origin, Problem::Unknown);
                None
            }
            ImprovementOrigin::Finding { text } if text.trim().is_empty() => {
                fail(ImprovementField::Origin, Problem::Required);
                None
            }
            ImprovementOrigin::Finding { text } if text.trim().chars().count() > FINDING_MAX => {
                fail(
                    ImprovementField::Origin,
                    Problem::TooLong { max: FINDING_MAX },
                );
                None
            }
            ImprovementOrigin::Finding { text } => Some(ImprovementOrigin::Finding {
                text: text.trim().to_owned(),
            }),
            other => Some(other.clone()),
        };
        match (step, status, origin) {
            (Some(step), Some(status), Some(origin)) if errors.is_empty() => Ok(ImprovementDraft {
                title: title.to_owned(),
                practices,
                step,
                status,
                benefit: benefit.to_owned(),
                owner: owner.to_owned(),
                origin,
            }),
            _ => Err(errors),
        }
    }
}

impl ImprovementDraft {
    /// The new item: numbered from its sequence, created and updated now.
    pub fn create(self, record: NewRecord, seq: u32) -> Improvement {
        Improvement {
            id: record.id,
            rev: record.rev,
            number: improvement_number(seq),
            title: self.title,
            practices: self.practices,
            step: self.step,
            open: u8::from(self.status.is_open()),
            status: self.status,
            benefit: self.benefit,
            owner: self.owner,
            origin: self.origin,
            created: record.now,
            updated: record.now,
            deleted: false,
        }
    }

    /// The item's next version with this draft's fields, under the revision `rev`; its id,
    /// number and creation stay.
    pub fn revise(self, item: &Improvement, rev: String, now: i64) -> Improvement {
        Improvement {
            id: item.id.clone(),
            rev,
            number: item.number.clone(),
            title: self.title,
            practices: self.practices,
            step: self.step,
            open: u8::from(self.status.is_open()),
            status: self.status,
            benefit: self.benefit,
            owner: self.owner,
            origin: self.origin,
            created: item.created,
            updated: now,
            deleted: item.deleted,
        }
    }
}

fn required_or_unknown(raw: &str) -> Problem {
    if raw.is_empty() {
        Problem::Required
    } else {
        Problem::Unknown
    }
}

/// Whether text is a problem's human number, such as PRB0001 (or PRB0001-K7M in a synced
/// workspace).
fn is_problem_number(number: &str) -> bool {
    crate::domain::replication::numbering::HumanNumber::parse(number)
        .is_some_and(|n| n.prefix == "PRB")
}

/// The first `max` characters of trimmed text.
fn clip(text: &str, max: usize) -> String {
    text.trim()
        .chars()
        .take(max)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

#[cfg(test)]
mod tests;
