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


def per_call_c(ex, data, seconds, packed):
    n = 1
    while True:  # grow until one run takes a good fraction of the budget
        t = lib.nspy_time_c(ex._ex, data, len(data), ex._defaults.c, n, packed)
        if t < 0:
            raise RuntimeError("extraction failed")
        if t > seconds / 4:
            break
        n *= 4
    best = min(lib.nspy_time_c(ex._ex, data, len(data), ex._defaults.c, n, packed)
               for _ in range(3))
    return best / n


def per_call_py(ex, text, seconds):
    n = 1
    while True:
        t0 = time.thread_time()
        for _ in range(n):
            ex.extract(text)
        t = time.thread_time() - t0
        if t > seconds / 4:
            break
        n *= 4
    best = float("inf")
    for _ in range(3):
        t0 = time.thread_time()
        for _ in range(n):
            ex.extract(text)
        best = min(best, time.thread_time() - t0)
    return best / n


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
    print("per call, CPU time of the calling thread (best of 3):")
    print(f"{'input':<12} {'bytes':>7} {'ents':>5} {'C us':>9} {'C+pack us':>10} {'Python us':>10} "
          f"{'overhead us':>12} {'per entity':>11}")
    for name, text in inputs:
        data = text.encode()
        ents = len(ex.extract(text))
        c = per_call_c(ex, data, args.seconds, 0) * 1e6
        cp = per_call_c(ex, data, args.seconds, 1) * 1e6
        py = per_call_py(ex, text, args.seconds) * 1e6
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
