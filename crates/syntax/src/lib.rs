//! `sitrep-syntax`: UPOS/XPOS tagger, lemmatizer and transition-based dependency parser,
//! trained by sitrep itself (`sitrep train tagger|parser`).
//!
//! - [`tagger`]: greedy averaged-perceptron tagger over `(UPOS, XPOS)` pairs.
//! - [`lemma`]: suffix rules per XPOS plus an exception table.
//! - [`parser`]: arc-hybrid parser with a dynamic oracle, and a relation labeller.
//!
//! [`Syntax`] bundles the three; [`Syntax::analyze`] runs them over the words of one
//! sentence. Model files: `tagger.bin` holds the tagger and the lemmatizer
//! ([`tagger_bytes`]), `parser.bin` the parser ([`parser_bytes`]); both are deflated
//! [`sitrep_learn::codec`] data with a magic header.

pub mod features;
pub mod lemma;
pub mod parser;
pub mod tagger;

pub use lemma::Lemmatizer;
pub use parser::Parser;
pub use tagger::{Tagger, TrainOptions};

use sitrep_doc::{Document, Layer};
use sitrep_learn::codec::{compress, decompress, DecodeError, Reader, Writer};
use std::sync::OnceLock;

const TAGGER_MAGIC: &str = "sitrep-tagger/1";
const PARSER_MAGIC: &str = "sitrep-parser/1";

/// The bytes of a `tagger.bin` (tagger and lemmatizer).
pub fn tagger_bytes(t: &Tagger, l: &Lemmatizer) -> Vec<u8> {
    let mut w = Writer::new();
    w.str(TAGGER_MAGIC);
    t.write(&mut w);
    l.write(&mut w);
    compress(&w.buf)
}

/// Reads a `tagger.bin`.
pub fn read_tagger(b: &[u8]) -> Result<(Tagger, Lemmatizer), DecodeError> {
    let raw = decompress(b)?;
    let mut r = Reader::new(&raw);
    if r.str()? != TAGGER_MAGIC {
        return Err(DecodeError("not a sitrep tagger model".into()));
    }
    let t = Tagger::read(&mut r)?;
    let l = Lemmatizer::read(&mut r)?;
    Ok((t, l))
}

/// The bytes of a `parser.bin`.
pub fn parser_bytes(p: &Parser) -> Vec<u8> {
    let mut w = Writer::new();
    w.str(PARSER_MAGIC);
    p.write(&mut w);
    compress(&w.buf)
}

/// Reads a `parser.bin`.
pub fn read_parser(b: &[u8]) -> Result<Parser, DecodeError> {
    let raw = decompress(b)?;
    let mut r = Reader::new(&raw);
    if r.str()? != PARSER_MAGIC {
        return Err(DecodeError("not a sitrep parser model".into()));
    }
    Parser::read(&mut r)
}

/// Tagger, lemmatizer and parser together.
#[derive(Clone, Debug)]
pub struct Syntax {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

/// The analysis of one word.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<'a> {
    pub upos: &'a str,
    pub xpos: &'a str,
    pub lemma: String,
    /// 1-based index of the head word in the sentence; 0 for the root.
    pub head: usize,
    pub deprel: &'a str,
}

/// Reusable buffers for [`Syntax::analyze_with`].
#[derive(Default)]
pub struct Scratch {
    buf: String,
    toks: Vec<features::Tok>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    amb: Vec<u64>,
    tags: Vec<u16>,
    heads: Vec<u32>,
    rels: Vec<u16>,
    state: parser::ParseState,
}

