//! The named-entity tagger: a left-to-right averaged perceptron over BILOU tags
//! (CoNLL-2003 types PER, LOC, ORG, MISC), with word, shape, affix, context, gazetteer
//! and document features (how a word is cased elsewhere in the article, and what the
//! tagger called it earlier in the article). It reads token strings only: no POS tags.
//! Trained as a structured perceptron (a beam of 2 paths per sentence, early update)
//! and decoded with the same beam; models trained greedily (`sitrep-ner/2`, or
//! `--greedy`) are decoded with per-step log-softmax scores instead.

use crate::clusters::Clusters;
use crate::lexicon::{list, Lexicon};
use sitrep_learn::codec::{DecodeError, Reader, Writer};
use sitrep_learn::hash::{feat, feat2, feat3, hash_str, IdBuildHasher};
use sitrep_learn::{argmax, Model, Perceptron};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The four CoNLL-2003 types.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];
const NT: usize = TYPES.len();
/// O + BILOU × types.
pub const N_CLASSES: usize = 1 + 4 * NT;

const MAGIC: &str = "sitrep-ner/3";
/// The previous format (no flags: a greedily trained model), still read.
const MAGIC_V2: &str = "sitrep-ner/2";
/// Flag of a beam-trained (structured) model.
const FLAG_STRUCTURED: usize = 1;

/// Tag prefix of a class: 'O', 'B', 'I', 'L' or 'U'.
fn prefix(c: usize) -> char {
    if c == 0 {
        'O'
    } else {
        ['B', 'I', 'L', 'U'][(c - 1) % 4]
    }
}

/// Type index of a class (None for O).
fn type_of(c: usize) -> Option<usize> {
    (c > 0).then(|| (c - 1) / 4)
}

fn class(p: char, t: usize) -> usize {
    1 + 4 * t
        + match p {
            'B' => 0,
            'I' => 1,
            'L' => 2,
            _ => 3,
        }
}

/// May class `c` follow class `prev` (None: sentence start)?
fn allowed(prev: Option<usize>, c: usize, last: bool) -> bool {
    let open = prev.is_some_and(|p| matches!(prefix(p), 'B' | 'I'));
    let ok = match prefix(c) {
        'O' | 'B' | 'U' => !open,
        _ => open && type_of(prev.unwrap_or(0)) == type_of(c),
    };
    ok && !(last && matches!(prefix(c), 'B' | 'I'))
}

/// An entity span over tokens: `[start, end)` and the type index into [`TYPES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: usize,
}

impl Span {
    pub fn label(&self) -> &'static str {
        TYPES[self.kind]
    }
}

/// Spans → IOB2 tags for `n` tokens.
pub fn spans_to_iob2(spans: &[Span], n: usize) -> Vec<String> {
    let mut t = vec!["O".to_string(); n];
    for s in spans {
        for (k, tag) in t.iter_mut().enumerate().take(s.end).skip(s.start) {
            *tag = format!("{}-{}", if k == s.start { "B" } else { "I" }, s.label());
        }
    }
    t
}

/// IOB2 (or IOB1) tags → spans; unknown types are dropped.
pub fn iob_to_spans<S: AsRef<str>>(tags: &[S]) -> Vec<Span> {
    sitrep_learn::conll2003::spans(tags)
        .into_iter()
        .filter_map(|(s, e, t)| {
            TYPES.iter().position(|x| *x == t).map(|k| Span {
                start: s,
                end: e,
                kind: k,
            })
        })
        .collect()
}

fn bilou(spans: &[Span], n: usize) -> Vec<usize> {
    let mut c = vec![0; n];
    for s in spans {
        if s.end - s.start == 1 {
            c[s.start] = class('U', s.kind);
        } else {
            c[s.start] = class('B', s.kind);
            for x in c.iter_mut().take(s.end - 1).skip(s.start + 1) {
                *x = class('I', s.kind);
            }
            c[s.end - 1] = class('L', s.kind);
        }
    }
    c
}

/// A span that opens a bracket it does not close ("Hizbollah (Party of God" before
/// ")") ends before the bracket: what the bracket holds is an aside (an alias), and no
/// name runs into one half-way. Nothing is left of a span that starts with it.
fn close_brackets<S: AsRef<str>>(mut sp: Span, words: &[S]) -> Option<Span> {
    let mut open: Option<usize> = None;
    for (k, w) in words.iter().enumerate().take(sp.end).skip(sp.start) {
        match w.as_ref() {
            "(" | "[" | "-LRB-" | "-LSB-" => open = open.or(Some(k)),
            ")" | "]" | "-RRB-" | "-RSB-" => open = None,
            _ => {}
        }
    }
    if let Some(k) = open {
        sp.end = k;
    }
    (sp.end > sp.start).then_some(sp)
}

