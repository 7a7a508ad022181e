//! Word clusters learned from unlabelled text: each frequent word is described by the
//! words seen right before and after it (square-rooted counts over the most frequent
//! context words, unit length), and k-means (cosine) groups the words. The tagger uses a
//! word's cluster as a feature, so that rare names share weights with similar words.

use sitrep_learn::codec::{DecodeError, Reader, Writer};
use sitrep_learn::hash::hash_str;
use std::collections::HashMap;

/// Lower-cased word hash → cluster id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clusters {
    map: HashMap<u64, u16>,
    k: usize,
}

fn norm(w: &str) -> String {
    w.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

impl Clusters {
    /// Cluster of a word (any case), if it was frequent enough in the text.
    pub fn get(&self, word: &str) -> Option<u16> {
        self.map.get(&hash_str(&norm(word))).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Learns `k` clusters of the words seen at least `min_count` times in `sentences`.
    pub fn learn<S: AsRef<str>>(
        sentences: &[Vec<S>],
        k: usize,
        min_count: usize,
        contexts: usize,
        iters: usize,
    ) -> Clusters {
        let mut freq: HashMap<String, usize> = HashMap::new();
        let normed: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| norm(w.as_ref())).collect())
            .collect();
        for s in &normed {
            for w in s {
                *freq.entry(w.clone()).or_default() += 1;
            }
        }
        let mut by_freq: Vec<(&String, &usize)> = freq.iter().collect();
        by_freq.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let ctx: HashMap<&str, usize> = by_freq
            .iter()
            .take(contexts)
            .enumerate()
            .map(|(i, (w, _))| (w.as_str(), i))
            .collect();
        let vocab: Vec<&str> = by_freq
            .iter()
            .filter(|(_, &c)| c >= min_count)
            .map(|(w, _)| w.as_str())
            .collect();
        let index: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
        for s in &normed {
            for (i, w) in s.iter().enumerate() {
                let Some(&v) = index.get(w.as_str()) else {
                    continue;
                };
                let left = if i > 0 { s[i - 1].as_str() } else { "<s>" };
                let right = s.get(i + 1).map(|x| x.as_str()).unwrap_or("</s>");
                let l = ctx.get(left).map(|&c| c as u32).unwrap_or(contexts as u32);
                let r = ctx.get(right).map(|&c| c as u32).unwrap_or(contexts as u32);
                *counts[v].entry(l).or_default() += 1.0;
                *counts[v].entry(contexts as u32 + 1 + r).or_default() += 1.0;
            }
        }
        let dims = 2 * contexts + 2;
        let vecs: Vec<Vec<(u32, f32)>> = counts
            .into_iter()
            .map(|m| {
                let mut v: Vec<(u32, f32)> = m.into_iter().map(|(d, c)| (d, c.sqrt())).collect();
                v.sort_by_key(|x| x.0);
                let n = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-9);
                v.iter_mut().for_each(|x| x.1 /= n);
                v
            })
            .collect();
        let k = k.min(vecs.len()).max(1);
        // deterministic start: words spread over the frequency ranking
        let mut cent: Vec<Vec<f32>> = (0..k)
            .map(|c| {
                let mut d = vec![0f32; dims];
                if let Some(v) = vecs.get(c * vecs.len() / k) {
                    for &(i, x) in v {
                        d[i as usize] = x;
                    }
                }
                d
            })
            .collect();
        let mut assign = vec![0usize; vecs.len()];
        for _ in 0..iters.max(1) {
            for (w, v) in vecs.iter().enumerate() {
                let mut best = (f32::MIN, 0);
                for (c, ce) in cent.iter().enumerate() {
                    let s: f32 = v.iter().map(|&(i, x)| x * ce[i as usize]).sum();
                    if s > best.0 {
                        best = (s, c);
                    }
                }
                assign[w] = best.1;
            }
            for ce in cent.iter_mut() {
                ce.iter_mut().for_each(|x| *x = 0.0);
            }
            for (w, v) in vecs.iter().enumerate() {
                for &(i, x) in v {
                    cent[assign[w]][i as usize] += x;
                }
            }
            for ce in cent.iter_mut() {
                let n = ce.iter().map(|x| x * x).sum::<f32>().sqrt();
                if n > 0.0 {
                    ce.iter_mut().for_each(|x| *x /= n);
                }
            }
        }
        let map = vocab
            .iter()
            .zip(&assign)
            .map(|(w, &c)| (hash_str(w), c as u16))
            .collect();
        Clusters { map, k }
    }

    pub fn write(&self, w: &mut Writer) {
        w.usize(self.k);
        let mut e: Vec<(u64, u16)> = self.map.iter().map(|(&h, &c)| (h, c)).collect();
        e.sort_unstable();
        w.usize(e.len());
        let mut prev = 0u64;
        for (h, c) in e {
            w.u64(h.wrapping_sub(prev));
            prev = h;
            w.usize(c as usize);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Clusters, DecodeError> {
        let k = r.usize()?;
        let n = r.len(2)?;
        let mut map = HashMap::with_capacity(n);
        let mut prev = 0u64;
        for _ in 0..n {
            prev = prev.wrapping_add(r.u64()?);
            let c = r.usize()?;
            if c >= k.max(1) || c > u16::MAX as usize {
                return Err(DecodeError("cluster id out of range".into()));
            }
            map.insert(prev, c as u16);
        }
        Ok(Clusters { map, k })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut sents: Vec<Vec<String>> = Vec::new();
        for city in ["Lima", "Quito", "Oslo"] {
            for verb in ["visited", "left", "reached"] {
                sents.push(
                    ["she", verb, "the", "city", "of", city, "today"]
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                );
            }
        }
        for n in ["Ana", "Eva", "Jon"] {
            for verb in ["visited", "left", "reached"] {
                sents.push(
                    ["yesterday", n, verb, "home"]
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                );
            }
        }
        let c = Clusters::learn(&sents, 4, 3, 20, 10);
        assert_eq!(c.get("Lima"), c.get("Quito"));
        assert_eq!(c.get("Lima"), c.get("OSLO"));
        assert_eq!(c.get("Ana"), c.get("Jon"));
        assert_ne!(c.get("Ana"), c.get("Lima"));
        let mut w = Writer::new();
        c.write(&mut w);
        let b = w.into_bytes();
        assert_eq!(Clusters::read(&mut Reader::new(&b)).unwrap(), c);
    }
}
