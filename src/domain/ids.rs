//! Globally unique ids (ULID) and CouchDB-style revisions, from a clock and random bytes.

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A ULID: 48 bits of milliseconds then 80 random bits, as 26 Crockford base32 characters.
/// Ids sort by creation time and never collide across devices.
pub fn ulid(now_ms: u64, random: [u8; 10]) -> String {
    let mut value: u128 = u128::from(now_ms & 0xFFFF_FFFF_FFFF) << 80;
    for (i, byte) in random.iter().enumerate() {
        value |= u128::from(*byte) << (8 * (9 - i));
    }
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((value >> (5 * i)) & 31) as usize] as char)
        .collect()
}

/// A revision "generation-hash" as CouchDB writes it; `previous` is None for a new record.
pub fn next_revision(previous: Option<&str>, random: [u8; 16]) -> String {
    let generation = previous
        .and_then(|rev| rev.split_once('-'))
        .and_then(|(n, _)| n.parse::<u32>().ok())
        .unwrap_or(0);
    let hash: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hash}", generation + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulid_has_26_crockford_characters() {
        let id = ulid(1_700_000_000_000, [0xAB; 10]);
        assert_eq!(id.len(), 26);
        assert!(id.bytes().all(|b| CROCKFORD.contains(&b)));
    }

    #[test]
    fn ulid_sorts_by_time_then_randomness() {
        let a = ulid(1_000, [0xFF; 10]);
        let b = ulid(1_001, [0x00; 10]);
        let c = ulid(1_001, [0x01; 10]);
        assert!(a < b && b < c, "{a} {b} {c}");
    }

    #[test]
    fn ulid_encodes_the_known_zero_and_max_values() {
        assert_eq!(ulid(0, [0; 10]), "0".repeat(26));
        assert_eq!(
            ulid(0xFFFF_FFFF_FFFF, [0xFF; 10]),
            format!("7{}", "Z".repeat(25))
        );
    }

    #[test]
    fn revisions_count_generations() {
        let first = next_revision(None, [1; 16]);
        assert_eq!(first, format!("1-{}", "01".repeat(16)));
        let second = next_revision(Some(&first), [2; 16]);
        assert!(second.starts_with("2-"));
        assert!(next_revision(Some("garbage"), [0; 16]).starts_with("1-"));
    }
}
