//! `sitrep-learn`: averaged perceptron with sparse hashed features, a deterministic
//! shuffle, early stopping, compact model files, corpus readers (CoNLL-U) and metrics.
//! No I/O: models come in and go out as bytes.
//!
//! # The API
//!
//! - [`hash`]: features are `u64` keys. [`hash::hash_str`] hashes a string without
//!   allocating; [`hash::feat`]`(template, value)`, [`hash::feat2`], [`hash::feat3`] combine
//!   a template id with values.
//! - [`Perceptron`]: the trainer. `score`/`predict` with the current weights,
//!   `learn(feats, truth, guess)` (or `update(feats, class, delta)`), `tick()` once per
//!   instance, then `to_model(prune)` averages, prunes and quantizes.
//! - [`Model`]: the frozen model. `score(feats, &mut [i32])` adds one `i16` row per known
//!   feature; `predict(feats, allowed)`; `to_bytes()`/`from_bytes()` (deflated; loads in
//!   milliseconds); `write`/`read` to embed it in a larger file made with [`codec`].
//! - [`rng::Rng`] and [`rng::shuffled_indices`]: deterministic for a seed.
//! - [`EarlyStopping`]: keeps the best epoch on dev and says when to stop.
//! - [`metrics::Accuracy`] and [`metrics::Prf`].
//!
//! ```
//! use sitrep_learn::{hash::{feat, hash_str}, Perceptron, Model, rng::shuffled_indices};
//!
//! // Classes 0 = "lower-case word", 1 = "capitalized word", from the first letter.
//! let data = [("paris", 0), ("Paris", 1), ("rome", 0), ("Rome", 1), ("oslo", 0), ("Oslo", 1)];
//! let features = |w: &str| vec![feat(0, 0), feat(1, hash_str(&w[..1]))];
//! let mut p = Perceptron::new(2);
//! for epoch in 0..5 {
//!     for i in shuffled_indices(data.len(), epoch) {
//!         let (w, truth) = data[i];
//!         let f = features(w);
//!         let guess = p.predict(&f, |_| true).unwrap();
//!         p.learn(&f, truth, guess);
//!         p.tick();
//!     }
//! }
//! let model: Model = p.to_model(0.0);
//! let bytes = model.to_bytes();
//! let model = Model::from_bytes(&bytes).unwrap();
//! assert_eq!(model.predict(&features("Oslo"), |_| true), Some(1));
//! assert_eq!(model.predict(&features("oslo"), |_| true), Some(0));
//! ```

pub mod codec;
pub mod conll2003;
pub mod conllu;
pub mod hash;
pub mod metrics;
pub mod perceptron;
pub mod rng;

pub use perceptron::{argmax, Model, Perceptron};

/// A cache a thread keeps of sums of one model's weights (a tagger's words, a parser's
/// word-and-tag pairs): what [`with_model_cache`] needs of it.
pub trait ModelCache: Default {
    /// How many entries it holds.
    fn entries(&self) -> usize;
    /// Forgets every entry (keeping its allocations).
    fn forget(&mut self);
}

/// A [`ModelCache`] with the [`model_id`] of the model its entries were computed from.
#[derive(Default)]
pub struct Owned<C> {
    owner: u64,
    cache: C,
}

/// Runs `f` with this thread's cache in `key`, emptied first when its entries come from
/// another model than `owner` or number `max` or more. The caches hold exact integer
/// sums, so what `f` computes is the same with a full, an emptied or a fresh cache.
pub fn with_model_cache<C: ModelCache, R>(
    key: &'static std::thread::LocalKey<std::cell::RefCell<Owned<C>>>,
    owner: u64,
    max: usize,
    f: impl FnOnce(&mut C) -> R,
) -> R {
    key.with(|cell| {
        let o = &mut *cell.borrow_mut();
        if o.owner != owner || o.cache.entries() >= max {
            o.cache.forget();
            o.owner = owner;
        }
        f(&mut o.cache)
    })
}

/// A number no other call in this process returned (never 0): the identity of a model as
/// it is built or read, for the per-thread caches that hold sums of its weights (a cache
/// made for one model is emptied before another model uses it).
pub fn model_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Early stopping on a dev score (higher is better).
#[derive(Clone, Debug)]
pub struct EarlyStopping {
    patience: usize,
    epoch: usize,
    best: f64,
    best_epoch: usize,
}

/// What to do after an epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A new best: keep (snapshot) this model.
    Improved,
    /// Not better, keep going.
    Continue,
    /// `patience` epochs without improvement: stop and use the best snapshot.
    Stop,
}

impl EarlyStopping {
    pub fn new(patience: usize) -> EarlyStopping {
        EarlyStopping {
            patience,
            epoch: 0,
            best: f64::NEG_INFINITY,
            best_epoch: 0,
        }
    }

    /// Records the dev score of the epoch just finished.
    pub fn observe(&mut self, score: f64) -> Verdict {
        self.epoch += 1;
        if score > self.best {
            self.best = score;
            self.best_epoch = self.epoch;
            Verdict::Improved
        } else if self.epoch - self.best_epoch >= self.patience {
            Verdict::Stop
        } else {
            Verdict::Continue
        }
    }

    pub fn best(&self) -> f64 {
        self.best
    }

    /// 1-based epoch of the best score (0 before any).
    pub fn best_epoch(&self) -> usize {
        self.best_epoch
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_stopping() {
        let mut e = EarlyStopping::new(2);
        assert_eq!(e.observe(0.5), Verdict::Improved);
        assert_eq!(e.observe(0.6), Verdict::Improved);
        assert_eq!(e.observe(0.6), Verdict::Continue);
        assert_eq!(e.observe(0.55), Verdict::Stop);
        assert_eq!(e.best_epoch(), 2);
        assert_eq!(e.best(), 0.6);
    }

    #[derive(Default)]
    struct Seen(Vec<u32>);

    impl ModelCache for Seen {
        fn entries(&self) -> usize {
            self.0.len()
        }
        fn forget(&mut self) {
            self.0.clear();
        }
    }

    thread_local! {
        static SEEN: std::cell::RefCell<Owned<Seen>> = std::cell::RefCell::new(Owned::default());
    }

    #[test]
    fn a_model_cache_is_emptied_for_another_model_or_when_full() {
        let (a, b) = (model_id(), model_id());
        let add = |owner, x| {
            with_model_cache(&SEEN, owner, 3, |c| {
                c.0.push(x);
                c.0.clone()
            })
        };
        assert_eq!(add(a, 1), [1]);
        assert_eq!(add(a, 2), [1, 2]);
        // another model: its own entries only
        assert_eq!(add(b, 3), [3]);
        assert_eq!(add(b, 4), [3, 4]);
        assert_eq!(add(b, 5), [3, 4, 5]);
        // full: emptied before the next entry
        assert_eq!(add(b, 6), [6]);
    }
}
