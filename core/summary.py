"""What a corpus of records holds, in one streaming pass: `vnmeet stats` and the report.

Counters only: memory grows with the number of distinct organizers, officials, units and
months, never with the records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def month_of(record: dict[str, Any]) -> str | None:
    """The meeting's month, else the article's (`YYYY-MM`)."""
    meeting = record.get("meeting") or {}
    date = meeting.get("date") or record.get("published")
    return date[:7] if isinstance(date, str) and len(date) >= 7 else None


def words_of(record: dict[str, Any]) -> int:
    """Space-separated words of the text (Vietnamese syllables), as `vnmeet process`
    counts them, tokenised or not."""
    return len((record.get("text") or "").split())


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
    organizers: Counter[str] = field(default_factory=Counter)
    chairs: Counter[str] = field(default_factory=Counter)
    chair_titles: dict[str, Counter[str]] = field(default_factory=dict)
    statistics: int = 0
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
        meeting = record.get("meeting")
        if not meeting:
            return
        self.meetings += 1
        self.meeting_kinds[meeting.get("kind") or "?"] += 1
        month = month_of(record)
        if month:
            self.meeting_months[month] += 1
        if meeting.get("organizer"):
            self.organizers[meeting["organizer"]] += 1
        for chair in meeting.get("chairs") or []:
            name = chair.get("name")
            if not name:
                continue
            self.chairs[name] += 1
            titles = self.chair_titles.setdefault(name, Counter())
            for title in chair.get("titles") or []:
                titles[title] += 1

    def add_reject(self, reject: dict[str, Any]) -> None:
        self.rejects[str(reject.get("reason"))] += 1

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        def ranked(counter: Counter[str], n: int | None = top) -> list[dict[str, Any]]:
            return [{"name": k, "count": v} for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]

        officials = []
        for entry in ranked(self.chairs):
            titles = self.chair_titles.get(entry["name"]) or Counter()
            officials.append({**entry, "title": titles.most_common(1)[0][0] if titles else None})
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
                "top_organizers": ranked(self.organizers),
                "top_chairs": officials,
            },
            "statistics": {
                "total": self.statistics,
                "by_kind": ranked(self.statistic_kinds, None),
                "by_unit": ranked(self.statistic_units),
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
