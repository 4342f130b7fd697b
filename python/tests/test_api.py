import datetime
import pickle
import multiprocessing

import pytest

import newsent
from newsent import Entity, GeoLink

from conftest import NEWS

REF = datetime.date(2024, 3, 5)


def test_extract_returns_document_with_entities():
    doc = newsent.extract("Angela Merkel met Joe Biden in Berlin on March 4, 2024.", ref_date=REF)
    assert isinstance(doc, newsent.Document)
    assert doc.ref_date == REF
    dates = doc.by_label("DATE")
    assert [e.text for e in dates] == ["March 4, 2024"]
    d = dates[0]
    assert d.value == datetime.date(2024, 3, 4)
    assert d.timex == "2024-03-04" and d.raw_value == "2024-03-04"
    assert d.type == "DATE"
    assert isinstance(d.start, int) and isinstance(d.byte_start, int)


def test_every_label_listed_by_by_label():
    doc = newsent.extract(NEWS[1], ref_date=REF)
    groups = doc.by_label()
    assert list(groups) == list(newsent.LABELS)
    assert sum(len(v) for v in groups.values()) == len(doc)
    with pytest.raises(ValueError, match="unknown label"):
        doc.by_label("MISC")


def test_quantity_values_are_numbers():
    doc = newsent.extract("Sales rose 30 percent to 4.5 million; 6,500 jobs went.", ref_date=REF)
    q = {e.text: e for e in doc.by_label("QUANTITY")}
    assert q, doc.entities
    for e in q.values():
        assert e.type is not None
        v = e.value
        if isinstance(v, tuple):
            assert len(v) == 2 and all(isinstance(x, (int, float)) for x in v)
        else:
            assert isinstance(v, (int, float)), e
    if "6,500" in q:
        assert q["6,500"].value == 6500 and type(q["6,500"].value) is int
    if "30 percent" in q:
        assert q["30 percent"].value == 30 and q["30 percent"].unit == "percent"


def test_float_quantity_stays_float(extractor):
    doc = extractor.extract("Growth was 4.4 this year.")
    vals = [e.value for e in doc.by_label("QUANTITY") if e.text == "4.4"]
    assert vals == [4.4] and type(vals[0]) is float


def test_entity_is_immutable_hashable_with_readable_repr():
    doc = newsent.extract("Sales rose 30 percent on March 4, 2024.", ref_date=REF)
    e = doc.entities[0]
    with pytest.raises(AttributeError):
        e.text = "x"  # type: ignore[misc]
    assert hash(e) == hash(Entity(*e))
    assert len({e, Entity(*e)}) == 1
    assert {e: 1}[e] == 1
    r = repr(e)
    assert r.startswith("Entity(") and e.label in r and repr(e.text) in r
    assert f"{e.start}:{e.end}" in r
    with pytest.raises(AttributeError):
        doc.text = "other"  # type: ignore[misc]


def test_document_repr_len_iter_getitem(extractor, sample_article):
    doc = extractor.extract(sample_article)
    assert len(doc) == len(doc.entities) > 0
    assert list(doc) == list(doc.entities)
    assert doc[0] == doc.entities[0]
    assert "Document(" in repr(doc) and "entities" in repr(doc)


def test_offsets_and_bytes_agree(extractor):
    text = "Zürich — 😀 on March 4, 2024 they paid €45 million."
    doc = extractor.extract(text)
    assert doc.data == text.encode()
    assert doc.entities
    for e in doc:
        assert text[e.start:e.end] == e.text
        assert doc.data[e.byte_start:e.byte_end].decode() == e.text


def test_bytes_input_uses_surrogateescape(extractor):
    raw = b"\xff\xfe Bad bytes \xc3( then March 4, 2024 and 30 percent."
    doc = extractor.extract(raw)
    assert doc.data == raw
    assert doc.text == raw.decode("utf-8", "surrogateescape")
    assert doc.entities
    for e in doc:
        assert doc.text[e.start:e.end] == e.text
        assert raw[e.byte_start:e.byte_end].decode("utf-8", "surrogateescape") == e.text
    assert extractor.extract(bytearray(raw)) == doc
    assert extractor.extract(memoryview(raw)) == doc


