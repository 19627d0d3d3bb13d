"""The record types that flow through the pipeline.

`Document` is what a source yields (bytes, then decoded text); `Article` is the record of
RECORD.md; `Reject` is a bad input with its reason. `to_dict` emits keys in RECORD.md's
order so that the JSON Lines output is deterministic byte for byte.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from core import SCHEMA_VERSION
from core.normalize import count_words


@dataclass(slots=True)
class Document:
    path: str
    data: bytes  # the file's own bytes: id and sha256 are taken over these
    payload: bytes = b""  # the bytes to decode (decompressed when the file is gzip)
    format: str = "text"
    text: str = ""
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    container: str = ""  # HTML: the element the article was read from, and why (for -v and `show`)
    _sha256: str = field(default="", repr=False)

    @property
    def sha256(self) -> str:
        """Hashed once: the executor and the cleaning stage both need it."""
        if not self._sha256:
            self._sha256 = hashlib.sha256(self.data).hexdigest()
        return self._sha256


@dataclass(slots=True, frozen=True)
class Reject:
    path: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "detail": self.detail}


@dataclass(slots=True)
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    key: str = ""  # set by the pipeline's key stage (core/keys.py)

    def to_dict(self) -> dict[str, Any]:
        if self.key:
            return {"name": self.name, "titles": list(self.titles), "key": self.key}
        # Imported on first need: a run of foreign pages never loads the key rules.
        from core.keys import person_key

        return {"name": self.name, "titles": list(self.titles), "key": person_key(self.name)}


@dataclass(slots=True)
class Meeting:
    kind: str
    name: str | None = None
    date: str | None = None
    part_of_day: str | None = None
    organizer: str | None = None
    organizer_key: str | None = None
    location: str | None = None
    review_year: int | None = None
    plan_year: int | None = None
    chairs: list[Person] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "date": self.date,
            "part_of_day": self.part_of_day,
            "organizer": self.organizer,
            "organizer_key": self.organizer_key,
            "location": self.location,
            "review_year": self.review_year,
            "plan_year": self.plan_year,
            "chairs": [p.to_dict() for p in self.chairs],
            "attendees": [p.to_dict() for p in self.attendees],
        }


@dataclass(slots=True)
class Statistic:
    text: str
    value: float
    kind: str
    unit: str
    of: float | None = None
    qualifier: str | None = None
    label: str | None = None
    label_key: str | None = None
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": _number(self.value),
            "kind": self.kind,
            "unit": self.unit,
            "of": None if self.of is None else _number(self.of),
            "qualifier": self.qualifier,
            "label": self.label,
            "label_key": self.label_key,
            "sentence": self.sentence,
        }


def _number(value: float) -> float | int:
    """Integral values are written as JSON integers (17500, not 17500.0). No figure is
    written with 15 significant digits, so the binary rounding a scale word leaves
    (`129,98 tỷ` → 129979999999.99998, 330 values over the baomoi articles) is taken off
    first."""
    if not math.isfinite(value):
        return value
    value = float(f"{value:.15g}")
    if value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


@dataclass(slots=True)
class Quality:
    chars_in: int = 0
    chars_out: int = 0
    lines_removed: int = 0
    vietnamese_ratio: float = 0.0
    vietnamese_words: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "lines_removed": self.lines_removed,
            "vietnamese_ratio": round(self.vietnamese_ratio, 4),
            "vietnamese_words": round(self.vietnamese_words, 4),
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class Article:
    path: str
    sha256: str
    bytes: int
    format: str
    encoding: str
    title: str | None = None
    published: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    text: str = ""
    captions: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    tokens: list[list[str]] | None = None
    meeting: Meeting | None = None
    statistics: list[Statistic] = field(default_factory=list)
    quality: Quality = field(default_factory=Quality)

    @property
    def id(self) -> str:
        return self.sha256[:16]

    @property
    def word_count(self) -> int:
        """Space-separated words of `text` (Vietnamese syllables), whether or not the
        record is tokenised, so that a run's `words` means one thing in both modes."""
        return count_words(self.text)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": {
                "path": self.path,
                "sha256": self.sha256,
                "bytes": self.bytes,
                "format": self.format,
                "encoding": self.encoding,
            },
            "title": self.title,
            "published": self.published,
            "section": self.section,
            "authors": list(self.authors),
            "text": self.text,
            "captions": list(self.captions),
            "sentences": list(self.sentences),
        }
        if self.tokens is not None:
            record["tokens"] = self.tokens
        record["meeting"] = None if self.meeting is None else self.meeting.to_dict()
        record["statistics"] = [s.to_dict() for s in self.statistics]
        record["quality"] = self.quality.to_dict()
        return record
