#!/usr/bin/env python3
"""Write documents of a UD CoNLL-U file (GUM's news by default) as plain-text articles.

    python3 scripts/gum_news_text.py ../shared/data/ud_english_gum/en_gum-ud-train.conllu OUT
    python3 scripts/gum_news_text.py ../shared/data/ud_english_ewt/en_ewt-ud-train.conllu OUT weblog-

Each `# newdoc id = PREFIX*` document (PREFIX `GUM_news` unless a third argument names
another) becomes `OUT/ID.txt`: the `# text =` lines of a paragraph (`# newpar`) joined with
spaces, paragraphs separated by a blank line. For `sitrep eval audit OUT --judged
tests/data/audit/gum_train_news.tsv` (GUM news), and likewise `gum_train_other.tsv` (GUM
train `GUM_interview`, `GUM_bio`, `GUM_speech`, `GUM_court`, `GUM_letter` into one folder),
`gum_more.tsv` (the other GUM dev genres into one folder, nine more GUM train genres into
another),
`ewt_train_weblog.tsv` and `ewt_dev_weblog.tsv` (EWT `weblog-`), `ewt_newsgroup.tsv` (EWT
train and dev `newsgroup-` into one folder).
"""
import os
import sys


def main(src: str, out: str, prefix: str = "GUM_news") -> None:
    os.makedirs(out, exist_ok=True)
    doc, paras, cur = None, [], []

    def flush() -> None:
        if cur:
            paras.append(" ".join(cur))
            cur.clear()

    def write() -> None:
        flush()
        if doc and doc.startswith(prefix):
            with open(os.path.join(out, doc + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join(paras) + "\n")

    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                write()
                doc, paras = line.split("=", 1)[1].strip(), []
                cur.clear()
            elif line.startswith("# newpar"):
                flush()
            elif line.startswith("# text ="):
                cur.append(line.split("=", 1)[1].strip())
    write()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
