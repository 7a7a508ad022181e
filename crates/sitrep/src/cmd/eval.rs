//! `sitrep eval …`: scores against gold data.

use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Eval {
    /// Sentence-boundary and token F1 against a CoNLL-U file (its `# text` and SpaceAfter).
    Segmentation(SegArgs),
}

#[derive(clap::Args)]
pub struct SegArgs {
    /// CoNLL-U gold file.
    #[arg(long)]
    pub gold: std::path::PathBuf,
    /// Fail (exit 1) when sentence F1 is below this.
    #[arg(long)]
    pub min_sentence_f1: Option<f64>,
    /// Fail (exit 1) when token F1 is below this.
    #[arg(long)]
    pub min_token_f1: Option<f64>,
}

pub fn run(e: Eval) -> Result<ExitCode> {
    match e {
        Eval::Segmentation(a) => crate::cmd::segeval::run(a),
    }
}
