//! Small text helpers of the store: name normalization (cross-article entity keys),
//! SimHash over word shingles (near-duplicates), and search snippets.

/// Titles, ranks and honorifics dropped from person names before they are compared, so
/// that "Col. Rafael Ortiz" and "Rafael Ortiz" get one key.
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "col",
    "colonel",
    "gen",
    "general",
    "lt",
    "lieutenant",
    "maj",
    "major",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "president",
    "prime",
    "minister",
    "pm",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "father",
    "sheikh",
    "chancellor",
    "secretary",
];

/// Lower-case words of `s`: runs of alphanumeric characters.
pub fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// The normalized form of an entity name of the given type (`person`, `org`…): lower
/// case, punctuation dropped, a possessive `'s` dropped, leading titles dropped for
/// people and a leading "the" for everything else, words joined by `-`.
pub fn normalize_name(kind: &str, name: &str) -> String {
    let name = name
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    let mut ws: Vec<String> = words(name).collect();
    let mut lead = 0;
    if kind == "person" {
        while lead + 1 < ws.len() && PERSON_TITLES.contains(&ws[lead].as_str()) {
            lead += 1;
        }
    } else if ws.len() > 1 && ws[0] == "the" {
        lead = 1;
    }
    ws.drain(..lead);
    ws.join("-")
}

