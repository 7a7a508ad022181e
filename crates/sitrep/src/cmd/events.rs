//! `sitrep eval events` (CAMEO suites of ../shared/data/event-coding) and
//! `sitrep eval quotes` (PolNeAR attribution relations), and `sitrep bench extract`.

use anyhow::{bail, Context, Result};
use serde_json::Value;
use sitrep_doc::offsets::OffsetMap;
use sitrep_doc::{Document, Meta, Source, Status};
use sitrep_extract::dict::Dictionaries;
use sitrep_pipeline::{Options, Pipeline};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One prediction per trigger: (trigger start, source countries, target country, class).
type MergedPrediction = (usize, Vec<Option<String>>, Option<String>, String);

/// A predicted quote: content span, speaker span, direct or not.
type PredictedQuote = ((usize, usize), Option<(usize, usize)>, bool);

#[derive(clap::Args)]
pub struct EventsArgs {
    /// JSONL suite (petrarch2_gsr_validation.jsonl, plover_gsr_cameo.jsonl, …).
    #[arg(long)]
    pub suite: PathBuf,
    /// Folder of PETRARCH/Phoenix dictionaries (`*actors*.txt`, `*agents*.txt`) used to
    /// code actors; without it, actors come from the entity layer's actor codes.
    #[arg(long)]
    pub dictionaries: Option<PathBuf>,
    /// Print each record's expected and predicted events.
    #[arg(long)]
    pub verbose: bool,
    /// Fail (exit 1) when F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Score only part of the suite: `even` or `odd` record lines (1-based line
    /// numbers), so that one half can be read for development and the other kept
    /// unseen; `all` by default.
    #[arg(long, default_value = "all", value_parser = ["all", "even", "odd"])]
    pub part: String,
    /// With --verbose, also print each failed record's dependency tree.
    #[arg(long)]
    pub trees: bool,
    /// Hand-coded events that replace the suite's own: lines `RECORD-ID<TAB>ROOT:SRC>TGT
    /// ...` (or `-` for none; `#` comments). Only the records listed are scored; for a
    /// suite whose events are not gold (petrarch1_vs_petrarch2_compare.jsonl).
    #[arg(long)]
    pub gold: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct QuotesArgs {
    /// PolNeAR folder (with train/, dev/, test/ and metadata.tsv).
    #[arg(long)]
    pub data: PathBuf,
    /// Compartment to score.
    #[arg(long, default_value = "dev")]
    pub split: String,
    /// Print misses and false alarms.
    #[arg(long)]
    pub verbose: bool,
    /// Fail (exit 1) when precision is below this.
    #[arg(long)]
    pub min_precision: Option<f64>,
    /// Fail (exit 1) when direct-quote recall is below this.
    #[arg(long)]
    pub min_direct_recall: Option<f64>,
    /// Fail (exit 1) when speaker accuracy is below this.
    #[arg(long)]
    pub min_speaker_accuracy: Option<f64>,
}

fn doc_for(text: &str, date: Option<&str>) -> Document {
    Document::new(
        text.to_string(),
        Source::default(),
        Meta {
            published: date.map(str::to_string),
            language: Some("en".into()),
            ..Meta::default()
        },
    )
}

/// The files of a dictionary folder, sorted, each with its lower-case file name.
fn dictionary_files(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            (p, name)
        })
        .collect())
}

/// Loads every actor and agent file of a dictionary folder.
fn load_dictionaries(dir: &Path) -> Result<Dictionaries> {
    let mut d = Dictionaries::new();
    for (p, name) in dictionary_files(dir)? {
        if name.contains("actors") {
            let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
            d.add_actors(&String::from_utf8_lossy(&bytes));
        } else if name.contains("agents") {
            let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
            d.add_agents(&String::from_utf8_lossy(&bytes));
        }
    }
    if d.is_empty() {
        bail!("no actor or agent dictionary found in {}", dir.display());
    }
    Ok(d)
}

/// The validation suites' verb dictionary (`*verbs*.txt`), if the folder has one. The
/// Phoenix folder's CAMEO.2.0 verb file is not read: sitrep's own lexicon codes CAMEO.
fn load_verbs(dir: &Path) -> Result<Option<sitrep_extract::verbs::VerbDict>> {
    for (p, name) in dictionary_files(dir)? {
        if name.contains("verbs") {
            let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
            let vd = sitrep_extract::verbs::VerbDict::parse(&String::from_utf8_lossy(&bytes));
            if !vd.is_empty() {
                return Ok(Some(vd));
            }
        }
    }
    Ok(None)
}

