//! PETRARCH/TABARI-format actor and agent dictionaries (Phoenix and the validation
//! suites' toy dictionaries): parsed from text, matched against a document's tokens to
//! give actor mentions with CAMEO-style codes ("ISR", "---MIL", "ISRMIL").
//!
//! Actor file: `PHRASE_WORDS_ [CODE]`, synonyms on `+PHRASE` lines, codes (possibly
//! date-restricted: `[CODE 051101-060531]`, `[CODE >100201]`) on indented lines, `#`
//! comments. A trailing `_` makes the last word exact; otherwise it also matches longer
//! words it begins (`ISRAELI` matches "Israelis"). Agent file: `NOUN {PLURALS} [~CODE]`,
//! with `!SET! = a, b` substitution sets.

use crate::view::{Mention, View};
use sitrep_doc::{Document, MentionKind};
use std::collections::HashMap;

#[derive(Clone, Debug)]
struct Phrase {
    words: Vec<String>,
    exact: bool,
    group: usize,
}

#[derive(Clone, Debug, Default)]
struct Group {
    /// (code, date range as YYYYMMDD inclusive bounds).
    codes: Vec<(String, Option<(u32, u32)>)>,
}

#[derive(Clone, Debug, Default)]
struct Table {
    by_first: HashMap<String, Vec<Phrase>>,
    groups: Vec<Group>,
}

/// Actor and agent dictionaries.
#[derive(Clone, Debug, Default)]
pub struct Dictionaries {
    actors: Table,
    agents: Table,
}

fn parse_date(s: &str) -> Option<u32> {
    let s = s.trim();
    let n: u32 = s.parse().ok()?;
    match s.len() {
        6 => {
            let yy = n / 10000;
            let year = if yy > 30 { 1900 + yy } else { 2000 + yy };
            Some(year * 10000 + n % 10000)
        }
        8 => Some(n),
        _ => None,
    }
}

/// Parses "CODE", "CODE 051101-060531", "CODE >100201", "CODE <100201".
fn parse_code(inside: &str) -> Option<(String, Option<(u32, u32)>)> {
    let mut it = inside.split_whitespace();
    let code = it.next()?.to_string();
    let range = it.next().and_then(|r| {
        if let Some(x) = r.strip_prefix('>') {
            Some((parse_date(x)?, u32::MAX))
        } else if let Some(x) = r.strip_prefix('<') {
            Some((0, parse_date(x)?))
        } else {
            let (a, b) = r.split_once('-')?;
            Some((parse_date(a)?, parse_date(b)?))
        }
    });
    Some((code, range))
}

fn phrase_words(p: &str) -> Option<(Vec<String>, bool)> {
    let p = p.trim();
    if p.is_empty() {
        return None;
    }
    let exact = p.ends_with('_');
    let words: Vec<String> = p
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase().replace('\u{2019}', "'"))
        .collect();
    (!words.is_empty()).then_some((words, exact))
}

impl Table {
    fn add(&mut self, phrase: &str, group: usize) {
        if let Some((words, exact)) = phrase_words(phrase) {
            self.by_first
                .entry(words[0].clone())
                .or_default()
                .push(Phrase {
                    words,
                    exact,
                    group,
                });
        }
    }

    fn sort(&mut self) {
        for v in self.by_first.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
    }

