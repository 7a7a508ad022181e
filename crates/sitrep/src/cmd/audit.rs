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
//!
//! Precision alone rewards coding little. With `--gold`, a file of events coded by hand
//! for a sample of paragraphs (whether or not sitrep found them) gives recall too: each
//! paragraph's counted events, as a set of (CAMEO root, source country, target country),
//! are matched against the paragraph's hand-coded set, as `sitrep eval events` matches
//! a suite's sentences.

use anyhow::{bail, Context, Result};
use sitrep_doc::{Document, Status};
use sitrep_ingest::{Inputs, Options as IngestOptions};
use sitrep_pipeline::{Options, Pipeline};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
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
    #[arg(long, required_unless_present = "gold")]
    pub judged: Option<PathBuf>,
    /// Events coded by hand for a sample of paragraphs:
    /// `ARTICLE|OFFSET<TAB>ROOT:SRC>TGT ...` (or `-` for none), OFFSET being the character
    /// offset of the paragraph's first character (`#` comments). Reports recall,
    /// precision and F1 over those paragraphs and lists where they differ.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Fail (exit 1) when the F1 over the `--gold` paragraphs is below this.
    #[arg(long, requires = "gold")]
    pub min_f1: Option<f64>,
    /// Also list every counted event with its verdict, not only the unjudged ones.
    #[arg(long)]
    pub all: bool,
    /// Fail (exit 1) when the precision over judged events is below this.
    #[arg(long, requires = "judged")]
    pub min_precision: Option<f64>,
}

/// One event the scorer would count.
struct Item {
    key: String,
    line: String,
    sentence: String,
    /// Article name and character offset of the paragraph holding the trigger.
    paragraph: (String, usize),
    /// CAMEO root, source country, target country: `19:RUS>RUS`.
    dyad: String,
}

/// Character offsets of the paragraphs' first characters: the text's start and every
/// character after a blank line.
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut newlines = 0;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            newlines += 1;
        } else if !c.is_whitespace() {
            if newlines >= 2 && starts.last() != Some(&i) {
                starts.push(i);
            }
            newlines = 0;
        }
    }
    starts
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
    let paragraphs = paragraph_starts(&doc.text);
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
        let para = paragraphs[paragraphs.partition_point(|&p| p <= at).saturating_sub(1)];
        out.push(Item {
            paragraph: (name.to_string(), para),
            dyad: format!("{}:{s}>{t}", sitrep_extract::cameo::root(&e.code)),
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

/// The lines of a judgments or hand-coded file that hold data (not blank, not a `#`
/// comment), each with its line number from 1.
pub(crate) fn data_lines(path: &PathBuf) -> Result<Vec<(usize, String)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, line)| !(line.trim().is_empty() || line.starts_with('#')))
        .map(|(n, line)| (n + 1, line.to_string()))
        .collect())
}

/// Judgments: key → (right, category).
fn read_judged(path: &PathBuf) -> Result<HashMap<String, (bool, String)>> {
    let mut judged = HashMap::new();
    for (n, line) in data_lines(path)? {
        let mut f = line.split('\t');
        let (Some(key), Some(v)) = (f.next(), f.next()) else {
            bail!("{}:{n}: expected KEY<TAB>C|W", path.display());
        };
        let right = match v {
            "C" => true,
            "W" => false,
            _ => bail!("{}:{n}: verdict must be C or W, not {v:?}", path.display()),
        };
        judged.insert(key.to_string(), (right, f.next().unwrap_or("").to_string()));
    }
    Ok(judged)
}

/// Hand-coded events: paragraph (article, offset) → set of `ROOT:SRC>TGT`.
type Gold = BTreeMap<(String, usize), BTreeSet<String>>;

fn read_gold(path: &PathBuf) -> Result<Gold> {
    let mut gold = Gold::new();
    for (n, line) in data_lines(path)? {
        let at = || format!("{}:{n}", path.display());
        let (key, events) = line
            .split_once('\t')
            .with_context(|| format!("{}: expected ARTICLE|OFFSET<TAB>EVENTS", at()))?;
        let (name, offset) = key
            .rsplit_once('|')
            .and_then(|(n, o)| Some((n.to_string(), o.parse::<usize>().ok()?)))
            .with_context(|| format!("{}: expected ARTICLE|OFFSET, not {key:?}", at()))?;
        let set = parse_dyads(events, &at)?;
        if gold.insert((name, offset), set).is_some() {
            bail!("{}: paragraph {key} listed twice", at());
        }
    }
    Ok(gold)
}

