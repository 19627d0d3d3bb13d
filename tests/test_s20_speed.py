"""The compiled patterns kept between runs (core/regex_cache.py): what the file serves is what
`re.compile` makes."""

from __future__ import annotations

import re
import sys

import pytest

import core.pipeline  # noqa: F401  (the cleaning rules: their patterns go through the cache)
from core import regex_cache
from core.extract import meetings
from core.patterns import _word_alternation, compile_led, first_characters, word_alternation

SENTENCE = ("Sáng 23/6, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ chủ trì Hội nghị sơ kết 6 tháng đầu năm 2017 "
            "của Ban Chỉ đạo, với sự tham dự của 120 đại biểu.")


@pytest.fixture
def scratch(monkeypatch: pytest.MonkeyPatch, tmp_path):  # type: ignore[no-untyped-def]
    """An empty cache writing to a file of its own."""
    monkeypatch.setattr(regex_cache, "_PATH", tmp_path / "regex.marshal")
    for table in ("_kept", "_new", "_built", "_strings", "_new_strings"):
        monkeypatch.setattr(regex_cache, table, {})
    monkeypatch.setattr(regex_cache, "_strings_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "regex.marshal"


def test_served_only_inside_the_block() -> None:
    """Importing the rules leaves `re.compile` the standard library's own: only the rule packages'
    imports, inside `serving()`, go through the file."""
    assert re.compile is regex_cache._plain_compile
    with regex_cache.serving():
        assert re.compile is regex_cache._compile
        with regex_cache.serving():  # a rule package imported by another's import
            assert re.compile is regex_cache._compile
        assert re.compile is regex_cache._compile
    assert re.compile is regex_cache._plain_compile


def test_compiler_put_back_on_error() -> None:
    with pytest.raises(ImportError), regex_cache.serving():
        raise ImportError("a rule module that fails to import")
    assert re.compile is regex_cache._plain_compile


def test_rule_patterns_as_plain() -> None:
    """The meeting rules' patterns (served from the file after the first run) match as a plain
    compile of the same pattern does."""
    patterns = [v for v in vars(meetings).values() if isinstance(v, re.Pattern)]
    assert len(patterns) > 100
    for pattern in patterns:
        plain = regex_cache._plain_compile(pattern.pattern, pattern.flags)
        assert (pattern.groups, pattern.groupindex) == (plain.groups, plain.groupindex)
        ours = [m.span() for m in pattern.finditer(SENTENCE)] + [m.span() for m in pattern.finditer(SENTENCE.lower())]
        theirs = [m.span() for m in plain.finditer(SENTENCE)] + [m.span() for m in plain.finditer(SENTENCE.lower())]
        assert ours == theirs, pattern.pattern[:80]


def test_saved_and_read_back(scratch) -> None:  # type: ignore[no-untyped-def]
    pattern = r"(?P<part>sáng|chiều)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})"
    first = regex_cache._compile(pattern, re.IGNORECASE)
    assert first is regex_cache._compile(pattern, re.IGNORECASE)  # handed out again, as `re`'s cache does
    regex_cache.save()
    assert scratch.exists() and not regex_cache._new
    # a later run: the file read, the pattern built from it
    regex_cache._kept.clear()
    regex_cache._built.clear()
    regex_cache._load()
    assert (True, pattern, re.IGNORECASE.value) in regex_cache._kept
    again = regex_cache._compile(pattern, re.IGNORECASE)
    assert again is not first and not regex_cache._new
    assert again.flags == first.flags and again.groupindex == first.groupindex
    assert again.search(SENTENCE).group("part", "d", "m") == ("Sáng", "23", "6")  # type: ignore[union-attr]


def test_other_build_not_read(scratch, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    regex_cache._compile(r"họp\s+báo")
    regex_cache.save()
    regex_cache._kept.clear()
    monkeypatch.setattr(regex_cache, "_BUILD", ("another Python",))
    regex_cache._load()
    assert not regex_cache._kept


def test_bad_entry_compiled_as_usual(scratch) -> None:  # type: ignore[no-untyped-def]
    key = (True, r"kỳ\s+họp", 0)
    regex_cache._kept[key] = (0, b"\x00\x00\x00\x00", 0, {}, (None,))  # opcodes the engine refuses
    assert regex_cache._compile(r"kỳ\s+họp").search("Kỳ họp thứ 3 kỳ  họp") is not None
    assert key not in regex_cache._kept


def test_bytes_and_compiled_patterns() -> None:
    assert regex_cache._compile(rb"\d+").findall(b"a 12 b 3") == [b"12", b"3"]
    compiled = regex_cache._compile(r"\w+")
    assert regex_cache._compile(compiled) is compiled


def test_remembered_strings(scratch) -> None:  # type: ignore[no-untyped-def]
    """The pattern strings built from the tables come back the same from the file."""
    words = ["hội nghị", "hội thảo", "họp báo", "Lễ", "kỳ họp"]
    built = word_alternation(words)
    assert built == _word_alternation(set(words))
    pattern = r"(?:sáng|chiều)\s+nay"
    assert compile_led(pattern).pattern == f"(?=[{first_characters(pattern)}])(?:{pattern})"
    regex_cache.save()
    regex_cache._strings.clear()
    regex_cache._load()
    assert regex_cache._strings[("word_alternation", *sorted(words))] == built
    assert word_alternation(reversed(words)) == built and not regex_cache._new_strings
    assert compile_led(pattern).search("Chiều nay, tại Hà Nội") is None  # (no IGNORECASE)
    assert compile_led(pattern).search("chiều nay, tại Hà Nội") is not None


def test_no_file_where_python_writes_no_bytecode(scratch, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """PYTHONDONTWRITEBYTECODE (or `-B`) keeps the cache file out of the tree, as it keeps the bytecode."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regex_cache._compile(r"(?P<y>\d{4}) không ghi")
    regex_cache.save()
    assert not scratch.exists() and regex_cache._new
