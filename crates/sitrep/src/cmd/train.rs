//! `sitrep train …`: one variant per model; each area's code lives in its own module.

use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Train {
    /// UPOS+XPOS tagger and lemmatizer (writes e.g. models/tagger.bin).
    Tagger(crate::cmd::syntax::TrainArgs),
    /// Dependency parser (writes e.g. models/parser.bin).
    Parser(crate::cmd::syntax::TrainArgs),
    /// Named-entity tagger on CoNLL-2003 train, tuned on valid (writes models/ner.bin).
    Ner(crate::cmd::ner::TrainArgs),
}

pub fn run(t: Train) -> Result<ExitCode> {
    match t {
        Train::Tagger(a) => crate::cmd::syntax::train_tagger(a),
        Train::Parser(a) => crate::cmd::syntax::train_parser(a),
        Train::Ner(a) => crate::cmd::ner::train(a),
    }
}
