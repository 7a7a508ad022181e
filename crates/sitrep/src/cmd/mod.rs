//! One module per command.

pub mod bench;
pub mod eval;
pub mod extract;
pub mod report;
pub mod segeval;
