//! `sitrep-syntax`: UPOS/XPOS tagger, lemmatizer and transition-based dependency parser,
//! trained by sitrep itself.
