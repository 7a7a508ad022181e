//! Golden tests on articles written for these tests: resolution, roles and actor codes.

use sitrep_doc::{Document, Entity, EntityType, Layer, MentionKind, Meta, Source};
use sitrep_ner::NerLayer;

fn run(text: &str, published: Option<&str>) -> Document {
    let meta = Meta {
        published: published.map(|s| s.to_string()),
        ..Meta::default()
    };
    let mut doc = Document::new(text.to_string(), Source::default(), meta);
    sitrep_text::Segmenter::new().annotate(&mut doc);
    NerLayer::new().annotate(&mut doc);
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    doc
}

fn dump(doc: &Document) {
    for e in &doc.entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}[{:?}]", m.text, m.kind))
            .collect();
        println!(
            "{} {} {:?} actor={:?} roles={:?} aliases={:?} mentions={}",
            e.id,
            e.name,
            e.kind,
            e.actor,
            e.roles
                .iter()
                .map(|r| (r.title.clone(), r.of.clone()))
                .collect::<Vec<_>>(),
            e.aliases,
            ms.join(", ")
        );
    }
}

fn find<'a>(doc: &'a Document, name: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity named {name:?}"))
}

fn name_of(doc: &Document, id: &Option<String>) -> Option<String> {
    let id = id.as_ref()?;
    doc.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.name.clone())
}

const ARTICLE_1: &str = "Brigadier General Ana Ruiz, the commander of the Northern Brigade, \
said on Tuesday that her troops had retaken the town of Villa Sur. Gen Ruiz told reporters \
in La Paz that the operation was over. Ruiz's deputy, Colonel Tomas Mendez, was wounded. \
He is recovering in hospital.\n\nThe Armed Forces of the Philippines said the AFP would send observers. \
Bolivian President Luis Arce praised the army. Arce said it had acted lawfully.";

#[test]
fn article_1_ranks_appositives_acronyms_and_pronouns() {
    let doc = run(ARTICLE_1, Some("2026-11-25"));
    dump(&doc);
    let ruiz = find(&doc, "Ana Ruiz");
    assert_eq!(ruiz.kind, EntityType::Person);
    assert!(ruiz.aliases.contains(&"Ruiz".to_string()));
    // "Ana Ruiz", "Gen Ruiz", "Ruiz's": one entity, titles and possessive stripped
    assert!(
        ruiz.mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .count()
            >= 3
    );
    assert!(ruiz.mentions.iter().all(|m| !m.text.ends_with("'s")));
    assert!(ruiz
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Pronoun && m.text == "her"));
    let titles: Vec<&str> = ruiz.roles.iter().map(|r| r.title.as_str()).collect();
    assert!(titles.contains(&"Brigadier General"), "{titles:?}");
    assert!(titles.contains(&"Gen"), "{titles:?}");
    let commander = ruiz.roles.iter().find(|r| r.title == "commander").unwrap();
    assert_eq!(
        name_of(&doc, &commander.of).as_deref(),
        Some("Northern Brigade")
    );
    // (an officer the text gives no country is of the one the article is about: La Paz,
    // the Bolivian president)
    assert_eq!(ruiz.actor.as_deref(), Some("BOLMIL"));

    let mendez = find(&doc, "Tomas Mendez");
    assert!(mendez.roles.iter().any(|r| r.title == "Colonel"));
    assert!(mendez.mentions.iter().any(|m| m.text == "He"));
    let deputy = mendez.roles.iter().find(|r| r.title == "deputy").unwrap();
    assert_eq!(name_of(&doc, &deputy.of).as_deref(), Some("Ana Ruiz"));

    let afp = find(&doc, "Armed Forces of the Philippines");
    assert!(afp.aliases.contains(&"AFP".to_string()));
    assert_eq!(afp.actor.as_deref(), Some("PHLMIL"));

    let arce = find(&doc, "Luis Arce");
    assert!(arce.roles.iter().any(|r| r.title == "President"));
    assert_eq!(arce.actor.as_deref(), Some("BOLGOV"));
    assert_eq!(find(&doc, "La Paz").kind, EntityType::Gpe);
    assert_eq!(find(&doc, "La Paz").actor.as_deref(), Some("BOLGOV"));
    assert_eq!(find(&doc, "Villa Sur").kind, EntityType::Gpe);
    // ids are E1.. in order of first mention, each mention once
    for (i, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, format!("E{}", i + 1));
    }
}

const ARTICLE_2: &str = "Defence Secretary Mark Hollis met Maria Fernandez, Chile's foreign \
minister, in Santiago on Monday. Fernandez said she welcomed the visit. The National \
Liberation Front, which the government calls a terrorist group, rejected the talks. The NLF \
said its fighters would keep their weapons. Hollis's spokesman declined to comment.\n\n\
Rafael Soto, who commanded the Southern Division until 2019, was arrested in Lima by Peruvian \
police on Sunday. Soto denied the charges. Moscow and the Kremlin said nothing.";

