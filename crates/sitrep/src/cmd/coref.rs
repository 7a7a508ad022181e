//! `sitrep eval coref`: third-person pronouns resolved to the right entity, against the
//! coreference of a CoNLL-U file that carries it (UD GUM's `Entity=` in MISC).
//!
//! Each document is rebuilt as text from its tokens (one line per sentence) and run
//! through the standard pipeline. A gold pronoun counts when its chain has a mention
//! before it that is not a pronoun (an antecedent to find). sitrep resolves it when its
//! entity layer gives the pronoun a mention of an entity that has a named or nominal
//! mention before it; the resolution is right when one of those earlier mentions overlaps
//! a gold mention of the pronoun's chain.

use anyhow::{Context, Result};
use sitrep_doc::{Document, MentionKind, Meta, Source};
use sitrep_learn::conllu::{self, Sentence};
use sitrep_pipeline::{Options, Pipeline};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct CorefArgs {
    /// CoNLL-U file with `Entity=` coreference in MISC (UD English GUM).
    #[arg(long)]
    pub gold: PathBuf,
    /// Score only the documents whose `# newdoc id` contains this (e.g. `news`).
    #[arg(long)]
    pub doc_contains: Option<String>,
    /// Print each wrong or missed pronoun with its sentence.
    #[arg(long)]
    pub verbose: bool,
}

/// Third-person pronouns that refer back.
const PRONOUNS: &[&str] = &[
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
];

/// A gold mention: word range `[a, b)` in the document and chain id.
struct GoldMention {
    a: usize,
    b: usize,
    chain: String,
}

/// Mentions of one word's `Entity=` value: opened here `(id-…`, closed here `id)`, or
/// both `(id-…)`. Returns (opened ids, closed ids), in order.
fn entity_marks(misc: &str) -> (Vec<String>, Vec<String>) {
    let Some(v) = misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
        return (Vec::new(), Vec::new());
    };
    let (mut open, mut close) = (Vec::new(), Vec::new());
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let start = i + 1;
            let mut j = start;
            while j < b.len() && b[j] != b'(' && b[j] != b')' {
                j += 1;
            }
            let id = v[start..j].split('-').next().unwrap_or("").to_string();
            open.push(id.clone());
            if j < b.len() && b[j] == b')' {
                close.push(id);
                j += 1;
            }
            i = j;
        } else {
            let start = i;
            while i < b.len() && b[i] != b')' && b[i] != b'(' {
                i += 1;
            }
            if i < b.len() && b[i] == b')' {
                close.push(v[start..i].to_string());
                i += 1;
            }
        }
    }
    (open, close)
}

/// One document: its text, each word's character span, and the gold mentions.
struct GoldDoc {
    id: String,
    text: String,
    words: Vec<(usize, usize)>,
    forms: Vec<String>,
    mentions: Vec<GoldMention>,
}

fn documents(sents: &[Sentence], want: Option<&str>) -> Vec<GoldDoc> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    for s in sents {
        if s.newdoc() || docs.is_empty() {
            docs.push(GoldDoc {
                id: s.newdoc_id().unwrap_or("").to_string(),
                text: String::new(),
                words: Vec::new(),
                forms: Vec::new(),
                mentions: Vec::new(),
            });
        }
        let d = docs.last_mut().expect("a document");
        if !d.text.is_empty() {
            d.text.push('\n');
        }
        let base = d.words.len();
        let mut spans = vec![(0, 0); s.words.len()];
        for (form, space, range) in s.surface() {
            let a = d.text.len();
            d.text.push_str(form);
            let b = d.text.len();
            for k in range {
                spans[k] = (a, b);
            }
            if space {
                d.text.push(' ');
            }
        }
        d.words.extend(spans);
        d.forms
            .extend(s.words.iter().map(|w| w.form.to_lowercase()));
        // Open mentions of this sentence (GUM closes every mention in its sentence).
        let mut open: Vec<(String, usize)> = Vec::new();
        for (k, w) in s.words.iter().enumerate() {
            let (opened, closed) = entity_marks(&w.misc);
            for id in opened {
                open.push((id, base + k));
            }
            for id in closed {
                if let Some(p) = open.iter().rposition(|(o, _)| *o == id) {
                    let (chain, a) = open.remove(p);
                    d.mentions.push(GoldMention {
                        a,
                        b: base + k + 1,
                        chain,
                    });
                }
            }
        }
    }
    docs.retain(|d| want.is_none_or(|w| d.id.contains(w)));
    docs
}

#[derive(Default)]
struct Counts {
    gold: usize,
    resolved: usize,
    right: usize,
}

