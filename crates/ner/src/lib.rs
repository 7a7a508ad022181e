//! `sitrep-ner`: named entities, typed values (numbers, dates, money), in-document entity
//! resolution, roles and CAMEO-style actor codes.

pub mod lexicon;
pub mod tagger;

use sitrep_learn::codec::DecodeError;
use std::sync::OnceLock;
use tagger::Tagger;

/// The NER model built into the binary (trained by `sitrep train ner`).
static MODEL: &[u8] = include_bytes!("../../../models/ner.bin");

/// The tagger built into the binary, parsed once.
pub fn embedded_tagger() -> Result<&'static Tagger, DecodeError> {
    static TAGGER: OnceLock<Result<Tagger, DecodeError>> = OnceLock::new();
    TAGGER
        .get_or_init(|| {
            if MODEL.is_empty() {
                Err(DecodeError(
                    "no NER model was built into this binary".into(),
                ))
            } else {
                Tagger::from_bytes(MODEL)
            }
        })
        .as_ref()
        .map_err(|e| e.clone())
}
