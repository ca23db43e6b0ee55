//! Human numbers that never collide across devices.
//!
//! A workspace that never replicates numbers its records as it always has: a kind prefix
//! and one counter per kind, INC0042. Two laptops replicating the same workspace create
//! tickets offline, where no counter can be shared: both would hand out INC0042.
//!
//! So once a workspace replicates, each device draws a **device tag**: three characters
//! of Crockford base32 (digits and capitals without I, L, O, U, so no tag reads as
//! another), drawn from random bytes. Every number the device hands out from then on
//! comes from its own counter, with its tag after a dash: INC0042-K7M. Two devices never
//! make the same number, offline or not, without talking to each other.
//!
//! - **Existing numbers never change.** They are quoted in e-mails, notes and links; the
//!   plain numbers all come from the one device that held the workspace before it first
//!   replicated, so they cannot collide either.
//! - **A device joins a replicated workspace by pulling into an empty workspace.** Two
//!   devices that each numbered tickets before ever replicating would both have INC0001:
//!   only an empty server database accepts a workspace that already has tickets.
//! - **The tag and the counters belong to the device**: they are settings that never
//!   replicate. A device keeps its counters, so its first tagged number follows its last
//!   plain one (INC0042, then INC0043-K7M); a device that joins starts at INC0001-Q2X.
//! - **Collisions of tags.** There are 32³ = 32,768 tags. For n devices drawing at
//!   random, the chance that two share one is about n(n−1)/2 ÷ 32,768: 0.03 % for 5
//!   devices, 0.14 % for 10, 1.3 % for 30. A device draws its tag at its first new
//!   number, avoiding the tags it has seen in the numbers pulled so far ([`draw_tag`],
//!   [`Seen`]); that leaves devices that draw at the same moment. A device that then
//!   pulls a new record numbered with its own tag knows another has it too: it draws a
//!   new one for its next numbers ([`Seen::note`]), so that only the numbers both made
//!   before that pull can be alike (their ids still tell them apart).
//! - **Why not blocks of numbers, or renumbering?** Blocks need a server round trip
//!   before going offline and run out; renumbering on sync breaks every reference. Ids
//!   (ULIDs) stay the records' identity; the number is the name people use.

use std::fmt;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// How many characters a device tag has.
pub const TAG_LEN: usize = 3;

/// A device's tag in the numbers it hands out, such as K7M.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceTag(String);

impl DeviceTag {
    /// The tag made of the low 15 bits of two random bytes.
    pub fn from_random(random: [u8; 2]) -> DeviceTag {
        let bits = u16::from_be_bytes(random) & 0x7FFF;
        DeviceTag(
            (0..TAG_LEN)
                .rev()
                .map(|i| CROCKFORD[usize::from((bits >> (5 * i)) & 31)] as char)
                .collect(),
        )
    }

    /// Reads a tag as written in numbers: three Crockford capitals or digits.
    pub fn parse(text: &str) -> Option<DeviceTag> {
        (text.len() == TAG_LEN && text.bytes().all(|b| CROCKFORD.contains(&b)))
            .then(|| DeviceTag(text.to_owned()))
    }

    /// The tag's three characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeviceTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Draws a tag from `random` (two bytes per try) that is not among `taken`, the tags
/// seen in the workspace's numbers; `None` when every try is taken.
pub fn draw_tag(random: &[u8], taken: &[DeviceTag]) -> Option<DeviceTag> {
    random
        .chunks_exact(2)
        .map(|pair| DeviceTag::from_random([pair[0], pair[1]]))
        .find(|tag| !taken.contains(tag))
}

/// The tags a device has seen in numbers pulled from its teammates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen(pub std::collections::BTreeSet<DeviceTag>);

impl Seen {
    /// Notes the tags of `numbers`, those of records new to this device; whether one of
    /// them is `own`, which another device then uses too.
    pub fn note<'a>(
        &mut self,
        numbers: impl IntoIterator<Item = &'a str>,
        own: Option<&DeviceTag>,
    ) -> bool {
        let mut clash = false;
        for tag in numbers
            .into_iter()
            .filter_map(|n| HumanNumber::parse(n)?.tag)
        {
            clash |= Some(&tag) == own;
            self.0.insert(tag);
        }
        clash
    }

    /// The tags, as a list for [`draw_tag`].
    pub fn tags(&self) -> Vec<DeviceTag> {
        self.0.iter().cloned().collect()
    }
}

/// A human number: kind prefix, sequence, and the device tag of a replicated workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HumanNumber {
    pub prefix: String,
    pub seq: u32,
    pub tag: Option<DeviceTag>,
}

