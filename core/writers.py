"""JSON Lines writers: plain, gzip, zstd or standard output; atomic temp-and-rename on files.

A reader never sees half a file: records go to a temporary file beside the target
(`core.fsutil.temp_beside`), which is fsynced and renamed into place only by `commit()`;
`abort()` removes it. The target's suffix decides the format (`.jsonl`, `.jsonl.gz`,
`.jsonl.zst`); any other is refused before a run starts. gzip output carries no timestamp
or name, so the same input gives the same bytes.
"""

from __future__ import annotations

import gzip
import os
import sys
from typing import IO, Any

import orjson

from core.fsutil import fsync_dir, temp_beside

# The suffixes of a records file and the compression each means.
RECORD_SUFFIXES = {".jsonl": None, ".jsonl.gz": "gzip", ".jsonl.zst": "zstd"}


class OutputFormatError(ValueError):
    """A records path whose suffix names no format vnmeet writes: a usage error."""


def records_compression(path: str) -> str | None:
    """None, "gzip" or "zstd" from the suffix; OutputFormatError for any other suffix."""
    if path == "-":
        return None
    name = os.path.basename(path).lower()
    for suffix, compression in sorted(RECORD_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix) and len(name) > len(suffix):
            return compression
    raise OutputFormatError(
        f"{path}: the suffix decides the format: .jsonl, .jsonl.gz or .jsonl.zst (or - for stdout)"
    )


class JsonlWriter:
    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        self._tmp: str | None = None
        self._raw: IO[bytes]
        self._out: Any
        if path == "-":
            self._raw = self._out = sys.stdout.buffer
            return
        compression = records_compression(path)
        directory = os.path.dirname(os.path.abspath(path))
        os.makedirs(directory, exist_ok=True)
        fd, self._tmp = temp_beside(path)
        self._raw = os.fdopen(fd, "wb")
        if compression == "gzip":
            self._out = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)
        elif compression == "zstd":
            import zstandard

            self._out = zstandard.ZstdCompressor(level=6).stream_writer(self._raw, closefd=False)
        else:
            self._out = self._raw

    def write(self, record: dict[str, Any]) -> None:
        self.write_line(orjson.dumps(record))

    def write_line(self, line: bytes) -> None:
        """One serialised record (no newline)."""
        self._out.write(line + b"\n")
        self.count += 1

    def commit(self) -> None:
        if self._tmp is None:
            self._out.flush()
            return
        if self._out is not self._raw:
            self._out.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self._tmp, self.path)
        self._tmp = None
        fsync_dir(os.path.dirname(os.path.abspath(self.path)))

    def abort(self) -> None:
        if self._tmp is None:
            return
        try:
            if self._out is not self._raw:
                self._out.close()
            self._raw.close()
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
            self._tmp = None


def check_writable(path: str) -> None:
    """Raise OSError when the output's folder cannot be created or written."""
    if path == "-":
        return
    directory = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(directory, exist_ok=True)
    if not os.access(directory, os.W_OK):
        raise PermissionError(f"cannot write into {directory}")
    if os.path.isdir(path):
        raise IsADirectoryError(f"output is a folder: {path}")
