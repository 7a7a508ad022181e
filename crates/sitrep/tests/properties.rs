//! Property tests: whatever the Unicode input, every offset indexes `text`, every span's
//! words equal `text[start:end]` (in JSON, in Unicode scalar values), and the document
//! survives a JSON round trip unchanged.

mod common;

use proptest::prelude::*;
use sitrep_doc::{Document, Meta, Source};
use sitrep_pipeline::{Options, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::standard(Options::default()))
}

/// Text built from news-like pieces and arbitrary Unicode, so that both the layers'
/// interesting paths and odd characters are exercised.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Gen. Ana Ruiz said".to_string()),
        Just(" the army killed ".to_string()),
        Just("“We will fight,” he said. ".to_string()),
        Just("Chile’s ".to_string()),
        Just("prices rose 4.5% to $1.2bn. ".to_string()),
        Just("\n\n".to_string()),
        Just("U.S. ".to_string()),
        Just("... ".to_string()),
        Just("al-Hakim — ".to_string()),
        Just("😀 é ﷺ 中文 ".to_string()),
        "\\PC{0,12}",
        "[ \\t\\n.,!?'\"“”‘’()-]{1,4}",
    ];
    prop::collection::vec(piece, 1..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn offsets_always_index_text(text in article_text()) {
        let mut doc = Document::new(text, Source::default(), Meta::default());
        pipeline().annotate(&mut doc);
        let bad = doc.validate();
        prop_assert!(bad.is_empty(), "{:?}", bad);
        // every non-space character is inside exactly one token
        let covered: usize = doc.tokens.iter().map(|t| t.end - t.start).sum();
        let non_space: usize = doc.text.chars().filter(|c| !c.is_whitespace() && *c != '\u{200b}' && *c != '\u{feff}').map(char::len_utf8).sum();
        prop_assert_eq!(covered, non_space);
        let line = doc.to_json_line();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let bad = common::check_json_offsets(&v);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        let back = Document::from_json(&line).unwrap();
        prop_assert_eq!(back, doc);
    }
}
