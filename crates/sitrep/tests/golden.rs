//! Golden tests: every article under `tests/data/` (at the repository root) goes through
//! the standard pipeline, and its sitrep/1 JSON must equal the `.json` file beside it.
//!
//! After a deliberate change, regenerate with `UPDATE_EXPECT=1 cargo test --release
//! --test golden` and review the diff of `tests/data/*.json` before committing.

mod common;

use sitrep_doc::{Document, Status};
use sitrep_ingest::{Inputs, Options};
use sitrep_pipeline::{Options as PipelineOptions, Pipeline};
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

/// Input files: everything in tests/data that is not an expected `.json`.
fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/data exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e != "json"))
        .collect();
    v.sort();
    v
}

fn run_case(pipeline: &Pipeline, path: &Path) -> Vec<Document> {
    let name = format!("tests/data/{}", path.file_name().unwrap().to_string_lossy());
    let bytes = std::fs::read(path).expect("read case");
    Inputs::from_bytes(&name, bytes, &Options::default())
        .into_iter()
        .map(|r| pipeline.process(r.unwrap_or_else(|e| panic!("{name}: {e}"))))
        .collect()
}

fn render(docs: &[Document]) -> String {
    let mut s = String::new();
    for d in docs {
        s.push_str(&d.to_json_pretty());
        s.push('\n');
    }
    s
}