/// Country part of an actor code: the first three letters, or `None` (unknown).
fn country(code: &str) -> Option<String> {
    let c = code.trim();
    if c.len() < 3 || c.starts_with("---") || c.starts_with('~') || c.starts_with('"') {
        return None;
    }
    Some(c[..3].to_string())
}

/// PLOVER 0.5 category of a CAMEO code (the PLOVER GSR's category set): 05 (praise,
/// endorse) is SUPPORT, 084–087 (release, withdraw, ease) RETREAT, the rest by root.
fn plover05(code: &str) -> &'static str {
    if code.starts_with("084")
        || code.starts_with("085")
        || code.starts_with("086")
        || code.starts_with("087")
        // (a leader who resigns, acceding to a change in leadership, steps back: the
        // suite codes resignations RETREAT)
        || code.starts_with("0831")
    {
        return "RETREAT";
    }
    match code.get(..2).unwrap_or(code) {
        "01" => "STATEMENT",
        "02" | "10" => "DEMAND",
        "03" => "AGREE",
        "05" => "SUPPORT",
        "04" => "CONSULT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => "CONCEDE",
        "09" => "INVESTIGATE",
        "11" => "DISAPPROVE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        "18" | "20" => "ASSAULT",
        "19" => "FIGHT",
        _ => "",
    }
}

/// One expected event: allowed source countries (empty = any), allowed target
/// countries (empty = any), and the event class (CAMEO root or PLOVER category).
#[derive(Debug)]
struct Gold {
    sources: Vec<String>,
    targets: Vec<String>,
    class: String,
}

fn codes_of(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => country(s).into_iter().collect(),
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().and_then(country))
            .collect(),
        _ => Vec::new(),
    }
}

/// Hand-coded events by record id (`--gold`).
fn read_hand_coded(path: &PathBuf) -> Result<BTreeMap<String, Vec<Gold>>> {
    let mut out = BTreeMap::new();
    for (n, line) in super::audit::data_lines(path)? {
        let at = || format!("{}:{n}", path.display());
        let (id, events) = line
            .split_once('\t')
            .with_context(|| format!("{}: expected RECORD-ID<TAB>EVENTS", at()))?;
        let gold = super::audit::parse_dyads(events, &at)?
            .into_iter()
            .map(|ev| Gold {
                sources: vec![ev[3..6].to_string()],
                targets: vec![ev[7..10].to_string()],
                class: ev[..2].to_string(),
            })
            .collect();
        if out.insert(id.to_string(), gold).is_some() {
            bail!("{}: record {id} listed twice", at());
        }
    }
    Ok(out)
}

