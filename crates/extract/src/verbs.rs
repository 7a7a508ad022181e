//! PETRARCH/TABARI verb dictionaries (`--- VERB [code] ---` blocks with `- … * … [code]`
//! patterns and `&SYNSET` word sets), read so that suites coded with their own verb
//! dictionary (the PETRARCH-1 and UD-PETRARCH validation suites) can run as they are.
//!
//! The reader is deliberately partial: a pattern matches when its words before `*`
//! appear, in order, before the verb in the sentence and its words after `*` appear, in
//! order, after it (gaps allowed); source/target markers (`$`, `+`, `%`, `^`) are ignored,
//! and a multi-word synset member matches on its first word.

use crate::lexicon::{verb_forms, Entry, Kind};
use crate::view::View;
use std::collections::HashMap;

#[derive(Clone, Debug)]
struct Pattern {
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    code: &'static str,
}

#[derive(Clone, Debug)]
struct Verb {
    lemma: &'static str,
    code: Option<&'static str>,
    patterns: Vec<Pattern>,
}

/// A verb dictionary.
#[derive(Clone, Debug, Default)]
pub struct VerbDict {
    forms: HashMap<String, usize>,
    verbs: Vec<Verb>,
}

/// Dictionary strings live as long as the program: a dictionary is read once per run.
fn keep(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn code_of(line: &str) -> Option<String> {
    let inside = line.split('[').nth(1)?.split(']').next()?.trim();
    let c = inside.split(':').next()?.trim();
    (!c.is_empty() && c != "---").then(|| c.to_string())
}

impl VerbDict {
    /// Parses a verb dictionary file's text.
    pub fn parse(src: &str) -> VerbDict {
        let mut d = VerbDict::default();
        let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
        // Synsets first (they may be defined after their use).
        let mut cur: Option<String> = None;
        for raw in src.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.starts_with('&') {
                let name = line.split_whitespace().next().unwrap_or("").to_string();
                synsets.entry(name.clone()).or_default();
                cur = Some(name);
            } else if let (Some(c), Some(m)) = (&cur, line.strip_prefix('+')) {
                let first = m.split(['_', ' ']).find(|w| !w.is_empty()).unwrap_or("");
                if !first.is_empty() {
                    synsets
                        .get_mut(c)
                        .expect("inserted")
                        .push(first.to_lowercase());
                }
            } else if !line.is_empty() {
                cur = None;
            }
        }
        let item = |w: &str| -> Option<Vec<String>> {
            let w = w
                .trim_matches(|c| matches!(c, '$' | '+' | '%' | '^' | '(' | ')' | '{' | '}' | '|'));
            if w.is_empty() {
                return None;
            }
            if w.starts_with('&') {
                return synsets.get(w).cloned().filter(|s| !s.is_empty());
            }
            Some(vec![w.to_lowercase()])
        };
        let mut verb: Option<usize> = None;
        for raw in src.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('&') {
                if line.starts_with('&') {
                    verb = None;
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("---") {
                let name = rest
                    .split('[')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_matches('-')
                    .trim();
                let lemma = name.split_whitespace().next().unwrap_or("").to_lowercase();
                if lemma.is_empty() {
                    verb = None;
                    continue;
                }
                d.verbs.push(Verb {
                    lemma: keep(&lemma),
                    code: code_of(line).map(|c| keep(&c)),
                    patterns: Vec::new(),
                });
                let vi = d.verbs.len() - 1;
                verb = Some(vi);
                for f in verb_forms(&lemma) {
                    d.forms.entry(f).or_insert(vi);
                }
                continue;
            }
            let Some(vi) = verb else { continue };
            if let Some(p) = line.strip_prefix('-') {
                let Some(code) = code_of(p) else { continue };
                let body = p.split('[').next().unwrap_or("");
                let mut before = Vec::new();
                let mut after = Vec::new();
                let mut seen_star = false;
                for tok in body.split_whitespace() {
                    for w in tok.split('_') {
                        if w == "*" {
                            seen_star = true;
                        } else if let Some(it) = item(w) {
                            if seen_star {
                                after.push(it);
                            } else {
                                before.push(it);
                            }
                        }
                    }
                }
                if seen_star {
                    d.verbs[vi].patterns.push(Pattern {
                        before,
                        after,
                        code: keep(&code),
                    });
                }
            } else if !line.starts_with('+') {
                // A form line: "ABANDON", "BEGIN {BEGAN BEGUN}".
                let head = line.split(['[', '{']).next().unwrap_or("").trim();
                if !head.contains(' ') && !head.contains('_') && !head.is_empty() {
                    for f in verb_forms(&head.to_lowercase()) {
                        d.forms.entry(f).or_insert(vi);
                    }
                }
                if let Some(irr) = line.split('{').nth(1).and_then(|x| x.split('}').next()) {
                    for f in irr.split_whitespace() {
                        d.forms.entry(f.to_lowercase()).or_insert(vi);
                    }
                }
            }
        }
        d
    }

    pub fn len(&self) -> usize {
        self.verbs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.verbs.is_empty()
    }

    /// The event the dictionary codes for the verb at token `i`, as a lexicon entry.
    pub(crate) fn entry_at(&self, v: &View, i: usize) -> Option<Entry> {
        let vi = *self.forms.get(v.word(i))?;
        let verb = &self.verbs[vi];
        let (sa, sb) = v.sents[v.sentence_of(i)];
        let in_order = |items: &[Vec<String>], from: usize, to: usize| -> bool {
            let mut k = from;
            for it in items {
                match (k..to).find(|&x| it.iter().any(|w| v.word(x) == w)) {
                    Some(x) => k = x + 1,
                    None => return false,
                }
            }
            true
        };
        let best = verb
            .patterns
            .iter()
            .filter(|p| in_order(&p.before, sa, i) && in_order(&p.after, i + 1, sb))
            .max_by_key(|p| p.before.len() + p.after.len());
        let code = best.map(|p| p.code).or(verb.code)?;
        Some(Entry {
            kind: Kind::Verb,
            lemma: verb.lemma,
            after: Vec::new(),
            before: Vec::new(),
            code,
        })
    }
}
