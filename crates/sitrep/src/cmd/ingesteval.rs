//! `sitrep eval extraction` and `sitrep bench extraction`: HTML main-content extraction.
//!
//! Two gold sets are understood, told apart by their files:
//! - the Zyte article-extraction benchmark (`ground-truth.json`, `html/<id>.html.gz`):
//!   shingle F1 — `\w+` tokens, multisets of 4-gram shingles, per-page tp/fp/fn
//!   normalized to sum 1, precision and recall averaged over pages, F1 of the means;
//!   "accuracy" is the share of pages whose token sequence matches exactly;
//! - the trafilatura evaluation set (`evaldata_en_subset.json`, `html/<file>`): snippet
//!   matching after whitespace normalization — a found `with` snippet is a true
//!   positive, a missed one a false negative, a found `without` snippet a false positive;
//!   counts summed over pages.
//!
//! `--predictions FILE` scores another system's output (`{id: {"articleBody": …}}`, or
//! wrapped in `{"output": …}`) instead of running sitrep, so the scorer can be checked
//! against published numbers.

use anyhow::{bail, Context, Result};
use sitrep_ingest::html::decode_html;
use sitrep_ingest::{Extractor, SitrepExtractor};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold folder: the Zyte benchmark or the trafilatura evaluation subset.
    #[arg(long)]
    pub gold: PathBuf,
    /// Score this predictions file (`{id: {"articleBody": …}}`) instead of running sitrep.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Write sitrep's predictions here (same format), for inspection.
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// Print per-page scores, worst first.
    #[arg(long)]
    pub per_page: bool,
    /// Fail (exit 1) when F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
}

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Folder of pages: the Zyte benchmark (its `html/*.html.gz`) or any folder of HTML.
    #[arg(long)]
    pub gold: PathBuf,
    /// Python interpreter with trafilatura installed, for the baseline (skipped when absent).
    #[arg(long, default_value = "/work/venv-peers/bin/python")]
    pub python: PathBuf,
    /// The baseline script.
    #[arg(long, default_value = "scripts/bench_trafilatura.py")]
    pub script: PathBuf,
    /// Passes over the pages (the median pass is reported).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
}

/// Gold pages of either set, with the scoring each needs.
enum GoldSet {
    Zyte(Vec<ZytePage>),
    Traf(Vec<TrafPage>),
}

struct ZytePage {
    id: String,
    html: PathBuf,
    body: String,
}

struct TrafPage {
    id: String,
    html: PathBuf,
    with: Vec<String>,
    without: Vec<String>,
}

fn load_gold(dir: &Path) -> Result<GoldSet> {
    let zyte = dir.join("ground-truth.json");
    let traf = dir.join("evaldata_en_subset.json");
    if zyte.exists() {
        let v: serde_json::Value = serde_json::from_slice(
            &std::fs::read(&zyte).with_context(|| format!("reading {}", zyte.display()))?,
        )?;
        let obj = v.as_object().context("ground-truth.json: not an object")?;
        let mut pages: Vec<ZytePage> = obj
            .iter()
            .map(|(id, e)| ZytePage {
                id: id.clone(),
                html: dir.join("html").join(format!("{id}.html.gz")),
                body: e["articleBody"].as_str().unwrap_or("").to_string(),
            })
            .collect();
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(GoldSet::Zyte(pages))
    } else if traf.exists() {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&traf)?)?;
        let obj = v.as_object().context("evaldata: not an object")?;
        let strs = |x: &serde_json::Value| -> Vec<String> {
            x.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut pages: Vec<TrafPage> = obj
            .iter()
            .filter_map(|(url, e)| {
                let file = e["file"].as_str()?;
                Some(TrafPage {
                    id: url.clone(),
                    html: dir.join("html").join(file),
                    with: strs(&e["with"]),
                    without: strs(&e["without"]),
                })
            })
            .collect();
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(GoldSet::Traf(pages))
    } else {
        bail!(
            "{}: neither ground-truth.json (Zyte) nor evaldata_en_subset.json (trafilatura) found",
            dir.display()
        )
    }
}

