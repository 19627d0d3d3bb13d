"""`vnmeet process`: options → RunConfig → core.run.run(); exit codes decided here."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import orjson
import typer

from core.config import (
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DELETE,
    DEFAULT_SHARD_RECORDS,
    NOT_VIETNAMESE_BELOW,
    RunConfig,
    usable_cores,
)

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the output folder; try again later
EXIT_BROKEN_PIPE = 141  # the reader of -o - went away (`| head`), as for `cat`


class Compression(str, Enum):
    gzip = "gzip"
    zstd = "zstd"


class ExecutorName(str, Enum):
    local = "local"
    dask = "dask"


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
        list[str] | None,
        typer.Argument(help="Folders (walked recursively), files, or - for one document on stdin.",
                       show_default=False, metavar="INPUT"),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o",
                     help="FILE.jsonl, FILE.jsonl.gz or FILE.jsonl.zst (the suffix decides), - for stdout, "
                          "or DIR/ for shards and a manifest (resumable, incremental). Required.",
                     show_default=False, metavar="PATH"),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option("--files-from", metavar="FILE",
                     help="Also read the files listed in FILE (- for stdin), one a line or NUL-separated "
                          "(find -print0).", show_default=False),
    ] = None,
    rejects: Annotated[
        str | None,
        typer.Option(help="Where rejected inputs are listed (JSON Lines). Default: beside the output.",
                     metavar="PATH", show_default=False),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(help="Glob of file names to take from folders (repeatable).", metavar="GLOB",
                     show_default=" ".join(DEFAULT_INCLUDE)),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Glob of paths or names to skip (repeatable).", metavar="GLOB")
    ] = None,
    tokenize: Annotated[
        bool,
        typer.Option("--tokenize/--no-tokenize",
                     help="Word-segment with underthesea; --no-tokenize leaves `tokens` out and never loads it."),
    ] = True,
    keep_tone: Annotated[
        bool, typer.Option("--keep-tone", help="Keep the source's tone-mark placement (hoà, uỷ).")
    ] = False,
    min_vietnamese: Annotated[
        float, typer.Option("--min-vietnamese", min=0.0, max=1.0, metavar="R",
                            help="Reject (not_vietnamese) a file whose share of words written with Vietnamese "
                                 f"letters is below R (quality.vietnamese_words); below {NOT_VIETNAMESE_BELOW} "
                                 "a record is only flagged.")
    ] = 0.0,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this (after gunzip) are rejected.", min=1, metavar="BYTES")
    ] = DEFAULT_MAX_BYTES,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, envvar="VNMEET_WORKERS", metavar="N",
                     help="Worker processes.", show_default="usable cores"),
    ] = None,
    file_timeout: Annotated[
        float, typer.Option(min=0.1, metavar="SECONDS",
                            help="Seconds one file may take before it becomes a `timeout` reject.")
    ] = DEFAULT_FILE_TIMEOUT,
    isolate: Annotated[
        bool, typer.Option("--isolate", envvar="VNMEET_ISOLATE",
                           help="Run files in worker processes even with --workers 1 (which otherwise runs them "
                                "in this process), so that a crash of the interpreter or a file stuck inside a C "
                                "extension costs only that file.")
    ] = False,
    incremental: Annotated[
        bool, typer.Option("--incremental",
                           help="With -o DIR/: process only new or changed files; drop the records of deleted ones.")
    ] = False,
    max_delete: Annotated[
        str, typer.Option("--max-delete", metavar="N|N%",
                          help="With -o DIR/: refuse (exit 2) a run that would remove more than N records, or N% "
                               "of the folder's, because their files are gone; 0 forbids any. An empty input "
                               "never empties a folder.")
    ] = str(DEFAULT_MAX_DELETE),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what the run would read (with -o DIR/: new, changed, "
                                             "unchanged, deleted) as STATUS<TAB>PATH lines; write nothing.")
    ] = False,
    shard_records: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="With -o DIR/: records per shard.",
                                 show_default=str(DEFAULT_SHARD_RECORDS))
    ] = None,
    compression: Annotated[
        Compression | None, typer.Option(help="With -o DIR/: shard compression.", show_default="gzip")
    ] = None,
    executor: Annotated[
        ExecutorName, typer.Option(help="local (worker processes) or dask (needs vnmeet[dask]).")
    ] = ExecutorName.local,
    scheduler: Annotated[
        str | None, typer.Option(help="With --executor dask: the scheduler's address; "
                                      "none starts a LocalCluster.", envvar="VNMEET_DASK_SCHEDULER",
                                 metavar="ADDRESS")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when any input was rejected.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table (and no Dask logging).",
                           envvar="VNMEET_QUIET")
    ] = False,
    summary_json: Annotated[
        Path | None, typer.Option(help="Also write the summary figures as JSON to this file.", metavar="PATH")
    ] = None,
    dedup: Annotated[
        bool, typer.Option("--dedup", help="Then drop exact and near duplicate records from the output file "
                                           "(as `vnmeet dedup`). Needs -o FILE.")
    ] = False,
    dedup_threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, metavar="R",
                            help="With --dedup: the estimated Jaccard similarity threshold.")
    ] = 0.8,
    clusters: Annotated[
        str | None, typer.Option(help="With --dedup: write every dropped record and what it duplicates here.",
                                 metavar="PATH")
    ] = None,
) -> None:
    """Clean, tokenise and extract every article under INPUT... into JSON Lines.

    Exit codes: 0 done (rejects allowed), 1 rejects with --strict, 2 usage error (also a
    refused run: an output that is an input, a run that would remove too many records),
    75 output folder locked by another run, 130 interrupted (Ctrl-C), 141 the reader of
    -o - went away (as for cat), 143 terminated (SIGTERM).
    """
    # Imported here, not at module level: `vnmeet --help` must not pay for the pipeline.
    from cli.errors import err, os_message
    from core.config import DeleteLimit
    from core.guards import OutputConflict, check_process_outputs
    from core.record import Reject
    from core.run import Interrupted, run
    from core.run import dry_run as plan_dry_run
    from core.shards import DeleteRefused, LockedError, ManifestMismatch
    from core.sources import InputError, check_inputs, read_file_list
    from core.writers import OutputFormatError, check_writable, records_compression

    def usage(message: str) -> typer.Exit:
        err.print(f"[red]error:[/] {message}", markup=True, highlight=False)
        return typer.Exit(EXIT_USAGE)

    if output is None:
        raise usage("missing option -o/--output: FILE.jsonl, FILE.jsonl.gz, FILE.jsonl.zst, - or DIR/")
    listed: tuple[str, ...] = ()
    if files_from is not None:
        try:
            listed = read_file_list(sys.stdin.buffer.read() if files_from == "-" else Path(files_from).read_bytes())
        except OSError as exc:
            raise usage(f"--files-from {files_from}: {exc.strerror or exc}") from None
        if files_from == "-" and "-" in (inputs or []):
            raise usage("--files-from - and the input - both want standard input")
    if not inputs and files_from is None:
        raise usage("no INPUT given (folders, files, - for stdin, or --files-from FILE)")
    try:
        limit = DeleteLimit.parse(max_delete)
    except ValueError as exc:
        raise usage(f"--max-delete {exc}") from None
    config = RunConfig(
        inputs=tuple(inputs or ()),
        output=output,
        listed=listed,
        rejects=rejects,
        include=tuple(include) if include else DEFAULT_INCLUDE,
        exclude=tuple(exclude or ()),
        tokenize=tokenize,
        keep_tone=keep_tone,
        max_bytes=max_bytes,
        workers=workers or usable_cores(),
        file_timeout=file_timeout,
        isolate=isolate,
        executor=executor.value,
        scheduler=scheduler,
        shard_records=shard_records or DEFAULT_SHARD_RECORDS,
        compression=compression.value if compression else "gzip",
        incremental=incremental,
        max_delete=limit,
        min_vietnamese=min_vietnamese,
    )
    # Options that only a sharded output uses are refused elsewhere, never ignored.
    if not config.sharded:
        for flag, given in (("--incremental", incremental), ("--shard-records", shard_records is not None),
                            ("--compression", compression is not None),
                            ("--max-delete", max_delete != str(DEFAULT_MAX_DELETE))):
            if given:
                hint = " (for a compressed file, end its name in .jsonl.gz or .jsonl.zst)" \
                    if flag == "--compression" else ""
                raise usage(f"{flag} needs a sharded output: -o DIR/{hint}")
    if dedup and (config.sharded or output == "-"):
        # Shards are appended to run after run; dropping records from them would undo what
        # the manifest records. Deduplicate a folder with `vnmeet dedup DIR -o FILE`.
        raise usage("--dedup needs -o FILE; for a folder use: vnmeet dedup DIR -o FILE")
    if (dedup_threshold != 0.8 or clusters) and not dedup:
        raise usage("--dedup-threshold and --clusters go with --dedup")
    if scheduler and config.executor != "dask":
        raise usage("--scheduler goes with --executor dask")
    try:
        check_inputs(config.inputs)
        if not config.sharded:
            records_compression(config.output)
        for path in (config.rejects_path(), clusters):
            if path:
                records_compression(path)
        skip = check_process_outputs(config, {"--clusters": clusters,
                                              "--summary-json": str(summary_json) if summary_json else None})
        if dry_run:
            _print_dry_run(plan_dry_run(config, skip))
            return
        if not config.sharded:
            check_writable(config.output)
        if config.rejects_path() and not config.sharded:
            check_writable(config.rejects_path() or "")
    except (InputError, OutputConflict, OutputFormatError, DeleteRefused, ManifestMismatch) as exc:
        raise usage(str(exc)) from None
    except BrokenPipeError:
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as exc:
        raise usage(os_message(exc)) from None
    if output == "-" and rejects is None and not quiet:
        err.print("[dim]rejects are reported on stderr (no --rejects file with -o -)[/]")
    if quiet and config.executor == "dask":
        import logging
        import os

        # Dask's own logging: here, and in the worker processes it starts (through its
        # configuration, which they read from the environment). Dask logs harmless
        # shutdown races as ERROR, so -q keeps only CRITICAL; a batch that fails is a
        # reject entry and counted in the summary either way.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
        for name in ("distributed", "dask", "tornado", "bokeh"):
            logging.getLogger(name).setLevel(logging.CRITICAL)

    stopper = _StopOnSignal()
    try:
        if quiet:
            from contextlib import nullcontext

            bar: Any = nullcontext(None)
        else:
            from cli.console import progress_bar

            bar = progress_bar(True)
        with stopper, bar as progress:
            def report(done: int, total: int, reject: Reject | None) -> None:
                if progress is not None:
                    progress(done, total, reject)
                if reject is not None and config.rejects_path() is None:
                    err.print(f"rejected {reject.path}: {reject.reason} ({reject.detail})", markup=False,
                              highlight=False)

            summary = run(config, report, stopper.event, skip)
    except LockedError as exc:
        err.print(f"[red]locked:[/] {exc}", highlight=False)
        raise typer.Exit(EXIT_LOCKED) from None
    except (DeleteRefused, ManifestMismatch, InputError, OutputFormatError) as exc:
        raise usage(str(exc)) from None
    except BrokenPipeError:
        # The reader of -o - went away (`| head`): stop quietly, as cat does.
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except (RuntimeError, OSError) as exc:
        raise usage(os_message(exc) if isinstance(exc, OSError) else str(exc)) from None
    except (Interrupted, KeyboardInterrupt) as exc:
        done = exc.summary if isinstance(exc, Interrupted) else None
        if stopper.signum == signal.SIGTERM:
            err.print(f"[yellow]terminated:[/] {_kept(config, done)}", highlight=False)
            raise typer.Exit(EXIT_TERMINATED) from None
        err.print(f"[yellow]interrupted:[/] {_kept(config, done)}", highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None

    figures = summary.to_dict()
    if dedup:
        from cli.console import dedup_table
        from core.dedup import DedupConfig, dedup_file

        counts = dedup_file(config.output, config.output, DedupConfig(threshold=dedup_threshold), clusters).counts()
        figures["dedup"] = counts
    if summary_json is not None:
        from core.fsutil import atomic_write

        summary_json.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(summary_json, orjson.dumps(figures, option=orjson.OPT_INDENT_2))
    if not quiet:
        from cli.console import summary_table

        err.print(summary_table(summary))
        if dedup:
            err.print(dedup_table(counts, config.output, clusters))
    if strict and summary.rejected:
        err.print(f"[red]--strict:[/] {summary.rejected} input(s) rejected")
        raise typer.Exit(EXIT_REJECTS)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise typer.Exit(EXIT_BROKEN_PIPE) from None


def _print_dry_run(lines: Iterator[tuple[str, str]]) -> None:
    """STATUS<TAB>PATH on stdout, counts on stderr."""
    from collections import Counter

    from cli.errors import err

    counts: Counter[str] = Counter()
    write = sys.stdout.write
    for status, path in lines:
        counts[status] += 1
        write(f"{status}\t{path}\n")
    sys.stdout.flush()
    err.print("dry run, nothing written: " + (", ".join(f"{n:,} {s}" for s, n in counts.items()) or "no input file"),
              highlight=False)


def _kept(config: RunConfig, summary: Any) -> str:
    if config.output == "-":
        records = getattr(summary, "records", 0)
        return f"{records:,} record(s) had been written to stdout, each whole"
    if config.sharded:
        return "complete shards kept; run the same command again to finish"
    return f"no output written ({config.output} is as it was)"
