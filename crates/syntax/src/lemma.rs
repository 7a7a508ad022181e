//! Lemmatizer: suffix rules learned per XPOS tag, plus an exception table for the words
//! of the training data that the rules get wrong.
//!
//! A rule is "strip `n` characters, append `s`", on the word as written or lower-cased,
//! chosen by the longest known suffix (up to 5 characters) of the lower-cased word
//! under its XPOS tag.

use sitrep_learn::codec::{DecodeError, Reader, Writer};
use sitrep_learn::conllu::Sentence;
use sitrep_learn::hash::{feat2, hash_str, mix, IdBuildHasher};
use std::collections::HashMap;

const MAX_SUFFIX: usize = 5;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Rule {
    lower: bool,
    strip: u8,
    add: String,
}

impl Rule {
    fn learn(form: &str, lemma: &str) -> Option<Rule> {
        if form == lemma {
            return Some(Rule::default());
        }
        let lowered = form.to_lowercase();
        let mut best: Option<(usize, Rule)> = None;
        for (lower, base) in [(false, form), (true, lowered.as_str())] {
            let lcp: usize = base
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.len_utf8())
                .sum();
            let strip = base[lcp..].chars().count();
            if strip > 255 {
                return None;
            }
            let r = Rule {
                lower,
                strip: strip as u8,
                add: lemma[lcp..].to_string(),
            };
            if best.as_ref().is_none_or(|(l, _)| lcp > *l) {
                best = Some((lcp, r));
            }
        }
        best.map(|(_, r)| r)
    }

    fn apply(&self, form: &str) -> Option<String> {
        let base = if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let n = base.chars().count();
        if self.strip as usize >= n && !(self.strip == 0 && n == 0) {
            return None;
        }
        let cut = base
            .char_indices()
            .nth(n - self.strip as usize)
            .map_or(base.len(), |(i, _)| i);
        let mut out = base[..cut].to_string();
        out.push_str(&self.add);
        Some(out)
    }
}

/// The trained lemmatizer.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    rules: HashMap<u64, Rule, IdBuildHasher>,
    exceptions: HashMap<u64, String, IdBuildHasher>,
}

fn suffix_keys(xpos: u64, lower: &str) -> impl Iterator<Item = u64> + '_ {
    let n = lower.chars().count();
    (0..=MAX_SUFFIX.min(n)).rev().map(move |k| {
        let cut = lower
            .char_indices()
            .nth(n - k)
            .map_or(lower.len(), |(i, _)| i);
        feat2(40, xpos, mix(k as u64, hash_str(&lower[cut..])))
    })
}

fn exception_key(form: &str, xpos: &str) -> u64 {
    feat2(41, hash_str(form), hash_str(xpos))
}

impl Lemmatizer {
    /// Learns rules and exceptions from gold sentences.
    pub fn train(train: &[Sentence]) -> Lemmatizer {
        // (form, xpos) → lemma counts.
        let mut pairs: HashMap<(&str, &str), HashMap<&str, u32>> = HashMap::new();
        for s in train {
            for w in &s.words {
                if w.lemma.is_empty() || w.lemma == "_" {
                    continue;
                }
                *pairs
                    .entry((&w.form, &w.xpos))
                    .or_default()
                    .entry(&w.lemma)
                    .or_default() += 1;
            }
        }
        let mut best_lemma: Vec<((&str, &str), &str, u32)> = pairs
            .iter()
            .map(|(k, ls)| {
                let (l, n) = ls
                    .iter()
                    .max_by_key(|(l, n)| (**n, std::cmp::Reverse(**l)))
                    .unwrap();
                (*k, *l, *n)
            })
            .collect();
        best_lemma.sort_unstable();
        // Rule counts per (xpos, suffix), over word types weighted by their count.
        let mut counts: HashMap<u64, (u64, HashMap<Rule, u32>)> = HashMap::new();
        for &((form, xpos), lemma, n) in &best_lemma {
            let Some(rule) = Rule::learn(form, lemma) else {
                continue;
            };
            let lower = form.to_lowercase();
            let parent_chain: Vec<u64> = suffix_keys(hash_str(xpos), &lower).collect();
            for (depth, &k) in parent_chain.iter().rev().enumerate() {
                let e = counts.entry(k).or_insert_with(|| {
                    let parent = if depth == 0 {
                        u64::MAX
                    } else {
                        parent_chain[parent_chain.len() - depth]
                    };
                    (parent, HashMap::new())
                });
                *e.1.entry(rule.clone()).or_default() += n.min(3);
            }
        }
        let best_rule = |m: &HashMap<Rule, u32>| -> (Rule, u32) {
            let (r, n) = m
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .unwrap();
            (r.clone(), *n)
        };
        let mut rules = HashMap::with_hasher(IdBuildHasher::default());
        for (&k, (parent, m)) in &counts {
            let (r, n) = best_rule(m);
            let total: u32 = m.values().sum();
            let keep = if *parent == u64::MAX {
                true
            } else {
                let pr = best_rule(&counts[parent].1).0;
                total >= 2 && n * 2 > total && pr != r
            };
            if keep {
                rules.insert(k, r);
            }
        }
        let mut lem = Lemmatizer {
            rules,
            exceptions: HashMap::with_hasher(IdBuildHasher::default()),
        };
        let mut exceptions = HashMap::with_hasher(IdBuildHasher::default());
        for &((form, xpos), lemma, _) in &best_lemma {
            if lem.lemma(form, xpos) != lemma {
                exceptions.insert(exception_key(form, xpos), lemma.to_string());
            }
        }
        lem.exceptions = exceptions;
        lem
    }