impl Syntax {
    /// Reads the tagger (with the lemmatizer) and the parser, the two at once.
    pub fn from_bytes(tagger: &[u8], parser: &[u8]) -> Result<Syntax, DecodeError> {
        let (tagger, parser) = std::thread::scope(|s| {
            let p = s.spawn(|| read_parser(parser));
            let t = read_tagger(tagger);
            (t, p.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        });
        let (tagger, lemmatizer) = tagger?;
        let parser = parser?;
        Ok(Syntax {
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Tags, lemmatizes and parses the words of one sentence.
    pub fn analyze(&self, words: &[&str]) -> Vec<Analysis<'_>> {
        let mut s = Scratch::default();
        let mut out = Vec::new();
        self.analyze_with(words, &mut s, &mut out);
        out
    }

    /// [`Syntax::analyze`] with caller-owned buffers (no allocation but the lemmas).
    pub fn analyze_with<'a>(
        &'a self,
        words: &[&str],
        s: &mut Scratch,
        out: &mut Vec<Analysis<'a>>,
    ) {
        out.clear();
        self.tag_parse(words, s);
        for (i, w) in words.iter().enumerate() {
            let (upos, xpos) = self.tagger.tag(s.tags[i]);
            out.push(Analysis {
                upos,
                xpos,
                lemma: self.lemmatizer.lemma(w, xpos),
                head: s.heads[i] as usize,
                deprel: &self.parser.labels()[s.rels[i] as usize],
            });
        }
    }

    /// Tags and parses only (no lemmas): for benchmarks. Returns the number of words.
    pub fn tag_parse(&self, words: &[&str], s: &mut Scratch) -> usize {
        features::prepare(words, &mut s.buf, &mut s.toks);
        self.tagger.tag_prepared(
            &s.toks,
            &mut s.feats,
            &mut s.scores,
            &mut s.amb,
            &mut s.tags,
        );
        // "a United Nations appeal", "the United Arab Emirates": "United" opening one of
        // these names is a proper noun, never the verb the tagger may take it for.
        for i in 0..words.len().saturating_sub(1) {
            if words[i] == "United"
                && matches!(words[i + 1], "Nations" | "States" | "Kingdom" | "Arab")
            {
                if let Some(c) = self.tagger.class_of("PROPN", "NNP") {
                    s.tags[i] = c;
                }
            }
        }
        self.capitalized_verbs(words, &mut s.tags);
        self.verb_forms(words, &mut s.tags);
        self.parser
            .parse_prepared(&s.toks, &s.tags, &mut s.state, &mut s.heads, &mut s.rels);
        words.len()
    }
}

/// Past forms of irregular verbs that are no other word: the tagger, which knows rare ones
/// only by their shape, may take them for nouns ("US strikes on Syria drew condemnation").
/// Simple past only:
const SIMPLE_PAST: &[&str] = &[
    "drew",
    "took",
    "gave",
    "went",
    "came",
    "began",
    "threw",
    "flew",
    "grew",
    "knew",
    "spoke",
    "wrote",
    "stole",
    "chose",
    "froze",
    "swore",
    "shook",
    "withdrew",
    "overthrew",
    "undertook",
    "overtook",
    "forgave",
    "forbade",
    "sank",
    "swam",
    "oversaw",
    "foresaw",
    "overcame",
    "underwent",
    "befell",
    "mistook",
    "arose",
    "forgot",
    "slew",
];
/// Simple past and past participle:
const PAST_AND_PARTICIPLE: &[&str] = &[
    "fled", "sought", "fought", "brought", "told", "struck", "caught", "taught", "bought",
    "upheld", "withheld",
];

impl Syntax {
    /// A past form of [`SIMPLE_PAST`] or [`PAST_AND_PARTICIPLE`], in lower case, that the
    /// tagger took for anything but a verb is the verb: one of the latter after a form of
    /// "have" or "be" (adverbs between) a past participle, else the simple past.
    ///
    /// And a word tagged as a gerund that does not end in "-ing" is a noun: "Human rights
    /// watchdog Amnesty International accused …".
    fn verb_forms(&self, words: &[&str], tags: &mut [u16]) {
        let (Some(vbd), Some(vbn), Some(nn)) = (
            self.tagger.class_of("VERB", "VBD"),
            self.tagger.class_of("VERB", "VBN"),
            self.tagger.class_of("NOUN", "NN"),
        ) else {
            return;
        };
        for i in 0..words.len() {
            if self.tagger.tag(tags[i]).1 == "VBG"
                && !words[i].to_lowercase().ends_with("ing")
                && words[i].chars().all(char::is_alphabetic)
            {
                tags[i] = nn;
                continue;
            }
            let both = PAST_AND_PARTICIPLE.contains(&words[i]);
            if !(both || SIMPLE_PAST.contains(&words[i])) || self.tagger.tag(tags[i]).0 == "VERB" {
                continue;
            }
            let participle = both
                && (0..i)
                    .rev()
                    .find(|&k| !words[k].ends_with("ly") && !matches!(words[k], "not" | "also"))
                    .is_some_and(|k| {
                        matches!(
                            words[k].to_lowercase().as_str(),
                            "have"
                                | "has"
                                | "had"
                                | "having"
                                | "be"
                                | "been"
                                | "being"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "'s"
                                | "'ve"
                                | "'d"
                        )
                    });
            tags[i] = if participle { vbn } else { vbd };
        }
    }

    /// A capitalized word inside a sentence, after another word, is a name's, not a
    /// verb's ("Human Rights Watch", "the United Mine Workers"): in running text English
    /// capitalizes verbs only at the start of a sentence or quotation. Headlines and
    /// subheads ("Veto Power Impedes Peace Efforts: ..."), where most words are
    /// capitalized, and titles in quotation marks ("a memoir called 'A Charge to Keep'")
    /// are left to the tagger.
    fn capitalized_verbs(&self, words: &[&str], tags: &mut [u16]) {
        let alpha = |w: &str| w.chars().next().is_some_and(char::is_alphabetic);
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
        };
        let Some(propn) = self.tagger.class_of("PROPN", "NNP") else {
            return;
        };
        let verb = |tags: &[u16], i: usize| self.tagger.tag(tags[i]).0 == "VERB";
        if !(1..words.len()).any(|i| cap(words[i]) && verb(tags, i)) {
            return;
        }
        // Title case segments (between colons, dashes and semicolons) are left alone.
        let sep = |w: &str| matches!(w, ":" | "--" | "—" | ";");
        let mut title = vec![false; words.len()];
        let mut start = 0;
        while start < words.len() {
            let end = (start..words.len())
                .find(|&k| sep(words[k]))
                .unwrap_or(words.len());
            let n = words[start..end].iter().filter(|w| alpha(w)).count();
            let caps = words[start..end].iter().filter(|w| cap(w)).count();
            if caps * 2 > n {
                title[start..end].iter_mut().for_each(|t| *t = true);
            }
            start = end + 1;
        }
        let mut quoted = false;
        for i in 0..words.len() {
            match words[i] {
                // Two single quotes in a row are one double quote ("' ' A Change Is
                // Gonna Come , ' '").
                "'" if i > 0 && words[i - 1] == "'" => {}
                "\"" | "'" | "``" | "''" => quoted = !quoted,
                "“" | "‘" => quoted = true,
                "”" | "’" => quoted = false,
                _ => {}
            }
            if i > 0
                && !quoted
                && !title[i]
                && cap(words[i])
                && alpha(words[i - 1])
                && words[i - 1].chars().any(char::is_lowercase)
                && verb(tags, i)
            {
                tags[i] = propn;
            }
        }
    }
}

static TAGGER_BIN: &[u8] = include_bytes!("../../../models/tagger.bin");
static PARSER_BIN: &[u8] = include_bytes!("../../../models/parser.bin");

impl Syntax {
    /// The built-in models (`models/tagger.bin`, `models/parser.bin`), parsed once.
    pub fn load_default() -> &'static Syntax {
        static DEFAULT: OnceLock<Syntax> = OnceLock::new();
        DEFAULT.get_or_init(|| {
            Syntax::from_bytes(TAGGER_BIN, PARSER_BIN)
                .expect("the built-in syntax models are valid")
        })
    }
}

