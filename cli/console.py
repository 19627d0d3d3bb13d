"""The only module that imports rich: the stderr console, progress bar and tables."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from cli.errors import os_message as os_message  # re-exported: the commands import it from here
from core.record import Reject
from core.run import ProgressFn, Summary

err = Console(stderr=True)
out = Console()
# Messages into a file or a pipe stay one line each, whatever their length (a log reader
# greps them); a terminal wraps them.
err.soft_wrap = not err.is_terminal
out.soft_wrap = not out.is_terminal


@contextmanager
def progress_bar(enabled: bool) -> Iterator[ProgressFn | None]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    if not enabled or not err.is_terminal:
        yield None
        return
    bar = Progress(
        TextColumn("[bold]processing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>7.1f} docs/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    task = bar.add_task("files", total=None, rate=0.0)

    def update(done: int, total: int, reject: Reject | None) -> None:
        elapsed = bar.tasks[0].elapsed or 0.0
        bar.update(task, completed=done, total=total, rate=done / elapsed if elapsed else 0.0)

    with bar:
        yield update


def summary_table(summary: Summary) -> Table:
    table = Table(title="vnmeet process", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    table.add_row("files seen", f"{summary.files_seen:,}")
    if summary.skipped or summary.deleted:
        table.add_row("unchanged, skipped", f"{summary.skipped:,}")
        table.add_row("deleted since last run", f"{summary.deleted:,}")
    table.add_row("processed", f"{summary.processed:,}")
    table.add_row("records written", f"{summary.records:,}")
    table.add_row("rejected", f"{summary.rejected:,}")
    for reason, count in sorted(summary.rejects.items()):
        table.add_row(f"  {reason}", f"{count:,}")
    for error, count in sorted(summary.extract_errors.items()):
        table.add_row(f"[red]extractor error {error}[/red]", f"{count:,}")
    table.add_row("words (syllables)", f"{summary.words:,}")
    table.add_row("elapsed", f"{summary.elapsed:.2f} s")
    table.add_row("docs/s", f"{summary.docs_per_second:,.1f}")
    table.add_row("output", summary.output)
    if summary.shards:
        table.add_row("shards written", f"{summary.shards:,}")
    if summary.rejects_path:
        table.add_row("rejects", summary.rejects_path)
    return table


def metrics_table(result: dict[str, Any], failed: set[str]) -> Table:
    table = Table(title=f"vnmeet evaluate ({result['predicted']}/{result['articles']} articles)",
                  title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in result["metrics"].items():
        shown = "n/a" if value is None else f"{value:.4f}"
        style = "red" if name in failed else ""
        table.add_row(name, Text(shown, style=style))
    return table


def dedup_table(counts: dict[str, int], output: str, clusters: str | None) -> Table:
    table = Table(title="vnmeet dedup", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    table.add_row("records read", f"{counts['records']:,}")
    table.add_row("kept", f"{counts['kept']:,}")
    table.add_row("dropped, same text", f"{counts['exact']:,}")
    table.add_row("dropped, near duplicates", f"{counts['near']:,}")
    table.add_row("clusters", f"{counts['clusters']:,}")
    table.add_row("output", output)
    if clusters:
        table.add_row("clusters file", clusters)
    return table


def _ranked(title: str, rows: list[dict[str, Any]], columns: tuple[str, ...] = ("name", "count")) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column == "count" else "left")
    for row in rows:
        table.add_row(*(f"{row[c]:,}" if isinstance(row[c], int) else str(row[c] or "") for c in columns))
    return table


def stats_tables(s: dict[str, Any]) -> list[Table]:
    overview = Table(title="vnmeet stats", show_header=False, title_justify="left")
    overview.add_column("what", style="bold")
    overview.add_column("value", justify="right")
    for label, value in (("records", s["records"]), ("words", s["words"]), ("rejects", s["rejects"]["total"]),
                         ("meetings", s["meetings"]["total"]), ("statistics", s["statistics"]["total"])):
        overview.add_row(label, f"{value:,}")
    for reason, count in s["rejects"]["by_reason"].items():
        overview.add_row(f"  rejected: {reason}", f"{count:,}")
    for name, count in s["formats"].items():
        overview.add_row(f"  format {name}", f"{count:,}")
    for name, count in s["encodings"].items():
        overview.add_row(f"  encoding {name}", f"{count:,}")
    for label, figures in (("organizers", s["meetings"].get("organizers")),
                           ("indicators", s["statistics"].get("indicators"))):
        if figures:
            overview.add_row(f"  {label}: keys / spellings", f"{figures['keys']:,} / {figures['strings']:,}")
    months = Table(title="meetings by month", title_justify="left")
    months.add_column("month")
    months.add_column("meetings", justify="right")
    for month, count in s["meetings"]["by_month"].items():
        months.add_row(month, f"{count:,}")
    warnings = Table(title="quality warnings", title_justify="left")
    warnings.add_column("warning")
    warnings.add_column("records", justify="right")
    for name, count in s["warnings"].items():
        warnings.add_row(name, f"{count:,}")
    return [
        overview,
        _ranked("meetings by kind", s["meetings"]["by_kind"]),
        months,
        _ranked("top organizers (by key, most written form)", s["meetings"]["top_organizers"],
                ("name", "spellings", "count")),
        _ranked("officials by meetings chaired", s["meetings"]["top_chairs"], ("name", "title", "count")),
        _ranked("statistics by kind", s["statistics"]["by_kind"]),
        _ranked("statistics by unit", s["statistics"]["by_unit"]),
        _ranked("top indicators (by key, most written form)", s["statistics"]["top_indicators"],
                ("name", "spellings", "count")),
        warnings,
    ]
