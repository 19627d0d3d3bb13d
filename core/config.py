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


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class RunConfig:
    inputs: tuple[str, ...]
    output: str
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
        for suffix in (".jsonl.gz", ".jsonl", ".json", ".gz"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        return str(out.with_name(name + ".rejects.jsonl"))
