"""The options of one run, frozen. No environment or command-line parsing here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.htm", "*.html", "*.txt.gz", "*.htm.gz", "*.html.gz")
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_FILE_TIMEOUT = 60.0
DEFAULT_SHARD_RECORDS = 10_000
DEFAULT_BATCH_FILES = 16
# Below this share of words written with a letter only Vietnamese uses (`quality.
# vietnamese_words`) a record is flagged `not_vietnamese`. Measured: the 35,440 baomoi
# articles lie at 0.058 (a list of football scorers' names) and above, median 0.55; the 181
# pages of the peer suite (English and other Latin-script languages), a GPL licence and
# Python source at 0.0.
NOT_VIETNAMESE_BELOW = 0.03


@dataclass(frozen=True, slots=True)
class DeleteLimit:
    """How many of a folder's records one run may remove (`--max-delete N` or `N%`)."""

    value: float
    percent: bool

    @classmethod
    def parse(cls, text: str) -> DeleteLimit:
        raw = text.strip()
        percent = raw.endswith("%")
        number = raw[:-1].strip() if percent else raw
        try:
            value = float(number) if percent else int(number)
        except ValueError:
            raise ValueError(f"{text!r}: expected a number of records (N) or a share (N%)") from None
        if value < 0 or (percent and value > 100):
            raise ValueError(f"{text!r}: expected 0-100% or a count >= 0")
        return cls(float(value), percent)

    def allows(self, dropped: int, held: int) -> bool:
        if dropped <= 0:
            return True
        if self.percent:
            return dropped * 100 <= self.value * held
        return dropped <= self.value

    def __str__(self) -> str:
        number = f"{self.value:g}"
        return f"{number}%" if self.percent else number


# One run may remove at most this share of a folder's records unless told otherwise: a
# crontab with a wrong path must not empty a corpus.
DEFAULT_MAX_DELETE = DeleteLimit(10.0, True)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class RunConfig:
    inputs: tuple[str, ...]
    output: str
    listed: tuple[str, ...] = ()  # files named in a --files-from list
    rejects: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    tokenize: bool = True
    keep_tone: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 1
    file_timeout: float = DEFAULT_FILE_TIMEOUT
    batch_files: int = DEFAULT_BATCH_FILES
    executor: str = "local"  # "local" or "dask"
    scheduler: str | None = None
    shard_records: int = DEFAULT_SHARD_RECORDS
    compression: str = "gzip"  # "gzip" or "zstd", for sharded output
    incremental: bool = False
    max_delete: DeleteLimit = DEFAULT_MAX_DELETE
    min_vietnamese: float = 0.0  # records below this Vietnamese-letter share are rejected
    # One worker runs in this process (core/executors/inline.py) unless asked to run in a
    # worker process of its own, which a crash of the interpreter cannot take down with it.
    isolate: bool = False

    @property
    def sharded(self) -> bool:
        """`-o DIR/` (or an existing folder): shards and a manifest, resumable."""
        return self.output != "-" and (self.output.endswith(("/", os.sep)) or Path(self.output).is_dir())

    def content_options(self) -> dict[str, object]:
        """The options that change records: a resumed or incremental run must share them."""
        return {
            "tokenize": self.tokenize,
            "keep_tone": self.keep_tone,
            "max_bytes": self.max_bytes,
            "include": list(self.include),
            "exclude": list(self.exclude),
            **({"min_vietnamese": self.min_vietnamese} if self.min_vietnamese else {}),
        }

    def rejects_path(self) -> str | None:
        """`--rejects`, else beside the output (`out/x.jsonl` → `out/x.rejects.jsonl`,
        `out/` → `out/_rejects.jsonl`)."""
        if self.rejects is not None:
            return self.rejects
        if self.output == "-":
            return None
        if self.sharded:
            return str(Path(self.output) / "_rejects.jsonl")
        out = Path(self.output)
        name = out.name
        for suffix in (".jsonl.gz", ".jsonl.zst", ".jsonl", ".json", ".gz"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        return str(out.with_name(name + ".rejects.jsonl"))
