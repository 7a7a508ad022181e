//! `sitrep-store`: the embedded archive (documents, items, full-text index).
