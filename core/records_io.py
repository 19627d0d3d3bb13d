"""Reading vnmeet's own output back: a JSON Lines file (plain, `.gz` or `.zst`) or a
sharded folder (`part-*.jsonl.gz|zst` in name order, with `_manifest.json`).

Everything that consumes records (`dedup`, `stats`, `report`, `export`) reads through
here, one line at a time: memory never holds a corpus.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from core.shards import MANIFEST


class RecordsError(ValueError):
    """The input is not a records file or folder: a usage error for the command line."""


def record_files(source: str | Path) -> list[Path]:
    path = Path(source)
    if path.is_dir():
        shards = sorted(path.glob("part-*.jsonl*"))
        if not shards and not (path / MANIFEST).exists():
            raise RecordsError(f"{path} holds no vnmeet shards (part-*.jsonl.gz) and no {MANIFEST}")
        return shards
    if not path.exists():
        raise RecordsError(f"{path} does not exist")
    return [path]


def _open(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    if path.name.endswith(".zst"):
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb")))  # type: ignore[arg-type]
    return path.open("rb")


def iter_lines(source: str | Path) -> Iterator[bytes]:
    """Each record's JSON line (without the newline), in order."""
    for path in record_files(source):
        with _open(path) as fh:
            for line in fh:
                line = line.rstrip(b"\r\n")
                if line.strip():
                    yield line


def iter_records(source: str | Path) -> Iterator[dict[str, Any]]:
    for line in iter_lines(source):
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise RecordsError(f"{source}: a line is not JSON ({exc})") from exc
        if not isinstance(record, dict) or "source" not in record:
            raise RecordsError(f"{source}: a line is not a vnmeet record (no `source`)")
        yield record


def iter_rejects(source: str | Path, rejects: str | Path | None = None) -> Iterator[dict[str, Any]]:
    """Rejects of the run that wrote `source`: a `--rejects` file when given, else a
    sharded folder's `_rejects.jsonl` or manifest."""
    path = Path(rejects) if rejects else None
    folder = Path(source)
    if path is None and folder.is_dir():
        if (folder / "_rejects.jsonl").exists():
            path = folder / "_rejects.jsonl"
        elif (folder / MANIFEST).exists():
            manifest = orjson.loads((folder / MANIFEST).read_bytes())
            for name, entry in sorted(manifest.get("files", {}).items()):
                if entry.get("reject"):
                    yield {"path": name, "reason": entry["reject"], "detail": entry.get("detail", "")}
            return
    if path is None or not path.exists():
        return
    with _open(path) as fh:
        for line in fh:
            if line.strip():
                yield orjson.loads(line)
