//! Greedy left-to-right UPOS+XPOS tagger: one averaged-perceptron class per seen
//! `(UPOS, XPOS)` pair, features of the word (affixes up to 4 and 3 characters), its
//! neighbours and the two previous tags,
//! and a tag dictionary for frequent unambiguous words.

use crate::features::{prepare, Tok, PAD};
use sitrep_learn::codec::{DecodeError, Reader, Writer};
use sitrep_learn::conllu::Sentence;
use sitrep_learn::hash::{feat, feat2, feat3, hash_str, mix, IdBuildHasher};
use sitrep_learn::metrics::Accuracy;
use sitrep_learn::rng::shuffled_indices;
use sitrep_learn::{argmax, EarlyStopping, Model, Perceptron, Verdict};
use std::collections::HashMap;

/// A trained tagger.
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
    /// Class → (UPOS, XPOS).
    tags: Vec<(String, String)>,
    /// Form hash → class, for frequent words that always take one tag.
    tagdict: HashMap<u64, u16, IdBuildHasher>,
    /// Lower-cased form hash → hash of the set of tags it took in training (words seen
    /// at least twice): the "ambiguity class", known for the words to the right too.
    lexicon: HashMap<u64, u64, IdBuildHasher>,
    /// Which tagger this is, for the [`WordCache`] (a clone shares it: same weights).
    id: u64,
}

const UNKNOWN: u64 = 0x0DD;

/// Reusable buffers for tagging.
#[derive(Default)]
pub struct TagScratch {
    toks: Vec<Tok>,
    buf: String,
    feats: Vec<u64>,
    scores: Vec<i32>,
    amb: Vec<u64>,
}

#[inline]
fn tag_key(t: Option<u16>) -> u64 {
    t.map_or(PAD, |t| t as u64 + 1)
}

fn ambiguity(lexicon: &HashMap<u64, u64, IdBuildHasher>, toks: &[Tok], out: &mut Vec<u64>) {
    out.clear();
    out.extend(toks.iter().map(|t| ambiguity_of(lexicon, t)));
}

/// The ambiguity class of one word ([`UNKNOWN`] for words the lexicon lacks).
fn ambiguity_of(lexicon: &HashMap<u64, u64, IdBuildHasher>, t: &Tok) -> u64 {
    *lexicon.get(&t.lower).unwrap_or(&UNKNOWN)
}

/// Every feature of token `i`, given the two previous tags.
fn features(toks: &[Tok], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    word_features(&toks[i], amb[i], out);
    context_features(toks, amb, i, p1, p2, out);
}

/// The features of token `i` that read more than the word: its neighbours' words, and
/// the word with its neighbours, position or previous tags.
fn context_features(toks: &[Tok], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    for (k, d) in NEIGHBOURS.iter().enumerate() {
        let nb = usize::try_from(i as isize + d)
            .ok()
            .and_then(|j| Some((toks.get(j)?, amb[j])));
        neighbour_features(k, nb, out);
    }
    pair_features(toks, amb, i, p1, p2, out);
}

/// The features that read nothing but the word itself (and its ambiguity class).
fn word_features(t: &Tok, amb: u64, out: &mut Vec<u64>) {
    out.extend_from_slice(&[
        feat(0, 0),
        feat(1, t.form),
        feat(2, t.lower),
        feat(3, t.suf[0]),
        feat(4, t.suf[1]),
        feat(5, t.suf[2]),
        feat(6, t.suf[3]),
        feat(7, t.pre[0]),
        feat(8, t.pre[1]),
        feat(9, t.shape),
        feat(27, amb),
        feat2(34, amb, t.suf[2]),
        feat(37, t.pre[2]),
    ]);
}

