"""Drive the pipeline over the inputs and write records, rejects and the summary."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.config import RunConfig
from core.pipeline import process_document
from core.record import Reject
from core.sources import check_inputs, iter_sources, read_source
from core.tokenize import Tokenizer
from core.writers import JsonlWriter


@dataclass(slots=True)
class Summary:
    files_seen: int = 0
    records: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    words: int = 0
    elapsed: float = 0.0
    output: str = ""
    rejects_path: str | None = None
    interrupted: bool = False

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    @property
    def docs_per_second(self) -> float:
        return self.files_seen / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files_seen": self.files_seen,
            "records": self.records,
            "rejected": self.rejected,
            "rejects": dict(sorted(self.rejects.items())),
            "words": self.words,
            "elapsed_s": round(self.elapsed, 3),
            "docs_per_s": round(self.docs_per_second, 2),
            "output": self.output,
            "rejects_path": self.rejects_path,
            "interrupted": self.interrupted,
        }


# Called after each file: (files done, files in all, the reject or None).
ProgressFn = Callable[[int, int, Reject | None], None]


def run(config: RunConfig, progress: ProgressFn | None = None) -> Summary:
    """Process every input; a bad file becomes a reject, never an exception.

    KeyboardInterrupt propagates after the temporary outputs are removed, so an
    interrupted run leaves the previous output (if any) untouched.
    """
    started = time.perf_counter()
    check_inputs(config.inputs)
    sources = list(iter_sources(config.inputs, config.include, config.exclude))
    summary = Summary(output=config.output, rejects_path=config.rejects_path())
    tokenizer = Tokenizer() if config.tokenize else None
    writer = JsonlWriter(config.output)
    rejects = JsonlWriter(summary.rejects_path) if summary.rejects_path else None
    try:
        for done, source in enumerate(sources, start=1):
            doc = read_source(source, config.max_bytes)
            result = doc if isinstance(doc, Reject) else process_document(doc, config, tokenizer)
            summary.files_seen += 1
            if isinstance(result, Reject):
                summary.rejects[result.reason] += 1
                if rejects is not None:
                    rejects.write(result.to_dict())
            else:
                writer.write(result.to_dict())
                summary.records += 1
                summary.words += result.word_count
            if progress is not None:
                progress(done, len(sources), result if isinstance(result, Reject) else None)
    except BaseException:
        writer.abort()
        if rejects is not None:
            rejects.abort()
        raise
    writer.commit()
    if rejects is not None:
        rejects.commit()
    summary.elapsed = time.perf_counter() - started
    return summary
