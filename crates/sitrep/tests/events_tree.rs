//! Event arguments and statuses through the full standard pipeline (tagger, parser,
//! entities): the tree rules of sitrep-extract on sentences written for these tests.

use sitrep_doc::{Document, Event, Meta, Source, Status};
use sitrep_pipeline::{Options, Pipeline};

fn run(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Source::default(), Meta::default());
    Pipeline::standard(Options::default()).annotate(&mut d);
    d
}

fn events<'a>(d: &'a Document, code: &str) -> Vec<&'a Event> {
    d.events.iter().filter(|e| e.code == code).collect()
}

fn actors(e: &Event) -> (Option<&str>, Option<&str>) {
    (
        e.source.as_ref().and_then(|a| a.actor.as_deref()),
        e.target.as_ref().and_then(|a| a.actor.as_deref()),
    )
}

#[test]
fn controlled_verb_takes_the_subject_of_its_governor() {
    let d = run("Egypt plans to expel the Iranian ambassador.");
    let e = events(&d, "174");
    assert_eq!(e.len(), 1, "{:#?}", d.events);
    assert_eq!(e[0].source.as_ref().unwrap().text, "Egypt");
    assert_eq!(e[0].status, Status::Hypothetical);
}

#[test]
fn conjoined_country_modifiers_give_one_event_each() {
    let d = run("US and British troops attacked the town.");
    let mut src: Vec<&str> = events(&d, "190")
        .iter()
        .filter_map(|e| actors(e).0)
        .map(|a| &a[..3])
        .collect();
    src.sort();
    assert_eq!(src, ["GBR", "USA"], "{:#?}", d.events);
}

#[test]
fn intent_is_coded_beside_the_event_that_has_not_happened() {
    let d = run("Chile will host talks with Peru next month.");
    let host = &events(&d, "043")[0];
    assert_eq!(host.status, Status::Hypothetical);
    let intent = &events(&d, "036")[0];
    assert_eq!(intent.trigger.text, "will");
    assert_eq!(intent.status, Status::Asserted);
    assert_eq!(intent.intent_of.as_deref(), Some(host.id.as_str()));
    let d = run("Brazil said it would not provide support to Venezuela.");
    let refusal = &events(&d, "121")[0];
    assert_eq!(refusal.status, Status::Attributed);
    assert_eq!(actors(refusal).1, Some("VEN"));
}

#[test]
fn a_threat_to_attack_is_a_threat() {
    let d = run("The rebels want to attack the capital.");
    let t = &events(&d, "138")[0];
    assert_eq!(t.source.as_ref().unwrap().text, "The rebels");
    assert_eq!(events(&d, "190")[0].status, Status::Hypothetical);
}

#[test]
fn negative_subject_negates() {
    let d = run("Nobody attacked the convoy.");
    assert_eq!(events(&d, "190")[0].status, Status::Negated);
}

#[test]
fn datelines_are_not_subjects() {
    let d = run("LIMA, May 2 — Peruvian police arrested 12 protesters on Monday.");
    let e = &events(&d, "173")[0];
    assert_eq!(e.source.as_ref().unwrap().text, "Peruvian police");
}

#[test]
fn passive_agent_is_the_source() {
    let d = run("The envoy was expelled by Chile on Monday.");
    let e = &events(&d, "174")[0];
    assert_eq!(actors(e).0, Some("CHL"));
    assert_eq!(e.target.as_ref().unwrap().text, "The envoy");
}