impl HumanNumber {
    /// Reads a number written by [`format_number`]: INC0042 or INC0042-K7M.
    pub fn parse(text: &str) -> Option<HumanNumber> {
        let (base, tag) = match text.split_once('-') {
            Some((base, tag)) => (base, Some(DeviceTag::parse(tag)?)),
            None => (text, None),
        };
        let digits = base.trim_start_matches(|c: char| c.is_ascii_uppercase());
        let prefix = &base[..base.len() - digits.len()];
        if prefix.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let seq: u32 = digits.parse().ok()?;
        let number = HumanNumber {
            prefix: prefix.to_owned(),
            seq,
            tag,
        };
        (number.to_string() == text).then_some(number)
    }
}

impl fmt::Display for HumanNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{:04}", self.prefix, self.seq)?;
        match &self.tag {
            Some(tag) => write!(f, "-{tag}"),
            None => Ok(()),
        }
    }
}

/// The number a device hands out: INC0042 while the workspace never replicated (no
/// tag), INC0042-K7M once it does.
pub fn format_number(prefix: &str, seq: u32, tag: Option<&DeviceTag>) -> String {
    HumanNumber {
        prefix: prefix.to_owned(),
        seq,
        tag: tag.cloned(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ticket::{human_number, TicketKind};

    #[test]
    fn a_workspace_that_never_replicates_keeps_plain_numbers() {
        for kind in TicketKind::ALL {
            assert_eq!(
                format_number(kind.prefix(), 42, None),
                human_number(kind, 42)
            );
        }
        assert_eq!(format_number("INC", 12345, None), "INC12345");
    }

    #[test]
    fn a_replicated_device_suffixes_its_tag() {
        let tag = DeviceTag::parse("K7M").unwrap();
        assert_eq!(format_number("INC", 42, Some(&tag)), "INC0042-K7M");
        assert_eq!(format_number("IMP", 7, Some(&tag)), "IMP0007-K7M");
    }

    #[test]
    fn numbers_read_back_as_written_and_junk_is_refused() {
        for text in ["INC0042", "INC0042-K7M", "CHG12345-000", "IMP0001"] {
            let n = HumanNumber::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(n.to_string(), text);
        }
        let n = HumanNumber::parse("REQ0009-ZZZ").unwrap();
        assert_eq!((n.prefix.as_str(), n.seq), ("REQ", 9));
        assert_eq!(n.tag.unwrap().as_str(), "ZZZ");
        for junk in [
            "",
            "0042",
            "INC",
            "INC42",
            "INC0042-",
            "INC0042-K7",
            "INC0042-K7MM",
            "INC0042-I7M",
            "INC0042-k7m",
            "inc0042",
            "INC-0042",
            "INC0042-K7M-X",
            "INC99999999999",
        ] {
            assert_eq!(HumanNumber::parse(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn tags_come_from_random_bits_and_cover_all_32768() {
        assert_eq!(DeviceTag::from_random([0, 0]).as_str(), "000");
        assert_eq!(DeviceTag::from_random([0x7F, 0xFF]).as_str(), "ZZZ");
        assert_eq!(DeviceTag::from_random([0xFF, 0xFF]).as_str(), "ZZZ");
        assert_eq!(DeviceTag::from_random([0x00, 0x21]).as_str(), "011");
        let all: std::collections::HashSet<DeviceTag> = (0..=0x7FFFu16)
            .map(|v| DeviceTag::from_random(v.to_be_bytes()))
            .collect();
        assert_eq!(all.len(), 32_768);
        assert!(all
            .iter()
            .all(|t| DeviceTag::parse(t.as_str()).as_ref() == Some(t)));
    }

    #[test]
    fn a_drawn_tag_avoids_the_tags_already_seen() {
        let taken = [DeviceTag::from_random([0, 1])];
        let tag = draw_tag(&[0, 1, 0, 2], &taken).unwrap();
        assert_eq!(tag, DeviceTag::from_random([0, 2]));
        assert_eq!(draw_tag(&[0, 1], &taken), None);
        assert_eq!(draw_tag(&[], &taken), None);
    }

    #[test]
    fn pulled_numbers_show_the_tags_taken_and_a_clash_with_ours() {
        let mine = DeviceTag::parse("K7M").unwrap();
        let mut seen = Seen::default();
        assert!(!seen.note(
            ["INC0001-Q2X", "INC0002", "IMP0001-Z9A", "bogus"],
            Some(&mine)
        ));
        assert_eq!(
            seen.tags(),
            [
                DeviceTag::parse("Q2X").unwrap(),
                DeviceTag::parse("Z9A").unwrap()
            ]
        );
        assert!(
            seen.note(["PRB0004-K7M"], Some(&mine)),
            "another device has our tag"
        );
        assert!(
            !seen.note(["PRB0004-K7M"], None),
            "no tag yet: nothing clashes"
        );
        // A fresh draw avoids every tag seen.
        let bytes: Vec<u8> = (0..=255u8).flat_map(|b| [b, b]).collect();
        let drawn = draw_tag(&bytes, &seen.tags()).unwrap();
        assert!(!seen.0.contains(&drawn));
    }
}
