//! Revision trees: the winner, merges in any order, `_revs_diff`, edits, pruning, and
//! conflicts settled the same way on every device.

use crate::domain::ids::next_revision;
use crate::domain::replication::revision::{Rev, RevError, Revisions, REVS_LIMIT};
use crate::domain::replication::tree::{Outcome, RevTree};
use proptest::prelude::*;

fn rev(text: &str) -> Rev {
    Rev::parse(text).unwrap()
}

/// An ancestry from its newest revision down: path(3, "c b a") is 3-c, 2-b, 1-a.
fn path(start: u32, ids: &str) -> Revisions {
    Revisions {
        start,
        ids: ids.split_whitespace().map(str::to_owned).collect(),
    }
}

fn body() -> Option<String> {
    Some("body".into())
}

fn tree_of(leaves: &[(Revisions, bool)]) -> RevTree {
    let mut tree = RevTree::default();
    for (p, deleted) in leaves {
        tree.merge(p, *deleted, body()).unwrap();
    }
    tree
}

fn leaf_names(tree: &RevTree) -> Vec<String> {
    tree.leaves.iter().map(|l| l.rev().to_string()).collect()
}

#[test]
fn a_live_leaf_beats_a_tombstone_of_a_later_generation() {
    let tree = tree_of(&[(path(5, "e d c b a"), true), (path(2, "x a"), false)]);
    assert_eq!(tree.winner().unwrap().rev(), rev("2-x"));
    assert!(tree.conflicts().is_empty(), "a tombstone is no conflict");
}

#[test]
fn among_live_leaves_the_higher_generation_wins() {
    let tree = tree_of(&[(path(3, "a b a"), false), (path(2, "z a"), false)]);
    assert_eq!(tree.winner().unwrap().rev(), rev("3-a"));
    assert_eq!(tree.conflicts(), [rev("2-z")]);
}

#[test]
fn at_equal_generation_the_greater_hash_wins_whatever_the_arrival_order() {
    let x = (path(2, "x a"), false);
    let y = (path(2, "y a"), false);
    for tree in [tree_of(&[x.clone(), y.clone()]), tree_of(&[y, x])] {
        assert_eq!(tree.winner().unwrap().rev(), rev("2-y"));
        assert_eq!(tree.conflicts(), [rev("2-x")]);
        assert_eq!(leaf_names(&tree), ["2-y", "2-x"], "winner first");
    }
}

#[test]
fn when_every_leaf_is_deleted_the_latest_tombstone_wins() {
    let tree = tree_of(&[(path(2, "x a"), true), (path(3, "q p a"), true)]);
    let winner = tree.winner().unwrap();
    assert_eq!((winner.rev(), winner.deleted), (rev("3-q"), true));
}

#[test]
fn merge_outcomes_follow_where_the_revision_fits() {
    let mut tree = RevTree::default();
    let mut merge = |p: Revisions, deleted| tree.merge(&p, deleted, body()).unwrap();
    assert_eq!(merge(path(1, "a"), false).outcome, Outcome::Created);
    assert_eq!(merge(path(1, "a"), false).outcome, Outcome::Known);
    let extended = merge(path(2, "b a"), false);
    assert_eq!(extended.outcome, Outcome::Extended);
    assert_eq!(extended.replaced, [rev("1-a")]);
    assert_eq!(
        merge(path(1, "a"), false).outcome,
        Outcome::Known,
        "an ancestor"
    );
    let branched = merge(path(2, "c a"), false);
    assert_eq!(branched.outcome, Outcome::Branched);
    assert_eq!(
        (branched.winner, branched.conflicts),
        (rev("2-c"), vec![rev("2-b")])
    );
    let closed = merge(path(3, "d c"), true);
    assert_eq!(closed.outcome, Outcome::Tombstoned);
    assert_eq!(closed.replaced, [rev("2-c")]);
    assert_eq!((closed.winner, closed.conflicts), (rev("2-b"), vec![]));
}

#[test]
fn a_known_leaf_without_its_body_is_filled_once() {
    let mut tree = RevTree::default();
    tree.merge(&path(1, "a"), false, None).unwrap();
    let filled = tree.merge(&path(1, "a"), false, body()).unwrap();
    assert_eq!(filled.outcome, Outcome::Filled);
    assert_eq!(tree.leaves[0].body, body());
    assert_eq!(
        tree.merge(&path(1, "a"), false, Some("other".into()))
            .unwrap()
            .outcome,
        Outcome::Known
    );
    assert_eq!(tree.leaves[0].body, body(), "a held body is not replaced");
}

