//! A document's revision tree, kept compactly as its leaves: each leaf with its ancestry
//! (newest first, pruned to [`REVS_LIMIT`]), its tombstone flag, and whether this device
//! holds its body. Inner revisions are known only through the leaves' ancestries, as
//! CouchDB knows them once compacted.

use super::hash::fnv1a_hex;
use super::revision::{Rev, RevError, Revisions, REVS_LIMIT};
use crate::domain::ids::next_revision;
use serde::{Deserialize, Serialize};

/// The leaves of one document, the winner first, then in CouchDB's order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevTree {
    pub leaves: Vec<Leaf>,
}

/// A revision nothing descends from yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leaf {
    /// The leaf and its ancestors, as `_revisions`.
    pub revisions: Revisions,
    /// A tombstone: the document was deleted on this branch.
    #[serde(default)]
    pub deleted: bool,
    /// The fingerprint of the leaf's body this device holds
    /// ([`super::document::fingerprint`]); `None` when it holds none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

impl Leaf {
    /// The leaf's own revision.
    pub fn rev(&self) -> Rev {
        self.revisions.rev()
    }

    /// CouchDB's winner order: a live leaf beats a tombstone, then the higher generation,
    /// then the greater hash.
    fn rank(&self) -> (bool, u32, &str) {
        let hash = self.revisions.ids.first().map_or("", String::as_str);
        (!self.deleted, self.revisions.start, hash)
    }
}

/// What merging a revision did to the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The revision was already there, as a leaf or an ancestor: nothing changed.
    Known,
    /// A known leaf whose body was not held: it is now.
    Filled,
    /// The first revision of a document new to this device.
    Created,
    /// It descends from a leaf, which it replaces.
    Extended,
    /// It deletes a leaf's branch: a tombstone replaces the leaf.
    Tombstoned,
    /// It descends from no leaf: a new branch, a conflict if it is live.
    Branched,
}

/// The result of a merge: what happened, and the tree's standing afterwards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub outcome: Outcome,
    pub winner: Rev,
    /// Live leaves that lost to the winner.
    pub conflicts: Vec<Rev>,
    /// Leaves the revision descends from: no longer leaves.
    pub replaced: Vec<Rev>,
}

/// The answer of `_revs_diff` for one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RevsDiff {
    pub missing: Vec<Rev>,
    /// Leaves older than a missing revision, which it may descend from.
    pub possible_ancestors: Vec<Rev>,
}

impl RevTree {
    /// The leaf every device shows, by CouchDB's order: a live leaf beats a tombstone,
    /// then the higher generation, then the greater hash.
    pub fn winner(&self) -> Option<&Leaf> {
        self.leaves.iter().max_by(|a, b| a.rank().cmp(&b.rank()))
    }

    /// Live leaves other than the winner: the document's conflicts.
    pub fn conflicts(&self) -> Vec<Rev> {
        let winner = self.winner().map(Leaf::rev);
        self.leaves
            .iter()
            .filter(|l| !l.deleted && Some(l.rev()) != winner)
            .map(Leaf::rev)
            .collect()
    }

    /// The leaf `rev`, if it is one.
    pub fn leaf(&self, rev: &Rev) -> Option<&Leaf> {
        self.leaves.iter().find(|l| l.rev() == *rev)
    }

    /// Whether `rev` is a leaf or a known ancestor of one.
    pub fn contains(&self, rev: &Rev) -> bool {
        self.leaves.iter().any(|l| l.revisions.contains(rev))
    }

    /// Records the fingerprint of the body held for leaf `rev`.
    pub fn set_body(&mut self, rev: &Rev, body: Option<String>) {
        if let Some(leaf) = self.leaves.iter_mut().find(|l| l.rev() == *rev) {
            leaf.body = body;
        }
    }

    /// Merges a revision with its ancestry, as `_bulk_docs` with `new_edits: false` does:
    /// the same set of revisions gives the same leaves in whatever order they arrive.
    pub fn merge(
        &mut self,
        incoming: &Revisions,
        deleted: bool,
        body: Option<String>,
    ) -> Result<Merged, RevError> {
        incoming.check()?;
        let rev = incoming.rev();
        let was_empty = self.leaves.is_empty();
        let mut replaced = Vec::new();
        let outcome = if let Some(leaf) = self.leaves.iter_mut().find(|l| l.rev() == rev) {
            if leaf.body.is_none() && body.is_some() {
                leaf.body = body;
                Outcome::Filled
            } else {
                Outcome::Known
            }
        } else if self.contains(&rev) {
            Outcome::Known
        } else {
            let ids = self.joined(incoming);
            let (extended, kept): (Vec<Leaf>, Vec<Leaf>) = std::mem::take(&mut self.leaves)
                .into_iter()
                .partition(|l| incoming.contains(&l.rev()));
            replaced = extended.iter().map(Leaf::rev).collect();
            self.leaves = kept;
            self.leaves.push(Leaf {
                revisions: Revisions {
                    start: incoming.start,
                    ids,
                }
                .pruned(),
                deleted,
                body,
            });
            match (was_empty, replaced.is_empty(), deleted) {
                (true, _, _) => Outcome::Created,
                (false, true, _) => Outcome::Branched,
                (false, false, true) => Outcome::Tombstoned,
                (false, false, false) => Outcome::Extended,
            }
        };
        self.settle();
        Ok(self.merged(outcome, replaced, rev))
    }

