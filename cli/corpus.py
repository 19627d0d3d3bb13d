"""`vnmeet dedup`, `vnmeet stats`, `vnmeet report` and `vnmeet export`: commands over the
records a run wrote (a .jsonl/.jsonl.gz file or a sharded folder)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer

EXIT_USAGE = 2

RecordsArg = Annotated[
    str, typer.Argument(help="Records: a .jsonl, .jsonl.gz or .jsonl.zst file, or a folder written with -o DIR/.",
                        show_default=False, metavar="INPUT")
]
Threshold = Annotated[
    float, typer.Option("--threshold", min=0.0, max=1.0,
                        help="Estimated Jaccard similarity of word shingles from which two records are duplicates.")
]
ClustersOption = Annotated[
    str | None, typer.Option("--clusters", help="Write every dropped record, the record it duplicates and their "
                                                "similarity here (JSON Lines).", metavar="PATH")
]


def _usage(message: str) -> typer.Exit:
    from cli.console import err

    err.print(f"[red]error:[/] {message}")
    return typer.Exit(EXIT_USAGE)


def dedup(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="Where the kept records go (.jsonl or .jsonl.gz).",
                                        show_default=False, metavar="PATH")],
    threshold: Threshold = 0.8,
    clusters: ClustersOption = None,
    shingle: Annotated[int, typer.Option(min=1, max=8, help="Words per shingle.")] = 5,
    num_perm: Annotated[int, typer.Option(min=16, max=1024, help="MinHash permutations.")] = 128,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
) -> None:
    """Drop exact and near duplicate records, keeping one of each cluster (the earliest
    `published`, then the shortest path).

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import dedup_table, err
    from core.dedup import DedupConfig, dedup_file
    from core.records_io import RecordsError

    try:
        result = dedup_file(source, output, DedupConfig(threshold=threshold, num_perm=num_perm, shingle=shingle),
                            clusters)
    except (RecordsError, OSError) as exc:
        raise _usage(str(exc)) from None
    if not quiet:
        err.print(dedup_table(result.counts(), output, clusters))


def stats(
    source: RecordsArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object on stdout.")] = False,
    top: Annotated[int, typer.Option(min=1, help="Rows in each top list.")] = 10,
    rejects: Annotated[str | None, typer.Option(help="The run's rejects file (a folder's are found alone).")] = None,
) -> None:
    """Records, words, rejects; meetings by kind and month; top organizers; officials by
    meetings chaired; statistics by kind and unit; quality warnings.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import out, stats_tables
    from core.records_io import RecordsError, iter_records, iter_rejects
    from core.summary import summarize

    try:
        summary = summarize(iter_records(source), iter_rejects(source, rejects)).to_dict(top=top)
    except (RecordsError, OSError) as exc:
        raise _usage(str(exc)) from None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2) + b"\n")
        return
    for table in stats_tables(summary):
        out.print(table)


def report(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML file to write.", show_default=False,
                                        metavar="PATH")],
    title: Annotated[str, typer.Option(help="The report's heading.")] = "vnmeet report",
    source_root: Annotated[str, typer.Option(help="Prefix for the links to source files (a folder path or URL "
                                                  "ending in /).")] = "",
    rejects: Annotated[str | None, typer.Option(help="The run's rejects file (a folder's are found alone).")] = None,
) -> None:
    """One self-contained HTML file (no network needed) with charts and a searchable
    table of meetings.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import err
    from core.records_io import RecordsError, iter_records, iter_rejects
    from core.report import collect, render
    from core.shards import atomic_write

    try:
        data = collect(iter_records(source), iter_rejects(source, rejects))
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, render(data, title=title, source_root=source_root).encode("utf-8"))
        target.chmod(0o644)
    except (RecordsError, OSError) as exc:
        raise _usage(str(exc)) from None
    err.print(f"report: {output} ({data.summary.records:,} records, {data.summary.meetings:,} meetings)")


def export(
    source: RecordsArg,
    output: Annotated[str, typer.Option("--output", "-o", help="The folder for the tables.", show_default=False,
                                        metavar="DIR")],
    to: Annotated[str, typer.Option("--to", help="The format: parquet.")] = "parquet",
) -> None:
    """Write articles.parquet, statistics.parquet and persons.parquet (pyarrow), for DuckDB,
    pandas and Hugging Face datasets.

    Exit codes: 0 done, 2 usage error.
    """
    from cli.console import err
    from core.export import export_parquet
    from core.records_io import RecordsError, iter_records

    if to != "parquet":
        raise typer.BadParameter("parquet is the one format", param_hint="--to")
    try:
        counts = export_parquet(iter_records(source), output)
    except (RecordsError, OSError) as exc:
        raise _usage(str(exc)) from None
    err.print("export: " + ", ".join(f"{name}.parquet {n:,} rows" for name, n in counts.items()) + f" in {output}")
