"""Drive a run: walk the inputs, plan what to do, execute, write records in input order."""

from __future__ import annotations

import gc
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from threading import Event
from typing import Any, Protocol

from core.config import RunConfig
from core.executors import Executor, Outcome, make_executor
from core.record import Reject
from core.shards import ShardedOutput
from core.sources import SourceFile, check_inputs, iter_sources
from core.writers import JsonlWriter


@dataclass(slots=True)
class Summary:
    files_seen: int = 0
    processed: int = 0
    skipped: int = 0  # unchanged since the last run (sharded, resumed or --incremental)
    deleted: int = 0
    records: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    words: int = 0
    elapsed: float = 0.0
    output: str = ""
    rejects_path: str | None = None
    shards: int = 0
    # Records on which an extractor raised, by warning (`meeting_error:NameError`).
    extract_errors: Counter[str] = field(default_factory=Counter)

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files_seen": self.files_seen,
            "processed": self.processed,
            "skipped": self.skipped,
            "deleted": self.deleted,
            "records": self.records,
            "rejected": self.rejected,
            "rejects": dict(sorted(self.rejects.items())),
            "words": self.words,
            "elapsed_s": round(self.elapsed, 3),
            "docs_per_s": round(self.docs_per_second, 2),
            "output": self.output,
            "rejects_path": self.rejects_path,
            "shards_written": self.shards,
            "extract_errors": dict(sorted(self.extract_errors.items())),
        }


# Called after each file: (files done, files to do, the reject or None).
ProgressFn = Callable[[int, int, Reject | None], None]


class Interrupted(Exception):
    """The stop event was set (SIGINT, SIGTERM): the run stopped at a safe point.
    `summary` holds what was done until then (records written to stdout, say)."""

    def __init__(self, summary: Summary | None = None) -> None:
        super().__init__("interrupted")
        self.summary = summary


class _Sink(Protocol):
    def add(self, outcome: Outcome) -> None: ...


class _FileSink:
    """One JSON Lines file (or stdout) plus the rejects file, written atomically."""

    def __init__(self, config: RunConfig) -> None:
        self.writer = JsonlWriter(config.output)
        path = config.rejects_path()
        self.rejects = JsonlWriter(path) if path else None

    def add(self, outcome: Outcome) -> None:
        if outcome.line is not None:
            self.writer.write_line(outcome.line)
        elif self.rejects is not None and outcome.reject is not None:
            reason, detail = outcome.reject
            self.rejects.write({"path": outcome.path, "reason": reason, "detail": detail})

    def commit(self) -> None:
        self.writer.commit()
        if self.rejects is not None:
            self.rejects.commit()

    def abort(self) -> None:
        self.writer.abort()
        if self.rejects is not None:
            self.rejects.abort()


def run(config: RunConfig, progress: ProgressFn | None = None, stop: Event | None = None,
        skip: frozenset[tuple[int, int]] = frozenset()) -> Summary:
    """Process every input; a bad file becomes a reject, never an exception.

    `stop` is checked between files (signal handlers set it): the run then raises
    `Interrupted` with every record either written whole or not at all. On that or any
    other exception a single-file output is discarded (the previous one stays), while a
    sharded output keeps its complete shards, so the same command later resumes.
    """
    started = time.perf_counter()
    check_inputs(config.inputs)
    # Files are walked lazily (a first walk only counts them, for the progress bar): a
    # corpus of millions of pages is never held as a list. Standard input, which workers
    # do not share, is read here.
    def stream() -> Iterator[SourceFile]:
        for s in sources_of(config, skip):
            yield SourceFile("-", "-", sys.stdin.buffer.read(config.max_bytes + 1)) if s.disk_path == "-" else s

    summary = Summary(output=config.output, rejects_path=config.rejects_path())
    try:
        with _fewer_collections():
            if config.sharded:
                sources = list(stream())  # the manifest is planned over the whole folder
                summary.files_seen = len(sources)
                _run_sharded(config, sources, summary, progress, stop)
            else:
                total = sum(1 for _ in sources_of(config, skip))
                summary.files_seen = total
                sink = _FileSink(config)
                try:
                    _execute(config, enumerate(stream()), total, sink, summary, progress, stop)
                except BaseException:
                    sink.abort()
                    raise
                sink.commit()
    except Interrupted as exc:
        summary.elapsed = time.perf_counter() - started
        raise Interrupted(summary) from exc
    summary.elapsed = time.perf_counter() - started
    return summary


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector, seldom, for the length of a run.

    A run allocates millions of short-lived objects (tokens, matches, lines) that reference
    counting frees as it goes; almost none is in a cycle. With the default thresholds the
    collector still walks the young objects every 700 allocations, and the modules and
    compiled patterns of start-up at every full pass: frozen out of its sight and run every
    50,000 allocations, it costs about 2 % less time on a run of foreign pages, with the same
    output. The caller's settings come back after the run."""
    thresholds, caller_froze = gc.get_threshold(), gc.get_freeze_count() > 0
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not caller_froze:  # what a caller froze stays frozen
            gc.unfreeze()


