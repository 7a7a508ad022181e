//! Behaviour of the extraction layer on sentences written for these tests, with the
//! segmenter only (no tagger, parser or entities: the surface fallbacks).

use sitrep_doc::{Change, Document, Layer, Meta, Qualifier, QuoteKind, Source, Status};
use sitrep_extract::Extract;

fn run(text: &str) -> Document {
    let mut doc = Document::new(
        text.to_string(),
        Source::default(),
        Meta {
            published: Some("2026-11-25".into()),
            ..Meta::default()
        },
    );
    sitrep_text::Segmenter::new().annotate(&mut doc);
    Extract::new().annotate(&mut doc);
    let bad = doc.validate();
    assert!(bad.is_empty(), "invalid spans: {bad:?}");
    doc
}

fn dump(doc: &Document) -> String {
    let mut s = String::new();
    for v in &doc.events {
        s += &format!(
            "{} {} [{}] src={:?} tgt={:?} status={} by={:?} loc={:?} time={:?}\n",
            v.id,
            v.trigger.text,
            v.code,
            v.source.as_ref().map(|a| &a.text),
            v.target.as_ref().map(|a| &a.text),
            v.status.as_str(),
            v.attributed_to.as_ref().map(|a| &a.text),
            v.location.as_ref().map(|a| &a.text),
            v.time.as_ref().map(|a| (&a.text, &a.value)),
        );
    }
    for q in &doc.quotes {
        s += &format!(
            "{} {:?} {:?} speaker={:?} cue={:?}\n",
            q.id,
            q.kind,
            q.text,
            q.speaker.as_ref().map(|a| &a.text),
            q.cue.as_ref().map(|a| &a.text)
        );
    }
    for n in &doc.quantities {
        s += &format!(
            "{} {:?} {} {} {:?} {:?} about={:?}\n",
            n.id,
            n.text,
            n.value,
            n.unit,
            n.qualifier,
            n.change,
            n.about.as_ref().map(|a| &a.text)
        );
    }
    s
}

#[test]
fn debug_dump() {
    for t in [
        "The envoy was expelled by Chile on Monday.",
        "Chile expelled the envoy.",
        "Rebels shelled the town of Marsa overnight, the army said.",
        "A raid on the port killed four people.",
        "The shelling of the town continued.",
        "The army did not attack the village.",
        "The ministry denied that its troops had shelled the camp.",
        "Officials said the government could impose sanctions on Norland.",
        "Talvia plans to visit Norland next week.",
        "Witnesses said police arrested 40 protesters in Varna.",
        "The reports of an air strike could not be independently verified.",
        "The defence minister confirmed that troops had detained the suspects.",
        "Copper prices jumped almost 3% on Tuesday.",
        "The company lost more than $2.5 billion last year, and shares fell 4 percent.",
        "\u{201C}We will not retreat,\u{201D} she said. \u{201C}Our forces are ready.\u{201D}",
        "According to the mayor, the bridge was destroyed by rebels.",
        "He said the plan was \u{201C}dead on arrival\u{201D} in the senate.",
    ] {
        let d = run(t);
        eprintln!("== {t}\n{}", dump(&d));
    }
}
