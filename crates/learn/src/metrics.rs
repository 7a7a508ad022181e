//! Accuracy and precision/recall/F1 counters.

/// Correct out of total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub correct: u64,
    pub total: u64,
}

impl Accuracy {
    pub fn add(&mut self, ok: bool) {
        self.correct += ok as u64;
        self.total += 1;
    }

    /// Fraction correct in `[0, 1]` (0 when empty).
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    /// Percent correct.
    pub fn percent(&self) -> f64 {
        100.0 * self.value()
    }
}

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Prf {
    /// Counts a predicted set against a gold set given their sizes and their overlap.
    pub fn add_counts(&mut self, predicted: u64, gold: u64, matched: u64) {
        self.tp += matched;
        self.fp += predicted.saturating_sub(matched);
        self.fn_ += gold.saturating_sub(matched);
    }

    pub fn merge(&mut self, o: &Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let mut a = Accuracy::default();
        a.add(true);
        a.add(false);
        a.add(true);
        a.add(true);
        assert_eq!(a.value(), 0.75);
        let mut p = Prf::default();
        p.add_counts(4, 5, 3);
        assert_eq!((p.tp, p.fp, p.fn_), (3, 1, 2));
        assert!((p.precision() - 0.75).abs() < 1e-12);
        assert!((p.recall() - 0.6).abs() < 1e-12);
        assert!((p.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
