//! Multi-class averaged perceptron over sparse hashed features.
//!
//! [`Perceptron`] is the trainer: a feature key (`u64`, see [`crate::hash`]) maps to a
//! dense row of one weight per class, allocated the first time the feature is updated.
//! Averaging uses the "lazy" trick (Daumé 2006): each weight keeps `w` and the sum `u` of
//! `t·Δ` of its updates, and the average at clock `t` is `w − u/t`; no per-step work.
//!
//! [`Model`] is the frozen result: averaged, pruned and quantized to `i16` rows in an
//! open-addressing table, scored with integer adds (a row per feature, contiguous),
//! serialized compactly ([`Model::to_bytes`], deflated, a few MB at most).

use crate::codec::{self, DecodeError, Reader, Writer};
use crate::hash::IdBuildHasher;
use std::collections::HashMap;

/// The trainer.
#[derive(Clone, Debug)]
pub struct Perceptron {
    n_classes: usize,
    index: HashMap<u64, u32, IdBuildHasher>,
    w: Vec<f32>,
    u: Vec<f64>,
    clock: u64,
}

impl Perceptron {
    pub fn new(n_classes: usize) -> Perceptron {
        Perceptron {
            n_classes,
            index: HashMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            clock: 1,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Features that have a weight row.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Adds the current (not averaged) weights of `feats` into `scores` (`n_classes` long).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        let nc = self.n_classes;
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let row = &self.w[r as usize * nc..(r as usize + 1) * nc];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += *w;
                }
            }
        }
    }

    /// Best class by current weights, among those `allowed` (ties: lowest index).
    pub fn predict(&self, feats: &[u64], allowed: impl Fn(usize) -> bool) -> Option<usize> {
        let mut scores = vec![0f32; self.n_classes];
        self.score(feats, &mut scores);
        argmax(&scores, allowed)
    }

    fn row(&mut self, f: u64) -> usize {
        let nc = self.n_classes;
        let next = self.index.len() as u32;
        let r = *self.index.entry(f).or_insert(next);
        if r == next {
            self.w.resize(self.w.len() + nc, 0.0);
            self.u.resize(self.u.len() + nc, 0.0);
        }
        r as usize * nc
    }

    /// Adds `delta` to the weight of `class` for every feature in `feats`.
    pub fn update(&mut self, feats: &[u64], class: usize, delta: f32) {
        assert!(class < self.n_classes, "class out of range");
        let t = self.clock as f64;
        for &f in feats {
            let i = self.row(f) + class;
            self.w[i] += delta;
            self.u[i] += t * delta as f64;
        }
    }

    /// The usual perceptron step: when `guess != truth`, +1 to `truth`, −1 to `guess`.
    pub fn learn(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth != guess {
            self.update(feats, truth, 1.0);
            self.update(feats, guess, -1.0);
        }
    }

    /// Advances the averaging clock: call once per training instance.
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// The averaged weights, frozen. Weights with `|w| < prune · max|w|` are dropped
    /// (0 keeps every non-zero weight), then rows with no weight left; the rest are
    /// quantized to `i16`.
    pub fn to_model(&self, prune: f32) -> Model {
        let nc = self.n_classes;
        let t = self.clock as f64;
        let avg: Vec<f32> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (w as f64 - u / t) as f32)
            .collect();
        let max = avg.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let cut = prune * max;
        let mut entries: Vec<(u64, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        entries.sort_unstable();
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        let mut row_q = vec![0i16; nc];
        for (k, r) in entries {
            let row = &avg[r as usize * nc..(r as usize + 1) * nc];
            let mut any = false;
            for (q, &w) in row_q.iter_mut().zip(row) {
                *q = if w.abs() < cut {
                    0
                } else {
                    (w / scale).round().clamp(-32767.0, 32767.0) as i16
                };
                any |= *q != 0;
            }
            if any {
                keys.push(k);
                weights.extend_from_slice(&row_q);
            }
        }
        Model::build(nc, scale, keys, weights)
    }
}