fn decode_spans(classes: &[usize]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in classes.iter().enumerate() {
        match prefix(c) {
            'B' => start = i,
            'U' => out.push(Span {
                start: i,
                end: i + 1,
                kind: type_of(c).unwrap_or(0),
            }),
            'L' => out.push(Span {
                start,
                end: i + 1,
                kind: type_of(c).unwrap_or(0),
            }),
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Features

mod tpl {
    pub const BIAS: u32 = 0;
    pub const LOWER: u32 = 1;
    pub const FORM: u32 = 2;
    pub const SHAPE: u32 = 3;
    pub const PREFIX: u32 = 4;
    pub const SUFFIX: u32 = 5;
    pub const CTX_LOWER: u32 = 6;
    pub const CTX_SHAPE: u32 = 7;
    pub const SHAPE3: u32 = 8;
    pub const BIGRAM_L: u32 = 9;
    pub const BIGRAM_R: u32 = 10;
    pub const FIRST: u32 = 11;
    pub const CAPS_SENT: u32 = 12;
    pub const GAZ: u32 = 13;
    pub const GAZ_CTX: u32 = 14;
    pub const DOC_CASE: u32 = 15;
    pub const PREV: u32 = 16;
    pub const PREV2: u32 = 17;
    pub const PREV_WORD: u32 = 18;
    pub const PREV_SHAPE: u32 = 19;
    pub const MEMORY: u32 = 20;
    pub const MEMORY_NONE: u32 = 21;
    pub const LEN: u32 = 22;
    pub const P1_OWN: u32 = 30;
    pub const P1_CTX: u32 = 31;
    pub const AGG: u32 = 32;
    pub const AGG_OWN: u32 = 33;
    pub const AGG_MULTI: u32 = 34;
    pub const AGG_NONE: u32 = 35;
    pub const CLUSTER: u32 = 36;
    pub const CLUSTER_SHAPE: u32 = 37;
    pub const CLUSTER_BI: u32 = 38;
    pub const FORM_CTX: u32 = 23;
}

/// Word shape: `Xxxx` → "Xx", `USA` → "X", `1996` → "d", `U.S.` → "X.X.", repeats
/// collapsed (short) or kept to length 4 (long).
fn shape(w: &str, short: bool) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    let mut run = 0;
    for ch in w.chars() {
        let c = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() {
            'x'
        } else if ch.is_ascii_digit() {
            'd'
        } else {
            ch
        };
        if c == last {
            run += 1;
            if short || run > 4 {
                continue;
            }
        } else {
            run = 1;
        }
        last = c;
        s.push(c);
    }
    s
}

/// What the tagger reads of one word whatever its context: the hashes its neighbours'
/// features use (computed once per distinct word at inference, see [`WordCache`]).
#[derive(Clone, Copy, Debug, Default)]
struct Word {
    lower: u64,
    form: u64,
    short: u64,
    cap: bool,
    /// First character: 0 not alphabetic, 1 lower-case, 2 other alphabetic.
    first: u8,
    /// Word cluster, or [`NO_CLUSTER`] (also when the tagger has no clusters).
    cid: u64,
}

/// Cluster value of a word outside every cluster, and of positions outside the sentence.
const NO_CLUSTER: u64 = 0x1234_5678;

/// The word's hashes, and its word-only features (those that read nothing but the word
/// itself: bias, forms, shape, length, affixes, cluster) pushed onto `f`.
fn word_features(w: &str, cl: Option<&Clusters>, f: &mut Vec<u64>) -> Word {
    let lower = w.to_lowercase();
    let first = w.chars().next();
    let t = Word {
        lower: hash_str(&lower),
        form: hash_str(w),
        short: hash_str(&shape(w, true)),
        cap: first.is_some_and(|c| c.is_uppercase()),
        first: match first {
            Some(c) if c.is_alphabetic() => 1 + !c.is_lowercase() as u8,
            _ => 0,
        },
        cid: cl
            .and_then(|c| c.get(w))
            .map(|x| x as u64)
            .unwrap_or(NO_CLUSTER),
    };
    f.push(feat(tpl::BIAS, 0));
    f.push(feat(tpl::LOWER, t.lower));
    f.push(feat(tpl::FORM, t.form));
    f.push(feat(tpl::SHAPE, hash_str(&shape(w, false))));
    f.push(feat(tpl::LEN, lower.chars().count().min(12) as u64));
    affixes(&lower, f);
    if cl.is_some() {
        f.push(feat2(tpl::CLUSTER, 0, t.cid));
        f.push(feat2(tpl::CLUSTER_SHAPE, t.cid, t.short));
    }
    t
}

/// Offsets of the neighbours whose own words are features of a token.
const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The features that the word at offset `NEIGHBOURS[k]` (`None`: outside the sentence)
/// gives a token, reading nothing else.
fn neighbour_features(k: usize, nb: Option<&Word>, clusters: bool, f: &mut Vec<u64>) {
    let d = NEIGHBOURS[k];
    let get = |v: fn(&Word) -> u64| nb.map_or(NO_CLUSTER, v);
    f.push(feat2(tpl::CTX_LOWER, d as u64, get(|w| w.lower)));
    if d.abs() == 1 {
        f.push(feat2(tpl::CTX_SHAPE, d as u64, get(|w| w.short)));
        f.push(feat2(tpl::FORM_CTX, d as u64, get(|w| w.form)));
        if clusters {
            f.push(feat2(
                tpl::CLUSTER,
                if d < 0 { 1 } else { 2 },
                get(|w| w.cid),
            ));
        }
    }
}

/// Document-level facts used as features.
#[derive(Default)]
pub struct DocStats {
    /// Lower-cased word hash → (times seen lower-case, times seen capitalized not
    /// sentence-initially).
    case: HashMap<u64, (u32, u32), IdBuildHasher>,
}

impl DocStats {
    /// Statistics over the sentences of one document, from their words' features.
    fn of<S: AsRef<str>>(sentences: &[Vec<S>], words: &[Vec<Word>]) -> DocStats {
        let mut case: HashMap<u64, (u32, u32), IdBuildHasher> = HashMap::default();
        for (s, ws) in sentences.iter().zip(words) {
            let all_caps = sentence_all_caps(s);
            for (i, w) in ws.iter().enumerate() {
                if w.first == 0 {
                    continue;
                }
                let e = case.entry(w.lower).or_default();
                if w.first == 1 {
                    e.0 += 1;
                } else if i > 0 && !all_caps && !is_opening(s, i) {
                    e.1 += 1;
                }
            }
        }
        DocStats { case }
    }
}

/// Does token `i` open a clause (after a quote, colon, or dash), where capitals are expected?
fn is_opening<S: AsRef<str>>(s: &[S], i: usize) -> bool {
    i > 0
        && matches!(
            s[i - 1].as_ref(),
            "\"" | "``" | ":" | "-" | "--" | "(" | "'" | "`"
        )
}

fn sentence_all_caps<S: AsRef<str>>(s: &[S]) -> bool {
    let mut letters = 0;
    for w in s {
        for c in w.as_ref().chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
    }
    letters > 3
}

fn affixes(lower: &str, out: &mut Vec<u64>) {
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    let n = chars.len();
    for k in 1..=4.min(n) {
        let p = chars.get(k).map(|c| c.0).unwrap_or(lower.len());
        out.push(feat2(tpl::PREFIX, k as u64, hash_str(&lower[..p])));
        let s = chars[n - k].0;
        out.push(feat2(tpl::SUFFIX, k as u64, hash_str(&lower[s..])));
    }
}

/// Context features of every token of a sentence (those that combine words, or read the
/// gazetteer matches or the document), pushed onto `out[i]` for token `i`: the word's own
/// features are [`word_features`], those of each neighbour alone [`neighbour_features`].
fn sentence_features<S: AsRef<str>>(
    words: &[S],
    toks: &[Word],
    doc: &DocStats,
    clusters: bool,
    out: &mut [Vec<u64>],
) {
    let lx = Lexicon::get();
    let n = words.len();
    let caps = sentence_all_caps(words);
    // Gazetteer: per token, list bits with position (B, I, L, U) of the longest match.
    let hashes: Vec<u64> = toks.iter().map(|t| t.lower).collect();
    let mut gaz: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut best: Vec<[u8; list::N as usize]> = vec![[0; list::N as usize]; n];
    for (s, len, mask) in lx.matches(&hashes) {
        // multi-word matches only count when they are capitalized (or the sentence is)
        if len > 1 && !caps && !toks[s].cap {
            continue;
        }
        for b in 0..list::N {
            if mask & (1 << b) == 0 {
                continue;
            }
            for (k, bt) in best.iter_mut().enumerate().skip(s).take(len) {
                if (bt[b as usize] as usize) < len {
                    bt[b as usize] = len as u8;
                    let pos = if len == 1 {
                        3
                    } else if k == s {
                        0
                    } else if k == s + len - 1 {
                        2
                    } else {
                        1
                    };
                    gaz[k].retain(|g| g >> 2 != b);
                    gaz[k].push((b << 2) | pos);
                }
            }
        }
    }
    let get = |i: isize| -> Option<&Word> {
        if i < 0 {
            None
        } else {
            toks.get(i as usize)
        }
    };
    const NONE: u64 = NO_CLUSTER;
    for (i, f) in out.iter_mut().enumerate().take(n) {
        let t = &toks[i];
        let ii = i as isize;
        let pl = get(ii - 1).map(|c| c.short).unwrap_or(NONE);
        let nl = get(ii + 1).map(|c| c.short).unwrap_or(NONE);
        f.push(feat3(tpl::SHAPE3, pl, t.short, nl));
        f.push(feat2(
            tpl::BIGRAM_L,
            get(ii - 1).map(|c| c.lower).unwrap_or(NONE),
            t.lower,
        ));
        f.push(feat2(
            tpl::BIGRAM_R,
            t.lower,
            get(ii + 1).map(|c| c.lower).unwrap_or(NONE),
        ));
        if i == 0 {
            f.push(feat2(tpl::FIRST, 0, t.short));
        }
        if caps {
            f.push(feat2(tpl::CAPS_SENT, t.short, 0));
            f.push(feat2(tpl::CAPS_SENT, t.lower, 1));
        }
        for &g in &gaz[i] {
            f.push(feat(tpl::GAZ, g as u64));
            f.push(feat2(tpl::GAZ, g as u64, t.short));
        }
        for d in [-1isize, 1] {
            if let Some(j) = usize::try_from(ii + d).ok().filter(|&j| j < n) {
                for &g in &gaz[j] {
                    f.push(feat2(tpl::GAZ_CTX, d as u64, (g >> 2) as u64));
                }
            }
        }
        if clusters {
            let cp = get(ii - 1).map_or(NONE, |c| c.cid);
            f.push(feat2(tpl::CLUSTER_BI, cp, t.cid));
        }
        // how the word is cased elsewhere in the document
        if let Some(&(lo, up)) = doc.case.get(&t.lower) {
            let v = match (lo > 0, up > 0) {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (true, true) => 3,
            };
            f.push(feat2(tpl::DOC_CASE, v, t.cap as u64));
        }
    }
}

/// What the tagger called each word earlier in the document: lower-cased word hash →
/// counts per type, and count of times it was tagged O while capitalized.
#[derive(Default)]
struct Memory {
    seen: HashMap<u64, [u16; NT + 1], IdBuildHasher>,
}

impl Memory {
    fn features(&self, lower: u64, cap: bool, f: &mut Vec<u64>) {
        match self.seen.get(&lower) {
            Some(c) => {
                let (best, &n) = c
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, n)| **n)
                    .unwrap_or((NT, &0));
                let _ = n;
                f.push(feat2(tpl::MEMORY, best as u64, cap as u64));
            }
            None => f.push(feat(tpl::MEMORY_NONE, cap as u64)),
        }
    }

    fn record(&mut self, lowers: &[u64], caps: &[bool], classes: &[usize]) {
        for ((&l, &cap), &c) in lowers.iter().zip(caps).zip(classes) {
            if !cap {
                continue;
            }
            let e = self.seen.entry(l).or_insert([0; NT + 1]);
            let k = type_of(c).unwrap_or(NT);
            e[k] = e[k].saturating_add(1);
        }
    }
}

