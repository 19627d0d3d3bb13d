"""Option values converted without pydantic, exactly as Typer would convert them.

Typer (0.2x) converts every option value through a pydantic `TypeAdapter` it builds on
first use: importing pydantic and building the first adapter costs about 0.1 s on every
run, a tenth of a whole `process` run over a few hundred pages. The values a command line
holds nearly always (text, lists of text, plain decimal numbers within their bounds, an
Enum's default) are converted here to what the adapter returns; any other value (a
malformed or out-of-range number, a choice or a flag given as text, a path) goes to
Typer's own adapter, built then, so that errors read exactly as Typer writes them.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, get_args, get_origin

# Numbers written plainly: no sign, no leading zero, no underscore, no exponent, few
# enough digits that Python and pydantic read them alike.
_PLAIN_INT_RE = re.compile(r"(?:0|[1-9][0-9]{0,14})")
_PLAIN_FLOAT_RE = re.compile(r"(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?")


class _Unsure:
    """The value is left to Typer's adapter."""


UNSURE: Any = _Unsure()


def plain_value(annotation: Any, info: Any, value: Any) -> Any:
    """`value` as Typer's adapter for `annotation` (with the option's `info`: bounds,
    parser) returns it, or UNSURE. Never raises: a value that might be refused is UNSURE."""
    if getattr(info, "parser", None) is not None or getattr(info, "click_type", None) is not None:
        return UNSURE
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation) or (Any,)
        if item is str and isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
            return list(value)
        return UNSURE
    if annotation is str:
        return value if type(value) is str else UNSURE
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return value if isinstance(value, annotation) else UNSURE  # a default: the member itself
    if annotation is int or annotation is float:
        return _plain_number(annotation, info, value)
    return UNSURE


def _plain_number(kind: type, info: Any, value: Any) -> Any:
    if getattr(info, "clamp", None):
        return UNSURE
    if type(value) is str:
        plain = _PLAIN_INT_RE if kind is int else _PLAIN_FLOAT_RE
        if not plain.fullmatch(value):
            return UNSURE
        number: int | float = kind(value)
    elif isinstance(value, (int, float)) and type(value) is kind:
        number = value
    else:
        return UNSURE
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if (low is not None and number < low) or (high is not None and number > high):
        return UNSURE  # refused: Typer's adapter words the error
    return number


class PlainCoercion:
    """Stands for Typer's runtime conversion of one parameter (`get_runtime_param()`):
    plain values here, the rest through Typer's adapter, built on first need."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # as Typer's RuntimeParam.coerce
            return () if param.multiple or param.nargs == -1 else None
        if self.descriptor.file_annotation is None:
            plain = plain_value(self.descriptor.annotation, self.descriptor.parameter_info, value)
            if plain is not UNSURE:
                return plain
        return self.typer().coerce(value, param=param, ctx=ctx)

    def typer(self) -> Any:
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer


def install(params: list[Any]) -> None:
    """Give each Typer parameter the plain conversion; a Typer without pydantic
    adapters (before 0.2x: Click's types) is left as it is."""
    for param in params:
        if hasattr(param, "type_descriptor") and getattr(param, "_runtime_param", False) is None:
            param._runtime_param = PlainCoercion(param.type_descriptor)
