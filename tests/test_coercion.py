"""cli/coercion.py converts option values as Typer's pydantic adapters do, or leaves them
to those adapters: the same values reach the commands, the same errors reach the user."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli import coercion
from cli.main import app

typer_coercion = pytest.importorskip("typer._coercion")
import typer._click as click  # noqa: E402
from typer.main import get_command  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _params() -> list[tuple[Any, Any]]:
    """(command, parameter) for every option and argument of every command and the root."""
    group = get_command(app)
    ctx = click.Context(group)
    out = [(group, p) for p in group.get_params(ctx)]
    for command in group.commands.values():  # type: ignore[attr-defined]
        out += [(command, p) for p in command.get_params(click.Context(command))]
    return [(c, p) for c, p in out if hasattr(p, "type_descriptor")]


PARAMS = _params()


def _outcome(convert: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        result = convert(value, param=param, ctx=ctx)
    except click.exceptions.BadParameter as exc:
        return "error", exc.format_message()
    return "value", (type(result), result)


# What a command line, an environment variable or a default puts in an option.
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12), st.from_regex(r"-?[0-9]{1,16}(\.[0-9]{0,16})?", fullmatch=True),
    st.sampled_from(["0", "1", "2", "0.0", "0.8", "1.0", "1.5", "007", "1_000", " 3", "4 ", "+2", "1e3", "inf",
                     "nan", "local", "dask", "gzip", "zstd", "true", "false", "", "10%", "-"]),
    st.lists(st.text(max_size=8), max_size=3).map(tuple),
)


@settings(max_examples=250, deadline=None)
@given(index=st.integers(0, len(PARAMS) - 1), value=VALUES)
def test_plain_conversion_is_typers(index: int, value: Any) -> None:
    command, param = PARAMS[index]
    ctx = click.Context(command)
    plain = coercion.PlainCoercion(param.type_descriptor)
    typers = typer_coercion.build_runtime_param(param.type_descriptor)
    assert _outcome(plain.coerce, value, param, ctx) == _outcome(typers.coerce, value, param, ctx)


def test_plain_values_take_the_fast_path() -> None:
    """The values of an ordinary run never reach pydantic."""
    by_name = {p.name: p for c, p in PARAMS if c.name == "process"}
    for name, value, expected in (("inputs", ("a", "b"), ["a", "b"]), ("output", "x.jsonl", "x.jsonl"),
                                  ("workers", "2", 2), ("max_bytes", 10, 10), ("dedup_threshold", "0.8", 0.8),
                                  ("min_vietnamese", 0.0, 0.0)):
        descriptor = by_name[name].type_descriptor
        assert coercion.plain_value(descriptor.annotation, descriptor.parameter_info, value) == expected
    workers = by_name["workers"].type_descriptor
    for refused in ("0", "-1", "two", "1e3"):  # Typer's adapter words the error
        assert coercion.plain_value(workers.annotation, workers.parameter_info, refused) is coercion.UNSURE


def test_process_run_never_imports_pydantic(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề\nHà Nội tổ chức hội nghị tổng kết năm với nhiều đại biểu tham dự.\n",
                                    encoding="utf-8")
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from cli.main import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'underthesea') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), "process", str(tmp_path), "-o",
                          str(tmp_path / "out.jsonl"), "--no-tokenize", "-q", "--workers", "1"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
