//! PETRARCH-format dictionaries, with toy dictionaries written for these tests.

use sitrep_doc::{Document, Layer, Meta, Source};
use sitrep_extract::dict::Dictionaries;
use sitrep_extract::verbs::VerbDict;

const ACTORS: &str = "\
# toy actors
NORLAND_  [NOR]
+NORLANDER
+NORLANDIC_
VESTIA_ [VES]
KING_ALDO_
\t[NORGOV 200101-201012]
\t[NORELI >201013]
";

const AGENTS: &str = "\
!PERSON! = MAN, MEN
SOLDIER [~MIL]
POLICE_ {} [~COP]
FISHER!PERSON! [~AGR]
";

const VERBS: &str = "\
&TIES
+TIES
+RELATIONS

--- RESTORE  [064]  ---
RESTORE
- * &TIES WITH [051]

--- SHELL  [190] ---
SHELL
";

fn doc(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Source::default(), Meta::default());
    sitrep_text::Segmenter::new().annotate(&mut d);
    d
}

fn dicts() -> Dictionaries {
    let mut d = Dictionaries::new();
    d.add_actors(ACTORS);
    d.add_agents(AGENTS);
    d
}

fn codes(d: &Document, ds: &Dictionaries, date: &str) -> Vec<(String, String)> {
    ds.mentions(d, Some(date))
        .into_iter()
        .map(|m| {
            let s = d.tokens[m.a].start;
            let e = d.tokens[m.b - 1].end;
            (d.text[s..e].to_string(), m.actor.unwrap_or_default())
        })
        .collect()
}

#[test]
fn actors_agents_and_combinations() {
    let d = doc("Norlandic soldiers and Vestia police met fishermen from Norland.");
    let got = codes(&d, &dicts(), "2005-01-01");
    assert_eq!(
        got,
        vec![
            ("Norlandic soldiers".to_string(), "NORMIL".to_string()),
            ("Vestia police".to_string(), "VESCOP".to_string()),
            ("fishermen from Norland".to_string(), "NORAGR".to_string()),
        ]
    );
}

#[test]
fn date_restricted_codes_and_stems() {
    let ds = dicts();
    let d = doc("King Aldo thanked the Norlanders.");
    assert_eq!(codes(&d, &ds, "2020-06-01")[0].1, "NORGOV");
    assert_eq!(codes(&d, &ds, "2021-06-01")[0].1, "NORELI");
    // "NORLANDER" has no trailing underscore: the plural matches too.
    assert_eq!(codes(&d, &ds, "2005-06-01")[1].1, "NOR");
}

#[test]
fn verb_dictionary_patterns_code_events() {
    let vd = VerbDict::parse(VERBS);
    assert_eq!(vd.len(), 2);
    let ds = dicts();
    let d = doc("Norland restored ties with Vestia.");
    let x = sitrep_extract::extract_with(&d, ds.mentions(&d, None), Some(&vd));
    assert_eq!(x.events.len(), 1);
    let e = &x.events[0];
    assert_eq!(e.code, "051", "the pattern's code wins over the verb's");
    assert_eq!(e.source.as_ref().unwrap().actor.as_deref(), Some("NOR"));
    assert_eq!(e.target.as_ref().unwrap().actor.as_deref(), Some("VES"));
    let d = doc("Vestia shelled Norland.");
    let x = sitrep_extract::extract_with(&d, ds.mentions(&d, None), Some(&vd));
    assert_eq!(x.events[0].code, "190");
}

#[test]
fn garbage_dictionaries_do_not_panic() {
    let mut d = Dictionaries::new();
    d.add_actors("[[[\n\t[\n+\n_ [\n---\n");
    d.add_agents("{ [~\n!X! =\n");
    let _ = VerbDict::parse("--- [\n- * [\n&\n+\n--- X [---] ---\n- [001]\n");
    let t = doc("Nothing here.");
    assert!(d.mentions(&t, Some("bad date")).is_empty());
}

#[test]
fn a_word_with_letters_past_ascii_is_matched_without_panic() {
    // The stem lookup cuts a word short; a cut inside "Ñ" must not panic.
    let ds = dicts();
    let d = doc("A Zamboangueño rower met Norlanders.");
    assert_eq!(
        codes(&d, &ds, "20050101"),
        vec![("Norlanders".to_string(), "NOR".to_string())]
    );
}
