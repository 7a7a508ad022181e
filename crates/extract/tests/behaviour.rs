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

fn event<'a>(doc: &'a Document, trigger: &str) -> &'a sitrep_doc::Event {
    doc.events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no event {trigger:?} in\n{}", dump(doc)))
}

fn src(e: &sitrep_doc::Event) -> Option<&str> {
    e.source.as_ref().map(|a| a.text.as_str())
}

fn tgt(e: &sitrep_doc::Event) -> Option<&str> {
    e.target.as_ref().map(|a| a.text.as_str())
}

#[test]
fn passive_and_active_give_the_same_dyad() {
    let d = run("The envoy was expelled by Chile on Monday.");
    let e = event(&d, "expelled");
    assert_eq!((src(e), tgt(e)), (Some("Chile"), Some("The envoy")));
    assert_eq!(e.code, "174");
    assert_eq!(e.plover.as_deref(), Some("coerce"));
    assert!(e.goldstein < 0.0);
    let t = e.time.as_ref().unwrap();
    assert_eq!(
        (t.text.as_str(), t.value.as_deref()),
        ("Monday", Some("2026-11-23"))
    );
    let d = run("Chile expelled the envoy.");
    let e = event(&d, "expelled");
    assert_eq!((src(e), tgt(e)), (Some("Chile"), Some("the envoy")));
    assert_eq!(e.status, Status::Asserted);
    assert!(e.attributed_to.is_none());
}

/// The text, segmented only: for extraction with actor mentions given from outside.
fn segmented(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Source::default(), Meta::default());
    sitrep_text::Segmenter::new().annotate(&mut d);
    d
}

#[test]
fn conjoined_sources_are_one_event_each() {
    let doc = segmented("Norland and Vestia will meet in Talvia.");
    // Actor mentions as the entity layer or a dictionary would give them.
    let m = |a: usize, code: &str| sitrep_extract::Mention {
        a,
        b: a + 1,
        entity: None,
        actor: Some(code.to_string()),
        kind: sitrep_doc::MentionKind::Name,
    };
    let x = sitrep_extract::extract_with_actors(&doc, vec![m(0, "NOR"), m(2, "VES"), m(6, "TAL")]);
    let mut pairs: Vec<(String, String)> = x
        .events
        .iter()
        .map(|e| {
            (
                e.source.as_ref().unwrap().actor.clone().unwrap(),
                e.target.as_ref().unwrap().actor.clone().unwrap(),
            )
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![("NOR".into(), "VES".into()), ("VES".into(), "NOR".into())],
        "parties that meet somewhere meet each other"
    );
    assert!(x.events.iter().all(|e| e.status == Status::Hypothetical));
    // One party meeting somewhere meets the place.
    let doc = segmented("Norland will hold talks in Talvia.");
    let x = sitrep_extract::extract_with_actors(&doc, vec![m(0, "NOR"), m(5, "TAL")]);
    let e = &x.events[0];
    assert_eq!(e.target.as_ref().unwrap().actor.as_deref(), Some("TAL"));
}

#[test]
fn nominal_events() {
    let d = run("A raid on the port killed four people.");
    let e = event(&d, "raid");
    assert_eq!(tgt(e), Some("the port"));
    assert_eq!(e.code, "190");
    let k = event(&d, "killed");
    assert_eq!(tgt(k), Some("four people"));
    assert_eq!(src(k), None, "\"the port\" is not the killer");
    let d = run("The shelling of the town continued for hours.");
    let e = event(&d, "shelling");
    assert_eq!(tgt(e), Some("the town"));
    assert_eq!(e.code, "194");
    // "impose sanctions" is one trigger (163) in the lexicon.
    let d = run("Officials said the government could impose sanctions on Norland.");
    let e = event(&d, "impose sanctions");
    assert_eq!(e.code, "163");
    assert_eq!((src(e), tgt(e)), (Some("the government"), Some("Norland")));
}

#[test]
fn every_status() {
    let cases = [
        (
            "The army did not attack the village.",
            "attack",
            Status::Negated,
            None,
        ),
        (
            "The ministry denied that its troops had shelled the camp.",
            "shelled",
            Status::Denied,
            Some("The ministry"),
        ),
        (
            "Talvia plans to visit Norland next week.",
            "visit",
            Status::Hypothetical,
            None,
        ),
        (
            "If talks collapse, the rebels would attack the capital.",
            "attack",
            Status::Hypothetical,
            None,
        ),
        (
            "The reports of an air strike could not be independently verified.",
            "air strike",
            Status::Unconfirmed,
            None,
        ),
        (
            "The defence minister confirmed that troops had detained the suspects.",
            "detained",
            Status::Confirmed,
            Some("The defence minister"),
        ),
        (
            "Witnesses said police arrested 40 protesters in Varna.",
            "arrested",
            Status::Attributed,
            Some("Witnesses"),
        ),
        (
            "Police arrested 40 protesters in Varna.",
            "arrested",
            Status::Asserted,
            None,
        ),
    ];
    for (text, trig, status, by) in cases {
        let d = run(text);
        let e = event(&d, trig);
        assert_eq!(e.status, status, "{text}\n{}", dump(&d));
        assert_eq!(
            e.attributed_to.as_ref().map(|a| a.text.as_str()),
            by,
            "{text}"
        );
    }
}

#[test]
fn precedence_negation_beats_attribution() {
    let d = run("The army said its soldiers did not shoot the prisoners.");
    let e = event(&d, "shoot");
    assert_eq!(e.status, Status::Negated);
    assert_eq!(e.attributed_to.as_ref().unwrap().text, "The army");
}

#[test]
fn location_and_arguments() {
    let d = run("Witnesses said police arrested 40 protesters in Varna.");
    let e = event(&d, "arrested");
    assert_eq!((src(e), tgt(e)), (Some("police"), Some("40 protesters")));
    assert_eq!(e.location.as_ref().unwrap().text, "Varna");
}

#[test]
fn direct_quotes_split_by_attribution() {
    let d =
        run("\u{201C}We will not retreat,\u{201D} she said. \u{201C}Our forces are ready.\u{201D}");
    assert_eq!(d.quotes.len(), 2, "{}", dump(&d));
    for q in &d.quotes {
        assert_eq!(q.kind, QuoteKind::Direct);
        assert_eq!(q.speaker.as_ref().unwrap().text, "she");
        assert_eq!(q.cue.as_ref().unwrap().text, "said");
    }
    assert_eq!(d.quotes[1].text, "Our forces are ready.");
}

#[test]
fn direct_quote_with_inverted_cue_and_straight_marks() {
    let d = run("\"The road is closed to all traffic until Friday,\" said Mayor Ilse Brandt.");
    assert_eq!(d.quotes.len(), 1, "{}", dump(&d));
    let q = &d.quotes[0];
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.speaker.as_ref().unwrap().text, "Mayor Ilse Brandt");
}

