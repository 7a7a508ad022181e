//! Trigger lexicon: verb and noun patterns mapped to CAMEO codes (`data/lexicon.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("../data/lexicon.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Verb,
    Noun,
}

/// One lexicon entry, reachable from each of its word forms.
#[derive(Clone, Debug)]
pub struct Entry {
    pub kind: Kind,
    /// The lemma of the head word ("kill", "strike").
    pub lemma: &'static str,
    /// Words that must follow the head word (verbs: "call for" → ["for"]).
    pub after: Vec<&'static str>,
    /// Words that must precede the head word (nouns: "air strike" → ["air"]).
    pub before: Vec<&'static str>,
    pub code: &'static str,
}

pub struct Lexicon {
    /// Lower-case word form → entries (longest patterns first).
    forms: HashMap<String, Vec<Entry>>,
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Regular inflections of a verb: 3rd person, past, -ing.
pub fn verb_forms(v: &str) -> Vec<String> {
    let b = v.as_bytes();
    let n = b.len();
    let mut out = vec![v.to_string()];
    if n < 2 {
        return out;
    }
    let last = b[n - 1];
    let prev = b[n - 2];
    // Third person.
    if v.ends_with('s') || v.ends_with("sh") || v.ends_with("ch") || v.ends_with('x') {
        out.push(format!("{v}es"));
    } else if last == b'y' && !is_vowel(prev) {
        out.push(format!("{}ies", &v[..n - 1]));
    } else {
        out.push(format!("{v}s"));
    }
    // Past and -ing.
    let vowel_groups = b
        .windows(2)
        .filter(|w| is_vowel(w[1]) && !is_vowel(w[0]))
        .count()
        + usize::from(is_vowel(b[0]));
    if last == b'e' {
        out.push(format!("{v}d"));
        out.push(format!("{}ing", &v[..n - 1]));
    } else if last == b'y' && !is_vowel(prev) {
        out.push(format!("{}ied", &v[..n - 1]));
        out.push(format!("{v}ing"));
    } else if vowel_groups == 1
        && !is_vowel(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && is_vowel(prev)
        && n >= 3
        && !is_vowel(b[n - 3])
    {
        let c = last as char;
        out.push(format!("{v}{c}ed"));
        out.push(format!("{v}{c}ing"));
    } else {
        out.push(format!("{v}ed"));
        out.push(format!("{v}ing"));
    }
    out
}

/// Regular plural of a noun.
pub fn noun_forms(n: &str) -> Vec<String> {
    let mut out = vec![n.to_string()];
    let b = n.as_bytes();
    if n.ends_with('s') || n.ends_with("sh") || n.ends_with("ch") || n.ends_with('x') {
        if !n.ends_with("ss") && n.ends_with('s') {
            return out;
        }
        out.push(format!("{n}es"));
    } else if n.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        out.push(format!("{}ies", &n[..n.len() - 1]));
    } else {
        out.push(format!("{n}s"));
    }
    out
}

impl Lexicon {
    fn parse(src: &'static str) -> Lexicon {
        let mut forms: HashMap<String, Vec<Entry>> = HashMap::new();
        for line in src.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 3 {
                continue;
            }
            let words: Vec<&'static str> = f[1].split(' ').collect();
            let kind = if f[0] == "V" { Kind::Verb } else { Kind::Noun };
            let (head, before, after) = match kind {
                Kind::Verb => (words[0], vec![], words[1..].to_vec()),
                Kind::Noun => (
                    words[words.len() - 1],
                    words[..words.len() - 1].to_vec(),
                    vec![],
                ),
            };
            let mut fs = match kind {
                Kind::Verb => verb_forms(head),
                Kind::Noun => noun_forms(head),
            };
            if let Some(extra) = f.get(3) {
                fs.extend(extra.split(',').map(|s| s.trim().to_string()));
            }
            let entry = Entry {
                kind,
                lemma: head,
                after,
                before,
                code: f[2],
            };
            fs.sort();
            fs.dedup();
            for form in fs {
                let list = forms.entry(form).or_default();
                // The first entry for the same pattern wins.
                if !list.iter().any(|e| {
                    e.kind == entry.kind && e.after == entry.after && e.before == entry.before
                }) {
                    list.push(entry.clone());
                }
            }
        }
        for list in forms.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.after.len() + e.before.len()));
        }
        Lexicon { forms }
    }

    /// Entries for a lower-case word form.
    pub fn get(&self, form: &str) -> &[Entry] {
        self.forms.get(form).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Whether a lower-case word is an inflected form of a verb of the lexicon
    /// ("killed", "overthrew", "attacks"; not the lemma itself).
    pub fn inflected_verb(&self, form: &str) -> bool {
        self.get(form)
            .iter()
            .any(|e| e.kind == Kind::Verb && e.lemma != form)
    }

    /// Entries of this kind for a lower-case word form that need no words after it
    /// ("kill", not "call for"; a noun's words before it may be there: "air strike").
    pub fn single(&self, form: &str, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.get(form)
            .iter()
            .filter(move |e| e.kind == kind && e.after.is_empty())
    }

    /// Whether a lower-case word form is, on its own, an event of this kind ("shelling" as
    /// a noun, "accuse" as a verb).
    pub fn event(&self, form: &str, kind: Kind) -> bool {
        self.single(form, kind).next().is_some()
    }

    /// Whether a lower-case word form is, on its own, an act of force of this kind
    /// (CAMEO roots 18-20: "raid", "bombed").
    pub fn force(&self, form: &str, kind: Kind) -> bool {
        self.single(form, kind)
            .any(|e| matches!(crate::cameo::root(e.code), "18" | "19" | "20"))
    }

    /// Every code the lexicon uses.
    pub fn codes(&self) -> Vec<&'static str> {
        let mut c: Vec<&'static str> = self.forms.values().flatten().map(|e| e.code).collect();
        c.sort();
        c.dedup();
        c
    }
}

/// The built-in lexicon, parsed once.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::parse(LEXICON))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        assert!(verb_forms("shell").contains(&"shelled".to_string()));
        assert!(verb_forms("ban").contains(&"banned".to_string()));
        assert!(verb_forms("visit").contains(&"visited".to_string()));
        assert!(verb_forms("occupy").contains(&"occupied".to_string()));
        assert!(verb_forms("seize").contains(&"seized".to_string()));
        assert!(verb_forms("seize").contains(&"seizing".to_string()));
        assert!(verb_forms("attack").contains(&"attacks".to_string()));
        assert!(noun_forms("raid").contains(&"raids".to_string()));
        assert!(noun_forms("embassy").contains(&"embassies".to_string()));
    }

    #[test]
    fn every_code_is_in_the_codebook() {
        for c in lexicon().codes() {
            assert!(crate::cameo::lookup(c).is_some(), "unknown CAMEO code {c}");
        }
    }

    #[test]
    fn forms_reach_entries() {
        let l = lexicon();
        assert!(l
            .get("expelled")
            .iter()
            .any(|e| e.code == "174" && e.after.is_empty()));
        assert!(l.get("raid").iter().any(|e| e.kind == Kind::Verb));
        assert!(l.get("raids").iter().any(|e| e.kind == Kind::Noun));
        assert!(l.get("strikes").iter().any(|e| e.before == ["air"]));
        assert!(l.get("met").iter().any(|e| e.lemma == "meet"));
    }
}
