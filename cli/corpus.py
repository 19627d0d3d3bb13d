"""`vnmeet dedup`, `vnmeet stats`, `vnmeet report` and `vnmeet export`: commands over the
records a run wrote (a .jsonl/.jsonl.gz file or a sharded folder)."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import orjson
import typer

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # the reader of -o - went away (`| head`), as for `cat`


class TableFormat(str, Enum):
    parquet = "parquet"


RecordsArg = Annotated[
    str, typer.Argument(help="Records: a .jsonl, .jsonl.gz or .jsonl.zst file, or a folder written with -o DIR/.",
                        show_default=False, metavar="INPUT")
]
Threshold = Annotated[
    float, typer.Option("--threshold", min=0.0, max=1.0, metavar="R",
                        help="Estimated Jaccard similarity of word shingles from which two records are duplicates.")
]
ClustersOption = Annotated[
    str | None, typer.Option("--clusters", help="Write every dropped record, the record it duplicates and their "
                                                "similarity here (JSON Lines).", metavar="PATH")
]


def _usage(message: str) -> typer.Exit:
    from cli.console import err

    err.print(f"[red]error:[/] {message}", highlight=False)
    return typer.Exit(EXIT_USAGE)


def _warn_incomplete(source: str) -> None:
    """A folder whose manifest says `running` is being written, or was stopped: what it
    holds is a part of the corpus."""
    from cli.console import err
    from core.records_io import folder_status

    if folder_status(source) == "running":
        err.print(f"[yellow]warning:[/] {source} is incomplete: its manifest says a run is going on or was "
                  "stopped; these figures cover the shards written so far", highlight=False)


def dedup(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="Where the kept records go: .jsonl, .jsonl.gz, "
                                        ".jsonl.zst (the suffix decides), or - for stdout.",
                                        show_default=False, metavar="PATH")],
    threshold: Threshold = 0.8,
    clusters: ClustersOption = None,
    shingle: Annotated[int, typer.Option(min=1, max=8, help="Words per shingle.", metavar="N")] = 5,
    num_perm: Annotated[int, typer.Option(min=16, max=1024, help="MinHash permutations.", metavar="N")] = 128,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
) -> None:
    """Drop exact and near duplicate records, keeping one of each cluster (the earliest
    `published`, then the shortest path).

    Exit codes: 0 done, 2 usage error or unreadable records, 141 the reader of -o - went away.
    """
    from cli.console import dedup_table, err, os_message
    from core.dedup import DedupConfig, dedup_file
    from core.guards import OutputConflict, check_file_output
    from core.records_io import RecordsError
    from core.writers import OutputFormatError, records_compression

    try:
        for flag, path in (("--output", output), ("--clusters", clusters)):
            if path:
                records_compression(path)
                check_file_output(flag, path, {"INPUT": source})
        if clusters and output != "-" and os.path.abspath(clusters) == os.path.abspath(output):
            raise OutputConflict(f"--clusters {clusters} is the same file as --output")
        _warn_incomplete(source)
        result = dedup_file(source, output, DedupConfig(threshold=threshold, num_perm=num_perm, shingle=shingle),
                            clusters)
    except BrokenPipeError:
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except (RecordsError, OutputConflict, OutputFormatError) as exc:
        raise _usage(str(exc)) from None
    except OSError as exc:
        raise _usage(os_message(exc)) from None
    if not quiet:
        err.print(dedup_table(result.counts(), output, clusters))


def stats(
    source: RecordsArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object on stdout.")] = False,
    top: Annotated[int, typer.Option(min=1, help="Rows in each top list.", metavar="N")] = 10,
    rejects: Annotated[str | None, typer.Option(help="The run's rejects file (a folder's are found alone).",
                                                metavar="PATH")] = None,
) -> None:
    """Records, words, rejects; meetings by kind and month; top organizers; officials by
    meetings chaired; statistics by kind and unit; quality warnings.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import os_message, out, stats_tables
    from core.records_io import RecordsError, iter_records, iter_rejects
    from core.summary import summarize

    try:
        _warn_incomplete(source)
        summary = summarize(iter_records(source), iter_rejects(source, rejects)).to_dict(top=top)
    except RecordsError as exc:
        raise _usage(str(exc)) from None
    except OSError as exc:
        raise _usage(os_message(exc)) from None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2) + b"\n")
        return
    for table in stats_tables(summary):
        out.print(table)


def report(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML file to write.", show_default=False,
                                        metavar="PATH")],
    title: Annotated[str, typer.Option(help="The report's heading.", metavar="HEADING")] = "vnmeet report",
    source_root: Annotated[str, typer.Option(help="Prefix for the links to source files (a folder path or URL "
                                                  "ending in /).", metavar="PREFIX")] = "",
    rejects: Annotated[str | None, typer.Option(help="The run's rejects file (a folder's are found alone).",
                                                metavar="PATH")] = None,
) -> None:
    """One self-contained HTML file (no network needed) with charts and a searchable
    table of meetings.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import err, os_message
    from core.fsutil import atomic_write
    from core.guards import OutputConflict, check_file_output
    from core.records_io import RecordsError, iter_records, iter_rejects
    from core.report import collect, render

    try:
        check_file_output("--output", output, {"INPUT": source, "--rejects": rejects})
        _warn_incomplete(source)
        data = collect(iter_records(source), iter_rejects(source, rejects))
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, render(data, title=title, source_root=source_root).encode("utf-8"))
    except (RecordsError, OutputConflict) as exc:
        raise _usage(str(exc)) from None
    except OSError as exc:
        raise _usage(os_message(exc)) from None
    err.print(f"report: {output} ({data.summary.records:,} records, {data.summary.meetings:,} meetings)")


def export(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="The folder for the tables.", show_default=False,
                                        metavar="DIR")],
    to: Annotated[TableFormat, typer.Option("--to", help="The format of the tables.")] = TableFormat.parquet,
) -> None:
    """Write articles.parquet, statistics.parquet and persons.parquet (pyarrow), for DuckDB,
    pandas and Hugging Face datasets.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import err, os_message
    from core.export import export_parquet
    from core.guards import OutputConflict, check_folder_output
    from core.records_io import RecordsError, iter_records

    try:
        check_folder_output("--output", output, source)
        _warn_incomplete(source)
        counts = export_parquet(iter_records(source), output)
    except (RecordsError, OutputConflict) as exc:
        raise _usage(str(exc)) from None
    except OSError as exc:
        raise _usage(os_message(exc)) from None
    err.print("export: " + ", ".join(f"{name}.parquet {n:,} rows" for name, n in counts.items()) + f" in {output}")