#[test]
fn article_2_title_patterns_who_clauses_and_capitals() {
    let doc = run(ARTICLE_2, Some("2026-11-25"));
    dump(&doc);
    let hollis = find(&doc, "Mark Hollis");
    assert!(hollis.roles.iter().any(|r| r.title == "Defence Secretary"));
    assert!(hollis.aliases.contains(&"Hollis".to_string()));
    assert_eq!(hollis.actor.as_deref(), Some("---GOV"));

    let fernandez = find(&doc, "Maria Fernandez");
    let fm = fernandez
        .roles
        .iter()
        .find(|r| r.title == "foreign minister")
        .unwrap();
    assert_eq!(name_of(&doc, &fm.of).as_deref(), Some("Chile"));
    assert_eq!(fernandez.actor.as_deref(), Some("CHLGOV"));
    assert!(fernandez.mentions.iter().any(|m| m.text == "she"));

    let front = find(&doc, "National Liberation Front");
    assert!(front.aliases.contains(&"NLF".to_string()));
    assert!(front.mentions.iter().any(|m| m.text == "its"));
    assert_eq!(front.actor.as_deref(), Some("---REB"));

    let soto = find(&doc, "Rafael Soto");
    let cmd = soto.roles.iter().find(|r| r.title == "commander").unwrap();
    assert_eq!(name_of(&doc, &cmd.of).as_deref(), Some("Southern Division"));

    assert_eq!(find(&doc, "Moscow").actor.as_deref(), Some("RUSGOV"));
    assert_eq!(find(&doc, "Chile").actor.as_deref(), Some("CHL"));

    // span API for the events layer
    let at = |s: &str| {
        let i = ARTICLE_2.find(s).unwrap();
        (i, i + s.len())
    };
    let (a, b) = at("Peruvian police");
    assert_eq!(
        sitrep_ner::actor_for_span(&doc, a, b).as_deref(),
        Some("PERCOP")
    );
    let (a, b) = at("Fernandez said she");
    let she = (b - 3, b);
    assert_eq!(
        sitrep_ner::entity_for_span(&doc, she.0, she.1).map(|e| e.name.as_str()),
        Some("Maria Fernandez")
    );
    assert_eq!(
        sitrep_ner::actor_for_span(&doc, she.0, she.1).as_deref(),
        Some("CHLGOV")
    );
    let _ = a;

    // time expressions resolved against the publication date (a Wednesday)
    let times: Vec<(String, Option<String>)> = sitrep_ner::time::find_all(&doc)
        .into_iter()
        .map(|t| (doc.slice(t.start, t.end).to_string(), t.value))
        .collect();
    assert!(times.contains(&("Monday".to_string(), Some("2026-11-23".to_string()))));
    assert!(times.contains(&("until 2019".to_string(), Some("../2019".to_string()))));
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    for t in [
        "",
        " ",
        "\n\n",
        "no names here at all.",
        "\u{1F600} 🙂 «Ω» — 東京 ‘x’",
        "it it it. they. he",
    ] {
        let doc = run(t, None);
        for e in &doc.entities {
            assert!(!e.mentions.is_empty());
        }
    }
}

const ARTICLE_3: &str = "Chilean police fired tear gas at protesters in Valparaiso on Thursday, \
the Interior Ministry said. Interior Minister Carolina Toha told reporters that she regretted \
the violence. Her deputy, Manuel Monsalve, said the government would meet union leaders. \
Toha said Chile would not change course.";

#[test]
fn article_3_possessive_roles_and_dominant_country() {
    let doc = run(ARTICLE_3, Some("2026-11-25"));
    dump(&doc);
    let toha = find(&doc, "Carolina Toha");
    assert!(
        toha.roles.iter().any(|r| r.title == "Interior Minister"),
        "{:?}",
        toha.roles
    );
    assert!(!doc.entities.iter().any(|e| e.name == "Interior"));
    let monsalve = find(&doc, "Manuel Monsalve");
    let deputy = monsalve.roles.iter().find(|r| r.title == "deputy").unwrap();
    assert_eq!(name_of(&doc, &deputy.of).as_deref(), Some("Carolina Toha"));
    // an institution with no country in its name takes the article's country
    assert_eq!(
        find(&doc, "Interior Ministry").actor.as_deref(),
        Some("CHLGOV")
    );
}

#[test]
fn with_the_syntax_layer_the_same_entities_come_out() {
    let meta = Meta {
        published: Some("2026-11-25".to_string()),
        ..Meta::default()
    };
    let mut doc = Document::new(ARTICLE_1.to_string(), Source::default(), meta);
    sitrep_text::Segmenter::new().annotate(&mut doc);
    sitrep_syntax::SyntaxLayer::new().annotate(&mut doc);
    NerLayer::new().annotate(&mut doc);
    assert!(doc.validate().is_empty());
    dump(&doc);
    let ruiz = find(&doc, "Ana Ruiz");
    assert!(ruiz.mentions.iter().any(|m| m.text == "her"));
    let mendez = find(&doc, "Tomas Mendez");
    assert!(mendez.mentions.iter().any(|m| m.text == "He"));
    assert_eq!(find(&doc, "Luis Arce").actor.as_deref(), Some("BOLGOV"));
}

#[test]
fn hyphenated_compounds_are_one_word_for_the_tagger() {
    // The tokenizer splits "al-Hakim" into "al", "-", "Hakim"; the tagger (trained on
    // CoNLL words) sees one word, so no mention starts or ends inside a compound.
    let text = "Dr. Ana al-Hakim, a spokeswoman, said the move was planned. \
                Abdel Fattah el-Sisi met Saudi-based bankers in Baden-Baden on Monday.";
    let doc = run(text, None);
    dump(&doc);
    let inside = |at: usize| {
        at > 0 && at < text.len() && {
            let (a, b) = (text.as_bytes()[at - 1], text.as_bytes()[at]);
            (a == b'-' && b.is_ascii_alphabetic()) || (b == b'-' && a.is_ascii_alphabetic())
        }
    };
    for e in &doc.entities {
        for m in &e.mentions {
            assert!(
                !inside(m.start) && !inside(m.end),
                "mention {:?} cuts a hyphenated word",
                m.text
            );
        }
    }
    let hakim = find(&doc, "Ana al-Hakim");
    assert_eq!(hakim.kind, EntityType::Person);
}
