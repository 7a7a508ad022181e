//! `sitrep-learn`: averaged perceptron with sparse features, training loop, compact model
//! files, corpus readers (CoNLL-U, CoNLL-2003) and metrics.

pub mod conllu;
