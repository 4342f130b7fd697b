#!/usr/bin/env python3
"""What Python costs on top of the C library, and how pipe() scales.

  python3 bench/bench_python.py [--seconds S] [--json]

1. Per call, in CPU time of the calling thread (so that other processes on
   a shared machine count less), for a short sentence, the sample article
   and a 10x article:
   - C:       newsent_extract + newsent_result_free, timed in a C loop
   - C+pack:  the bindings' nspy_extract (extract, then pack every field of
              every entity for Python), timed in a C loop
   - Python:  Extractor.extract(), which returns a Document of Entity objects
   and the difference Python - C, per call and per entity.
2. Documents/s from Python for the sample article with Extractor.pipe() on 1
   and 2 threads (best of 3 rounds), and the speed-up.
Needs the package installed (python3 -m pip install ./python).
"""
import argparse
import json
import os
import pathlib
import time

import newsent
from newsent._newsent import ffi, lib

ROOT = pathlib.Path(__file__).resolve().parents[1]
REF = "2026-11-20"


def _calibrate(run, seconds):
    n = 1
    while run(n) < seconds / 5:  # grow until one run takes a good fraction of the budget
        n *= 4
    return n


def per_call(ex, text, seconds, rounds=5):
    """(C, C+pack, Python) seconds per call, each the best of `rounds` runs
    interleaved with the others, so that a busy moment hits all three alike."""
    data = text.encode()
    c_opts = ex._defaults.c

    def run_c(n, packed):
        t = lib.nspy_time_c(ex._ex, data, len(data), c_opts, n, packed)
        if t < 0:
            raise RuntimeError("extraction failed")
        return t

    def run_py(n):
        t0 = time.thread_time()
        for _ in range(n):
            ex.extract(text)
        return time.thread_time() - t0

    n_c = _calibrate(lambda n: run_c(n, 0), seconds)
    n_py = _calibrate(run_py, seconds)
    best = [float("inf")] * 3
    for _ in range(rounds):
        best[0] = min(best[0], run_c(n_c, 0) / n_c)
        best[1] = min(best[1], run_c(n_c, 1) / n_c)
        best[2] = min(best[2], run_py(n_py) / n_py)
    return best


def docs_per_second(ex, text, n_threads, seconds):
    n = 64
    while True:
        t0 = time.perf_counter()
        for _ in ex.pipe([text] * n, n_threads=n_threads):
            pass
        t = time.perf_counter() - t0
        if t > seconds:
            return n / t
        n *= 2


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time budget per measurement")
    ap.add_argument("--json", action="store_true", help="also print one JSON line")
    args = ap.parse_args()

    article = (ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    inputs = [("sentence", "Angela Merkel met Joe Biden in Berlin on March 4, 2024, for 30 minutes."),
              ("article", article), ("article x10", "\n\n".join([article] * 10))]
    ex = newsent.Extractor(ref_date=REF)
    out = {"newsent": newsent.lib_version(), "cores": os.cpu_count(), "per_call": [], "pipe": {}}
    print(f"newsent {newsent.lib_version()}, {os.cpu_count()} cores, budget {args.seconds:g} s/measurement\n")
    print("per call, CPU time of the calling thread (best of 5 interleaved rounds):")
    print(f"{'input':<12} {'bytes':>7} {'ents':>5} {'C us':>9} {'C+pack us':>10} {'Python us':>10} "
          f"{'overhead us':>12} {'per entity':>11}")
    for name, text in inputs:
        data = text.encode()
        ents = len(ex.extract(text))
        c, cp, py = (x * 1e6 for x in per_call(ex, text, args.seconds))
        over = py - c
        print(f"{name:<12} {len(data):>7} {ents:>5} {c:>9.1f} {cp:>10.1f} {py:>10.1f} {over:>12.1f} "
              f"{(over / ents if ents else float('nan')):>11.2f}")
        out["per_call"].append({"input": name, "bytes": len(data), "entities": ents, "c_us": c,
                                "c_pack_us": cp, "python_us": py, "overhead_us": over})
    print()
    rounds = {1: [], 2: []}
    for _ in range(3):
        for k in (1, 2):
            rounds[k].append(docs_per_second(ex, article, k, args.seconds))
    one, two = max(rounds[1]), max(rounds[2])
    print(f"pipe(), wall time, best of 3 rounds, sample article ({len(article.encode())} bytes): "
          f"1 thread {one:,.0f} docs/s, 2 threads {two:,.0f} docs/s, speed-up {two / one:.2f}x")
    out["pipe"] = {"docs_per_s_1_thread": one, "docs_per_s_2_threads": two, "speedup": two / one}
    if args.json:
        print(json.dumps(out))


if __name__ == "__main__":
    main()
