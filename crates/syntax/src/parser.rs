//! Greedy arc-hybrid dependency parser with a dynamic oracle (Goldberg & Nivre 2013),
//! and a relation labeller run as each arc is made.
//!
//! Words are numbered `1..=n`, `0` is the root, which sits at the bottom of the stack.
//! Moves: SHIFT (`b0` onto the stack), LEFT (`b0 → s0`, pop), RIGHT (`s1 → s0`, pop).
//! RIGHT onto the root is allowed only when the buffer is empty, so every tree has one
//! root. The relation of each arc is predicted when the arc is made, from the words and
//! tags of both ends and around them, and the tree built so far (the dependent's
//! children, complete by then, and the head's other children).

use crate::features::{prepare, Tok, PAD, ROOT};
use crate::tagger::{Tagger, TrainOptions};
use sitrep_learn::codec::{DecodeError, Reader, Writer};
use sitrep_learn::conllu::Sentence;
use sitrep_learn::hash::{feat, feat2, feat3, mix, IdBuildHasher};
use sitrep_learn::metrics::Accuracy;
use sitrep_learn::rng::{shuffled_indices, Rng};
use sitrep_learn::{argmax, EarlyStopping, Model, Perceptron, Verdict};
use std::collections::HashMap;

const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const NONE: u32 = u32::MAX;
const NO_LABEL: u16 = u16::MAX;

/// A trained parser.
#[derive(Clone, Debug)]
pub struct Parser {
    moves: Model,
    labels: Vec<String>,
    labeller: Model,
    root_label: usize,
    /// Which parser this is, for the [`RoleCache`] (a clone shares it: same weights).
    id: u64,
}

/// The move model's summed weights of the features that read one position's word and
/// tag alone ([`role_features`]), per `(word, tag)` pair and role, so that they are looked
/// up once per pair, not at every move. Keyed by the pair's hash (64 bits, like the
/// features), for one parser at a time, in the thread that parses; emptied when it holds
/// [`ROLE_CACHE_MAX`] pairs. Integer sums are exact: the parses are the same with or
/// without it.
#[derive(Default)]
struct RoleCache {
    index: HashMap<u64, u32, IdBuildHasher>,
    sums: Vec<[[i32; 3]; N_ROLES]>,
    /// The entry of each position of the sentence being parsed (0: the root).
    at: Vec<u32>,
    feats: Vec<u64>,
}

/// At most this many pairs (about 2 MB).
const ROLE_CACHE_MAX: usize = 1 << 14;

thread_local! {
    static ROLES: std::cell::RefCell<sitrep_learn::Owned<RoleCache>> =
        std::cell::RefCell::new(sitrep_learn::Owned::default());
}

impl sitrep_learn::ModelCache for RoleCache {
    fn entries(&self) -> usize {
        self.sums.len()
    }
    fn forget(&mut self) {
        self.index.clear();
        self.sums.clear();
    }
}

impl RoleCache {
    /// The entry of the word `w` with tag `t`, added if new.
    fn entry(&mut self, moves: &Model, w: u64, t: u64) -> u32 {
        let key = mix(w, t);
        if let Some(&e) = self.index.get(&key) {
            return e;
        }
        let mut sums = [[0i32; 3]; N_ROLES];
        for (r, s) in sums.iter_mut().enumerate() {
            self.feats.clear();
            role_features(r, w, t, &mut self.feats);
            moves.score(&self.feats, s);
        }
        let e = self.sums.len() as u32;
        self.sums.push(sums);
        self.index.insert(key, e);
        e
    }
}

/// Parser state, reused across sentences.
#[derive(Default, Debug)]
pub struct ParseState {
    n: usize,
    stack: Vec<u32>,
    b: usize,
    heads: Vec<u32>,
    lmost: Vec<u32>,
    rmost: Vec<u32>,
    lmost2: Vec<u32>,
    rmost2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Relation of each attached word (`NO_LABEL` until attached).
    rels: Vec<u16>,
    /// Bit sets of the relations of the left and right children of each word.
    lset: Vec<u64>,
    rset: Vec<u64>,
    feats: Vec<u64>,
    iscores: Vec<i32>,
    children: Vec<Vec<u32>>,
}

impl ParseState {
    fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [
            &mut self.heads,
            &mut self.lmost,
            &mut self.rmost,
            &mut self.lmost2,
            &mut self.rmost2,
        ] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(n + 1, 0);
        }
        self.rels.clear();
        self.rels.resize(n + 1, NO_LABEL);
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(n + 1, 0);
        }
        self.children.iter_mut().for_each(Vec::clear);
        self.children.resize_with(n + 1, Vec::new);
    }

    /// The `j`-th word from the top of the stack ([`NONE`] past its bottom).
    #[inline]
    fn s(&self, j: usize) -> u32 {
        let k = self.stack.len();
        if j < k {
            self.stack[k - 1 - j]
        } else {
            NONE
        }
    }

    /// The `j`-th word of the buffer ([`NONE`] past its end).
    #[inline]
    fn buf(&self, j: usize) -> u32 {
        if self.b + j <= self.n {
            (self.b + j) as u32
        } else {
            NONE
        }
    }

    /// `v[i]` (a child of `i`), [`NONE`] for no word.
    #[inline]
    fn child(&self, v: &[u32], i: u32) -> u32 {
        if i == NONE {
            NONE
        } else {
            v[i as usize]
        }
    }

    fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() <= 1
    }

    fn valid(&self, m: usize) -> bool {
        let buffer = self.b <= self.n;
        let k = self.stack.len();
        match m {
            SHIFT => buffer,
            LEFT => buffer && k >= 1 && self.stack[k - 1] != 0,
            _ => k >= 2 && (self.stack[k - 2] != 0 || !buffer),
        }
    }

    /// The only valid move, when there is one (an empty buffer leaves RIGHT, a stack
    /// holding only the root leaves SHIFT): no need to score.
    #[inline]
    fn forced(&self) -> Option<usize> {
        if self.b > self.n {
            Some(RIGHT)
        } else if self.stack.len() == 1 {
            Some(SHIFT)
        } else {
            None
        }
    }

    /// Applies a move; returns the arc `(head, dependent)` it made, if any.
    fn apply(&mut self, m: usize) -> Option<(u32, u32)> {
        match m {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
                None
            }
            LEFT => {
                let d = self.stack.pop().unwrap();
                let h = self.b as u32;
                self.arc(h, d);
                Some((h, d))
            }
            _ => {
                let d = self.stack.pop().unwrap();
                let h = *self.stack.last().unwrap();
                self.arc(h, d);
                Some((h, d))
            }
        }
    }

    fn set_label(&mut self, h: u32, d: u32, l: u16) {
        self.rels[d as usize] = l;
        let bit = 1u64 << (l % 64);
        if d < h {
            self.lset[h as usize] |= bit;
        } else {
            self.rset[h as usize] |= bit;
        }
    }

    fn arc(&mut self, h: u32, d: u32) {
        self.heads[d as usize] = h;
        self.children[h as usize].push(d);
        let hi = h as usize;
        if d < h {
            self.nl[hi] = self.nl[hi].saturating_add(1);
            if self.lmost[hi] == NONE || d < self.lmost[hi] {
                self.lmost2[hi] = self.lmost[hi];
                self.lmost[hi] = d;
            } else if self.lmost2[hi] == NONE || d < self.lmost2[hi] {
                self.lmost2[hi] = d;
            }
        } else {
            self.nr[hi] = self.nr[hi].saturating_add(1);
            if self.rmost[hi] == NONE || d > self.rmost[hi] {
                self.rmost2[hi] = self.rmost[hi];
                self.rmost[hi] = d;
            } else if self.rmost2[hi] == NONE || d > self.rmost2[hi] {
                self.rmost2[hi] = d;
            }
        }
    }

    /// Gold arcs lost by each move (the dynamic oracle); `gold[d]` is the head of `d`.
    fn cost(&self, m: usize, gold: &[u32]) -> u32 {
        let k = self.stack.len();
        let n = self.n;
        let b0 = self.b;
        match m {
            SHIFT => {
                let s0 = self.stack[k - 1];
                let mut c = 0;
                for &x in &self.stack {
                    if x != s0 && gold[b0] == x {
                        c += 1;
                    }
                    if x != 0 && gold[x as usize] == b0 as u32 {
                        c += 1;
                    }
                }
                c
            }
            LEFT | RIGHT => {
                let s0 = self.stack[k - 1] as usize;
                let s1 = if k >= 2 { self.stack[k - 2] } else { NONE };
                let h = gold[s0];
                let mut c = 0;
                let in_buffer = |x: u32| x != NONE && (x as usize) >= b0 && (x as usize) <= n;
                if m == LEFT {
                    if h != b0 as u32 && (h == s1 || (in_buffer(h) && h as usize > b0)) {
                        c += 1;
                    }
                } else if h != s1 && in_buffer(h) {
                    c += 1;
                }
                c + gold[b0..=n].iter().filter(|&&g| g == s0 as u32).count() as u32
            }
            _ => u32::MAX,
        }
    }
}