    /// Longest phrase starting at token `i`: (end token, code).
    fn match_at(&self, words: &[String], i: usize, date: u32) -> Option<(usize, String)> {
        let first = &words[i];
        let mut cands: Vec<&Phrase> = self
            .by_first
            .get(first)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        // A one-word stem entry ("ISRAELI" for "ISRAELIS").
        if cands.is_empty() {
            for cut in (first.len().saturating_sub(4).max(4)..first.len()).rev() {
                // Cut only at a character boundary ("ZAMBOANGUEÑO").
                let Some(stem) = first.get(..cut) else {
                    continue;
                };
                if let Some(v) = self.by_first.get(stem) {
                    cands.extend(v.iter().filter(|p| p.words.len() == 1 && !p.exact));
                    break;
                }
            }
        }
        for p in cands {
            let n = p.words.len();
            if i + n > words.len() {
                continue;
            }
            let ok = p.words.iter().enumerate().all(|(k, w)| {
                let t = &words[i + k];
                t == w
                    || (k == n - 1
                        && !p.exact
                        && w.len() >= 4
                        && t.strip_prefix(w.as_str()).is_some_and(|rest| {
                            matches!(
                                rest,
                                "S" | "ES"
                                    | "I"
                                    | "IS"
                                    | "N"
                                    | "NS"
                                    | "AN"
                                    | "ANS"
                                    | "IAN"
                                    | "IANS"
                                    | "ESE"
                                    | "ISH"
                                    | "I'S"
                                    | "'S"
                            )
                        }))
            });
            if ok {
                let g = &self.groups[p.group];
                let code = g
                    .codes
                    .iter()
                    .find(|(_, r)| r.is_some_and(|(a, b)| a <= date && date <= b))
                    .or_else(|| g.codes.iter().find(|(_, r)| r.is_none()))
                    .or(g.codes.first())?;
                return Some((i + n, code.0.clone()));
            }
        }
        None
    }
}

impl Dictionaries {
    pub fn new() -> Dictionaries {
        Dictionaries::default()
    }

    /// Whether no entries were read.
    pub fn is_empty(&self) -> bool {
        self.actors.by_first.is_empty() && self.agents.by_first.is_empty()
    }

    /// Adds the entries of an actor dictionary file's text.
    pub fn add_actors(&mut self, src: &str) {
        let t = &mut self.actors;
        let mut group: Option<usize> = None;
        let mut group_has_own_line_code = false;
        for raw in src.lines() {
            let line = raw.split('#').next().unwrap_or("");
            if line.trim().is_empty() {
                continue;
            }
            let indented = raw.starts_with([' ', '\t']);
            let trimmed = line.trim();
            if indented && trimmed.starts_with('[') {
                if let Some(g) = group {
                    for part in trimmed.split('[').skip(1) {
                        if let Some(c) = parse_code(part.split(']').next().unwrap_or("")) {
                            if group_has_own_line_code {
                                t.groups[g].codes.clear();
                                group_has_own_line_code = false;
                            }
                            t.groups[g].codes.push(c);
                        }
                    }
                }
                continue;
            }
            let (phrase, code) = match trimmed.split_once('[') {
                Some((p, c)) => (p, parse_code(c.split(']').next().unwrap_or(""))),
                None => (trimmed, None),
            };
            if let Some(syn) = phrase.strip_prefix('+') {
                if let Some(g) = group {
                    t.add(syn, g);
                }
                continue;
            }
            t.groups.push(Group::default());
            let g = t.groups.len() - 1;
            group = Some(g);
            group_has_own_line_code = false;
            if let Some(c) = code {
                t.groups[g].codes.push(c);
            }
            t.add(phrase, g);
        }
        t.sort();
    }

