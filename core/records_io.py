"""Reading vnmeet's own output back: a JSON Lines file (plain, `.gz` or `.zst`) or a
sharded folder (`part-*.jsonl.gz|zst` in name order, with `_manifest.json`).

Everything that consumes records (`dedup`, `stats`, `report`, `export`) reads through
here, one line at a time: memory never holds a corpus.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from core.shards import MANIFEST, is_shard, read_manifest


class RecordsError(ValueError):
    """The input is not a records file or folder: a usage error for the command line."""


def _stream_errors() -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = (EOFError, OSError, zlib.error, gzip.BadGzipFile)
    try:
        import zstandard

        errors += (zstandard.ZstdError,)
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    return errors


def folder_status(source: str | Path) -> str | None:
    """The manifest's `status` of a records folder (`running`: a run is going on or was
    stopped, so the folder is incomplete), None for a file or a folder without one."""
    path = Path(source)
    if not path.is_dir():
        return None
    try:
        manifest = read_manifest(path)
    except ValueError:
        return None
    return None if manifest is None else str(manifest.get("status"))


def record_files(source: str | Path) -> list[Path]:
    path = Path(source)
    if path.is_dir():
        shards = sorted(p for p in path.iterdir() if is_shard(p.name))
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
        return io.BufferedReader(_ZstdReader(path))
    return path.open("rb")


class _ZstdReader(io.RawIOBase):
    """A zstd file's frames, decompressed as read; a frame cut short raises EOFError
    (zstandard's stream reader ends quietly there, and a truncated corpus would look whole)."""

    def __init__(self, path: Path) -> None:
        import zstandard

        self._zstd = zstandard
        self._raw = path.open("rb")
        self._decompressor = zstandard.ZstdDecompressor().decompressobj()
        self._pending = b""
        self._started = False  # inside a frame

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._raw.read(1 << 16)
            if not chunk:
                if self._started and not self._decompressor.eof:
                    raise EOFError("zstd frame cut short")
                return 0
            while chunk:
                self._started = True
                self._pending += self._decompressor.decompress(chunk)
                chunk = b""
                if self._decompressor.eof:  # the next frame, if any, starts in the unused data
                    chunk = self._decompressor.unused_data
                    self._decompressor = self._zstd.ZstdDecompressor().decompressobj()
                    self._started = bool(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


def iter_numbered(source: str | Path) -> Iterator[tuple[Path, int, bytes]]:
    """(file, line number counted from 1, the line without its newline) for every
    non-blank line; a truncated or corrupt compressed file raises RecordsError naming the
    file and the line where reading failed."""
    errors = _stream_errors()
    for path in record_files(source):
        number = 0
        try:
            with _open(path) as fh:
                for number, line in enumerate(fh, start=1):
                    line = line.rstrip(b"\r\n")
                    if line.strip():
                        yield path, number, line
        except errors as exc:
            raise RecordsError(f"{path}: line {number + 1}: cannot be read: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the file ends early (truncated)"
    return str(exc) or type(exc).__name__


def iter_lines(source: str | Path) -> Iterator[bytes]:
    """Each record's JSON line (without the newline), in order."""
    for _, _, line in iter_numbered(source):
        yield line


def parse_record(path: Path | str, number: int, line: bytes) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise RecordsError(f"{path}: line {number}: not JSON ({exc})") from None
    if not isinstance(record, dict) or "source" not in record:
        raise RecordsError(f"{path}: line {number}: not a vnmeet record (no `source`)")
    return record


def iter_records(source: str | Path) -> Iterator[dict[str, Any]]:
    for path, number, line in iter_numbered(source):
        yield parse_record(path, number, line)


def iter_rejects(source: str | Path, rejects: str | Path | None = None) -> Iterator[dict[str, Any]]:
    """Rejects of the run that wrote `source`: a `--rejects` file when given, else a
    sharded folder's `_rejects.jsonl` or manifest."""
    path = Path(rejects) if rejects else None
    folder = Path(source)
    if path is None and folder.is_dir():
        if (folder / "_rejects.jsonl").exists():
            path = folder / "_rejects.jsonl"
        elif (folder / MANIFEST).exists():
            try:
                manifest = read_manifest(folder) or {}
            except ValueError as exc:
                raise RecordsError(str(exc)) from None
            for name, entry in sorted(manifest.get("files", {}).items()):
                if entry.get("reject"):
                    yield {"path": name, "reason": entry["reject"], "detail": entry.get("detail", "")}
            return
    if path is None or not path.exists():
        return
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if line.strip():
            try:
                yield orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise RecordsError(f"{path}: line {number}: not JSON ({exc})") from None
