//! The `sitrep` command line. See ../shared/spec/cli.md (copied in docs/cli.md).
//!
//! Exit status: 0 all inputs done; 1 some inputs failed (each named on stderr); 2 usage
//! error. Each command lives in its own module under `cmd/`.

mod cmd;

/// mimalloc: the pipeline makes many small short-lived allocations per sentence.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Who did what to whom, who says so, and how sure: news to evidence"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract sitrep/1 documents from articles (files, directories, `-` for stdin).
    Extract(cmd::extract::Args),
    /// Score sitrep against gold data.
    #[command(subcommand)]
    Eval(cmd::eval::Eval),
    /// Measure throughput.
    #[command(subcommand)]
    Bench(cmd::bench::Bench),
    /// Train a model from gold data.
    #[command(subcommand)]
    Train(cmd::train::Train),
    /// Annotate a gold-format file (CoNLL-U, CoNLL-2003) with predictions, for scorers.
    Annotate(cmd::syntax::AnnotateArgs),
    /// Analyse articles into an archive (SQLite + full-text index).
    Ingest(cmd::archive::IngestArgs),
    /// Search an archive: ranked articles with highlighted snippets.
    Search(cmd::archive::SearchArgs),
    /// Serve an archive: JSON API and web UI (loopback by default).
    Serve(cmd::archive::ServeArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let usage = e.use_stderr();
            let _ = e.print();
            return ExitCode::from(if usage { 2 } else { 0 });
        }
    };
    // Output piped into a reader that stops early (`sitrep eval ... | head`) ends the
    // program as it ends other Unix tools, instead of a panic in `println!` on the broken
    // pipe (Rust ignores SIGPIPE before `main`). Not for the server, whose writes to a
    // client that hung up must fail as errors, not end it.
    #[cfg(unix)]
    if !matches!(cli.command, Command::Serve(_)) {
        // SAFETY: restoring a signal's default disposition before any thread is spawned
        // has no memory-safety requirement.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(e) => cmd::eval::run(e),
        Command::Bench(b) => cmd::bench::run(b),
        Command::Train(t) => cmd::train::run(t),
        Command::Annotate(a) => cmd::syntax::annotate(a),
        Command::Ingest(a) => cmd::archive::ingest(a),
        Command::Search(a) => cmd::archive::search(a),
        Command::Serve(a) => cmd::archive::serve(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
