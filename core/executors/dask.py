"""The Dask executor: the same batches as the local one, sent to a Dask cluster as futures.

This is the only module that imports Dask (`pip install 'vnmeet[dask]'`). With a
scheduler address it joins that cluster; without one it starts a `LocalCluster` of
`--workers` processes. Each Dask worker process loads underthesea once, on its first
batch. A batch whose worker dies is retried once by Dask; if it fails again its files
become `worker_crashed` rejects. `--file-timeout` is not enforced here: Dask cannot stop
a task that hangs, so run pathological inputs through the local executor.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from itertools import islice
from threading import Event
from typing import Any

from core.config import RunConfig
from core.executors import Outcome, process_batch
from core.sources import SourceFile


class DaskExecutor:
    def __init__(self, config: RunConfig) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is not installed
            raise RuntimeError("the Dask executor needs: pip install 'vnmeet[dask]'") from exc
        self.config = config
        self._cluster: Any = None
        if config.scheduler:
            self._client = Client(config.scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=max(1, config.workers), threads_per_worker=1, processes=True,
                dashboard_address=None,
            )
            self._client = Client(self._cluster)

    def execute(self, items: Iterable[tuple[int, SourceFile]], stop: Event | None = None) -> Iterator[Outcome]:
        size = max(1, self.config.batch_files)
        feed = iter(items)
        window = max(2, 3 * len(self._client.scheduler_info().get("workers", {})) or 2)
        in_flight: deque[tuple[list[tuple[int, SourceFile]], Any]] = deque()
        exhausted = False
        while True:
            if stop is not None and stop.is_set():
                for _, future in in_flight:
                    future.cancel()
                return
            while not exhausted and len(in_flight) < window:
                batch = list(islice(feed, size))
                if not batch:
                    exhausted = True
                    break
                future = self._client.submit(process_batch, batch, self.config, retries=1, pure=False)
                in_flight.append((batch, future))
            if not in_flight:
                return
            batch, future = in_flight.popleft()  # in order: the output must not depend on timing
            try:
                outcomes: list[Outcome] = future.result()
            except Exception as exc:
                outcomes = [
                    Outcome(index, source.rel_path, None, None,
                            ("worker_crashed", f"{type(exc).__name__}: {exc}"), 0)
                    for index, source in batch
                ]
            yield from outcomes

    def close(self) -> None:
        if self._cluster is not None:
            # Workers first, while the scheduler still answers: closing the cluster
            # straight away races a worker's heartbeat against the scheduler's shutdown,
            # and Dask logs that as an ERROR with a traceback (dask/distributed#7891).
            with suppress(Exception):
                self._client.retire_workers(close_workers=True)
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