/// Second-stage features: what the first pass said about this word everywhere in the
/// document (later mentions included), and its own first-pass label.
struct Aggregate {
    /// Lower-cased word → (sentence, token, class) of every capitalized occurrence.
    seen: HashMap<u64, Vec<(usize, usize, usize)>, IdBuildHasher>,
}

impl Aggregate {
    fn new(lowers: &[Vec<u64>], caps: &[Vec<bool>], pass1: &[Vec<usize>]) -> Aggregate {
        let mut seen: HashMap<u64, Vec<(usize, usize, usize)>, IdBuildHasher> = HashMap::default();
        for (si, cls) in pass1.iter().enumerate() {
            for (i, &c) in cls.iter().enumerate() {
                if caps[si][i] {
                    seen.entry(lowers[si][i]).or_default().push((si, i, c));
                }
            }
        }
        Aggregate { seen }
    }

    fn features(
        &self,
        si: usize,
        i: usize,
        lower: u64,
        cap: bool,
        pass1: &[Vec<usize>],
        f: &mut Vec<u64>,
    ) {
        let own = pass1.get(si).and_then(|c| c.get(i)).copied().unwrap_or(0);
        f.push(feat(tpl::P1_OWN, own as u64));
        let prev = if i > 0 { pass1[si][i - 1] } else { 99 };
        let next = pass1[si].get(i + 1).copied().unwrap_or(99);
        f.push(feat3(tpl::P1_CTX, prev as u64, own as u64, next as u64));
        let mut counts = [0u32; NT + 1];
        let mut multi = [0u32; NT];
        if let Some(occ) = self.seen.get(&lower) {
            for &(s2, i2, c) in occ {
                if s2 == si && i2 == i {
                    continue;
                }
                let k = type_of(c).unwrap_or(NT);
                counts[k] += 1;
                if let Some(t) = type_of(c) {
                    if prefix(c) != 'U' {
                        multi[t] += 1;
                    }
                }
            }
        }
        let total: u32 = counts.iter().sum();
        if total == 0 {
            f.push(feat(tpl::AGG_NONE, cap as u64));
            return;
        }
        let (best, &n) = counts
            .iter()
            .enumerate()
            .max_by_key(|(_, n)| **n)
            .unwrap_or((NT, &0));
        let unanimous = n == total;
        f.push(feat3(tpl::AGG, best as u64, unanimous as u64, cap as u64));
        f.push(feat2(tpl::AGG_OWN, best as u64, own as u64));
        for (t, &m) in multi.iter().enumerate() {
            if m > 0 {
                f.push(feat(tpl::AGG_MULTI, t as u64));
            }
        }
    }
}

/// "No class": before the start of the sentence.
const NO_CLASS: usize = 99;

fn history(f: &mut Vec<u64>, classes: &[usize], i: usize, t_lower: u64, t_short: u64) {
    let p1 = if i >= 1 { classes[i - 1] } else { NO_CLASS };
    let p2 = if i >= 2 { classes[i - 2] } else { NO_CLASS };
    history_of(f, p1, p2, t_lower, t_short);
}

/// History features from the two previous classes ([`NO_CLASS`] before the start).
fn history_of(f: &mut Vec<u64>, p1: usize, p2: usize, t_lower: u64, t_short: u64) {
    f.push(feat(tpl::PREV, p1 as u64));
    f.push(feat2(tpl::PREV2, p1 as u64, p2 as u64));
    history_word_of(f, p1, t_lower, t_short);
}

/// The history features that pair the previous class with the word.
fn history_word_of(f: &mut Vec<u64>, p1: usize, t_lower: u64, t_short: u64) {
    f.push(feat2(tpl::PREV_WORD, p1 as u64, t_lower));
    f.push(feat2(tpl::PREV_SHAPE, p1 as u64, t_short));
}

/// A model's weights of the history features that read classes alone (`PREV`, `PREV2`),
/// summed for every pair of previous classes: two of the four lookups per path and token
/// become one read of a small table (exact integer sums).
#[derive(Clone)]
struct ClassHistory {
    /// Index `i1 * HIST + i2` ([`hist_index`] of the previous class and the one before).
    pairs: Vec<[i32; N_CLASSES]>,
}

/// Previous classes: the classes and [`NO_CLASS`].
const HIST: usize = N_CLASSES + 1;

fn hist_index(c: usize) -> usize {
    if c == NO_CLASS {
        N_CLASSES
    } else {
        c
    }
}

impl ClassHistory {
    fn new(m: &Model) -> ClassHistory {
        let class = |i: usize| if i == N_CLASSES { NO_CLASS } else { i };
        let mut pairs = vec![[0i32; N_CLASSES]; HIST * HIST];
        for (k, sums) in pairs.iter_mut().enumerate() {
            let (p1, p2) = (class(k / HIST) as u64, class(k % HIST) as u64);
            m.score(&[feat(tpl::PREV, p1), feat2(tpl::PREV2, p1, p2)], sums);
        }
        ClassHistory { pairs }
    }

    /// Adds the weights for previous classes `p1`, `p2` to `out`.
    fn add(&self, p1: usize, p2: usize, out: &mut [f32; N_CLASSES]) {
        let sums = &self.pairs[hist_index(p1) * HIST + hist_index(p2)];
        for (o, &x) in out.iter_mut().zip(sums) {
            *o += x as f32;
        }
    }
}

// ---------------------------------------------------------------------------------------
// The tagger

/// Anything that scores a feature vector (the trainer's weights or the frozen model).
trait Scorer {
    fn scores(&self, feats: &[u64], out: &mut [f32]);
}

impl Scorer for Perceptron {
    fn scores(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        self.score(feats, out);
    }
}

impl Scorer for Model {
    fn scores(&self, feats: &[u64], out: &mut [f32]) {
        let mut s = [0i32; N_CLASSES];
        self.score(feats, &mut s);
        for (o, v) in out.iter_mut().zip(s) {
            *o = v as f32;
        }
    }
}

/// Summed weights of one token's word-only features and of those its neighbours' words
/// give it, per pass (the second pass's are zero when the tagger has one pass).
type WordScores = [[i32; N_CLASSES]; 2];

/// One word's summed weights per pass: of its own features, then of the features it
/// gives the token at each offset of [`NEIGHBOURS`].
type NbScores = [[[i32; N_CLASSES]; 1 + NEIGHBOURS.len()]; 2];

/// Per-document inputs of the tagger, computed once and shared by both passes.
struct DocFeats {
    /// Per token: every static feature (training, [`DocFeats::new`]), or only those
    /// that combine words when `words` holds the rest already scored
    /// ([`Tagger::doc_feats`]).
    statics: Vec<Vec<Vec<u64>>>,
    /// Per token, the weights of its own and its neighbours' words per pass (per
    /// sentence: empty when `statics` hold every feature).
    words: Vec<Vec<WordScores>>,
    lowers: Vec<Vec<u64>>,
    caps: Vec<Vec<bool>>,
    shorts: Vec<Vec<u64>>,
}

impl DocFeats {
    /// Every static feature of every token (for training).
    fn new<S: AsRef<str>>(sentences: &[Vec<S>], cl: Option<&Clusters>) -> DocFeats {
        DocFeats::build(sentences, cl.is_some(), |w, f| {
            (word_features(w, cl, f), None)
        })
    }

    /// `word` gives a word's hashes and either pushes its word-only features onto the
    /// token's feature list (then the neighbours' features are pushed too) or returns
    /// the word's [`NbScores`] (then they are summed into `words`).
    fn build<S: AsRef<str>>(
        sentences: &[Vec<S>],
        clusters: bool,
        mut word: impl FnMut(&str, &mut Vec<u64>) -> (Word, Option<NbScores>),
    ) -> DocFeats {
        let ns = sentences.len();
        let mut f = DocFeats {
            statics: Vec::with_capacity(ns),
            words: Vec::new(),
            lowers: Vec::with_capacity(ns),
            caps: Vec::with_capacity(ns),
            shorts: Vec::with_capacity(ns),
        };
        let mut toks: Vec<Vec<Word>> = Vec::with_capacity(ns);
        for s in sentences {
            let mut feats = Vec::with_capacity(s.len());
            let mut ts = Vec::with_capacity(s.len());
            let mut nbs: Vec<NbScores> = Vec::new();
            for w in s {
                let mut v = Vec::with_capacity(48);
                let (t, sc) = word(w.as_ref(), &mut v);
                if let Some(sc) = sc {
                    nbs.push(sc);
                }
                ts.push(t);
                feats.push(v);
            }
            // Each token's own weights plus those its neighbours give it (scored words),
            // or the neighbours' features (unscored words, and outside the sentence).
            let scored = !nbs.is_empty();
            let mut scores: Vec<WordScores> = Vec::with_capacity(nbs.len());
            for (i, fi) in feats.iter_mut().enumerate() {
                let mut sum: WordScores = [
                    nbs.get(i).map_or([0; N_CLASSES], |x| x[0][0]),
                    nbs.get(i).map_or([0; N_CLASSES], |x| x[1][0]),
                ];
                for (k, d) in NEIGHBOURS.iter().enumerate() {
                    let j = usize::try_from(i as isize + d)
                        .ok()
                        .filter(|&j| j < ts.len());
                    match j {
                        Some(j) if scored => {
                            for (p, sp) in sum.iter_mut().enumerate() {
                                for (x, &y) in sp.iter_mut().zip(&nbs[j][p][1 + k]) {
                                    *x += y;
                                }
                            }
                        }
                        _ => neighbour_features(k, j.map(|j| &ts[j]), clusters, fi),
                    }
                }
                if scored {
                    scores.push(sum);
                }
            }
            f.words.push(scores);
            f.statics.push(feats);
            toks.push(ts);
        }
        let stats = DocStats::of(sentences, &toks);
        for ((words, ts), feats) in sentences.iter().zip(&toks).zip(&mut f.statics) {
            sentence_features(words, ts, &stats, clusters, feats);
            f.lowers.push(ts.iter().map(|t| t.lower).collect());
            f.caps.push(ts.iter().map(|t| t.cap).collect());
            f.shorts.push(ts.iter().map(|t| t.short).collect());
        }
        f
    }

    /// Adds the word weights (its own and its neighbours') of token `i` of sentence `si`
    /// in `pass` to `scores`.
    fn add_word(&self, si: usize, i: usize, pass: usize, scores: &mut [f32; N_CLASSES]) {
        if let Some(w) = self.words.get(si).and_then(|s| s.get(i)) {
            for (s, &x) in scores.iter_mut().zip(&w[pass]) {
                *s += x as f32;
            }
        }
    }
}

/// Weights of the words a thread has tagged (of their own features, and of those they
/// give their neighbours), so that a frequent word's features are hashed and looked up
/// once, not at every occurrence. Keyed by the
/// hash of the word's form (64 bits, like the features themselves), for one tagger at a
/// time; emptied when it holds [`WORD_CACHE_MAX`] words. Sums of integer weights are
/// exact, so tagging gives the same classes with or without it.
#[derive(Default)]
struct WordCache {
    map: HashMap<u64, (Word, NbScores), IdBuildHasher>,
}

impl sitrep_learn::ModelCache for WordCache {
    fn entries(&self) -> usize {
        self.map.len()
    }
    fn forget(&mut self) {
        self.map.clear();
    }
}

/// At most this many words (about 10 MB; their table stays within 16,384 buckets).
const WORD_CACHE_MAX: usize = 14_000;

thread_local! {
    static WORDS: std::cell::RefCell<sitrep_learn::Owned<WordCache>> =
        std::cell::RefCell::new(sitrep_learn::Owned::default());
}

/// Tags one document with any scorer; with `learn`, updates the perceptron on every
/// error (gold classes given).
fn run_document(
    scorer: &dyn Scorer,
    doc: &DocFeats,
    stage1: Option<&[Vec<usize>]>,
    mut learn: Option<(&mut Perceptron, &[Vec<usize>])>,
) -> Vec<Vec<usize>> {
    let agg = stage1.map(|p| Aggregate::new(&doc.lowers, &doc.caps, p));
    let mut memory = Memory::default();
    let mut out = Vec::with_capacity(doc.statics.len());
    let mut scores = [0f32; N_CLASSES];
    let mut f: Vec<u64> = Vec::with_capacity(128);
    for (si, statics) in doc.statics.iter().enumerate() {
        let n = statics.len();
        let (lowers, caps, shorts) = (&doc.lowers[si], &doc.caps[si], &doc.shorts[si]);
        let mut classes: Vec<usize> = Vec::with_capacity(n);
        for i in 0..n {
            f.clear();
            f.extend_from_slice(&statics[i]);
            history(&mut f, &classes, i, lowers[i], shorts[i]);
            memory.features(lowers[i], caps[i], &mut f);
            if let (Some(agg), Some(p1)) = (&agg, stage1) {
                agg.features(si, i, lowers[i], caps[i], p1, &mut f);
            }
            let prev = classes.last().copied();
            let last = i + 1 == n;
            let guess = match &mut learn {
                Some((p, _)) => {
                    Scorer::scores(&**p, &f, &mut scores);
                    argmax(&scores, |c| allowed(prev, c, last)).unwrap_or(0)
                }
                None => {
                    scorer.scores(&f, &mut scores);
                    doc.add_word(si, i, stage1.is_some() as usize, &mut scores);
                    argmax(&scores, |c| allowed(prev, c, last)).unwrap_or(0)
                }
            };
            if let Some((p, gold)) = &mut learn {
                let truth = gold[si][i];
                if truth != guess {
                    p.learn(&f, truth, guess);
                }
                p.tick();
            }
            classes.push(guess);
        }
        memory.record(lowers, caps, &classes);
        out.push(classes);
    }
    out
}

