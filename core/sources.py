"""Walk the inputs in sorted order and read each file's bytes into a `Document`.

Folders are walked recursively without following a symlink twice into the same folder
(no loops); hidden files and folders are skipped; `--include` globs pick files inside
folders, `--exclude` globs drop them. A file named on the command line is always read.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.fsutil import identity, kind_of
from core.record import Document, Reject

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div")


@dataclass(slots=True, frozen=True)
class SourceFile:
    """One input: its path on disk (or '-') and the path written into the record."""

    disk_path: str
    rel_path: str
    data: bytes | None = None  # standard input, read by the parent before work is sent out


class InputError(ValueError):
    """A usage error: an input that does not exist."""


def iter_sources(
    inputs: tuple[str, ...], include: tuple[str, ...], exclude: tuple[str, ...],
    skip: frozenset[tuple[int, int]] = frozenset(), listed: tuple[str, ...] = (),
) -> Iterator[SourceFile]:
    """`skip`: (device, inode) of folders not to walk into (the run's own output folder).
    `listed`: files named one by one (`--files-from`), each recorded under its path as
    given, relative to the current folder when it lies below it."""
    cwd: list[Path] = []  # (the current folder, read at the first absolute name: once a run, not once a file)
    for name in listed:
        yield SourceFile(name, _listed_path(name, cwd))
    for given in inputs:
        if given == "-":
            yield SourceFile("-", "-")
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, include, exclude, skip)
        else:
            yield SourceFile(str(path), path.name)


def _listed_path(name: str, cwd: list[Path] | None = None) -> str:
    """`name` relative to the current folder when it lies below it (`cwd`: a list that keeps the current folder once
    read, for the next names), else as given."""
    path = Path(name)
    if path.is_absolute():
        if cwd is None:
            cwd = []
        if not cwd:
            cwd.append(Path.cwd())
        here = cwd[0]
        # (`relative_to`'s own test for two absolute POSIX paths, without the exception it raises for every name outside)
        if os.name == "posix" and path.parts[: len(here.parts)] != here.parts:
            return path.as_posix()
        try:
            return path.relative_to(here).as_posix()
        except ValueError:
            return path.as_posix()
    return Path(os.path.normpath(name)).as_posix()


def read_file_list(lines: Iterable[bytes] | bytes) -> tuple[str, ...]:
    """The paths of a `--files-from` list: NUL-separated when it holds a NUL (`find
    -print0`), else one a line; blank lines dropped, nothing else trimmed (a file name may
    start or end with spaces)."""
    data = lines if isinstance(lines, bytes) else b"".join(lines)
    parts = data.split(b"\0") if b"\0" in data else data.splitlines()
    return tuple(os.fsdecode(part) for part in parts if part.strip())


def check_inputs(inputs: tuple[str, ...]) -> None:
    """Raise InputError (a usage error) for an input that does not exist."""
    for given in inputs:
        if given != "-" and not os.path.lexists(given):
            raise InputError(f"input not found: {given}")


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...],
          skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[SourceFile]:
    seen: set[tuple[int, int]] = set(skip)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        key = identity(dirpath)
        if key is None or key in seen:  # gone, a symlink back into a folder already walked, or skipped
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            if not any(fnmatch.fnmatch(name, pattern) for pattern in include):
                continue
            if any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in exclude):
                continue
            yield SourceFile(str(full), rel)


def read_source(source: SourceFile, max_bytes: int) -> Document | Reject:
    """Read one file; too large, unreadable or broken-gzip files become rejects."""
    try:
        if source.data is not None:
            data = source.data
        elif source.disk_path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            st = os.stat(source.disk_path)
            if not stat.S_ISREG(st.st_mode):  # a FIFO would block the reader until --file-timeout
                return Reject(source.rel_path, "not_a_file", f"{source.disk_path} is {kind_of(st.st_mode)}")
            size = st.st_size
            if size > max_bytes:
                return Reject(source.rel_path, "too_large", f"{size} bytes > --max-bytes {max_bytes}")
            with open(source.disk_path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        return Reject(source.rel_path, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Reject(source.rel_path, "too_large", f"more than --max-bytes {max_bytes}")
    name = source.rel_path.lower()
    payload = data
    if name.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                payload = fh.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            return Reject(source.rel_path, "unreadable", f"broken gzip: {exc}")
        if len(payload) > max_bytes:
            return Reject(source.rel_path, "too_large", f"decompresses past --max-bytes {max_bytes}")
        name = name.removesuffix(".gz")
    return Document(
        path=source.rel_path, data=data, payload=payload, format=detect_format(name, payload)
    )


def detect_format(name: str, payload: bytes) -> str:
    if name.endswith(HTML_SUFFIXES):
        return "html"
    head = payload[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    return "html" if head.startswith(_HTML_SNIFF) else "text"

