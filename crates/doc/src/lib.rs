//! `sitrep-doc`: the annotated document.
//!
//! A [`Document`] holds the clean body `text` and typed layers (sentences, tokens,
//! entities, quotes, events, quantities) whose spans are offsets into that text. It
//! depends on no other sitrep crate and does no I/O.
//!
//! **Offsets.** Inside the engine every `start`/`end` is a *byte* offset into
//! [`Document::text`] (free slicing). Serializing a `Document` writes them as
//! *Unicode scalar* offsets, as the `sitrep/1` contract says, and deserializing converts
//! them back; [`offsets::OffsetMap`] is that one conversion. Serialize a whole
//! `Document`, or use [`Document::with_json_offsets`] to serialize a part of it:
//! a layer item serialized on its own, outside that scope, would carry byte offsets.

pub mod calendar;
pub mod offsets;

use offsets::OffsetMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The schema name written into every document.
pub const SCHEMA: &str = "sitrep/1";

// ---------------------------------------------------------------------------------------
// Offset serialization scope

thread_local! {
    static JSON_OFFSETS: RefCell<Option<Rc<OffsetMap>>> = const { RefCell::new(None) };
}

/// `serialize_with` for every `start`/`end`: byte offset in, JSON (char) offset out.
fn ser_offset<S: Serializer>(v: &usize, s: S) -> Result<S::Ok, S::Error> {
    let out = JSON_OFFSETS.with(|m| match &*m.borrow() {
        Some(map) => map.to_char(*v),
        None => *v,
    });
    s.serialize_u64(out as u64)
}

struct OffsetScope {
    prev: Option<Rc<OffsetMap>>,
}

impl OffsetScope {
    fn enter(map: Rc<OffsetMap>) -> OffsetScope {
        let prev = JSON_OFFSETS.with(|m| m.borrow_mut().replace(map));
        OffsetScope { prev }
    }
}

impl Drop for OffsetScope {
    fn drop(&mut self) {
        let prev = self.prev.take();
        JSON_OFFSETS.with(|m| *m.borrow_mut() = prev);
    }
}

// ---------------------------------------------------------------------------------------
// Layers

/// Where an article came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub format: SourceFormat,
    /// Position inside a container input (JSONL line, feed item, WARC record), 1-based.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
    Jsonl,
    Rss,
    Atom,
    Warc,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
            SourceFormat::Jsonl => "jsonl",
            SourceFormat::Rss => "rss",
            SourceFormat::Atom => "atom",
            SourceFormat::Warc => "warc",
        }
    }
}

/// Article metadata. Every field is always written (null or empty when unknown).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub title: Option<String>,
    /// ISO 8601.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub byline: Vec<String>,
    /// ISO 639-1.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub site: Option<String>,
}

/// A sentence: its span, and the range of token indices it covers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    /// `[first, last)` token indices (an added field of sitrep/1).
    #[serde(default)]
    pub tokens: [usize; 2],
}

/// A token (a syntactic word). Annotations are null until a layer fills them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Token {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    /// UD UPOS tag.
    #[serde(default)]
    pub pos: Option<String>,
    /// Penn Treebank tag (an added field of sitrep/1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xpos: Option<String>,
    #[serde(default)]
    pub lemma: Option<String>,
    /// Token index of the head; -1 for the root.
    #[serde(default)]
    pub head: Option<i64>,
    /// UD relation.
    #[serde(default)]
    pub dep: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Facility,
    Event,
    #[default]
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Org => "org",
            EntityType::Gpe => "gpe",
            EntityType::Loc => "loc",
            EntityType::Norp => "norp",
            EntityType::Facility => "facility",
            EntityType::Event => "event",
            EntityType::Misc => "misc",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    #[default]
    Name,
    Nominal,
    Pronoun,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    pub kind: MentionKind,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    /// Entity id the role is "of", when the article names it.
    #[serde(default)]
    pub of: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub mentions: Vec<Mention>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub actor: Option<String>,
}

/// A reference to words in the text, resolved to an entity where possible.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpanRef {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub entity: Option<String>,
}

/// A span ref with a CAMEO-style actor code (event source and target).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default)]
    pub actor: Option<String>,
}

/// A span ref for a time expression, with its resolved ISO 8601 value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeRef {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
}

