#!/usr/bin/env python3
"""Baseline for `sitrep bench extraction`: Python trafilatura on the same pages, one
process. Usage: bench_trafilatura.py HTML_DIR [ROUNDS] [--save PREDICTIONS.json]

Reads every .html / .htm / .html.gz page of HTML_DIR into memory, then times
trafilatura.extract() over all of them ROUNDS times and prints one JSON object:
{"pages": N, "seconds": median pass (wall), "cpu_seconds": median pass (process CPU
time), "version": trafilatura version}.
--save also writes {id: {"articleBody": text}} (the Zyte predictions format), so
`sitrep eval extraction --predictions` can score it.

Set up outside the repository:
  python3 -m venv /work/venv-peers && /work/venv-peers/bin/pip install trafilatura
"""
import gzip
import json
import os
import statistics
import sys
import time

import trafilatura


def main():
    args = [a for a in sys.argv[1:]]
    save = None
    if "--save" in args:
        i = args.index("--save")
        save = args[i + 1]
        del args[i : i + 2]
    folder = args[0]
    rounds = int(args[1]) if len(args) > 1 else 3
    pages = []
    for name in sorted(os.listdir(folder)):
        if not (name.endswith(".html") or name.endswith(".htm") or name.endswith(".html.gz")):
            continue
        path = os.path.join(folder, name)
        raw = open(path, "rb").read()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        ident = name[: -len(".gz")] if name.endswith(".gz") else name
        ident = ident.rsplit(".", 1)[0]
        pages.append((ident, raw.decode("utf-8", errors="replace")))
    times = []
    cpu = []
    out = {}
    for _ in range(max(1, rounds)):
        t = time.perf_counter()
        c = time.process_time()
        for ident, html in pages:
            text = trafilatura.extract(html) or ""
            out[ident] = {"articleBody": text}
        cpu.append(time.process_time() - c)
        times.append(time.perf_counter() - t)
    if save:
        with open(save, "w") as f:
            json.dump(out, f)
    print(
        json.dumps(
            {
                "pages": len(pages),
                "seconds": statistics.median(times),
                "cpu_seconds": statistics.median(cpu),
                "version": trafilatura.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
