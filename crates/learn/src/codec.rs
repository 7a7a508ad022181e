//! Compact binary encoding for model files: LEB128 varints, zigzag for signed values,
//! length-prefixed strings, and deflate ([`compress`] / [`decompress`]) around the whole.

/// A malformed or truncated model file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad model data: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

fn err<T>(what: &str) -> Result<T, DecodeError> {
    Err(DecodeError(what.to_string()))
}

/// Appends values to a byte buffer.
#[derive(Clone, Debug, Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn u64(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    pub fn usize(&mut self, v: usize) {
        self.u64(v as u64);
    }

    /// Signed, zigzag-encoded (small magnitudes take one byte).
    pub fn i64(&mut self, v: i64) {
        self.u64(((v << 1) ^ (v >> 63)) as u64);
    }

    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.usize(b.len());
        self.buf.extend_from_slice(b);
    }

    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    pub fn strs<S: AsRef<str>>(&mut self, v: &[S]) {
        self.usize(v.len());
        for s in v {
            self.str(s.as_ref());
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Reads values back in the order they were written.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    pub fn u64(&mut self) -> Result<u64, DecodeError> {
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let Some(&b) = self.buf.get(self.pos) else {
                return err("truncated varint");
            };
            self.pos += 1;
            if shift >= 64 {
                return err("varint too long");
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    pub fn usize(&mut self) -> Result<usize, DecodeError> {
        usize::try_from(self.u64()?).or_else(|_| err("length overflow"))
    }

    /// A length that must not exceed the bytes left (guards allocations on bad input).
    pub fn len(&mut self, per_item: usize) -> Result<usize, DecodeError> {
        let n = self.usize()?;
        if n.saturating_mul(per_item.max(1)) > self.buf.len() - self.pos.min(self.buf.len()) {
            return err("length past end of data");
        }
        Ok(n)
    }

    pub fn i64(&mut self) -> Result<i64, DecodeError> {
        let u = self.u64()?;
        Ok(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    pub fn f32(&mut self) -> Result<f32, DecodeError> {
        let b = self.take(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if self.buf.len() - self.pos.min(self.buf.len()) < n {
            return err("truncated data");
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.len(1)?;
        self.take(n)
    }

    pub fn str(&mut self) -> Result<&'a str, DecodeError> {
        std::str::from_utf8(self.bytes()?).or_else(|_| err("string is not UTF-8"))
    }

    pub fn strs(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.len(1)?;
        (0..n).map(|_| self.str().map(str::to_string)).collect()
    }
}

/// Deflate-compresses `data` (best compression).
pub fn compress(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).expect("writing to a Vec cannot fail");
    e.finish().expect("writing to a Vec cannot fail")
}

/// Inflates data written by [`compress`].
pub fn decompress(data: &[u8]) -> Result<Vec<u8>, DecodeError> {
    use std::io::Read;
    let mut out = Vec::with_capacity(data.len() * 4);
    flate2::read::DeflateDecoder::new(data)
        .read_to_end(&mut out)
        .map_err(|e| DecodeError(format!("deflate: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut w = Writer::new();
        w.u64(0);
        w.u64(300);
        w.u64(u64::MAX);
        w.i64(-1);
        w.i64(i64::MIN);
        w.i64(12345);
        w.f32(0.25);
        w.str("héllo");
        w.strs(&["a", "bc"]);
        let bytes = decompress(&compress(&w.into_bytes())).unwrap();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.u64().unwrap(), 0);
        assert_eq!(r.u64().unwrap(), 300);
        assert_eq!(r.u64().unwrap(), u64::MAX);
        assert_eq!(r.i64().unwrap(), -1);
        assert_eq!(r.i64().unwrap(), i64::MIN);
        assert_eq!(r.i64().unwrap(), 12345);
        assert_eq!(r.f32().unwrap(), 0.25);
        assert_eq!(r.str().unwrap(), "héllo");
        assert_eq!(r.strs().unwrap(), vec!["a", "bc"]);
        assert!(r.is_empty());
        assert!(r.u64().is_err());
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(decompress(b"not deflate at all \xff\xff").is_err());
        let mut r = Reader::new(&[0xff, 0xff]);
        assert!(r.u64().is_err());
        let mut r = Reader::new(&[0x7f, b'a']);
        assert!(r.str().is_err());
    }
}