#[test]
fn a_short_ancestry_is_completed_with_the_history_already_known() {
    let mut tree = tree_of(&[(path(3, "c b a"), false)]);
    tree.merge(&path(5, "e d c"), false, body()).unwrap();
    assert_eq!(tree.leaves.len(), 1);
    assert_eq!(tree.leaves[0].revisions, path(5, "e d c b a"));
    // A branch from 2-b also learns 1-a.
    tree.merge(&path(3, "x b"), false, body()).unwrap();
    assert_eq!(tree.leaf(&rev("3-x")).unwrap().revisions, path(3, "x b a"));
}

#[test]
fn malformed_ancestry_is_refused_and_the_tree_left_alone() {
    let mut tree = tree_of(&[(path(1, "a"), false)]);
    let before = tree.clone();
    assert_eq!(
        tree.merge(&path(1, "b a"), false, body()),
        Err(RevError::BadAncestry)
    );
    assert_eq!(
        tree.merge(&path(2, ""), false, body()),
        Err(RevError::EmptyAncestry)
    );
    assert_eq!(
        tree.merge(&path(2, "b-x a"), false, body()),
        Err(RevError::BadHash)
    );
    assert_eq!(tree, before);
}

#[test]
fn ancestry_is_pruned_to_the_limit_on_edits_and_on_merges() {
    let mut tree = RevTree::default();
    for i in 0..(REVS_LIMIT + 50) {
        tree.edit(false, body(), [i as u8; 16]);
    }
    let leaf = &tree.leaves[0];
    assert_eq!(leaf.revisions.start as usize, REVS_LIMIT + 50);
    assert_eq!(leaf.revisions.ids.len(), REVS_LIMIT);
    let long = Revisions {
        start: 900,
        ids: (0..900).map(|i| format!("h{i}")).collect(),
    };
    let mut other = RevTree::default();
    other.merge(&long, false, body()).unwrap();
    assert_eq!(other.leaves[0].revisions.ids.len(), REVS_LIMIT);
    assert_eq!(
        other.leaves[0].revisions.oldest().generation as usize,
        900 - REVS_LIMIT + 1
    );
}

#[test]
fn revs_diff_lists_what_is_missing_and_possible_ancestors() {
    let mut tree = tree_of(&[(path(3, "c b a"), false), (path(2, "t a"), true)]);
    tree.merge(&path(2, "n a"), false, None).unwrap();
    let offered = [
        rev("3-c"),
        rev("2-b"),
        rev("2-t"),
        rev("2-n"),
        rev("4-d"),
        rev("4-d"),
    ];
    let diff = tree.revs_diff(&offered);
    assert_eq!(
        diff.missing,
        [rev("2-n"), rev("4-d")],
        "bodiless live leaf, unknown, once"
    );
    let mut ancestors = diff.possible_ancestors;
    ancestors.sort();
    assert_eq!(ancestors, [rev("2-n"), rev("2-t"), rev("3-c")]);
    assert!(tree.revs_diff(&[rev("1-a")]).missing.is_empty());
}

#[test]
fn an_edit_follows_the_winner_by_the_rule_of_next_revision() {
    let mut tree = RevTree::default();
    let first = tree.edit(false, body(), [1; 16]);
    assert_eq!(first.to_string(), next_revision(None, [1; 16]));
    let second = tree.edit(true, body(), [2; 16]);
    assert_eq!(
        second.to_string(),
        next_revision(Some(&first.to_string()), [2; 16])
    );
    assert_eq!(tree.leaves.len(), 1);
    assert!(tree.leaves[0].deleted);
    assert_eq!(
        tree.leaves[0].revisions.revs().collect::<Vec<_>>(),
        [second, first]
    );
}

