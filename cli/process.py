"""`vnmeet process`: options → RunConfig → core.run.run(); exit codes decided here."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Annotated

import orjson
import typer

from core.config import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, RunConfig
from core.run import run
from core.sources import InputError, check_inputs
from core.writers import check_writable

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class _Terminated(Exception):
    pass


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


def process(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders (walked recursively), files, or - for one document on stdin.",
                       show_default=False),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="A .jsonl or .jsonl.gz file, or - for stdout.",
                     show_default=False),
    ],
    rejects: Annotated[
        str | None,
        typer.Option(help="Where rejected inputs are listed (JSON Lines). Default: beside the output."),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(help="Glob of file names to take from folders (repeatable).",
                     show_default=" ".join(DEFAULT_INCLUDE)),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Glob of paths or names to skip (repeatable).")
    ] = None,
    tokenize: Annotated[
        bool,
        typer.Option("--tokenize/--no-tokenize",
                     help="Word-segment with underthesea; --no-tokenize leaves `tokens` out and never loads it."),
    ] = True,
    keep_tone: Annotated[
        bool, typer.Option("--keep-tone", help="Keep the source's tone-mark placement (hoà, uỷ).")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this (after gunzip) are rejected.", min=1)
    ] = DEFAULT_MAX_BYTES,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when any input was rejected.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.",
                           envvar="VNMEET_QUIET")
    ] = False,
    summary_json: Annotated[
        Path | None, typer.Option(help="Also write the summary figures as JSON to this file.")
    ] = None,
) -> None:
    """Clean, tokenise and extract every article under INPUTS into JSON Lines.

    Exit codes: 0 done (rejects allowed), 1 rejects with --strict, 2 usage error,
    130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
    """
    from cli.console import err, progress_bar, summary_table

    if output == "-" and rejects is None:
        err.print("[dim]rejects are reported on stderr (no --rejects file with -o -)[/]")
    config = RunConfig(
        inputs=tuple(inputs),
        output=output,
        rejects=rejects,
        include=tuple(include) if include else DEFAULT_INCLUDE,
        exclude=tuple(exclude or ()),
        tokenize=tokenize,
        keep_tone=keep_tone,
        max_bytes=max_bytes,
    )
    try:
        check_inputs(config.inputs)
        check_writable(config.output)
        if config.rejects_path():
            check_writable(config.rejects_path() or "")
    except (InputError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(EXIT_USAGE) from None

    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with progress_bar(not quiet) as progress:
            def report(done: int, total: int, reject: object) -> None:
                if progress is not None:
                    progress(done, total, reject)  # type: ignore[arg-type]
                if reject is not None and config.rejects_path() is None:
                    err.print(f"rejected {reject.path}: {reject.reason} ({reject.detail})")  # type: ignore[attr-defined]

            summary = run(config, report)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/] no output written")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except _Terminated:
        err.print("[yellow]terminated:[/] no output written")
        raise typer.Exit(EXIT_TERMINATED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)

    if summary_json is not None:
        summary_json.parent.mkdir(parents=True, exist_ok=True)
        summary_json.write_bytes(orjson.dumps(summary.to_dict(), option=orjson.OPT_INDENT_2))
    if not quiet:
        err.print(summary_table(summary))
    if strict and summary.rejected:
        err.print(f"[red]--strict:[/] {summary.rejected} input(s) rejected")
        raise typer.Exit(EXIT_REJECTS)
    sys.stdout.flush()
