//! `sitrep eval segmentation`: sentence-boundary and token F1 against a CoNLL-U file.
//!
//! Each `# newdoc` becomes one text: sentences (their `# text`) joined by a space, and by
//! a blank line where `# newpar` starts a paragraph. Gold tokens are the syntactic words
//! where a multiword token's words spell its surface form ("do" + "n't"), else the
//! surface token. Spans are compared exactly.

use super::eval::SegArgs;
use anyhow::{Context, Result};
use sitrep_learn::conllu;
use std::collections::HashSet;
use std::process::ExitCode;

/// One rebuilt document with its gold spans (byte offsets).
pub struct GoldDoc {
    pub text: String,
    pub sentences: Vec<(usize, usize)>,
    pub tokens: Vec<(usize, usize)>,
}

/// Rebuilds raw documents from CoNLL-U sentences.
pub fn rebuild(sents: &[conllu::Sentence]) -> Vec<GoldDoc> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        if i == 0 || s.newdoc() {
            docs.push(GoldDoc {
                text: String::new(),
                sentences: vec![],
                tokens: vec![],
            });
        }
        let d = docs.last_mut().expect("pushed above");
        if !d.text.is_empty() {
            d.text.push_str(if s.newpar() { "\n\n" } else { " " });
        }
        let start = d.text.len();
        let surface = s.surface();
        for (form, space, words) in &surface {
            let t0 = d.text.len();
            d.text.push_str(form);
            let ws = &s.words[words.clone()];
            let concat: String = ws.iter().map(|w| w.form.as_str()).collect();
            if ws.len() > 1 && concat == *form {
                let mut at = t0;
                for w in ws {
                    d.tokens.push((at, at + w.form.len()));
                    at += w.form.len();
                }
            } else {
                d.tokens.push((t0, d.text.len()));
            }
            if *space {
                d.text.push(' ');
            }
        }
        let trimmed = d.text.trim_end().len();
        d.text.truncate(trimmed);
        d.sentences.push((start, d.text.len()));
    }
    docs
}

