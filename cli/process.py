"""`vnmeet process`: options → RunConfig → core.run.run(); exit codes decided here."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import orjson
import typer

from core.config import (
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_BYTES,
    DEFAULT_SHARD_RECORDS,
    RunConfig,
    usable_cores,
)

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the output folder; try again later


class _StopOnSignal:
    """SIGINT and SIGTERM ask the run to stop at the next file boundary, so that nothing
    is left half written; a second Ctrl-C stops at once."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _StopOnSignal:
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.event.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.signum = signum
        self.event.set()

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


def process(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders (walked recursively), files, or - for one document on stdin.",
                       show_default=False, metavar="INPUT"),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o",
                     help="A .jsonl or .jsonl.gz file, - for stdout, or DIR/ for shards and a manifest "
                          "(resumable, incremental).",
                     show_default=False, metavar="PATH"),
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
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, envvar="VNMEET_WORKERS",
                     help="Worker processes.", show_default="usable cores"),
    ] = None,
    file_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds one file may take before it becomes a `timeout` reject.")
    ] = DEFAULT_FILE_TIMEOUT,
    incremental: Annotated[
        bool, typer.Option("--incremental",
                           help="With -o DIR/: process only new or changed files; list deleted ones.")
    ] = False,
    shard_records: Annotated[
        int, typer.Option(min=1, help="With -o DIR/: records per shard.")
    ] = DEFAULT_SHARD_RECORDS,
    compression: Annotated[
        str, typer.Option(help="With -o DIR/: shard compression, gzip or zstd.")
    ] = "gzip",
    executor: Annotated[
        str, typer.Option(help="local (worker processes) or dask (needs vnmeet[dask]).")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="With --executor dask: the scheduler's address; "
                                      "none starts a LocalCluster.", envvar="VNMEET_DASK_SCHEDULER")
    ] = None,
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
    dedup: Annotated[
        bool, typer.Option("--dedup", help="Then drop exact and near duplicate records from the output file "
                                           "(as `vnmeet dedup`). Needs -o FILE.")
    ] = False,
    dedup_threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="With --dedup: the estimated Jaccard similarity threshold.")
    ] = 0.8,
    clusters: Annotated[
        str | None, typer.Option(help="With --dedup: write every dropped record and what it duplicates here.",
                                 metavar="PATH")
    ] = None,
) -> None:
    """Clean, tokenise and extract every article under INPUTS into JSON Lines.

    Exit codes: 0 done (rejects allowed), 1 rejects with --strict, 2 usage error,
    75 output folder locked by another run, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
    """
    # Imported here, not at module level: `vnmeet --help` must not pay for the pipeline.
    from cli.console import err, progress_bar, summary_table
    from core.record import Reject
    from core.run import Interrupted, run
    from core.shards import LockedError, ManifestMismatch
    from core.sources import InputError, check_inputs
    from core.writers import check_writable

    if compression not in ("gzip", "zstd"):
        raise typer.BadParameter("gzip or zstd", param_hint="--compression")
    if executor not in ("local", "dask"):
        raise typer.BadParameter("local or dask", param_hint="--executor")
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
        workers=workers or usable_cores(),
        file_timeout=file_timeout,
        executor=executor,
        scheduler=scheduler,
        shard_records=shard_records,
        compression=compression,
        incremental=incremental,
    )
    if incremental and not config.sharded:
        err.print("[red]error:[/] --incremental needs a sharded output: -o DIR/")
        raise typer.Exit(EXIT_USAGE)
    if dedup and (config.sharded or output == "-"):
        # Shards are appended to run after run; dropping records from them would undo what
        # the manifest records. Deduplicate a folder with `vnmeet dedup DIR -o FILE`.
        err.print("[red]error:[/] --dedup needs -o FILE; for a folder use: vnmeet dedup DIR -o FILE")
        raise typer.Exit(EXIT_USAGE)
    try:
        check_inputs(config.inputs)
        if not config.sharded:
            check_writable(config.output)
        if config.rejects_path() and not config.sharded:
            check_writable(config.rejects_path() or "")
    except (InputError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(EXIT_USAGE) from None

    stopper = _StopOnSignal()
    try:
        with stopper, progress_bar(not quiet) as progress:
            def report(done: int, total: int, reject: Reject | None) -> None:
                if progress is not None:
                    progress(done, total, reject)
                if reject is not None and config.rejects_path() is None:
                    err.print(f"rejected {reject.path}: {reject.reason} ({reject.detail})")

            summary = run(config, report, stopper.event)
    except LockedError as exc:
        err.print(f"[red]locked:[/] {exc}")
        raise typer.Exit(EXIT_LOCKED) from None
    except (ManifestMismatch, InputError, RuntimeError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except (Interrupted, KeyboardInterrupt):
        if stopper.signum == signal.SIGTERM:
            err.print(f"[yellow]terminated:[/] {_kept(config)}")
            raise typer.Exit(EXIT_TERMINATED) from None
        err.print(f"[yellow]interrupted:[/] {_kept(config)}")
        raise typer.Exit(EXIT_INTERRUPTED) from None

    figures = summary.to_dict()
    if dedup:
        from cli.console import dedup_table
        from core.dedup import DedupConfig, dedup_file

        counts = dedup_file(config.output, config.output, DedupConfig(threshold=dedup_threshold), clusters).counts()
        figures["dedup"] = counts
    if summary_json is not None:
        summary_json.parent.mkdir(parents=True, exist_ok=True)
        summary_json.write_bytes(orjson.dumps(figures, option=orjson.OPT_INDENT_2))
    if not quiet:
        err.print(summary_table(summary))
        if dedup:
            err.print(dedup_table(counts, config.output, clusters))
    if strict and summary.rejected:
        err.print(f"[red]--strict:[/] {summary.rejected} input(s) rejected")
        raise typer.Exit(EXIT_REJECTS)
    sys.stdout.flush()


def _kept(config: RunConfig) -> str:
    if config.sharded:
        return "complete shards kept; run the same command again to finish"
    return "no output written"