/// Index of the highest score among `allowed` classes (ties: lowest index).
pub fn argmax<T: PartialOrd + Copy>(
    scores: &[T],
    allowed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

const EMPTY: u32 = u32::MAX;

/// What [`Model::layout`] reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// `small`, `packed`, `sparse32` or `sparse64`.
    pub kind: &'static str,
    pub classes: usize,
    pub features: usize,
    /// Slots of the open-addressing table.
    pub slots: usize,
    /// Bytes a lookup may touch: the table and, for sparse layouts, the rows.
    pub table_bytes: usize,
    /// Non-zero weights per feature row.
    pub mean_nonzero: f64,
}

impl std::fmt::Display for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} classes, {} features ({:.1} non-zero each), {} layout, {} slots, {:.1} MiB",
            self.classes,
            self.features,
            self.mean_nonzero,
            self.kind,
            self.slots,
            self.table_bytes as f64 / (1 << 20) as f64
        )
    }
}

/// A frozen, quantized model: feature key → `i16` row of class weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    mask: usize,
    /// The rows, in key order (dense, `n_classes` weights each): what is written and pruned.
    keys: Vec<u64>,
    weights: Vec<i16>,
    /// Keys are 32-bit fingerprints (`key >> 32`): the compact file format.
    fp32: bool,
    /// For fingerprinted models of at most [`PACKED_CLASSES`] classes: key and weights in
    /// one 16-byte slot, so a lookup touches one cache line (the tables below are empty).
    packed: Vec<Packed>,
    /// For fingerprinted models of at most 3 classes: 8-byte slots, a 16-bit check of
    /// the fingerprint and the weights (the slot's place holds the other bits), half the
    /// memory of `packed` (keys of one probe run that share a check share a slot).
    small: Vec<Small>,
    /// Otherwise, an open-addressing table (linear probing) of 64-bit keys (`slots`) or
    /// fingerprints (`slots32`) to the start of the row's non-zero weights in `entries`.
    slots: Vec<Slot>,
    slots32: Vec<Slot32>,
    /// Sparse rows: a header (the row's length), then `(class, weight)` pairs. Most rows
    /// hold a few non-zero weights, so this is a fraction of the dense rows' memory.
    entries: Vec<Entry>,
}

/// Most classes a packed slot holds.
pub const PACKED_CLASSES: usize = 6;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, align(16))]
struct Packed {
    /// Fingerprint, at least 1; 0 marks a free slot.
    key: u32,
    w: [i16; PACKED_CLASSES],
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, align(8))]
struct Small {
    /// [`check`] of the fingerprint; 0 marks a free slot.
    check: u16,
    w: [i16; 3],
}

/// The 16 bits of a fingerprint that a [`Small`] slot keeps (never 0).
#[inline]
fn check(fp: u32) -> u16 {
    ((fp >> 16) as u16).max(1)
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Slot {
    key: u64,
    /// Index of the row's header in `entries`; `EMPTY` marks a free slot.
    start: u32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, align(8))]