    /// Which of the revisions a peer offers are missing here: unknown ones, and live
    /// leaves whose body this device does not hold.
    pub fn revs_diff(&self, offered: &[Rev]) -> RevsDiff {
        let mut diff = RevsDiff::default();
        for rev in offered {
            let held = match self.leaf(rev) {
                Some(leaf) => leaf.deleted || leaf.body.is_some(),
                None => self.contains(rev),
            };
            if !held && !diff.missing.contains(rev) {
                diff.missing.push(rev.clone());
            }
        }
        let newest = diff.missing.iter().map(|r| r.generation).max().unwrap_or(0);
        diff.possible_ancestors = self
            .leaves
            .iter()
            .map(Leaf::rev)
            .filter(|r| r.generation < newest)
            .collect();
        diff
    }

    /// A local edit: the next revision of the winner, from `random` by the rule of
    /// [`next_revision`]; the first revision when the tree is empty.
    pub fn edit(&mut self, deleted: bool, body: Option<String>, random: [u8; 16]) -> Rev {
        let parent = self.winner().map(|l| l.revisions.clone());
        let text = next_revision(
            parent.as_ref().map(|p| p.rev().to_string()).as_deref(),
            random,
        );
        let hash = text
            .split_once('-')
            .map_or(text.clone(), |(_, h)| h.to_owned());
        let revisions = match &parent {
            Some(p) => p.child(hash),
            None => Revisions {
                start: 1,
                ids: vec![hash],
            },
        };
        let rev = revisions.rev();
        let parent_rev = parent.map(|p| p.rev());
        self.leaves.retain(|l| Some(l.rev()) != parent_rev);
        self.leaves.push(Leaf {
            revisions,
            deleted,
            body,
        });
        self.settle();
        rev
    }

    /// Takes in a revision made locally several edits after the winner, whose
    /// intermediate revisions were never recorded: it replaces the winner, the missing
    /// ancestors named by a hash of `rev` and their generation, the same on every run.
    /// Refused (false) unless `rev` is unknown and of a later generation than the winner.
    pub fn graft(&mut self, rev: &Rev, deleted: bool, body: Option<String>) -> bool {
        let parent = self.winner().map(|l| l.revisions.clone());
        let floor = parent.as_ref().map_or(0, |p| p.start);
        if rev.generation <= floor || self.contains(rev) {
            return false;
        }
        let mut ids = vec![rev.hash.clone()];
        let mut generation = rev.generation - 1;
        while generation > floor && ids.len() < REVS_LIMIT {
            ids.push(fnv1a_hex(format!("{rev}:{generation}").as_bytes()));
            generation -= 1;
        }
        if generation == floor {
            if let Some(p) = &parent {
                ids.extend(p.ids.iter().cloned());
            }
        }
        let parent_rev = parent.map(|p| p.rev());
        self.leaves.retain(|l| Some(l.rev()) != parent_rev);
        self.leaves.push(Leaf {
            revisions: Revisions {
                start: rev.generation,
                ids,
            }
            .pruned(),
            deleted,
            body,
        });
        self.settle();
        true
    }

    /// The ancestry of `incoming` completed with the older history of a leaf that holds
    /// its oldest revision, the longest such when several do.
    fn joined(&self, incoming: &Revisions) -> Vec<String> {
        let oldest = incoming.oldest();
        let older = self
            .leaves
            .iter()
            .filter_map(|l| Some(&l.revisions.ids[l.revisions.position(&oldest)? + 1..]))
            .max_by_key(|rest| rest.len())
            .unwrap_or(&[]);
        incoming.ids.iter().chain(older).cloned().collect()
    }

    /// Puts the leaves in winner order, so that equal trees compare equal.
    fn settle(&mut self) {
        self.leaves.sort_by(|a, b| b.rank().cmp(&a.rank()));
        self.leaves.dedup_by_key(|l| l.rev());
    }

    /// The standing after a merge; `rev` (the merged revision) stands in for a winner
    /// that cannot be missing once a revision is in.
    fn merged(&self, outcome: Outcome, replaced: Vec<Rev>, rev: Rev) -> Merged {
        Merged {
            outcome,
            winner: self.winner().map_or(rev, Leaf::rev),
            conflicts: self.conflicts(),
            replaced,
        }
    }
}