/// Decoding settings: beam width (1: greedy) and, for greedily trained models, the
/// softmax temperature that turns each step's scores into log-probabilities (raw score
/// sums of a greedily trained perceptron rank paths badly). The temperature is in the frozen model's
/// quantized units (its largest weight is 32767), so it scales with the model.
static BEAM: AtomicUsize = AtomicUsize::new(DEFAULT_BEAM);
static TEMP: AtomicUsize = AtomicUsize::new(DEFAULT_TEMP);
/// Beam width used unless [`set_decoding`] says otherwise (chosen on valid).
pub const DEFAULT_BEAM: usize = 2;
/// Beam width of a beam-trained model, in training and decoding alike.
const TRAIN_BEAM: usize = 2;
/// Paths whose log-probability is this far below the best are dropped (speed).
const BEAM_MARGIN: f32 = 6.0;
/// Softmax temperature in quantized weight units (chosen on valid).
pub const DEFAULT_TEMP: usize = 1000;

/// Sets the beam width (1: greedy) and temperature of decoding, for every
/// tagger in the process (development and comparisons).
pub fn set_decoding(beam: usize, temp: usize) {
    BEAM.store(beam.max(1), Ordering::Relaxed);
    TEMP.store(temp.max(1), Ordering::Relaxed);
}

/// One hypothesis of the beam: path score, its last two classes, and where it came
/// from (index into the previous step's beam).
#[derive(Clone, Copy)]
struct Hyp {
    score: f32,
    c1: usize,
    c2: usize,
    back: usize,
}

/// Tags one document with a frozen scorer: greedy, or a beam over each sentence whose
/// paths are ranked by their summed scores (`raw`: a beam-trained model) or by the sum
/// of per-step log-softmax scores (a greedily trained one). The word's own features
/// are scored once per token; only the history features are scored per hypothesis.
fn decode(
    scorer: &dyn Scorer,
    doc: &DocFeats,
    stage1: Option<&[Vec<usize>]>,
    raw: bool,
) -> Vec<Vec<usize>> {
    decode_with(scorer, None, doc, stage1, raw)
}

/// [`decode`], with the model's class-history sums when it has them.
fn decode_with(
    scorer: &dyn Scorer,
    hist: Option<&ClassHistory>,
    doc: &DocFeats,
    stage1: Option<&[Vec<usize>]>,
    raw: bool,
) -> Vec<Vec<usize>> {
    let k = BEAM.load(Ordering::Relaxed);
    if k <= 1 {
        return run_document(scorer, doc, stage1, None);
    }
    let temp = TEMP.load(Ordering::Relaxed) as f32;
    let agg = stage1.map(|p| Aggregate::new(&doc.lowers, &doc.caps, p));
    let mut memory = Memory::default();
    let mut out = Vec::with_capacity(doc.statics.len());
    let mut base = [0f32; N_CLASSES];
    let mut hs = [0f32; N_CLASSES];
    let mut f: Vec<u64> = Vec::with_capacity(128);
    let mut h: Vec<u64> = Vec::with_capacity(8);
    let mut steps: Vec<Vec<Hyp>> = Vec::new();
    let mut cand: Vec<Hyp> = Vec::new();
    for (si, statics) in doc.statics.iter().enumerate() {
        let n = statics.len();
        let (lowers, caps, shorts) = (&doc.lowers[si], &doc.caps[si], &doc.shorts[si]);
        steps.clear();
        for i in 0..n {
            f.clear();
            f.extend_from_slice(&statics[i]);
            memory.features(lowers[i], caps[i], &mut f);
            if let (Some(agg), Some(p1)) = (&agg, stage1) {
                agg.features(si, i, lowers[i], caps[i], p1, &mut f);
            }
            scorer.scores(&f, &mut base);
            doc.add_word(si, i, stage1.is_some() as usize, &mut base);
            let last = i + 1 == n;
            cand.clear();
            let start = [Hyp {
                score: 0.0,
                c1: NO_CLASS,
                c2: NO_CLASS,
                back: 0,
            }];
            let prev_beam: &[Hyp] = steps.last().map_or(&start, |v| v.as_slice());
            for (b, hyp) in prev_beam.iter().enumerate() {
                h.clear();
                match hist {
                    Some(t) => {
                        history_word_of(&mut h, hyp.c1, lowers[i], shorts[i]);
                        scorer.scores(&h, &mut hs);
                        t.add(hyp.c1, hyp.c2, &mut hs);
                    }
                    None => {
                        history_of(&mut h, hyp.c1, hyp.c2, lowers[i], shorts[i]);
                        scorer.scores(&h, &mut hs);
                    }
                }
                let prev = (hyp.c1 != NO_CLASS).then_some(hyp.c1);
                if raw {
                    // a beam-trained model: paths ranked by their summed scores
                    for c in 0..N_CLASSES {
                        if allowed(prev, c, last) {
                            cand.push(Hyp {
                                score: hyp.score + hs[c] + base[c],
                                c1: c,
                                c2: hyp.c1,
                                back: b,
                            });
                        }
                    }
                    continue;
                }
                let mut mx = f32::MIN;
                for c in 0..N_CLASSES {
                    hs[c] += base[c];
                    if allowed(prev, c, last) {
                        mx = mx.max(hs[c]);
                    }
                }
                let mut z = 0f32;
                for (c, &x) in hs.iter().enumerate() {
                    if allowed(prev, c, last) {
                        z += ((x - mx) / temp).exp();
                    }
                }
                let lz = z.ln();
                for (c, &x) in hs.iter().enumerate() {
                    if allowed(prev, c, last) {
                        cand.push(Hyp {
                            score: hyp.score + (x - mx) / temp - lz,
                            c1: c,
                            c2: hyp.c1,
                            back: b,
                        });
                    }
                }
            }
            // Keep the k best paths that differ in their last two classes (the only
            // history the next step sees), and none far below the best: best first,
            // ties to the lower `back`, then the lower class (k selections, no sort).
            let before = |a: &Hyp, b: &Hyp| {
                b.score
                    .total_cmp(&a.score)
                    .then(a.back.cmp(&b.back))
                    .then(a.c1.cmp(&b.c1))
                    .is_lt()
            };
            let mut kept: Vec<Hyp> = Vec::with_capacity(k);
            let mut floor = f32::MIN;
            while kept.len() < k {
                let mut best: Option<&Hyp> = None;
                for c in &cand {
                    if c.score >= floor
                        && !kept.iter().any(|x| x.c1 == c.c1 && x.c2 == c.c2)
                        && best.is_none_or(|b| before(c, b))
                    {
                        best = Some(c);
                    }
                }
                let Some(b) = best else { break };
                if kept.is_empty() && !raw {
                    floor = b.score - BEAM_MARGIN;
                }
                kept.push(*b);
            }
            steps.push(kept);
        }
        let mut classes = vec![0; n];
        let mut j = 0;
        for i in (0..n).rev() {
            let hyp = steps[i][j];
            classes[i] = hyp.c1;
            j = hyp.back;
        }
        memory.record(lowers, caps, &classes);
        out.push(classes);
    }
    out
}

