//! `sitrep-extract`: quotes and speakers, CAMEO/PLOVER events with status and
//! attribution, quantities.
