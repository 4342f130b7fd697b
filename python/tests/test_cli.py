"""Python results equal `newsent extract --jsonl` for the same inputs, field
by field: both go through the same C API, so any difference is a bindings
bug (offsets, number conversion, strings, links)."""
import datetime
import json
import math
import random
import subprocess

import pytest

import newsent

from conftest import NEWS
from test_offsets import FRAGMENTS, TRICKY


def random_docs(n, seed=1234):
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x20, 0x7f)] + TRICKY + ["é", "ü", "ł", "€", "£"]
    docs = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, 25)):
            r = rng.random()
            if r < 0.45:
                parts.append(rng.choice(FRAGMENTS))
            elif r < 0.7:
                parts.append(rng.choice(NEWS))
            else:
                parts.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8))))
        docs.append("".join(parts))
    return docs


def corpus(sample_article):
    paras = [p for p in sample_article.split("\n\n") if p.strip()]
    return NEWS + [sample_article] + paras + random_docs(300)


def run_cli(cli, docs, *flags):
    lines = []
    for i, d in enumerate(docs):
        rec = {"id": i, "text": d[0] if isinstance(d, tuple) else d}
        if isinstance(d, tuple):
            rec["ref_date"] = d[1]
        lines.append(json.dumps(rec, ensure_ascii=False))
    proc = subprocess.run([str(cli), "extract", "--jsonl", *flags], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, encoding="utf-8", check=True)
    # "\n" only: str.splitlines() would also split inside strings at U+2028 and the like
    out = [json.loads(line) for line in proc.stdout.split("\n") if line]
    assert [o["id"] for o in out] == list(range(len(docs)))
    return [o["entities"] for o in out]


def same_number(py, js):
    if js is None:  # the CLI writes non-finite numbers as null
        return isinstance(py, float) and not math.isfinite(py)
    if isinstance(js, int):  # the CLI prints integral values below 1e15 as integers
        return type(py) is int and py == js
    return py == js


def assert_same(e, j, where):
    ctx = f"{where}: python {e!r} vs CLI {j}"
    for key in ("label", "text", "start", "end", "byte_start", "byte_end", "type", "unit", "mod"):
        assert getattr(e, key) == j[key], f"{key} differs; {ctx}"
    if e.label == "QUANTITY" and isinstance(j["value"], list):
        assert isinstance(e.value, tuple) and len(e.value) == 2, ctx
        assert same_number(e.value[0], j["value"][0]) and same_number(e.value[1], j["value"][1]), ctx
    elif e.label == "QUANTITY" and (isinstance(j["value"], (int, float)) and not isinstance(j["value"], bool)):
        assert same_number(e.value, j["value"]), ctx
    elif isinstance(e.value, datetime.date):
        assert e.label == "DATE" and e.value.isoformat() == j["value"] == e.timex, ctx
    else:
        assert e.value == j["value"], ctx
    if e.label == "DATE":
        assert e.timex == j["value"], ctx
    assert (list(e.range) if e.range else None) == j.get("range"), ctx
    if e.geo is None:
        assert "geonames_id" not in j, ctx
    else:
        assert (e.geo.geonames_id, e.geo.country) == (j["geonames_id"], j["country"]), ctx
        assert same_number(e.geo.lat, j["lat"]) or e.geo.lat == j["lat"], ctx
        assert same_number(e.geo.lon, j["lon"]) or e.geo.lon == j["lon"], ctx
    assert e.alias_of == j.get("alias_of"), ctx
    assert f"{e.confidence:.3f}" == f"{j['confidence']:.3f}", ctx


def compare(docs, got, want):
    assert len(got) == len(want)
    n = 0
    for i, (doc, ents) in enumerate(zip(got, want)):
        assert len(doc.entities) == len(ents), f"doc {i}: {doc.entities} vs {ents}"
        for e, j in zip(doc.entities, ents):
            assert_same(e, j, f"doc {i}")
            n += 1
    return n


def test_python_equals_cli_json(cli, sample_article):
    docs = corpus(sample_article)
    ex = newsent.Extractor(ref_date="2026-11-20")
    n = compare(docs, [ex.extract(d) for d in docs], run_cli(cli, docs, "--ref-date", "2026-11-20"))
    assert n > 100  # the comparison covered real entities


@pytest.mark.parametrize("flags,kwargs", [
    (["--day-first"], {"day_first": True}),
    (["--labels", "DATE,QUANTITY"], {"labels": ["DATE", "QUANTITY"]}),
    (["--labels", "PERSON,PLACE,ORG"], {"labels": ["PERSON", "PLACE", "ORG"]}),
])
def test_python_equals_cli_json_with_options(cli, sample_article, flags, kwargs):
    docs = corpus(sample_article)[:120]
    ex = newsent.Extractor(ref_date="2024-03-05", **kwargs)
    compare(docs, [ex.extract(d) for d in docs], run_cli(cli, docs, "--ref-date", "2024-03-05", *flags))


def test_python_equals_cli_json_per_document_dates(cli):
    docs = [(t, f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10}") for i, t in enumerate(NEWS * 3)]
    ex = newsent.Extractor()
    got = list(ex.pipe(docs, n_threads=2))
    compare(docs, got, run_cli(cli, docs))
