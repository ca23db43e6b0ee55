//! Revisions as CouchDB writes them ("3-9f2c…": generation, dash, hash), and a revision's
//! ancestry as `_revisions` carries it. Everything read from a peer is checked here first:
//! remote data is untrusted.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How many ancestors a leaf keeps; older ones are pruned (CouchDB's default is 1000).
pub const REVS_LIMIT: usize = 100;
/// The longest ancestry accepted from a peer, before pruning to [`REVS_LIMIT`].
pub const ANCESTRY_MAX: usize = 1000;
/// The longest revision hash accepted (CouchDB and PouchDB write 32 hex characters).
pub const HASH_MAX: usize = 64;
/// The highest generation accepted: far beyond any real edit count, and far from overflow.
pub const GENERATION_MAX: u32 = 1 << 30;

/// A revision: how many edits led to it, and the hash that tells concurrent edits apart.
/// Ordered as CouchDB orders revisions: generation, then hash compared as bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Rev {
    pub generation: u32,
    pub hash: String,
}

/// Why a revision or an ancestry was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RevError {
    /// Not "generation-hash".
    NoDash,
    /// The generation is not a whole number from 1 to [`GENERATION_MAX`] written plainly
    /// ("01" and "+1" are refused: a revision is compared as text elsewhere).
    BadGeneration,
    /// The hash is empty, too long, or not ASCII letters and digits.
    BadHash,
    /// An ancestry with no revision in it.
    EmptyAncestry,
    /// An ancestry longer than [`ANCESTRY_MAX`], or older than generation 1.
    BadAncestry,
    /// `_revisions` does not end at the document's `_rev`.
    AncestryMismatch,
}

impl fmt::Display for RevError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RevError::NoDash => "revision is not \"generation-hash\"",
            RevError::BadGeneration => "revision generation is not a plain number from 1",
            RevError::BadHash => "revision hash is empty, too long or not alphanumeric",
            RevError::EmptyAncestry => "_revisions lists no revision",
            RevError::BadAncestry => "_revisions is too long or goes below generation 1",
            RevError::AncestryMismatch => "_revisions does not end at _rev",
        })
    }
}

impl Rev {
    /// Reads "N-hash", refusing anything else.
    pub fn parse(text: &str) -> Result<Rev, RevError> {
        let (generation, hash) = text.split_once('-').ok_or(RevError::NoDash)?;
        let plain = !generation.is_empty()
            && generation.len() <= 10
            && generation.bytes().all(|b| b.is_ascii_digit())
            && !generation.starts_with('0');
        let generation: u32 = generation
            .parse()
            .ok()
            .filter(|g| plain && *g <= GENERATION_MAX)
            .ok_or(RevError::BadGeneration)?;
        check_hash(hash)?;
        Ok(Rev {
            generation,
            hash: hash.to_owned(),
        })
    }
}

/// Checks one hash of a revision or an ancestry.
pub fn check_hash(hash: &str) -> Result<(), RevError> {
    let fine = !hash.is_empty()
        && hash.len() <= HASH_MAX
        && hash.bytes().all(|b| b.is_ascii_alphanumeric());
    fine.then_some(()).ok_or(RevError::BadHash)
}

impl fmt::Display for Rev {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.generation, self.hash)
    }
}

impl FromStr for Rev {
    type Err = RevError;
    fn from_str(s: &str) -> Result<Rev, RevError> {
        Rev::parse(s)
    }
}

impl TryFrom<String> for Rev {
    type Error = RevError;
    fn try_from(s: String) -> Result<Rev, RevError> {
        Rev::parse(&s)
    }
}

impl From<Rev> for String {
    fn from(rev: Rev) -> String {
        rev.to_string()
    }
}

/// A revision and its ancestors, newest first, as CouchDB's `_revisions`: `ids[0]` is the
/// hash of generation `start`, `ids[1]` of generation `start - 1`, and so on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revisions {
    pub start: u32,
    pub ids: Vec<String>,
}

impl Revisions {
    /// A revision with no known ancestor.
    pub fn single(rev: &Rev) -> Revisions {
        Revisions {
            start: rev.generation,
            ids: vec![rev.hash.clone()],
        }
    }

    /// Checks an ancestry read from a peer: at least one revision, none below generation
    /// 1, every hash sane, at most [`ANCESTRY_MAX`] of them.
    pub fn check(&self) -> Result<(), RevError> {
        if self.ids.is_empty() {
            return Err(RevError::EmptyAncestry);
        }
        if self.start == 0 || self.start > GENERATION_MAX {
            return Err(RevError::BadGeneration);
        }
        if self.ids.len() > ANCESTRY_MAX || self.ids.len() > self.start as usize {
            return Err(RevError::BadAncestry);
        }
        self.ids.iter().try_for_each(|h| check_hash(h))
    }

    /// The revision this ancestry leads to.
    pub fn rev(&self) -> Rev {
        self.at(0)
    }

    /// The oldest revision listed.
    pub fn oldest(&self) -> Rev {
        self.at(self.ids.len().saturating_sub(1))
    }

