#!/usr/bin/env python3
"""Score PETRARCH-1's and PETRARCH-2's own outputs (carried in
petrarch1_vs_petrarch2_compare.jsonl) against sitrep's hand-coded events for the same
sentences (tests/data/audit/compare_events.tsv), matching as `sitrep eval events --gold`
does: CAMEO root, source country and target country (first three letters of each code),
each prediction used once. Statements (root 01) are left out of the coders' outputs, as
the hand coding leaves them out.

usage: python3 scripts/score_petrarch_compare.py ../shared/data/event-coding/petrarch1_vs_petrarch2_compare.jsonl tests/data/audit/compare_events.tsv
"""
import json
import sys


def root(code):
    # PETRARCH-1 writes some codes with a leading zero ("0110" for 110).
    if len(code) == 4:
        code = code.lstrip("0")
    return code[:2].zfill(2)


def main(suite, gold_path):
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rid, events = line.rstrip("\n").split("\t")
        gold[rid] = [e for e in events.split() if e != "-"]
    for coder in ("petrarch1_events", "petrarch2_events"):
        tp = fp = fn = 0
        for line in open(suite, encoding="utf-8"):
            rec = json.loads(line)
            expected = list(gold[rec["id"]])
            predicted = []
            for e in rec[coder]:
                r = root(e["code"])
                p = f"{r}:{e['source'][:3]}>{e['target'][:3]}"
                if r != "01" and p not in predicted:
                    predicted.append(p)
            for p in predicted:
                if p in expected:
                    expected.remove(p)
                    tp += 1
                else:
                    fp += 1
            fn += len(expected)
        p = tp / max(1, tp + fp)
        r = tp / max(1, tp + fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{coder}: expected {tp + fn} predicted {tp + fp} matched {tp}  "
              f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
