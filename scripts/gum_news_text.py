#!/usr/bin/env python3
"""Write the news documents of a UD GUM CoNLL-U file as plain-text articles.

    python3 scripts/gum_news_text.py ../shared/data/ud_english_gum/en_gum-ud-train.conllu OUT

Each `# newdoc id = GUM_news_*` document becomes `OUT/GUM_news_*.txt`: the `# text =`
lines of a paragraph (`# newpar`) joined with spaces, paragraphs separated by a blank
line. For `sitrep eval audit OUT --judged tests/data/audit/gum_train_news.tsv`.
"""
import os
import sys


def main(src: str, out: str) -> None:
    os.makedirs(out, exist_ok=True)
    doc, paras, cur = None, [], []

    def flush() -> None:
        if cur:
            paras.append(" ".join(cur))
            cur.clear()

    def write() -> None:
        flush()
        if doc and doc.startswith("GUM_news"):
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
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