pub fn eval_events(a: EventsArgs) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&a.suite)
        .with_context(|| format!("reading {}", a.suite.display()))?;
    let dicts = match &a.dictionaries {
        Some(d) => Some(load_dictionaries(d)?),
        None => None,
    };
    let verbs = match &a.dictionaries {
        Some(d) => load_verbs(d)?,
        None => None,
    };
    if let Some(vd) = &verbs {
        println!(
            "verb dictionary: {} verbs (used instead of the built-in lexicon)",
            vd.len()
        );
    }
    let mut hand = match &a.gold {
        Some(p) => Some(read_hand_coded(p)?),
        None => None,
    };
    let pipeline = Pipeline::standard(Options::default());
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut records, mut passed, mut skipped, mut bad) = (0usize, 0usize, 0usize, 0usize);
    for (ln, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match a.part.as_str() {
            "even" if (ln + 1) % 2 != 0 => continue,
            "odd" if (ln + 1) % 2 == 0 => continue,
            _ => {}
        }
        let Ok(r) = serde_json::from_str::<Value>(line) else {
            eprintln!("{}:{}: not JSON, skipped", a.suite.display(), ln + 1);
            bad += 1;
            continue;
        };
        if r.get("category_included").and_then(Value::as_bool) == Some(false)
            || r.get("evaluate").and_then(Value::as_str) == Some("false")
            || r.get("expected_error").is_some()
        {
            skipped += 1;
            continue;
        }
        let Some(t) = r.get("text").and_then(Value::as_str) else {
            skipped += 1;
            continue;
        };
        let date = r.get("date").and_then(Value::as_str);
        let plover = r.get("suite").and_then(Value::as_str) == Some("plover_gsr_cameo");
        // The record's coder option: with require_dyad false, an event with a coded
        // source and no coded target counts (its target is "---").
        let dyad = r
            .get("config")
            .and_then(|c| c.get("require_dyad"))
            .and_then(Value::as_str)
            .map(|x| x.eq_ignore_ascii_case("true"))
            .unwrap_or(true);
        let mut gold: Vec<Gold> = Vec::new();
        if let Some(hand) = hand.as_mut() {
            let id = r.get("id").and_then(Value::as_str).unwrap_or("");
            let Some(events) = hand.remove(id) else {
                skipped += 1;
                continue;
            };
            gold = events;
        }
        for e in r
            .get("expected_events")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|_| hand.is_none())
        {
            let code = e.get("code").and_then(Value::as_str).unwrap_or("");
            let class = if plover {
                code.to_uppercase()
            } else {
                code.get(..2).unwrap_or(code).to_string()
            };
            gold.push(Gold {
                sources: e.get("source").map(codes_of).unwrap_or_default(),
                targets: e.get("target").map(codes_of).unwrap_or_default(),
                class,
            });
        }
        let mut doc = doc_for(t, date);
        pipeline.annotate(&mut doc);
        let extra = dicts
            .as_ref()
            .map(|d| d.mentions(&doc, date))
            .unwrap_or_default();
        let x = sitrep_extract::extract_with(&doc, extra, verbs.as_ref());
        // Predicted events: under each suite's own convention, PETRARCH's dyad rule
        // (source and target both resolve to an actor code) or PLOVER's (a coded source,
        // the target optional); deduplicated.
        let mut pred: Vec<(Option<String>, Option<String>, String)> = Vec::new();
        // Deduplicated on the full actor codes: two events that differ only below the
        // country (USAGOV and USAMIL) are two events, as in the suites' own coding.
        let mut seen: Vec<(Option<String>, Option<String>, String)> = Vec::new();
        // PLOVER codes conjoined actors as one event with a list of sources: one
        // prediction per trigger, its sources merged.
        let mut merged: Vec<MergedPrediction> = Vec::new();
        // Events that did not happen are not scored as events: negated and denied ones,
        // and hypothetical ones whose stated intent sitrep codes instead (CAMEO 03/12/13).
        let superseded: Vec<&str> = x
            .events
            .iter()
            .filter_map(|e| e.intent_of.as_deref())
            .collect();
        for ev in &x.events {
            // Nor is what a speech act is about: the accusation, claim, demand or threat
            // is the event CAMEO codes (`content_of`).
            if matches!(ev.status, Status::Negated | Status::Denied)
                || (ev.status == Status::Hypothetical && superseded.contains(&ev.id.as_str()))
                || ev.content_of.is_some()
            {
                continue;
            }
            let sa = ev.source.as_ref().and_then(|s| s.actor.as_deref());
            let ta = ev.target.as_ref().and_then(|s| s.actor.as_deref());
            if sa.is_none() || (ta.is_none() && !plover && dyad) {
                continue;
            }
            let (s, g) = (sa.and_then(country), ta.and_then(country));
            let root = sitrep_extract::cameo::root(&ev.code);
            let class = if plover {
                plover05(&ev.code).to_string()
            } else {
                root.to_string()
            };
            // A host's guest makes a visit: "X received Y" (043) is also "Y visited X"
            // (042), which the CAMEO suites code as a second event. Other consultations
            // keep the direction sitrep gives them ("X met with Y"; "X and Y met" is
            // already one event each way).
            let mut push = |full: (Option<&str>, Option<&str>),
                            k: (Option<String>, Option<String>)| {
                let full = (
                    full.0.map(str::to_string),
                    full.1.map(str::to_string),
                    class.clone(),
                );
                if !seen.contains(&full) {
                    seen.push(full);
                    pred.push((k.0, k.1, class.clone()));
                }
            };
            if !plover && ev.code == "043" && g.is_some() {
                push((ta, sa), (g.clone(), s.clone()));
            }
            if plover {
                match merged.iter_mut().find(|m| m.0 == ev.trigger.start) {
                    Some(m) => m.1.push(s),
                    None => merged.push((ev.trigger.start, vec![s], g, class)),
                }
                continue;
            }
            push((sa, ta), (s, g));
        }
        let mut pred: Vec<(Vec<Option<String>>, Option<String>, String)> =
            pred.into_iter().map(|(s, g, c)| (vec![s], g, c)).collect();
        for (_, s, g, c) in merged {
            if !pred.iter().any(|p| p.0 == s && p.1 == g && p.2 == c) {
                pred.push((s, g, c));
            }
        }
        let mut used = vec![false; pred.len()];
        let mut hit = 0;
        for g in &gold {
            let m = pred.iter().enumerate().position(|(i, (s, t, c))| {
                !used[i]
                    && *c == g.class
                    && (g.sources.is_empty() || s.iter().flatten().any(|s| g.sources.contains(s)))
                    && (g.targets.is_empty() || t.as_ref().is_some_and(|t| g.targets.contains(t)))
            });
            if let Some(i) = m {
                used[i] = true;
                hit += 1;
            }
        }
        let extra_pred = used.iter().filter(|u| !**u).count();
        tp += hit;
        fn_ += gold.len() - hit;
        fp += extra_pred;
        records += 1;
        let ok = hit == gold.len() && extra_pred == 0;
        if ok {
            passed += 1;
        }
        if a.verbose && !ok {
            let id = r.get("id").and_then(Value::as_str).unwrap_or("?");
            println!("{id}: {t}");
            println!("  expected {gold:?}");
            println!("  predicted {pred:?}");
            for ev in &x.events {
                println!(
                    "    {} {} src={:?} tgt={:?} {}",
                    ev.trigger.text,
                    ev.code,
                    ev.source.as_ref().map(|s| (&s.text, &s.actor)),
                    ev.target.as_ref().map(|s| (&s.text, &s.actor)),
                    ev.status.as_str()
                );
            }
            if a.trees {
                print_tree(&doc);
            }
        }
    }
    if let Some((id, _)) = hand
        .as_ref()
        .filter(|_| a.part == "all")
        .and_then(|h| h.iter().next())
    {
        bail!(
            "{}: record {id:?} is not among the scored records of {}",
            a.gold
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            a.suite.display()
        );
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let rc = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + rc > 0.0 {
        2.0 * p * rc / (p + rc)
    } else {
        0.0
    };
    println!("suite: {}", a.suite.display());
    println!(
        "actors: {}",
        match &a.dictionaries {
            Some(d) => format!("dictionaries {}", d.display()),
            None => "entity layer".into(),
        }
    );
    println!("records scored: {records} (skipped {skipped}, unreadable {bad})");
    println!(
        "events: expected {} predicted {} matched {tp}",
        tp + fn_,
        tp + fp
    );
    println!("precision {p:.3}  recall {rc:.3}  F1 {f1:.3}");
    println!(
        "records passed (exactly the expected events): {passed}/{records} = {:.3}",
        passed as f64 / records.max(1) as f64
    );
    if let Some(min) = a.min_f1 {
        if f1 < min {
            eprintln!("F1 {f1:.3} is below the minimum {min}");
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per sentence: `index:word/UPOS>head:relation` for every token.
fn print_tree(doc: &Document) {
    for s in &doc.sentences {
        let mut line = String::from("   ");
        for i in s.tokens[0]..s.tokens[1] {
            let t = &doc.tokens[i];
            line.push_str(&format!(
                " {i}:{}/{}>{}:{}",
                doc.slice(t.start, t.end),
                t.pos.as_deref().unwrap_or("?"),
                t.head.unwrap_or(-1),
                t.dep.as_deref().unwrap_or("?")
            ));
        }
        println!("{line}");
    }
}

// ---------------------------------------------------------------------------------------
// PolNeAR

#[derive(Clone, Debug, Default)]
struct Rel {
    content: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
    direct: bool,
}

/// Parses a brat .ann file: attribution relations (char spans).
fn parse_ann(ann: &str, text_chars: &[char]) -> Vec<Rel> {
    let mut spans: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut rels = Vec::new();
    for line in ann.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        if f[0].starts_with('T') {
            let mut parts = f[1].split(' ');
            let _label = parts.next();
            let rest: Vec<&str> = parts.collect();
            let nums: Vec<usize> = rest
                .join(" ")
                .split([' ', ';'])
                .filter_map(|x| x.parse().ok())
                .collect();
            if let (Some(a), Some(b)) = (nums.iter().min(), nums.iter().max()) {
                spans.insert(f[0], (*a, *b));
            }
        } else if f[0].starts_with('E') {
            let mut r = Rel::default();
            for part in f[1].split_whitespace() {
                if let Some((role, id)) = part.split_once(':') {
                    let sp = spans.get(id).copied();
                    match role {
                        "Content" => r.content = sp,
                        "Source" => r.source = sp,
                        _ => {}
                    }
                }
            }
            if let Some((a, b)) = r.content {
                let first = text_chars[a.min(text_chars.len())..b.min(text_chars.len())]
                    .iter()
                    .find(|c| !c.is_whitespace());
                r.direct = matches!(first, Some('"' | '\u{201C}' | '\u{201D}'));
                rels.push(r);
            }
        }
    }
    rels
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// A predicted span matches a gold one when they share at least half of the shorter.
fn matches(p: (usize, usize), g: (usize, usize)) -> bool {
    let o = overlap(p, g);
    let short = (p.1 - p.0).min(g.1 - g.0).max(1);
    o * 2 >= short && o > 0
}

pub fn eval_quotes(a: QuotesArgs) -> Result<ExitCode> {
    let dir = a.data.join(&a.split);
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    // First annotator of each article, from metadata.tsv.
    let mut first_ann: HashMap<String, String> = HashMap::new();
    if let Ok(meta) = std::fs::read_to_string(a.data.join("metadata.tsv")) {
        for line in meta.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() > 3 {
                if let Some(first) = f[3].split('|').next() {
                    first_ann.insert(f[1].to_string(), first.to_string());
                }
            }
        }
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(&text_dir)
        .with_context(|| format!("reading {}", text_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(&ann_dir)
        .with_context(|| format!("reading {}", ann_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .collect();
    anns.sort();
    let pipeline = Pipeline::standard(Options::default());
    let (mut n_pred, mut n_pred_ok, mut n_gold, mut n_gold_ok) = (0, 0, 0, 0);
    let (mut n_direct, mut n_direct_ok, mut n_sp, mut n_sp_ok) = (0, 0, 0, 0);
    let (mut n_pred_direct, mut n_pred_direct_ok) = (0, 0);
    let mut failed = 0;
    for p in &names {
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let want = first_ann.get(&stem).map(|a| format!("{stem}_{a}.ann"));
        let ann_name = want.filter(|w| anns.contains(w)).or_else(|| {
            anns.iter()
                .find(|n| n.starts_with(&format!("{stem}_")))
                .cloned()
        });
        let Some(ann_name) = ann_name else {
            continue;
        };
        let (Ok(text), Ok(ann)) = (
            std::fs::read_to_string(p),
            std::fs::read_to_string(ann_dir.join(&ann_name)),
        ) else {
            eprintln!("{}: unreadable, skipped", p.display());
            failed += 1;
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let gold = parse_ann(&ann, &chars);
        let mut doc = doc_for(&text, None);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pipeline.annotate(&mut doc);
        }));
        if result.is_err() {
            eprintln!("{}: the pipeline panicked, skipped", p.display());
            failed += 1;
            continue;
        }
        let map = OffsetMap::new(&doc.text);
        let pred: Vec<PredictedQuote> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    (map.to_char(q.start), map.to_char(q.end)),
                    q.speaker
                        .as_ref()
                        .map(|s| (map.to_char(s.start), map.to_char(s.end))),
                    q.kind == sitrep_doc::QuoteKind::Direct,
                )
            })
            .collect();
        n_pred += pred.len();
        n_gold += gold.len();
        for (ps, _, direct) in &pred {
            let ok = gold
                .iter()
                .any(|g| g.content.is_some_and(|c| matches(*ps, c)));
            if ok {
                n_pred_ok += 1;
            }
            if *direct {
                n_pred_direct += 1;
                if ok {
                    n_pred_direct_ok += 1;
                }
            }
            if a.verbose && !ok {
                println!(
                    "FALSE {stem}: {:?}",
                    chars[ps.0..ps.1].iter().collect::<String>()
                );
            }
        }
        for g in &gold {
            let c = g.content.expect("relations kept have content");
            let m = pred.iter().find(|(ps, _, _)| matches(*ps, c));
            if m.is_some() {
                n_gold_ok += 1;
            }
            if g.direct {
                n_direct += 1;
                if m.is_some() {
                    n_direct_ok += 1;
                } else if a.verbose {
                    println!(
                        "MISS-DIRECT {stem}: {:?}",
                        chars[c.0..c.1].iter().collect::<String>()
                    );
                }
            }
            if let (Some((_, sp, _)), Some(gs)) = (m, g.source) {
                n_sp += 1;
                let same_words = |s: (usize, usize)| {
                    let a: String = chars[s.0..s.1].iter().collect();
                    let b: String = chars[gs.0..gs.1].iter().collect();
                    a.trim().to_lowercase() == b.trim().to_lowercase()
                };
                if sp.is_some_and(|s| overlap(s, gs) > 0 || same_words(s)) {
                    n_sp_ok += 1;
                } else if a.verbose {
                    println!(
                        "SPEAKER {stem}: gold {:?} predicted {:?}",
                        chars[gs.0..gs.1].iter().collect::<String>(),
                        sp.map(|s| chars[s.0..s.1].iter().collect::<String>())
                    );
                }
            }
        }
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let precision = r(n_pred_ok, n_pred);
    let recall = r(n_gold_ok, n_gold);
    let direct_recall = r(n_direct_ok, n_direct);
    let speaker = r(n_sp_ok, n_sp);
    println!(
        "PolNeAR {} ({} articles, first annotator)",
        a.split,
        names.len()
    );
    println!(
        "match: a predicted content and a gold content share at least half of the shorter span"
    );
    println!("precision {precision:.3} ({n_pred_ok}/{n_pred})");
    println!("recall {recall:.3} ({n_gold_ok}/{n_gold})");
    println!("direct-quote recall {direct_recall:.3} ({n_direct_ok}/{n_direct})");
    println!(
        "direct-quote precision {:.3} ({n_pred_direct_ok}/{n_pred_direct})",
        r(n_pred_direct_ok, n_pred_direct)
    );
    println!(
        "speaker accuracy {speaker:.3} ({n_sp_ok}/{n_sp} matched quotes with a gold source; \
         right when the speaker span overlaps the gold source or has the same words)"
    );
    let mut code = if failed > 0 { 1 } else { 0 };
    for (name, v, min) in [
        ("precision", precision, a.min_precision),
        ("direct-quote recall", direct_recall, a.min_direct_recall),
        ("speaker accuracy", speaker, a.min_speaker_accuracy),
    ] {
        if let Some(m) = min {
            if v < m {
                eprintln!("{name} {v:.3} is below the minimum {m}");
                code = 1;
            }
        }
    }
    Ok(ExitCode::from(code))
}

// ---------------------------------------------------------------------------------------
// Benchmark

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Folder of plain-text articles (`*.txt`), e.g. PolNeAR dev/text.
    #[arg(long)]
    pub data: PathBuf,
    /// Words per article: each article is cut to its first N words.
    #[arg(long, default_value_t = 500)]
    pub words: usize,
    /// Passes over the articles per measurement (the best pass counts).
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
}

/// Throughput on one thread: the full standard pipeline next to its own prefixes
/// (segmentation alone, segmentation + the layers before extraction) and to the
/// extraction layer alone, on the same articles in the same run.
pub fn bench(a: BenchArgs) -> Result<ExitCode> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(&a.data)
        .with_context(|| format!("reading {}", a.data.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut texts = Vec::new();
    for p in &names {
        let Ok(t) = std::fs::read_to_string(p) else {
            continue;
        };
        // Cut to the first N words, keeping the text between them as it is.
        let mut n = 0;
        let mut end = t.len();
        let mut in_word = false;
        for (i, c) in t.char_indices() {
            if c.is_whitespace() {
                if in_word {
                    n += 1;
                    if n == a.words {
                        end = i;
                        break;
                    }
                }
                in_word = false;
            } else {
                in_word = true;
            }
        }
        if n + 1 >= a.words.min(50) {
            texts.push(t[..end].to_string());
        }
    }
    if texts.is_empty() {
        bail!("no .txt articles in {}", a.data.display());
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let full = Pipeline::standard(Options::default());
    let layer_names = full.layer_names();
    println!(
        "{} articles, {:.0} words each on average; one thread; best of {} passes",
        texts.len(),
        words as f64 / texts.len() as f64,
        a.passes
    );
    println!("standard pipeline layers: {}", layer_names.join(", "));
    // Every pass's time (seconds), in order: the first passes also pay for the models'
    // pages being faulted in and the allocator warming up.
    let time_passes = |f: &dyn Fn(&str)| -> Vec<f64> {
        (0..a.passes.max(1))
            .map(|_| {
                let t0 = std::time::Instant::now();
                for t in &texts {
                    f(t);
                }
                t0.elapsed().as_secs_f64()
            })
            .collect()
    };
    let best = |v: &[f64]| v.iter().copied().fold(f64::MAX, f64::min);
    let time = |f: &dyn Fn(&str)| -> f64 { best(&time_passes(f)) };
    // Full pipeline, with per-layer timings.
    let timed = Pipeline::standard(Options { timings: true });
    let mut per_layer: HashMap<String, f64> = HashMap::new();
    for t in &texts {
        let mut d = doc_for(t, None);
        timed.annotate(&mut d);
        for (k, v) in d.timings.unwrap_or_default() {
            *per_layer.entry(k).or_default() += v;
        }
    }
    let full_passes = time_passes(&|t| {
        let mut d = doc_for(t, None);
        full.annotate(&mut d);
        std::hint::black_box(&d);
    });
    let t_full = best(&full_passes);
    // Baseline: segmentation only.
    let seg = Pipeline::with_layers(
        vec![Box::new(sitrep_text::Segmenter::new())],
        Options::default(),
    );
    let t_seg = time(&|t| {
        let mut d = doc_for(t, None);
        seg.annotate(&mut d);
        std::hint::black_box(&d);
    });
    // Extraction alone, on documents the earlier layers already annotated.
    let pre: Vec<Document> = texts
        .iter()
        .map(|t| {
            let mut d = doc_for(t, None);
            full.annotate(&mut d);
            d
        })
        .collect();
    let mut best_x = f64::MAX;
    for _ in 0..a.passes.max(1) {
        let t0 = std::time::Instant::now();
        for d in &pre {
            std::hint::black_box(sitrep_extract::extract(d));
        }
        best_x = best_x.min(t0.elapsed().as_secs_f64());
    }
    let n = texts.len() as f64;
    println!(
        "{:<34} {:>12} {:>14}",
        "configuration", "articles/s", "ms/article"
    );
    for (name, t) in [
        ("segmentation only (baseline)", t_seg),
        ("full standard pipeline", t_full),
        ("extract layer alone", best_x),
    ] {
        println!("{:<34} {:>12.1} {:>14.3}", name, n / t, t * 1000.0 / n);
    }
    println!(
        "extract share of the full pipeline: {:.1}%; full pipeline vs segmentation only: {:.2}x the time",
        100.0 * best_x / t_full,
        t_full / t_seg
    );
    let n_words = words as f64;
    println!(
        "full pipeline, each pass in order (articles/s): {}; words/s at best: {:.0}",
        full_passes
            .iter()
            .map(|t| format!("{:.1}", n / t))
            .collect::<Vec<_>>()
            .join(", "),
        n_words / t_full
    );
    // The unit is the 500-word article; most articles here are shorter.
    println!(
        "full pipeline at best, in {}-word articles: {:.1} articles/s",
        a.words,
        n_words / t_full / a.words as f64
    );
    let syn = sitrep_syntax::Syntax::load_default();
    let mut models = vec![
        ("tagger".to_string(), syn.tagger.layout()),
        ("parser moves".to_string(), syn.parser.layouts()[0].clone()),
        (
            "parser relations".to_string(),
            syn.parser.layouts()[1].clone(),
        ),
    ];
    if let Ok(ner) = sitrep_ner::embedded_tagger() {
        for (i, l) in ner.layouts().into_iter().enumerate() {
            models.push((format!("ner pass {}", i + 1), l));
        }
    }
    println!("models in memory:");
    for (name, l) in &models {
        println!("  {name:<17} {l}");
    }
    println!("per layer, over one earlier pass with timings on:");
    let mut layers: Vec<_> = per_layer.into_iter().collect();
    layers.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (k, v) in layers {
        println!("  layer {k:<10} {:.3} ms/article", v / n);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::plover05;

    #[test]
    fn plover_categories_of_cameo_codes() {
        // resigning (acceding to a change in leadership) steps back; other concessions
        // concede
        assert_eq!(plover05("0831"), "RETREAT");
        assert_eq!(plover05("0833"), "CONCEDE");
        assert_eq!(plover05("0871"), "RETREAT");
        assert_eq!(plover05("110"), "DISAPPROVE");
        assert_eq!(plover05("190"), "FIGHT");
    }
}
