"""The Typer app. Nothing here imports underthesea: `vnmeet --help` stays instant."""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from cli import coercion
from core import __version__, compiled_extractor

# 128 + SIGPIPE: what a shell reports for `cat` when the reader of its pipe has gone.
EXIT_BROKEN_PIPE = 141


class _Group(TyperGroup):
    """The root: its option values converted without pydantic (cli/coercion.py)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        coercion.install(self.get_params(ctx))  # here: the completion and help options are added late
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="vnmeet",
    cls=_Group,
    help="Clean, tokenise and extract meetings and statistics from Vietnamese news dumps.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain Click help: rendering it with rich costs 0.15 s of imports on every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        build = "extractor compiled by mypyc" if compiled_extractor() else "pure Python"
        typer.echo(f"vnmeet {__version__}, {build}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log debug messages to stderr: per file the encoding, "
                           "the HTML container, a reject's reason and each stage's time.", envvar="VNMEET_VERBOSE")
    ] = False,
) -> None:
    """Clean, tokenise and extract meetings and statistics from Vietnamese news dumps.

    Shell completion: `vnmeet --install-completion` (bash, zsh, fish, PowerShell).
    """
    # Logging is set up before anything imports underthesea (which adds a root handler).
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if verbose:  # other libraries' chatter stays at their usual level
        for noisy in ("asyncio", "fsspec", "urllib3", "numba", "distributed", "dask", "tornado", "bokeh"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


class _WordsCommand(TyperCommand):
    """Help that names arguments by their metavar (`INPUT`, `FILE`), not by the Python
    type Typer would print beside them (`<list[str]>`, `<Path>`); option values converted
    without importing pydantic when they are plain (cli/coercion.py)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) and param.metavar:
                param.display_type_rich = lambda ctx: ""  # type: ignore[method-assign]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        coercion.install(self.get_params(ctx))
        return super().parse_args(ctx, args)


def _register() -> None:
    from cli import corpus, evaluate, process

    for name, command in (("process", process.process), ("evaluate", evaluate.evaluate), ("dedup", corpus.dedup),
                          ("stats", corpus.stats), ("report", corpus.report), ("export", corpus.export),
                          ("schema", evaluate.schema), ("show", evaluate.show)):
        app.command(name, cls=_WordsCommand)(command)


_register()


def _silence_stdout() -> None:
    """The reader of stdout has gone: point stdout at /dev/null so that the interpreter's
    last flush does not print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main() -> None:
    """`vnmeet`: a reader that stops early (`vnmeet process … -o - | head`) ends the
    command quietly with status 141, as it ends `cat`."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except SystemExit as exc:
        # Click turns a broken pipe into exit 1 after wrapping stdout so that flushing it
        # is quiet; a shell expects 141. A command that saw the pipe break itself exits
        # 141 with records still buffered: the interpreter's last flush must not complain.
        if exc.code == EXIT_BROKEN_PIPE or (exc.code == 1 and type(sys.stdout).__name__ == "_PacifyFlushWrapper"):
            _silence_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        raise