fn tag_of(tags: &[u16], i: u32) -> u64 {
    match i {
        NONE => PAD,
        0 => ROOT,
        _ => tags[i as usize - 1] as u64 + 1,
    }
}

fn word_of(toks: &[Tok], i: u32) -> u64 {
    match i {
        NONE => PAD,
        0 => ROOT,
        _ => toks[i as usize - 1].lower,
    }
}

/// Every feature of a parser state.
fn move_features(st: &ParseState, toks: &[Tok], tags: &[u16], out: &mut Vec<u64>) {
    out.clear();
    for (r, &i) in role_positions(st).iter().enumerate() {
        role_features(r, word_of(toks, i), tag_of(tags, i), out);
    }
    pair_move_features(st, toks, tags, out);
}

/// Roles of the positions whose own word and tag are features of a state.
const N_ROLES: usize = 10;

/// The positions whose own word and tag are features of a state, one per role:
/// `s0, b0, b1, b2, s1, s2`, the leftmost and rightmost children of `s0`, the leftmost
/// child of `b0` and the rightmost of `s1` ([`NONE`] where there is none).
fn role_positions(st: &ParseState) -> [u32; N_ROLES] {
    let (s0, s1, b0) = (st.s(0), st.s(1), st.buf(0));
    [
        s0,
        b0,
        st.buf(1),
        st.buf(2),
        s1,
        st.s(2),
        st.child(&st.lmost, s0),
        st.child(&st.rmost, s0),
        st.child(&st.lmost, b0),
        st.child(&st.rmost, s1),
    ]
}

/// The features that read one position's word `w` and tag `t` alone, for role `r` (see
/// [`role_positions`]).
fn role_features(r: usize, w: u64, t: u64, out: &mut Vec<u64>) {
    match r {
        0 => out.extend_from_slice(&[feat(1, w), feat(2, t), feat(3, mix(w, t))]),
        1 => out.extend_from_slice(&[feat(4, w), feat(5, t), feat(6, mix(w, t))]),
        2 => out.extend_from_slice(&[feat(7, w), feat(8, t), feat(9, mix(w, t))]),
        3 => out.push(feat(10, t)),
        4 => out.extend_from_slice(&[feat(11, w), feat(12, t), feat(13, mix(w, t))]),
        5 => out.push(feat(14, t)),
        6 => out.extend_from_slice(&[feat(39, w), feat(40, t)]),
        7 => out.extend_from_slice(&[feat(41, w), feat(42, t)]),
        8 => out.extend_from_slice(&[feat(43, w), feat(44, t)]),
        _ => out.push(feat(45, t)),
    }
}

