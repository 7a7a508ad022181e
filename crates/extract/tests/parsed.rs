//! The dependency-tree paths, on sentences whose UD parse is written by hand here (the
//! syntax layer fills the same fields).

use sitrep_doc::{Document, Layer, Meta, Sentence, Source, Status, Token};
use sitrep_extract::Extract;

/// Builds a one-sentence document from (word, upos, head (1-based, 0 = root), deprel).
fn parsed(words: &[(&str, &str, usize, &str)]) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for (i, (w, pos, head, dep)) in words.iter().enumerate() {
        let glue = i > 0 && !matches!(*w, "." | "," | "'s");
        if glue {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        tokens.push(Token {
            start,
            end: text.len(),
            pos: Some(pos.to_string()),
            xpos: None,
            lemma: None,
            head: Some(*head as i64 - 1),
            dep: Some(dep.to_string()),
        });
    }
    let mut doc = Document::new(text.clone(), Source::default(), Meta::default());
    doc.sentences = vec![Sentence {
        start: 0,
        end: text.len(),
        tokens: [0, tokens.len()],
    }];
    doc.tokens = tokens;
    Extract::new().annotate(&mut doc);
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    doc
}

fn args(doc: &Document, trig: &str) -> (Option<String>, Option<String>, Status) {
    let e = doc
        .events
        .iter()
        .find(|e| e.trigger.text == trig)
        .unwrap_or_else(|| panic!("no {trig} in {:?}", doc.events));
    (
        e.source.as_ref().map(|a| a.text.clone()),
        e.target.as_ref().map(|a| a.text.clone()),
        e.status,
    )
}

#[test]
fn active_from_the_tree() {
    let d = parsed(&[
        ("Chile", "PROPN", 2, "nsubj"),
        ("expelled", "VERB", 0, "root"),
        ("the", "DET", 5, "det"),
        ("Bolivian", "ADJ", 5, "amod"),
        ("envoy", "NOUN", 2, "obj"),
        (".", "PUNCT", 2, "punct"),
    ]);
    assert_eq!(
        args(&d, "expelled"),
        (
            Some("Chile".into()),
            Some("the Bolivian envoy".into()),
            Status::Asserted
        )
    );
}

#[test]
fn passive_from_the_tree() {
    let d = parsed(&[
        ("The", "DET", 2, "det"),
        ("envoy", "NOUN", 4, "nsubj:pass"),
        ("was", "AUX", 4, "aux:pass"),
        ("expelled", "VERB", 0, "root"),
        ("by", "ADP", 6, "case"),
        ("Chile", "PROPN", 4, "obl:agent"),
        (".", "PUNCT", 4, "punct"),
    ]);
    assert_eq!(
        args(&d, "expelled"),
        (
            Some("Chile".into()),
            Some("The envoy".into()),
            Status::Asserted
        )
    );
}

#[test]
fn nominal_and_negated_from_the_tree() {
    let d = parsed(&[
        ("Rebels", "NOUN", 4, "nsubj"),
        ("did", "AUX", 4, "aux"),
        ("not", "PART", 4, "advmod"),
        ("attack", "VERB", 0, "root"),
        ("the", "DET", 6, "det"),
        ("port", "NOUN", 4, "obj"),
        (".", "PUNCT", 4, "punct"),
    ]);
    let (s, t, st) = args(&d, "attack");
    assert_eq!(
        (s.as_deref(), t.as_deref()),
        (Some("Rebels"), Some("the port"))
    );
    assert_eq!(st, Status::Negated);
    let d = parsed(&[
        ("The", "DET", 2, "det"),
        ("raid", "NOUN", 0, "root"),
        ("on", "ADP", 5, "case"),
        ("the", "DET", 5, "det"),
        ("port", "NOUN", 2, "nmod"),
        ("failed", "VERB", 2, "acl"),
    ]);
    let (_, t, _) = args(&d, "raid");
    assert_eq!(t.as_deref(), Some("the port"));
}

#[test]
fn controlled_verb_takes_the_subject_of_its_head() {
    let d = parsed(&[
        ("Talvia", "PROPN", 2, "nsubj"),
        ("plans", "VERB", 0, "root"),
        ("to", "PART", 4, "mark"),
        ("visit", "VERB", 2, "xcomp"),
        ("Norland", "PROPN", 4, "obj"),
        (".", "PUNCT", 2, "punct"),
    ]);
    assert_eq!(
        args(&d, "visit"),
        (
            Some("Talvia".into()),
            Some("Norland".into()),
            Status::Hypothetical
        )
    );
}