/// The store-wide key of an entity: `type:normalized-name`.
pub fn entity_key(kind: &str, name: &str) -> String {
    format!("{kind}:{}", normalize_name(kind, name))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Spreads the bits of a hash (SplitMix64's finalizer).
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Fewest word 3-shingles for a signature worth comparing: shorter texts are never
/// linked as near-duplicates.
pub const MIN_SHINGLES: usize = 8;
/// MinHash functions per signature.
pub const MINHASH_K: usize = 32;
/// LSH banding of a signature: `BANDS` bands of `ROWS` hashes. Two texts become
/// candidates when one band matches exactly: probability `1 - (1 - s^4)^8` for Jaccard
/// similarity `s` (0.98 at s = 0.8, 0.40 at 0.5, 0.06 at 0.3).
pub const BANDS: usize = 8;
const ROWS: usize = MINHASH_K / BANDS;
/// Estimated Jaccard similarity (of word 3-shingle sets) from which an article is a
/// near-duplicate of an earlier one.
pub const NEAR_DUP_SIMILARITY: f64 = 0.7;

/// A MinHash signature: for each of [`MINHASH_K`] hash functions, the least hash of the
/// text's word 3-shingles (lower case).
pub type Signature = [u64; MINHASH_K];

/// The MinHash signature of `text`; `None` when it has too few words to say anything.
pub fn minhash(text: &str) -> Option<Signature> {
    let ws: Vec<u64> = words(text).map(|w| mix(fnv1a(w.as_bytes()))).collect();
    if ws.len() < MIN_SHINGLES + 2 {
        return None;
    }
    let seeds: [u64; MINHASH_K] =
        std::array::from_fn(|i| mix((i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
    let mut sig = [u64::MAX; MINHASH_K];
    for w in ws.windows(3) {
        let sh = mix(mix(w[0] ^ w[1].rotate_left(17)) ^ w[2].rotate_left(41));
        for (m, seed) in sig.iter_mut().zip(seeds.iter()) {
            let h = mix(sh ^ seed);
            if h < *m {
                *m = h;
            }
        }
    }
    Some(sig)
}

/// Estimated Jaccard similarity of two signatures: the share of equal minima.
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / MINHASH_K as f64
}

/// The LSH band keys of a signature (band number folded in).
pub fn band_keys(sig: &Signature) -> [i64; BANDS] {
    std::array::from_fn(|b| {
        let mut h = mix(b as u64 + 1);
        for m in &sig[b * ROWS..(b + 1) * ROWS] {
            h = mix(h ^ m);
        }
        h as i64
    })
}

/// A signature as bytes (little-endian).
pub fn signature_bytes(sig: &Signature) -> Vec<u8> {
    sig.iter().flat_map(|m| m.to_le_bytes()).collect()
}

/// A signature back from [`signature_bytes`].
pub fn signature_from_bytes(b: &[u8]) -> Option<Signature> {
    if b.len() != MINHASH_K * 8 {
        return None;
    }
    let mut sig = [0u64; MINHASH_K];
    for (m, chunk) in sig.iter_mut().zip(b.chunks_exact(8)) {
        let mut a = [0u8; 8];
        a.copy_from_slice(chunk);
        *m = u64::from_le_bytes(a);
    }
    Some(sig)
}

/// A piece of an article around the words a query asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Plain text (may start or end with "…").
    pub text: String,
    /// Byte ranges of `text` to highlight.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// HTML: the text escaped, highlights wrapped in `<mark>`.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        let mut at = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&escape_html(&self.text[at..s]));
            out.push_str("<mark>");
            out.push_str(&escape_html(&self.text[s..e]));
            out.push_str("</mark>");
            at = e;
        }
        out.push_str(&escape_html(&self.text[at..]));
        out
    }

    /// Text for a terminal: highlights wrapped in `open` and `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&self.text[at..s]);
            out.push_str(open);
            out.push_str(&self.text[s..e]);
            out.push_str(close);
            at = e;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Byte spans of the words of `text` (alphanumeric runs), with their lower-case form.
fn word_spans(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

/// A snippet of about `width` bytes of `text`, placed where the most query words fall,
/// with every occurrence of a query word highlighted. No query word: the opening.
pub fn snippet(text: &str, terms: &[String], width: usize) -> Snippet {
    let spans = word_spans(text);
    let is_hit = |w: &str| terms.iter().any(|t| t == w);
    let hits: Vec<usize> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| is_hit(&s.2))
        .map(|(i, _)| i)
        .collect();
    // Best window: the hit whose following `width` bytes hold the most hits.
    let mut best = (0usize, 0usize);
    for (k, &i) in hits.iter().enumerate() {
        let from = spans[i].0;
        let n = hits[k..]
            .iter()
            .take_while(|&&j| spans[j].1 <= from + width)
            .count();
        if n > best.1 {
            best = (i, n);
        }
    }
    let mut from = if hits.is_empty() {
        0
    } else {
        // Start a little before the first hit, at a word start.
        let anchor = spans[best.0].0;
        let back = anchor.saturating_sub(width / 4);
        spans
            .iter()
            .find(|s| s.0 >= back)
            .map(|s| s.0)
            .unwrap_or(anchor)
    };
    if from > 0 && !text.is_char_boundary(from) {
        from = 0;
    }
    let mut to = (from + width).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    // End at a word end when cut inside a word.
    if to < text.len() {
        if let Some(s) = spans.iter().rev().find(|s| s.1 <= to && s.0 >= from) {
            to = s.1;
        }
    }
    let body = &text[from..to];
    let prefix = if from > 0 { "\u{2026}" } else { "" };
    let suffix = if to < text.len() { "\u{2026}" } else { "" };
    let mut out = Snippet {
        text: String::new(),
        highlights: Vec::new(),
    };
    out.text.push_str(prefix);
    let base = out.text.len();
    // Collapse whitespace runs (paragraph breaks) to single spaces, keeping offsets.
    let mut map = Vec::with_capacity(body.len() + 1);
    let mut prev_space = false;
    for (i, c) in body.char_indices() {
        while map.len() < i {
            map.push(out.text.len());
        }
        map.push(out.text.len());
        if c.is_whitespace() {
            if !prev_space {
                out.text.push(' ');
            }
            prev_space = true;
        } else {
            out.text.push(c);
            prev_space = false;
        }
    }
    while map.len() <= body.len() {
        map.push(out.text.len());
    }
    for s in &spans {
        if s.0 >= from && s.1 <= to && is_hit(&s.2) {
            out.highlights.push((map[s.0 - from], map[s.1 - from]));
        }
    }
    let _ = base;
    out.text.push_str(suffix);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalize_across_titles_and_punctuation() {
        assert_eq!(
            normalize_name("person", "Col. Rafael Ortiz"),
            "rafael-ortiz"
        );
        assert_eq!(normalize_name("person", "Rafael  Ortiz's"), "rafael-ortiz");
        assert_eq!(normalize_name("person", "President"), "president");
        assert_eq!(
            normalize_name("org", "The Northern Brigade"),
            "northern-brigade"
        );
        assert_eq!(entity_key("gpe", "São Paulo"), "gpe:são-paulo");
    }

    #[test]
    fn minhash_finds_small_edits_and_not_other_texts() {
        let a = "The river rose for three days and the town council opened two shelters \
                 near the old mill while volunteers filled sandbags along the east bank \
                 and the mayor asked residents to stay away from the bridge.";
        let b = a.replace("two shelters", "three new shelters");
        let c = "Copper prices fell sharply on Tuesday as traders weighed weaker factory \
                 data against a surprise cut in interest rates announced by the bank.";
        let (sa, sb, sc) = (
            minhash(a).unwrap(),
            minhash(&b).unwrap(),
            minhash(c).unwrap(),
        );
        assert!(
            similarity(&sa, &sb) >= NEAR_DUP_SIMILARITY,
            "{}",
            similarity(&sa, &sb)
        );
        assert!(band_keys(&sa)
            .iter()
            .zip(band_keys(&sb))
            .any(|(x, y)| *x == y));
        assert!(similarity(&sa, &sc) < 0.2);
        assert!(band_keys(&sa)
            .iter()
            .zip(band_keys(&sc))
            .all(|(x, y)| *x != y));
        assert_eq!(minhash(a), minhash(a));
        assert_eq!(minhash("too short to say"), None);
        assert_eq!(signature_from_bytes(&signature_bytes(&sa)), Some(sa));
    }

    #[test]
    fn snippet_highlights_query_words_and_escapes() {
        let text = "Intro words here. Later <b>the</b> rebels attacked the depot, \
                    and the rebels withdrew.";
        let s = snippet(text, &["rebels".to_string()], 80);
        assert_eq!(s.highlights.len(), 2);
        for &(a, b) in &s.highlights {
            assert_eq!(&s.text[a..b], "rebels");
        }
        let html = s.to_html();
        assert!(html.contains("<mark>rebels</mark>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;b&gt;"));
        assert_eq!(s.marked("[", "]").matches("[rebels]").count(), 2);
        // No hit: the opening of the text.
        let s = snippet(text, &["absent".to_string()], 10);
        assert!(s.text.starts_with("Intro"));
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn snippet_is_safe_on_multibyte_text() {
        let text = "Ünïcödé ∑ text — with rebels é and more rebels ✓ at the end";
        for w in 1..text.len() + 2 {
            let s = snippet(text, &["rebels".to_string()], w);
            for &(a, b) in &s.highlights {
                assert_eq!(&s.text[a..b], "rebels");
            }
        }
    }
}
