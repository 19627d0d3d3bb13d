"""The rules' compiled regular expressions, kept between runs as Python keeps bytecode.

The rule modules compile about 800 patterns when imported, many of them long alternations of
Vietnamese phrases built from the tables, and Python's regex compiler is written in Python
(`re._parser`, `re._compiler`): with the building of those pattern strings, 2.1 of the 2.6 billion
instructions a `vnmeet process` spent before its first article (as many as 150 articles take),
paid again by every process and every worker. What the compiler makes of a pattern, the opcodes
`_sre.compile` takes, depends only on the pattern, its flags and the Python build; it is kept in a
file beside the bytecode (`__pycache__/regex.cpython-311.marshal`), and a pattern found there is
built from it directly, the same pattern object `re.compile` makes. The pattern strings built
from the tables are kept there too (`remembered`).

Only `re.compile` is served, and only inside `serving()`, the block in which the rule packages
(core.pipeline's cleaning modules, core.extract) import their modules: the rules call it at
import, never while reading an article (where the patterns built from an article's words go
through `re.search` and the like, and `re`'s own cache). Outside the block `re.compile` is the
standard library's own: importing `core` changes nothing in `re` for anyone else. A pattern not
in the file (a new rule, another Python) is compiled as usual and the file written again when
the block ends. Anything unexpected (no such private module, a file of another build, a folder not
writable) falls back to plain `re.compile`: the cost is the speed, never the matches.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # the compiler `re.compile` runs (private, the same shape since Python 2; see the fallback above)
    import _sre  # type: ignore[import-not-found,unused-ignore]
    from re import _compiler as sre_compile  # type: ignore[attr-defined,unused-ignore]
    from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    try:
        import _sre  # type: ignore[import-not-found,unused-ignore]
        import sre_compile  # type: ignore[no-redef,unused-ignore]
        import sre_parse  # type: ignore[no-redef,unused-ignore]
    except ImportError:
        _sre = sre_compile = sre_parse = None

_PATH = Path(__file__).parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.marshal"
# What the opcodes depend on besides the pattern: a file written by another build is not read.
_BUILD = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), sys.maxunicode)
_CODE_TYPE = "I" if getattr(_sre, "CODESIZE", 4) == 4 else "Q"  # the C type of an opcode (SRE_CODE)
# An edit leaves its old pattern in the file: past this many (about 5 times the rules' own), the
# file starts over from the patterns of the run that writes it.
MAX_KEPT = 4000

_Key = tuple[bool, "str | bytes", int]  # (a str pattern, the pattern, its flags)
# `_sre.compile`'s arguments after the pattern, the opcodes as the bytes of an array of C ints
# (read as a Python list of ints, 300,000 of them, the file would take longer to read than to compile)
_Entry = tuple[int, bytes, int, dict[str, int], tuple["str | None", ...]]
_kept: dict[_Key, _Entry] = {}  # the file's
_new: dict[_Key, _Entry] = {}  # compiled here, not in the file
_built: dict[_Key, Any] = {}  # the pattern objects made, handed out again as `re`'s own cache does
# The pattern strings the rules build from their tables, by what they are built from (`remembered`)
_strings: dict[tuple[Any, ...], str | None] = {}
_new_strings: dict[tuple[Any, ...], str | None] = {}
_strings_used: set[tuple[Any, ...]] = set()
_plain_compile = re.compile


def _load() -> None:
    try:
        with _PATH.open("rb") as f:
            build, entries, strings = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return
    if build == _BUILD and isinstance(entries, dict) and isinstance(strings, dict):
        _kept.update(entries)
        _strings.update(strings)


def remembered(key: tuple[Any, ...], make: Callable[[], str | None]) -> str | None:
    """`make()`, a pattern string built from `key` alone (a prefix tree of a table's words, the
    characters a pattern opens on), kept in the file with the compiled patterns: building
    them takes a third of what compiling did."""
    if key in _strings:
        _strings_used.add(key)
        return _strings[key]
    if key not in _new_strings:
        _new_strings[key] = make()
    return _new_strings[key]


def _compile(pattern: Any, flags: Any = 0) -> Any:
    """`re.compile`, from the file where the pattern is in it."""
    if not isinstance(pattern, (str, bytes)) or int(flags) & re.DEBUG or len(_built) >= MAX_KEPT:
        return _plain_compile(pattern, flags)  # (a compiled pattern: re.compile's own checks and result)
    key = (isinstance(pattern, str), pattern, int(flags))
    built = _built.get(key)
    if built is not None:
        return built
    entry = _kept.get(key)
    if entry is None:
        # what `re._compiler.compile` hands `_sre.compile`
        parsed = sre_parse.parse(pattern, key[2])
        code = array(_CODE_TYPE, sre_compile._code(parsed, key[2])).tobytes()
        names = parsed.state.groupdict
        by_index: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            by_index[index] = name
        entry = (key[2] | parsed.state.flags, code, parsed.state.groups - 1, dict(names), tuple(by_index))
        _new[key] = entry
    try:
        all_flags, opcodes, groups, group_index, index_group = entry
        built = _sre.compile(pattern, all_flags, array(_CODE_TYPE, opcodes).tolist(), groups, group_index, index_group)
    except Exception:  # an entry the engine refuses (or a damaged file's): compiled as usual
        _kept.pop(key, None)
        _new.pop(key, None)
        return _plain_compile(pattern, flags)
    _built[key] = built
    return built


def save() -> None:
    """Write the file again when patterns were compiled that it lacks. Not where Python writes no
    bytecode either (PYTHONDONTWRITEBYTECODE, `-B`): the file sits beside the bytecode, and whoever
    keeps their tree free of it keeps it free of this file too."""
    if (not _new and not _new_strings) or sys.dont_write_bytecode:
        return
    entries, strings = {**_kept, **_new}, {**_strings, **_new_strings}
    if len(entries) > MAX_KEPT or len(strings) > MAX_KEPT:  # the patterns of this run only
        entries = {key: entry for key, entry in entries.items() if key in _built}
        strings = {key: made for key, made in strings.items() if key in _strings_used or key in _new_strings}
    _kept.clear()
    _kept.update(entries)
    _new.clear()
    _strings.clear()
    _strings.update(strings)
    _new_strings.clear()
    temporary = _PATH.with_name(f"{_PATH.name}.{os.getpid()}")
    try:
        _PATH.parent.mkdir(exist_ok=True)
        with temporary.open("wb") as f:
            marshal.dump((_BUILD, entries, strings), f)
        os.replace(temporary, _PATH)  # (workers write at once: each file whole)
    except OSError:
        temporary.unlink(missing_ok=True)


_can_serve = sre_compile is not None and hasattr(sre_compile, "_code")
_loaded = False


@contextmanager
def serving() -> Iterator[None]:
    """`re.compile` served from the file while the block runs, and only then: the packages that
    hold the rules import their modules inside it, so that nothing else (the standard library,
    the libraries vnmeet uses, a program that imports `core`) ever goes through this module.
    Nested blocks (a rule package imported by another's import) serve once; the outer block
    puts the compiler back and writes the file."""
    global _loaded
    if not _can_serve or re.compile is _compile:
        yield
        return
    if not _loaded:
        _load()
        _loaded = True
    outside = re.compile
    re.compile = _compile
    try:
        yield
    finally:
        re.compile = outside
        save()
