//! Entities: `sitrep train ner`, `sitrep eval ner`, `sitrep bench ner` and
//! `sitrep annotate --input-format conll2003`.

use anyhow::{Context, Result};
use sitrep_learn::conll2003;
use sitrep_ner::tagger::{spans_to_iob2, Tagger, TrainDoc};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Reads a CoNLL-2003 file (IOB1 or IOB2) as documents of (tokens, tags).
pub fn read_docs(path: &Path) -> Result<Vec<TrainDoc>> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let f = conll2003::parse(&src).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(group(&f))
}

fn group(f: &conll2003::File) -> Vec<TrainDoc> {
    let mut docs: Vec<TrainDoc> = Vec::new();
    let mut cur = usize::MAX;
    for s in &f.sentences {
        if s.doc != cur || docs.is_empty() {
            docs.push(Vec::new());
            cur = s.doc;
        }
        if let Some(d) = docs.last_mut() {
            d.push((
                s.rows.iter().map(|r| r.form.clone()).collect(),
                s.tags_iob2(),
            ));
        }
    }
    docs
}

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    /// Folder with conll2003_en (train.txt and valid.txt), or the CoNLL-2003 folder itself.
    #[arg(long)]
    pub data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner.bin")]
    pub out: PathBuf,
    /// Maximum epochs (early stopping on valid F1 keeps the best).
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Drop averaged weights smaller than this (model size).
    #[arg(long, default_value_t = 0.0)]
    pub prune: f32,
    /// Train one pass only (no second, document-level pass).
    #[arg(long)]
    pub one_pass: bool,
    /// Word clusters learned from unlabelled text (the CoNLL train tokens, UD EWT and GUM
    /// train, PolNeAR train texts under --data); 0 for none.
    #[arg(long, default_value_t = 256)]
    pub clusters: usize,
    /// Train greedily (decoded by summed per-step log-softmax) instead of with the beam
    /// (a structured perceptron with early update, decoded by summed scores).
    #[arg(long)]
    pub greedy: bool,
    /// Added to the seed of every epoch's shuffle (for measuring run-to-run variation).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
}

/// Unlabelled sentences for word clusters: CoNLL train tokens plus whatever of UD EWT,
/// GUM (train) and PolNeAR (train texts) is found under `data`.
fn unlabelled(data: &Path, train: &[TrainDoc]) -> Result<Vec<Vec<String>>> {
    let mut sents: Vec<Vec<String>> = train
        .iter()
        .flat_map(|d| d.iter().map(|(w, _)| w.clone()))
        .collect();
    for f in [
        "ud_english_ewt/en_ewt-ud-train.conllu",
        "ud_english_gum/en_gum-ud-train.conllu",
    ] {
        let p = data.join(f);
        if let Ok(src) = std::fs::read_to_string(&p) {
            let parsed = sitrep_learn::conllu::parse(&src)
                .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            for s in parsed {
                sents.push(s.words.iter().map(|w| w.form.clone()).collect());
            }
        }
    }
    let dir = data.join("polnear/train/text");
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let t = std::fs::read_to_string(&p).unwrap_or_default();
            for line in t.lines() {
                let toks = sitrep_text::tokenize(line);
                if !toks.is_empty() {
                    sents.push(
                        toks.iter()
                            .map(|x| line[x.start..x.end].to_string())
                            .collect(),
                    );
                }
            }
        }
    }
    Ok(sents)
}

fn conll_dir(data: &Path) -> PathBuf {
    if data.join("train.txt").exists() {
        data.to_path_buf()
    } else {
        data.join("conll2003_en")
    }
}

