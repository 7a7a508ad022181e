//! `sitrep-text`: sentence splitting and tokenization for English news.
//!
//! Tokens follow UD English (Penn Treebank style): clitics split ("Chile's" → "Chile"
//! "'s", "don't" → "do" "n't"), punctuation split off, but decimals, money, percentages,
//! abbreviations, URLs, e-mail addresses and hyphenated names kept whole.

mod sentences;
mod tokenize;

pub use sentences::split_sentences;
pub use tokenize::tokenize;

use sitrep_doc::{Document, Layer, Sentence, Token};

/// Token span in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
}

/// The segmentation layer: fills `sentences` and `tokens`.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {}

impl Segmenter {
    pub fn new() -> Segmenter {
        Segmenter {}
    }

    /// Sentences of `text`, each with its tokens.
    pub fn segment(&self, text: &str) -> (Vec<Sentence>, Vec<Token>) {
        let mut toks = tokenize(text);
        let mut bounds = split_sentences(text, &toks);
        split_final_periods(text, &mut toks, &mut bounds);
        let mut sentences = Vec::with_capacity(bounds.len());
        for (a, b) in bounds {
            sentences.push(Sentence {
                start: toks[a].start,
                end: toks[b - 1].end,
                tokens: [a, b],
            });
        }
        let tokens = toks
            .iter()
            .map(|t| Token {
                start: t.start,
                end: t.end,
                ..Token::default()
            })
            .collect();
        (sentences, tokens)
    }
}

impl Layer for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn annotate(&self, doc: &mut Document) {
        let (s, t) = self.segment(&doc.text);
        doc.sentences = s;
        doc.tokens = t;
    }
}

/// An abbreviation that ends a sentence ("… in the U.S.") gives its period to the
/// sentence, as in UD English: "U.S" + ".".
fn split_final_periods(text: &str, toks: &mut Vec<Tok>, bounds: &mut [(usize, usize)]) {
    let ends_with_abbrev = |t: &Tok| {
        let w = &text[t.start..t.end];
        w.len() > 1 && w.ends_with('.') && !w.bytes().all(|b| b == b'.')
    };
    if !bounds.iter().any(|&(_, b)| ends_with_abbrev(&toks[b - 1])) {
        return;
    }
    let mut out = Vec::with_capacity(toks.len() + bounds.len());
    let mut shift = 0;
    for (a, b) in bounds.iter_mut() {
        out.extend_from_slice(&toks[*a..*b]);
        let last = toks[*b - 1];
        *a += shift;
        if ends_with_abbrev(&last) {
            let n = out.len();
            out[n - 1].end = last.end - 1;
            out.push(Tok {
                start: last.end - 1,
                end: last.end,
            });
            shift += 1;
        }
        *b += shift;
    }
    *toks = out;
}
