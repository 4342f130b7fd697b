"""Memory stays flat over 100,000 calls: results are freed by the C side as
soon as they are converted, and nothing accumulates."""
import gc
import os

import pytest

import newsent


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs /proc")
def test_memory_flat_over_100000_calls():
    ex = newsent.Extractor(ref_date="2024-03-05")
    texts = ["Sales rose 30 percent to $4.5 billion on March 4.",
             b"Bad \xff bytes, 450,000 people on Nov 19.",
             "Zürich 😀 e\u0301 2.5% on March 7, 2024\r\n\x00"]

    def batch(n):
        for i in range(n):
            doc = ex.extract(texts[i % 3])
            assert doc.entities
    batch(5000)
    gc.collect()
    before = rss_bytes()
    batch(100_000)
    gc.collect()
    growth = rss_bytes() - before
    # a leak of even 40 bytes a call would show as 4 MB
    assert growth < 2 * 1024 * 1024, f"RSS grew by {growth / 1024:.0f} KiB over 100,000 calls"


def test_errors_do_not_leak():
    ex = newsent.Extractor()
    for _ in range(2000):
        with pytest.raises(newsent.Utf8Error):
            ex.extract(b"\xff", strict_utf8=True)
    gc.collect()
    before = rss_bytes()
    for _ in range(20000):
        with pytest.raises(newsent.Utf8Error):
            ex.extract(b"\xff", strict_utf8=True)
    gc.collect()
    assert rss_bytes() - before < 1024 * 1024
