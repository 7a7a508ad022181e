//! The archive commands: `sitrep ingest`, `sitrep search`, `sitrep serve`, and
//! `sitrep bench store`.

use anyhow::Result;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_doc::{content_id, Document};
use sitrep_ingest::{Article, InputFormat, Inputs, Options as IngestOptions, DEFAULT_MAX_BYTES};
use sitrep_pipeline::{Options, Pipeline};
use sitrep_store::{Added, SearchQuery, Store};
use std::io::{self, IsTerminal, Write};
use std::net::SocketAddr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

/// Articles analysed together, then written in one transaction.
const BATCH: usize = 64;

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Files, directories (walked) or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The store directory (created when missing).
    #[arg(long)]
    pub db: PathBuf,
    /// Input format: auto, text, html, jsonl, rss, atom, warc.
    #[arg(long, default_value = "auto")]
    pub input_format: String,
    /// Cap on one article's input size, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

fn article_name(a: &Article) -> String {
    let base = a
        .source
        .path
        .clone()
        .or_else(|| a.source.url.clone())
        .unwrap_or_else(|| "<stdin>".to_string());
    match a.source.record {
        Some(r) => format!("{base}#{r}"),
        None => base,
    }
}

#[derive(Default)]
struct Tally {
    added: usize,
    near_dups: usize,
    existing: usize,
    failed: usize,
}

fn progress() -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    Some(pb)
}