def test_str_with_lone_surrogates(extractor):
    # U+DCFF comes from surrogateescape (byte 0xFF); U+D800 from nowhere.
    text = "\ud800 x \udcff On March 4, 2024 \ud83d."
    doc = extractor.extract(text)
    for e in doc:
        assert text[e.start:e.end] == e.text
    assert any(e.label == "DATE" for e in doc)


def test_labels_filter(extractor):
    text = NEWS[1]
    only = extractor.extract(text, labels=["QUANTITY"])
    assert only.entities and {e.label for e in only} == {"QUANTITY"}
    assert extractor.extract(text, labels="DATE,QUANTITY").entities
    with pytest.raises(ValueError, match="unknown label"):
        extractor.extract(text, labels=["NOPE"])
    ex = newsent.Extractor(labels=["DATE"], ref_date=REF)
    assert {e.label for e in ex.extract(text)} <= {"DATE"}


def test_ref_date_forms_resolve_relative_dates():
    text = "The talks ended on March 4."
    for rd in (REF, "2024-03-05", datetime.datetime(2024, 3, 5, 12, 0)):
        doc = newsent.extract(text, ref_date=rd)
        vals = [e.value for e in doc.by_label("DATE")]
        assert vals == [datetime.date(2024, 3, 4)], (rd, doc.entities)
    other = newsent.extract(text, ref_date="2019-03-05").by_label("DATE")
    assert [e.value for e in other] == [datetime.date(2019, 3, 4)]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        newsent.extract(text, ref_date="March 5")
    with pytest.raises(TypeError):
        newsent.extract(text, ref_date=20240305)  # type: ignore[arg-type]


def test_day_first_reaches_the_library(extractor):
    us = extractor.extract("Filed on 3/4/2024.").by_label("DATE")
    eu = extractor.extract("Filed on 3/4/2024.", day_first=True).by_label("DATE")
    if not us:
        pytest.skip("the C library does not read numeric dates yet (CLI equality covers the flag)")
    assert [e.value for e in us] == [datetime.date(2024, 3, 4)]
    assert [e.value for e in eu] == [datetime.date(2024, 4, 3)]


def test_c_errors_become_exceptions_with_the_c_message(extractor, tmp_path):
    with pytest.raises(newsent.Utf8Error) as ei:
        extractor.extract(b"ok \xff bad", strict_utf8=True)
    assert ei.value.position == 3
    assert ei.value.code == -3
    assert isinstance(ei.value, ValueError) and isinstance(ei.value, newsent.NewsentError)
    assert str(ei.value) and "UTF-8" in str(ei.value).upper()

    missing = tmp_path / "no-such-model.bin"
    # EIO once model files load; EMODEL while the library refuses them.
    with pytest.raises((newsent.ModelIOError, newsent.ModelError)) as ei2:
        newsent.Extractor(missing)
    assert str(missing) in str(ei2.value)
    if isinstance(ei2.value, newsent.ModelIOError):
        assert isinstance(ei2.value, OSError)

    with pytest.raises(TypeError):
        extractor.extract(42)  # type: ignore[arg-type]


def test_impossible_ref_date_string_is_refused(extractor):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extractor.extract("x", ref_date="2023-02-29")


def test_c_status_codes_map_to_exception_classes():
    from newsent.errors import error_for
    cases = {-1: newsent.InvalidArgumentError, -2: newsent.NewsentMemoryError,
             -3: newsent.Utf8Error, -4: newsent.InputTooLargeError, -5: newsent.VersionError,
             -6: newsent.ModelError, -7: newsent.ModelIOError, -8: newsent.LimitError,
             -9: newsent.DateError, -10: newsent.InternalError}
    for code, cls in cases.items():
        err = error_for(code, "the C message", 7)
        assert type(err) is cls and err.code == code and err.position == 7
        assert str(err) == "the C message" and isinstance(err, newsent.NewsentError)
    assert type(error_for(-99, "?", None)) is newsent.NewsentError


