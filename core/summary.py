"""What a corpus of records holds, in one streaming pass: `vnmeet stats` and the report.

Organizers, officials and indicators are counted by their keys (core/keys.py: one key
for every way the corpus writes one body, person or indicator) and shown with their most
frequent written form. Records written before the keys existed get them computed here.

Counters only: memory grows with the number of distinct organizers, officials, units and
months, never with the records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.keys import label_key, organizer_key, person_key


def month_of(record: dict[str, Any]) -> str | None:
    """The meeting's month, else the article's (`YYYY-MM`)."""
    meeting = record.get("meeting") or {}
    date = meeting.get("date") or record.get("published")
    return date[:7] if isinstance(date, str) and len(date) >= 7 else None


def words_of(record: dict[str, Any]) -> int:
    """Space-separated words of the text (Vietnamese syllables), as `vnmeet process`
    counts them, tokenised or not."""
    return len((record.get("text") or "").split())


def organizer_of(meeting: dict[str, Any]) -> tuple[str, str] | None:
    """The meeting's organizer key and written form (None without an organizer)."""
    written = meeting.get("organizer")
    if not written:
        return None
    key = meeting.get("organizer_key") or organizer_key(written)
    return (key, written) if key else None


def person_of(person: dict[str, Any]) -> tuple[str, str] | None:
    name = person.get("name")
    if not name:
        return None
    return person.get("key") or person_key(name), name


def indicator_of(statistic: dict[str, Any]) -> tuple[str, str] | None:
    """The statistic's label key and label (None without a label)."""
    label = statistic.get("label")
    if not label:
        return None
    key = statistic.get("label_key") or label_key(label)
    return (key, label) if key else None


@dataclass
class Keyed:
    """Counts by key, and each key's written forms: a key is shown as the form the corpus
    writes most often."""

    counts: Counter[str] = field(default_factory=Counter)
    forms: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, key: str, written: str) -> None:
        self.counts[key] += 1
        self.forms.setdefault(key, Counter())[written] += 1

    def name(self, key: str) -> str:
        forms = self.forms.get(key)
        return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0] if forms else key

    def strings(self) -> int:
        return sum(len(forms) for forms in self.forms.values())

    def ranked(self, n: int | None) -> list[dict[str, Any]]:
        return [{"name": self.name(k), "key": k, "count": v, "spellings": len(self.forms.get(k) or ())}
                for k, v in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


@dataclass
class CorpusSummary:
    records: int = 0
    words: int = 0
    chars: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    meetings: int = 0
    meeting_kinds: Counter[str] = field(default_factory=Counter)
    meeting_months: Counter[str] = field(default_factory=Counter)
    organizers: Keyed = field(default_factory=Keyed)
    chairs: Keyed = field(default_factory=Keyed)
    chair_titles: dict[str, Counter[str]] = field(default_factory=dict)  # by person key
    statistics: int = 0
    indicators: Keyed = field(default_factory=Keyed)
    statistic_kinds: Counter[str] = field(default_factory=Counter)
    statistic_units: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        self.records += 1
        self.words += words_of(record)
        self.chars += len(record.get("text") or "")
        source = record.get("source") or {}
        self.formats[str(source.get("format"))] += 1
        self.encodings[str(source.get("encoding"))] += 1
        for warning in (record.get("quality") or {}).get("warnings") or []:
            self.warnings[warning] += 1
        for statistic in record.get("statistics") or []:
            self.statistics += 1
            self.statistic_kinds[statistic.get("kind") or "?"] += 1
            self.statistic_units[f"{statistic.get('kind')}: {statistic.get('unit')}"] += 1
            indicator = indicator_of(statistic)
            if indicator:
                self.indicators.add(*indicator)
        meeting = record.get("meeting")
        if not meeting:
            return
        self.meetings += 1
        self.meeting_kinds[meeting.get("kind") or "?"] += 1
        month = month_of(record)
        if month:
            self.meeting_months[month] += 1
        organizer = organizer_of(meeting)
        if organizer:
            self.organizers.add(*organizer)
        for chair in meeting.get("chairs") or []:
            person = person_of(chair)
            if not person:
                continue
            self.chairs.add(*person)
            titles = self.chair_titles.setdefault(person[0], Counter())
            for title in chair.get("titles") or []:
                titles[title] += 1

    def add_reject(self, reject: dict[str, Any]) -> None:
        self.rejects[str(reject.get("reason"))] += 1

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        def ranked(counter: Counter[str], n: int | None = top) -> list[dict[str, Any]]:
            return [{"name": k, "count": v} for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]

        officials = []
        for entry in self.chairs.ranked(top):
            titles = self.chair_titles.get(entry["key"]) or Counter()
            title = min(titles.items(), key=lambda kv: (-kv[1], kv[0]))[0] if titles else None
            officials.append({**entry, "title": title})
        return {
            "records": self.records,
            "words": self.words,
            "chars": self.chars,
            "rejects": {"total": sum(self.rejects.values()), "by_reason": dict(sorted(self.rejects.items()))},
            "formats": dict(sorted(self.formats.items())),
            "encodings": dict(sorted(self.encodings.items())),
            "meetings": {
                "total": self.meetings,
                "by_kind": ranked(self.meeting_kinds, None),
                "by_month": dict(sorted(self.meeting_months.items())),
                "organizers": {"strings": self.organizers.strings(), "keys": len(self.organizers.counts)},
                "top_organizers": self.organizers.ranked(top),
                "top_chairs": officials,
            },
            "statistics": {
                "total": self.statistics,
                "by_kind": ranked(self.statistic_kinds, None),
                "by_unit": ranked(self.statistic_units),
                "indicators": {"strings": self.indicators.strings(), "keys": len(self.indicators.counts)},
                "top_indicators": self.indicators.ranked(top),
            },
            "warnings": dict(sorted(self.warnings.items())),
        }


def summarize(records: Iterable[dict[str, Any]], rejects: Iterable[dict[str, Any]] = ()) -> CorpusSummary:
    summary = CorpusSummary()
    for record in records:
        summary.add(record)
    for reject in rejects:
        summary.add_reject(reject)
    return summary
