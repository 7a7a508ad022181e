//! `sitrep-extract`: quotes and speakers, CAMEO/PLOVER events with status and
//! attribution, quantities.
//!
//! One layer, [`Extract`], fills `quotes`, `events` and `quantities` from the tokens
//! (and, when the layers before filled them, the tags, dependency tree and entities).
//! Without a parse it falls back to the surface order of words; without entities,
//! speakers and arguments are plain phrases with no entity or actor code.
//!
//! Other entry points: [`extract_with_actors`] runs the same extraction with extra actor
//! mentions (a PETRARCH/Phoenix actor dictionary, see [`dict`]), as `sitrep eval events`
//! does; [`cameo`] is the codebook (names, Goldstein weights, PLOVER types).

pub mod cameo;
pub mod dict;
pub mod events;
pub mod lexicon;
mod np;
pub mod quantities;
pub mod quotes;
mod tree;
pub mod verbs;
mod view;

use sitrep_doc::{Document, Event, Layer, Quantity, Quote};

pub use view::Mention;

/// The extraction layer: quotes, events, quantities.
#[derive(Clone, Debug, Default)]
pub struct Extract {}

impl Extract {
    pub fn new() -> Extract {
        Extract {}
    }
}

/// What the extraction finds in one document.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub quantities: Vec<Quantity>,
}

/// Extracts from `doc`, with `extra` actor mentions (token ranges with actor codes)
/// taking precedence over the document's entity mentions where they overlap.
pub fn extract_with_actors(doc: &Document, extra: Vec<Mention>) -> Extracted {
    extract_with(doc, extra, None)
}

/// Like [`extract_with_actors`], with verb triggers and codes taken from a PETRARCH verb
/// dictionary instead of the built-in lexicon when `verbs` is given (nominal events
/// are then not coded).
pub fn extract_with(
    doc: &Document,
    extra: Vec<Mention>,
    verbs: Option<&verbs::VerbDict>,
) -> Extracted {
    let mut v = view::View::new(doc);
    if !extra.is_empty() {
        let mut ms = extra;
        let over = |a: usize, b: usize, ms: &[Mention]| {
            ms.iter()
                .find(|m| m.a < b && a < m.b && m.actor.is_some())
                .and_then(|m| m.actor.clone())
        };
        let taken = |a: usize, b: usize, ms: &[Mention]| ms.iter().any(|m| m.a < b && a < m.b);
        // An entity one of whose mentions a given actor covers is that actor where a
        // subject pronoun stands for it ("Obama said he would …": "he" is Obama's actor;
        // possessives are left alone: "his visit" is not an actor).
        let mut coded: Vec<(String, String)> = Vec::new();
        for m in &v.mentions {
            if let (Some(e), Some(code)) = (&m.entity, over(m.a, m.b, &ms)) {
                if !coded.iter().any(|(x, _)| x == e) {
                    coded.push((e.clone(), code));
                }
            }
        }
        let mut keep: Vec<Mention> = Vec::new();
        let old = std::mem::take(&mut v.mentions);
        for mut m in old {
            if !taken(m.a, m.b, &ms) {
                let subject_pronoun = m.kind == sitrep_doc::MentionKind::Pronoun
                    && m.b == m.a + 1
                    && v.is(m.a, &["he", "she", "they"]);
                let code = m
                    .entity
                    .as_ref()
                    .and_then(|e| coded.iter().find(|(x, _)| x == e));
                if let (true, Some((_, code))) = (subject_pronoun, code) {
                    m.actor = Some(code.clone());
                }
                keep.push(m);
            }
        }
        ms.extend(keep);
        v.set_mentions(ms);
    }
    let q = quotes::find(&v);
    let events = events::find(&v, &q, verbs);
    let quantities = quantities::find(&v);
    Extracted {
        quotes: q.into_iter().map(|f| f.quote).collect(),
        events,
        quantities,
    }
}

/// Extracts from `doc` using its own entities.
pub fn extract(doc: &Document) -> Extracted {
    extract_with_actors(doc, Vec::new())
}

impl Layer for Extract {
    fn name(&self) -> &'static str {
        "extract"
    }

    fn annotate(&self, doc: &mut Document) {
        if doc.tokens.is_empty() || doc.sentences.is_empty() {
            return;
        }
        let x = extract(doc);
        doc.quotes = x.quotes;
        doc.events = x.events;
        doc.quantities = x.quantities;
    }
}
