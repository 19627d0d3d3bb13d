"""The options of one run, frozen. No environment or command-line parsing here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.htm", "*.html", "*.txt.gz", "*.htm.gz", "*.html.gz")
DEFAULT_MAX_BYTES = 10_000_000


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

    def rejects_path(self) -> str | None:
        """`--rejects`, else beside the output (`out/x.jsonl` → `out/x.rejects.jsonl`)."""
        if self.rejects is not None:
            return self.rejects
        if self.output == "-":
            return None
        out = Path(self.output)
        name = out.name
        for suffix in (".jsonl.gz", ".jsonl", ".json", ".gz"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        return str(out.with_name(name + ".rejects.jsonl"))