    /// Every revision listed, newest first.
    pub fn revs(&self) -> impl Iterator<Item = Rev> + '_ {
        (0..self.ids.len()).map(|i| self.at(i))
    }

    /// Where `rev` is in `ids`, if listed.
    pub fn position(&self, rev: &Rev) -> Option<usize> {
        let back = self.start.checked_sub(rev.generation)? as usize;
        (self.ids.get(back)? == &rev.hash).then_some(back)
    }

    /// Whether `rev` is this revision or one of its listed ancestors.
    pub fn contains(&self, rev: &Rev) -> bool {
        self.position(rev).is_some()
    }

    /// A child revision with this one as its parent, the oldest ancestors pruned.
    pub fn child(&self, hash: String) -> Revisions {
        let mut ids = Vec::with_capacity(self.ids.len() + 1);
        ids.push(hash);
        ids.extend(self.ids.iter().cloned());
        Revisions {
            start: self.start.saturating_add(1),
            ids,
        }
        .pruned()
    }

    /// Keeps only the newest [`REVS_LIMIT`] revisions.
    pub fn pruned(mut self) -> Revisions {
        self.ids.truncate(REVS_LIMIT);
        self
    }

    fn at(&self, index: usize) -> Rev {
        Rev {
            generation: self.start.saturating_sub(index as u32),
            hash: self.ids.get(index).cloned().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_reads_and_writes_back_the_same_text() {
        let text = format!("12-{}", "ab".repeat(16));
        let rev = Rev::parse(&text).unwrap();
        assert_eq!(rev.generation, 12);
        assert_eq!(rev.hash, "ab".repeat(16));
        assert_eq!(rev.to_string(), text);
        let json = serde_json::to_string(&rev).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<Rev>(&json).unwrap(), rev);
    }

    #[test]
    fn malformed_revisions_are_refused_with_their_reason() {
        let long = format!("1-{}", "a".repeat(HASH_MAX + 1));
        let cases = [
            ("", RevError::NoDash),
            ("abc", RevError::NoDash),
            ("-abc", RevError::BadGeneration),
            ("0-abc", RevError::BadGeneration),
            ("01-abc", RevError::BadGeneration),
            ("+1-abc", RevError::BadGeneration),
            ("x-abc", RevError::BadGeneration),
            ("99999999999-abc", RevError::BadGeneration),
            ("1073741825-abc", RevError::BadGeneration),
            ("1-", RevError::BadHash),
            ("1-ab-cd", RevError::BadHash),
            ("1-ab cd", RevError::BadHash),
            ("1-é", RevError::BadHash),
            (long.as_str(), RevError::BadHash),
        ];
        for (text, expected) in cases {
            assert_eq!(Rev::parse(text), Err(expected), "{text:?}");
        }
        assert!(serde_json::from_str::<Rev>("\"2\"").is_err());
        assert!(Rev::parse("1073741824-a").is_ok());
    }

    #[test]
    fn revisions_order_by_generation_then_hash() {
        let r = |s: &str| Rev::parse(s).unwrap();
        assert!(r("2-a") > r("1-z"));
        assert!(r("10-a") > r("9-z"), "generations compare as numbers");
        assert!(r("3-b") > r("3-a"));
    }

    #[test]
    fn an_ancestry_lists_generations_downwards() {
        let revs = Revisions {
            start: 3,
            ids: vec!["c".into(), "b".into(), "a".into()],
        };
        let listed: Vec<String> = revs.revs().map(|r| r.to_string()).collect();
        assert_eq!(listed, ["3-c", "2-b", "1-a"]);
        assert_eq!(revs.oldest().to_string(), "1-a");
        assert!(revs.contains(&Rev::parse("2-b").unwrap()));
        assert!(!revs.contains(&Rev::parse("2-c").unwrap()));
        assert!(!revs.contains(&Rev::parse("4-c").unwrap()));
        assert_eq!(revs.child("d".into()).rev().to_string(), "4-d");
    }

    #[test]
    fn ancestries_that_cannot_be_are_refused() {
        let check = |start, ids: &[&str]| {
            Revisions {
                start,
                ids: ids.iter().map(|s| s.to_string()).collect(),
            }
            .check()
        };
        assert_eq!(check(2, &["b", "a"]), Ok(()));
        assert_eq!(check(2, &[]), Err(RevError::EmptyAncestry));
        assert_eq!(check(0, &["a"]), Err(RevError::BadGeneration));
        assert_eq!(check(1, &["b", "a"]), Err(RevError::BadAncestry));
        assert_eq!(check(2, &["b", "a a"]), Err(RevError::BadHash));
        let many = vec!["a"; ANCESTRY_MAX + 1];
        assert_eq!(check(5000, &many), Err(RevError::BadAncestry));
    }

    #[test]
    fn a_long_ancestry_is_pruned_to_the_limit_keeping_the_newest() {
        let mut revs = Revisions {
            start: 1,
            ids: vec!["a0".into()],
        };
        for i in 1..(REVS_LIMIT + 20) {
            revs = revs.child(format!("a{i}"));
        }
        assert_eq!(revs.ids.len(), REVS_LIMIT);
        assert_eq!(
            revs.rev().to_string(),
            format!("{}-a{}", REVS_LIMIT + 20, REVS_LIMIT + 19)
        );
        assert_eq!(revs.oldest().generation, 21);
    }
}
