"""A dict that fills itself: kept out of the modules compiled by mypyc (setup.py), whose native
classes cannot subclass `dict`."""

from __future__ import annotations

from collections.abc import Callable


class CountingDict(dict[str, int]):
    """Values by key; a key not held yet is computed by `count` as it is looked up (`d[key]`), and kept while the dict
    holds fewer than `limit` (bounded, so that memory stays flat: the keys met first are mostly the frequent ones)."""

    def __init__(self, count: Callable[[str], int], limit: int) -> None:
        super().__init__()
        self._count = count
        self._limit = limit

    def __missing__(self, key: str) -> int:
        value = self._count(key)
        if len(self) < self._limit:
            self[key] = value
        return value