/// One hypothesis of the training beam: a [`Hyp`] that knows whether it is the gold path.
#[derive(Clone, Copy)]
struct TrainHyp {
    hyp: Hyp,
    gold: bool,
}

/// Classes of the path ending at `steps[i][j]`.
fn backtrack(steps: &[Vec<TrainHyp>], i: usize, mut j: usize) -> Vec<usize> {
    let mut out = vec![0; i + 1];
    for s in (0..=i).rev() {
        let h = steps[s][j].hyp;
        out[s] = h.c1;
        j = h.back;
    }
    out
}

/// One epoch's work on a document for a beam-trained (structured) perceptron: a beam of
/// `k` paths ranked by summed scores; when the gold path falls out of the beam (or
/// loses at the end), the gold prefix is rewarded and the best path's prefix penalized
/// (early update, Collins & Roark 2004). The tagger's own best path feeds the in-document
/// memory, as in decoding.
fn train_beam(
    p: &mut Perceptron,
    doc: &DocFeats,
    stage1: Option<&[Vec<usize>]>,
    gold: &[Vec<usize>],
    k: usize,
) {
    let agg = stage1.map(|s| Aggregate::new(&doc.lowers, &doc.caps, s));
    let mut memory = Memory::default();
    let mut base = [0f32; N_CLASSES];
    let mut hs = [0f32; N_CLASSES];
    let mut h: Vec<u64> = Vec::with_capacity(8);
    let mut feats: Vec<Vec<u64>> = Vec::new();
    let mut steps: Vec<Vec<TrainHyp>> = Vec::new();
    let mut cand: Vec<TrainHyp> = Vec::new();
    for (si, statics) in doc.statics.iter().enumerate() {
        let n = statics.len();
        if n == 0 {
            continue;
        }
        let (lowers, caps, shorts) = (&doc.lowers[si], &doc.caps[si], &doc.shorts[si]);
        let g = &gold[si];
        feats.clear();
        steps.clear();
        let mut violated: Option<usize> = None;
        for i in 0..n {
            let mut f = statics[i].clone();
            memory.features(lowers[i], caps[i], &mut f);
            if let (Some(agg), Some(p1)) = (&agg, stage1) {
                agg.features(si, i, lowers[i], caps[i], p1, &mut f);
            }
            Scorer::scores(&*p, &f, &mut base);
            feats.push(f);
            let last = i + 1 == n;
            cand.clear();
            let start = [TrainHyp {
                hyp: Hyp {
                    score: 0.0,
                    c1: NO_CLASS,
                    c2: NO_CLASS,
                    back: 0,
                },
                gold: true,
            }];
            let prev_beam: &[TrainHyp] = steps.last().map_or(&start, |v| v.as_slice());
            for (b, th) in prev_beam.iter().enumerate() {
                let hyp = th.hyp;
                h.clear();
                history_of(&mut h, hyp.c1, hyp.c2, lowers[i], shorts[i]);
                Scorer::scores(&*p, &h, &mut hs);
                let prev = (hyp.c1 != NO_CLASS).then_some(hyp.c1);
                for c in 0..N_CLASSES {
                    if allowed(prev, c, last) {
                        cand.push(TrainHyp {
                            hyp: Hyp {
                                score: hyp.score + hs[c] + base[c],
                                c1: c,
                                c2: hyp.c1,
                                back: b,
                            },
                            gold: th.gold && c == g[i],
                        });
                    }
                }
            }
            cand.sort_by(|a, b| {
                b.hyp
                    .score
                    .total_cmp(&a.hyp.score)
                    .then(a.gold.cmp(&b.gold))
                    .then(a.hyp.back.cmp(&b.hyp.back))
                    .then(a.hyp.c1.cmp(&b.hyp.c1))
            });
            let mut kept: Vec<TrainHyp> = Vec::with_capacity(k);
            for c in &cand {
                if kept.len() == k {
                    break;
                }
                if !kept
                    .iter()
                    .any(|x| x.hyp.c1 == c.hyp.c1 && x.hyp.c2 == c.hyp.c2)
                {
                    kept.push(*c);
                }
            }
            if violated.is_none() && !kept.iter().any(|x| x.gold) {
                violated = Some(i);
            }
            steps.push(kept);
        }
        let pred = backtrack(&steps, n - 1, 0);
        let upto = violated.unwrap_or(n - 1);
        let wrong = match violated {
            Some(i) => backtrack(&steps, i, 0),
            None => pred.clone(),
        };
        if wrong[..=upto] != g[..=upto] {
            let at = |path: &[usize], j: usize, back: usize| -> usize {
                if j >= back {
                    path[j - back]
                } else {
                    NO_CLASS
                }
            };
            for j in 0..=upto {
                let (gc, wc) = (g[j], wrong[j]);
                let (g1, g2) = (at(g, j, 1), at(g, j, 2));
                let (w1, w2) = (at(&wrong, j, 1), at(&wrong, j, 2));
                if gc == wc && g1 == w1 && g2 == w2 {
                    continue;
                }
                if gc != wc {
                    p.update(&feats[j], gc, 1.0);
                    p.update(&feats[j], wc, -1.0);
                }
                h.clear();
                history_of(&mut h, g1, g2, lowers[j], shorts[j]);
                p.update(&h, gc, 1.0);
                h.clear();
                history_of(&mut h, w1, w2, lowers[j], shorts[j]);
                p.update(&h, wc, -1.0);
            }
        }
        for _ in 0..n {
            p.tick();
        }
        memory.record(lowers, caps, &pred);
    }
}

/// A trained tagger: a first pass, and optionally a second pass that also sees what the
/// first pass said about each word across the whole document.
#[derive(Clone)]
pub struct Tagger {
    first: Model,
    second: Option<Model>,
    clusters: Option<Clusters>,
    /// Beam-trained: paths ranked by summed scores (else by summed log-softmax).
    structured: bool,
    /// Which tagger this is, for the [`WordCache`] (a clone shares it: same weights).
    id: u64,
    /// Each pass's [`ClassHistory`].
    history: (ClassHistory, Option<ClassHistory>),
}

/// Training data: documents of sentences of (tokens, IOB tags).
pub type TrainDoc = Vec<(Vec<String>, Vec<String>)>;

type Pass = Vec<Vec<usize>>;

fn doc_words(d: &TrainDoc) -> Vec<Vec<&str>> {
    d.iter()
        .map(|(w, _)| w.iter().map(|s| s.as_str()).collect())
        .collect()
}

