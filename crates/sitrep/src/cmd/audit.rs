//! `sitrep eval audit`: precision of the events the scorer would count, on news with no
//! event gold, against a file of judgments made by hand.
//!
//! The event suites measure recall and precision on a few hundred sentences; real news
//! shows other errors (sport results read as blows, places read as parties, a writer's
//! conjecture read as an intent). This command runs the pipeline over articles (files,
//! folders, or the documents of a CoNLL-2003 file), keeps the events that would count in
//! `sitrep eval events` (status asserted, attributed, confirmed or unconfirmed; source
//! and target with a country), and keys each by article, trigger offset, code and the
//! two countries. A judgments file gives each key `C` (right: this party did this, of
//! this root, to that party, and the text says it happened) or `W` (wrong), with an
//! optional error category. The command reports the precision over judged events,
//! the wrong ones by category, the judged ones no longer produced, and lists the events
//! not yet judged with their sentence, to be judged and added.
//!
//! Judgments files hold keys and verdicts only, no article text.

use anyhow::{bail, Context, Result};
use sitrep_doc::{Document, Status};
use sitrep_ingest::{Inputs, Options as IngestOptions};
use sitrep_pipeline::{Options, Pipeline};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct AuditArgs {
    /// Articles: files or folders (walked), read as `sitrep extract` reads them.
    pub inputs: Vec<String>,
    /// A CoNLL-2003 file instead: each `-DOCSTART-` document becomes an article (tokens
    /// joined with spaces, punctuation attached, one paragraph per sentence), named
    /// `doc000.txt`, `doc001.txt`, … in file order.
    #[arg(long)]
    pub conll: Option<PathBuf>,
    /// Judgments: `KEY<TAB>C|W[<TAB>category]` lines (`#` comments).
    #[arg(long)]
    pub judged: PathBuf,
    /// Also list every counted event with its verdict, not only the unjudged ones.
    #[arg(long)]
    pub all: bool,
    /// Fail (exit 1) when the precision over judged events is below this.
    #[arg(long)]
    pub min_precision: Option<f64>,
}

/// One event the scorer would count.
struct Item {
    key: String,
    line: String,
    sentence: String,
}

/// The CoNLL-2003 tokens of one document as running text: tokens joined by spaces,
/// no space before closing punctuation and clitics or after opening brackets, one
/// paragraph per sentence.
pub fn detokenize(sentences: &[Vec<String>]) -> String {
    let mut paras = Vec::new();
    for toks in sentences {
        let joined = toks.join(" ");
        let cs: Vec<char> = joined.chars().collect();
        // No space before closing punctuation.
        let mut a = String::new();
        for (i, &c) in cs.iter().enumerate() {
            if c == ' ' && cs.get(i + 1).is_some_and(|n| ",.;:!?%)]".contains(*n)) {
                continue;
            }
            a.push(c);
        }
        // No space after an opening bracket or a currency sign.
        let mut b = String::new();
        for c in a.chars() {
            if c == ' ' && b.ends_with(['(', '[', '$']) {
                continue;
            }
            b.push(c);
        }
        // Clitics join the word before.
        let mut s = String::new();
        let mut rest = b.as_str();
        while let Some(c) = rest.chars().next() {
            let tail = &rest[c.len_utf8()..];
            if c == ' '
                && ["n't", "'s", "'re", "'ve", "'ll", "'d"]
                    .iter()
                    .any(|x| tail.starts_with(x))
            {
                rest = tail;
                continue;
            }
            s.push(c);
            rest = tail;
        }
        // A lone opening quote joins the word after it.
        if s.matches('"').count() == 1 {
            s = s.replacen("\" ", "\"", 1);
        }
        paras.push(s);
    }
    let mut text = paras.join("\n\n");
    text.push('\n');
    text
}

/// Articles of a CoNLL-2003 file, named `doc000.txt`, … (see [`detokenize`]).
fn conll_articles(path: &PathBuf) -> Result<Vec<(String, String)>> {
    let src =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let f = sitrep_learn::conll2003::parse(&src)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut docs: BTreeMap<usize, Vec<Vec<String>>> = BTreeMap::new();
    for s in &f.sentences {
        docs.entry(s.doc)
            .or_default()
            .push(s.rows.iter().map(|r| r.form.clone()).collect());
    }
    Ok(docs
        .into_values()
        .enumerate()
        .map(|(i, ss)| (format!("doc{i:03}.txt"), detokenize(&ss)))
        .collect())
}

