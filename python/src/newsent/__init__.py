"""newsent: people, places, organisations, dates and quantities in English
news text, with exact offsets and normalised values.

    >>> import newsent
    >>> doc = newsent.extract("Angela Merkel visited Paris on March 4, 2024.",
    ...                       ref_date="2024-03-01")
    >>> [(e.label, e.text) for e in doc.entities]          # doctest: +SKIP

A thin cffi layer over the C library libnewsent; see Extractor for reuse
across threads and processes.
"""
from ._entity import LABELS, Entity, GeoLink, Value
from ._document import RECORD_FIELDS, Document
from ._extractor import Extractor, default_extractor, extract, lib_version
from .errors import (DateError, InputTooLargeError, InternalError, InvalidArgumentError,
                     LimitError, ModelError, ModelIOError, NewsentError, NewsentMemoryError,
                     Utf8Error, VersionError)

__version__ = lib_version()

__all__ = [
    "extract", "Extractor", "Document", "Entity", "GeoLink", "Value", "LABELS",
    "RECORD_FIELDS", "default_extractor", "lib_version", "NewsentError",
    "InvalidArgumentError", "Utf8Error", "InputTooLargeError", "VersionError",
    "ModelError", "ModelIOError", "LimitError", "DateError", "InternalError",
    "NewsentMemoryError", "__version__",
]
