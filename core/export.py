"""`vnmeet export --to parquet`: three Parquet tables that DuckDB, pandas and Hugging Face
`datasets` read directly.

- `articles.parquet`: one row per record (metadata, text, its `sentences` and `tokens` as
  list columns, quality, the meeting's fields);
- `statistics.parquet`: one row per statistic, with its article's id, path, date and
  meeting organizer, so an indicator can be followed over time and across organizers;
- `persons.parquet`: one row per chair or attendee of a meeting.

Each organizer, person and indicator label comes with its key (`organizer_key`, `key`,
`label_key`; core/keys.py) next to it, so that a query groups by the body, the person or
the indicator however each article writes it.

Rows are written in row groups of `batch` records as they stream in: memory holds one
batch, never the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core.fsutil import temp_beside
from core.summary import indicator_of, organizer_of, person_of, words_of

ROW_GROUP = 10_000


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    strings = pa.list_(pa.string())
    return {
        "articles": pa.schema([
            ("id", pa.string()), ("path", pa.string()), ("format", pa.string()), ("encoding", pa.string()),
            ("title", pa.string()), ("published", pa.string()), ("date", pa.date32()), ("section", pa.string()),
            ("authors", strings), ("words", pa.int32()), ("chars", pa.int32()), ("text", pa.string()),
            ("sentences", strings), ("tokens", pa.list_(strings)),
            ("captions", strings), ("vietnamese_ratio", pa.float32()), ("warnings", strings),
            ("statistics", pa.int32()), ("meeting_kind", pa.string()), ("meeting_name", pa.string()),
            ("meeting_date", pa.date32()), ("part_of_day", pa.string()), ("organizer", pa.string()),
            ("organizer_key", pa.string()), ("location", pa.string()), ("review_year", pa.int16()), ("plan_year", pa.int16()),
            ("chairs", strings),
        ]),
        "statistics": pa.schema([
            ("article_id", pa.string()), ("path", pa.string()), ("published", pa.string()), ("date", pa.date32()),
            ("organizer", pa.string()), ("organizer_key", pa.string()), ("meeting_kind", pa.string()),
            ("position", pa.int32()), ("text", pa.string()), ("value", pa.float64()), ("kind", pa.string()),
            ("unit", pa.string()), ("of", pa.float64()), ("qualifier", pa.string()), ("label", pa.string()),
            ("label_key", pa.string()), ("sentence", pa.int32()),
        ]),
        "persons": pa.schema([
            ("article_id", pa.string()), ("path", pa.string()), ("date", pa.date32()), ("organizer", pa.string()),
            ("organizer_key", pa.string()), ("meeting_kind", pa.string()), ("role", pa.string()), ("name", pa.string()),
            ("key", pa.string()), ("titles", strings),
        ]),
    }


def _date(value: Any) -> Any:
    import datetime as dt

    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def rows_of(record: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The article row, its statistic rows and its person rows."""
    source = record.get("source") or {}
    meeting = record.get("meeting") or {}
    quality = record.get("quality") or {}
    statistics = record.get("statistics") or []
    when = _date(meeting.get("date")) or _date(record.get("published"))
    organizer = organizer_of(meeting)
    organizer_key = organizer[0] if organizer else None
    article = {
        "id": record.get("id"), "path": source.get("path"), "format": source.get("format"),
        "encoding": source.get("encoding"), "title": record.get("title"), "published": record.get("published"),
        "date": _date(record.get("published")), "section": record.get("section"),
        "authors": record.get("authors") or [], "words": words_of(record), "chars": len(record.get("text") or ""),
        "text": record.get("text"), "sentences": record.get("sentences") or [],
        "tokens": record.get("tokens"),  # null when the run did not tokenise
        "captions": record.get("captions") or [],
        "vietnamese_ratio": quality.get("vietnamese_ratio"), "warnings": quality.get("warnings") or [],
        "statistics": len(statistics), "meeting_kind": meeting.get("kind"), "meeting_name": meeting.get("name"),
        "meeting_date": _date(meeting.get("date")), "part_of_day": meeting.get("part_of_day"),
        "organizer": meeting.get("organizer"), "organizer_key": organizer_key, "location": meeting.get("location"),
        "review_year": meeting.get("review_year"), "plan_year": meeting.get("plan_year"),
        "chairs": [c.get("name") for c in meeting.get("chairs") or [] if c.get("name")],
    }
    common = {"article_id": record.get("id"), "path": source.get("path")}
    stats = [{**common, "published": record.get("published"), "date": when, "organizer": meeting.get("organizer"),
              "organizer_key": organizer_key, "meeting_kind": meeting.get("kind"), "position": i,
              "text": s.get("text"), "value": s.get("value"), "kind": s.get("kind"), "unit": s.get("unit"),
              "of": s.get("of"), "qualifier": s.get("qualifier"), "label": s.get("label"),
              "label_key": (indicator_of(s) or (None,))[0], "sentence": s.get("sentence")}
             for i, s in enumerate(statistics)]
    persons = [{**common, "date": when, "organizer": meeting.get("organizer"), "organizer_key": organizer_key,
                "meeting_kind": meeting.get("kind"), "role": role, "name": p.get("name"),
                "key": (person_of(p) or (None,))[0], "titles": p.get("titles") or []}
               for role, people in (("chair", meeting.get("chairs")), ("attendee", meeting.get("attendees")))
               for p in people or []]
    return article, stats, persons


def export_parquet(records: Iterable[dict[str, Any]], folder: str | Path, batch: int = ROW_GROUP) -> dict[str, int]:
    """Write the three tables into `folder` (each to a temporary name, then renamed);
    returns the row count of each."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    schemas = _schemas()
    temps: dict[str, Path] = {}
    for name in schemas:
        fd, tmp = temp_beside(out / f"{name}.parquet")
        os.close(fd)
        temps[name] = Path(tmp)
    writers = {name: pq.ParquetWriter(temps[name], schema, compression="zstd") for name, schema in schemas.items()}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in schemas}
    counts = dict.fromkeys(schemas, 0)

    def flush(name: str) -> None:
        if buffers[name]:
            writers[name].write_table(pa.Table.from_pylist(buffers[name], schema=schemas[name]))
            counts[name] += len(buffers[name])
            buffers[name] = []

    try:
        for record in records:
            article, stats, persons = rows_of(record)
            buffers["articles"].append(article)
            buffers["statistics"].extend(stats)
            buffers["persons"].extend(persons)
            for name in schemas:
                if len(buffers[name]) >= batch:
                    flush(name)
        for name in schemas:
            flush(name)
            writers[name].close()
        for name, tmp_path in temps.items():
            tmp_path.replace(out / f"{name}.parquet")
    except BaseException:
        for name, writer in writers.items():
            writer.close()
            temps[name].unlink(missing_ok=True)
        raise
    return counts
