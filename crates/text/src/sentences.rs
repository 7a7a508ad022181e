//! Sentence boundaries over tokens.

use crate::Tok;

/// Sentence token ranges `[a, b)`.
pub fn split_sentences(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = 0;
    for (i, t) in toks.iter().enumerate() {
        let w = &text[t.start..t.end];
        if matches!(w, "." | "!" | "?") {
            out.push((a, i + 1));
            a = i + 1;
        }
    }
    if a < toks.len() {
        out.push((a, toks.len()));
    }
    out
}