/// Plain evidence span: offsets and the words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    #[default]
    Direct,
    Indirect,
    Mixed,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    #[serde(default)]
    pub speaker: Option<SpanRef>,
    #[serde(default)]
    pub cue: Option<SpanRef>,
    pub sentence: usize,
}

/// How the article stands behind an event. Declared in precedence order: when several
/// hold, the smallest wins (`negated` first, `asserted` last).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Negated,
    Denied,
    Hypothetical,
    Unconfirmed,
    Confirmed,
    Attributed,
    #[default]
    Asserted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Negated => "negated",
            Status::Denied => "denied",
            Status::Hypothetical => "hypothetical",
            Status::Unconfirmed => "unconfirmed",
            Status::Confirmed => "confirmed",
            Status::Attributed => "attributed",
            Status::Asserted => "asserted",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub trigger: TextSpan,
    /// CAMEO code, 2 to 4 digits.
    pub code: String,
    pub label: String,
    #[serde(default)]
    pub plover: Option<String>,
    pub goldstein: f64,
    #[serde(default)]
    pub source: Option<ActorRef>,
    #[serde(default)]
    pub target: Option<ActorRef>,
    #[serde(default)]
    pub location: Option<SpanRef>,
    #[serde(default)]
    pub time: Option<TimeRef>,
    pub status: Status,
    #[serde(default)]
    pub attributed_to: Option<SpanRef>,
    pub sentence: usize,
    /// For an intent, threat or refusal that sitrep derives from a hypothetical or
    /// negated event (CAMEO codes it so: "Obama wants to attack Switzerland" is 138,
    /// threaten with military force, while the attack itself stays hypothetical), the
    /// id of that event. An added field of sitrep/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent_of: Option<String>,
    /// For an event that is the content of another event, a speech act about it, the id
    /// of that event: the accusation or claim a named party makes by reporting it ("Israel
    /// said a mortar bomb was fired at it from Gaza": an attack, attributed, content of
    /// Israel's accusation, 1123), the accusation it is the charge of ("accused Rwanda of
    /// making false claims"), or the demand or appeal it is the object of ("pressure from
    /// Congress to help Iran"). CAMEO codes the speech act, not its content. An added
    /// field of sitrep/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_of: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Up,
    Down,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    MoreThan,
    LessThan,
    About,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub id: String,
    #[serde(serialize_with = "ser_offset")]
    pub start: usize,
    #[serde(serialize_with = "ser_offset")]
    pub end: usize,
    pub text: String,
    pub value: f64,
    /// `%`, an ISO 4217 code for money, `count`, or a unit word.
    pub unit: String,
    #[serde(default)]
    pub about: Option<SpanRef>,
    #[serde(default)]
    pub change: Option<Change>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
}

// ---------------------------------------------------------------------------------------
// Document

/// The annotated document. All offsets are byte offsets into `text` (see crate docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub id: String,
    pub source: Source,
    pub meta: Meta,
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub quantities: Vec<Quantity>,
    /// Milliseconds per stage.
    pub timings: Option<BTreeMap<String, f64>>,
}

