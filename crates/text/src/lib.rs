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
        let toks = tokenize(text);
        let bounds = split_sentences(text, &toks);
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
