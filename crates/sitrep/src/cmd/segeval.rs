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

pub fn run(a: SegArgs) -> Result<ExitCode> {
    let src = std::fs::read_to_string(&a.gold)
        .with_context(|| format!("{}: cannot read", a.gold.display()))?;
    let sents = conllu::parse(&src).with_context(|| format!("{}", a.gold.display()))?;
    let docs = rebuild(&sents);
    let seg = sitrep_text::Segmenter::new();
    let (mut sent, mut tok) = (Prf::default(), Prf::default());
    for d in &docs {
        let (ps, pt) = seg.segment(&d.text);
        let ps: Vec<_> = ps.iter().map(|s| (s.start, s.end)).collect();
        let pt: Vec<_> = pt.iter().map(|t| (t.start, t.end)).collect();
        sent.add(&ps, &d.sentences);
        tok.add(&pt, &d.tokens);
    }
    println!(
        "documents {}  sentences {}  tokens {}",
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
}

pub fn bench(_a: BenchArgs) -> Result<ExitCode> {
    anyhow::bail!("bench segment: being written")
}