def sources_of(config: RunConfig, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[SourceFile]:
    return iter_sources(config.inputs, config.include, config.exclude, skip, config.listed)


def dry_run(config: RunConfig, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[tuple[str, str]]:
    """(status, path) for what a run would do, touching nothing: `read` for a file run;
    for a folder, `new`, `changed`, `unchanged`, `deleted` and `duplicate`. Raises what the
    run would (ManifestMismatch, DeleteRefused) after the lines it could give."""
    check_inputs(config.inputs)
    if not config.sharded:
        for source in sources_of(config, skip):
            yield "read", source.disk_path
        return
    from pathlib import Path

    from core.shards import plan_run, read_manifest

    folder = Path(config.output)
    sources = [s for s in sources_of(config, skip) if s.disk_path != "-"]
    old = read_manifest(folder) if folder.is_dir() else None
    plan = plan_run(folder, config, sources, old)
    todo = {s.rel_path for s in plan.todo}
    new, changed = set(plan.new), set(plan.changed)
    dropped = {d.disk_path for _, d in plan.duplicates}
    for source in sources:
        if source.disk_path in dropped:
            yield "duplicate", source.disk_path
        elif source.rel_path in new:
            yield "new", source.disk_path
        elif source.rel_path in changed:
            yield "changed", source.disk_path
        elif source.rel_path not in todo:
            yield "unchanged", source.disk_path
    for path in plan.deleted:
        yield "deleted", path


def _run_sharded(config: RunConfig, sources: list[SourceFile], summary: Summary,
                 progress: ProgressFn | None, stop: Event | None) -> None:
    out = ShardedOutput(config)
    try:
        plan = out.plan(sources)
    except BaseException:
        out.abandon()
        raise
    summary.skipped, summary.deleted = plan.skipped, len(plan.deleted)
    try:
        # Two inputs with one relative path cannot both be tracked in the manifest: the
        # second is listed in the rejects file with both paths.
        if plan.duplicates:
            summary.rejects["duplicate_path"] += len(plan.duplicates)
        _execute(config, enumerate(plan.todo), len(plan.todo), out, summary, progress, stop)
    except BaseException:
        out.stop()
        summary.shards = out.shards_written
        raise
    out.commit(config.rejects_path())
    summary.shards = out.shards_written


def _execute(config: RunConfig, items: Iterable[tuple[int, SourceFile]], total: int, sink: _Sink,
             summary: Summary, progress: ProgressFn | None, stop: Event | None) -> None:
    if total == 0:
        return
    executor: Executor = make_executor(config)
    try:
        for done, outcome in enumerate(executor.execute(items, stop), start=1):
            sink.add(outcome)
            summary.processed += 1
            reject = None
            if outcome.reject is not None:
                summary.rejects[outcome.reject[0]] += 1
                reject = Reject(outcome.path, *outcome.reject)
            else:
                summary.records += 1
                summary.words += outcome.words
                summary.extract_errors.update(outcome.extract_errors)
            if progress is not None:
                progress(done, total, reject)
            if stop is not None and stop.is_set():
                raise Interrupted
        if stop is not None and stop.is_set():
            raise Interrupted  # the executor gave up waiting for the rest
    finally:
        executor.close()