/// Reads a page, gunzipping `.gz`.
fn read_page(p: &Path) -> Result<Vec<u8>> {
    let raw = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

fn extract_page(bytes: &[u8]) -> String {
    let (html, _) = decode_html(bytes, None);
    SitrepExtractor.extract(&html, None).text
}

// ---------------------------------------------------------------------------------------
// Zyte shingle scoring

fn words(s: &str) -> Vec<&str> {
    // `\w+` (Unicode): runs of alphanumerics, marks, connector punctuation.
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        && !c.is_whitespace()
}

fn shingles(s: &str) -> HashMap<[&str; 4], usize> {
    let w = words(s);
    let mut m = HashMap::new();
    for win in w.windows(4) {
        *m.entry([win[0], win[1], win[2], win[3]]).or_insert(0) += 1;
    }
    m
}

/// Per-page (precision, recall) as the Zyte benchmark defines them.
pub fn shingle_pr(gold: &str, pred: &str) -> (f64, f64) {
    let g = shingles(gold);
    let p = shingles(pred);
    let mut tp = 0usize;
    for (k, &c) in &p {
        tp += c.min(g.get(k).copied().unwrap_or(0));
    }
    let np: usize = p.values().sum();
    let ng: usize = g.values().sum();
    let (fp, fnn) = (np - tp, ng - tp);
    let s = (tp + fp + fnn) as f64;
    if s == 0.0 {
        return (1.0, 1.0);
    }
    let (tp, fp, fnn) = (tp as f64 / s, fp as f64 / s, fnn as f64 / s);
    let pr = if fp == 0.0 { 1.0 } else { tp / (tp + fp) };
    let rc = if fnn == 0.0 { 1.0 } else { tp / (tp + fnn) };
    (pr, rc)
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load_predictions(p: &Path) -> Result<HashMap<String, String>> {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p)?)?;
    let v = v.get("output").cloned().unwrap_or(v);
    let obj = v.as_object().context("predictions: not an object")?;
    Ok(obj
        .iter()
        .map(|(k, e)| {
            let body = e
                .get("articleBody")
                .and_then(|b| b.as_str())
                .or_else(|| e.as_str())
                .unwrap_or("");
            (k.clone(), body.to_string())
        })
        .collect())
}