/// The features that combine positions, or read the tree built so far.
fn pair_move_features(st: &ParseState, toks: &[Tok], tags: &[u16], out: &mut Vec<u64>) {
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1, b2) = (st.buf(0), st.buf(1), st.buf(2));
    let child = |v: &Vec<u32>, i: u32| st.child(v, i);
    let s0l = child(&st.lmost, s0);
    let s0r = child(&st.rmost, s0);
    let b0l = child(&st.lmost, b0);
    let s1r = child(&st.rmost, s1);
    let s0l2 = child(&st.lmost2, s0);
    let s0r2 = child(&st.rmost2, s0);
    let b0l2 = child(&st.lmost2, b0);
    let w = |i| word_of(toks, i);
    let t = |i| tag_of(tags, i);
    let (s0w, s0t, b0w, b0t) = (w(s0), t(s0), w(b0), t(b0));
    let (s1w, s1t, b1t) = (w(s1), t(s1), t(b1));
    let s0wt = mix(s0w, s0t);
    let b0wt = mix(b0w, b0t);
    let dist = if s0 == NONE || b0 == NONE {
        0
    } else {
        match b0 - s0 {
            d @ 0..=4 => d as u64,
            5..=7 => 5,
            _ => 6,
        }
    };
    let d10 = if s0 == NONE || s1 == NONE {
        0
    } else {
        match s0 - s1 {
            d @ 0..=4 => d as u64,
            5..=7 => 5,
            _ => 6,
        }
    };
    let lab = |i: u32| -> u64 {
        if i == NONE || i == 0 {
            PAD
        } else {
            st.rels[i as usize] as u64
        }
    };
    let set = |v: &Vec<u64>, i: u32| -> u64 {
        if i == NONE {
            PAD
        } else {
            v[i as usize]
        }
    };
    let val = |v: &Vec<u8>, i: u32| if i == NONE { 9 } else { v[i as usize] as u64 };
    let (s0vl, s0vr, b0vl) = (val(&st.nl, s0), val(&st.nr, s0), val(&st.nl, b0));
    out.extend_from_slice(&[
        feat(0, 0),
        feat2(15, s0wt, b0wt),
        feat2(16, s0wt, b0w),
        feat2(17, s0w, b0wt),
        feat2(18, s0wt, b0t),
        feat2(19, s0t, b0wt),
        feat2(20, s0w, b0w),
        feat2(21, s0t, b0t),
        feat2(22, b0t, b1t),
        feat3(23, b0t, b1t, t(b2)),
        feat3(24, s0t, b0t, b1t),
        feat3(25, s1t, s0t, b0t),
        feat3(26, s0t, t(s0l), b0t),
        feat3(27, s0t, t(s0r), b0t),
        feat3(28, s0t, b0t, t(b0l)),
        feat3(29, s1t, s0t, t(s0l)),
        feat3(30, s1t, t(s1r), s0t),
        feat2(31, s0w, dist),
        feat2(32, s0t, dist),
        feat2(33, b0w, dist),
        feat2(34, b0t, dist),
        feat3(35, s0t, b0t, dist),
        feat2(36, s0wt, s0vl),
        feat2(37, s0wt, s0vr),
        feat2(38, b0wt, b0vl),
        feat2(46, s1w, s0w),
        feat3(47, s1t, s0t, t(s2)),
        feat2(48, s1wt(s1w, s1t), s0t),
        feat3(49, s0t, b0t, t(s1)),
        feat3(50, s0t, t(s0l), t(s0l2)),
        feat3(51, s0t, t(s0r), t(s0r2)),
        feat3(52, b0t, t(b0l), t(b0l2)),
        feat2(53, mix(s1w, s1t), b0t),
        feat2(54, s1t, b0wt),
        feat2(55, s1t, b0t),
        feat3(56, s1t, s0t, d10),
        feat3(57, s0t, b0t, mix(s0vl, s0vr)),
        feat2(58, s0wt, b1t),
        feat2(59, s0t, lab(s0l)),
        feat2(60, s0t, lab(s0r)),
        feat2(61, b0t, lab(b0l)),
        feat2(62, s1t, lab(s1r)),
        feat3(63, s0t, lab(s0l), lab(s0l2)),
        feat3(64, s0t, lab(s0r), lab(s0r2)),
        feat3(65, b0t, lab(b0l), lab(b0l2)),
        feat2(66, s0wt, set(&st.lset, s0)),
        feat2(67, s0wt, set(&st.rset, s0)),
        feat2(68, b0wt, set(&st.lset, b0)),
        feat3(69, s0t, b0t, set(&st.rset, s0)),
    ]);
}

#[inline]
fn s1wt(w: u64, t: u64) -> u64 {
    mix(w, t)
}