#[test]
fn paragraph_only_quote_keeps_the_speaker() {
    let text = "The governor spoke after the vote. \u{201C}This is a good day for the province,\u{201D} Governor Ana Ruiz said.\n\n\u{201C}We have waited a long time for this road and now we will build it.\u{201D}\n\nThe work starts in May.";
    let d = run(text);
    assert_eq!(d.quotes.len(), 2, "{}", dump(&d));
    assert_eq!(
        d.quotes[1].speaker.as_ref().unwrap().text,
        "Governor Ana Ruiz"
    );
}

#[test]
fn multi_paragraph_quote() {
    let text = "Ruiz read a statement. \u{201C}The first part is about the roads.\n\n\u{201C}The second part is about the schools,\u{201D} she said.";
    let d = run(text);
    let direct: Vec<_> = d
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 2, "{}", dump(&d));
    assert!(direct
        .iter()
        .all(|q| q.speaker.as_ref().unwrap().text == "she"));
}

#[test]
fn indirect_quotes() {
    let d = run("The minister told reporters that the border would reopen on Friday.");
    let q = &d.quotes[0];
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "the border would reopen on Friday");
    assert_eq!(q.speaker.as_ref().unwrap().text, "The minister");
    assert_eq!(q.cue.as_ref().unwrap().text, "told");
    let d = run("According to the mayor, the bridge was destroyed by rebels.");
    let q = &d.quotes[0];
    assert_eq!(q.cue.as_ref().unwrap().text, "According to");
    assert_eq!(q.speaker.as_ref().unwrap().text, "the mayor");
    assert_eq!(q.text, "the bridge was destroyed by rebels");
    let e = event(&d, "destroyed");
    assert_eq!((src(e), tgt(e)), (Some("rebels"), Some("the bridge")));
    let d = run("The water supply will be cut for two days, a statement from the utility said.");
    let q = &d.quotes[0];
    assert_eq!(q.text, "The water supply will be cut for two days");
    assert_eq!(
        q.speaker.as_ref().unwrap().text,
        "a statement from the utility"
    );
}

#[test]
fn speakers_across_asides_and_conjunctions() {
    let d = run("Ana Ruiz, who runs the port authority, says the new cranes will arrive in May.");
    let q = &d.quotes[0];
    assert_eq!(q.speaker.as_ref().unwrap().text, "Ana Ruiz");
    assert_eq!(q.text, "the new cranes will arrive in May");
    let d = run("The mayor visited the dam in April and says the repairs are finished.");
    assert_eq!(d.quotes[0].speaker.as_ref().unwrap().text, "The mayor");
    let d = run("Hours later, Ruiz answered her critics, saying the plan was approved in June.");
    assert_eq!(d.quotes[0].speaker.as_ref().unwrap().text, "Ruiz");
    // "Officials in Somalia": the officials speak, not the place.
    let d = run("Officials in Somalia said the port would reopen on Monday.");
    assert_eq!(
        d.quotes[0].speaker.as_ref().unwrap().text,
        "Officials in Somalia"
    );
    let d = run("The Syrian Observatory for Human Rights, a group that tracks the war, said the road was closed.");
    assert_eq!(
        d.quotes[0].speaker.as_ref().unwrap().text,
        "The Syrian Observatory for Human Rights"
    );
}

