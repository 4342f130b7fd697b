"""One Extractor shared by many threads: identical results, and the C code
runs without the GIL. How much two threads gain is a speed, so it is measured
by bench/bench_python.py, not asserted here: a timed test fails whenever the
machine is busy."""
import threading
import time

import pytest

import newsent

from conftest import NEWS
from test_cli import random_docs


def test_threads_sharing_one_extractor_give_identical_results(sample_article):
    ex = newsent.Extractor(ref_date="2026-11-20")
    docs = NEWS + [sample_article] + random_docs(150, seed=7)
    want = [ex.extract(d) for d in docs]
    results = {}
    errors = []
    start = threading.Barrier(6)

    def work(k):
        try:
            start.wait()
            got = []
            for rnd in range(4):
                order = docs if (k + rnd) % 2 == 0 else docs[::-1]
                out = [ex.extract(d) for d in order]
                got.append(out if order is docs else out[::-1])
            results[k] = got
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for k in range(6):
        for got in results[k]:
            assert got == want
    # and through pipe() with a thread pool
    assert list(ex.pipe(docs, n_threads=4, batch_size=5)) == want


@pytest.mark.parametrize("how", ["extract", "pipe batch"])
def test_c_code_runs_without_the_gil(sample_article, how):
    """While one thread is inside a long C call, another thread keeps running
    Python. Unlike a speed-up, this holds on a busy machine too."""
    ex = newsent.Extractor(ref_date="2026-11-20")
    chunk = "\n\n".join([sample_article] * 100)
    t0 = time.perf_counter()
    ex.extract(chunk)
    per_chunk = time.perf_counter() - t0
    text = "\n\n".join([chunk] * max(1, min(200, int(0.6 / max(per_chunk, 1e-4)))))
    done = threading.Event()
    call = {}

    def work():
        t = time.perf_counter()
        if how == "extract":
            ex.extract(text)
        else:
            ex._run_batch([text, text[: len(text) // 2]], ex._defaults)
        call["span"] = (t, time.perf_counter())
        done.set()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
        sum(range(200))  # Python work, needs the GIL
    worker.join()
    start, end = call["span"]
    inside = [t for t in ticks if start <= t <= end]
    longest_gap = max(b - a for a, b in zip([start] + inside, inside + [end]))
    assert end - start > 0.1, "the C call was too short to tell"
    assert longest_gap < 0.5 * (end - start), \
        f"Python stalled for {longest_gap:.3f} s of a {end - start:.3f} s C call"