#[test]
fn a_graft_names_missing_ancestors_the_same_way_every_time() {
    let base = tree_of(&[(path(2, "b a"), false), (path(2, "c a"), false)]);
    let local = rev("5-f");
    let (mut one, mut two) = (base.clone(), base.clone());
    assert!(one.graft(&local, false, body()));
    assert!(two.graft(&local, false, body()));
    assert_eq!(one, two);
    let grafted = one.leaf(&local).unwrap();
    assert_eq!(grafted.revisions.ids.len(), 5);
    assert_eq!(
        &grafted.revisions.ids[3..],
        ["c", "a"],
        "onto the winner 2-c"
    );
    assert_eq!(one.conflicts(), [rev("2-b")]);
    assert!(!one.graft(&rev("5-f"), false, body()), "already known");
    assert!(
        !one.graft(&rev("4-g"), false, body()),
        "not after the winner"
    );
    let mut empty = RevTree::default();
    assert!(empty.graft(&rev("3-z"), false, body()));
    assert_eq!(empty.leaves[0].revisions.ids.len(), 3);
}

#[test]
fn two_concurrent_edits_conflict_then_one_resolution_settles_both_devices() {
    // Both laptops hold 1-a; each edits offline; they exchange their edits.
    let mut laptop = tree_of(&[(path(1, "a"), false)]);
    let mut desktop = laptop.clone();
    let mine = laptop.edit(false, body(), [0x11; 16]);
    let theirs = desktop.edit(false, body(), [0x22; 16]);
    let mine_path = laptop.leaf(&mine).unwrap().revisions.clone();
    let theirs_path = desktop.leaf(&theirs).unwrap().revisions.clone();
    laptop.merge(&theirs_path, false, body()).unwrap();
    desktop.merge(&mine_path, false, body()).unwrap();
    assert_eq!(laptop, desktop);
    assert_eq!(
        laptop.winner().unwrap().rev(),
        theirs,
        "22… sorts after 11…"
    );
    assert_eq!(laptop.conflicts(), [mine]);

    // The laptop settles it; the desktop receives the writes in either order.
    let settled = laptop.resolve("chosen").unwrap().unwrap();
    assert_eq!(settled.tombstones.len(), 1);
    assert!(laptop.conflicts().is_empty());
    let mut writes: Vec<(Revisions, bool)> = vec![(settled.winner.clone(), false)];
    writes.extend(settled.tombstones.iter().map(|t| (t.clone(), true)));
    for order in [writes.clone(), writes.iter().rev().cloned().collect()] {
        let mut other = desktop.clone();
        for (p, deleted) in &order {
            other
                .merge(
                    p,
                    *deleted,
                    if *deleted {
                        None
                    } else {
                        Some("chosen".into())
                    },
                )
                .unwrap();
        }
        assert_eq!(other, laptop);
        assert_eq!(other.winner().unwrap().rev(), settled.winner.rev());
    }

    // The desktop settling it the same way writes the very same revisions.
    let mut same = desktop.clone();
    let again = same.resolve("chosen").unwrap().unwrap();
    assert_eq!(again, settled);
    assert_eq!(same, laptop);
    assert_eq!(
        laptop.clone().resolve("chosen").unwrap(),
        None,
        "nothing left to settle"
    );
}

/// Every revision of a random history with edits, branches and deletions, each with its
/// whole ancestry: what peers send each other.
fn history(ops: &[(u8, u8)]) -> Vec<(Revisions, bool)> {
    let mut all = vec![(path(1, "root"), false)];
    for (n, (op, pick)) in ops.iter().enumerate() {
        let (base, _) = all[*pick as usize % all.len()].clone();
        let child = base.child(format!("h{n}"));
        all.push((child, op % 4 == 0));
    }
    all
}

proptest! {
    #[test]
    fn the_same_revisions_in_any_order_give_the_same_tree(
        ops in proptest::collection::vec((any::<u8>(), any::<u8>()), 1..30),
        seed in any::<u64>(),
    ) {
        let revisions = history(&ops);
        let mut shuffled = revisions.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let forward = tree_of(&revisions);
        let backward = tree_of(&revisions.iter().rev().cloned().collect::<Vec<_>>());
        let random = tree_of(&shuffled);
        prop_assert_eq!(&forward, &backward);
        prop_assert_eq!(&forward, &random);
        // Every revision is known, and only real leaves remain.
        for (p, _) in &revisions {
            prop_assert!(forward.contains(&p.rev()));
        }
        for leaf in &forward.leaves {
            let descends = revisions.iter().any(|(p, _)| p.rev() != leaf.rev() && p.contains(&leaf.rev()));
            prop_assert!(!descends, "{} has a child but is a leaf", leaf.rev());
        }
    }
}
