"""Document: the text and the entities newsent found in it."""
import datetime
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, overload

from ._entity import LABELS, Entity
from . import _html

__all__ = ["Document", "RECORD_FIELDS"]

RECORD_FIELDS: Tuple[str, ...] = (
    "label", "text", "start", "end", "byte_start", "byte_end", "type", "value", "unit",
    "mod", "timex", "range", "geonames_id", "country", "lat", "lon", "alias_of",
    "confidence")


class Document:
    """The result of one extraction. Immutable; entities are ordered by
    start, then longest first, then label."""

    __slots__ = ("_text", "_entities", "_data", "_ref_date")

    def __init__(self, text: str, entities: Sequence[Entity], data: bytes,
                 ref_date: Optional[datetime.date] = None) -> None:
        self._text = text
        self._entities = tuple(entities)
        self._data = data
        self._ref_date = ref_date

    @property
    def text(self) -> str:
        """The text as a str (bytes input decoded with surrogateescape)."""
        return self._text

    @property
    def entities(self) -> Tuple[Entity, ...]:
        return self._entities

    @property
    def data(self) -> bytes:
        """The UTF-8 bytes the C library read; byte offsets index these."""
        return self._data

    @property
    def ref_date(self) -> Optional[datetime.date]:
        """The reference date given, or None (today in UTC was used)."""
        return self._ref_date

    def __reduce__(self):
        return (Document, (self.text, self.entities, self.data, self.ref_date))

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __getitem__(self, i: int) -> Entity:
        return self.entities[i]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.text, self.entities, self.data) == (other.text, other.entities, other.data)

    def __hash__(self) -> int:
        return hash((self.text, self.entities))

    def __repr__(self) -> str:
        preview = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        counts = ", ".join(f"{lab}={n}" for lab, n in
                           ((lab, len(es)) for lab, es in self.by_label().items()) if n)
        return f"Document({preview!r}, {len(self.entities)} entities" + \
            (f": {counts})" if counts else ")")

    @overload
    def by_label(self) -> Dict[str, List[Entity]]: ...

    @overload
    def by_label(self, label: str) -> List[Entity]: ...

    def by_label(self, label: Optional[str] = None):
        """All five labels mapped to their entities (in document order), or
        the list for one label."""
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} (use one of {', '.join(LABELS)})")
            return [e for e in self.entities if e.label == label]
        out: Dict[str, List[Entity]] = {lab: [] for lab in LABELS}
        for e in self.entities:
            out[e.label].append(e)
        return out

    def resolve(self, entity: Entity) -> Entity:
        """The entity an alias refers to ("Angela Merkel" for "Merkel"), or
        the entity itself when it is no alias."""
        seen = 0
        while entity.alias_of is not None and seen < len(self.entities):
            entity = self.entities[entity.alias_of]
            seen += 1
        return entity

    def to_records(self) -> List[Dict[str, Any]]:
        """One flat dict per entity (keys: RECORD_FIELDS)."""
        return [e.to_record() for e in self.entities]

    def to_pandas(self):
        """A pandas DataFrame with one row per entity (columns:
        RECORD_FIELDS). Needs pandas, which newsent does not require."""
        try:
            import pandas as pd  # type: ignore[import-untyped,unused-ignore]
        except ImportError as exc:  # pragma: no cover - depends on the machine
            raise ImportError("Document.to_pandas() needs pandas: pip install pandas") from exc
        df = pd.DataFrame.from_records(self.to_records(), columns=list(RECORD_FIELDS))
        # nullable integers, so that ids and indices do not turn into floats
        return df.astype({"geonames_id": "Int64", "alias_of": "Int64"})

    def to_html(self, max_chars: int = 200_000) -> str:
        """The text with entities highlighted by label, and a legend."""
        return _html.render(self.text, self.entities, max_chars)

    def _repr_html_(self) -> str:
        return self.to_html()
