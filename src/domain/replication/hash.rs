//! Stable hashes written here rather than taken from a crate: FNV-1a over 128 bits, and the
//! canonical JSON text it reads. Not cryptographic: they name things (replication ids,
//! revisions that must come out the same on every device), they protect nothing.

use serde_json::Value;

const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

/// The 128-bit FNV-1a hash of `bytes`, as 32 lower-case hex characters: the shape of a
/// CouchDB revision hash.
pub fn fnv1a_hex(bytes: &[u8]) -> String {
    format!("{:032x}", fnv1a(bytes))
}

/// The 128-bit FNV-1a hash of `bytes`, as 16 bytes: randomness that is the same on every
/// device for the same input.
pub fn fnv1a_bytes(bytes: &[u8]) -> [u8; 16] {
    fnv1a(bytes).to_be_bytes()
}

fn fnv1a(bytes: &[u8]) -> u128 {
    bytes.iter().fold(OFFSET, |hash, b| {
        (hash ^ u128::from(*b)).wrapping_mul(PRIME)
    })
}

/// JSON text with object keys sorted at every level, so that equal values always give the
/// same text whatever order their fields were inserted in.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(&map[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fnv1a_matches_the_published_128_bit_vectors() {
        // Offset basis for the empty input; "a" from the reference implementation.
        assert_eq!(fnv1a_hex(b""), "6c62272e07bb014262b821756295c58d");
        assert_eq!(fnv1a_hex(b"a"), "d228cb696f1a8caf78912b704e4a8964");
        assert_ne!(fnv1a_bytes(b"a"), fnv1a_bytes(b"b"));
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a = json!({"b": 1, "a": {"y": [1, {"d": 2, "c": 3}], "x": "é\""}});
        assert_eq!(
            canonical_json(&a),
            r#"{"a":{"x":"é\"","y":[1,{"c":3,"d":2}]},"b":1}"#
        );
    }
}
