//! Capped reading helpers for streamed containers.

use std::io::{self, BufRead, Read};

/// Reads one line (up to and without `\n`) into `buf`, keeping at most `max` bytes.
/// Returns `Ok(None)` at end of input, `Ok(Some(overflowed))` otherwise; an overflowing
/// line is consumed to its end, so the next call starts on the next line.
pub fn read_line_capped(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if any { Some(over) } else { None });
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        if !over {
            let room = max.saturating_sub(buf.len());
            if chunk.len() > room {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(avail.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(over));
        }
    }
}

/// Skips exactly `n` bytes (or to end of input); returns how many were skipped.
pub fn skip(r: &mut dyn BufRead, n: u64) -> io::Result<u64> {
    io::copy(&mut r.take(n), &mut io::sink())
}

/// Reads exactly `n` bytes (fewer only at end of input).
pub fn read_exact_or_eof(r: &mut dyn BufRead, n: usize) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(n.min(16 << 20));
    r.take(n as u64).read_to_end(&mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_capped() {
        let mut r = io::Cursor::new(b"short\nthis line is long\nend".to_vec());
        let mut buf = Vec::new();
        assert_eq!(read_line_capped(&mut r, &mut buf, 8).unwrap(), Some(false));
        assert_eq!(buf, b"short");
        assert_eq!(read_line_capped(&mut r, &mut buf, 8).unwrap(), Some(true));
        assert_eq!(read_line_capped(&mut r, &mut buf, 8).unwrap(), Some(false));
        assert_eq!(buf, b"end");
        assert_eq!(read_line_capped(&mut r, &mut buf, 8).unwrap(), None);
    }
}
