//! `sitrep ingest` and `sitrep search` end to end: idempotence, kill -9 in the middle of
//! an ingest (the store stays consistent and the next run finishes the job), search
//! output and usage errors.

use sitrep_store::Store;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SITREP: &str = env!("CARGO_BIN_EXE_sitrep");

const PLACES: &[&str] = &["Tarvel", "Ostrava", "Velmar", "Selva", "Kirin", "Dunmore"];
const THINGS: &[&str] = &["bridge", "school", "harbour", "market", "clinic", "depot"];

/// Writes `n` short distinct articles (made up for this test) as text files.
fn write_articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let place = PLACES[i % PLACES.len()];
        let thing = THINGS[(i / PLACES.len()) % THINGS.len()];
        let text = format!(
            "Workers in {place} reopened the {thing} number {i} on Monday after {} days of repairs.\n\n\
             The council of {place} said {} people used the {thing} in the first hour, \
             and officials promised a review of the works by the end of month {}.\n",
            i % 17 + 2,
            i * 7 % 900 + 10,
            i % 12 + 1
        );
        std::fs::write(dir.join(format!("a{i:05}.txt")), text).unwrap();
    }
}

fn ingest(input: &Path, db: &Path) -> std::process::Output {
    Command::new(SITREP)
        .arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run sitrep ingest")
}

#[test]
fn kill_9_mid_ingest_leaves_a_consistent_resumable_store() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let db = tmp.path().join("db");
    let n = 1500;
    write_articles(&input, n);

    let mut child = Command::new(SITREP)
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it (SIGKILL) as soon as some articles are committed.
    let t0 = Instant::now();
    let mut seen = 0;
    while t0.elapsed() < Duration::from_secs(60) {
        if let Ok(c) = Store::peek_count(&db) {
            if c > 0 {
                seen = c;
                break;
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen > 0, "the ingest committed nothing within 60 s");

    let mut store = Store::open(&db).unwrap();
    let after_kill = store.stats().unwrap().articles;
    assert!(
        (after_kill as usize) < n,
        "the ingest finished before it was killed; raise n"
    );
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    drop(store);

    // Resume: the rest goes in, nothing twice.
    let out = ingest(&input, &db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut store = Store::open(&db).unwrap();
    let s = store.stats().unwrap();
    assert_eq!(s.articles as usize, n);
    assert_eq!(s.indexed as usize, n);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn ingest_is_idempotent_and_search_finds_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let db = tmp.path().join("db");
    write_articles(&input, 40);
    std::fs::write(input.join("bad.bin"), b"\x00\x01\x02binary").unwrap();

    let out = ingest(&input, &db);
    // The binary file fails (exit 1), the others go in.
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.bin"), "{err}");
    assert!(err.contains("40 new articles"), "{err}");
    std::fs::remove_file(input.join("bad.bin")).unwrap();

    let before = std::fs::read(db.join("store.sqlite")).unwrap().len();
    let out = ingest(&input, &db);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("0 new articles"), "{err}");
    assert!(err.contains("40 already stored"), "{err}");
    assert_eq!(Store::peek_count(&db).unwrap(), 40);
    assert_eq!(
        std::fs::read(db.join("store.sqlite")).unwrap().len(),
        before
    );

    let out = Command::new(SITREP)
        .args(["search", "harbour Ostrava", "--db"])
        .arg(&db)
        .args(["--format", "jsonl", "--limit", "50", "--duplicates"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Articles i with i % 6 == 1 (Ostrava) and (i / 6) % 6 == 2 (harbour): 13 and 49 > 40.
    assert_eq!(lines.len(), 1, "{lines:?}");
    let snippet = lines[0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("<mark>Ostrava</mark>"), "{snippet}");
    assert!(snippet.contains("<mark>harbour</mark>"), "{snippet}");

    let out = Command::new(SITREP)
        .args(["search", "bridge", "--duplicates", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let report = String::from_utf8_lossy(&out.stdout);
    // Bridges: i / 6 % 6 == 0, so i in 0..6 and 36..40.
    assert!(report.starts_with("10 articles match"), "{report}");
    assert!(report.contains("[bridge]"), "{report}");

    // Usage errors and a missing store.
    let code = |args: &[&str]| {
        Command::new(SITREP)
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    let dbs = db.to_string_lossy().to_string();
    assert_eq!(
        code(&["search", "x", "--db", &dbs, "--from", "May 5"]),
        Some(2)
    );
    assert_eq!(
        code(&["search", "x", "--db", &dbs, "--status", "maybe"]),
        Some(2)
    );
    assert_eq!(code(&["search", "x"]), Some(2));
    let missing = tmp.path().join("nothing").to_string_lossy().to_string();
    assert_eq!(code(&["search", "x", "--db", &missing]), Some(1));
}
