"""The Extractor: a reusable, thread-safe handle on a C newsent_extractor."""
import codecs
import collections
import datetime
import itertools
import os
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import (Any, Iterable, Iterator, List, Optional, Sequence, Tuple, Union)

from ._newsent import ffi, lib
from ._entity import LABELS, Entity, GeoLink
from ._document import Document
from .errors import error_for

__all__ = ["Extractor", "extract", "Text", "DateLike", "PathLike"]

Text = Union[str, bytes, bytearray, memoryview]
DateLike = Union[datetime.date, str, None]
PathLike = Union[str, "os.PathLike[str]"]

_LABEL_NAME = {1 << i: name for i, name in enumerate(LABELS)}
_LABEL_BIT = {name: bit for bit, name in _LABEL_NAME.items()}
_SIZE_MAX = int(ffi.cast("size_t", -1))


def _encode_surrogate(exc: UnicodeError):
    """Encoding error handler for str input: a surrogate from surrogateescape
    decoding (U+DC80..U+DCFF) goes back to its byte; any other lone surrogate
    becomes one invalid byte (0xFF). Either way the C library counts one
    opaque character, so str offsets stay right."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = bytearray()
    for ch in exc.object[exc.start:exc.end]:
        cp = ord(ch)
        out.append(cp - 0xDC00 if 0xDC80 <= cp <= 0xDCFF else 0xFF)
    return bytes(out), exc.end


codecs.register_error("newsent.surrogates", _encode_surrogate)


def _to_text(text: Any) -> Tuple[str, bytes]:
    if isinstance(text, str):
        try:
            return text, text.encode("utf-8")
        except UnicodeEncodeError:
            return text, text.encode("utf-8", "newsent.surrogates")
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        return data.decode("utf-8", "surrogateescape"), data
    raise TypeError(f"newsent extracts from str or bytes, not {type(text).__name__}")


def _to_date(d: DateLike) -> Optional[datetime.date]:
    if d is None:
        return None
    if isinstance(d, datetime.datetime):
        return d.date()
    if isinstance(d, datetime.date):
        return d
    if isinstance(d, str):
        try:
            return datetime.date.fromisoformat(d)
        except ValueError:
            raise ValueError(f"ref_date must be YYYY-MM-DD, not {d!r}") from None
    raise TypeError(f"ref_date must be a datetime.date or a YYYY-MM-DD string, not {type(d).__name__}")


def _to_labels(labels: Optional[Iterable[str]]) -> int:
    if labels is None:
        return 0
    if isinstance(labels, str):
        labels = [x for x in labels.split(",") if x]
    mask = 0
    for name in labels:
        bit = _LABEL_BIT.get(name.upper() if isinstance(name, str) else name)
        if bit is None:
            raise ValueError(f"unknown label {name!r} (use {', '.join(LABELS)})")
        mask |= bit
    if mask == 0:
        raise ValueError("labels must name at least one label")
    return mask


def _raise(err) -> None:
    pos = None if err.position == _SIZE_MAX else int(err.position)
    msg = ffi.string(err.message).decode("utf-8", "replace") or \
        ffi.string(lib.newsent_strerror(err.code)).decode()
    raise error_for(int(err.code), msg, pos)


class _Options:
    """Per-call settings, resolved once; the cdata struct is only read by C
    (concurrently, which is fine)."""
    __slots__ = ("c", "ref_date")

    def __init__(self, ref_date: Optional[datetime.date], labels: int, flags: int) -> None:
        c = ffi.new("newsent_extract_options *")
        rc = lib.newsent_extract_options_init(c, lib.NEWSENT_EXTRACT_OPTIONS_VERSION)
        if rc != lib.NEWSENT_OK:  # pragma: no cover - header and library disagree
            raise error_for(rc, ffi.string(lib.newsent_strerror(rc)).decode(), None)
        if ref_date is not None:
            c.ref_year, c.ref_month, c.ref_day = ref_date.year, ref_date.month, ref_date.day
        c.labels = labels
        c.flags = flags
        self.c = c
        self.ref_date = ref_date


_UNSET: Any = object()


class Extractor:
    """Finds PERSON, PLACE, ORG, DATE and QUANTITY entities.

    Create one and share it: it holds the model and compiled patterns, is
    immutable, and any number of threads may use it at once (the C code runs
    without the GIL). It pickles (by model path and settings), so it can be
    sent to multiprocessing workers or Dask.

    ``model`` is a model file written by ``newsent train``, or None for the
    model built into the library. ``ref_date``, ``labels``, ``day_first`` and
    ``strict_utf8`` are defaults for every call; each call may override them.
    """

    def __init__(self, model: Optional[PathLike] = None, *, ref_date: DateLike = None,
                 labels: Optional[Iterable[str]] = None, day_first: bool = False,
                 strict_utf8: bool = False) -> None:
        self._model = os.path.abspath(os.fspath(model)) if model is not None else None
        self._ref_date = _to_date(ref_date)
        mask = _to_labels(labels)
        self._labels = tuple(lab for i, lab in enumerate(LABELS) if mask & (1 << i)) \
            if labels is not None else None
        self._day_first = bool(day_first)
        self._strict_utf8 = bool(strict_utf8)
        opts = ffi.new("newsent_extractor_options *")
        lib.newsent_extractor_options_init(opts, lib.NEWSENT_EXTRACTOR_OPTIONS_VERSION)
        path = None
        if self._model is not None:
            path = ffi.new("char[]", os.fsencode(self._model))
            opts.model_path = path
        out = ffi.new("newsent_extractor **")
        err = ffi.new("newsent_error *")
        if lib.newsent_extractor_new(opts, out, err) != lib.NEWSENT_OK:
            _raise(err)
        self._ex = ffi.gc(out[0], lib.newsent_extractor_free)
        self._defaults = self._options(_UNSET, _UNSET, None, None)

    # -- settings ---------------------------------------------------------
    @property
    def model(self) -> Optional[str]:
        return self._model

    def _options(self, ref_date: Any, labels: Any, day_first: Optional[bool],
                 strict_utf8: Optional[bool]) -> _Options:
        if ref_date is _UNSET and labels is _UNSET and day_first is None and \
                strict_utf8 is None and hasattr(self, "_defaults"):
            return self._defaults
        rd = self._ref_date if ref_date is _UNSET or ref_date is None else _to_date(ref_date)
        lb = _to_labels(self._labels if labels is _UNSET or labels is None else labels)
        df = self._day_first if day_first is None else day_first
        su = self._strict_utf8 if strict_utf8 is None else strict_utf8
        flags = (lib.NEWSENT_EXTRACT_DAY_FIRST if df else 0) | \
            (lib.NEWSENT_EXTRACT_STRICT_UTF8 if su else 0)
        return _Options(rd, lb, flags)

    def __reduce__(self):
        return (_restore, (self._model, self._ref_date, self._labels, self._day_first,
                           self._strict_utf8))

    def __repr__(self) -> str:
        model = repr(self._model) if self._model else "built-in model"
        return f"Extractor({model}, newsent {lib_version()})"

    # -- extraction -------------------------------------------------------
    def extract(self, text: Text, *, ref_date: DateLike = None,
                labels: Optional[Iterable[str]] = None, day_first: Optional[bool] = None,
                strict_utf8: Optional[bool] = None) -> Document:
        """Entities in one text (str, or bytes read as UTF-8 with invalid
        bytes as opaque characters). ``ref_date`` is the document's date, for
        "yesterday" or "March 4" (default: the extractor's, else today in
        UTC); ``labels`` limits the labels returned."""
        opts = self._options(_UNSET if ref_date is None else ref_date,
                             _UNSET if labels is None else labels, day_first, strict_utf8)
        return self._run(text, opts)

    __call__ = extract

    def _run(self, text: Any, opts: _Options) -> Document:
        s, data = _to_text(text)
        out = ffi.new("nspy_out *")
        if lib.nspy_extract(self._ex, data, len(data), opts.c, out) != lib.NEWSENT_OK:
            _raise(out.err)
        try:
            raw = ffi.unpack(out.buf, out.size)
        finally:
            lib.nspy_free(out.buf)
        return Document(s, _entities(s, raw, out.count), data, opts.ref_date)

    def _run_batch(self, items: Sequence[Any], opts: _Options) -> List[Document]:
        """Documents for a batch of texts (or (text, ref_date) pairs), with
        one C call for the whole batch (see nspy_extract_batch)."""
        n = len(items)
        strs: List[str] = []
        datas: List[bytes] = []
        dates: Optional[dict] = None
        for k, item in enumerate(items):
            if isinstance(item, tuple):
                item, rd = item
                if rd is not None:
                    if dates is None:
                        dates = {}
                    dates[k] = _to_date(rd)
            s, d = _to_text(item)
            strs.append(s)
            datas.append(d)
        ends = ffi.new("size_t[]", list(itertools.accumulate(map(len, datas))))
        copts, nopts, ref_dates = opts.c, 1, [opts.ref_date] * n
        if dates:
            copts, nopts = ffi.new("newsent_extract_options[]", n), n
            for k in range(n):
                copts[k] = opts.c[0]
                if k in dates:
                    d = ref_dates[k] = dates[k]
                    copts[k].ref_year, copts[k].ref_month, copts[k].ref_day = d.year, d.month, d.day
        outs = ffi.new("nspy_out[]", n)
        lib.nspy_extract_batch(self._ex, b"".join(datas), ends, n, copts, nopts, outs)
        raws: List[bytes] = []
        failed = None
        for k in range(n):
            o = outs[k]
            if o.buf == ffi.NULL:
                raws.append(b"")
                if failed is None:
                    failed = k
                continue
            raws.append(ffi.unpack(o.buf, o.size))
            lib.nspy_free(o.buf)
        if failed is not None:
            _raise(outs[failed].err)
        return [Document(strs[k], _entities(strs[k], raws[k], outs[k].count), datas[k], ref_dates[k])
                for k in range(n)]

    def pipe(self, texts: Iterable[Union[Text, Tuple[Text, DateLike]]], *,
             n_threads: Optional[int] = None, batch_size: int = 32,
             ref_date: DateLike = None, labels: Optional[Iterable[str]] = None,
             day_first: Optional[bool] = None,
             strict_utf8: Optional[bool] = None) -> Iterator[Document]:
        """Documents for a stream of texts, in order, using ``n_threads``
        threads (default: one per core) that share this extractor; the C
        code runs without the GIL, so threads scale with cores. An item may
        be ``(text, ref_date)`` to give each document its own date. Input is
        read lazily, at most a few batches ahead."""
        opts = self._options(_UNSET if ref_date is None else ref_date,
                             _UNSET if labels is None else labels, day_first, strict_utf8)
        if n_threads is None:
            n_threads = os.cpu_count() or 1
        if n_threads < 1 or batch_size < 1:
            raise ValueError("n_threads and batch_size must be at least 1")
        if n_threads == 1:
            for item in texts:
                if isinstance(item, tuple):
                    yield self._run_batch((item,), opts)[0]
                else:
                    yield self._run(item, opts)
            return
        it = iter(texts)
        with ThreadPoolExecutor(n_threads, thread_name_prefix="newsent") as pool:
            pending: "collections.deque" = collections.deque()
            while True:
                batch = []
                for item in it:
                    batch.append(item)
                    if len(batch) == batch_size:
                        break
                if batch:
                    pending.append(pool.submit(self._run_batch, batch, opts))
                if pending and (not batch or len(pending) >= 2 * n_threads):
                    yield from pending.popleft().result()
                if not batch and not pending:
                    return

    def extract_many(self, texts: Iterable[Union[Text, Tuple[Text, DateLike]]], *,
                     n_threads: Optional[int] = None, **kw: Any) -> List[Document]:
        """``list(self.pipe(texts, ...))``."""
        return list(self.pipe(texts, n_threads=n_threads, **kw))


# The packed result of nspy_extract: see the layout in bindings/build_newsent.py.
_CORE = struct.Struct("=" + "q" * 8 + "dd" + "q")
_EXTRA = struct.Struct("=" + "q" * 12 + "dqddqq")
assert _CORE.size == lib.NSPY_CORE_FIELDS * 8 and _EXTRA.size == lib.NSPY_EXTRA_FIELDS * 8
_TYPES = tuple(None if lib.nspy_type_name(i) == ffi.NULL else ffi.string(lib.nspy_type_name(i)).decode()
               for i in range(256))
_tuple_new = tuple.__new__
_date = datetime.date


def _entities(s: str, raw: bytes, count: int) -> List[Entity]:
    """Entities from the buffer nspy_extract packed. Written flat for speed:
    this loop is most of the Python cost of a call, and it runs with the GIL
    held."""
    out: List[Entity] = []
    if not count:
        return out
    append = out.append
    names = _LABEL_NAME
    types = _TYPES
    for lf, bs, be, cs, ce, v0, v1, num, lo, conf, ext in \
            _CORE.iter_unpack(memoryview(raw)[:count * _CORE.size]):
        lab = lf & 255
        fl = lf >> 24
        raw_value = raw[v0:v1].decode("utf-8", "surrogateescape") if fl & 1 else None
        if lab == 8:  # DATE
            value: Any = raw_value
            if fl & 8:
                try:
                    value = _date(num // 10000, num // 100 % 100, num % 100)
                except ValueError:
                    pass
        elif lab == 16 and lf & 0xff00:  # QUANTITY with numbers
            value = num if fl & 2 else lo
        else:
            value = raw_value
        if not ext:
            append(_tuple_new(Entity, (names[lab], s[cs:ce], cs, ce, bs, be, types[(lf >> 16) & 255],
                                       value, None, None, raw_value, None, None, None, conf)))
            continue
        (u0, u1, m0, m1, r0, r1, q0, q1, c0, c1, t0, t1,
         hi, hi_i, lat, lon, gid, alias) = _EXTRA.unpack_from(raw, ext)
        if lab == 16 and (lf >> 8) & 255 == 2:
            value = (value, hi_i if fl & 4 else hi)
        tc = (lf >> 16) & 255
        append(_tuple_new(Entity, (
            names[lab], s[cs:ce], cs, ce, bs, be,
            raw[t0:t1].decode("utf-8", "surrogateescape") if tc == 255 else types[tc],
            value,
            raw[u0:u1].decode("utf-8", "surrogateescape") if fl & 0x40 else None,
            raw[m0:m1].decode("utf-8", "surrogateescape") if fl & 0x80 else None,
            raw_value,
            (raw[r0:r1].decode() if fl & 0x100 else None, raw[q0:q1].decode() if fl & 0x200 else None)
            if fl & 0x300 else None,
            _tuple_new(GeoLink, (gid, raw[c0:c1].decode() if fl & 0x400 else None, lat, lon))
            if fl & 0x10 else None,
            alias if fl & 0x20 else None,
            conf)))
    return out


def _restore(model, ref_date, labels, day_first, strict_utf8) -> Extractor:
    return Extractor(model, ref_date=ref_date, labels=labels, day_first=day_first,
                     strict_utf8=strict_utf8)


def lib_version() -> str:
    return ffi.string(lib.newsent_version()).decode()


_default: Optional[Extractor] = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The process-wide extractor with the built-in model, made on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: Text, *, ref_date: DateLike = None,
            labels: Optional[Iterable[str]] = None, day_first: Optional[bool] = None,
            strict_utf8: Optional[bool] = None) -> Document:
    """Entities in one text, with the built-in model (see Extractor.extract)."""
    return default_extractor().extract(text, ref_date=ref_date, labels=labels,
                                       day_first=day_first, strict_utf8=strict_utf8)