    /// Adds the entries of an agent dictionary file's text.
    pub fn add_agents(&mut self, src: &str) {
        let t = &mut self.agents;
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        for raw in src.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('!') {
                if let Some((name, alts)) = line.split_once('=') {
                    let alts = alts
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    sets.insert(name.trim().to_string(), alts);
                }
                continue;
            }
            let Some((head, code)) = line.split_once('[') else {
                continue;
            };
            let Some(code) = parse_code(code.split(']').next().unwrap_or("")) else {
                continue;
            };
            let code = (code.0.trim_start_matches('~').to_string(), code.1);
            let (noun, plurals) = match head.split_once('{') {
                Some((n, rest)) => (
                    n.trim().to_string(),
                    rest.split('}')
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>(),
                ),
                None => (head.trim().to_string(), Vec::new()),
            };
            let mut forms = vec![noun.clone()];
            forms.extend(plurals.iter().cloned());
            if plurals.is_empty() && !head.contains('{') {
                forms.push(format!("{}S", noun.trim_end_matches('_')));
            }
            // Substitution sets.
            let mut expanded = Vec::new();
            for f in forms {
                let mut done = false;
                for (name, alts) in &sets {
                    if f.contains(name.as_str()) {
                        for a in alts {
                            expanded.push(f.replace(name.as_str(), a));
                        }
                        done = true;
                        break;
                    }
                }
                if !done {
                    expanded.push(f);
                }
            }
            t.groups.push(Group { codes: vec![code] });
            let g = t.groups.len() - 1;
            for f in expanded {
                t.add(&f, g);
            }
        }
        t.sort();
    }

    /// Actor mentions in `doc` (token ranges with codes), for a story dated `date`
    /// (ISO 8601, for date-restricted codes). Country or group actors followed by an
    /// agent ("Israeli soldiers") or agents followed by "of/from" + actor combine.
    pub fn mentions(&self, doc: &Document, date: Option<&str>) -> Vec<Mention> {
        let d: u32 = date
            .and_then(|s| s.get(..10))
            .map(|s| s.replace('-', ""))
            .and_then(|s| s.parse().ok())
            .unwrap_or(20000101);
        let v = View::new(doc);
        let words: Vec<String> = v
            .toks
            .iter()
            .map(|t| t.text.to_uppercase().replace('\u{2019}', "'"))
            .collect();
        // (a, b, code, is_agent)
        let mut found: Vec<(usize, usize, String, bool)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let actor = self.actors.match_at(&words, i, d);
            let agent = self.agents.match_at(&words, i, d);
            match (actor, agent) {
                (Some((b1, c1)), Some((b2, c2))) => {
                    if b2 > b1 {
                        found.push((i, b2, c2, true));
                        i = b2;
                    } else {
                        found.push((i, b1, c1, false));
                        i = b1;
                    }
                }
                (Some((b, c)), None) => {
                    found.push((i, b, c, false));
                    i = b;
                }
                (None, Some((b, c))) => {
                    found.push((i, b, c, true));
                    i = b;
                }
                (None, None) => i += 1,
            }
        }
        let mut out: Vec<Mention> = Vec::new();
        let mut k = 0;
        while k < found.len() {
            let (a, b, code, agent) = found[k].clone();
            let same_sent = |x: usize, y: usize| v.toks[x].sent == v.toks[y].sent;
            if !agent {
                // Actor + agent within two words: "Israeli soldiers", "Syria's army".
                if let Some((a2, b2, c2, true)) = found.get(k + 1).cloned() {
                    if a2 >= b
                        && a2 - b <= 2
                        && same_sent(a, a2)
                        && (b..a2).all(|x| {
                            (!v.is_punct(x) || v.word(x) == "'s")
                                && !matches!(v.pos(x), Some("VERB" | "AUX"))
                        })
                    {
                        out.push(mention(a, b2, format!("{}{}", code, c2)));
                        k += 2;
                        continue;
                    }
                }
                out.push(mention(a, b, code));
            } else {
                // Agent + of/from/in + actor: "officials from Egypt".
                if let Some((a2, b2, c2, false)) = found.get(k + 1).cloned() {
                    if a2 == b + 1 && v.is(b, &["of", "from", "in"]) && same_sent(a, a2) {
                        out.push(mention(a, b2, format!("{}{}", c2, code)));
                        k += 2;
                        continue;
                    }
                }
                out.push(mention(a, b, format!("---{code}")));
            }
            k += 1;
        }
        out
    }
}

fn mention(a: usize, b: usize, code: String) -> Mention {
    Mention {
        a,
        b,
        entity: None,
        actor: Some(code),
        kind: MentionKind::Name,
    }
}
