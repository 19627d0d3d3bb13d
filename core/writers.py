"""JSON Lines writers: plain, gzip or standard output; atomic temp-and-rename on files.

A reader never sees half a file: records go to a temporary file beside the target,
which is fsynced and renamed into place only by `commit()`; `abort()` removes it.
gzip output carries no timestamp or name, so the same input gives the same bytes.
"""

from __future__ import annotations

import gzip
import os
import sys
import tempfile
from typing import IO, Any

import orjson


class JsonlWriter:
    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        self._tmp: str | None = None
        self._raw: IO[bytes]
        self._out: IO[bytes] | gzip.GzipFile
        if path == "-":
            self._raw = self._out = sys.stdout.buffer
            return
        directory = os.path.dirname(os.path.abspath(path))
        os.makedirs(directory, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=".vnmeet-", suffix=".tmp", dir=directory)
        self._raw = os.fdopen(fd, "wb")
        if path.endswith(".gz"):
            self._out = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)
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
        os.chmod(self._tmp, 0o644)
        os.replace(self._tmp, self.path)
        self._tmp = None

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
