"""The Typer app. Nothing here imports underthesea: `vnmeet --help` stays instant."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from core import __version__

app = typer.Typer(
    name="vnmeet",
    help="Clean, tokenise and extract meetings and statistics from Vietnamese news dumps.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain Click help: rendering it with rich costs 0.15 s of imports on every --help.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vnmeet {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log debug messages to stderr.", envvar="VNMEET_VERBOSE")
    ] = False,
) -> None:
    # Logging is set up before anything imports underthesea (which adds a root handler).
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _register() -> None:
    from cli import corpus, evaluate, process

    app.command("process")(process.process)
    app.command("evaluate")(evaluate.evaluate)
    app.command("dedup")(corpus.dedup)
    app.command("stats")(corpus.stats)
    app.command("report")(corpus.report)
    app.command("export")(corpus.export)
    app.command("schema")(evaluate.schema)
    app.command("show")(evaluate.show)


_register()


def main() -> None:
    app()