pub fn ingest(args: IngestArgs) -> Result<ExitCode> {
    let Some(format) = InputFormat::parse(&args.input_format) else {
        eprintln!(
            "sitrep: error: unknown --input-format {:?} (auto, text, html, jsonl, rss, atom, warc)",
            args.input_format
        );
        return Ok(ExitCode::from(2));
    };
    let mut store = match Store::open(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sitrep: error: {}: {e}", args.db.display());
            return Ok(ExitCode::from(1));
        }
    };
    let pipeline = Pipeline::standard(Options::default());
    let bar = progress();
    let started = Instant::now();
    let mut tally = Tally::default();

    // Analysis runs here (rayon, all cores); a writer thread owns the store, so writing
    // one batch overlaps analysing the next.
    let (tx, rx) = mpsc::sync_channel::<Vec<Document>>(2);
    let writer_bar = bar.clone();
    let writer = std::thread::spawn(move || -> Result<(Store, Tally), String> {
        let mut t = Tally::default();
        for docs in rx {
            let added = store.add(&docs).map_err(|e| e.to_string())?;
            for a in added {
                match a {
                    Added::New { dup_of } => {
                        t.added += 1;
                        t.near_dups += dup_of.is_some() as usize;
                    }
                    Added::Existing => t.existing += 1,
                }
            }
            if let Some(b) = &writer_bar {
                b.inc(docs.len() as u64);
            }
        }
        store.commit().map_err(|e| e.to_string())?;
        Ok((store, t))
    });

    // Articles whose id is already stored are not analysed again.
    let known = Store::open(&args.db).ok();
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut send_failed = false;
    let flush = |batch: &mut Vec<Article>, tally: &mut Tally| -> bool {
        let results: Vec<(String, std::thread::Result<Document>)> = std::mem::take(batch)
            .into_par_iter()
            .map(|a| {
                let name = article_name(&a);
                (name, catch_unwind(AssertUnwindSafe(|| pipeline.process(a))))
            })
            .collect();
        let mut docs = Vec::with_capacity(results.len());
        for (name, r) in results {
            match r {
                Ok(d) => docs.push(d),
                Err(_) => {
                    tally.failed += 1;
                    eprintln!("sitrep: error: {name}: internal error while analysing this article (a bug: please report it)");
                }
            }
        }
        docs.is_empty() || tx.send(docs).is_ok()
    };
    for item in Inputs::new(
        &args.inputs,
        IngestOptions {
            format,
            max_bytes: args.max_bytes,
        },
    ) {
        match item {
            Err(e) => {
                tally.failed += 1;
                if let Some(b) = &bar {
                    b.suspend(|| eprintln!("sitrep: error: {e}"));
                } else {
                    eprintln!("sitrep: error: {e}");
                }
            }
            Ok(a) => {
                let id = a.id.clone().unwrap_or_else(|| content_id(&a.text));
                if let Some(k) = &known {
                    if k.contains(&id).unwrap_or(false) {
                        tally.existing += 1;
                        if let Some(b) = &bar {
                            b.inc(1);
                        }
                        continue;
                    }
                }
                batch.push(a);
                if batch.len() >= BATCH && !flush(&mut batch, &mut tally) {
                    send_failed = true;
                    break;
                }
            }
        }
    }
    if !send_failed {
        flush(&mut batch, &mut tally);
    }
    drop(tx);
    drop(known);
    let (mut store, t) = match writer.join() {
        Ok(Ok(x)) => x,
        Ok(Err(e)) => {
            eprintln!("sitrep: error: {}: {e}", args.db.display());
            return Ok(ExitCode::from(1));
        }
        Err(_) => {
            eprintln!("sitrep: error: the store writer stopped unexpectedly");
            return Ok(ExitCode::from(1));
        }
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    tally.added += t.added;
    tally.near_dups += t.near_dups;
    tally.existing += t.existing;
    let total = store.stats().map(|s| s.articles).unwrap_or(-1);
    eprintln!(
        "sitrep: {} new article{} ({} near-duplicate{}), {} already stored, {} failed, in {:.1}s; {} now holds {} articles",
        tally.added,
        if tally.added == 1 { "" } else { "s" },
        tally.near_dups,
        if tally.near_dups == 1 { "" } else { "s" },
        tally.existing,
        tally.failed,
        started.elapsed().as_secs_f64(),
        args.db.display(),
        total
    );
    Ok(if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    Report,
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Words to find (all must match; "quotes" for a phrase, OR, -word). May be empty
    /// when filters are given.
    pub query: String,
    /// The store directory.
    #[arg(long)]
    pub db: PathBuf,
    #[arg(long, value_enum, default_value = "report")]
    pub format: SearchFormat,
    /// Only articles mentioning this entity (a name, or a key such as person:mira-castell).
    #[arg(long)]
    pub entity: Option<String>,
    /// Only articles with this actor code (USAMIL; 3 letters match a country).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only articles with an event of this CAMEO root (two digits, e.g. 19).
    #[arg(long)]
    pub root: Option<String>,
    /// Only articles with an event of this status (denied, confirmed…).
    #[arg(long)]
    pub status: Option<String>,
    /// Published on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Published on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Also list near-duplicates.
    #[arg(long)]
    pub duplicates: bool,
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
}

const STATUSES: &[&str] = &[
    "asserted",
    "confirmed",
    "attributed",
    "unconfirmed",
    "denied",
    "negated",
    "hypothetical",
];

pub fn search(args: SearchArgs) -> Result<ExitCode> {
    for (name, d) in [("--from", &args.from), ("--to", &args.to)] {
        if let Some(d) = d {
            if sitrep_store::parse_day(d).is_none() {
                eprintln!("sitrep: error: {name}: expected a date YYYY-MM-DD, got {d:?}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    if let Some(s) = &args.status {
        if !STATUSES.contains(&s.to_lowercase().as_str()) {
            eprintln!(
                "sitrep: error: --status: {s:?} is not one of {}",
                STATUSES.join(", ")
            );
            return Ok(ExitCode::from(2));
        }
    }
    if !args.db.join("store.sqlite").is_file() {
        eprintln!(
            "sitrep: error: {}: no store there (create one with `sitrep ingest INPUT... --db {}`)",
            args.db.display(),
            args.db.display()
        );
        return Ok(ExitCode::from(1));
    }
    let mut store = match Store::open(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("sitrep: error: {}: {e}", args.db.display());
            return Ok(ExitCode::from(1));
        }
    };
    let q = SearchQuery {
        q: args.query.clone(),
        entity: args.entity.clone(),
        actor: args.actor.clone(),
        root: args.root.clone(),
        status: args.status.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        duplicates: args.duplicates,
        limit: args.limit.max(1),
        offset: 0,
    };
    let r = match store.search(&q) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("sitrep: error: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    let tty = io::stdout().is_terminal();
    let mut out = String::new();
    match args.format {
        SearchFormat::Jsonl => {
            for h in &r.hits {
                let line = serde_json::json!({
                    "id": h.id, "title": h.title, "snippet": h.snippet,
                    "text": h.snippet_parts.text, "score": h.score,
                    "published": h.published, "dup_of": h.dup_of,
                });
                out.push_str(&line.to_string());
                out.push('\n');
            }
        }
        SearchFormat::Report => {
            out.push_str(&format!(
                "{} article{} match{}\n",
                r.total,
                if r.total == 1 { "" } else { "s" },
                if r.total == 1 { "es" } else { "" }
            ));
            let (open, close) = if tty {
                ("\x1b[1;33m", "\x1b[0m")
            } else {
                ("[", "]")
            };
            for (i, h) in r.hits.iter().enumerate() {
                out.push_str(&format!(
                    "\n{}. {}  ({}, score {:.2})\n   id {}\n   {}\n",
                    i + 1,
                    h.title.as_deref().unwrap_or("(untitled)"),
                    h.published.as_deref().unwrap_or("undated"),
                    h.score,
                    h.id,
                    h.snippet_parts.marked(open, close)
                ));
            }
        }
    }
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(e.into()),
        Ok(()) => {}
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The store directory.
    #[arg(long)]
    pub db: PathBuf,
    /// Address to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Token for write endpoints (POST /api/articles); also read from SITREP_TOKEN.
    /// Without one the server is read-only.
    #[arg(long)]
    pub token: Option<String>,
    /// Cap on a request body, in bytes (413 beyond).
    #[arg(long, default_value_t = sitrep_server::DEFAULT_MAX_BODY)]
    pub max_body: usize,
}

pub fn serve(args: ServeArgs) -> Result<ExitCode> {
    let token = args
        .token
        .or_else(|| std::env::var("SITREP_TOKEN").ok())
        .filter(|t| !t.is_empty());
    let config = sitrep_server::Config {
        db: args.db,
        addr: args.addr,
        token,
        max_body: args.max_body,
    };
    match sitrep_server::serve(config) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("sitrep: error: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

// ---------------------------------------------------------------------------------------
// sitrep bench store

#[derive(clap::Args, Debug)]
pub struct BenchStoreArgs {
    /// Real articles to start from (files or directories).
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Store directory to fill (must not exist yet).
    #[arg(long)]
    pub db: PathBuf,
    /// Articles in the store in the end, synthesized by varying the real ones.
    #[arg(long, default_value_t = 10_000)]
    pub articles: usize,
    /// Search queries to time.
    #[arg(long, default_value_t = 500)]
    pub queries: usize,
}

/// A small deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Byte ranges of `doc.text` that items quote (their `text` must stay as it is).
fn protected(doc: &Document) -> Vec<(usize, usize)> {
    let mut p = Vec::new();
    for e in &doc.entities {
        p.extend(e.mentions.iter().map(|m| (m.start, m.end)));
    }
    for q in &doc.quotes {
        p.push((q.start, q.end));
        p.extend(
            [&q.speaker, &q.cue]
                .into_iter()
                .flatten()
                .map(|r| (r.start, r.end)),
        );
    }
    for v in &doc.events {
        p.push((v.trigger.start, v.trigger.end));
        p.extend(
            [&v.source, &v.target]
                .into_iter()
                .flatten()
                .map(|r| (r.start, r.end)),
        );
        p.extend(
            [&v.location, &v.attributed_to]
                .into_iter()
                .flatten()
                .map(|r| (r.start, r.end)),
        );
        p.extend(v.time.iter().map(|r| (r.start, r.end)));
    }
    for n in &doc.quantities {
        p.push((n.start, n.end));
        p.extend(n.about.iter().map(|r| (r.start, r.end)));
    }
    p.sort();
    p
}

/// A variant of an analysed document: about a third of its lower-case words (outside
/// quoted spans) swapped for other words of the same length, so every offset stays
/// valid; a new title, day and id.
fn vary(base: &Document, vocab: &[Vec<String>], rng: &mut Rng, n: usize) -> Document {
    let mut d = base.clone();
    let prot = protected(base);
    let mut bytes = base.text.clone().into_bytes();
    let text = &base.text;
    let mut i = 0;
    while i < text.len() {
        let b = text.as_bytes()[i];
        if b.is_ascii_lowercase() && (i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            while j < text.len() && text.as_bytes()[j].is_ascii_lowercase() {
                j += 1;
            }
            let whole = j == text.len() || !text.as_bytes()[j].is_ascii_alphanumeric();
            let len = j - i;
            let safe = !prot.iter().any(|&(s, e)| s < j && i < e);
            if whole && safe && len < vocab.len() && !vocab[len].is_empty() && rng.below(3) == 0 {
                let w = &vocab[len][rng.below(vocab[len].len())];
                bytes[i..j].copy_from_slice(w.as_bytes());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    d.text = String::from_utf8(bytes).unwrap_or_else(|_| base.text.clone());
    d.id = content_id(&d.text);
    d.meta.title = Some(format!(
        "{} ({n})",
        base.meta.title.as_deref().unwrap_or("Article")
    ));
    let day = n % 365;
    d.meta.published = Some(format!("2030-{:02}-{:02}", day / 28 % 12 + 1, day % 28 + 1));
    d
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub fn bench_store(args: BenchStoreArgs) -> Result<ExitCode> {
    if args.db.exists() {
        eprintln!(
            "sitrep: error: {}: exists; the benchmark fills a new store",
            args.db.display()
        );
        return Ok(ExitCode::from(2));
    }
    let threads = rayon::current_num_threads();
    // 1. Real articles through the whole path: read, analyse (all cores), store.
    let articles: Vec<Article> = Inputs::new(&args.inputs, IngestOptions::default())
        .filter_map(|a| a.ok())
        .collect();
    if articles.is_empty() {
        eprintln!("sitrep: error: no readable article in the inputs");
        return Ok(ExitCode::from(1));
    }
    let pipeline = Pipeline::standard(Options::default());
    let mut store = Store::open(&args.db)?;
    let t0 = Instant::now();
    let mut base: Vec<Document> = Vec::new();
    for chunk in articles.chunks(BATCH) {
        let docs: Vec<Document> = chunk
            .par_iter()
            .map(|a| pipeline.process(a.clone()))
            .collect();
        store.add(&docs)?;
        base.extend(docs);
    }
    store.commit()?;
    let real_secs = t0.elapsed().as_secs_f64();
    let n_real = base.len();

    // 2. Synthesized variants, written in batches of 500 (store only).
    let mut vocab: Vec<Vec<String>> = vec![Vec::new(); 16];
    for d in &base {
        for w in d.text.split(|c: char| !c.is_ascii_alphanumeric()) {
            if w.len() < 16 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) {
                vocab[w.len()].push(w.to_string());
            }
        }
    }
    for v in &mut vocab {
        v.sort();
        v.dedup();
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let t1 = Instant::now();
    let mut made = n_real;
    let mut batch = Vec::with_capacity(500);
    let bar = progress();
    while made < args.articles {
        let b = &base[made % n_real];
        batch.push(vary(b, &vocab, &mut rng, made));
        made += 1;
        if batch.len() == 500 || made == args.articles {
            store.add(&batch)?;
            if let Some(p) = &bar {
                p.inc(batch.len() as u64);
            }
            batch.clear();
        }
    }
    store.commit()?;
    if let Some(p) = &bar {
        p.finish_and_clear();
    }
    let synth_secs = t1.elapsed().as_secs_f64();
    let n_synth = made - n_real;
    let stats = store.stats()?;

    // 3. Search latency: one- and two-word queries from the vocabulary, some filtered.
    let words: Vec<&String> = vocab.iter().skip(4).flatten().collect();
    let mut lat = Vec::with_capacity(args.queries);
    let mut hits = 0usize;
    for i in 0..args.queries {
        let mut q = SearchQuery {
            q: words[rng.below(words.len())].clone(),
            limit: 10,
            ..SearchQuery::default()
        };
        if i % 2 == 1 {
            q.q.push(' ');
            q.q.push_str(words[rng.below(words.len())]);
        }
        if i % 5 == 4 {
            q.from = Some("2030-03-01".into());
            q.to = Some("2030-06-30".into());
        }
        let t = Instant::now();
        let r = store.search(&q)?;
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += r.hits.len();
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    let mut out = io::stdout().lock();
    writeln!(out, "store benchmark ({threads} threads)")?;
    writeln!(
        out,
        "ingest, real articles (read+analyse+store): {n_real} in {real_secs:.2}s = {:.1} articles/s",
        n_real as f64 / real_secs
    )?;
    if n_synth > 0 {
        writeln!(
            out,
            "store writes, synthesized variants:         {n_synth} in {synth_secs:.2}s = {:.0} articles/s",
            n_synth as f64 / synth_secs
        )?;
    }
    writeln!(
        out,
        "store: {} articles ({} near-duplicates), {} events, {:.1} MB on disk = {:.2} MB per 1,000 articles",
        stats.articles,
        stats.duplicates,
        stats.events,
        stats.bytes as f64 / 1e6,
        stats.bytes as f64 / 1e6 / stats.articles.max(1) as f64 * 1000.0
    )?;
    writeln!(
        out,
        "search ({} queries, top 10 with snippets, {hits} hits): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        lat.len(),
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(0.0)
    )?;
    let _ = Path::new("");
    Ok(ExitCode::SUCCESS)
}
