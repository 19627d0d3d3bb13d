"""One worker without a worker process: the files are processed in the calling process.

With `--workers 1` a worker process only adds cost: forking it, the pages its memory
copies on write, a pipe message a file each way. Here `--file-timeout` is kept by the
interval timer instead of a watchdog: SIGALRM interrupts the file's Python code (its
`sleep`, its regular expressions, its loops) and the file becomes a `timeout` reject; a
Python error in a stage still costs one file (`error`, as in every executor). What a
process of its own adds is protection from a crash of the interpreter itself (a fault in
a C extension, the out-of-memory killer) and from code stuck inside a C call, which no
signal handler reaches: `--isolate` keeps the worker process for that.

Used only where the timer can be: a platform with `signal.setitimer`, the main thread
(where Python runs signal handlers), and no interval timer already armed by the program
that calls vnmeet. Otherwise the local executor forks its one worker as before.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from threading import Event
from types import FrameType
from typing import Any

from core.config import RunConfig
from core.executors import Outcome, process_file
from core.sources import SourceFile


class _FileTimeout(BaseException):
    """Raised by the SIGALRM handler: a BaseException, so that no `except Exception` in a
    stage (which turns a stage's error into an `error` reject) takes it for its own."""


def available() -> bool:
    """Whether files can be timed here: setitimer exists, this is the main thread, and
    the real-time interval timer is not in use."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _FileTimeout


class InlineExecutor:
    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self._previous: Any = None
        self._installed = False

    def execute(self, items: Iterable[tuple[int, SourceFile]], stop: Event | None = None) -> Iterator[Outcome]:
        if not self._installed:
            self._previous = signal.signal(signal.SIGALRM, _alarm)
            self._installed = True
        timeout = self.config.file_timeout
        for index, source in items:
            if stop is not None and stop.is_set():
                return
            try:
                try:
                    signal.setitimer(signal.ITIMER_REAL, timeout)
                    outcome = process_file(index, source, self.config)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            except _FileTimeout:
                outcome = Outcome(index, source.rel_path, None, None, ("timeout", f"over --file-timeout {timeout:g} s"), 0)
            yield outcome

    def close(self) -> None:
        if self._installed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)
            self._installed = False
