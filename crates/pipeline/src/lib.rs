//! `sitrep-pipeline`: the one pipeline every front end uses (CLI, store, server).
//!
//! An [`Article`] (from `sitrep-ingest`) goes in, a [`Document`] in `sitrep/1` comes out.
//! The layers run in order; each is a [`Layer`]. New layers are added in
//! [`Pipeline::standard`] and nowhere else, so the CLI, the store and the API all get them.

use sitrep_doc::{Document, Layer};
use sitrep_ingest::Article;
use std::collections::BTreeMap;
use std::time::Instant;

/// Options that change what the pipeline writes (not what it finds).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Record milliseconds per stage in `timings`.
    pub timings: bool,
}

pub struct Pipeline {
    layers: Vec<Box<dyn Layer>>,
    options: Options,
}

impl Pipeline {
    /// The full standard pipeline, with the models shipped in the binary.
    pub fn standard(options: Options) -> Pipeline {
        // The models are parsed once per process; the NER's while the syntax models are.
        let (syntax, ner) = std::thread::scope(|s| {
            let ner = s.spawn(sitrep_ner::NerLayer::new);
            let syntax = sitrep_syntax::SyntaxLayer::new();
            let ner = ner.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            (syntax, ner)
        });
        let layers: Vec<Box<dyn Layer>> = vec![
            Box::new(sitrep_text::Segmenter::new()),
            Box::new(syntax),
            Box::new(ner),
            Box::new(sitrep_extract::Extract::new()),
        ];
        Pipeline { layers, options }
    }

    /// A pipeline made of the given layers (tests, benchmarks).
    pub fn with_layers(layers: Vec<Box<dyn Layer>>, options: Options) -> Pipeline {
        Pipeline { layers, options }
    }

    pub fn layer_names(&self) -> Vec<&'static str> {
        self.layers.iter().map(|l| l.name()).collect()
    }

    /// Runs every layer over one article.
    pub fn process(&self, article: Article) -> Document {
        let mut doc = article.into_document();
        self.annotate(&mut doc);
        doc
    }

    /// Runs every layer over a document that already has its text.
    pub fn annotate(&self, doc: &mut Document) {
        let mut timings = BTreeMap::new();
        for layer in &self.layers {
            let t0 = Instant::now();
            layer.annotate(doc);
            if self.options.timings {
                let ms = t0.elapsed().as_secs_f64() * 1000.0;
                *timings.entry(layer.name().to_string()).or_insert(0.0) += ms;
            }
        }
        if self.options.timings {
            doc.timings = Some(timings);
        }
    }
}