/// Offsets of the neighbours whose own words are features of a token.
const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The features that the word at offset `NEIGHBOURS[k]` (with its ambiguity class; `None`
/// outside the sentence) gives the token, reading nothing else.
fn neighbour_features(k: usize, nb: Option<(&Tok, u64)>, out: &mut Vec<u64>) {
    let lw = nb.map_or(PAD, |(t, _)| t.lower);
    let s3 = nb.map_or(PAD, |(t, _)| t.suf[2]);
    let sh = nb.map_or(PAD, |(t, _)| t.shape);
    let am = nb.map_or(PAD, |(_, a)| a);
    match NEIGHBOURS[k] {
        -2 => out.push(feat(17, lw)),
        -1 => out.extend_from_slice(&[feat(13, lw), feat(14, s3), feat(19, sh), feat(35, am)]),
        1 => out.extend_from_slice(&[feat(15, lw), feat(16, s3), feat(20, sh), feat(28, am)]),
        _ => out.extend_from_slice(&[feat(18, lw), feat(29, am)]),
    }
}

/// The features that combine the word with its neighbours, its position or the previous
/// tags.
fn pair_features(toks: &[Tok], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let t = &toks[i];
    let at = |j: isize| -> Option<&Tok> {
        if j < 0 {
            None
        } else {
            toks.get(j as usize)
        }
    };
    let i = i as isize;
    let lw = |j: isize| at(j).map_or(PAD, |t| t.lower);
    let sh = |j: isize| at(j).map_or(PAD, |t| t.shape);
    let am = |j: isize| -> u64 {
        if j < 0 {
            PAD
        } else {
            amb.get(j as usize).copied().unwrap_or(PAD)
        }
    };
    out.extend_from_slice(&[
        feat(10, p1),
        feat2(11, p1, p2),
        feat2(12, p1, t.lower),
        feat2(21, t.lower, lw(i + 1)),
        feat2(22, lw(i - 1), t.lower),
        feat2(23, p1, t.suf[2]),
        feat3(24, p1, t.lower, lw(i + 1)),
        feat2(25, t.shape, sh(i + 1)),
        feat(
            26,
            if i == 0 { 1 } else { 0 } + (t.form != t.lower) as u64 * 2,
        ),
        feat2(30, p1, am(i + 1)),
        feat2(31, am(i), am(i + 1)),
        feat2(32, p1, am(i)),
        feat3(33, p1, am(i), am(i + 1)),
    ]);
}

/// What the tagger knows of a word whatever its context: its ambiguity class, its tag
/// when the tag dictionary has it, and where [`WordCache::sums`] holds the summed weights
/// of its word-only features (one per class: the bias and frequent words' rows make
/// them dense).
#[derive(Clone, Copy)]
struct Known {
    amb: u64,
    dict: Option<u16>,
    at: u32,
}

/// The words a thread has tagged, so that a frequent word's own features are looked up
/// once, not at every occurrence. Keyed by the hash of the word's form (64 bits, like the
/// features), for one tagger at a time; emptied when it holds [`WORD_CACHE_MAX`] words.
/// Integer sums are exact: tags are the same with or without it.
#[derive(Default)]
struct WordCache {
    index: HashMap<u64, u32, IdBuildHasher>,
    words: Vec<Known>,
    sums: Vec<i32>,
    /// Per token of the sentence being tagged: its entry.
    at: Vec<u32>,
    feats: Vec<u64>,
}

/// At most this many words (under 8 MB with their sums).
const WORD_CACHE_MAX: usize = 1 << 14;

thread_local! {
    static WORDS: std::cell::RefCell<sitrep_learn::Owned<WordCache>> =
        std::cell::RefCell::new(sitrep_learn::Owned::default());
}

impl sitrep_learn::ModelCache for WordCache {
    fn entries(&self) -> usize {
        self.words.len()
    }
    fn forget(&mut self) {
        self.index.clear();
        self.words.clear();
        self.sums.clear();
    }
}

impl WordCache {
    /// The entry of the word `t`, added if new.
    fn entry(&mut self, tagger: &Tagger, t: &Tok) -> u32 {
        if let Some(&e) = self.index.get(&t.form) {
            return e;
        }
        let amb = ambiguity_of(&tagger.lexicon, t);
        self.feats.clear();
        word_features(t, amb, &mut self.feats);
        let at = self.sums.len();
        self.sums.resize(at + tagger.tags.len(), 0);
        tagger.model.score(&self.feats, &mut self.sums[at..]);
        let e = self.words.len() as u32;
        self.words.push(Known {
            amb,
            dict: tagger.tagdict.get(&t.form).copied(),
            at: at as u32,
        });
        self.index.insert(t.form, e);
        e
    }
}

impl Tagger {
    pub fn n_tags(&self) -> usize {
        self.tags.len()
    }

    /// The frozen model's memory layout.
    pub fn layout(&self) -> sitrep_learn::perceptron::Layout {
        self.model.layout()
    }

    /// The class of a `(UPOS, XPOS)` pair, if the tagger has it.
    pub fn class_of(&self, upos: &str, xpos: &str) -> Option<u16> {
        self.tags
            .iter()
            .position(|(u, x)| u == upos && x == xpos)
            .map(|c| c as u16)
    }

    /// `(UPOS, XPOS)` of a class.
    pub fn tag(&self, class: u16) -> (&str, &str) {
        let (u, x) = &self.tags[class as usize];
        (u, x)
    }

    /// Tags the words of one sentence; returns one class per word (see [`Tagger::tag`]).
    pub fn tag_sentence(&self, words: &[&str], s: &mut TagScratch, out: &mut Vec<u16>) {
        prepare(words, &mut s.buf, &mut s.toks);
        self.tag_prepared(&s.toks, &mut s.feats, &mut s.scores, &mut s.amb, out);
    }

    pub(crate) fn tag_prepared(
        &self,
        toks: &[Tok],
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
        amb: &mut Vec<u64>,
        out: &mut Vec<u16>,
    ) {
        out.clear();
        let nc = self.tags.len();
        sitrep_learn::with_model_cache(&WORDS, self.id, WORD_CACHE_MAX, |c| {
            c.at.clear();
            amb.clear();
            for t in toks {
                let e = c.entry(self, t);
                c.at.push(e);
                amb.push(c.words[e as usize].amb);
            }
            for i in 0..toks.len() {
                let k = c.words[c.at[i] as usize];
                if let Some(d) = k.dict {
                    out.push(d);
                    continue;
                }
                let p1 = tag_key(i.checked_sub(1).map(|j| out[j]));
                let p2 = tag_key(i.checked_sub(2).map(|j| out[j]));
                scores.clear();
                scores.extend_from_slice(&c.sums[k.at as usize..k.at as usize + nc]);
                feats.clear();
                context_features(toks, amb, i, p1, p2, feats);
                self.model.score(feats, scores);
                out.push(argmax(scores, |_| true).unwrap_or(0) as u16);
            }
        });
    }

    /// [`Tagger::tag_prepared`] without the word cache: every feature looked up at every
    /// token (the reference the cache must agree with).
    #[cfg(test)]
    pub(crate) fn tag_uncached(&self, toks: &[Tok], out: &mut Vec<u16>) {
        out.clear();
        let mut amb = Vec::new();
        let mut feats = Vec::new();
        ambiguity(&self.lexicon, toks, &mut amb);
        let nc = self.tags.len();
        for i in 0..toks.len() {
            if let Some(&c) = self.tagdict.get(&toks[i].form) {
                out.push(c);
                continue;
            }
            let p1 = tag_key(i.checked_sub(1).map(|j| out[j]));
            let p2 = tag_key(i.checked_sub(2).map(|j| out[j]));
            features(toks, &amb, i, p1, p2, &mut feats);
            let mut scores = vec![0; nc];
            self.model.score(&feats, &mut scores);
            out.push(argmax(&scores, |_| true).unwrap_or(0) as u16);
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.usize(self.tags.len());
        for (u, x) in &self.tags {
            w.str(u);
            w.str(x);
        }
        let mut td: Vec<(u64, u16)> = self.tagdict.iter().map(|(&k, &v)| (k, v)).collect();
        td.sort_unstable();
        w.usize(td.len());
        let mut prev = 0u64;
        for (k, v) in td {
            w.u64(k.wrapping_sub(prev));
            prev = k;
            w.usize(v as usize);
        }
        let mut lx: Vec<(u64, u64)> = self.lexicon.iter().map(|(&k, &v)| (k, v)).collect();
        lx.sort_unstable();
        w.usize(lx.len());
        for (k, v) in lx {
            w.u64(k);
            w.u64(v);
        }
        self.model.write_compact(w);
    }

    pub fn read(r: &mut Reader) -> Result<Tagger, DecodeError> {
        let n = r.len(2)?;
        let mut tags = Vec::with_capacity(n);
        for _ in 0..n {
            tags.push((r.str()?.to_string(), r.str()?.to_string()));
        }
        let m = r.len(2)?;
        let mut tagdict = HashMap::with_capacity_and_hasher(m, IdBuildHasher::default());
        let mut prev = 0u64;
        for _ in 0..m {
            prev = prev.wrapping_add(r.u64()?);
            let v = r.usize()?;
            if v >= n {
                return Err(DecodeError("tag dictionary class out of range".into()));
            }
            tagdict.insert(prev, v as u16);
        }
        let m = r.len(2)?;
        let mut lexicon = HashMap::with_capacity_and_hasher(m, IdBuildHasher::default());
        for _ in 0..m {
            let k = r.u64()?;
            lexicon.insert(k, r.u64()?);
        }
        let model = Model::read(r)?;
        if model.n_classes() != n {
            return Err(DecodeError("tagger class count mismatch".into()));
        }
        Ok(Tagger {
            model,
            tags,
            tagdict,
            lexicon,
            id: sitrep_learn::model_id(),
        })
    }
}

/// Training settings (shared by the tagger and the parser).
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub max_epochs: usize,
    pub patience: usize,
    pub seed: u64,
    /// Relative weight magnitude below which weights are dropped from the saved model.
    pub prune: f32,
    /// (parser) Folds for jackknifed training tags (1: tag the training data with the
    /// final tagger).
    pub jackknife: usize,
    /// (parser) Training runs with seeds `seed, seed+1, …` whose models are averaged
    /// (1: one run).
    pub mix: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            max_epochs: 12,
            patience: 3,
            seed: 1,
            prune: 0.002,
            jackknife: 1,
            mix: 1,
        }
    }
}