fn counted(doc: &Document, name: &str) -> Vec<Item> {
    let country = |a: Option<&str>| {
        a.filter(|c| {
            c.len() >= 3 && !c.starts_with("---") && !c.starts_with('~') && !c.starts_with('"')
        })
        .map(|c| c[..3].to_string())
    };
    let mut out = Vec::new();
    for e in &doc.events {
        if !matches!(
            e.status,
            Status::Asserted | Status::Attributed | Status::Confirmed | Status::Unconfirmed
        ) {
            continue;
        }
        let src = e.source.as_ref().and_then(|a| a.actor.as_deref());
        let tgt = e.target.as_ref().and_then(|a| a.actor.as_deref());
        let (Some(s), Some(t)) = (country(src), country(tgt)) else {
            continue;
        };
        let sentence = doc
            .sentences
            .get(e.sentence)
            .map(|x| {
                doc.text[x.start..x.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        // Offsets in keys are the contract's: characters, as `sitrep extract` writes.
        let at = doc.text[..e.trigger.start].chars().count();
        out.push(Item {
            key: format!("{name}|{at}|{}|{s}|{t}", e.code),
            line: format!(
                "{} {} | {} {} -> {} {} | {:?}",
                e.trigger.text,
                e.code,
                e.source.as_ref().map(|a| a.text.as_str()).unwrap_or(""),
                src.unwrap_or(""),
                e.target.as_ref().map(|a| a.text.as_str()).unwrap_or(""),
                tgt.unwrap_or(""),
                e.status
            ),
            sentence,
        });
    }
    out
}

pub fn run(a: AuditArgs) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&a.judged)
        .with_context(|| format!("reading {}", a.judged.display()))?;
    let mut judged: HashMap<String, (bool, String)> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(key), Some(v)) = (f.next(), f.next()) else {
            bail!("{}:{}: expected KEY<TAB>C|W", a.judged.display(), n + 1);
        };
        let right = match v {
            "C" => true,
            "W" => false,
            _ => bail!(
                "{}:{}: verdict must be C or W, not {v:?}",
                a.judged.display(),
                n + 1
            ),
        };
        judged.insert(key.to_string(), (right, f.next().unwrap_or("").to_string()));
    }
    let pipeline = Pipeline::standard(Options::default());
    let mut items = Vec::new();
    let mut failed = 0usize;
    let named: Vec<(String, Result<sitrep_ingest::Article, String>)> = match &a.conll {
        Some(p) => conll_articles(p)?
            .into_iter()
            .map(|(name, text)| {
                let r = Inputs::from_bytes(&name, text.into_bytes(), &IngestOptions::default())
                    .into_iter()
                    .next()
                    .map(|r| r.map_err(|e| e.to_string()))
                    .unwrap_or_else(|| Err(format!("{name}: no article")));
                (name, r)
            })
            .collect(),
        None => {
            if a.inputs.is_empty() {
                bail!("no input: name files or folders, or give --conll FILE");
            }
            Inputs::new(&a.inputs, IngestOptions::default())
                .map(|r| match r {
                    Ok(art) => {
                        let name = art
                            .source
                            .path
                            .as_deref()
                            .and_then(|p| std::path::Path::new(p).file_name())
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        (name, Ok(art))
                    }
                    Err(e) => (String::new(), Err(e.to_string())),
                })
                .collect()
        }
    };
    for (name, r) in named {
        match r {
            Ok(art) => {
                let doc = pipeline.process(art);
                items.extend(counted(&doc, &name));
            }
            Err(e) => {
                failed += 1;
                eprintln!("sitrep: error: {e}");
            }
        }
    }
    let (mut right, mut wrong) = (0usize, 0usize);
    let mut by_cat: BTreeMap<String, usize> = BTreeMap::new();
    let mut unjudged = Vec::new();
    for it in &items {
        match judged.get(&it.key) {
            Some((true, _)) => right += 1,
            Some((false, c)) => {
                wrong += 1;
                *by_cat
                    .entry(if c.is_empty() {
                        "other".into()
                    } else {
                        c.clone()
                    })
                    .or_default() += 1;
            }
            None => unjudged.push(it),
        }
        if a.all {
            let v = match judged.get(&it.key) {
                Some((true, _)) => "C".to_string(),
                Some((false, c)) => format!("W {c}"),
                None => "?".to_string(),
            };
            println!("[{v}] {}\n    {}\n    {}", it.key, it.line, it.sentence);
        }
    }
    let produced: HashSet<&str> = items.iter().map(|i| i.key.as_str()).collect();
    let mut gone: Vec<(&String, bool)> = judged
        .iter()
        .filter(|(k, _)| !produced.contains(k.as_str()))
        .map(|(k, (r, _))| (k, *r))
        .collect();
    gone.sort();
    println!(
        "counted events: {} (judged right {right}, judged wrong {wrong}, not judged {})",
        items.len(),
        unjudged.len()
    );
    let p = right as f64 / (right + wrong).max(1) as f64;
    println!("precision over judged events: {p:.3}");
    let cats: Vec<String> = by_cat.iter().map(|(c, n)| format!("{c} {n}")).collect();
    println!("wrong by category: {}", cats.join(", "));
    println!(
        "judged events no longer produced: {} (judged right: {})",
        gone.len(),
        gone.iter().filter(|g| g.1).count()
    );
    for (k, r) in &gone {
        if *r {
            println!("  lost right event: {k}");
        }
    }
    for it in &unjudged {
        println!(
            "not judged: {}\n    {}\n    {}",
            it.key, it.line, it.sentence
        );
    }
    if let Some(min) = a.min_precision {
        if p < min {
            eprintln!("sitrep: audit precision {p:.3} is below the minimum {min:.3}");
            return Ok(ExitCode::from(1));
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detokenize_attaches_punctuation_and_clitics() {
        let s = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let text = detokenize(&[
            s(&[
                "Rebels", "(", "FLN", ")", "said", "they", "did", "n't", "attack", ",", "Reuters",
                "'s", "source", "said", ".",
            ]),
            s(&["He", "paid", "$", "5", "."]),
        ]);
        assert_eq!(
            text,
            "Rebels (FLN) said they didn't attack, Reuters's source said.\n\nHe paid $5.\n"
        );
    }
}
