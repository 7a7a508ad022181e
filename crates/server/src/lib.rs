//! `sitrep-server`: JSON API and web UI over the store.
