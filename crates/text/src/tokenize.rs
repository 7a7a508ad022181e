//! Tokenization.

use crate::Tok;

/// Splits `text` into tokens (byte spans).
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Tok { start: s, end: i });
            }
        } else if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                out.push(Tok { start: s, end: i });
            }
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            start: s,
            end: text.len(),
        });
    }
    out
}