pub fn eval(a: EvalArgs) -> Result<ExitCode> {
    let gold = load_gold(&a.gold)?;
    let external = a.predictions.as_deref().map(load_predictions).transpose()?;
    let predict = |id: &str, html: &Path| -> Result<String> {
        match &external {
            Some(m) => Ok(m.get(id).cloned().unwrap_or_default()),
            None => Ok(extract_page(&read_page(html)?)),
        }
    };
    let system = if a.predictions.is_some() {
        "predictions file"
    } else {
        "sitrep"
    };
    let t0 = Instant::now();
    let mut saved = serde_json::Map::new();
    let f1_value;
    match gold {
        GoldSet::Zyte(pages) => {
            let (mut sp, mut sr, mut exact) = (0.0, 0.0, 0usize);
            let mut rows = Vec::new();
            for pg in &pages {
                let pred = predict(&pg.id, &pg.html)?;
                let (p, r) = shingle_pr(&pg.body, &pred);
                sp += p;
                sr += r;
                if words(&pg.body) == words(&pred) {
                    exact += 1;
                }
                rows.push((f1(p, r), p, r, pg.id.clone()));
                if a.save.is_some() {
                    saved.insert(pg.id.clone(), serde_json::json!({ "articleBody": pred }));
                }
            }
            let n = pages.len().max(1) as f64;
            let (p, r) = (sp / n, sr / n);
            f1_value = f1(p, r);
            println!(
                "extraction (Zyte shingle F1), {system}, {} pages: precision {:.4}  recall {:.4}  F1 {:.4}  accuracy {:.4}",
                pages.len(),
                p,
                r,
                f1_value,
                exact as f64 / n
            );
            if a.per_page {
                rows.sort_by(|x, y| x.0.total_cmp(&y.0));
                for (f, p, r, id) in rows {
                    println!("  {id}  F1 {f:.3}  P {p:.3}  R {r:.3}");
                }
            }
        }
        GoldSet::Traf(pages) => {
            let (mut tp, mut fnn, mut fp, mut tn) = (0usize, 0usize, 0usize, 0usize);
            let mut rows = Vec::new();
            for pg in &pages {
                let raw = predict(&pg.id, &pg.html)?;
                let pred = norm_ws(&raw);
                let (mut ptp, mut pfp, mut pfn) = (0, 0, 0);
                for w in &pg.with {
                    if pred.contains(&norm_ws(w)) {
                        ptp += 1;
                    } else {
                        pfn += 1;
                    }
                }
                for w in &pg.without {
                    if !pred.is_empty() && pred.contains(&norm_ws(w)) {
                        pfp += 1;
                    } else {
                        tn += 1;
                    }
                }
                tp += ptp;
                fp += pfp;
                fnn += pfn;
                rows.push((pfp + pfn, ptp, pfp, pfn, pg.id.clone()));
                if a.save.is_some() {
                    // The text as extracted (paragraph breaks kept), for inspection.
                    saved.insert(pg.id.clone(), serde_json::json!({ "articleBody": raw }));
                }
            }
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let r = tp as f64 / (tp + fnn).max(1) as f64;
            f1_value = f1(p, r);
            let acc = (tp + tn) as f64 / (tp + tn + fp + fnn).max(1) as f64;
            println!(
                "extraction (trafilatura snippets), {system}, {} pages: precision {:.4}  recall {:.4}  F1 {:.4}  accuracy {:.4}  (tp {tp} fp {fp} fn {fnn} tn {tn})",
                pages.len(),
                p,
                r,
                f1_value,
                acc
            );
            if a.per_page {
                rows.sort_by_key(|r| std::cmp::Reverse(r.0));
                for (_, t, f, m, id) in rows.iter().filter(|r| r.0 > 0) {
                    println!("  {id}  tp {t} fp {f} fn {m}");
                }
            }
        }
    }
    eprintln!("({:.1}s)", t0.elapsed().as_secs_f64());
    if let Some(path) = &a.save {
        std::fs::write(path, serde_json::to_string_pretty(&saved)?)?;
    }
    if let Some(min) = a.min_f1 {
        if f1_value < min {
            eprintln!("sitrep: extraction F1 {f1_value:.4} is below the gate {min}");
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------
// Bench

fn page_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let d = if dir.join("html").is_dir() {
        dir.join("html")
    } else {
        dir.to_path_buf()
    };
    let mut v: Vec<PathBuf> = std::fs::read_dir(&d)
        .with_context(|| format!("reading {}", d.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".html.gz")
        })
        .collect();
    v.sort();
    Ok(v)
}

pub fn bench(a: BenchArgs) -> Result<ExitCode> {
    let files = page_files(&a.gold)?;
    if files.is_empty() {
        bail!("no HTML pages under {}", a.gold.display());
    }
    let pages: Vec<Vec<u8>> = files.iter().map(|p| read_page(p)).collect::<Result<_>>()?;
    let mb: f64 = pages.iter().map(|p| p.len()).sum::<usize>() as f64 / 1e6;
    // Warm-up, then timed passes: decode + parse + extract + metadata, one core.
    let mut chars = 0usize;
    for p in &pages {
        chars += extract_page(p).len();
    }
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..a.rounds.max(1) {
        let t = Instant::now();
        let c = thread_cpu_seconds();
        for p in &pages {
            std::hint::black_box(extract_page(p));
        }
        times.push(t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, thread_cpu_seconds()) {
            cpu.push(c1 - c0);
        }
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let ours = times[times.len() / 2];
    let ours_cpu = cpu.get(cpu.len() / 2).copied();
    let n = pages.len() as f64;
    println!(
        "sitrep extraction: {} pages ({mb:.1} MB of HTML), one thread, median of {} passes ({} chars of text)",
        pages.len(),
        times.len(),
        chars
    );
    println!(
        "  wall: {:.1} pages/s, {:.1} MB/s{}",
        n / ours,
        mb / ours,
        ours_cpu
            .map(|c| format!("; CPU time: {:.1} pages/s per core", n / c))
            .unwrap_or_default()
    );
    // Baseline: Python trafilatura on the same pages, one process.
    if !a.python.exists() || !a.script.exists() {
        println!(
            "baseline skipped: {} or {} not found (see scripts/bench_trafilatura.py)",
            a.python.display(),
            a.script.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let out = std::process::Command::new(&a.python)
        .arg(&a.script)
        .arg(if a.gold.join("html").is_dir() {
            a.gold.join("html")
        } else {
            a.gold.clone()
        })
        .arg(a.rounds.max(1).to_string())
        .output()
        .context("running the trafilatura baseline")?;
    if !out.status.success() {
        println!(
            "baseline failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).context("the baseline printed no JSON result")?;
    let secs = v["seconds"].as_f64().unwrap_or(f64::NAN);
    let bcpu = v["cpu_seconds"].as_f64();
    let bn = v["pages"].as_f64().unwrap_or(f64::NAN);
    println!(
        "trafilatura {} (Python, one process): {bn} pages, median of {} passes",
        v["version"].as_str().unwrap_or("?"),
        a.rounds.max(1)
    );
    println!(
        "  wall: {:.1} pages/s{}",
        bn / secs,
        bcpu.map(|c| format!("; CPU time: {:.1} pages/s per core", bn / c))
            .unwrap_or_default()
    );
    println!(
        "ratio (sitrep / trafilatura pages/s): wall {:.1}x{}",
        (n / ours) / (bn / secs),
        match (ours_cpu, bcpu) {
            (Some(o), Some(b)) => format!(", CPU time {:.1}x", (n / o) / (bn / b)),
            _ => String::new(),
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// CPU time of the calling thread (Linux `/proc/thread-self/schedstat`), in seconds.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_scores() {
        let g = "one two three four five six";
        assert_eq!(shingle_pr(g, g), (1.0, 1.0));
        let (p, r) = shingle_pr(g, "one two three four five six seven eight");
        assert!(r == 1.0 && p < 1.0);
        let (p, r) = shingle_pr(g, "");
        assert_eq!((p, r), (1.0, 0.0));
        assert_eq!(
            words("It's 3.5% — naïve_x"),
            vec!["It", "s", "3", "5", "naïve_x"]
        );
    }
}
