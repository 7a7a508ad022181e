//! Per-token feature values, computed once per sentence (no allocation per feature).

use sitrep_learn::hash::{hash_str, mix};

/// Hashes of one word's surface properties.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tok {
    /// The form as written.
    pub form: u64,
    /// Lower-cased form, digits folded to `0`.
    pub lower: u64,
    /// Suffixes of the lower-cased form, 1 to 4 characters.
    pub suf: [u64; 4],
    /// First character, first two, first three characters.
    pub pre: [u64; 3],
    /// Word shape (`Xxxx`, `dd`, `X.`) with runs over 3 collapsed.
    pub shape: u64,
}

/// Hash used for padding positions before/after the sentence and the root.
pub const PAD: u64 = 0x5AD;
pub const ROOT: u64 = 0x2007;

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// Fills `out` with one [`Tok`] per word; `buf` is scratch space reused across calls.
pub fn prepare(words: &[&str], buf: &mut String, out: &mut Vec<Tok>) {
    out.clear();
    for w in words {
        buf.clear();
        for c in w.chars() {
            if c.is_ascii() {
                let c = c.to_ascii_lowercase();
                buf.push(if c.is_ascii_digit() { '0' } else { c });
            } else {
                buf.extend(c.to_lowercase());
            }
        }
        let lower: &str = buf;
        let mut t = Tok {
            form: hash_str(w),
            lower: hash_str(lower),
            ..Tok::default()
        };
        let mut ends = lower.char_indices().rev().map(|(i, _)| i);
        for k in 0..4 {
            t.suf[k] = match ends.next() {
                Some(i) => mix(k as u64 + 1, hash_str(&lower[i..])),
                None => mix(k as u64 + 1, PAD),
            };
        }
        let mut starts = lower.char_indices().map(|(i, c)| i + c.len_utf8());
        for k in 0..3 {
            t.pre[k] = match starts.next() {
                Some(i) => mix(k as u64 + 11, hash_str(&lower[..i])),
                None => mix(k as u64 + 11, PAD),
            };
        }
        let mut h: u64 = 0x5A;
        let mut last = '\0';
        let mut run = 0;
        for c in w.chars() {
            let s = shape_class(c);
            if s == last {
                run += 1;
                if run > 3 {
                    continue;
                }
            } else {
                run = 1;
                last = s;
            }
            h = mix(h, s as u64);
        }
        t.shape = h;
        out.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_digits_and_shapes() {
        let mut buf = String::new();
        let mut out = Vec::new();
        prepare(
            &["Chile", "chile", "1984", "2023", "Ünal", "x"],
            &mut buf,
            &mut out,
        );
        assert_ne!(out[0].form, out[1].form);
        assert_eq!(out[0].lower, out[1].lower);
        assert_eq!(out[2].lower, out[3].lower);
        assert_eq!(out[2].shape, out[3].shape);
        assert_eq!(out[0].shape, out[4].shape);
        assert_ne!(out[0].shape, out[1].shape);
        assert_eq!(out[0].suf[2], out[1].suf[2]);
        assert_ne!(out[5].suf[1], out[5].suf[0]);
    }
}