pub fn train(a: TrainArgs) -> Result<ExitCode> {
    let dir = conll_dir(&a.data);
    let train = read_docs(&dir.join("train.txt"))?;
    let dev = read_docs(&dir.join("valid.txt"))?;
    eprintln!(
        "ner: training on {} documents, tuning on {}",
        train.len(),
        dev.len()
    );
    let t0 = Instant::now();
    let clusters = if a.clusters > 0 {
        let root = if dir.ends_with("conll2003_en") {
            dir.parent().unwrap_or(&dir).to_path_buf()
        } else {
            a.data.clone()
        };
        let sents = unlabelled(&root, &train)?;
        let c = sitrep_ner::clusters::Clusters::learn(&sents, a.clusters, 3, 300, 8);
        eprintln!(
            "ner: {} clusters of {} words from {} unlabelled tokens",
            a.clusters,
            c.len(),
            sents.iter().map(|s| s.len()).sum::<usize>()
        );
        Some(c)
    } else {
        None
    };
    let settings = sitrep_ner::tagger::TrainSettings {
        epochs: a.epochs,
        prune: a.prune,
        two_pass: !a.one_pass,
        structured: !a.greedy,
        seed: a.seed,
    };
    let tagger = Tagger::train(&train, &dev, settings, clusters, |l| eprintln!("ner: {l}"));
    let bytes = tagger.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("{}: cannot write", a.out.display()))?;
    let s = tagger.evaluate(&dev);
    eprintln!(
        "ner: wrote {} ({} bytes, {} features) in {:.0}s; valid F1 {:.2}",
        a.out.display(),
        bytes.len(),
        tagger.n_features(),
        t0.elapsed().as_secs_f64(),
        100.0 * s.all.f1()
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// CoNLL-2003-format gold files (token first, tag last; IOB1 or IOB2).
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// Model file (default: the model built into the binary).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Fail (exit 1) when entity F1 (0..1) on any gold file is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
}

fn load_tagger(model: &Option<PathBuf>) -> Result<std::borrow::Cow<'static, Tagger>> {
    match model {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?;
            let t = Tagger::from_bytes(&b).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            Ok(std::borrow::Cow::Owned(t))
        }
        None => Ok(std::borrow::Cow::Borrowed(sitrep_ner::embedded_tagger()?)),
    }
}

