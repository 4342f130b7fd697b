"""The notebook's HTML rendering in a real browser (headless Chromium): each
entity's text sits in its highlighted element, with its label and colour.
Leaves a screenshot for a person to look at."""
import datetime
import json

import pytest

import newsent
from newsent import _html

from cdp import Browser, find_chromium

CHROMIUM = find_chromium()

COLLECT = r"""
(() => {
  const textOf = (el) => {  // the element's text without the label tags inside it
    let s = "";
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode())
      if (!n.parentElement.closest(".ns-label")) s += n.data;
    return s;
  };
  const marks = [...document.querySelectorAll("mark.ns-ent")].map((m) => {
    const r = m.getBoundingClientRect();
    const tag = [...m.children].filter((c) => c.classList.contains("ns-label")).pop();
    return {label: m.dataset.label, start: +m.dataset.start, end: +m.dataset.end,
            text: textOf(m), tag: tag ? tag.textContent : null,
            tagVisible: tag ? tag.getBoundingClientRect().width > 0 : false,
            bg: getComputedStyle(m).backgroundColor, w: r.width, h: r.height};
  });
  const legend = Object.fromEntries([...document.querySelectorAll(".ns-legend-item")].map(
      (l) => [l.dataset.label, getComputedStyle(l).backgroundColor]));
  return JSON.stringify({marks, legend, text: textOf(document.querySelector(".newsent-text"))});
})()
"""


def rgb(hex_color):
    h = hex_color.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (tools/setup-deps "
                    "installs Debian's chromium package)")
def test_rendering_in_headless_chromium(notebook_rendering, sample_article, tmp_path,
                                        artifacts_dir):
    page = tmp_path / "rendering.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>newsent</title>'
                    f'</head><body style="margin:16px">{notebook_rendering}</body></html>',
                    encoding="utf-8")
    browser = Browser(CHROMIUM, tmp_path / "profile")
    try:
        browser.open_page()
        browser.navigate(page.as_uri())
        seen = json.loads(browser.evaluate(COLLECT))
        shot = browser.screenshot(artifacts_dir / "notebook-rendering.png")
    finally:
        browser.close()

    doc = newsent.extract(sample_article, ref_date=datetime.date(2026, 11, 20))
    drawn = _html._nested(doc.entities)
    assert len(drawn) == len(doc.entities) > 0  # the sample has no crossing spans
    assert len(seen["marks"]) == len(drawn)
    for e, m in zip(drawn, seen["marks"]):
        where = f"{e!r} rendered as {m}"
        assert (m["label"], m["start"], m["end"]) == (e.label, e.start, e.end), where
        assert m["text"] == e.text, where
        assert m["tag"] == e.label and m["tagVisible"], where
        assert m["bg"] == rgb(_html.COLORS[e.label]), where
        assert m["w"] > 0 and m["h"] > 0, where
    for lab in newsent.LABELS:
        assert seen["legend"][lab] == rgb(_html.COLORS[lab])
    # the page shows the whole article, in order, apart from the label tags
    assert seen["text"] == sample_article
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