#[test]
fn colon_introduced_quote() {
    let d = run("The governor released a statement: \u{201C}The bridge will reopen on Monday after the repairs.\u{201D}");
    assert_eq!(d.quotes.len(), 1, "{}", dump(&d));
    assert_eq!(d.quotes[0].speaker.as_ref().unwrap().text, "The governor");
}

#[test]
fn mixed_quote() {
    let d = run("He said the plan was \u{201C}dead on arrival\u{201D} in the senate.");
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].kind, QuoteKind::Mixed);
    assert_eq!(d.quotes[0].speaker.as_ref().unwrap().text, "He");
}

#[test]
fn scare_quotes_are_not_quotes() {
    let d = run("The so-called \"peace tax\" was dropped last year.");
    assert!(d.quotes.is_empty(), "{}", dump(&d));
}

#[test]
fn quantities() {
    let d = run("Copper prices jumped almost 3% on Tuesday.");
    let n = &d.quantities[0];
    assert_eq!(
        (n.text.as_str(), n.value, n.unit.as_str()),
        ("almost 3%", 3.0, "%")
    );
    assert_eq!(n.qualifier, Some(Qualifier::About));
    assert_eq!(n.change, Some(Change::Up));
    assert_eq!(n.about.as_ref().unwrap().text, "Copper prices");
    let d = run("The company lost more than $2.5 billion last year, and shares fell 4 percent.");
    assert_eq!(d.quantities.len(), 2, "{}", dump(&d));
    let m = &d.quantities[0];
    assert_eq!((m.value, m.unit.as_str()), (2.5e9, "USD"));
    assert_eq!(m.qualifier, Some(Qualifier::MoreThan));
    let p = &d.quantities[1];
    assert_eq!(
        (p.value, p.unit.as_str(), p.change),
        (4.0, "%", Some(Change::Down))
    );
    assert_eq!(p.about.as_ref().unwrap().text, "shares");
    let d =
        run("At least 12 soldiers died in 2019, and fewer than 300 families returned on March 3.");
    let vals: Vec<(f64, &str)> = d
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_str()))
        .collect();
    assert_eq!(
        vals,
        vec![(12.0, "count"), (300.0, "count")],
        "years and dates are not quantities"
    );
    assert_eq!(d.quantities[0].qualifier, Some(Qualifier::MoreThan));
    assert_eq!(d.quantities[1].qualifier, Some(Qualifier::LessThan));
    assert_eq!(d.quantities[0].about.as_ref().unwrap().text, "soldiers");
}

#[test]
fn the_level_a_change_reaches_measures_the_same_thing() {
    let d = run("Exports dropped 12 percent to 4.5 billion euros in May.");
    assert_eq!(d.quantities.len(), 2, "{}", dump(&d));
    let (change, level) = (&d.quantities[0], &d.quantities[1]);
    assert_eq!(change.change, Some(Change::Down));
    assert_eq!(change.about.as_ref().unwrap().text, "Exports");
    assert_eq!((level.value, level.unit.as_str()), (4.5e9, "EUR"));
    assert_eq!(level.change, None, "a level, not a change");
    assert_eq!(level.about.as_ref().unwrap().text, "Exports");
    // not after a change, or not right after it: nothing is borrowed
    let d = run("Exports reached 4.5 billion euros, and 200 firms sold to 30 countries.");
    assert!(
        d.quantities.iter().all(
            |q| q.about.as_ref().map(|a| a.text.as_str()) != Some("Exports") || q.value == 4.5e9
        ),
        "{}",
        dump(&d)
    );
}

#[test]
fn a_change_from_one_level_to_another_measures_its_subject_and_rises_to_the_second() {
    let d = run("Inflation rose from 5.1 percent to 5.4 percent in March.");
    assert_eq!(d.quantities.len(), 2, "{}", dump(&d));
    let (from, to) = (&d.quantities[0], &d.quantities[1]);
    assert_eq!(from.value, 5.1);
    assert_eq!(from.change, None, "the starting level is no change");
    assert_eq!(from.about.as_ref().unwrap().text, "Inflation");
    assert_eq!(to.value, 5.4);
    assert_eq!(
        to.change,
        Some(Change::Up),
        "the level reached carries the direction"
    );
    assert_eq!(to.about.as_ref().unwrap().text, "Inflation");
}