#[derive(Default, Clone, Copy)]
pub struct Prf {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Prf {
    pub fn add(&mut self, pred: &[(usize, usize)], gold: &[(usize, usize)]) {
        let g: HashSet<_> = gold.iter().collect();
        self.tp += pred.iter().filter(|p| g.contains(p)).count();
        self.pred += pred.len();
        self.gold += gold.len();
    }
    pub fn p(&self) -> f64 {
        self.tp as f64 / self.pred.max(1) as f64
    }
    pub fn r(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Segmenters that can be scored and timed side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum System {
    /// sitrep-text.
    Sitrep,
    /// unicode-segmentation: UAX#29 word and sentence bounds.
    Unicode,
    /// sentencex (Wikimedia) sentences; tokens split on whitespace.
    Sentencex,
    /// Whitespace tokens, one sentence per paragraph: the floor.
    Whitespace,
}

type Spans = Vec<(usize, usize)>;

/// Trims whitespace off a byte span.
fn trim_span(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    (lead + trail < t.len()).then_some((s + lead, e - trail))
}

fn whitespace_tokens(text: &str) -> Spans {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Sentences and tokens of `text` by one system.
pub fn segment_with(system: System, seg: &sitrep_text::Segmenter, text: &str) -> (Spans, Spans) {
    use unicode_segmentation::UnicodeSegmentation;
    match system {
        System::Sitrep => {
            let (s, t) = seg.segment(text);
            (
                s.iter().map(|s| (s.start, s.end)).collect(),
                t.iter().map(|t| (t.start, t.end)).collect(),
            )
        }
        System::Unicode => {
            let sents = text
                .split_sentence_bound_indices()
                .filter_map(|(i, s)| trim_span(text, i, i + s.len()))
                .collect();
            let toks = text
                .split_word_bound_indices()
                .filter(|(_, w)| !w.trim().is_empty())
                .map(|(i, w)| (i, i + w.len()))
                .collect();
            (sents, toks)
        }
        System::Sentencex => {
            let sents = sentencex::get_sentence_boundaries("en", text)
                .iter()
                .filter_map(|b| trim_span(text, b.start_byte, b.end_byte))
                .collect();
            (sents, whitespace_tokens(text))
        }
        System::Whitespace => {
            let mut sents = Vec::new();
            let mut at = 0;
            for para in text.split("\n\n") {
                if let Some(s) = trim_span(text, at, at + para.len()) {
                    sents.push(s);
                }
                at += para.len() + 2;
            }
            (sents, whitespace_tokens(text))
        }
    }
}

pub fn run(a: SegArgs) -> Result<ExitCode> {
    let src = std::fs::read_to_string(&a.gold)
        .with_context(|| format!("{}: cannot read", a.gold.display()))?;
    let sents = conllu::parse(&src).with_context(|| format!("{}", a.gold.display()))?;
    let docs = rebuild(&sents);
    let seg = sitrep_text::Segmenter::new();
    let (mut sent, mut tok) = (Prf::default(), Prf::default());
    for d in &docs {
        let (ps, pt) = segment_with(a.system, &seg, &d.text);
        sent.add(&ps, &d.sentences);
        tok.add(&pt, &d.tokens);
    }
    println!(
        "system {:?}  documents {}  sentences {}  tokens {}",
        a.system,
        docs.len(),
        sent.gold,
        tok.gold
    );
    println!(
        "sentences  P {:.4}  R {:.4}  F1 {:.4}",
        sent.p(),
        sent.r(),
        sent.f1()
    );
    println!(
        "tokens     P {:.4}  R {:.4}  F1 {:.4}",
        tok.p(),
        tok.r(),
        tok.f1()
    );
    if let Some(min) = a.min_sentence_f1 {
        if sent.f1() < min {
            eprintln!("sitrep: gate failed: sentence F1 {:.4} < {min}", sent.f1());
            return Ok(ExitCode::from(1));
        }
    }
    if let Some(min) = a.min_token_f1 {
        if tok.f1() < min {
            eprintln!("sitrep: gate failed: token F1 {:.4} < {min}", tok.f1());
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Folder with the gold data (../shared/data): UD and CoNLL sentences are joined into articles.
    #[arg(long)]
    pub data: std::path::PathBuf,
    /// Timed passes (the best is reported), after one warm-up pass.
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
}

/// Articles of about 500 words: UD sentences (their `# text`) and CoNLL-2003 sentences
/// (tokens joined by spaces), 25 sentences an article, paragraphs of 3 sentences.
fn bench_articles(data: &std::path::Path) -> Result<Vec<String>> {
    let mut sentences: Vec<String> = Vec::new();
    for f in [
        "ud_english_ewt/en_ewt-ud-train.conllu",
        "ud_english_gum/en_gum-ud-train.conllu",
    ] {
        let p = data.join(f);
        let src =
            std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
        sentences.extend(
            src.lines()
                .filter_map(|l| l.strip_prefix("# text = "))
                .map(str::to_string),
        );
    }
    let p = data.join("conll2003_en/train.txt");
    let src =
        std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
    let mut cur: Vec<&str> = Vec::new();
    for l in src.lines() {
        if l.trim().is_empty() || l.starts_with("-DOCSTART-") {
            if !cur.is_empty() {
                sentences.push(cur.join(" "));
                cur.clear();
            }
        } else if let Some(w) = l.split_whitespace().next() {
            cur.push(w);
        }
    }
    let mut articles = Vec::new();
    for chunk in sentences.chunks(25) {
        let mut a = String::new();
        for (i, s) in chunk.iter().enumerate() {
            if i > 0 {
                a.push_str(if i % 3 == 0 { "\n\n" } else { " " });
            }
            a.push_str(s);
        }
        articles.push(a);
    }
    Ok(articles)
}

pub fn bench(a: BenchArgs) -> Result<ExitCode> {
    let articles = bench_articles(&a.data)?;
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let words: usize = articles.iter().map(|a| a.split_whitespace().count()).sum();
    println!(
        "corpus: {} articles, {:.1} MB, {} words (UD EWT+GUM train, CoNLL-2003 train), one thread",
        articles.len(),
        bytes as f64 / 1e6,
        words
    );
    let seg = sitrep_text::Segmenter::new();
    let mut results = Vec::new();
    for system in [
        System::Sitrep,
        System::Unicode,
        System::Sentencex,
        System::Whitespace,
    ] {
        // warm-up pass, then the best of `a.rounds` timed passes
        let mut best = f64::INFINITY;
        let mut units = 0usize;
        for round in 0..=a.rounds {
            let t0 = std::time::Instant::now();
            let mut n = 0usize;
            for art in &articles {
                let (s, t) = segment_with(system, &seg, art);
                n += s.len() + t.len();
            }
            let dt = t0.elapsed().as_secs_f64();
            units = n;
            if round > 0 {
                best = best.min(dt);
            }
        }
        results.push((system, best, units));
    }
    let base = results[0].1;
    println!(
        "{:<11} {:>9} {:>12} {:>10}",
        "system", "MB/s", "articles/s", "time ×"
    );
    for (system, dt, _) in &results {
        println!(
            "{:<11} {:>9.1} {:>12.0} {:>10.2}",
            format!("{system:?}").to_lowercase(),
            bytes as f64 / 1e6 / dt,
            articles.len() as f64 / dt,
            dt / base
        );
    }
    Ok(ExitCode::SUCCESS)
}