/// The pipeline layer: fills `pos`, `xpos`, `lemma`, `head` and `dep` of every token,
/// sentence by sentence (heads are document-level token indices, `-1` for the root).
pub struct SyntaxLayer {
    syntax: &'static Syntax,
}

impl SyntaxLayer {
    /// The layer with the built-in models.
    pub fn new() -> SyntaxLayer {
        SyntaxLayer {
            syntax: Syntax::load_default(),
        }
    }

    /// The layer with other models (leaked once: a layer lives as long as the program).
    pub fn with_models(syntax: Syntax) -> SyntaxLayer {
        SyntaxLayer {
            syntax: Box::leak(Box::new(syntax)),
        }
    }
}

impl Default for SyntaxLayer {
    fn default() -> Self {
        SyntaxLayer::new()
    }
}

/// Longest sentence parsed as one unit; longer runs of tokens are cut in pieces.
const MAX_SENTENCE: usize = 400;

impl Layer for SyntaxLayer {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn annotate(&self, doc: &mut Document) {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let n = doc.tokens.len();
        let ranges: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.tokens[0].min(n), s.tokens[1].min(n)))
            .collect();
        for (first, last) in ranges {
            let mut a = first;
            while a < last {
                let b = (a + MAX_SENTENCE).min(last);
                let words: Vec<&str> = doc.tokens[a..b]
                    .iter()
                    .map(|t| doc.text.get(t.start..t.end).unwrap_or(""))
                    .collect();
                self.syntax.analyze_with(&words, &mut scratch, &mut out);
                let filled: Vec<(String, String, String, i64, String)> = out
                    .iter()
                    .map(|x| {
                        let head = if x.head == 0 {
                            -1
                        } else {
                            (a + x.head - 1) as i64
                        };
                        (
                            x.upos.to_string(),
                            x.xpos.to_string(),
                            x.lemma.clone(),
                            head,
                            x.deprel.to_string(),
                        )
                    })
                    .collect();
                for (t, (upos, xpos, lemma, head, dep)) in doc.tokens[a..b].iter_mut().zip(filled) {
                    t.pos = Some(upos);
                    t.xpos = Some(xpos);
                    t.lemma = Some(lemma);
                    t.head = Some(head);
                    t.dep = Some(dep);
                }
                a = b;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_doc::{Sentence, Token};

    fn is_tree(heads: &[usize]) -> bool {
        let n = heads.len();
        if heads.iter().filter(|&&h| h == 0).count() != 1 || heads.iter().any(|&h| h > n) {
            return false;
        }
        // Every word reaches the root in at most n steps.
        (1..=n).all(|mut i| {
            for _ in 0..=n {
                if i == 0 {
                    return true;
                }
                i = heads[i - 1];
            }
            false
        })
    }

    /// `capitalized_verbs` on words all tagged VERB: the upos each word ends with.
    fn after_capitalized_verbs(words: &[&str]) -> Vec<String> {
        let s = Syntax::load_default();
        let verb = s.tagger.class_of("VERB", "VBZ").expect("VERB/VBZ class");
        let mut tags = vec![verb; words.len()];
        s.capitalized_verbs(words, &mut tags);
        tags.iter()
            .map(|&t| s.tagger.tag(t).0.to_string())
            .collect()
    }

    #[test]
    fn capitalized_verbs_inside_running_text_are_names() {
        let w = [
            "Says", "Human", "Rights", "Watch", ",", "forces", "kill", "more", "than", "ten",
            "people", "a", "day", ".",
        ];
        let t = after_capitalized_verbs(&w);
        // "Says" opens the sentence; "Human" follows it, "Rights" and "Watch" follow
        // capitalized words: all three are names. Lower-case words keep their tags.
        assert_eq!(t[0], "VERB");
        assert_eq!(&t[1..4], ["PROPN", "PROPN", "PROPN"]);
        assert_eq!(t[6], "VERB");
        // After an all-capitals word (a kicker, "SAVE A QUARTER Let's say") it does not.
        let t = after_capitalized_verbs(&["costs", "rise", "SAVE", "Let", "us", "say", "so"]);
        assert_eq!(t[3], "VERB");
    }

    #[test]
    fn capitalized_verbs_in_headlines_and_titles_are_left_alone() {
        // A title case subhead before a colon, running text after it.
        let w = [
            "Veto", "Power", "Impedes", "Peace", "Efforts", ":", "the", "council", "Fails",
        ];
        let t = after_capitalized_verbs(&w);
        assert_eq!(t[2], "VERB");
        assert_eq!(t[8], "PROPN");
        // A title in quotation marks, straight or as two single quotes.
        let w = [
            "a", "memoir", "called", "\"", "A", "Charge", "to", "Keep", "\"", "today",
        ];
        assert_eq!(after_capitalized_verbs(&w)[7], "VERB");
        let w = [
            "the", "anthem", "'", "'", "A", "Change", "Is", "Coming", "'", "'", "now",
        ];
        assert_eq!(after_capitalized_verbs(&w)[7], "VERB");
    }

    #[test]
    fn built_in_models_analyze_a_sentence() {
        let s = Syntax::load_default();
        let words = [
            "The",
            "convoy",
            "was",
            "attacked",
            "by",
            "militants",
            "near",
            "the",
            "border",
            "on",
            "Tuesday",
            ".",
        ];
        let a = s.analyze(&words);
        assert_eq!(a.len(), words.len());
        let heads: Vec<usize> = a.iter().map(|x| x.head).collect();
        assert!(is_tree(&heads), "{heads:?}");
        assert_eq!(a[0].upos, "DET");
        assert_eq!(a[1].upos, "NOUN");
        assert_eq!(a[3].lemma, "attack");
        assert_eq!(a[5].lemma, "militant");
        assert_eq!(a[11].upos, "PUNCT");
        // "convoy" is the passive subject of "attacked", the root.
        assert_eq!(a[3].deprel, "root");
        assert_eq!(a[1].head, 4);
        assert_eq!(a[1].deprel, "nsubj:pass");
        assert_eq!(a[5].head, 4);
        assert_eq!(a[4].head, 6);
    }

    #[test]
    fn tagger_word_cache_gives_the_uncached_tags() {
        let s = Syntax::load_default();
        let words = [
            "The", "ministry", "said", "the", "ministry", "had", "shelled", "the", "town", ",",
            "and", "Quirindo", "said", "Quirindo", "would", "shell", "it", "again", ".",
        ];
        let (mut buf, mut toks) = (String::new(), Vec::new());
        features::prepare(&words, &mut buf, &mut toks);
        let mut want = Vec::new();
        s.tagger.tag_uncached(&toks, &mut want);
        assert_eq!(want.len(), words.len());
        // a cold cache, then every word already known
        for _ in 0..2 {
            let (mut feats, mut scores, mut amb, mut got) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            s.tagger
                .tag_prepared(&toks, &mut feats, &mut scores, &mut amb, &mut got);
            assert_eq!(got, want);
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let s = Syntax::load_default();
        assert!(s.analyze(&[]).is_empty());
        let a = s.analyze(&["", "🙂", "\u{0}", "ﬁ", "Ünïcödé"]);
        assert_eq!(a.len(), 5);
        let heads: Vec<usize> = a.iter().map(|x| x.head).collect();
        assert!(is_tree(&heads));
        let long: Vec<&str> = std::iter::repeat_n("word", 600).collect();
        let heads: Vec<usize> = s.analyze(&long).iter().map(|x| x.head).collect();
        assert!(is_tree(&heads));
    }

    #[test]
    fn layer_fills_tokens_with_document_level_heads() {
        let text = "Troops left. Chile 's ministry said it .";
        let mut doc = Document::new(text.into(), Default::default(), Default::default());
        let mut at = 0;
        for w in text.split(' ') {
            let start = text[at..].find(w).unwrap() + at;
            doc.tokens.push(Token {
                start,
                end: start + w.len(),
                ..Token::default()
            });
            at = start + w.len();
        }
        // "left." is one token here: "Troops left." / "Chile 's ministry said it ."
        doc.sentences.push(Sentence {
            start: 0,
            end: 12,
            tokens: [0, 2],
        });
        doc.sentences.push(Sentence {
            start: 13,
            end: text.len(),
            tokens: [2, 8],
        });
        SyntaxLayer::new().annotate(&mut doc);
        assert!(doc.validate().is_empty());
        for (i, t) in doc.tokens.iter().enumerate() {
            assert!(t.pos.is_some() && t.xpos.is_some() && t.lemma.is_some() && t.dep.is_some());
            let h = t.head.unwrap();
            let sent = if i < 2 { 0..2 } else { 2..8 };
            assert!(
                h == -1 || sent.contains(&(h as usize)),
                "token {i} head {h}"
            );
        }
        assert_eq!(doc.tokens.iter().filter(|t| t.head == Some(-1)).count(), 2);
        // "said" (token 5) is the root of the second sentence, "ministry" its subject.
        assert_eq!(doc.tokens[5].head, Some(-1));
        assert_eq!(doc.tokens[4].head, Some(5));
        assert_eq!(doc.tokens[4].dep.as_deref(), Some("nsubj"));
        assert_eq!(doc.tokens[3].pos.as_deref(), Some("PART"));
    }

    #[test]
    fn training_is_deterministic_and_models_round_trip() {
        let mut src = String::new();
        let sents = [
            "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
            "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\t_\n",
            "1\tBirds\tbird\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tsing\tsing\tVERB\tVBP\t_\t0\troot\t_\t_\n3\tsongs\tsong\tNOUN\tNNS\t_\t2\tobj\t_\t_\n",
        ];
        for _ in 0..4 {
            for s in sents {
                src.push_str(s);
                src.push('\n');
            }
        }
        let data = sitrep_learn::conllu::parse(&src).unwrap();
        let opts = TrainOptions {
            max_epochs: 6,
            jackknife: 2,
            mix: 2,
            ..TrainOptions::default()
        };
        let train = || {
            let t = tagger::train(&data, &data, &opts, &mut |_| {});
            let l = Lemmatizer::train(&data);
            let p = parser::train(&t, &data, &data, &opts, &mut |_| {});
            (tagger_bytes(&t, &l), parser_bytes(&p))
        };
        let (tb, pb) = train();
        assert_eq!(train(), (tb.clone(), pb.clone()));
        let s = Syntax::from_bytes(&tb, &pb).unwrap();
        let a = s.analyze(&["Dogs", "bark", "."]);
        assert_eq!(
            (a[0].upos, a[0].xpos, a[0].lemma.as_str()),
            ("NOUN", "NNS", "dog")
        );
        assert_eq!((a[0].head, a[0].deprel), (2, "nsubj"));
        assert_eq!((a[1].head, a[1].deprel), (0, "root"));
        assert!(Syntax::from_bytes(&pb, &tb).is_err());
        assert!(read_parser(b"junk").is_err());
    }
}