impl Counts {
    /// One line of the report: counts, precision and recall of a pronoun group.
    fn line(&self, group: &str) -> String {
        format!(
            "{group:7} gold {:5}  resolved {:5}  right {:5}  precision {:.3}  recall {:.3}",
            self.gold,
            self.resolved,
            self.right,
            self.right as f64 / self.resolved.max(1) as f64,
            self.right as f64 / self.gold.max(1) as f64
        )
    }
}

pub fn run(a: CorefArgs) -> Result<ExitCode> {
    let src = std::fs::read_to_string(&a.gold)
        .with_context(|| format!("reading {}", a.gold.display()))?;
    let sents = conllu::parse(&src).map_err(|e| anyhow::anyhow!("{}: {e}", a.gold.display()))?;
    let docs = documents(&sents, a.doc_contains.as_deref());
    let pipeline = Pipeline::standard(Options::default());
    // Written line by line; a closed pipe (`| head`) ends the listing, not the program.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut by: BTreeMap<&'static str, Counts> = BTreeMap::new();
    for g in &docs {
        let mut doc = Document::new(g.text.clone(), Source::default(), Meta::default());
        pipeline.annotate(&mut doc);
        let chain_spans: HashMap<&str, Vec<(usize, usize)>> =
            g.mentions.iter().fold(HashMap::new(), |mut m, x| {
                m.entry(x.chain.as_str())
                    .or_default()
                    .push((g.words[x.a].0, g.words[x.b - 1].1));
                m
            });
        for gm in &g.mentions {
            if gm.b != gm.a + 1 {
                continue;
            }
            let form = g.forms[gm.a].as_str();
            let Some(&p) = PRONOUNS.iter().find(|&&p| p == form) else {
                continue;
            };
            let (ps, pe) = g.words[gm.a];
            // An antecedent to find: a mention of the chain before the pronoun that is
            // not a lone pronoun.
            let has_antecedent = g.mentions.iter().any(|x| {
                x.chain == gm.chain
                    && x.b <= gm.a
                    && !(x.b == x.a + 1 && PRONOUNS.contains(&g.forms[x.a].as_str()))
            });
            if !has_antecedent {
                continue;
            }
            let group = match p {
                "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself" => "he/she",
                "it" | "its" | "itself" => "it",
                _ => "they",
            };
            let c = by.entry(group).or_default();
            c.gold += 1;
            // sitrep's entity for this pronoun, and that entity's earlier mentions that
            // name it.
            let ent = doc.entities.iter().find(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.kind == MentionKind::Pronoun && m.start == ps && m.end == pe)
            });
            let earlier: Vec<(usize, usize)> = ent
                .map(|e| {
                    e.mentions
                        .iter()
                        .filter(|m| m.kind != MentionKind::Pronoun && m.end <= ps)
                        .map(|m| (m.start, m.end))
                        .collect()
                })
                .unwrap_or_default();
            let sentence = || {
                let a = g.text[..ps].rfind('\n').map_or(0, |x| x + 1);
                let b = g.text[pe..].find('\n').map_or(g.text.len(), |x| pe + x);
                g.text[a..b].to_string()
            };
            if earlier.is_empty() {
                if a.verbose {
                    let _ = writeln!(out, "missed {p:?} in {}: {}", g.id, sentence());
                }
                continue;
            }
            c.resolved += 1;
            let spans = &chain_spans[gm.chain.as_str()];
            if earlier
                .iter()
                .any(|&(x, y)| spans.iter().any(|&(s, e)| x < e && s < y))
            {
                c.right += 1;
            } else if a.verbose {
                let names: Vec<&str> = earlier.iter().map(|&(x, y)| &doc.text[x..y]).collect();
                let _ = writeln!(out, "wrong {p:?} -> {names:?} in {}: {}", g.id, sentence());
            }
        }
    }
    let _ = writeln!(
        out,
        "documents: {}{}",
        docs.len(),
        a.doc_contains
            .as_deref()
            .map(|w| format!(" (newdoc id contains {w:?})"))
            .unwrap_or_default()
    );
    let mut all = Counts::default();
    for (g, c) in &by {
        let _ = writeln!(out, "{}", c.line(g));
        all.gold += c.gold;
        all.resolved += c.resolved;
        all.right += c.right;
    }
    let _ = writeln!(out, "{}", all.line("all"));
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_marks_open_and_close() {
        assert_eq!(
            entity_marks("Entity=(1-abstract-new-nnnnn-cf1-1-sgl)|MSeg=x"),
            (vec!["1".to_string()], vec!["1".to_string()])
        );
        assert_eq!(
            entity_marks("Entity=(3-person-new(4-place-giv-1)"),
            (
                vec!["3".to_string(), "4".to_string()],
                vec!["4".to_string()]
            )
        );
        assert_eq!(
            entity_marks("Entity=4)3)"),
            (vec![], vec!["4".to_string(), "3".to_string()])
        );
        assert_eq!(entity_marks("SpaceAfter=No"), (vec![], vec![]));
    }
}
