"""Sharded output folders: `part-NNNNN.jsonl.gz` shards, `_manifest.json`, `.lock`.

Crash safety rests on one order of operations: a shard is written under a temporary
name, fsynced and renamed into place, and only then does the manifest (itself replaced
atomically) name it and the files whose records it holds. A shard file the manifest
does not name is a leftover of a crash and is removed before work starts, so after a
`kill -9` at any moment the same command redoes exactly what is missing.

The manifest is a snapshot (`_manifest.json`, written at the start and end of a run) plus
a journal (`_manifest.journal`, one JSON line appended and fsynced per finished shard), so
that a run over millions of files does not rewrite the whole manifest after every shard;
reading it replays the journal over the snapshot, and the end of a run folds it in.

The manifest records for every input file its sha256, size and mtime, and its shard or
its reject reason. A resumed run (the last one did not finish) or an `--incremental` run
skips files whose size and mtime (or, when those changed, sha256) are as recorded,
removes the records of changed and deleted files from their shards, and lists deleted
files under `deleted`. Any other run into the folder starts it afresh.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import stat as stat_mode
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from core import SCHEMA_VERSION, __version__
from core.config import DeleteLimit, RunConfig
from core.executors import Outcome
from core.fsutil import atomic_write, fsync_dir, pid_alive, temp_beside
from core.sources import SourceFile

MANIFEST = "_manifest.json"
JOURNAL = "_manifest.journal"
LOCK = ".lock"
SUFFIXES = {"gzip": ".jsonl.gz", "zstd": ".jsonl.zst"}
# The only names vnmeet gives its shards: nothing else in the folder is ever removed.
SHARD_NAME = re.compile(r"part-\d{5}\.jsonl\.(?:gz|zst)")
# Temporary names of vnmeet releases before 0.2 (removed as leftovers too).
_OLD_TEMP_PREFIXES = (".tmp-", ".part-")
# The command-line spelling of each option that changes records (for a resumed run's
# message when they differ).
OPTION_FLAGS = {"tokenize": "--tokenize/--no-tokenize", "keep_tone": "--keep-tone", "max_bytes": "--max-bytes",
                "include": "--include", "exclude": "--exclude", "min_vietnamese": "--min-vietnamese"}


class LockedError(RuntimeError):
    """Another live run holds the output folder."""


class ManifestMismatch(ValueError):
    """The folder was written with options that change records: a usage error."""


class DeleteRefused(ValueError):
    """The run would remove more of the folder's records than the user allows: a usage
    error, raised before anything in the folder is touched."""


def option_differences(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """`--flag: was X, now Y` for each record-changing option that differs."""
    old = old or {}
    lines = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            lines.append(f"{OPTION_FLAGS.get(key, key)}: the folder has {old.get(key)!r}, this run {new.get(key)!r}")
    return lines


def is_shard(name: str) -> bool:
    return SHARD_NAME.fullmatch(name) is not None


class FolderLock:
    """`DIR/.lock` holding pid and host; a lock whose process is gone is taken over."""

    def __init__(self, folder: Path) -> None:
        import socket  # here: a run into one file never takes a lock (and pays 1.5 ms for the import)

        self.path = folder / LOCK
        self.host = socket.gethostname()
        self.held = False

    def acquire(self) -> None:
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)  # the umask applies
            except FileExistsError:
                owner = self._owner()
                if owner is not None and self._alive(owner):
                    raise LockedError(
                        f"{self.path.parent} is being written by pid {owner.get('pid')} on "
                        f"{owner.get('host')} (lock {self.path})"
                    ) from None
                self.path.unlink(missing_ok=True)  # its process is gone: take it over
                continue
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps({"pid": os.getpid(), "host": self.host, "since": time.time()}))
            self.held = True
            return
        raise LockedError(f"could not take the lock {self.path}")

    def _owner(self) -> dict[str, Any] | None:
        try:
            owner: dict[str, Any] = orjson.loads(self.path.read_bytes())
            return owner
        except (OSError, orjson.JSONDecodeError):
            return None  # half-written by a process killed while locking: stale

    def _alive(self, owner: dict[str, Any]) -> bool:
        if owner.get("host") != self.host:
            return True  # another machine: it cannot be checked from here, so it is respected
        pid = owner.get("pid")
        return isinstance(pid, int) and pid > 0 and pid_alive(pid)

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


@dataclass(slots=True)
class _OpenShard:
    name: str
    tmp: str
    raw: IO[bytes]
    out: Any
    records: int = 0
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)


def _open_compressed(raw: IO[bytes], compression: str) -> Any:
    if compression == "zstd":
        import zstandard

        return zstandard.ZstdCompressor(level=6).stream_writer(raw, closefd=False)
    return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)


def read_shard(path: Path) -> list[bytes]:
    """The record lines of one shard (gzip or zstd), without newlines."""
    data = path.read_bytes()
    if path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    else:
        data = gzip.decompress(data)
    return [line for line in data.split(b"\n") if line]


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(slots=True)
class PlanResult:
    """What a run into a folder will do, decided before anything there is touched."""

    todo: list[SourceFile]
    skipped: int
    deleted: list[str]
    duplicates: list[tuple[SourceFile, SourceFile]]  # (the one kept, the one not read)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    resume: bool = False
    held_records: int = 0  # records the folder holds now
    dropped_records: int = 0  # of those, the records this run removes for good


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The folder's manifest with its journal replayed; None when there is none.
    Raises ValueError when it exists but cannot be read."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"{path} is not readable JSON ({exc})") from None
    journal = folder / JOURNAL
    if journal.exists():
        for line in journal.read_bytes().splitlines():
            try:
                step = orjson.loads(line)
            except orjson.JSONDecodeError:
                break  # the last line, cut by a crash: its shard is a stray
            if step.get("shard"):
                data["shards"][step["shard"]] = {"records": step["records"]}
            data["files"].update(step.get("files", {}))
    return data


def _is_regular(stat: os.stat_result) -> bool:
    return stat_mode.S_ISREG(stat.st_mode)


def plan_run(folder: Path, config: RunConfig, sources: list[SourceFile],
             old: dict[str, Any] | None) -> PlanResult:
    """Which files to process, which to skip as unchanged, which records go: read-only
    (a dry run prints it). Raises ManifestMismatch and DeleteRefused."""
    resume = old is not None and (old.get("status") == "running" or config.incremental)
    if resume and old is not None and old.get("options") != config.content_options():
        raise ManifestMismatch(
            f"{folder} was written with other options than this run's: "
            + "; ".join(option_differences(old.get("options"), config.content_options()))
            + ". Run with the folder's options, or write into a new output folder"
        )
    files: dict[str, Any] = (old or {}).get("files", {}) if resume else {}
    previous: dict[str, Any] = (old or {}).get("files", {})
    seen: dict[str, SourceFile] = {}
    result = PlanResult([], 0, [], [], resume=resume)
    for source in sources:
        first = seen.get(source.rel_path)
        if first is not None:
            result.duplicates.append((first, source))
            continue
        seen[source.rel_path] = source
        entry = files.get(source.rel_path)
        if entry is not None and _unchanged(source, entry):
            result.skipped += 1
            continue
        (result.changed if entry is not None else result.new).append(source.rel_path)
        result.todo.append(source)
    result.deleted = sorted(path for path in previous if path not in seen)
    result.held_records = sum(int(e.get("records") or 0) for e in previous.values())
    # Records of files no longer among the inputs are gone for good; a changed file's
    # record is replaced, and a fresh run rewrites the records of every file it still has.
    result.dropped_records = sum(int(e.get("records") or 0) for p, e in previous.items() if p not in seen)
    _check_deletions(folder, config.max_delete, result, sources)
    return result


def _unchanged(source: SourceFile, entry: dict[str, Any]) -> bool:
    try:
        st = os.stat(source.disk_path)
    except OSError:
        return False
    if not _is_regular(st):
        return False  # a pipe or device is never hashed (it could block): it is rejected again
    if entry.get("bytes") == st.st_size and entry.get("mtime_ns") == st.st_mtime_ns:
        return True
    if entry.get("sha256") and entry["sha256"] == file_sha256(source.disk_path):
        entry["bytes"], entry["mtime_ns"] = st.st_size, st.st_mtime_ns  # touched, not changed
        return True
    return False


def _check_deletions(folder: Path, limit: DeleteLimit, plan: PlanResult, sources: list[SourceFile]) -> None:
    if plan.dropped_records == 0:
        return
    held, dropped = plan.held_records, plan.dropped_records
    share = 100.0 * dropped / held if held else 100.0
    if not sources:
        raise DeleteRefused(
            f"the inputs hold no file to read, and {folder} holds {held:,} records: an empty input "
            "(an unmounted share, a wrong path) never empties a corpus. Check the input path; to start "
            "the folder afresh, remove it first"
        )
    if not limit.allows(dropped, held):
        raise DeleteRefused(
            f"this run would remove {dropped:,} of the {held:,} records in {folder} ({share:.1f}%): "
            f"their input files are no longer among the inputs. That is more than --max-delete {limit} "
            "allows. Check the inputs, or allow it, e.g. --max-delete 100%"
        )


def duplicate_reject(kept: SourceFile, dropped: SourceFile) -> dict[str, Any]:
    """The reject entry of an input whose relative path another input already has."""
    return {"path": dropped.rel_path, "reason": "duplicate_path",
            "detail": f"{dropped.disk_path} has the same relative path as {kept.disk_path}, which was read",
            "paths": [kept.disk_path, dropped.disk_path]}


class ShardedOutput:
    """The sink of a sharded run; `add` takes outcomes in input order."""

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.folder = Path(config.output)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.lock = FolderLock(self.folder)
        self.lock.acquire()
        self.suffix = SUFFIXES[config.compression]
        self.manifest: dict[str, Any] = {}
        self._stats: dict[str, tuple[int, int]] = {}
        self._shard: _OpenShard | None = None
        self._dirty = False  # rejects recorded in the manifest but not yet written
        self._duplicates: list[tuple[SourceFile, SourceFile]] = []
        self.shards_written = 0

    # -- planning -------------------------------------------------------------------
    def plan(self, sources: list[SourceFile]) -> PlanResult:
        old = self._load_manifest()
        result = plan_run(self.folder, self.config, sources, old)
        self.manifest = old if result.resume and old is not None else self._fresh_manifest()
        self._remove_strays()
        self._duplicates = result.duplicates
        files: dict[str, Any] = self.manifest["files"]
        for source in result.todo:
            self._stat(source)
        if result.resume:  # a fresh manifest starts with no file and no shard
            for path in result.deleted:
                self.manifest["deleted"][path] = {"sha256": files[path].get("sha256"), "detected": time.time()}
            self._drop_records(set(result.changed) | set(result.deleted))
            for path in result.deleted:
                files.pop(path, None)
        self.manifest["status"] = "running"
        self.manifest["run_started"] = time.time()
        self._write_manifest()
        return result

    def _load_manifest(self) -> dict[str, Any] | None:
        try:
            manifest = read_manifest(self.folder)
        except ValueError as exc:
            raise ManifestMismatch(
                f"{exc}: the folder's records cannot be accounted for, so nothing is overwritten; "
                "repair or remove the folder, or write into a new one"
            ) from None
        if manifest is None and any(is_shard(p.name) for p in self.folder.iterdir()):
            raise ManifestMismatch(
                f"{self.folder} holds shards but no {MANIFEST}: they were not written by a vnmeet run into "
                "this folder, so nothing is overwritten; write into a new output folder"
            )
        return manifest

    def _fresh_manifest(self) -> dict[str, Any]:
        for shard in self.folder.iterdir():
            if is_shard(shard.name):
                shard.unlink()
        return {
            "vnmeet_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "options": self.config.content_options(),
            "output": {"compression": self.config.compression, "shard_records": self.config.shard_records},
            "status": "running",
            "shards": {},
            "files": {},
            "deleted": {},
        }

    def _remove_strays(self) -> None:
        """Temporary files, and shards the manifest does not name: leftovers of a crash.
        The folder is locked, so no live run owns any of them."""
        named = set(self.manifest["shards"])
        for path in self.folder.iterdir():
            name = path.name
            if (name.startswith(_OLD_TEMP_PREFIXES) or (name.startswith(".vnmeet-") and name.endswith(".tmp"))
                    or (is_shard(name) and name not in named)):
                path.unlink(missing_ok=True)

    def _stat(self, source: SourceFile) -> None:
        try:
            st = os.stat(source.disk_path)
        except OSError:
            return
        self._stats[source.rel_path] = (st.st_size, st.st_mtime_ns)

    def _drop_records(self, paths: set[str]) -> None:
        """Rewrite the shards that hold records of these files without them."""
        files: dict[str, Any] = self.manifest["files"]
        by_shard: dict[str, set[str]] = {}
        for path in paths:
            shard = files.get(path, {}).get("shard")
            if shard:
                by_shard.setdefault(shard, set()).add(path)
        for shard, drop in sorted(by_shard.items()):
            target = self.folder / shard
            kept = [line for line in read_shard(target) if orjson.loads(line)["source"]["path"] not in drop] \
                if target.exists() else []
            if kept:
                self._write_shard_file(target, kept)
                self.manifest["shards"][shard]["records"] = len(kept)
            else:
                target.unlink(missing_ok=True)
                self.manifest["shards"].pop(shard, None)
            for path in drop:
                files[path].pop("shard", None)
                files[path]["records"] = 0
            self._write_manifest()

    def _write_shard_file(self, target: Path, lines: list[bytes]) -> None:
        fd, tmp = temp_beside(target)
        with os.fdopen(fd, "wb") as raw:
            out = _open_compressed(raw, "zstd" if target.name.endswith(".zst") else "gzip")
            for line in lines:
                out.write(line + b"\n")
            out.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
        fsync_dir(self.folder)

    # -- writing ----------------------------------------------------------------------
    def _next_name(self) -> str:
        used = {int(name[5:10]) for name in self.manifest["shards"] if name[5:10].isdigit()}
        n = max(used, default=-1) + 1
        return f"part-{n:05d}{self.suffix}"

    def _entry(self, outcome: Outcome) -> dict[str, Any]:
        size, mtime = self._stats.get(outcome.path, (None, None))
        entry: dict[str, Any] = {"sha256": outcome.sha256, "bytes": size, "mtime_ns": mtime,
                                 "records": 0 if outcome.line is None else 1}
        if outcome.reject is not None:
            entry["reject"], entry["detail"] = outcome.reject
        return entry

    def add(self, outcome: Outcome) -> None:
        entry = self._entry(outcome)
        if outcome.line is None:
            if self._shard is not None:
                self._shard.entries[outcome.path] = entry
            else:
                self.manifest["files"][outcome.path] = entry
                self._dirty = True
            return
        if self._shard is None:
            name = self._next_name()
            fd, tmp = temp_beside(self.folder / name)
            raw = os.fdopen(fd, "wb")
            self._shard = _OpenShard(name, tmp, raw, _open_compressed(raw, self.config.compression))
        shard = self._shard
        shard.out.write(outcome.line + b"\n")
        shard.records += 1
        entry["shard"] = shard.name
        shard.entries[outcome.path] = entry
        if shard.records >= self.config.shard_records:
            self._finish_shard()

    def _finish_shard(self) -> None:
        shard = self._shard
        if shard is None:
            return
        self._shard = None
        shard.out.close()
        shard.raw.flush()
        os.fsync(shard.raw.fileno())
        shard.raw.close()
        os.replace(shard.tmp, self.folder / shard.name)
        fsync_dir(self.folder)
        # Only now may the manifest name the shard and the files it holds.
        self.manifest["shards"][shard.name] = {"records": shard.records}
        self.manifest["files"].update(shard.entries)
        self.shards_written += 1
        self._journal({"shard": shard.name, "records": shard.records, "files": shard.entries})

    def _journal(self, step: dict[str, Any]) -> None:
        with open(self.folder / JOURNAL, "ab") as fh:
            fh.write(orjson.dumps(step) + b"\n")
            fh.flush()
            os.fsync(fh.fileno())

    def _write_manifest(self) -> None:
        """A full snapshot that folds the journal in. The journal goes first: a crash in
        between loses only the naming of journalled shards, which are then strays and
        redone, never a replay of steps the snapshot has already undone."""
        self._dirty = False
        self.manifest["updated"] = time.time()
        (self.folder / JOURNAL).unlink(missing_ok=True)
        atomic_write(self.folder / MANIFEST, orjson.dumps(self.manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))

    def commit(self, rejects_path: str | None) -> None:
        self._finish_shard()
        self.manifest["status"] = "complete"
        self._write_manifest()
        if rejects_path:
            entries = [
                (path, {"path": path, "reason": e["reject"], "detail": e.get("detail", "")})
                for path, e in self.manifest["files"].items()
                if "reject" in e
            ]
            entries += [(kept.rel_path, duplicate_reject(kept, dropped)) for kept, dropped in self._duplicates]
            entries.sort(key=lambda item: item[0])
            atomic_write(Path(rejects_path), b"".join(orjson.dumps(e) + b"\n" for _, e in entries))
        self.lock.release()

    def stop(self) -> None:
        """Interrupted: what is complete is kept (the current shard is closed), the rest
        is redone by the next run."""
        try:
            self._finish_shard()
            if self._dirty:
                self._write_manifest()
        finally:
            self.lock.release()

    def abandon(self) -> None:
        """Planning failed: release the lock, touch nothing."""
        if self._shard is not None:
            self._shard.raw.close()
            os.unlink(self._shard.tmp)
            self._shard = None
        self.lock.release()