/// UPOS and XPOS accuracy of a tagger on gold sentences.
pub fn evaluate(t: &Tagger, gold: &[Sentence]) -> (Accuracy, Accuracy) {
    let mut s = TagScratch::default();
    let mut out = Vec::new();
    let (mut up, mut xp) = (Accuracy::default(), Accuracy::default());
    for sent in gold {
        let words: Vec<&str> = sent.words.iter().map(|w| w.form.as_str()).collect();
        t.tag_sentence(&words, &mut s, &mut out);
        for (w, &c) in sent.words.iter().zip(&out) {
            let (u, x) = t.tag(c);
            up.add(u == w.upos);
            xp.add(x == w.xpos);
        }
    }
    (up, xp)
}

/// Trains a tagger on `train`, keeping the epoch with the best dev UPOS+XPOS accuracy.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Tagger {
    // Classes and the tag dictionary.
    let mut class_of: HashMap<(String, String), u16> = HashMap::new();
    let mut tags = Vec::new();
    let mut counts: HashMap<&str, HashMap<u16, u32>> = HashMap::new();
    let mut gold: Vec<Vec<u16>> = Vec::with_capacity(train.len());
    for s in train {
        let mut g = Vec::with_capacity(s.words.len());
        for w in &s.words {
            let key = (w.upos.clone(), w.xpos.clone());
            let c = *class_of.entry(key.clone()).or_insert_with(|| {
                tags.push(key);
                (tags.len() - 1) as u16
            });
            *counts.entry(&w.form).or_default().entry(c).or_default() += 1;
            g.push(c);
        }
        gold.push(g);
    }
    let mut tagdict = HashMap::with_hasher(IdBuildHasher::default());
    for (form, cs) in &counts {
        let n: u32 = cs.values().sum();
        let (&best, &k) = cs
            .iter()
            .max_by_key(|(c, k)| (**k, u16::MAX - **c))
            .unwrap();
        if n >= 20 && k as f64 / n as f64 >= 0.995 {
            tagdict.insert(hash_str(form), best);
        }
    }
    let mut lex_counts: HashMap<u64, HashMap<u16, u32>> = HashMap::new();
    {
        let mut buf = String::new();
        let mut toks = Vec::new();
        for (s, g) in train.iter().zip(&gold) {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            prepare(&words, &mut buf, &mut toks);
            for (t, &c) in toks.iter().zip(g) {
                *lex_counts.entry(t.lower).or_default().entry(c).or_default() += 1;
            }
        }
    }
    let mut lexicon = HashMap::with_hasher(IdBuildHasher::default());
    for (&k, cs) in &lex_counts {
        let n: u32 = cs.values().sum();
        if n < 2 {
            continue;
        }
        let mut set: Vec<u16> = cs
            .iter()
            .filter(|(_, &m)| m as f64 >= 0.05 * n as f64)
            .map(|(&c, _)| c)
            .collect();
        set.sort_unstable();
        let h = set.iter().fold(0x1234u64, |h, &c| mix(h, c as u64));
        lexicon.insert(k, h);
    }
    log(&format!(
        "tagger: {} classes, {} words in the tag dictionary, {} in the lexicon",
        tags.len(),
        tagdict.len(),
        lexicon.len()
    ));
    let nc = tags.len();
    let mut p = Perceptron::new(nc);
    let mut stop = EarlyStopping::new(opts.patience);
    let mut best: Option<Tagger> = None;
    let mut buf = String::new();
    let mut toks = Vec::new();
    let mut feats = Vec::new();
    let mut amb = Vec::new();
    let mut scores = vec![0f32; nc];
    for epoch in 0..opts.max_epochs.max(1) {
        let mut acc = Accuracy::default();
        for si in shuffled_indices(train.len(), opts.seed.wrapping_add(epoch as u64)) {
            let s = &train[si];
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            prepare(&words, &mut buf, &mut toks);
            ambiguity(&lexicon, &toks, &mut amb);
            let mut prev: Vec<u16> = Vec::with_capacity(words.len());
            for i in 0..toks.len() {
                let truth = gold[si][i];
                if tagdict.get(&toks[i].form) == Some(&truth) {
                    prev.push(truth);
                    continue;
                }
                let p1 = tag_key(i.checked_sub(1).map(|j| prev[j]));
                let p2 = tag_key(i.checked_sub(2).map(|j| prev[j]));
                features(&toks, &amb, i, p1, p2, &mut feats);
                scores.iter_mut().for_each(|x| *x = 0.0);
                p.score(&feats, &mut scores);
                let guess = argmax(&scores, |_| true).unwrap_or(0);
                p.learn(&feats, truth as usize, guess);
                p.tick();
                acc.add(guess == truth as usize);
                prev.push(guess as u16);
            }
        }
        let t = Tagger {
            model: p.to_model(opts.prune),
            tags: tags.clone(),
            tagdict: tagdict.clone(),
            lexicon: lexicon.clone(),
            id: sitrep_learn::model_id(),
        };
        let (u, x) = evaluate(&t, dev);
        log(&format!(
            "tagger epoch {}: train acc {:.2}, dev UPOS {:.2} XPOS {:.2}, {} features",
            epoch + 1,
            acc.percent(),
            u.percent(),
            x.percent(),
            t.model.n_features()
        ));
        match stop.observe(u.value() + x.value()) {
            Verdict::Improved => best = Some(t),
            Verdict::Continue => {}
            Verdict::Stop => break,
        }
    }
    best.unwrap_or_else(|| Tagger {
        model: p.to_model(opts.prune),
        tags,
        tagdict,
        lexicon,
        id: sitrep_learn::model_id(),
    })
}