/// A hand-coded line's events: `ROOT:SRC>TGT` items separated by spaces, or `-` for
/// none; `at` names the line for the error.
pub(crate) fn parse_dyads(events: &str, at: &dyn Fn() -> String) -> Result<BTreeSet<String>> {
    let mut set = BTreeSet::new();
    for ev in events.split_whitespace().filter(|e| *e != "-") {
        let ok = ev.split_once(':').is_some_and(|(root, dyad)| {
            root.len() == 2
                && root.bytes().all(|b| b.is_ascii_digit())
                && dyad
                    .split_once('>')
                    .is_some_and(|(s, t)| s.len() == 3 && t.len() == 3)
        });
        if !ok {
            bail!(
                "{}: expected ROOT:SRC>TGT (\"19:RUS>RUS\"), not {ev:?}",
                at()
            );
        }
        set.insert(ev.to_string());
    }
    Ok(set)
}

/// Recall, precision and F1 of the counted events over the hand-coded paragraphs; lists
/// the paragraphs where they differ. Returns F1.
fn score_gold(gold: &Gold, items: &[Item], starts: &HashMap<String, Vec<usize>>) -> Result<f64> {
    for (name, offset) in gold.keys() {
        let Some(ps) = starts.get(name) else {
            bail!("hand-coded paragraph {name}|{offset}: no such article among the inputs");
        };
        if ps.binary_search(offset).is_err() {
            bail!("hand-coded paragraph {name}|{offset}: no paragraph starts at that offset");
        }
    }
    let mut found: BTreeMap<&(String, usize), BTreeSet<&str>> = BTreeMap::new();
    let mut lines: BTreeMap<&(String, usize), Vec<&Item>> = BTreeMap::new();
    for it in items.iter().filter(|it| gold.contains_key(&it.paragraph)) {
        found.entry(&it.paragraph).or_default().insert(&it.dyad);
        lines.entry(&it.paragraph).or_default().push(it);
    }
    let (mut matched, mut predicted, mut expected) = (0usize, 0usize, 0usize);
    for (k, g) in gold {
        let f = found.get(k).cloned().unwrap_or_default();
        let hit = g.iter().filter(|e| f.contains(e.as_str())).count();
        matched += hit;
        predicted += f.len();
        expected += g.len();
        if hit != g.len() || hit != f.len() {
            let missed: Vec<&str> = g
                .iter()
                .map(String::as_str)
                .filter(|e| !f.contains(e))
                .collect();
            let extra: Vec<&str> = f.iter().copied().filter(|e| !g.contains(*e)).collect();
            println!(
                "differs: {}|{} missed [{}] extra [{}]",
                k.0,
                k.1,
                missed.join(" "),
                extra.join(" ")
            );
            for it in lines.get(k).into_iter().flatten() {
                println!("    {}", it.line);
            }
        }
    }
    let p = matched as f64 / predicted.max(1) as f64;
    let r = matched as f64 / expected.max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "hand-coded paragraphs: {} (events: {expected} coded, {predicted} counted, {matched} matched)",
        gold.len()
    );
    println!("recall {r:.3} precision {p:.3} F1 {f1:.3}");
    Ok(f1)
}

pub fn run(a: AuditArgs) -> Result<ExitCode> {
    let judged = match &a.judged {
        Some(p) => read_judged(p)?,
        None => HashMap::new(),
    };
    let gold = a.gold.as_ref().map(read_gold).transpose()?;
    let mut starts: HashMap<String, Vec<usize>> = HashMap::new();
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
                starts.insert(name.clone(), paragraph_starts(&doc.text));
                items.extend(counted(&doc, &name));
            }
            Err(e) => {
                failed += 1;
                eprintln!("sitrep: error: {e}");
            }
        }
    }
    if a.judged.is_some() && !judged_report(&a, &judged, &items) {
        return Ok(ExitCode::from(1));
    }
    if let Some(g) = &gold {
        let f1 = score_gold(g, &items, &starts)?;
        if let Some(min) = a.min_f1 {
            if f1 < min {
                eprintln!(
                    "sitrep: hand-coded paragraphs' F1 {f1:.3} is below the minimum {min:.3}"
                );
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The precision report over judged events; false when below `--min-precision`.
fn judged_report(a: &AuditArgs, judged: &HashMap<String, (bool, String)>, items: &[Item]) -> bool {
    let (mut right, mut wrong) = (0usize, 0usize);
    let mut by_cat: BTreeMap<String, usize> = BTreeMap::new();
    let mut unjudged = Vec::new();
    for it in items {
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
            return false;
        }
    }
    true
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