struct Slot32 {
    key: u32,
    start: u32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
struct Entry {
    class: u16,
    w: i16,
}

#[inline]
fn slot_of(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

/// Building a table, the slot of the key this many places ahead is asked for while the
/// current key is placed (the slots are written in key order, at random places).
const BUILD_AHEAD: usize = 16;

/// A slot of an open-addressing table: free while its `start` is `EMPTY`.
trait Start: Copy {
    fn start(&self) -> u32;
}

impl Start for Slot {
    fn start(&self) -> u32 {
        self.start
    }
}

impl Start for Slot32 {
    fn start(&self) -> u32 {
        self.start
    }
}

/// An open-addressing table of `cap` slots (linear probing from `slot_of`) holding, for
/// each key, the start of its row; `make` builds a slot of the wanted width.
fn open_table<S: Start>(
    cap: usize,
    mask: usize,
    keys: &[u64],
    starts: &[u32],
    make: impl Fn(u64, u32) -> S,
) -> Vec<S> {
    let mut slots = table(cap, make(0, EMPTY));
    for (r, (&k, &s)) in keys.iter().zip(starts).enumerate() {
        if let Some(&ahead) = keys.get(r + BUILD_AHEAD) {
            prefetch(slots[slot_of(ahead, mask)..].as_ptr());
        }
        let mut i = slot_of(k, mask);
        while slots[i].start() != EMPTY {
            i = (i + 1) & mask;
        }
        slots[i] = make(k, s);
    }
    slots
}

/// A vector of `n` copies of `x`; on Linux its memory is first advised to be backed by
/// huge pages (the tables are probed at random, and 4 KiB pages make most probes a TLB
/// miss as well as a cache miss).
fn table<T: Clone>(n: usize, x: T) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = n * std::mem::size_of::<T>();
        if bytes >= HUGE {
            extern "C" {
                fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
            }
            const MADV_HUGEPAGE: i32 = 14;
            let p = v.as_mut_ptr() as usize;
            let a = (p + HUGE - 1) & !(HUGE - 1);
            let end = (p + bytes) & !(HUGE - 1);
            if end > a {
                // SAFETY: the range lies inside `v`'s allocation; the advice changes no
                // data and failure is harmless (the result is ignored).
                unsafe {
                    madvise(a as *mut std::ffi::c_void, end - a, MADV_HUGEPAGE);
                }
            }
        }
    }
    v.resize(n, x);
    v
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn prefetch<T>(p: *const T) {
    use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
    // SAFETY: a prefetch is only a hint and never faults.
    #[allow(unused_unsafe)]
    unsafe {
        _mm_prefetch(p.cast::<i8>(), _MM_HINT_T0)
    };
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn prefetch<T>(_: *const T) {}

/// Features scored per round of [`Model::score`]: their probes are all requested, then
/// their rows, before any is read.
const ROUND: usize = 64;

impl Model {
    fn build(n_classes: usize, scale: f32, keys: Vec<u64>, weights: Vec<i16>) -> Model {
        Model::build_with(n_classes, scale, keys, weights, false)
    }

    fn build_with(
        n_classes: usize,
        scale: f32,
        keys: Vec<u64>,
        weights: Vec<i16>,
        fp32: bool,
    ) -> Model {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut m = Model {
            n_classes,
            scale,
            mask,
            keys,
            weights,
            fp32,
            packed: Vec::new(),
            small: Vec::new(),
            slots: Vec::new(),
            slots32: Vec::new(),
            entries: Vec::new(),
        };
        if fp32 && n_classes <= 3 {
            let mut small = table(cap, Small::default());
            for (r, &k) in m.keys.iter().enumerate() {
                if let Some(&ahead) = m.keys.get(r + BUILD_AHEAD) {
                    prefetch(small[slot_of(ahead, mask)..].as_ptr());
                }
                let c = check(k as u32);
                let row = &m.weights[r * n_classes..(r + 1) * n_classes];
                let mut i = slot_of(k, mask);
                while small[i].check != 0 && small[i].check != c {
                    i = (i + 1) & mask;
                }
                // A key whose run already holds its check shares that slot (its weights
                // are added), as the compact format does with shared fingerprints.
                small[i].check = c;
                for (a, &w) in small[i].w.iter_mut().zip(row) {
                    *a = a.saturating_add(w);
                }
            }
            m.small = small;
            return m;
        }
        if fp32 && n_classes <= PACKED_CLASSES {
            let mut packed = table(cap, Packed::default());
            for (r, &k) in m.keys.iter().enumerate() {
                if let Some(&ahead) = m.keys.get(r + BUILD_AHEAD) {
                    prefetch(packed[slot_of((ahead as u32).max(1) as u64, mask)..].as_ptr());
                }
                let fp = (k as u32).max(1);
                let mut i = slot_of(fp as u64, mask);
                while packed[i].key != 0 {
                    i = (i + 1) & mask;
                }
                packed[i].key = fp;
                packed[i].w[..n_classes]
                    .copy_from_slice(&m.weights[r * n_classes..(r + 1) * n_classes]);
            }
            m.packed = packed;
            return m;
        }
        let nc = n_classes;
        let nz = m.weights.iter().filter(|&&w| w != 0).count();
        let mut entries = table(nz + m.keys.len(), Entry { class: 0, w: 0 });
        entries.clear();
        let mut starts = Vec::with_capacity(m.keys.len());
        for r in 0..m.keys.len() {
            let row = &m.weights[r * nc..(r + 1) * nc];
            starts.push(entries.len() as u32);
            let len = row.iter().filter(|&&w| w != 0).count() as u32;
            entries.push(Entry {
                class: len as u16,
                w: (len >> 16) as u16 as i16,
            });
            for (c, &w) in row.iter().enumerate() {
                if w != 0 {
                    entries.push(Entry { class: c as u16, w });
                }
            }
        }
        m.entries = entries;
        if fp32 {
            m.slots32 = open_table(cap, mask, &m.keys, &starts, |key, start| Slot32 {
                key: key as u32,
                start,
            });
        } else {
            m.slots = open_table(cap, mask, &m.keys, &starts, |key, start| Slot {
                key,
                start,
            });
        }
        m
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Features kept.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// How the frozen table is laid out in memory: what a lookup touches.
    pub fn layout(&self) -> Layout {
        let nz = self.weights.iter().filter(|&&w| w != 0).count();
        let (kind, table) = if !self.small.is_empty() {
            ("small", std::mem::size_of_val(&self.small[..]))
        } else if !self.packed.is_empty() {
            ("packed", std::mem::size_of_val(&self.packed[..]))
        } else if self.fp32 {
            (
                "sparse32",
                std::mem::size_of_val(&self.slots32[..]) + std::mem::size_of_val(&self.entries[..]),
            )
        } else {
            (
                "sparse64",
                std::mem::size_of_val(&self.slots[..]) + std::mem::size_of_val(&self.entries[..]),
            )
        };
        Layout {
            kind,
            classes: self.n_classes,
            features: self.keys.len(),
            slots: self
                .small
                .len()
                .max(self.packed.len())
                .max(self.slots.len())
                .max(self.slots32.len()),
            table_bytes: table,
            mean_nonzero: nz as f64 / self.keys.len().max(1) as f64,
        }
    }

    /// The size of one quantum: real weight = `i16` weight × scale.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Where the first probe for `key` lands.
    #[inline(always)]
    fn first_probe(&self, key: u64) -> *const u8 {
        if !self.small.is_empty() {
            self.small[slot_of(key >> 32, self.mask)..].as_ptr().cast()
        } else if !self.packed.is_empty() {
            let fp = ((key >> 32) as u32).max(1);
            self.packed[slot_of(fp as u64, self.mask)..].as_ptr().cast()
        } else if self.fp32 {
            self.slots32[slot_of(key >> 32, self.mask)..]
                .as_ptr()
                .cast()
        } else {
            self.slots[slot_of(key, self.mask)..].as_ptr().cast()
        }
    }

    /// Slot of `key` in `small`.
    #[inline]
    fn find_small(&self, key: u64) -> Option<usize> {
        let fp = key >> 32;
        let c = check(fp as u32);
        let mut i = slot_of(fp, self.mask);
        loop {
            let s = self.small[i].check;
            if s == c {
                return Some(i);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Start of the sparse row of `key` in `entries` (not for packed models).
    #[inline]
    fn find(&self, key: u64) -> Option<usize> {
        if self.fp32 {
            let fp = (key >> 32) as u32;
            let mut i = slot_of(fp as u64, self.mask);
            loop {
                let s = self.slots32[i];
                if s.start == EMPTY {
                    return None;
                }
                if s.key == fp {
                    return Some(s.start as usize);
                }
                i = (i + 1) & self.mask;
            }
        }
        let mut i = slot_of(key, self.mask);
        loop {
            let s = self.slots[i];
            if s.start == EMPTY {
                return None;
            }
            if s.key == key {
                return Some(s.start as usize);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The non-zero `(class, weight)` pairs of the row that starts at `start`.
    #[inline]
    fn sparse_row(&self, start: usize) -> &[Entry] {
        let h = self.entries[start];
        let len = h.class as usize | ((h.w as u16 as usize) << 16);
        &self.entries[start + 1..start + 1 + len]
    }

    /// The quantized weight row of a feature.
    pub fn row(&self, key: u64) -> Option<Vec<i16>> {
        if !self.small.is_empty() {
            return self
                .find_small(key)
                .map(|i| self.small[i].w[..self.n_classes].to_vec());
        }
        if !self.packed.is_empty() {
            let fp = ((key >> 32) as u32).max(1);
            let mut i = slot_of(fp as u64, self.mask);
            loop {
                let p = &self.packed[i];
                if p.key == fp {
                    return Some(p.w[..self.n_classes].to_vec());
                }
                if p.key == 0 {
                    return None;
                }
                i = (i + 1) & self.mask;
            }
        }
        let start = self.find(key)?;
        let mut row = vec![0i16; self.n_classes];
        for e in self.sparse_row(start) {
            row[e.class as usize] = e.w;
        }
        Some(row)
    }

    /// The mean of models with the same classes (one-shot parameter mixing of models
    /// trained on the same data with other seeds): the union of their features, each
    /// weight the mean of the models' weights (0 where a model lacks the feature),
    /// quantized again on the largest mean.
    pub fn mixed(models: &[&Model]) -> Model {
        assert!(!models.is_empty(), "nothing to mix");
        let nc = models[0].n_classes;
        assert!(
            models
                .iter()
                .all(|m| m.n_classes == nc && m.fp32 == models[0].fp32),
            "models to mix differ in classes or key format"
        );
        let n = models.len() as f64;
        let mut sum: HashMap<u64, Vec<f64>, IdBuildHasher> = HashMap::default();
        for m in models {
            for (r, &k) in m.keys.iter().enumerate() {
                let row = sum.entry(k).or_insert_with(|| vec![0.0; nc]);
                for (a, &w) in row.iter_mut().zip(&m.weights[r * nc..(r + 1) * nc]) {
                    *a += w as f64 * m.scale as f64 / n;
                }
            }
        }
        let max = sum
            .values()
            .flat_map(|r| r.iter())
            .fold(0f64, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut rows: Vec<(u64, Vec<f64>)> = sum.into_iter().collect();
        rows.sort_unstable_by_key(|r| r.0);
        let mut keys = Vec::with_capacity(rows.len());
        let mut weights = Vec::with_capacity(rows.len() * nc);
        for (k, row) in rows {
            let q: Vec<i16> = row
                .iter()
                .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            if q.iter().any(|&w| w != 0) {
                keys.push(k);
                weights.extend(q);
            }
        }
        Model::build_with(nc, scale as f32, keys, weights, models[0].fp32)
    }

    /// A copy without the weights whose magnitude is below `min_abs` quanta, and without
    /// the rows left empty (smaller files, faster lookups).
    pub fn pruned(&self, min_abs: i16) -> Model {
        let nc = self.n_classes;
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        for (r, &k) in self.keys.iter().enumerate() {
            let row = &self.weights[r * nc..(r + 1) * nc];
            if row
                .iter()
                .any(|w| w.unsigned_abs() >= min_abs.unsigned_abs())
            {
                keys.push(k);
                weights.extend(row.iter().map(|&w| {
                    if w.unsigned_abs() >= min_abs.unsigned_abs() {
                        w
                    } else {
                        0
                    }
                }));
            }
        }
        Model::build_with(nc, self.scale, keys, weights, self.fp32)
    }

    /// Adds the rows of `feats` into `scores` (`n_classes` long; units of [`Model::scale`]).
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        // The lookups are independent and memory-bound: ask for every first probe's cache
        // line before using any (then, for sparse rows, for every row), so that their
        // latencies overlap.
        if !self.small.is_empty() {
            let nc = self.n_classes;
            for &f in feats {
                prefetch(self.first_probe(f));
            }
            for &f in feats {
                if let Some(i) = self.find_small(f) {
                    for (s, &w) in scores.iter_mut().zip(&self.small[i].w[..nc]) {
                        *s += w as i32;
                    }
                }
            }
            return;
        }
        if !self.packed.is_empty() {
            let nc = self.n_classes;
            for &f in feats {
                prefetch(self.first_probe(f));
            }
            for &f in feats {
                let fp = ((f >> 32) as u32).max(1);
                let mut i = slot_of(fp as u64, self.mask);
                loop {
                    let p = &self.packed[i];
                    if p.key == fp {
                        for (s, &w) in scores.iter_mut().zip(&p.w[..nc]) {
                            *s += w as i32;
                        }
                        break;
                    }
                    if p.key == 0 {
                        break;
                    }
                    i = (i + 1) & self.mask;
                }
            }
            return;
        }
        let mut starts = [0u32; ROUND];
        for round in feats.chunks(ROUND) {
            for &f in round {
                prefetch(self.first_probe(f));
            }
            let mut n = 0;
            for &f in round {
                if let Some(s) = self.find(f) {
                    prefetch(self.entries[s..].as_ptr());
                    starts[n] = s as u32;
                    n += 1;
                }
            }
            for &s in &starts[..n] {
                for e in self.sparse_row(s as usize) {
                    scores[e.class as usize] += e.w as i32;
                }
            }
        }
    }

    /// Best class among `allowed` (ties: lowest index).
    pub fn predict(&self, feats: &[u64], allowed: impl Fn(usize) -> bool) -> Option<usize> {
        let mut scores = vec![0i32; self.n_classes];
        self.score(feats, &mut scores);
        argmax(&scores, allowed)
    }

    /// Appends the model to `w` (uncompressed; keys delta-coded, rows sparse).
    pub fn write(&self, w: &mut Writer) {
        let nc = self.n_classes;
        w.usize(nc);
        w.f32(self.scale);
        w.usize(self.keys.len());
        let mut prev = 0u64;
        for (r, &k) in self.keys.iter().enumerate() {
            w.u64(k.wrapping_sub(prev));
            prev = k;
            let row = &self.weights[r * nc..(r + 1) * nc];
            w.usize(row.iter().filter(|&&x| x != 0).count());
            let mut last = 0usize;
            for (c, &x) in row.iter().enumerate() {
                if x != 0 {
                    w.usize(c - last);
                    last = c;
                    w.i64(x as i64);
                }
            }
        }
    }

    /// Appends the model in the compact format: keys cut to 32-bit fingerprints (rows
    /// of features that share one are added), about half the size of [`Model::write`].
    /// [`Model::read`] reads both; a model read back from it predicts the same but for
    /// those rare merged features.
    pub fn write_compact(&self, w: &mut Writer) {
        let nc = self.n_classes;
        let mut fps: Vec<(u64, usize)> = self
            .keys
            .iter()
            .enumerate()
            .map(|(r, &k)| (if self.fp32 { k } else { k >> 32 }, r))
            .collect();
        fps.sort_unstable();
        let mut rows: Vec<(u64, Vec<i16>)> = Vec::with_capacity(fps.len());
        for (fp, r) in fps {
            let row = &self.weights[r * nc..(r + 1) * nc];
            match rows.last_mut() {
                Some((last, acc)) if *last == fp => {
                    for (a, &x) in acc.iter_mut().zip(row) {
                        *a = a.saturating_add(x);
                    }
                }
                _ => rows.push((fp, row.to_vec())),
            }
        }
        w.usize(0);
        w.usize(nc);
        w.f32(self.scale);
        w.usize(rows.len());
        let mut prev = 0u64;
        for (fp, row) in &rows {
            w.u64(fp - prev);
            prev = *fp;
            w.usize(row.iter().filter(|&&x| x != 0).count());
            let mut last = 0usize;
            for (c, &x) in row.iter().enumerate() {
                if x != 0 {
                    w.usize(c - last);
                    last = c;
                    w.i64(x as i64);
                }
            }
        }
    }

    /// Reads a model written by [`Model::write`] or [`Model::write_compact`].
    pub fn read(r: &mut Reader) -> Result<Model, DecodeError> {
        let mut nc = r.usize()?;
        let fp32 = nc == 0;
        if fp32 {
            nc = r.usize()?;
        }
        if nc == 0 || nc > 1 << 16 {
            return Err(DecodeError(format!("bad class count {nc}")));
        }
        let scale = r.f32()?;
        let n = r.len(2)?;
        let mut keys = Vec::with_capacity(n);
        let mut weights = vec![0i16; n * nc];
        let mut prev = 0u64;
        for i in 0..n {
            prev = prev.wrapping_add(r.u64()?);
            keys.push(prev);
            let k = r.usize()?;
            let mut c = 0usize;
            for _ in 0..k {
                c += r.usize()?;
                let x = r.i64()?;
                if c >= nc || x < i16::MIN as i64 || x > i16::MAX as i64 {
                    return Err(DecodeError("weight out of range".into()));
                }
                weights[i * nc + c] = x as i16;
            }
        }
        Ok(Model::build_with(nc, scale, keys, weights, fp32))
    }

    /// The model alone as a deflated byte string.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        self.write(&mut w);
        codec::compress(&w.buf)
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, DecodeError> {
        let raw = codec::decompress(b)?;
        Model::read(&mut Reader::new(&raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{feat, hash_str};

    /// Toy task: the class is the parity of a number, from features that say so only
    /// through its last digit.
    fn feats(n: u32) -> Vec<u64> {
        vec![
            feat(0, 0),
            feat(1, (n % 10) as u64),
            feat(2, hash_str(&n.to_string())),
        ]
    }

    #[test]
    fn mixing_averages_weights() {
        let train = |order: Vec<u32>| {
            let mut p = Perceptron::new(2);
            for &n in &order {
                let f = feats(n);
                let guess = p.predict(&f, |_| true).unwrap();
                p.learn(&f, (n % 2) as usize, guess);
                p.tick();
            }
            p.to_model(0.0)
        };
        let a = train((0..200).collect());
        let b = train((0..200).rev().collect());
        // a model mixed with itself scores as it did
        let aa = Model::mixed(&[&a, &a]);
        let ab = Model::mixed(&[&a, &b]);
        for n in 0..300u32 {
            let f = feats(n);
            let (mut sa, mut saa, mut sb, mut sab) = ([0; 2], [0; 2], [0; 2], [0; 2]);
            a.score(&f, &mut sa);
            aa.score(&f, &mut saa);
            b.score(&f, &mut sb);
            ab.score(&f, &mut sab);
            for c in 0..2 {
                let real = |s: [i32; 2], m: &Model| s[c] as f32 * m.scale();
                assert!((real(sa, &a) - real(saa, &aa)).abs() <= 3.0 * a.scale());
                let mean = (real(sa, &a) + real(sb, &b)) / 2.0;
                assert!((mean - real(sab, &ab)).abs() <= 3.0 * (a.scale() + b.scale()));
            }
            assert_eq!(ab.predict(&f, |_| true), Some((n % 2) as usize));
        }
    }

    #[test]
    fn learns_averages_and_round_trips() {
        let mut p = Perceptron::new(2);
        for _epoch in 0..5 {
            for n in 0..200u32 {
                let f = feats(n);
                let guess = p.predict(&f, |_| true).unwrap();
                p.learn(&f, (n % 2) as usize, guess);
                p.tick();
            }
        }
        let m = p.to_model(0.0);
        for n in 1000..1100u32 {
            assert_eq!(m.predict(&feats(n), |_| true), Some((n % 2) as usize));
        }
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back, m);
        // Pruning hard keeps only the strongest rows, still right on the digit features.
        let pruned = p.to_model(0.5);
        assert!(pruned.n_features() < m.n_features());
        let max = m.weights.iter().map(|w| w.abs()).max().unwrap();
        let pruned = m.pruned(max / 2);
        assert!(pruned.n_features() < m.n_features());
        assert!(pruned.weights.iter().all(|w| *w == 0 || w.abs() >= max / 2));
        assert!(Model::from_bytes(b"\x00garbage").is_err());
        // The compact format predicts the same.
        let mut w = Writer::new();
        m.write_compact(&mut w);
        let compact = Model::read(&mut Reader::new(&w.buf)).unwrap();
        assert_eq!(compact.n_features(), m.n_features());
        for n in 0..300u32 {
            let (mut a, mut b) = (vec![0; 2], vec![0; 2]);
            m.score(&feats(n), &mut a);
            compact.score(&feats(n), &mut b);
            assert_eq!(a, b);
        }
        let mut w2 = Writer::new();
        compact.write_compact(&mut w2);
        assert_eq!(w.buf, w2.buf);
    }

    /// Scores by the dense rows, the reference for every in-memory layout.
    fn dense_score(m: &Model, feats: &[u64]) -> Vec<i32> {
        let nc = m.n_classes;
        let mut out = vec![0i32; nc];
        for &f in feats {
            let k = if m.fp32 { f >> 32 } else { f };
            if let Some(r) = m.keys.iter().position(|&x| x == k) {
                for (o, &w) in out.iter_mut().zip(&m.weights[r * nc..(r + 1) * nc]) {
                    *o += w as i32;
                }
            }
        }
        out
    }

    #[test]
    fn every_layout_scores_like_the_dense_rows() {
        for nc in [2, 3, 5, 6, 7, 40] {
            let mut p = Perceptron::new(nc);
            let mut rng = crate::rng::Rng::new(nc as u64);
            for i in 0..3000u64 {
                let f: Vec<u64> = (0..4).map(|j| feat(j, i % (50 + 30 * j as u64))).collect();
                p.update(&f, (rng.unit() * nc as f64) as usize % nc, 1.0);
                p.update(&f, i as usize % nc, -0.5);
                p.tick();
            }
            let m = p.to_model(0.0);
            let mut w = Writer::new();
            m.write_compact(&mut w);
            let compact = Model::read(&mut Reader::new(&w.buf)).unwrap();
            let l = compact.layout();
            let kind = match nc {
                ..=3 => "small",
                4..=PACKED_CLASSES => "packed",
                _ => "sparse32",
            };
            assert_eq!((l.kind, l.classes, l.features), (kind, nc, m.n_features()));
            assert!(l.slots >= 2 * m.n_features() && l.table_bytes > 0, "{l}");
            assert!(l.mean_nonzero > 0.0 && l.mean_nonzero <= nc as f64);
            for i in 0..400u64 {
                let f: Vec<u64> = (0..6).map(|j| feat(j, i % (60 + 30 * j as u64))).collect();
                for model in [&m, &compact] {
                    let mut s = vec![0i32; nc];
                    model.score(&f, &mut s);
                    assert_eq!(s, dense_score(model, &f), "{nc} classes");
                }
            }
            for (r, &k) in m.keys.iter().enumerate().take(50) {
                assert_eq!(m.row(k).unwrap(), m.weights[r * nc..(r + 1) * nc].to_vec());
            }
        }
    }

    #[test]
    fn allowed_classes_are_respected() {
        let mut p = Perceptron::new(3);
        let f = [feat(9, 1)];
        p.update(&f, 2, 1.0);
        assert_eq!(p.predict(&f, |_| true), Some(2));
        assert_eq!(p.predict(&f, |c| c != 2), Some(0));
        assert_eq!(p.predict(&f, |_| false), None);
    }
}
