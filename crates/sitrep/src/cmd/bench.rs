//! `sitrep bench …`: throughput, always side by side with a baseline in the same run.
//! One variant per area; each area's code lives in its own module.

use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Bench {
    /// Segmentation (tokens + sentences) MB/s and articles/s on one core, next to baselines.
    Segment(crate::cmd::segeval::BenchArgs),
    /// NER tagger tokens/s on one core, next to gazetteer-lookup and tokenizer baselines.
    Ner(crate::cmd::ner::BenchArgs),
}

pub fn run(b: Bench) -> Result<ExitCode> {
    match b {
        Bench::Segment(a) => crate::cmd::segeval::bench(a),
        Bench::Ner(a) => crate::cmd::ner::bench(a),
    }
}
