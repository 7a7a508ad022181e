//! The `sitrep` binary end to end: formats, exit codes and bad input.
//! Each bad input is named on stderr with its reason, the other inputs of the batch are
//! still written, no JSON line is written in part, and nothing panics.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

/// A scratch folder, removed when dropped.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmpdir(name: &str) -> TempDir {
    let d = std::env::temp_dir().join(format!("sitrep-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    TempDir(d)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> Output {
    sitrep().args(args).stdin(Stdio::null()).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every stdout line parses as a whole sitrep/1 document.
fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("partial line {l:?}: {e}"));
            assert_eq!(v["schema"], "sitrep/1");
            v
        })
        .collect()
}

const GOOD: &[u8] =
    b"Troops leave border town\n\nThe last troops left the town on Monday. Residents returned.\n";

#[test]
fn one_article_gives_pretty_json_off_a_terminal() {
    let d = tmpdir("one");
    let f = write(&d, "a.txt", GOOD);
    let o = run(&["extract", &f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("{\n"), "not pretty JSON: {out:.40}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["meta"]["title"], "Troops leave border town");
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn several_articles_give_json_lines_and_report_works() {
    let d = tmpdir("many");
    write(&d, "a.txt", GOOD);
    write(&d, "b.txt", b"Second story.\n\nIt has two paragraphs.");
    let o = run(&["extract", d.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json_lines(&o).len(), 2);
    let o = run(&["extract", d.to_str().unwrap(), "--format", "report"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("# Troops leave border town"), "{out}");
    for section in ["## Events", "## Quotes", "## Entities", "## Quantities"] {
        assert!(out.contains(section), "report lacks {section}: {out}");
    }
}

#[test]
fn stdin_is_read() {
    let mut child = sitrep()
        .args(["extract", "-", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(GOOD).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = json_lines(&o);
    assert_eq!(docs.len(), 1);
    assert!(docs[0]["source"].get("path").is_none());
}

#[test]
fn bad_inputs_are_named_and_the_batch_goes_on() {
    let d = tmpdir("bad");
    let good1 = write(&d, "good1.txt", GOOD);
    let empty = write(&d, "empty.txt", b"");
    let blank = write(&d, "blank.txt", b"   \n\n \t\n");
    let binary = write(&d, "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let huge = write(&d, "huge.txt", &b"Word after word. ".repeat(2000));
    let missing = d.join("missing.txt").to_string_lossy().into_owned();
    let good2 = write(&d, "good2.txt", b"Another good story.\n");
    let o = run(&[
        "extract",
        &good1,
        &empty,
        &blank,
        &binary,
        &huge,
        &missing,
        &good2,
        "--format",
        "jsonl",
        "--max-bytes",
        "10000",
    ]);
    assert_eq!(o.status.code(), Some(1), "some inputs failed: exit 1");
    let docs = json_lines(&o);
    assert_eq!(docs.len(), 2, "the good inputs are still written");
    let err = stderr(&o);
    for (path, reason) in [
        (&empty, "empty input"),
        (&blank, "empty input"),
        (&binary, "binary input"),
        (&huge, "too large"),
        (&missing, "no such file"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(path.as_str()))
            .unwrap_or_else(|| panic!("{path} not named on stderr:\n{err}"));
        assert!(
            line.contains(reason),
            "{path}: expected {reason:?} in {line:?}"
        );
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let d = tmpdir("utf8");
    let f = write(&d, "latin1.txt", b"Caf\xe9 owners protest new tax.\n");
    let o = run(&["extract", &f, "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains("warning") && err.contains("invalid UTF-8") && err.contains(&f),
        "{err}"
    );
    let docs = json_lines(&o);
    assert!(docs[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("Caf\u{FFFD} owners"));
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["extract", "--format", "yaml", "x.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["no-such-command"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn same_text_same_id() {
    let d = tmpdir("ids");
    let a = write(&d, "a.txt", GOOD);
    let b = write(&d, "b.txt", GOOD);
    let o = run(&["extract", &a, &b, "--format", "jsonl"]);
    let docs = json_lines(&o);
    assert_eq!(docs[0]["id"], docs[1]["id"]);
    assert_eq!(docs[0]["id"].as_str().unwrap().len(), 16);
}

#[test]
fn report_links_speech_acts_and_their_content() {
    let d = tmpdir("content");
    let f = write(
        &d,
        "claim.txt",
        b"Border shelling\n\nArmenia said a mortar bomb was fired at it from Azerbaijan on Tuesday.",
    );
    let o = run(&["extract", &f, "--format", "report"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let attack = out
        .lines()
        .find(|l| l.contains("fired at"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(attack.contains("— attributed — per Armenia"), "{attack}");
    assert!(attack.contains("— content of V2"), "{attack}");
    let claim = out
        .lines()
        .find(|l| l.trim_start().starts_with("V2 "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(claim.contains("1123 Accuse of aggression"), "{claim}");
    assert!(claim.contains("(AZE)"), "{claim}");
}

/// The event scorer's conventions on a suite written for the project
/// (`tests/data/eval/events_suite.jsonl`): hosting counts both ways, "met with" once, two
/// sectors of one country are two events, a no-event record gets none.
/// The small event suite written for these tests (`tests/data/eval/events_suite.jsonl`).
fn events_suite() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/eval/events_suite.jsonl")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn eval_events_scores_a_small_suite_by_its_conventions() {
    let suite = events_suite();
    let o = run(&["eval", "events", "--suite", &suite, "--verbose"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("records scored: 4 (skipped 0, unreadable 0)"),
        "{out}"
    );
    assert!(
        out.contains("events: expected 5 predicted 5 matched 5"),
        "{out}"
    );
    assert!(
        out.contains("records passed (exactly the expected events): 4/4"),
        "{out}"
    );
    // A minimum the suite does not reach fails the run.
    let o = run(&["eval", "events", "--suite", &suite, "--min-f1", "1.01"]);
    assert!(!o.status.success());
}

/// `eval events --gold`: hand-coded events replace the suite's own, only the records
/// listed are scored, and a listed record the suite lacks is an error naming it.
#[test]
fn eval_events_scores_hand_coded_events_in_place_of_the_suites() {
    let suite = events_suite();
    let dir = tmpdir("events-gold");
    // MEET-1 coded the other way round: its one prediction is now wrong.
    let gold = write(
        &dir,
        "gold.tsv",
        b"# hand-coded\nMEET-1\t04:JOR>EGY\nNONE-1\t-\n",
    );
    let o = run(&["eval", "events", "--suite", &suite, "--gold", &gold]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("records scored: 2 (skipped 2, unreadable 0)"),
        "{out}"
    );
    assert!(
        out.contains("events: expected 1 predicted 1 matched 0"),
        "{out}"
    );
    let missing = write(&dir, "missing.tsv", b"NO-SUCH\t-\n");
    let o = run(&["eval", "events", "--suite", &suite, "--gold", &missing]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("record \"NO-SUCH\" is not among"),
        "{}",
        stderr(&o)
    );
    let bad = write(&dir, "bad.tsv", b"MEET-1\t04:JOR-EGY\n");
    let o = run(&["eval", "events", "--suite", &suite, "--gold", &bad]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("bad.tsv:1: expected ROOT:SRC>TGT"),
        "{}",
        stderr(&o)
    );
}

/// `sitrep eval audit`: counted events keyed by article, character offset, code and
/// countries; precision over the judged ones; the unjudged listed; a bad verdict is an
/// error naming the file and line.
#[test]
fn audit_scores_judged_events_and_lists_the_rest() {
    let dir = tmpdir("audit");
    let article = write(
        &dir,
        "a.txt",
        "Rebels threatened to attack Kampala.\n\nWitnesses said police arrested 30 protesters in Kampala on Tuesday.\n"
            .as_bytes(),
    );
    let judged = write(&dir, "j.tsv", b"# test\na.txt|7|130|UGA|UGA\tW\tplace\n");
    let o = run(&["eval", "audit", &article, "--judged", &judged]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("counted events: 2 (judged right 0, judged wrong 1, not judged 1)"),
        "{out}"
    );
    assert!(out.contains("precision over judged events: 0.000"), "{out}");
    assert!(out.contains("wrong by category: place 1"), "{out}");
    assert!(out.contains("not judged: a.txt|60|173|UGA|UGA"), "{out}");
    let bad = write(&dir, "bad.tsv", b"a.txt|7|130|UGA|UGA\tmaybe\n");
    let o = run(&["eval", "audit", &article, "--judged", &bad]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("bad.tsv:1") && err.contains("C or W"), "{err}");
}

/// `sitrep eval audit --gold`: hand-coded events per paragraph give recall, precision
/// and F1 over those paragraphs; a paragraph that does not start at its offset is an
/// error naming it.
#[test]
fn audit_gold_scores_recall_over_hand_coded_paragraphs() {
    let dir = tmpdir("audit-gold");
    let article = write(
        &dir,
        "a.txt",
        "Rebels threatened to attack Kampala.\n\nWitnesses said police arrested 30 protesters in Kampala on Tuesday.\n\nUganda's army shelled rebel camps on Tuesday.\n"
            .as_bytes(),
    );
    // The first paragraph's threat against a place is counted though no event was coded
    // there; the second paragraph's arrest is found; the third's shelling is not
    // counted (its target has no country), so it is missed.
    let gold = write(
        &dir,
        "g.tsv",
        b"# test\na.txt|0\t-\na.txt|38\t17:UGA>UGA\na.txt|107\t19:UGA>UGA\n",
    );
    let o = run(&["eval", "audit", &article, "--gold", &gold]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = stderr(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(
        out.contains("hand-coded paragraphs: 3 (events: 2 coded, 2 counted, 1 matched)"),
        "{out}"
    );
    assert!(
        out.contains("recall 0.500 precision 0.500 F1 0.500"),
        "{out}"
    );
    assert!(
        out.contains("differs: a.txt|0 missed [] extra [13:UGA>UGA]"),
        "{out}"
    );
    assert!(
        out.contains("differs: a.txt|107 missed [19:UGA>UGA] extra []"),
        "{out}"
    );
    let o = run(&[
        "eval", "audit", &article, "--gold", &gold, "--min-f1", "0.9",
    ]);
    assert!(!o.status.success());
    let bad = write(&dir, "bad.tsv", b"a.txt|5\t-\n");
    let o = run(&["eval", "audit", &article, "--gold", &bad]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("a.txt|5") && err.contains("no paragraph starts"),
        "{err}"
    );
}

/// `sitrep eval coref`: pronouns scored against `Entity=` coreference in a CoNLL-U file
/// written for this test (one right "he", one "they" sitrep leaves unresolved).
#[test]
fn coref_scores_pronouns_against_entity_annotations() {
    let dir = tmpdir("coref");
    let row =
        |id: usize, form: &str, misc: &str| format!("{id}\t{form}\t_\t_\t_\t_\t0\t_\t_\t{misc}\n");
    let mut c = String::from("# newdoc id = test_news_a\n# sent_id = 1\n");
    c += &row(1, "Senator", "Entity=(1-person-new");
    c += &row(2, "Ortega", "Entity=1)");
    c += &row(3, "arrived", "_");
    c += &row(4, "in", "_");
    c += &row(5, "Lima", "Entity=(2-place-new-1)|SpaceAfter=No");
    c += &row(6, ".", "_");
    c += "\n# sent_id = 2\n";
    c += &row(1, "He", "Entity=(1-person-giv-1)");
    c += &row(2, "met", "_");
    c += &row(3, "farmers", "Entity=(3-person-new-1)");
    c += &row(4, "who", "_");
    c += &row(5, "said", "_");
    c += &row(6, "they", "Entity=(3-person-giv-1)");
    c += &row(7, "were", "_");
    c += &row(8, "poor", "SpaceAfter=No");
    c += &row(9, ".", "_");
    c += "\n";
    let gold = write(&dir, "g.conllu", c.as_bytes());
    let o = sitrep()
        .args(["eval", "coref", "--gold", &gold])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("documents: 1"), "{out}");
    assert!(
        out.contains(
            "he/she  gold     1  resolved     1  right     1  precision 1.000  recall 1.000"
        ),
        "{out}"
    );
    // "they" has an antecedent ("farmers") but no named one: not resolved
    assert!(
        out.contains("they    gold     1  resolved     0  right     0"),
        "{out}"
    );
}

/// A reader that stops early (`| head`) ends the program quietly: no panic on the broken
/// pipe. The audit's report of 250 articles is larger than a pipe's buffer, so the
/// program is still writing when the reader goes.
#[test]
fn output_to_a_reader_that_stops_early_is_no_panic() {
    let dir = tmpdir("broken-pipe");
    let article = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/wire_border.txt"),
    )
    .unwrap();
    for i in 0..250 {
        write(&dir, &format!("a{i}.txt"), &article);
    }
    let judged = write(&dir, "judged.tsv", b"# none yet\n");
    let mut child = sitrep()
        .args(["eval", "audit", "--judged", &judged])
        .arg(dir.join("a0.txt").parent().unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
