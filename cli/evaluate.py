"""`vnmeet evaluate`, `vnmeet schema` and `vnmeet show`."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import orjson
import typer

EXIT_BELOW_FLOOR, EXIT_USAGE = 1, 2


def _parse_floor(text: str) -> tuple[str, float]:
    from core.evaluate import METRICS

    name, sep, value = text.partition("=")
    if not sep or name not in METRICS:
        raise typer.BadParameter(f"{text!r}: expected METRIC=VALUE with METRIC one of {', '.join(METRICS)}")
    try:
        return name, float(value)
    except ValueError:
        raise typer.BadParameter(f"{text!r}: {value!r} is not a number") from None


def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="A gold set: a folder holding gold/ (and raw/).",
                                             show_default=False, metavar="GOLD_DIR")],
    predictions: Annotated[str, typer.Argument(help="Records: .jsonl, .jsonl.gz, .jsonl.zst, a folder written "
                                                    "with -o DIR/, or - for stdin.",
                                               show_default=False, metavar="RECORDS")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as one JSON object.")] = False,
    floors: Annotated[
        list[str] | None,
        typer.Option("--min", metavar="METRIC=VALUE",
                     help="Exit 1 when METRIC falls below VALUE (for chrome_leak, a ceiling: rises above it). "
                          "Repeatable."),
    ] = None,
) -> None:
    """Score predictions against a gold set with the metrics of EVALUATION.md.

    Exit codes: 0 all floors met, 1 a floor missed, 2 usage error.
    """
    from cli.console import err, metrics_table, os_message, out
    from core.evaluate import LOWER_IS_BETTER, below_floors, doc_key, load_gold, load_predictions
    from core.evaluate import evaluate as score
    from core.records_io import RecordsError, iter_numbered, parse_record

    wanted = dict(_parse_floor(f) for f in floors or [])
    try:
        gold = load_gold(gold_dir)
        if predictions == "-":
            preds = load_predictions(sys.stdin.buffer.read().splitlines(), "<stdin>")
        else:
            preds = {}
            for path, number, line in iter_numbered(predictions):
                record = parse_record(path, number, line)
                preds[doc_key(str(record["source"].get("path", "")))] = record
    except (RecordsError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:
        err.print(f"[red]error:[/] {os_message(exc)}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    result = score(gold, preds)
    failed = below_floors(result.metrics, wanted)
    if as_json:
        payload = result.to_dict()
        payload["failed"] = [{"metric": n, "value": v, "floor": f} for n, v, f in failed]
        sys.stdout.buffer.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        out.print(metrics_table(result.to_dict(), {n for n, _, _ in failed}))
        if result.missing:
            err.print(f"[yellow]{len(result.missing)} gold article(s) had no prediction:[/] "
                      + ", ".join(result.missing[:10]))
    for name, value, floor in failed:
        shown = "n/a" if value is None else f"{value:.4f}"
        if name in LOWER_IS_BETTER:
            err.print(f"[red]above the ceiling:[/] {name} = {shown} (ceiling {floor})", highlight=False)
        else:
            err.print(f"[red]below floor:[/] {name} = {shown} (floor {floor})", highlight=False)
    if failed:
        raise typer.Exit(EXIT_BELOW_FLOOR)


def schema() -> None:
    """Print the JSON Schema of the output record."""
    sys.stdout.write(files("core").joinpath("schema.json").read_text(encoding="utf-8"))


_LABEL_STYLE = {"B": "green", "T": "bold magenta", "C": "cyan", "A": "yellow", "M": "blue", "X": "dim red"}


def show(
    file: Annotated[Path, typer.Argument(help="One page dump (text, HTML, .gz).", show_default=False,
                                         metavar="FILE")],
    tokenize: Annotated[bool, typer.Option("--tokenize/--no-tokenize",
                                           help="Also word-segment, and show each sentence's tokens.")] = False,
    keep_tone: Annotated[bool, typer.Option("--keep-tone", help="Keep the source's tone placement.")] = False,
) -> None:
    """Process one dump and show the record and every line with the class it was given."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from cli.console import err, out
    from core.config import RunConfig
    from core.pipeline import inspect_document
    from core.record import Reject
    from core.sources import SourceFile, read_source
    from core.tokenize import Tokenizer

    if not file.is_file():
        err.print(f"[red]error:[/] not a file: {file}")
        raise typer.Exit(EXIT_USAGE)
    config = RunConfig(inputs=(str(file),), output="-", keep_tone=keep_tone, tokenize=tokenize)
    doc = read_source(SourceFile(str(file), file.name), config.max_bytes)
    if isinstance(doc, Reject):
        out.print(f"[red]rejected:[/] {doc.reason} ({doc.detail})")
        return
    result, cleaned = inspect_document(doc, config, Tokenizer() if tokenize else None)
    if doc.container:
        out.print(f"[bold]HTML container:[/] {doc.container}", highlight=False)
    if cleaned is not None:
        lines = Table(title="lines", show_header=True, title_justify="left", expand=True)
        lines.add_column("#", justify="right", style="dim")
        lines.add_column("class")
        lines.add_column("why", style="dim")
        lines.add_column("line", overflow="fold")
        for line in cleaned.lines:
            style = _LABEL_STYLE.get(line.label, "")
            lines.add_row(str(line.raw_index + 1), Text(line.label, style=style), line.why,
                          Text(line.text, style=style))
        out.print(lines)
    if isinstance(result, Reject):
        out.print(f"[red]rejected:[/] {result.reason} ({result.detail})")
        return
    record = result.to_dict()
    fields = Table(show_header=False, title="record", title_justify="left", expand=True)
    fields.add_column("field", style="bold")
    fields.add_column("value", overflow="fold")
    for key in ("id", "title", "published", "section", "authors", "captions", "meeting", "statistics", "quality"):
        value = record.get(key)
        shown = value if isinstance(value, str) else orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
        fields.add_row(key, shown)
    fields.add_row("source", orjson.dumps(record["source"]).decode())
    out.print(fields)
    out.print(Panel(record["text"], title="text"))
    sentences = Table(title="sentences" + (" and tokens" if tokenize else ""), title_justify="left", expand=True,
                      show_lines=tokenize)
    sentences.add_column("#", justify="right", style="dim")
    sentences.add_column("sentence" + (" / tokens" if tokenize else ""), overflow="fold")
    tokens = record.get("tokens") or []
    for index, sentence in enumerate(record.get("sentences") or []):
        shown = Text(sentence)
        if tokenize and index < len(tokens):
            shown.append("\n" + " | ".join(tokens[index]), style="cyan")
        sentences.add_row(str(index), shown)
    out.print(sentences)
