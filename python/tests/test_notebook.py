"""The example notebook runs (nbclient, a real ipykernel) and shows the HTML
rendering; the browser test loads that very rendering in Chromium."""
import datetime
import html
import re

import pytest

import newsent


def test_notebook_runs_and_shows_the_html_rendering(executed_notebook, notebook_rendering,
                                                    sample_article):
    for cell in executed_notebook.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.get("output_type") == "error"], cell.source
    doc = newsent.extract(sample_article, ref_date=datetime.date(2026, 11, 20))
    assert doc.entities
    marks = re.findall(r'<mark class="ns-ent[^"]*" data-label="(\w+)" data-start="(\d+)" '
                       r'data-end="(\d+)"', notebook_rendering)
    assert [(lab, int(a), int(b)) for lab, a, b in marks] == \
        [(e.label, e.start, e.end) for e in doc.entities]
    for lab in newsent.LABELS:
        assert f'class="ns-legend-item" data-label="{lab}"' in notebook_rendering
    assert html.escape(doc.entities[0].text, quote=False) in notebook_rendering


def test_repr_html_escapes_and_nests():
    text = "<b>Sales</b> & 30 percent on March 4, 2024\x00"
    doc = newsent.extract(text, ref_date="2024-03-05")
    out = doc._repr_html_()
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;" in out
    assert "\x00" not in out
    inner = newsent.Entity("DATE", "March 4", 3, 10, 3, 10)
    outer = newsent.Entity("QUANTITY", "x March 4, 2024", 1, 16, 1, 16)
    crossing = newsent.Entity("PERSON", "4, 2024 y", 9, 18, 9, 18)
    nested = newsent.Document("ab" * 10, [outer, inner, crossing], b"ab" * 10)
    h = nested.to_html()
    assert h.index('<mark class="ns-ent ns-QUANTITY"') < h.index('<mark class="ns-ent ns-DATE"') \
        < h.index("</mark>")  # DATE inside QUANTITY
    assert h.count("<mark") == 2  # the crossing one cannot be drawn nested
    assert 'data-label="PERSON" style' in h and '>PERSON <span class="ns-count">1<' in h


def test_long_documents_are_cut_in_html(extractor, sample_article):
    doc = extractor.extract(sample_article)
    h = doc.to_html(max_chars=100)
    assert f"{len(sample_article) - 100} more characters not shown" in h
    assert all(f'data-start="{e.start}"' in h for e in doc.entities if e.end <= 100)
    assert not any(f'data-start="{e.start}"' in h for e in doc.entities if e.end > 100)
