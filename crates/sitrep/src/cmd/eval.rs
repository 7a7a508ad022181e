//! `sitrep eval …`: scores against gold data.

use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum Eval {
    /// HTML main-content extraction: Zyte shingle F1 or trafilatura snippet F1.
    Extraction(crate::cmd::ingesteval::EvalArgs),
    /// Sentence-boundary and token F1 against a CoNLL-U file (its `# text` and SpaceAfter).
    Segmentation(SegArgs),
    /// UPOS, XPOS, lemma accuracy, UAS and LAS on a CoNLL-U file (gold tokens).
    Syntax(crate::cmd::syntax::EvalArgs),
    /// Named-entity entity-level P/R/F1 (conlleval exact match) on CoNLL-2003-format files.
    Ner(crate::cmd::ner::EvalArgs),
    /// Event coding on a JSONL suite (CAMEO or PLOVER GSR): P/R/F1 on source country,
    /// target country and CAMEO root (PLOVER category), and records passed.
    Events(crate::cmd::events::EventsArgs),
    /// Quote (attribution) extraction on PolNeAR: precision, recall, direct-quote recall,
    /// speaker accuracy.
    Quotes(crate::cmd::events::QuotesArgs),
    /// Precision of the events the event scorer would count, on news with no event gold,
    /// against verdicts judged by hand (`tests/data/audit/`); lists events not yet judged.
    Audit(crate::cmd::audit::AuditArgs),
    /// Third-person pronouns resolved to the right entity, against the coreference of a
    /// CoNLL-U file (UD GUM's `Entity=`): precision and recall by pronoun group.
    Coref(crate::cmd::coref::CorefArgs),
}

#[derive(clap::Args)]
pub struct SegArgs {
    /// CoNLL-U gold file.
    #[arg(long)]
    pub gold: std::path::PathBuf,
    /// Which segmenter to score: sitrep's own, or a baseline.
    #[arg(long, value_enum, default_value = "sitrep")]
    pub system: crate::cmd::segeval::System,
    /// Fail (exit 1) when sentence F1 is below this.
    #[arg(long)]
    pub min_sentence_f1: Option<f64>,
    /// Fail (exit 1) when token F1 is below this.
    #[arg(long)]
    pub min_token_f1: Option<f64>,
}

pub fn run(e: Eval) -> Result<ExitCode> {
    match e {
        Eval::Extraction(a) => crate::cmd::ingesteval::eval(a),
        Eval::Segmentation(a) => crate::cmd::segeval::run(a),
        Eval::Syntax(a) => crate::cmd::syntax::eval(a),
        Eval::Ner(a) => crate::cmd::ner::eval(a),
        Eval::Events(a) => crate::cmd::events::eval_events(a),
        Eval::Quotes(a) => crate::cmd::events::eval_quotes(a),
        Eval::Audit(a) => crate::cmd::audit::run(a),
        Eval::Coref(a) => crate::cmd::coref::run(a),
    }
}