/// Stable content id of a text: 16 hex digits of a 64-bit FNV-1a hash of its UTF-8 bytes.
/// The same text always gives the same id, on every platform and version.
pub fn content_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Document {
    /// A new document over `text`, with its content id set and no layers.
    pub fn new(text: String, source: Source, meta: Meta) -> Document {
        Document {
            id: content_id(&text),
            source,
            meta,
            text,
            ..Document::default()
        }
    }

    /// The words of a byte span (empty if the span is not valid for this text).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    pub fn span_ref(&self, start: usize, end: usize, entity: Option<String>) -> SpanRef {
        SpanRef {
            start,
            end,
            text: self.slice(start, end).to_string(),
            entity,
        }
    }

    pub fn text_span(&self, start: usize, end: usize) -> TextSpan {
        TextSpan {
            start,
            end,
            text: self.slice(start, end).to_string(),
        }
    }

    /// Index of the sentence containing byte offset `at` (the last one if past the end).
    pub fn sentence_at(&self, at: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.end <= at);
        i.min(self.sentences.len().saturating_sub(1))
    }

    /// Runs `f` with JSON (char) offsets in force, so that any part of this document
    /// serialized inside `f` gets contract offsets.
    pub fn with_json_offsets<R>(&self, f: impl FnOnce() -> R) -> R {
        let _scope = OffsetScope::enter(Rc::new(OffsetMap::new(&self.text)));
        f()
    }

    /// Pretty JSON, as `sitrep extract --format json` prints it.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Document always serializes")
    }

    /// One line of JSON, as `--format jsonl` prints it.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("a Document always serializes")
    }

    /// Parses a `sitrep/1` JSON document (offsets converted to bytes).
    pub fn from_json(s: &str) -> Result<Document, serde_json::Error> {
        serde_json::from_str(s)
    }

    /// Calls `f` on every offset of every layer.
    pub fn for_each_offset_mut(&mut self, mut f: impl FnMut(&mut usize)) {
        let mut pair = |s: &mut usize, e: &mut usize| {
            f(s);
            f(e);
        };
        for s in &mut self.sentences {
            pair(&mut s.start, &mut s.end);
        }
        for t in &mut self.tokens {
            pair(&mut t.start, &mut t.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                pair(&mut m.start, &mut m.end);
            }
        }
        for q in &mut self.quotes {
            pair(&mut q.start, &mut q.end);
            for r in [&mut q.speaker, &mut q.cue].into_iter().flatten() {
                pair(&mut r.start, &mut r.end);
            }
        }
        for v in &mut self.events {
            pair(&mut v.trigger.start, &mut v.trigger.end);
            for r in [&mut v.source, &mut v.target].into_iter().flatten() {
                pair(&mut r.start, &mut r.end);
            }
            for r in [&mut v.location, &mut v.attributed_to]
                .into_iter()
                .flatten()
            {
                pair(&mut r.start, &mut r.end);
            }
            if let Some(t) = &mut v.time {
                pair(&mut t.start, &mut t.end);
            }
        }
        for n in &mut self.quantities {
            pair(&mut n.start, &mut n.end);
            if let Some(r) = &mut n.about {
                pair(&mut r.start, &mut r.end);
            }
        }
    }

    /// Every span with its claimed words: `(what, start, end, claimed text or None)`.
    fn spans(&self) -> Vec<(String, usize, usize, Option<&str>)> {
        let mut out: Vec<(String, usize, usize, Option<&str>)> = Vec::new();
        for (i, s) in self.sentences.iter().enumerate() {
            out.push((format!("sentence {i}"), s.start, s.end, None));
        }
        for (i, t) in self.tokens.iter().enumerate() {
            out.push((format!("token {i}"), t.start, t.end, None));
        }
        fn r<'a>(
            out: &mut Vec<(String, usize, usize, Option<&'a str>)>,
            what: String,
            r: &'a Option<SpanRef>,
        ) {
            if let Some(r) = r {
                out.push((what, r.start, r.end, Some(r.text.as_str())));
            }
        }
        for e in &self.entities {
            for m in &e.mentions {
                out.push((format!("{} mention", e.id), m.start, m.end, Some(&m.text)));
            }
        }
        for q in &self.quotes {
            out.push((q.id.clone(), q.start, q.end, Some(&q.text)));
            r(&mut out, format!("{} speaker", q.id), &q.speaker);
            r(&mut out, format!("{} cue", q.id), &q.cue);
        }
        for v in &self.events {
            let t = &v.trigger;
            out.push((format!("{} trigger", v.id), t.start, t.end, Some(&t.text)));
            for (w, a) in [("source", &v.source), ("target", &v.target)] {
                if let Some(a) = a {
                    out.push((format!("{} {w}", v.id), a.start, a.end, Some(&a.text)));
                }
            }
            r(&mut out, format!("{} location", v.id), &v.location);
            r(
                &mut out,
                format!("{} attributed_to", v.id),
                &v.attributed_to,
            );
            if let Some(t) = &v.time {
                out.push((format!("{} time", v.id), t.start, t.end, Some(&t.text)));
            }
        }
        for n in &self.quantities {
            out.push((n.id.clone(), n.start, n.end, Some(&n.text)));
            r(&mut out, format!("{} about", n.id), &n.about);
        }
        out
    }

    /// Checks the invariants: every span lies inside `text` on char boundaries, and its
    /// `text` field equals `text[start..end]`; sentence and head indices are in range.
    /// Returns one message per violation (empty when the document is sound).
    pub fn validate(&self) -> Vec<String> {
        let mut bad = Vec::new();
        for (what, s, e, claimed) in self.spans() {
            match self.text.get(s..e) {
                None => bad.push(format!(
                    "{what}: span {s}..{e} is not a valid slice of text"
                )),
                Some(words) => {
                    if let Some(c) = claimed {
                        if c != words {
                            bad.push(format!("{what}: text {c:?} != text[{s}..{e}] {words:?}"));
                        }
                    }
                }
            }
        }
        let n = self.sentences.len();
        let check_sentence = |bad: &mut Vec<String>, what: &str, i: usize| {
            if i >= n {
                bad.push(format!("{what}: sentence {i} out of range ({n})"));
            }
        };
        for e in &self.entities {
            for m in &e.mentions {
                check_sentence(&mut bad, &e.id, m.sentence);
            }
        }
        for q in &self.quotes {
            check_sentence(&mut bad, &q.id, q.sentence);
        }
        for v in &self.events {
            check_sentence(&mut bad, &v.id, v.sentence);
        }
        for (i, t) in self.tokens.iter().enumerate() {
            if let Some(h) = t.head {
                if h < -1 || h >= self.tokens.len() as i64 {
                    bad.push(format!("token {i}: head {h} out of range"));
                }
            }
        }
        for w in self.sentences.windows(2) {
            if w[0].end > w[1].start {
                bad.push(format!("sentences overlap at {}", w[1].start));
            }
        }
        bad
    }
}

