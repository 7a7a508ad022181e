//! One module per command.

pub mod archive;
pub mod audit;
pub mod bench;
pub mod coref;
pub mod eval;
pub mod events;
pub mod extract;
pub mod ingesteval;
pub mod ner;
pub mod report;
pub mod segeval;
pub mod syntax;
pub mod train;
