//! Feature hashing: strings and template ids to `u64` keys, with no allocation.
//!
//! A feature is one `u64`. Build it from a template id and one or more values with
//! [`feat`] / [`feat2`] / [`feat3`], where a value is a [`hash_str`] of a string, a small
//! integer (a tag id), or another hash. Keys are well mixed, so they can be used directly as
//! hash-table keys ([`IdBuildHasher`]).

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xD6E8_FEB8_6659_FD93;
const K3: u64 = 0xBF58_476D_1CE4_E5B9;

/// Finalizer (from SplitMix64): a bijection on `u64` that mixes every bit.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(K3);
    h = (h ^ (h >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^ (h >> 31)
}

/// Combines two values into one hash (order matters).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    fmix(a.wrapping_mul(K1) ^ b.rotate_left(23).wrapping_add(K2))
}

/// Hash of a byte string, 8 bytes at a time.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = K2 ^ (b.len() as u64).wrapping_mul(K1);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ v).wrapping_mul(K1).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(buf))
            .wrapping_mul(K3)
            .rotate_left(31);
    }
    fmix(h)
}

/// Hash of a string.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// A feature key: template `t` with value `v`.
#[inline]
pub fn feat(t: u32, v: u64) -> u64 {
    mix(t as u64 + 1, v)
}

/// A feature key: template `t` with two values.
#[inline]
pub fn feat2(t: u32, a: u64, b: u64) -> u64 {
    mix(mix(t as u64 + 1, a), b)
}

/// A feature key: template `t` with three values.
#[inline]
pub fn feat3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(t as u64 + 1, a), b), c)
}

/// A `Hasher` that passes an already-mixed `u64` key through unchanged.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(bytes);
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// `BuildHasher` for maps keyed by feature hashes.
pub type IdBuildHasher = std::hash::BuildHasherDefault<IdHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinct() {
        assert_eq!(hash_str("ministry"), hash_str("ministry"));
        assert_ne!(hash_str("ministry"), hash_str("Ministry"));
        assert_ne!(hash_str("abcdefgh"), hash_str("abcdefgh\0"));
        assert_ne!(feat(1, 5), feat(2, 5));
        assert_ne!(feat2(1, 5, 6), feat2(1, 6, 5));
        assert_ne!(feat3(3, 1, 2, 3), feat2(3, 1, 2));
    }
}