def test_document_pickles(extractor, sample_article):
    doc = extractor.extract(sample_article)
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.entities == doc.entities and back.ref_date == doc.ref_date


def test_error_pickles_with_code_and_position():
    err = newsent.Utf8Error("invalid UTF-8 at byte 3", -3, 3)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is newsent.Utf8Error and back.position == 3 and back.code == -3


def test_to_records_and_pandas(extractor, sample_article):
    doc = extractor.extract(sample_article)
    recs = doc.to_records()
    assert len(recs) == len(doc)
    assert all(set(r) == set(newsent.RECORD_FIELDS) for r in recs)
    assert recs[0]["text"] == doc[0].text
    pd = pytest.importorskip("pandas")
    df = doc.to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(newsent.RECORD_FIELDS)
    assert len(df) == len(doc)
    assert list(df["text"]) == [e.text for e in doc]
    assert str(df["geonames_id"].dtype) == "Int64" and str(df["alias_of"].dtype) == "Int64"
    empty = extractor.extract("nothing here").to_pandas()
    assert len(empty) == 0 and list(empty.columns) == list(newsent.RECORD_FIELDS)


def test_links_and_resolve():
    place = Entity("PLACE", "Berlin", 0, 6, 0, 6, None, "Berlin", geo=GeoLink(2950159, "DE", 52.52, 13.41))
    full = Entity("PERSON", "Angela Merkel", 10, 23, 10, 23, value="Angela Merkel")
    alias = Entity("PERSON", "Merkel", 30, 36, 30, 36, value="Angela Merkel", alias_of=1)
    doc = newsent.Document("x" * 40, [place, full, alias], b"x" * 40)
    assert place.link == place.geo and alias.link == 1 and full.link is None
    assert doc.resolve(alias) is full and doc.resolve(full) is full
    rec = doc.to_records()[0]
    assert rec["geonames_id"] == 2950159 and rec["country"] == "DE"
    assert "geonames=2950159 DE" in repr(place) and "alias_of=1" in repr(alias)


def test_pipe_matches_extract_in_order(extractor):
    texts = NEWS * 5
    want = [extractor.extract(t) for t in texts]
    for n in (1, 2, 3):
        assert list(extractor.pipe(texts, n_threads=n, batch_size=4)) == want
    assert extractor.extract_many(iter(texts), n_threads=2) == want
    got = list(extractor.pipe([(t, "2024-03-05") for t in texts[:3]], n_threads=2))
    assert got == [extractor.extract(t, ref_date="2024-03-05") for t in texts[:3]]
    with pytest.raises(ValueError):
        list(extractor.pipe(texts, n_threads=0))


def test_pipe_propagates_errors(extractor):
    with pytest.raises(newsent.Utf8Error):
        list(extractor.pipe([b"fine", b"\xff"] * 10, n_threads=2, strict_utf8=True, batch_size=3))


def test_extractor_pickles(extractor):
    back = pickle.loads(pickle.dumps(extractor))
    assert isinstance(back, newsent.Extractor)
    assert back.extract(NEWS[0]) == extractor.extract(NEWS[0])
    ex = newsent.Extractor(labels=["DATE"], day_first=True, ref_date=REF)
    back = pickle.loads(pickle.dumps(ex))
    assert back.extract("On 3/4/2024 and 30 percent") == ex.extract("On 3/4/2024 and 30 percent")


def _worker(args):
    ex, text = args
    return ex.extract(text)


def test_extractor_works_with_multiprocessing(extractor):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        got = pool.map(_worker, [(extractor, t) for t in NEWS])
    assert got == [extractor.extract(t) for t in NEWS]


def test_version():
    assert newsent.lib_version().count(".") == 2
    assert newsent.__version__ == newsent.lib_version()


def test_typed_package_ships_py_typed():
    import importlib.resources
    assert importlib.resources.files("newsent").joinpath("py.typed").is_file()
