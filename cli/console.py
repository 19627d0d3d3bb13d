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

from core.record import Reject
from core.run import ProgressFn, Summary

err = Console(stderr=True)
out = Console()


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
    table.add_row("words", f"{summary.words:,}")
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