fn score_passes(docs: &[TrainDoc], pred: &[Pass]) -> sitrep_learn::conll2003::Score {
    let mut score = sitrep_learn::conll2003::Score::default();
    for (d, p) in docs.iter().zip(pred) {
        for ((w, gold), c) in d.iter().zip(p) {
            let g = sitrep_learn::conll2003::to_iob2(
                &gold.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            );
            score.add(&g, &spans_to_iob2(&decode_spans(c), w.len()));
        }
    }
    score
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainSettings {
    /// Maximum epochs per pass (early stopping on dev F1, patience 3, keeps the best).
    pub epochs: usize,
    /// Drop averaged weights smaller than this.
    pub prune: f32,
    /// Train the second, document-level pass too.
    pub two_pass: bool,
    /// Beam-trained (structured) perceptron with early update, decoded by summed scores;
    /// else greedily trained and decoded by summed per-step log-softmax.
    pub structured: bool,
    /// Added to the seed of each epoch's shuffle (0: the documented models).
    pub seed: u64,
}

/// Documents with their features (computed once, shared by every pass) and gold classes.
struct Data<'a> {
    docs: &'a [TrainDoc],
    feats: Vec<DocFeats>,
    gold: Vec<Pass>,
}

impl<'a> Data<'a> {
    fn new(docs: &'a [TrainDoc], cl: Option<&Clusters>) -> Data<'a> {
        let feats = docs
            .iter()
            .map(|d| DocFeats::new(&doc_words(d), cl))
            .collect();
        let gold = docs
            .iter()
            .map(|d| {
                d.iter()
                    .map(|(w, t)| bilou(&iob_to_spans(t), w.len()))
                    .collect()
            })
            .collect();
        Data { docs, feats, gold }
    }
}

/// Trains one pass on the documents `subset` of `train` with early stopping on dev F1
/// (patience 3). `p1` holds first-pass predictions (indexed like `train`, then `dev`)
/// for a second pass.
fn train_pass(
    train: &Data,
    subset: &[usize],
    dev: &Data,
    p1: Option<(&[Pass], &[Pass])>,
    o: &TrainSettings,
    log: &mut dyn FnMut(String),
) -> Model {
    let mut p = Perceptron::new(N_CLASSES);
    let mut stop = sitrep_learn::EarlyStopping::new(3);
    let mut best: Option<Model> = None;
    let dummy = Perceptron::new(N_CLASSES);
    for epoch in 0..o.epochs {
        for k in sitrep_learn::rng::shuffled_indices(subset.len(), epoch as u64 + 1 + o.seed) {
            let d = subset[k];
            let s1 = p1.map(|x| x.0[d].as_slice());
            if o.structured {
                train_beam(&mut p, &train.feats[d], s1, &train.gold[d], TRAIN_BEAM);
            } else {
                run_document(&dummy, &train.feats[d], s1, Some((&mut p, &train.gold[d])));
            }
        }
        let model = p.to_model(o.prune);
        let pred: Vec<Pass> = dev
            .feats
            .iter()
            .enumerate()
            .map(|(k, w)| decode(&model, w, p1.map(|x| x.1[k].as_slice()), o.structured))
            .collect();
        let score = score_passes(dev.docs, &pred);
        log(format!(
            "epoch {}: dev F1 {:.2} (P {:.2} R {:.2}), {} features",
            epoch + 1,
            100.0 * score.all.f1(),
            100.0 * score.all.precision(),
            100.0 * score.all.recall(),
            model.n_features()
        ));
        match stop.observe(score.all.f1()) {
            sitrep_learn::Verdict::Improved => best = Some(model),
            sitrep_learn::Verdict::Continue => {}
            sitrep_learn::Verdict::Stop => break,
        }
    }
    best.unwrap_or_else(|| p.to_model(o.prune))
}

impl Tagger {
    /// A tagger of these passes, with its identity and class-history sums.
    fn assemble(
        first: Model,
        second: Option<Model>,
        clusters: Option<Clusters>,
        structured: bool,
    ) -> Tagger {
        let history = (
            ClassHistory::new(&first),
            second.as_ref().map(ClassHistory::new),
        );
        Tagger {
            first,
            second,
            clusters,
            structured,
            id: sitrep_learn::model_id(),
            history,
        }
    }

    /// Class sequences of every sentence of a document.
    fn classes<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Pass {
        self.classes_of(&self.doc_feats(sentences))
    }

    /// The document's features with each word's word-only part scored once per word
    /// (through this thread's [`WordCache`]).
    fn doc_feats<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> DocFeats {
        let cl = self.clusters.as_ref();
        sitrep_learn::with_model_cache(&WORDS, self.id, WORD_CACHE_MAX, |cache| {
            let mut scratch = Vec::with_capacity(24);
            DocFeats::build(sentences, cl.is_some(), |w, _| {
                let key = hash_str(w);
                if let Some((t, sc)) = cache.map.get(&key) {
                    return (*t, Some(*sc));
                }
                let mut sc = [[[0i32; N_CLASSES]; 1 + NEIGHBOURS.len()]; 2];
                scratch.clear();
                let t = word_features(w, cl, &mut scratch);
                let [first, second] = &mut sc;
                for (slot, (s1, s2)) in first.iter_mut().zip(second).enumerate() {
                    if slot > 0 {
                        scratch.clear();
                        neighbour_features(slot - 1, Some(&t), cl.is_some(), &mut scratch);
                    }
                    self.first.score(&scratch, s1);
                    if let Some(m) = &self.second {
                        m.score(&scratch, s2);
                    }
                }
                cache.map.insert(key, (t, sc));
                (t, Some(sc))
            })
        })
    }

    fn classes_of(&self, feats: &DocFeats) -> Pass {
        let (h1, h2) = &self.history;
        let p1 = decode_with(&self.first, Some(h1), feats, None, self.structured);
        match &self.second {
            Some(m) => decode_with(m, h2.as_ref(), feats, Some(&p1), self.structured),
            None => p1,
        }
    }

    /// Entity spans of every sentence of a document.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Span>> {
        self.classes(sentences)
            .iter()
            .zip(sentences)
            .map(|(c, words)| {
                decode_spans(c)
                    .into_iter()
                    .filter_map(|sp| close_brackets(sp, words))
                    .collect()
            })
            .collect()
    }

