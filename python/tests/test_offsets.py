"""The offset contract on random Unicode: text[e.start:e.end] == e.text for
every entity, and the byte offsets point at the same characters."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsent

FRAGMENTS = [
    "March 4, 2024", "on Nov 19", "30 percent", "$4.5 billion", "450,000 people",
    "Angela Merkel", "Berlin", "the EU", "2.5%", "10-15", "1.2bn", "21st", " ", ". ",
    "\r\n", "\n", "\x00", "\t",
]
TRICKY = [
    "😀", "👩\u200d👩\u200d👧", "🇩🇪", "𝔘𝔫𝔦", "\U0010FFFF", "e\u0301", "\u0301", "\u0308\u0301",
    "\ufeff", "\u00a0", "\u2028", "’", "—", "ß", "İ", "ﬁ", "Ω", "\u200b", "中文", "\r", "\x00",
]
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(TRICKY),
    st.text(min_size=1, max_size=8),  # any code point except surrogates
    st.text(alphabet=st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF), max_size=3),
    st.text(alphabet=st.characters(categories=["Mn", "Me", "Mc"]), max_size=3),
)
texts = st.lists(pieces, max_size=30).map("".join)


@pytest.fixture(scope="module")
def ex():
    return newsent.Extractor(ref_date="2024-03-05")


def check(doc, text):
    assert doc.text == text
    last = (-1, 0)
    for e in doc.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert 0 <= e.byte_start < e.byte_end <= len(doc.data)
        assert doc.data[e.byte_start:e.byte_end].decode("utf-8", "surrogateescape") == e.text
        # the byte span and the str span are the same characters
        assert len(doc.data[:e.byte_start].decode("utf-8", "surrogateescape")) == e.start
        key = (e.start, -e.end)
        assert key >= last
        last = key


@SETTINGS
@given(texts)
def test_offsets_on_random_unicode(ex, text):
    check(ex.extract(text), text)


@SETTINGS
@given(texts)
def test_offsets_survive_crlf_and_nul(ex, text):
    text = text.replace("\n", "\r\n") + "\x00 on March 4, 2024\r\n"
    doc = ex.extract(text)
    check(doc, text)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from([f.encode() for f in FRAGMENTS]),
                          st.binary(max_size=6),
                          st.sampled_from([b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\xf0\x9f\x98",
                                           b"\xe2\x82", b"\xc0\xaf", b"\xf4\x90\x80\x80"])),
                max_size=25).map(b"".join))
def test_offsets_on_random_bytes(ex, data):
    doc = ex.extract(data)
    assert doc.data == data
    check(doc, data.decode("utf-8", "surrogateescape"))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS),
                          st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
                                  min_size=1, max_size=3)), max_size=20).map("".join))
def test_offsets_with_lone_surrogates_in_str(ex, text):
    doc = ex.extract(text)
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
