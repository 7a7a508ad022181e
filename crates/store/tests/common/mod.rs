//! Hand-built documents for the store tests: every layer filled in by hand, so the tests
//! do not depend on the extraction layers. The articles are written for these tests.
#![allow(dead_code)]

use sitrep_doc::*;

/// Builds a document over `text`, finding spans by their words.
pub struct Builder {
    pub doc: Document,
}

impl Builder {
    pub fn new(title: &str, published: &str, text: &str) -> Builder {
        let mut doc = Document::new(
            text.to_string(),
            Source {
                path: Some(format!("{title}.txt")),
                ..Source::default()
            },
            Meta {
                title: Some(title.to_string()),
                published: Some(published.to_string()),
                language: Some("en".into()),
                ..Meta::default()
            },
        );
        // Sentences: split after ". ".
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            doc.sentences.push(Sentence {
                start,
                end: i + 1,
                tokens: [0, 0],
            });
            start = i + 2;
        }
        if start < text.len() {
            doc.sentences.push(Sentence {
                start,
                end: text.len(),
                tokens: [0, 0],
            });
        }
        // Tokens: whitespace-separated words, filled like a parser would.
        let mut at = 0;
        for w in text.split_whitespace() {
            let s = at + text[at..].find(w).unwrap();
            let i = doc.tokens.len() as i64;
            doc.tokens.push(Token {
                start: s,
                end: s + w.len(),
                pos: Some(if i % 3 == 0 { "NOUN" } else { "VERB" }.into()),
                xpos: Some("NN".into()),
                lemma: Some(if i % 2 == 0 {
                    w.to_string()
                } else {
                    w.to_lowercase()
                }),
                head: Some(if i == 0 { -1 } else { i - 1 }),
                dep: Some(if i == 0 { "root" } else { "dep" }.into()),
            });
            at = s + w.len();
        }
        Builder { doc }
    }

    /// Byte span of the `nth` occurrence of `words`.
    pub fn find(&self, words: &str, nth: usize) -> (usize, usize) {
        let s = self
            .doc
            .text
            .match_indices(words)
            .nth(nth)
            .unwrap_or_else(|| panic!("{words:?} #{nth} not in text"))
            .0;
        (s, s + words.len())
    }

    pub fn entity(
        mut self,
        name: &str,
        kind: EntityType,
        actor: Option<&str>,
        mentions: &[&str],
    ) -> Builder {
        let id = format!("E{}", self.doc.entities.len() + 1);
        let mut ms = Vec::new();
        for m in mentions {
            let (s, e) = self.find(m, 0);
            ms.push(Mention {
                start: s,
                end: e,
                text: m.to_string(),
                sentence: self.doc.sentence_at(s),
                kind: MentionKind::Name,
            });
        }
        self.doc.entities.push(Entity {
            id,
            name: name.to_string(),
            kind,
            mentions: ms,
            aliases: mentions.iter().map(|m| m.to_string()).collect(),
            roles: vec![],
            actor: actor.map(str::to_string),
        });
        self
    }

    pub fn role(mut self, title: &str) -> Builder {
        if let Some(e) = self.doc.entities.last_mut() {
            e.roles.push(Role {
                title: title.into(),
                of: None,
            });
        }
        self
    }

    fn actor_ref(&self, words: &str, entity: Option<&str>, actor: Option<&str>) -> ActorRef {
        let (s, e) = self.find(words, 0);
        ActorRef {
            start: s,
            end: e,
            text: words.into(),
            entity: entity.map(str::to_string),
            actor: actor.map(str::to_string),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn event(
        mut self,
        trigger: &str,
        code: &str,
        goldstein: f64,
        status: Status,
        source: (&str, Option<&str>, Option<&str>),
        target: (&str, Option<&str>, Option<&str>),
        location: Option<&str>,
    ) -> Builder {
        let (ts, te) = self.find(trigger, 0);
        let id = format!("V{}", self.doc.events.len() + 1);
        let src = self.actor_ref(source.0, source.1, source.2);
        let tgt = self.actor_ref(target.0, target.1, target.2);
        let loc = location.map(|l| {
            let (s, e) = self.find(l, 0);
            self.doc.span_ref(s, e, None)
        });
        let sentence = self.doc.sentence_at(ts);
        self.doc.events.push(Event {
            id,
            trigger: self.doc.text_span(ts, te),
            code: code.into(),
            label: format!("code {code}"),
            plover: Some("assault".into()),
            goldstein,
            source: Some(src),
            target: Some(tgt),
            location: loc,
            time: None,
            status,
            attributed_to: None,
            sentence,
            intent_of: None,
            content_of: None,
        });
        self
    }

    pub fn quote(mut self, words: &str, speaker: &str, entity: Option<&str>) -> Builder {
        let (s, e) = self.find(words, 0);
        let (ss, se) = self.find(speaker, 0);
        let id = format!("Q{}", self.doc.quotes.len() + 1);
        self.doc.quotes.push(Quote {
            id,
            start: s,
            end: e,
            text: words.into(),
            kind: QuoteKind::Direct,
            speaker: Some(self.doc.span_ref(ss, se, entity.map(str::to_string))),
            cue: None,
            sentence: self.doc.sentence_at(s),
        });
        self
    }

    pub fn quantity(mut self, words: &str, value: f64, unit: &str) -> Builder {
        let (s, e) = self.find(words, 0);
        let id = format!("N{}", self.doc.quantities.len() + 1);
        self.doc.quantities.push(Quantity {
            id,
            start: s,
            end: e,
            text: words.into(),
            value,
            unit: unit.into(),
            about: None,
            change: None,
            qualifier: None,
        });
        self
    }

    pub fn build(self) -> Document {
        assert!(self.doc.validate().is_empty(), "{:?}", self.doc.validate());
        self.doc
    }
}

/// Two reports of the same raid (one says 12 dead, the other 15, and one carries a
/// denial), one unrelated article, and a near-copy of the first.
pub fn corpus() -> Vec<Document> {
    let a = Builder::new(
        "Rebels raid depot near Tarvel",
        "2031-04-02",
        "Fighters of the Red Hand Front raided a fuel depot near Tarvel on Tuesday, killing 12 guards. \
         Colonel Mira Castell, commander of the Tarvel garrison, said the attack began at dawn. \
         \"We pushed them back within the hour,\" Castell told reporters. \
         The government of Norland called the raid a crime against civilians.",
    )
    .entity("Red Hand Front", EntityType::Org, Some("NORREB"), &["Red Hand Front"])
    .entity("Mira Castell", EntityType::Person, Some("NORMIL"), &["Mira Castell", "Castell"])
    .role("colonel")
    .role("commander")
    .entity("Tarvel", EntityType::Gpe, None, &["Tarvel"])
    .entity("Norland", EntityType::Gpe, Some("NOR"), &["Norland"])
    .event(
        "raided",
        "190",
        -10.0,
        Status::Asserted,
        ("Red Hand Front", Some("E1"), Some("NORREB")),
        ("Tarvel garrison", None, Some("NORMIL")),
        Some("Tarvel"),
    )
    .quote("We pushed them back within the hour,", "Castell", Some("E2"))
    .quantity("12 guards", 12.0, "count")
    .build();

    let b = Builder::new(
        "Depot attack: army gives toll",
        "2031-04-02",
        "The army said rebels from the Red Hand Front raided the depot at Tarvel, leaving 15 guards dead. \
         A spokesman for the front denied that its fighters took part. \
         Col. Mira Castell said reinforcements had arrived in Tarvel by noon.",
    )
    .entity("the Red Hand Front", EntityType::Org, Some("NORREB"), &["Red Hand Front"])
    .entity("Col. Mira Castell", EntityType::Person, Some("NORMIL"), &["Mira Castell"])
    .role("colonel")
    .entity("Tarvel", EntityType::Gpe, None, &["Tarvel"])
    .event(
        "raided",
        "193",
        -10.0,
        Status::Denied,
        ("Red Hand Front", Some("E1"), Some("NORREB")),
        ("the depot", None, Some("NORMIL")),
        Some("Tarvel"),
    )
    .quantity("15 guards", 15.0, "count")
    .build();

    let c = Builder::new(
        "Copper slides as factories slow",
        "2031-05-20",
        "Copper prices fell 3% on Monday after factory output in Norland slowed for a third month. \
         Traders at the Velmar exchange said demand from builders had weakened.",
    )
    .entity("Norland", EntityType::Gpe, Some("NOR"), &["Norland"])
    .entity("Velmar exchange", EntityType::Org, None, &["Velmar exchange"])
    .quantity("3%", 3.0, "%")
    .build();

    // A syndicated copy of `a` with one word changed and another path.
    let mut d = Builder::new(
        "Rebels raid depot near Tarvel (wire)",
        "2031-04-02",
        &a.text.replace("on Tuesday", "on Tuesday morning"),
    )
    .entity(
        "Red Hand Front",
        EntityType::Org,
        Some("NORREB"),
        &["Red Hand Front"],
    )
    .build();
    d.source.path = Some("wire/copy.txt".into());
    vec![a, b, c, d]
}