/// Borrowed mirror of the document, in contract field order.
#[derive(Serialize)]
struct DocOut<'a> {
    schema: &'static str,
    id: &'a str,
    source: &'a Source,
    meta: &'a Meta,
    text: &'a str,
    sentences: &'a [Sentence],
    tokens: &'a [Token],
    entities: &'a [Entity],
    quotes: &'a [Quote],
    events: &'a [Event],
    quantities: &'a [Quantity],
    #[serde(skip_serializing_if = "Option::is_none")]
    timings: &'a Option<BTreeMap<String, f64>>,
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.with_json_offsets(|| {
            DocOut {
                schema: SCHEMA,
                id: &self.id,
                source: &self.source,
                meta: &self.meta,
                text: &self.text,
                sentences: &self.sentences,
                tokens: &self.tokens,
                entities: &self.entities,
                quotes: &self.quotes,
                events: &self.events,
                quantities: &self.quantities,
                timings: &self.timings,
            }
            .serialize(s)
        })
    }
}

#[derive(Deserialize)]
struct DocIn {
    schema: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    source: Source,
    #[serde(default)]
    meta: Meta,
    text: String,
    #[serde(default)]
    sentences: Vec<Sentence>,
    #[serde(default)]
    tokens: Vec<Token>,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    quotes: Vec<Quote>,
    #[serde(default)]
    events: Vec<Event>,
    #[serde(default)]
    quantities: Vec<Quantity>,
    #[serde(default)]
    timings: Option<BTreeMap<String, f64>>,
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Document, D::Error> {
        let raw = DocIn::deserialize(d)?;
        if raw.schema != SCHEMA {
            return Err(serde::de::Error::custom(format!(
                "unsupported schema {:?} (expected {SCHEMA:?})",
                raw.schema
            )));
        }
        let mut doc = Document {
            id: raw.id,
            source: raw.source,
            meta: raw.meta,
            text: raw.text,
            sentences: raw.sentences,
            tokens: raw.tokens,
            entities: raw.entities,
            quotes: raw.quotes,
            events: raw.events,
            quantities: raw.quantities,
            timings: raw.timings,
        };
        let map = OffsetMap::new(&doc.text);
        doc.for_each_offset_mut(|o| *o = map.to_byte(*o));
        Ok(doc)
    }
}

// ---------------------------------------------------------------------------------------
// Layers plug into the pipeline through this trait.

/// One stage of the pipeline: reads the layers before it and fills its own.
///
/// Implementations do no I/O (models are loaded before, when the layer is built) and
/// never panic on any text; they keep every offset a valid byte offset into `doc.text`.
pub trait Layer: Send + Sync {
    /// Short stage name, used for `timings` ("segment", "tag", "parse", "ner", …).
    fn name(&self) -> &'static str;
    fn annotate(&self, doc: &mut Document);
}
