//! `sitrep-ner`: named entities, time expressions, in-document entity resolution, roles
//! and CAMEO-style actor codes.
//!
//! # API for other layers
//!
//! - [`NerLayer`]: the pipeline layer; fills `doc.entities` (needs `sentences` and
//!   `tokens`; uses the syntax layer's `dep` when present, works without it).
//! - [`time::find`]`(doc, sentence) -> Vec<TimeExpr>`: time expressions of one sentence,
//!   `TimeExpr { start, end, value: Option<String> }` (byte offsets; ISO 8601 resolved
//!   against `meta.published`); [`time::find_all`] for the whole document.
//! - [`actor_for_span`]`(doc, start, end) -> Option<String>`: the actor code of any span
//!   (the entity it overlaps, pronouns included, or else the words themselves:
//!   "Chilean troops" → `CHLMIL`); [`actor::code_for_text`] for a bare phrase.
//! - [`entity_for_span`]`(doc, start, end) -> Option<&Entity>`: the entity with a mention
//!   overlapping the span (the mention that covers most of the span wins).
//! - [`tagger::Tagger`]: the CoNLL-2003 tagger itself ([`embedded_tagger`]).

pub mod actor;
pub mod clusters;
pub mod entities;
pub mod lexicon;
pub mod tagger;
pub mod time;

use sitrep_doc::{Document, Entity, Layer};
use sitrep_learn::codec::DecodeError;
use std::sync::OnceLock;
use tagger::Tagger;

/// The NER model built into the binary (trained by `sitrep train ner`).
static MODEL: &[u8] = include_bytes!("../../../models/ner.bin");

/// The tagger built into the binary, parsed once.
pub fn embedded_tagger() -> Result<&'static Tagger, DecodeError> {
    static TAGGER: OnceLock<Result<Tagger, DecodeError>> = OnceLock::new();
    TAGGER
        .get_or_init(|| {
            if MODEL.is_empty() {
                Err(DecodeError(
                    "no NER model was built into this binary".into(),
                ))
            } else {
                Tagger::from_bytes(MODEL)
            }
        })
        .as_ref()
        .map_err(|e| e.clone())
}

/// The entities layer: named entities, merged mentions, roles and actor codes.
pub struct NerLayer {
    tagger: Option<&'static Tagger>,
}

impl NerLayer {
    /// The layer with the embedded model (no entities at all if the binary has none).
    pub fn new() -> NerLayer {
        NerLayer {
            tagger: embedded_tagger().ok(),
        }
    }
}

impl Default for NerLayer {
    fn default() -> Self {
        NerLayer::new()
    }
}

impl Layer for NerLayer {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn annotate(&self, doc: &mut Document) {
        if let Some(t) = self.tagger {
            entities::annotate(doc, t);
        }
    }
}

/// The entity one of whose mentions overlaps `[start, end)` most (byte offsets).
pub fn entity_for_span(doc: &Document, start: usize, end: usize) -> Option<&Entity> {
    let mut best: Option<(usize, usize, &Entity)> = None;
    for e in &doc.entities {
        for m in &e.mentions {
            let lo = m.start.max(start);
            let hi = m.end.min(end);
            if hi > lo || (start == end && m.start <= start && start < m.end) {
                let overlap = hi.saturating_sub(lo);
                // prefer more overlap, then the tighter mention
                let tight = usize::MAX - (m.end - m.start);
                if best.is_none_or(|(o, t, _)| (overlap, tight) > (o, t)) {
                    best = Some((overlap, tight, e));
                }
            }
        }
    }
    best.map(|b| b.2)
}

/// The actor code of a span: its words first ("Chilean troops" → `CHLMIL`, when they
/// say more than a country alone), else the entity it refers to (pronouns included).
pub fn actor_for_span(doc: &Document, start: usize, end: usize) -> Option<String> {
    let words = actor::code_for_text(doc.slice(start, end));
    let ent = entity_for_span(doc, start, end).and_then(|e| e.actor.clone());
    match (words, ent) {
        (Some(w), Some(e)) => {
            let (wc, wa) = actor::split(&w);
            let (ec, ea) = actor::split(&e);
            if !wa.is_empty() && (wc.is_empty() || wc == ec) && !ec.is_empty() && ea.is_empty() {
                actor::join(ec, wa)
            } else if wa.is_empty() && !ea.is_empty() {
                Some(e)
            } else {
                Some(w)
            }
        }
        (w, e) => w.or(e),
    }
}
