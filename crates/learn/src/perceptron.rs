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

/// A frozen, quantized model: feature key → `i16` row of class weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    /// Open-addressing table (linear probing): `slots[i] = (key, row)`, row `EMPTY` if free.
    slots: Vec<(u64, u32)>,
    mask: usize,
    keys: Vec<u64>,
    weights: Vec<i16>,
    /// Keys are 32-bit fingerprints (`key >> 32`): the compact file format.
    fp32: bool,
    /// For fingerprinted models of at most [`PACKED_CLASSES`] classes: key and weights in
    /// one 16-byte slot, so a lookup touches one cache line (`slots` is then empty).
    packed: Vec<Packed>,
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

#[inline]
fn slot_of(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

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
        if fp32 && n_classes <= PACKED_CLASSES {
            let mut packed = vec![Packed::default(); cap];
            for (r, &k) in keys.iter().enumerate() {
                let fp = (k as u32).max(1);
                let mut i = slot_of(fp as u64, mask);
                while packed[i].key != 0 {
                    i = (i + 1) & mask;
                }
                packed[i].key = fp;
                packed[i].w[..n_classes]
                    .copy_from_slice(&weights[r * n_classes..(r + 1) * n_classes]);
            }
            return Model {
                n_classes,
                scale,
                slots: Vec::new(),
                mask,
                keys,
                weights,
                fp32,
                packed,
            };
        }
        let mut slots = vec![(0u64, EMPTY); cap];
        for (r, &k) in keys.iter().enumerate() {
            let mut i = slot_of(k, mask);
            while slots[i].1 != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = (k, r as u32);
        }
        Model {
            n_classes,
            scale,
            slots,
            mask,
            keys,
            weights,
            fp32,
            packed: Vec::new(),
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Features kept.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// The size of one quantum: real weight = `i16` weight × scale.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The quantized weight row of a feature.
    #[inline]
    pub fn row(&self, key: u64) -> Option<&[i16]> {
        if !self.packed.is_empty() {
            let fp = ((key >> 32) as u32).max(1);
            let mut i = slot_of(fp as u64, self.mask);
            loop {
                let p = &self.packed[i];
                if p.key == fp {
                    return Some(&p.w[..self.n_classes]);
                }
                if p.key == 0 {
                    return None;
                }
                i = (i + 1) & self.mask;
            }
        }
        let key = if self.fp32 { key >> 32 } else { key };
        let mut i = slot_of(key, self.mask);
        loop {
            let (k, r) = self.slots[i];
            if r == EMPTY {
                return None;
            }
            if k == key {
                let nc = self.n_classes;
                let r = r as usize;
                return Some(&self.weights[r * nc..(r + 1) * nc]);
            }
            i = (i + 1) & self.mask;
        }
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
        // Ask for every first probe's cache line before using any: the lookups are
        // independent, so their memory latencies overlap.
        #[cfg(target_arch = "x86_64")]
        for &f in feats {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let p: *const i8 = if !self.packed.is_empty() {
                let fp = ((f >> 32) as u32).max(1);
                self.packed[slot_of(fp as u64, self.mask)..].as_ptr().cast()
            } else {
                let k = if self.fp32 { f >> 32 } else { f };
                self.slots[slot_of(k, self.mask)..].as_ptr().cast()
            };
            // SAFETY: a prefetch is only a hint; `p` points into a live allocation.
            #[allow(unused_unsafe)]
            unsafe {
                _mm_prefetch(p, _MM_HINT_T0)
            };
        }
        for &f in feats {
            if let Some(row) = self.row(f) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
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
