//! Byte offsets (used inside sitrep) to Unicode scalar offsets (used in `sitrep/1` JSON)
//! and back.
//!
//! Inside the engine every span is a pair of **byte** offsets into `Document::text`, so
//! that slicing is free. The JSON contract counts **Unicode scalar values** (Python `str`
//! indexing). [`OffsetMap`] is the one conversion between the two; everything that
//! crosses the JSON boundary goes through it.
//!
//! The map stores only the multi-byte characters, so for ASCII text (most news) it is
//! empty and both conversions are the identity.

/// Conversion table for one text.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// Byte offset just past each multi-byte character.
    byte_ends: Vec<usize>,
    /// Char offset just past each multi-byte character.
    char_ends: Vec<usize>,
    /// Extra bytes (UTF-8 length − 1) accumulated up to and including that character.
    extra: Vec<usize>,
    byte_len: usize,
    char_len: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut map = OffsetMap {
            byte_len: text.len(),
            ..OffsetMap::default()
        };
        if text.is_ascii() {
            map.char_len = text.len();
            return map;
        }
        let mut extra = 0usize;
        let mut chars = 0usize;
        for (b, c) in text.char_indices() {
            chars += 1;
            let len = c.len_utf8();
            if len > 1 {
                extra += len - 1;
                map.byte_ends.push(b + len);
                map.char_ends.push(chars);
                map.extra.push(extra);
            }
        }
        map.char_len = chars;
        map
    }

    /// Number of Unicode scalar values in the text.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Byte offset (on a char boundary) to char offset.
    pub fn to_char(&self, byte: usize) -> usize {
        let i = self.byte_ends.partition_point(|&e| e <= byte);
        if i == 0 {
            byte
        } else {
            byte - self.extra[i - 1]
        }
    }

    /// Char offset to byte offset. Offsets past the end map past the end.
    pub fn to_byte(&self, ch: usize) -> usize {
        let i = self.char_ends.partition_point(|&e| e <= ch);
        if i == 0 {
            ch
        } else {
            ch + self.extra[i - 1]
        }
    }

    /// Byte length of the text this map was built for.
    pub fn byte_len(&self) -> usize {
        self.byte_len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("hello world");
        assert_eq!(m.to_char(5), 5);
        assert_eq!(m.to_byte(5), 5);
        assert_eq!(m.char_len(), 11);
    }

    #[test]
    fn multibyte_round_trip() {
        let text = "Chile’s “army” said é 😀 ok";
        let m = OffsetMap::new(text);
        for (ci, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(m.to_char(b), ci, "byte {b}");
            assert_eq!(m.to_byte(ci), b, "char {ci}");
        }
        assert_eq!(m.to_char(text.len()), text.chars().count());
        assert_eq!(m.to_byte(text.chars().count()), text.len());
    }
}