#[test]
fn golden_documents_match() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let pipeline = Pipeline::standard(PipelineOptions::default());
    let mut failures = Vec::new();
    let cases = cases();
    assert!(cases.len() >= 5, "golden cases missing: {cases:?}");
    for path in cases {
        let docs = run_case(&pipeline, &path);
        assert!(!docs.is_empty(), "{}: no document", path.display());
        for d in &docs {
            let bad = d.validate();
            assert!(
                bad.is_empty(),
                "{}: invalid document: {bad:?}",
                path.display()
            );
            let v: serde_json::Value = serde_json::from_str(&d.to_json_line()).unwrap();
            let bad = common::check_json_offsets(&v);
            assert!(
                bad.is_empty(),
                "{}: offset violations: {bad:?}",
                path.display()
            );
            let back = Document::from_json(&d.to_json_line()).expect("round trip");
            assert_eq!(
                &back,
                d,
                "{}: JSON round trip changed the document",
                path.display()
            );
        }
        let got = render(&docs);
        let expected_path = path.with_extension("json");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(want) if want == got => {}
            Ok(_) => failures.push(format!(
                "{}: output differs from {} (run with UPDATE_EXPECT=1 and review the diff)",
                path.display(),
                expected_path.display()
            )),
            Err(_) => failures.push(format!(
                "{}: no expected file (run with UPDATE_EXPECT=1)",
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn sentences(d: &Document) -> Vec<&str> {
    d.sentences
        .iter()
        .map(|s| d.slice(s.start, s.end))
        .collect()
}

fn one(name: &str) -> Document {
    let pipeline = Pipeline::standard(PipelineOptions::default());
    let mut docs = run_case(&pipeline, &data_dir().join(name));
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

#[test]
fn wire_story_title_meta_and_sentences() {
    let d = one("wire_ortiz.txt");
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Rebel commander killed near Tarija")
    );
    assert_eq!(d.meta.byline, vec!["Ana Ruiz"]);
    assert_eq!(d.meta.published.as_deref(), Some("2026-03-14"));
    assert!(!d.text.contains("Media caption"), "caption line kept");
    assert!(
        !d.text.contains("Rebel commander killed near Tarija"),
        "title in body"
    );
    let s = sentences(&d);
    assert_eq!(s.len(), 8, "{s:#?}");
    assert!(s[0].starts_with("Colonel Rafael Ortiz") && s[0].ends_with("on Friday."));
    assert_eq!(
        s[2],
        "“We will not be intimidated,” a rebel spokesman said."
    );
    assert_eq!(s[3], "“The struggle goes on.”");
    assert_eq!(s[5], "He was 47.");
}

/// The events a reader would write by hand for the Ortiz story: one killing, confirmed
/// by the ministry ("the killing" later names it again), and reprisals that may come.
#[test]
fn wire_story_events() {
    let d = one("wire_ortiz.txt");
    let violent: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.code.starts_with("19"))
        .collect();
    assert_eq!(violent.len(), 2, "{:#?}", d.events);
    let (killed, reprisals) = (violent[0], violent[1]);
    assert_eq!(killed.trigger.text, "killed");
    assert_eq!(killed.status, Status::Confirmed);
    assert_eq!(
        killed.attributed_to.as_ref().map(|a| a.text.as_str()),
        Some("the defence ministry")
    );
    assert_eq!(killed.source.as_ref().unwrap().text, "government forces");
    assert!(killed
        .target
        .as_ref()
        .unwrap()
        .text
        .contains("Rafael Ortiz"));
    assert_eq!(reprisals.trigger.text, "reprisals");
    assert_eq!(reprisals.status, Status::Hypothetical);
}

#[test]
fn abbreviations_do_not_break_sentences() {
    let d = one("abbreviations.txt");
    let s = sentences(&d);
    assert_eq!(
        s,
        vec![
            "Lt Col Maria Reyes will replace Gen. J. R. Smith as head of the U.S. Army garrison at Camp No. 10, the ministry said on Jan. 5.",
            "Mr. Smith retires at 5 p.m. on Friday.",
            "The garrison's budget rose 4.5% to $1.2bn this year, and it employs about 3,000 people.",
            "Dr. Ana al-Hakim, a spokeswoman, said the move was planned in the U.S.",
            "The change takes effect in March.",
            "Officials in Chile’s capital welcomed the decision.",
        ]
    );
}

#[test]
fn boilerplate_lines_are_left_out() {
    let d = one("boilerplate.txt");
    for junk in [
        "Image copyright",
        "Image caption",
        "Share this with",
        "Read more",
        "Related Topics",
        "Facebook",
    ] {
        assert!(!d.text.contains(junk), "{junk:?} kept in text");
    }
    assert_eq!(sentences(&d).len(), 3);
}

#[test]
fn headings_urls_and_emails() {
    let d = one("headings.txt");
    let s = sentences(&d);
    assert_eq!(s[0], "What we know so far");
    assert_eq!(s[1], "Voting closed at 8 p.m. in most districts...");
    assert_eq!(s[2], "Counting began at once.");
    assert!(s.contains(&"Key figures"), "{s:#?}");
    let toks: Vec<&str> = d.tokens.iter().map(|t| d.slice(t.start, t.end)).collect();
    assert!(toks.contains(&"https://results.example.org/2026/live"));
    assert!(toks.contains(&"press@commission.example.org"));
}

#[test]
fn unicode_offsets_are_scalar_values() {
    let d = one("unicode.txt");
    let v: serde_json::Value = serde_json::from_str(&d.to_json_line()).unwrap();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    // "José" starts after the first sentence; find it by chars and compare a token.
    let toks = v["tokens"].as_array().unwrap();
    let jose = toks
        .iter()
        .find(|t| {
            let (s, e) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            text[s..e].iter().collect::<String>() == "José"
        })
        .expect("token José at char offsets");
    let byte_start = d.text.find("José").unwrap();
    assert!(
        jose["start"].as_u64().unwrap() < byte_start as u64,
        "offsets are bytes, not chars"
    );
}

/// The statuses a reader would write by hand for the border story: (trigger, CAMEO
/// code, status, who it is attributed to).
#[test]
fn wire_border_event_statuses() {
    let d = one("wire_border.txt");
    let find = |trigger: &str, code: &str| {
        d.events
            .iter()
            .find(|e| e.trigger.text == trigger && e.code == code)
            .unwrap_or_else(|| panic!("no event {trigger} {code}: {:#?}", d.events))
    };
    let per = |e: &sitrep_doc::Event| e.attributed_to.as_ref().map(|a| a.text.clone());
    let clash = find("clashed", "190");
    assert_eq!(clash.status, Status::Attributed);
    assert_eq!(per(clash).as_deref(), Some("the army"));
    assert_eq!(
        clash.source.as_ref().unwrap().actor.as_deref(),
        Some("UGAMIL")
    );
    // ", the army said, killing at least 12 fighters": the troops kill, not the army.
    let killing = find("killing", "190");
    assert_eq!(killing.source.as_ref().unwrap().text, "Ugandan troops");
    let shelled = find("shelled", "194");
    assert_eq!(shelled.status, Status::Denied);
    assert_eq!(find("destroyed", "1712").status, Status::Unconfirmed);
    // another source's word on the denied shelling is its own claim
    let shelling = find("shelling", "194");
    assert_eq!(shelling.status, Status::Unconfirmed);
    assert_eq!(per(shelling).as_deref(), Some("Local officials"));
    // "Uganda will host talks": the hosting has not happened; the stated intent has.
    let host = find("host", "043");
    assert_eq!(host.status, Status::Hypothetical);
    let intent = find("will", "036");
    assert_eq!(intent.status, Status::Attributed);
    assert_eq!(intent.intent_of.as_deref(), Some(host.id.as_str()));
    assert_eq!(find("attack", "190").status, Status::Negated);
    let threat = find("threatened", "130");
    assert_eq!(threat.status, Status::Asserted);
    let expelled = find("expelled", "174");
    assert_eq!(expelled.status, Status::Confirmed);
    assert_eq!(
        expelled.source.as_ref().unwrap().actor.as_deref(),
        Some("RWA")
    );
    assert_eq!(expelled.target.as_ref().unwrap().text, "The envoy");
    let arrest = find("arrested", "173");
    assert_eq!(per(arrest).as_deref(), Some("Witnesses"));
}

/// The same article gives the same document every time: no decision may hang on a hash
/// map's iteration order, whose seed differs between maps and between runs. Each golden
/// article, and the examples, run several times in one process, where every new map
/// draws new keys. (The entity type vote once did hang on it; these articles have no
/// tie to expose that, which `sitrep-ner`'s `a_type_vote_is_the_same_every_run` tests.)
#[test]
fn same_input_same_output() {
    let pipeline = Pipeline::standard(PipelineOptions::default());
    let mut paths = cases();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    if let Ok(dir) = std::fs::read_dir(&examples) {
        let mut ex: Vec<PathBuf> = dir
            .map(|e| e.expect("dir entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        ex.sort();
        paths.extend(ex);
    }
    for path in paths {
        let first = render(&run_case(&pipeline, &path));
        for _ in 0..4 {
            assert_eq!(
                render(&run_case(&pipeline, &path)),
                first,
                "{}: output differs between runs",
                path.display()
            );
        }
    }
}
