"""Worker processes on this machine, with a watchdog.

Each worker loads underthesea once (or inherits it, already loaded, from the parent when
processes are forked) and takes batches of files over a pipe, reporting each file as it
starts and ends. The parent keeps a bounded window of batches in flight and yields
outcomes in input order. A file that runs past `file_timeout` gets its worker killed and
becomes a `timeout` reject; a worker that dies is replaced and the rest of its batch is
retried once, after which those files become `worker_crashed` rejects.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from threading import Event
from typing import Any

from core.config import RunConfig
from core.executors import Outcome, process_file, worker_tokenizer
from core.sources import SourceFile


@dataclass(slots=True)
class _Batch:
    items: list[tuple[int, SourceFile]]
    retried: bool = False
    done: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    batch: _Batch | None = None
    current: int | None = None  # index of the file in progress
    started: float = 0.0


def _worker_main(conn: Connection, config: RunConfig, inherited: list[Connection]) -> None:
    # A forked worker holds copies of the parent's pipe ends; closed here, so that when
    # the parent dies (even by kill -9) every worker reads end-of-file and exits.
    for other in inherited:
        other.close()
    # The parent decides how to stop; Ctrl-C in a terminal reaches the whole group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        try:
            for index, source in message:
                conn.send(("start", index))
                conn.send(("file", process_file(index, source, config)))
            conn.send(("done", None))
        except OSError:  # the parent is gone (broken pipe)
            return


class LocalExecutor:
    def __init__(self, config: RunConfig) -> None:
        self.config = config
        methods = mp.get_all_start_methods()
        self._ctx: Any = mp.get_context("fork" if "fork" in methods else "spawn")
        # The extraction rules (core.extract, core.keys) are not imported here: each worker
        # compiles their patterns when its first Vietnamese article needs them, the workers
        # in parallel (the same wall time as once here, before the fork), and a run over
        # pages in other languages never does (about 30 ms, 0.1 s without bytecode files).
        if self.config.tokenize and self._ctx.get_start_method() == "fork":
            # Loaded once here, the models are shared by every forked worker page by page.
            tokenizer = worker_tokenizer(config)
            if tokenizer is not None:
                tokenizer.load()
        self._workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        inherited = [parent, *(w.conn for w in self._workers)] if self._ctx.get_start_method() == "fork" else []
        process = self._ctx.Process(target=_worker_main, args=(child, self.config, inherited), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def execute(self, items: Iterable[tuple[int, SourceFile]], stop: Event | None = None) -> Iterator[Outcome]:
        """Outcomes in the order of `items`, which is read lazily: only a bounded window of
        files is ever dispatched ahead of the oldest one not yet handed back."""
        size = max(1, self.config.batch_files)
        feed = iter(items)
        retry: deque[_Batch] = deque()
        results: dict[int, Outcome] = {}
        expected: deque[int] = deque()  # dispatched positions, oldest first, not yet yielded
        window = max(2, self.config.workers * 3) * size
        exhausted = False
        if not self._workers:
            self._workers = [self._spawn() for _ in range(max(1, self.config.workers))]
        while True:
            if stop is not None and stop.is_set():
                return
            for worker in self._workers:
                if worker.batch is not None:
                    continue
                if retry:
                    batch = retry.popleft()
                elif not exhausted and len(expected) < window:
                    chunk = list(islice(feed, size))
                    if not chunk:
                        exhausted = True
                        continue
                    expected.extend(position for position, _ in chunk)
                    batch = _Batch(chunk)
                else:
                    continue
                worker.batch = batch
                worker.current, worker.started = None, time.monotonic()
                worker.conn.send([item for item in batch.items if item[0] not in batch.done])
            if exhausted and not expected:
                return
            self._collect(results, retry)
            while expected and expected[0] in results:
                yield results.pop(expected.popleft())

    def _collect(self, results: dict[int, Outcome], pending: deque[_Batch]) -> None:
        busy = [w for w in self._workers if w.batch is not None]
        if not busy:
            return
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = wait(handles, timeout=0.5)
        now = time.monotonic()
        for worker in busy:
            if worker.conn in ready:
                self._read(worker, results)
            if worker.batch is None:
                continue
            if worker.process.sentinel in ready and not worker.process.is_alive():
                self._read(worker, results)  # what it said before dying
                if worker.batch is not None:
                    self._crashed(worker, results, pending)
            elif worker.current is not None and now - worker.started > self.config.file_timeout:
                self._timed_out(worker, results, pending)

    def _read(self, worker: _Worker, results: dict[int, Outcome]) -> None:
        batch = worker.batch
        while batch is not None and worker.conn.poll():
            try:
                kind, payload = worker.conn.recv()
            except (EOFError, OSError):
                return
            if kind == "start":
                worker.current, worker.started = payload, time.monotonic()
            elif kind == "file":
                results[payload.position] = payload
                batch.done.add(payload.position)
                worker.current = None
            elif kind == "done":
                worker.batch = batch = None
                worker.current = None

    def _replace(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        fresh = self._spawn()
        worker.process, worker.conn = fresh.process, fresh.conn
        worker.batch, worker.current = None, None

    def _crashed(self, worker: _Worker, results: dict[int, Outcome], pending: deque[_Batch]) -> None:
        batch = worker.batch
        assert batch is not None
        left = [item for item in batch.items if item[0] not in batch.done]
        code = worker.process.exitcode
        self._replace(worker)
        if not left:
            return
        if not batch.retried:
            pending.appendleft(_Batch(left, retried=True))
            return
        for index, source in left:
            results[index] = Outcome(index, source.rel_path, None, None,
                                     ("worker_crashed", f"worker exited with code {code}, twice"), 0)

    def _timed_out(self, worker: _Worker, results: dict[int, Outcome], pending: deque[_Batch]) -> None:
        batch = worker.batch
        assert batch is not None and worker.current is not None
        stuck = worker.current
        self._replace(worker)
        for index, source in batch.items:
            if index == stuck:
                results[index] = Outcome(index, source.rel_path, None, None,
                                         ("timeout", f"over --file-timeout {self.config.file_timeout:g} s"), 0)
                batch.done.add(index)
        left = [item for item in batch.items if item[0] not in batch.done]
        if left:
            pending.appendleft(_Batch(left, retried=batch.retried))

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):  # a worker already gone
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self._workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []

