"""The immutable result types: Entity and GeoLink."""
import datetime
from typing import NamedTuple, Optional, Tuple, Union

__all__ = ["Entity", "GeoLink", "Value", "LABELS"]

#: The five labels, in the order the C library numbers them.
LABELS: Tuple[str, ...] = ("PERSON", "PLACE", "ORG", "DATE", "QUANTITY")

Number = Union[int, float]
#: What Entity.value can hold.
Value = Union[None, str, datetime.date, int, float, Tuple[Number, Number]]


class GeoLink(NamedTuple):
    """Where a PLACE the gazetteer knows is: GeoNames id, ISO 3166-1 alpha-2
    country code and WGS84 coordinates."""
    geonames_id: int
    country: Optional[str]
    lat: float
    lon: float


class Entity(NamedTuple):
    """One entity. Immutable and hashable.

    ``start``/``end`` index the Python string (``doc.text[e.start:e.end] ==
    e.text`` always; for bytes input, the text decoded with
    ``errors="surrogateescape"``); ``byte_start``/``byte_end`` index the UTF-8
    bytes given to the C library (``doc.data``).

    ``value`` is the normalised value: for DATE a :class:`datetime.date` when
    the TIMEX3 value is a full calendar date, else the TIMEX3 string (always
    in ``timex``); for QUANTITY an int (integral) or float, or a ``(low,
    high)`` pair for a range; for PERSON and ORG the canonical name within
    the document; for a PLACE the gazetteer name.
    """
    label: str
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    type: Optional[str] = None
    value: Value = None
    unit: Optional[str] = None
    mod: Optional[str] = None
    #: The C library's value string (the TIMEX3 value for DATE).
    raw_value: Optional[str] = None
    #: For a DATE range ("March 7-9"): the TIMEX3 values of both ends.
    range: Optional[Tuple[Optional[str], Optional[str]]] = None
    #: For a PLACE the gazetteer knows.
    geo: Optional[GeoLink] = None
    #: For an alias ("Merkel", "EU"): index in Document.entities of the entity
    #: it refers to.
    alias_of: Optional[int] = None
    confidence: float = 1.0

    @property
    def timex(self) -> Optional[str]:
        """The TIMEX3 value of a DATE ("2024-03-04", "P90D"), else None."""
        return self.raw_value if self.label == "DATE" else None

    @property
    def link(self) -> Union[GeoLink, int, None]:
        """The GeoLink of a place, or the alias_of index of an alias."""
        return self.geo if self.geo is not None else self.alias_of

    def __repr__(self) -> str:
        parts = [f"{self.label} {self.text!r} {self.start}:{self.end}"]
        if self.type is not None and self.type != self.label:
            parts.append(f"type={self.type}")
        if self.value is not None and self.value != self.text:
            v = self.value.isoformat() if isinstance(self.value, datetime.date) else repr(self.value)
            parts.append(f"value={v}")
        if self.unit is not None:
            parts.append(f"unit={self.unit!r}")
        if self.mod is not None:
            parts.append(f"mod={self.mod}")
        if self.geo is not None:
            parts.append(f"geonames={self.geo.geonames_id} {self.geo.country}")
        if self.alias_of is not None:
            parts.append(f"alias_of={self.alias_of}")
        return f"Entity({' '.join(parts)})"

    def to_record(self) -> dict:
        """A flat dict (geo spread into geonames_id, country, lat, lon)."""
        g = self.geo
        return {
            "label": self.label, "text": self.text, "start": self.start, "end": self.end,
            "byte_start": self.byte_start, "byte_end": self.byte_end, "type": self.type,
            "value": self.value, "unit": self.unit, "mod": self.mod,
            "timex": self.timex, "range": self.range,
            "geonames_id": g.geonames_id if g else None, "country": g.country if g else None,
            "lat": g.lat if g else None, "lon": g.lon if g else None,
            "alias_of": self.alias_of, "confidence": self.confidence,
        }