fn label_features(
    d: u32,
    heads: &[u32],
    children: &[Vec<u32>],
    rels: &[u16],
    toks: &[Tok],
    tags: &[u16],
    out: &mut Vec<u64>,
) {
    out.clear();
    let h = heads[d as usize];
    let w = |i| word_of(toks, i);
    let t = |i| tag_of(tags, i);
    let (dw, dt, hw, ht) = (w(d), t(d), w(h), t(h));
    let right = (d > h) as u64;
    let dist = (d as i64 - h as i64).unsigned_abs();
    let db = match dist {
        0..=3 => dist,
        4..=6 => 4,
        _ => 5,
    };
    let g = if h == 0 { NONE } else { heads[h as usize] };
    let suf = |i: u32| {
        if i == 0 || i == NONE {
            PAD
        } else {
            toks[i as usize - 1].suf[2]
        }
    };
    let prev = if d > 1 { d - 1 } else { NONE };
    let next = if (d as usize) < toks.len() {
        d + 1
    } else {
        NONE
    };
    out.extend_from_slice(&[
        feat(100, 0),
        feat(101, dw),
        feat(102, dt),
        feat(103, hw),
        feat(104, ht),
        feat2(105, dt, ht),
        feat3(106, dt, ht, right),
        feat2(107, right, db),
        feat2(108, dw, ht),
        feat2(109, dt, hw),
        feat2(110, dw, hw),
        feat(111, t(g)),
        feat3(112, dt, t(g), ht),
        feat(113, suf(d)),
        feat2(114, dt, t(prev)),
        feat2(115, dt, t(next)),
        feat3(116, dt, right, db),
        feat2(117, dt, children[d as usize].len().min(4) as u64),
        feat2(118, ht, suf(h)),
    ]);
    // Both ends with the direction, the words beside the dependent, the tags beside
    // both ends.
    let hn = if (h as usize) < toks.len() {
        h + 1
    } else {
        NONE
    };
    let hp = if h > 1 { h - 1 } else { NONE };
    out.extend_from_slice(&[
        feat3(125, dw, ht, right),
        feat3(126, dt, hw, right),
        feat2(127, dt, w(next)),
        feat2(128, dt, w(prev)),
        feat3(129, dt, ht, t(next)),
        feat3(130, dt, ht, t(prev)),
        feat3(131, dt, ht, t(hn)),
        feat3(132, dt, ht, t(hp)),
    ]);
    for &c in &children[d as usize] {
        let side = (c > d) as u64;
        out.push(feat2(119, w(c), side));
        out.push(feat3(120, t(c), dt, side));
        out.push(feat3(123, rels[c as usize] as u64, side, right));
    }
    for &s in &children[h as usize] {
        if s != d {
            let side = (s > d) as u64;
            out.push(feat3(121, w(s), side, right));
            out.push(feat3(122, t(s), dt, side));
            out.push(feat3(124, rels[s as usize] as u64, side, dt));
        }
    }
}

impl Parser {
    /// A copy without weights under `min_abs` quanta (see [`Model::pruned`]).
    pub fn pruned(&self, min_abs: i16) -> Parser {
        Parser {
            moves: self.moves.pruned(min_abs),
            labels: self.labels.clone(),
            labeller: self.labeller.pruned(min_abs),
            root_label: self.root_label,
            id: sitrep_learn::model_id(),
        }
    }

    /// The mean of parsers trained on the same data with other seeds (one-shot parameter
    /// mixing, McDonald et al. 2010): one model of the same size per feature and the same
    /// speed, less dependent on the luck of one run.
    pub fn mixed(ps: &[&Parser]) -> Parser {
        let moves: Vec<&Model> = ps.iter().map(|p| &p.moves).collect();
        let labeller: Vec<&Model> = ps.iter().map(|p| &p.labeller).collect();
        Parser {
            moves: Model::mixed(&moves),
            labels: ps[0].labels.clone(),
            labeller: Model::mixed(&labeller),
            root_label: ps[0].root_label,
            id: sitrep_learn::model_id(),
        }
    }

    /// Features kept by the move and the relation models.
    pub fn n_features(&self) -> (usize, usize) {
        (self.moves.n_features(), self.labeller.n_features())
    }

