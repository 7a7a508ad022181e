//! `sitrep extract`: articles in, sitrep/1 documents out.

use super::report;
use anyhow::Result;
use clap::ValueEnum;
use rayon::prelude::*;
use sitrep_doc::Document;
use sitrep_ingest::{Article, InputFormat, Inputs, Options as IngestOptions, DEFAULT_MAX_BYTES};
use sitrep_pipeline::{Options, Pipeline};
use std::io::{self, IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Report,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InFormat {
    Auto,
    Text,
    Html,
    Jsonl,
    Rss,
    Atom,
    Warc,
}

impl InFormat {
    fn to_ingest(self) -> InputFormat {
        match self {
            InFormat::Auto => InputFormat::Auto,
            InFormat::Text => InputFormat::Text,
            InFormat::Html => InputFormat::Html,
            InFormat::Jsonl => InputFormat::Jsonl,
            InFormat::Rss => InputFormat::Rss,
            InFormat::Atom => InputFormat::Atom,
            InFormat::Warc => InputFormat::Warc,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files, directories (walked) or `-` for stdin. Stdin when none is given and it is not a terminal.
    pub inputs: Vec<String>,
    /// Output format [default: report on a terminal; json for one article, jsonl for several, otherwise].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Input format; sniffed from content and extension by default.
    #[arg(long, value_enum, default_value = "auto")]
    pub input_format: InFormat,
    /// Cap on one article's input size, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Add per-stage timings (milliseconds) to each document.
    #[arg(long)]
    pub timings: bool,
}

/// Articles processed together (in parallel), then written in input order.
const BATCH: usize = 64;

pub fn run(args: Args) -> Result<ExitCode> {
    let mut inputs = args.inputs.clone();
    if inputs.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!("sitrep: error: no input: name files or directories, or `-` for stdin");
            return Ok(ExitCode::from(2));
        }
        inputs.push("-".to_string());
    }
    let pipeline = Pipeline::standard(Options {
        timings: args.timings,
    });
    let ingest = IngestOptions {
        format: args.input_format.to_ingest(),
        max_bytes: args.max_bytes,
    };
    let stdout_tty = io::stdout().is_terminal();
    let mut out = Output::new(args.format, stdout_tty);
    let mut failed = 0usize;
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let flush = |batch: &mut Vec<Article>,
                 out: &mut Output,
                 failed: &mut usize|
     -> io::Result<()> {
        let results: Vec<(String, std::thread::Result<Document>)> = std::mem::take(batch)
            .into_par_iter()
            .map(|a| {
                let name = article_name(&a);
                (name, catch_unwind(AssertUnwindSafe(|| pipeline.process(a))))
            })
            .collect();
        for (name, r) in results {
            match r {
                Ok(doc) => out.write(doc)?,
                Err(_) => {
                    *failed += 1;
                    eprintln!("sitrep: error: {name}: internal error while analysing this article (a bug: please report it)");
                }
            }
        }
        Ok(())
    };
    let result = (|| -> io::Result<()> {
        for item in Inputs::new(&inputs, ingest) {
            match item {
                Err(e) => {
                    failed += 1;
                    eprintln!("sitrep: error: {e}");
                }
                Ok(a) => {
                    for w in &a.warnings {
                        eprintln!("sitrep: warning: {}: {w}", article_name(&a));
                    }
                    batch.push(a);
                    if batch.len() >= BATCH {
                        flush(&mut batch, &mut out, &mut failed)?;
                    }
                }
            }
        }
        flush(&mut batch, &mut out, &mut failed)?;
        out.finish()
    })();
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e.into()),
        Ok(()) => {}
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// Writes documents in the chosen format. With no explicit format off a terminal, the
/// first document is held back: alone it is printed as pretty JSON, followed by others
/// everything is JSON Lines.
struct Output {
    format: Option<Format>,
    tty: bool,
    held: Option<Document>,
    written: usize,
    stdout: io::Stdout,
}

impl Output {
    fn new(format: Option<Format>, tty: bool) -> Output {
        Output {
            format,
            tty,
            held: None,
            written: 0,
            stdout: io::stdout(),
        }
    }

    fn emit(&mut self, doc: &Document, format: Format) -> io::Result<()> {
        let mut s = match format {
            Format::Json => doc.to_json_pretty(),
            Format::Jsonl => doc.to_json_line(),
            Format::Report => report::render(doc),
        };
        s.push('\n');
        if format == Format::Report && self.written > 0 {
            s.insert(0, '\n');
        }
        // One write per document: no partial line from this process.
        let mut lock = self.stdout.lock();
        lock.write_all(s.as_bytes())?;
        lock.flush()?;
        self.written += 1;
        Ok(())
    }

    fn write(&mut self, doc: Document) -> io::Result<()> {
        match self.format {
            Some(f) => self.emit(&doc, f),
            None if self.tty => self.emit(&doc, Format::Report),
            None => {
                if let Some(first) = self.held.take() {
                    self.format = Some(Format::Jsonl);
                    self.emit(&first, Format::Jsonl)?;
                    self.emit(&doc, Format::Jsonl)
                } else {
                    self.held = Some(doc);
                    Ok(())
                }
            }
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        if let Some(doc) = self.held.take() {
            self.emit(&doc, Format::Json)?;
        }
        Ok(())
    }
}
