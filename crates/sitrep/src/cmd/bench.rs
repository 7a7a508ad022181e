//! `sitrep bench`: throughput, always side by side with a baseline in the same run.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_a: Args) -> Result<ExitCode> {
    anyhow::bail!("bench: not built yet")
}