    /// The model file: a magic string, flags (1: beam-trained), the number of passes
    /// and each deflated model, then the deflated cluster table if any.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.str(MAGIC);
        w.usize(if self.structured { FLAG_STRUCTURED } else { 0 });
        let models: Vec<&Model> = std::iter::once(&self.first).chain(&self.second).collect();
        w.usize(models.len());
        for m in models {
            w.bytes(&m.to_bytes());
        }
        if let Some(c) = &self.clusters {
            let mut cw = Writer::new();
            c.write(&mut cw);
            w.bytes(&sitrep_learn::codec::compress(&cw.into_bytes()));
        }
        w.into_bytes()
    }

    /// Reads a model file (this format, or `sitrep-ner/2`: no flags).
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, DecodeError> {
        let mut r = Reader::new(b);
        let magic = r.str()?;
        let flags = match magic {
            MAGIC => r.usize()?,
            MAGIC_V2 => 0,
            _ => return Err(DecodeError(format!("not a sitrep NER model ({magic:?})"))),
        };
        if flags & !FLAG_STRUCTURED != 0 {
            return Err(DecodeError(format!("NER model with unknown flags {flags}")));
        }
        let n = r.usize()?;
        if !(1..=2).contains(&n) {
            return Err(DecodeError(format!("NER model with {n} passes")));
        }
        let mut models = Vec::with_capacity(n);
        for _ in 0..n {
            let m = Model::from_bytes(r.bytes()?)?;
            if m.n_classes() != N_CLASSES {
                return Err(DecodeError(
                    "NER model has the wrong number of classes".into(),
                ));
            }
            models.push(m);
        }
        let second = if n == 2 { models.pop() } else { None };
        let first = models
            .pop()
            .ok_or_else(|| DecodeError("empty NER model".into()))?;
        let clusters = if r.is_empty() {
            None
        } else {
            let raw = sitrep_learn::codec::decompress(r.bytes()?)?;
            Some(Clusters::read(&mut Reader::new(&raw))?)
        };
        Ok(Tagger::assemble(
            first,
            second,
            clusters,
            flags & FLAG_STRUCTURED != 0,
        ))
    }

    /// Features kept in the model (all passes).
    pub fn n_features(&self) -> usize {
        self.first.n_features() + self.second.as_ref().map_or(0, |m| m.n_features())
    }

    /// The memory layouts of the passes' models, first pass first.
    pub fn layouts(&self) -> Vec<sitrep_learn::perceptron::Layout> {
        std::iter::once(&self.first)
            .chain(self.second.as_ref())
            .map(|m| m.layout())
            .collect()
    }

    /// The word clusters the tagger uses, if any.
    pub fn clusters(&self) -> Option<&Clusters> {
        self.clusters.as_ref()
    }

    /// Whether the model was beam-trained (structured perceptron).
    pub fn structured(&self) -> bool {
        self.structured
    }

    /// Number of passes (1 or 2).
    pub fn passes(&self) -> usize {
        1 + self.second.is_some() as usize
    }

    /// Trains on `train`, keeping for each pass the epoch with the best entity F1 on
    /// `dev`. With `two_pass`, the second pass is trained on first-pass predictions made
    /// by models that did not see the document (two folds). `log` receives one line per
    /// epoch.
    pub fn train(
        train: &[TrainDoc],
        dev: &[TrainDoc],
        o: TrainSettings,
        clusters: Option<Clusters>,
        mut log: impl FnMut(String),
    ) -> Tagger {
        let tr = Data::new(train, clusters.as_ref());
        let dv = Data::new(dev, clusters.as_ref());
        let all: Vec<usize> = (0..train.len()).collect();
        log("pass 1".to_string());
        let first = train_pass(&tr, &all, &dv, None, &o, &mut log);
        if !o.two_pass {
            return Tagger::assemble(first, None, clusters, o.structured);
        }
        // jackknifed first-pass predictions on train
        let mut p1_train: Vec<Pass> = vec![Vec::new(); train.len()];
        for fold in 0..2 {
            log(format!("pass 1, fold {}", fold + 1));
            let rest: Vec<usize> = all.iter().copied().filter(|k| k % 2 != fold).collect();
            let m = train_pass(&tr, &rest, &dv, None, &o, &mut log);
            for k in all.iter().copied().filter(|k| k % 2 == fold) {
                p1_train[k] = decode(&m, &tr.feats[k], None, o.structured);
            }
        }
        let p1_dev: Vec<Pass> = dv
            .feats
            .iter()
            .map(|f| decode(&first, f, None, o.structured))
            .collect();
        log("pass 2".to_string());
        let second = train_pass(&tr, &all, &dv, Some((&p1_train, &p1_dev)), &o, &mut log);
        Tagger::assemble(first, Some(second), clusters, o.structured)
    }

    /// Entity-level scores on gold documents.
    pub fn evaluate(&self, docs: &[TrainDoc]) -> sitrep_learn::conll2003::Score {
        let pred: Vec<Pass> = docs.iter().map(|d| self.classes(&doc_words(d))).collect();
        score_passes(docs, &pred)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caches_give_the_uncached_classes() {
        let t = crate::embedded_tagger().expect("the built-in NER model");
        let doc: Vec<Vec<&str>> = [
            "Colonel Rafael Ortiz met Amina Quirindo in La Paz on Monday .",
            "Ortiz said the Northern Brigade would leave La Paz .",
            "QUIRINDO AND ORTIZ SIGNED THE DEAL IN LA PAZ",
            "Quirindo , Ortiz and the brigade 's commander said nothing .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        // every feature looked up at every token, no cache, no class-history sums
        let feats = DocFeats::new(&doc, t.clusters.as_ref());
        let p1 = decode(&t.first, &feats, None, t.structured);
        let want = decode(t.second.as_ref().unwrap(), &feats, Some(&p1), t.structured);
        assert!(want.iter().flatten().any(|&c| c != 0), "{want:?}");
        // a cold cache, then every word already known
        assert_eq!(t.classes(&doc), want);
        assert_eq!(t.classes(&doc), want);
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("Ruiz", true), "Xx");
        assert_eq!(shape("U.S.", true), "X.X.");
        assert_eq!(shape("1996", false), "dddd");
        assert_eq!(shape("19961", false), "dddd");
    }

    #[test]
    fn a_span_ends_before_a_bracket_it_does_not_close() {
        let w = ["Hizbollah", "(", "Party", "of", "God", ")", "gunmen"];
        let sp = |start, end| Span {
            start,
            end,
            kind: 1,
        };
        assert_eq!(close_brackets(sp(0, 5), &w), Some(sp(0, 1)));
        // a closed aside stays, and a span that is all aside is dropped
        assert_eq!(close_brackets(sp(0, 6), &w), Some(sp(0, 6)));
        assert_eq!(close_brackets(sp(1, 5), &w), None);
        assert_eq!(close_brackets(sp(2, 5), &w), Some(sp(2, 5)));
    }

    #[test]
    fn bilou_round_trip() {
        let tags = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"];
        let spans = iob_to_spans(&tags);
        let c = bilou(&spans, tags.len());
        assert_eq!(prefix(c[0]), 'B');
        assert_eq!(prefix(c[1]), 'I');
        assert_eq!(prefix(c[2]), 'L');
        assert_eq!(prefix(c[4]), 'U');
        assert_eq!(decode_spans(&c), spans);
        assert_eq!(spans_to_iob2(&spans, tags.len()), tags);
    }

    #[test]
    fn transitions_are_constrained() {
        let bper = class('B', 0);
        let lper = class('L', 0);
        let iloc = class('I', 1);
        assert!(allowed(None, bper, false));
        assert!(!allowed(None, bper, true));
        assert!(!allowed(None, lper, false));
        assert!(allowed(Some(bper), lper, true));
        assert!(!allowed(Some(bper), iloc, false));
        assert!(!allowed(Some(bper), 0, false));
    }

    fn doc(s: &[(&str, &str)]) -> TrainDoc {
        vec![(
            s.iter().map(|x| x.0.to_string()).collect(),
            s.iter().map(|x| x.1.to_string()).collect(),
        )]
    }

    #[test]
    fn learns_a_toy_language_and_round_trips() {
        let train: Vec<TrainDoc> = vec![
            doc(&[
                ("Ana", "B-PER"),
                ("Ruiz", "I-PER"),
                ("visited", "O"),
                ("Lima", "B-LOC"),
            ]),
            doc(&[
                ("Jon", "B-PER"),
                ("Ortiz", "I-PER"),
                ("visited", "O"),
                ("Quito", "B-LOC"),
            ]),
            doc(&[
                ("Eva", "B-PER"),
                ("Diaz", "I-PER"),
                ("joined", "O"),
                ("Acme", "B-ORG"),
                ("Corp", "I-ORG"),
            ]),
        ];
        let o = TrainSettings {
            epochs: 8,
            prune: 0.0,
            two_pass: true,
            structured: true,
            seed: 0,
        };
        let t = Tagger::train(&train, &train, o, None, |_| {});
        assert_eq!(t.passes(), 2);
        let s = t.evaluate(&train);
        assert!(s.all.f1() > 0.99, "toy F1 {}", s.all.f1());
        let t2 = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(t2.evaluate(&train), s);
        assert!(Tagger::from_bytes(b"junk").is_err());
    }
}
