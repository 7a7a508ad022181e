//! `sitrep bench …`: throughput, always side by side with a baseline in the same run.
//! One variant per area; each area's code lives in its own module.

use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Bench {
    /// Store: ingest articles/s, size per 1,000 articles, search latency p50/p99 at scale.
    Store(crate::cmd::archive::BenchStoreArgs),
    /// HTML extraction pages/s on one core, next to Python trafilatura on the same pages.
    Extraction(crate::cmd::ingesteval::BenchArgs),
    /// Segmentation (tokens + sentences) MB/s and articles/s on one core, next to baselines.
    Segment(crate::cmd::segeval::BenchArgs),
    /// NER tagger tokens/s on one core, next to gazetteer-lookup and tokenizer baselines.
    Ner(crate::cmd::ner::BenchArgs),
    /// Tagger and parser words/s on one thread, next to spaCy en_core_web_sm.
    Syntax(crate::cmd::syntax::BenchArgs),
    /// Full pipeline articles/s on one core (500-word articles), next to segmentation only,
    /// and the extraction layer's own cost.
    Extract(crate::cmd::events::BenchArgs),
}

pub fn run(b: Bench) -> Result<ExitCode> {
    match b {
        Bench::Store(a) => crate::cmd::archive::bench_store(a),
        Bench::Extraction(a) => crate::cmd::ingesteval::bench(a),
        Bench::Segment(a) => crate::cmd::segeval::bench(a),
        Bench::Ner(a) => crate::cmd::ner::bench(a),
        Bench::Syntax(a) => crate::cmd::syntax::bench(a),
        Bench::Extract(a) => crate::cmd::events::bench(a),
    }
}