    /// The lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: &str) -> String {
        if let Some(l) = self.exceptions.get(&exception_key(form, xpos)) {
            return l.clone();
        }
        let lower = form.to_lowercase();
        for k in suffix_keys(hash_str(xpos), &lower) {
            if let Some(r) = self.rules.get(&k) {
                if let Some(l) = r.apply(form) {
                    return l;
                }
            }
        }
        form.to_string()
    }

    pub fn n_rules(&self) -> usize {
        self.rules.len()
    }

    pub fn n_exceptions(&self) -> usize {
        self.exceptions.len()
    }

    pub fn write(&self, w: &mut Writer) {
        let mut rules: Vec<_> = self.rules.iter().collect();
        rules.sort_unstable();
        w.usize(rules.len());
        for (k, r) in rules {
            w.u64(*k);
            w.usize(r.lower as usize);
            w.usize(r.strip as usize);
            w.str(&r.add);
        }
        let mut ex: Vec<_> = self.exceptions.iter().collect();
        ex.sort_unstable();
        w.usize(ex.len());
        for (k, l) in ex {
            w.u64(*k);
            w.str(l);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatizer, DecodeError> {
        let n = r.len(4)?;
        let mut rules = HashMap::with_capacity_and_hasher(n, IdBuildHasher::default());
        for _ in 0..n {
            let k = r.u64()?;
            let lower = r.usize()? != 0;
            let strip = r.usize()?.min(255) as u8;
            let add = r.str()?.to_string();
            rules.insert(k, Rule { lower, strip, add });
        }
        let m = r.len(2)?;
        let mut exceptions = HashMap::with_capacity_and_hasher(m, IdBuildHasher::default());
        for _ in 0..m {
            let k = r.u64()?;
            exceptions.insert(k, r.str()?.to_string());
        }
        Ok(Lemmatizer { rules, exceptions })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_learn::conllu::parse;

    fn line(i: usize, form: &str, lemma: &str, xpos: &str) -> String {
        format!("{i}\t{form}\t{lemma}\tX\t{xpos}\t_\t0\troot\t_\t_\n")
    }

    #[test]
    fn rules_generalize_and_exceptions_hold() {
        let mut src = String::new();
        let data = [
            ("walked", "walk", "VBD"),
            ("jumped", "jump", "VBD"),
            ("talked", "talk", "VBD"),
            ("went", "go", "VBD"),
            ("cats", "cat", "NNS"),
            ("dogs", "dog", "NNS"),
            ("cities", "city", "NNS"),
            ("ladies", "lady", "NNS"),
            ("The", "the", "DT"),
            ("Paris", "Paris", "NNP"),
        ];
        for (i, (f, l, x)) in data.iter().enumerate() {
            src.push_str(&line(i + 1, f, l, x));
        }
        src.push('\n');
        let sents = parse(&src).unwrap();
        let lem = Lemmatizer::train(&sents);
        assert_eq!(lem.lemma("went", "VBD"), "go");
        assert_eq!(lem.lemma("cooked", "VBD"), "cook");
        assert_eq!(lem.lemma("birds", "NNS"), "bird");
        assert_eq!(lem.lemma("babies", "NNS"), "baby");
        assert_eq!(lem.lemma("Rome", "NNP"), "Rome");
        let mut w = Writer::new();
        lem.write(&mut w);
        let back = Lemmatizer::read(&mut Reader::new(&w.buf)).unwrap();
        assert_eq!(back.lemma("went", "VBD"), "go");
        assert_eq!(back.lemma("babies", "NNS"), "baby");
    }

    #[test]
    fn rule_learning() {
        let r = Rule::learn("Cities", "city").unwrap();
        assert_eq!(r.apply("Ladies").unwrap(), "lady");
        assert_eq!(
            Rule::learn("ran", "run").unwrap().apply("ran").unwrap(),
            "run"
        );
    }
}
