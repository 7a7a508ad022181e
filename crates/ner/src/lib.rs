//! `sitrep-ner`: named entities, typed values (numbers, dates, money), in-document entity
//! resolution, roles and CAMEO-style actor codes.
