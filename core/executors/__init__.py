"""Executors run the pipeline over batches of files and hand back outcomes in input order.

`process_file` is the unit of work, the same in every executor: read, process, serialise.
The local executor (`local.py`, worker processes on this machine), the inline one
(`inline.py`, one worker: the calling process itself) and the Dask executor (`dask.py`, the
only module that imports Dask) differ only in where it runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from threading import Event
from typing import NamedTuple, Protocol

import orjson

from core import pipeline
from core.config import RunConfig
from core.record import Reject
from core.sources import SourceFile, read_source
from core.tokenize import Tokenizer


class Outcome(NamedTuple):
    """What became of one input file: a serialised record, or a reject."""

    position: int  # in the run's sorted list of files
    path: str
    sha256: str | None
    line: bytes | None  # the record as one JSON line, without the newline
    reject: tuple[str, str] | None  # (reason, detail)
    words: int
    # Extractors that raised on this record (`meeting_error:KeyError`): the record keeps
    # its other fields, the run summary counts them, so a crashing rule is never silent.
    extract_errors: tuple[str, ...] = ()


class Executor(Protocol):
    def execute(self, items: Iterable[tuple[int, SourceFile]], stop: Event | None = None) -> Iterator[Outcome]:
        """Outcomes for the items, in the order of `items`; fewer when `stop` is set."""
        ...

    def close(self) -> None: ...


_TOKENIZER: Tokenizer | None = None


def worker_tokenizer(config: RunConfig) -> Tokenizer | None:
    """One tokenizer per process, loaded on first use (or before forking workers)."""
    global _TOKENIZER
    if not config.tokenize:
        return None
    if _TOKENIZER is None:
        _TOKENIZER = Tokenizer()
    return _TOKENIZER


def process_file(index: int, source: SourceFile, config: RunConfig) -> Outcome:
    doc = read_source(source, config.max_bytes)
    if isinstance(doc, Reject):
        return Outcome(index, source.rel_path, None, None, (doc.reason, doc.detail), 0)
    sha = doc.sha256
    try:
        result = pipeline.process_document(doc, config, worker_tokenizer(config))
    except Exception as exc:  # a pipeline bug must cost one file, not the run
        return Outcome(index, source.rel_path, sha, None, ("error", f"{type(exc).__name__}: {exc}"), 0)
    if isinstance(result, Reject):
        return Outcome(index, source.rel_path, sha, None, (result.reason, result.detail), 0)
    errors = tuple(w for w in result.quality.warnings if w.partition(":")[0].endswith(pipeline.EXTRACT_ERROR))
    return Outcome(index, source.rel_path, sha, orjson.dumps(result.to_dict()), None, result.word_count, errors)


def process_batch(items: list[tuple[int, SourceFile]], config: RunConfig) -> list[Outcome]:
    return [process_file(index, source, config) for index, source in items]


def make_executor(config: RunConfig) -> Executor:
    if config.executor == "dask":
        from core.executors.dask import DaskExecutor

        return DaskExecutor(config)
    if config.workers == 1 and not config.isolate:
        from core.executors import inline

        if inline.available():
            return inline.InlineExecutor(config)
    from core.executors.local import LocalExecutor

    return LocalExecutor(config)