    /// The memory layouts of the move and the relation models.
    pub fn layouts(&self) -> [sitrep_learn::perceptron::Layout; 2] {
        [self.moves.layout(), self.labeller.layout()]
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Parses one tagged sentence. `tags` are tagger classes; returns for each word its
    /// head (`0` = root, else 1-based) and relation index (see [`Parser::labels`]).
    pub fn parse_prepared(
        &self,
        toks: &[Tok],
        tags: &[u16],
        st: &mut ParseState,
        heads: &mut Vec<u32>,
        rels: &mut Vec<u16>,
    ) {
        let n = toks.len();
        st.reset(n);
        let mut scores = std::mem::take(&mut st.iscores);
        let mut feats = std::mem::take(&mut st.feats);
        sitrep_learn::with_model_cache(&ROLES, self.id, ROLE_CACHE_MAX, |rc| {
            let none = rc.entry(&self.moves, PAD, PAD);
            rc.at.clear();
            let root = rc.entry(&self.moves, ROOT, ROOT);
            rc.at.push(root);
            for (t, &g) in toks.iter().zip(tags) {
                let e = rc.entry(&self.moves, t.lower, g as u64 + 1);
                rc.at.push(e);
            }
            self.run(toks, tags, st, rc, none, &mut scores, &mut feats);
        });
        heads.clear();
        heads.extend(st.heads[1..].iter().map(|&h| if h == NONE { 0 } else { h }));
        rels.clear();
        rels.extend(st.rels[1..].iter().map(|&r| {
            if r == NO_LABEL {
                self.root_label as u16
            } else {
                r
            }
        }));
        st.iscores = scores;
        st.feats = feats;
    }

    /// The moves of one sentence, with `rc` holding the role weights of its positions.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &self,
        toks: &[Tok],
        tags: &[u16],
        st: &mut ParseState,
        rc: &RoleCache,
        none: u32,
        scores: &mut Vec<i32>,
        feats: &mut Vec<u64>,
    ) {
        let nl = self.labels.len();
        while !st.terminal() {
            let m = match st.forced() {
                Some(m) => m,
                None => {
                    feats.clear();
                    pair_move_features(st, toks, tags, feats);
                    scores.clear();
                    scores.resize(3, 0);
                    for (r, &i) in role_positions(st).iter().enumerate() {
                        let e = if i == NONE { none } else { rc.at[i as usize] };
                        for (s, &v) in scores.iter_mut().zip(&rc.sums[e as usize][r]) {
                            *s += v;
                        }
                    }
                    self.moves.score(feats, scores);
                    argmax(scores, |m| st.valid(m)).unwrap_or(SHIFT)
                }
            };
            if let Some((h, d)) = st.apply(m) {
                let r = if h == 0 {
                    self.root_label
                } else {
                    label_features(d, &st.heads, &st.children, &st.rels, toks, tags, feats);
                    scores.clear();
                    scores.resize(nl, 0);
                    self.labeller.score(feats, scores);
                    argmax(scores, |c| c != self.root_label).unwrap_or(0)
                };
                st.set_label(h, d, r as u16);
            }
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        w.usize(self.root_label);
        self.moves.write_compact(w);
        self.labeller.write_compact(w);
    }

    pub fn read(r: &mut Reader) -> Result<Parser, DecodeError> {
        let labels = r.strs()?;
        let root_label = r.usize()?;
        let moves = Model::read(r)?;
        let labeller = Model::read(r)?;
        if moves.n_classes() != 3
            || labeller.n_classes() != labels.len()
            || root_label >= labels.len()
        {
            return Err(DecodeError("parser model shapes do not match".into()));
        }
        Ok(Parser {
            moves,
            labels,
            labeller,
            root_label,
            id: sitrep_learn::model_id(),
        })
    }
}

/// UAS and LAS of a parser on gold sentences, with tags from `tagger`.
pub fn evaluate(tagger: &Tagger, parser: &Parser, gold: &[Sentence]) -> (Accuracy, Accuracy) {
    let mut buf = String::new();
    let mut toks = Vec::new();
    let mut tags = Vec::new();
    let mut st = ParseState::default();
    let (mut feats, mut scores, mut amb) = (Vec::new(), Vec::new(), Vec::new());
    let (mut heads, mut rels) = (Vec::new(), Vec::new());
    let (mut uas, mut las) = (Accuracy::default(), Accuracy::default());
    for s in gold {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        prepare(&words, &mut buf, &mut toks);
        tagger.tag_prepared(&toks, &mut feats, &mut scores, &mut amb, &mut tags);
        parser.parse_prepared(&toks, &tags, &mut st, &mut heads, &mut rels);
        for (i, w) in s.words.iter().enumerate() {
            let hu = heads[i] as usize == w.head;
            uas.add(hu);
            las.add(hu && parser.labels[rels[i] as usize] == w.deprel);
        }
    }
    (uas, las)
}

struct Example {
    toks: Vec<Tok>,
    tags: Vec<u16>,
    gold_heads: Vec<u32>,
    gold_rels: Vec<u16>,
}

/// Trains the parser on `train` with tags predicted by `tagger`, keeping the epoch with
/// the best dev LAS.
pub fn train(
    tagger: &Tagger,
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Parser {
    let mut label_of: HashMap<String, u16> = HashMap::new();
    let mut labels: Vec<String> = Vec::new();
    let mut buf = String::new();
    let (mut feats, mut iscores, mut amb) = (Vec::new(), Vec::new(), Vec::new());
    // Tags for training: jackknifed (each fold tagged by a tagger trained on the others)
    // so that the parser learns from tags as noisy as the ones it will see.
    let folds = opts.jackknife.max(1);
    let fold_taggers: Vec<Option<Tagger>> = (0..folds)
        .map(|k| {
            if folds == 1 {
                return None;
            }
            let rest: Vec<Sentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != k)
                .map(|(_, s)| s.clone())
                .collect();
            let o = TrainOptions {
                max_epochs: 6,
                patience: 2,
                ..opts.clone()
            };
            log(&format!("parser: jackknife tagger {}/{folds}", k + 1));
            Some(crate::tagger::train(&rest, dev, &o, &mut |_| {}))
        })
        .collect();
    let mut examples = Vec::with_capacity(train.len());
    for (si, s) in train.iter().enumerate() {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let mut toks = Vec::new();
        prepare(&words, &mut buf, &mut toks);
        let mut tags = Vec::new();
        match &fold_taggers[si % folds] {
            None => tagger.tag_prepared(&toks, &mut feats, &mut iscores, &mut amb, &mut tags),
            Some(ft) => {
                ft.tag_prepared(&toks, &mut feats, &mut iscores, &mut amb, &mut tags);
                for t in tags.iter_mut() {
                    let (u, x) = ft.tag(*t);
                    *t = tagger.class_of(u, x).unwrap_or(0);
                }
            }
        }
        let n = s.words.len();
        let mut gold_heads = vec![0u32; n + 1];
        let mut gold_rels = vec![0u16; n + 1];
        let mut ok = true;
        for (i, w) in s.words.iter().enumerate() {
            if w.head > n {
                ok = false;
            }
            gold_heads[i + 1] = w.head as u32;
            let next = labels.len() as u16;
            let r = *label_of.entry(w.deprel.clone()).or_insert(next);
            if r == next {
                labels.push(w.deprel.clone());
            }
            gold_rels[i + 1] = r;
        }
        if ok {
            examples.push(Example {
                toks,
                tags,
                gold_heads,
                gold_rels,
            });
        }
    }
    let root_label = match label_of.get("root") {
        Some(&r) => r as usize,
        None => {
            labels.push("root".into());
            labels.len() - 1
        }
    };
    log(&format!(
        "parser: {} sentences, {} relations",
        examples.len(),
        labels.len()
    ));
    let runs = opts.mix.max(1);
    let parsers: Vec<Parser> = (0..runs as u64)
        .map(|k| {
            if runs > 1 {
                log(&format!(
                    "parser: run {}/{runs} (seed {})",
                    k + 1,
                    opts.seed + k
                ));
            }
            train_run(
                tagger,
                &examples,
                dev,
                &labels,
                root_label,
                opts.seed.wrapping_add(k),
                opts,
                log,
            )
        })
        .collect();
    if parsers.len() == 1 {
        return parsers.into_iter().next().expect("one run");
    }
    let refs: Vec<&Parser> = parsers.iter().collect();
    let p = Parser::mixed(&refs);
    let (u, l) = evaluate(tagger, &p, dev);
    log(&format!(
        "parser: mean of {runs} runs: dev UAS {:.2} LAS {:.2}, {}+{} features",
        u.percent(),
        l.percent(),
        p.moves.n_features(),
        p.labeller.n_features()
    ));
    p
}

/// One training run (the epochs, early stopping on dev LAS) with its own seed.
#[allow(clippy::too_many_arguments)]
fn train_run(
    tagger: &Tagger,
    examples: &[Example],
    dev: &[Sentence],
    labels: &[String],
    root_label: usize,
    seed: u64,
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Parser {
    let nl = labels.len();
    let mut feats = Vec::new();
    let mut moves = Perceptron::new(3);
    let mut labeller = Perceptron::new(nl);
    let mut stop = EarlyStopping::new(opts.patience);
    let mut best: Option<Parser> = None;
    let mut st = ParseState::default();
    let mut rng = Rng::new(seed ^ 0xA5A5);
    let mut lscores = vec![0f32; nl];
    let mut last: Option<Parser> = None;
    for epoch in 0..opts.max_epochs.max(1) {
        let mut acc = Accuracy::default();
        for ei in shuffled_indices(examples.len(), seed.wrapping_add(epoch as u64)) {
            let ex = &examples[ei];
            st.reset(ex.toks.len());
            let mut fs = [0f32; 3];
            while !st.terminal() {
                move_features(&st, &ex.toks, &ex.tags, &mut feats);
                fs = [0.0; 3];
                moves.score(&feats, &mut fs);
                let guess = argmax(&fs, |m| st.valid(m)).unwrap_or(SHIFT);
                let costs: [u32; 3] = std::array::from_fn(|m| {
                    if st.valid(m) {
                        st.cost(m, &ex.gold_heads)
                    } else {
                        u32::MAX
                    }
                });
                let min = *costs.iter().min().unwrap();
                let best_gold = argmax(&fs, |m| costs[m] == min).unwrap_or(SHIFT);
                acc.add(costs[guess] == min);
                if costs[guess] != min {
                    moves.learn(&feats, best_gold, guess);
                }
                moves.tick();
                let follow = if epoch > 0 && rng.unit() < 0.9 {
                    guess
                } else {
                    best_gold
                };
                if let Some((h, d)) = st.apply(follow) {
                    // The relation, predicted as the arc is made; learned on gold arcs.
                    let r = if h == 0 {
                        root_label
                    } else {
                        label_features(
                            d,
                            &st.heads,
                            &st.children,
                            &st.rels,
                            &ex.toks,
                            &ex.tags,
                            &mut feats,
                        );
                        lscores.iter_mut().for_each(|x| *x = 0.0);
                        labeller.score(&feats, &mut lscores);
                        let guess = argmax(&lscores, |c| c != root_label).unwrap_or(0);
                        if h == ex.gold_heads[d as usize] {
                            labeller.learn(&feats, ex.gold_rels[d as usize] as usize, guess);
                            labeller.tick();
                        }
                        guess
                    };
                    st.set_label(h, d, r as u16);
                }
            }
            let _ = fs;
        }
        let p = Parser {
            moves: moves.to_model(opts.prune),
            labels: labels.to_vec(),
            labeller: labeller.to_model(opts.prune),
            root_label,
            id: sitrep_learn::model_id(),
        };
        let (u, l) = evaluate(tagger, &p, dev);
        log(&format!(
            "parser epoch {}: oracle-move acc {:.2}, dev UAS {:.2} LAS {:.2}, {}+{} features",
            epoch + 1,
            acc.percent(),
            u.percent(),
            l.percent(),
            p.moves.n_features(),
            p.labeller.n_features()
        ));
        match stop.observe(l.value()) {
            Verdict::Improved => best = Some(p),
            Verdict::Continue => last = Some(p),
            Verdict::Stop => break,
        }
    }
    best.or(last).expect("at least one epoch")
}