#[test]
fn money_units_and_directions() {
    let d = run("The state will spend \u{a3}3bn on rail and 5 million euros on ports, while the yuan weakened by 0.4 percent.");
    let got: Vec<(f64, &str, Option<Change>)> = d
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_str(), q.change))
        .collect();
    assert_eq!(
        got,
        vec![
            (3e9, "GBP", None),
            (5e6, "EUR", None),
            (0.4, "%", Some(Change::Down))
        ]
    );
    assert_eq!(d.quantities[2].about.as_ref().unwrap().text, "the yuan");
}

#[test]
fn no_panic_and_valid_spans_on_odd_input() {
    for t in [
        "",
        "\"",
        "\u{201C}",
        "said",
        "\"unclosed quote that runs on and on",
        "$ % 3 million",
        "by by by was was killed",
        "\u{201D}\u{201C}\u{201D} he said \u{201C}",
        "Ünïcödé “quoted” — said Zoë, 5 €",
    ] {
        let _ = run(t);
    }
}

const STORY: &str = "VARNA, Norland (Wire) \u{2014} Norlandic troops shelled the border town of Kesta on Tuesday, killing at least 12 civilians, the regional governor said.

\"The shelling started at dawn and did not stop until noon,\" Governor Ana Ruiz told reporters. \"We are asking the United Nations to send observers.\"

The Norlandic defence ministry denied that its forces had attacked civilians. A spokesman said the army would retaliate if rebels fired on its positions again.

Vestia expelled the Norlandic ambassador on Wednesday, according to a statement from the foreign ministry. The claims could not be independently verified.

Wheat prices jumped almost 3% after the attack, and the Norlandic currency fell more than 5 percent.";

#[test]
fn wire_story() {
    let d = run(STORY);
    let e = event(&d, "shelled");
    assert_eq!(
        (src(e), tgt(e)),
        (Some("Norlandic troops"), Some("the border town of Kesta"))
    );
    assert_eq!(e.status, Status::Attributed);
    assert_eq!(
        e.attributed_to.as_ref().unwrap().text,
        "the regional governor"
    );
    assert_eq!(
        e.time.as_ref().unwrap().value.as_deref(),
        Some("2026-11-24")
    );
    let k = event(&d, "killing");
    assert_eq!(
        (src(k), tgt(k)),
        (Some("Norlandic troops"), Some("12 civilians"))
    );
    let a = event(&d, "attacked");
    assert_eq!(a.status, Status::Denied);
    assert_eq!(
        a.attributed_to.as_ref().unwrap().text,
        "The Norlandic defence ministry"
    );
    let f = event(&d, "fired on");
    assert_eq!(f.status, Status::Hypothetical);
    let x = event(&d, "expelled");
    assert_eq!(
        (src(x), tgt(x)),
        (Some("Vestia"), Some("the Norlandic ambassador"))
    );
    assert_eq!(x.status, Status::Unconfirmed);
    assert_eq!(
        x.attributed_to.as_ref().unwrap().text,
        "a statement from the foreign ministry"
    );
    // The dateline is not part of what the governor said.
    assert!(d.quotes[0].text.starts_with("Norlandic troops shelled"));
    let direct: Vec<_> = d
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 2);
    assert!(direct
        .iter()
        .all(|q| q.speaker.as_ref().unwrap().text == "Governor Ana Ruiz"));
    let units: Vec<(f64, &str)> = d
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_str()))
        .collect();
    assert_eq!(units, vec![(12.0, "count"), (3.0, "%"), (5.0, "%")]);
}

#[test]
fn doubt_about_the_next_claim_does_not_reach_back() {
    // The doubt in the second sentence is about the rebels' own claim, not the first.
    let doc = run("Government forces killed the commander near Tarija, the defence ministry confirmed. \
         Rebel spokesmen said two other commanders had also died, though this could not be independently verified.");
    let e = event(&doc, "killed");
    assert_eq!(e.status, Status::Confirmed, "{}", dump(&doc));
    // A sentence that only comments on the one before still makes it unconfirmed.
    let doc = run(
        "Troops shelled the village on Monday, residents said. The claims could not be verified.",
    );
    assert_eq!(
        event(&doc, "shelled").status,
        Status::Unconfirmed,
        "{}",
        dump(&doc)
    );
}

#[test]
fn a_verb_with_a_particle_of_direction_measures_its_subject() {
    let d = run("Oil prices edged up 0.8% to $82 a barrel on Friday.");
    assert_eq!(d.quantities.len(), 2, "{}", dump(&d));
    assert_eq!(d.quantities[0].change, Some(Change::Up));
    assert_eq!(d.quantities[0].about.as_ref().unwrap().text, "Oil prices");
    assert_eq!(d.quantities[1].about.as_ref().unwrap().text, "Oil prices");
}