pub fn eval(a: EvalArgs) -> Result<ExitCode> {
    use std::fmt::Write as _;
    let tagger = load_tagger(&a.model)?;
    let mut failed = false;
    for g in &a.gold {
        let docs = read_docs(g)?;
        let s = tagger.evaluate(&docs);
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{}: entities {}  P {:.2}  R {:.2}  F1 {:.2}",
            g.display(),
            s.all.gold,
            100.0 * s.all.precision(),
            100.0 * s.all.recall(),
            100.0 * s.all.f1()
        );
        for (t, c) in &s.by_type {
            let _ = writeln!(
                o,
                "  {t:<5} gold {:>5}  P {:.2}  R {:.2}  F1 {:.2}",
                c.gold,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1()
            );
        }
        let mut out = std::io::stdout().lock();
        match out.write_all(o.as_bytes()).and_then(|_| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => return Err(e.into()),
            Ok(()) => {}
        }
        if let Some(min) = a.min_f1 {
            if s.all.f1() < min {
                eprintln!(
                    "sitrep: gate failed: {}: entity F1 {:.4} < {min}",
                    g.display(),
                    s.all.f1()
                );
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `sitrep annotate --input-format conll2003 FILE`: every line kept, each token line with
/// one more column, the predicted IOB2 tag.
pub fn annotate_conll2003(path: &Path) -> Result<ExitCode> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let f = conll2003::parse(&src).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let tagger = sitrep_ner::embedded_tagger()?;
    // Tag document by document, keeping sentence order.
    let mut tags: Vec<Vec<String>> = Vec::with_capacity(f.sentences.len());
    let mut i = 0;
    while i < f.sentences.len() {
        let d = f.sentences[i].doc;
        let mut j = i;
        while j < f.sentences.len() && f.sentences[j].doc == d {
            j += 1;
        }
        let words: Vec<Vec<&str>> = f.sentences[i..j].iter().map(|s| s.forms()).collect();
        for (k, spans) in tagger.tag_document(&words).iter().enumerate() {
            tags.push(spans_to_iob2(spans, words[k].len()));
        }
        i = j;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let r = (|| -> std::io::Result<()> {
        for l in &f.lines {
            match l {
                conll2003::Line::DocStart(s) => writeln!(out, "{s}")?,
                conll2003::Line::Blank => writeln!(out)?,
                conll2003::Line::Token { s, i, raw } => {
                    let t = tags
                        .get(*s)
                        .and_then(|t| t.get(*i))
                        .map(|t| t.as_str())
                        .unwrap_or("O");
                    writeln!(out, "{raw} {t}")?
                }
            }
        }
        out.flush()
    })();
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// A CoNLL-2003-format file whose tokens are tagged (e.g. valid.txt).
    #[arg(long)]
    pub data: PathBuf,
    /// Passes over the data.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
}

/// Tagger throughput on one core, next to two baselines in the same run: a
/// gazetteer-only tagger (lexicon lookups over the same tokens) and the sitrep tokenizer
/// over the same text.
pub fn bench(a: BenchArgs) -> Result<ExitCode> {
    let docs = read_docs(&a.data)?;
    let tagger = sitrep_ner::embedded_tagger()?;
    let words: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| {
            d.iter()
                .map(|(w, _)| w.iter().map(|s| s.as_str()).collect())
                .collect()
        })
        .collect();
    let n_tokens: usize = words.iter().flatten().map(|s| s.len()).sum();
    let text: Vec<String> = words
        .iter()
        .map(|d| d.iter().map(|s| s.join(" ")).collect::<Vec<_>>().join("\n"))
        .collect();
    // warm up (lexicon, model)
    let _ = tagger.tag_document(&words[0]);
    let lx = sitrep_ner::lexicon::Lexicon::get();
    let mut best = [f64::MAX; 3];
    let mut sink = 0usize;
    for _ in 0..a.repeat.max(1) {
        let t0 = Instant::now();
        for d in &words {
            sink += tagger.tag_document(d).len();
        }
        best[0] = best[0].min(t0.elapsed().as_secs_f64());
        let t0 = Instant::now();
        for d in &words {
            for s in d {
                let hs: Vec<u64> = s
                    .iter()
                    .map(|w| sitrep_learn::hash::hash_str(&w.to_lowercase()))
                    .collect();
                sink += lx.matches(&hs).len();
            }
        }
        best[1] = best[1].min(t0.elapsed().as_secs_f64());
        let t0 = Instant::now();
        for t in &text {
            sink += sitrep_text::tokenize(t).len();
        }
        best[2] = best[2].min(t0.elapsed().as_secs_f64());
    }
    // The whole entities layer (tagger, resolution, roles, actor codes) on documents
    // segmented beforehand (segmentation not timed).
    let mut docs_seg: Vec<sitrep_doc::Document> = text
        .iter()
        .map(|t| {
            let mut d = sitrep_doc::Document::new(
                t.clone(),
                sitrep_doc::Source::default(),
                sitrep_doc::Meta::default(),
            );
            sitrep_doc::Layer::annotate(&sitrep_text::Segmenter::new(), &mut d);
            d
        })
        .collect();
    let seg_tokens: usize = docs_seg.iter().map(|d| d.tokens.len()).sum();
    let layer = sitrep_ner::NerLayer::new();
    let mut best_layer = f64::MAX;
    for _ in 0..a.repeat.max(1) {
        let t0 = Instant::now();
        for d in docs_seg.iter_mut() {
            sitrep_doc::Layer::annotate(&layer, d);
            sink += d.entities.len();
        }
        best_layer = best_layer.min(t0.elapsed().as_secs_f64());
    }
    let rate = |s: f64| n_tokens as f64 / s;
    let mut o = String::new();
    use std::fmt::Write as _;
    let _ = writeln!(
        o,
        "ner bench: {} tokens in {} documents, best of {} passes, one thread (sink {sink})",
        n_tokens,
        docs.len(),
        a.repeat.max(1)
    );
    let _ = writeln!(
        o,
        "  sitrep NER tagger          {:>10.0} tokens/s",
        rate(best[0])
    );
    let _ = writeln!(
        o,
        "  sitrep entities layer      {:>10.0} tokens/s  ({} tokens after sitrep segmentation)",
        seg_tokens as f64 / best_layer,
        seg_tokens
    );
    let _ = writeln!(
        o,
        "  baseline: gazetteer lookup {:>10.0} tokens/s  (tagger is {:.2}x its time)",
        rate(best[1]),
        best[0] / best[1]
    );
    let _ = writeln!(
        o,
        "  baseline: tokenizer        {:>10.0} tokens/s  (tagger is {:.2}x its time)",
        rate(best[2]),
        best[0] / best[2]
    );
    let mut out = std::io::stdout().lock();
    match out.write_all(o.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(e.into()),
        Ok(()) => {}
    }
    Ok(ExitCode::SUCCESS)
}
