"""Patterns led by the characters a match can open on.

Python's regex engine skips ahead to a pattern's first character only when the pattern opens on
a literal or a character class. A pattern that opens on a look-behind, an optional group or an
alternation of groups (`(?:(?P<part>sáng|trưa|…)\\s+)?(?:ngày\\s+)?(?P<d>\\d{1,2})…`) is tried
whole at every position of every sentence. `compile_led` reads the parsed pattern for the set of
characters any match must open on and puts them in front as a look-ahead: positions that open on
another character then fail at once (3× faster over baomoi for the meeting-date pattern), and the
matches are the same, since the look-ahead only refuses positions no match can start at. The set is
derived from the pattern itself, so a branch added later widens it; where the pattern can open on
any character (or match the empty string, or set flags inside), it is compiled as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from core import regex_cache
from core.clean.alternation import trie_pattern

try:  # the parser the engine compiles with (private, but stable since Python 2; a miss only costs speed)
    from re import _constants as sre  # type: ignore[attr-defined,unused-ignore]
    from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef,unused-ignore]
    import sre_parse  # type: ignore[no-redef,unused-ignore]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


class _AnyCharacter(Exception):
    """A match may open on any character (or the parse holds something not read here)."""


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class holding every character a match of `pattern` can open on,
    or None when that is any character."""
    try:
        fragments, nullable = _sequence(sre_parse.parse(pattern, flags))
    except _AnyCharacter:
        return None
    if nullable or not fragments:
        return None  # the empty match opens anywhere
    return "".join(sorted(fragments))


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, led by a look-ahead of its first characters where they are
    fewer than any (the groups keep their numbers: the pattern is wrapped in a non-capturing group)."""
    opening = regex_cache.remembered(("first_characters", pattern, int(flags)), lambda: first_characters(pattern, flags))
    if opening is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{opening}])(?:{pattern})", flags)


def word_alternation(words: Iterable[str]) -> str:
    """A pattern (no top-level `|`) matching any of `words`, the longest first where several
    match at one place, the same preference as the words joined longest first. Written as a prefix
    tree (core.clean.alternation): the event nouns, title words and units are searched in every
    sentence, and an alternation of a few hundred words costs a try of each at every place.
    Words with an upper-case letter (or a lower-case one with two upper-case forms, `ı`, `ſ`) are
    joined as they are: a pattern may be compiled with re.IGNORECASE, where two branches of the
    tree that differ in case only would both match, and the shorter might win."""
    distinct = set(words)
    # (built once, then read from the file the compiled patterns are kept in: core/regex_cache.py)
    return regex_cache.remembered(("word_alternation", *sorted(distinct)), lambda: _word_alternation(distinct)) or ""


def _word_alternation(distinct: set[str]) -> str:
    if all(ch.upper().lower() == ch for word in distinct for ch in word):
        return trie_pattern(distinct)
    return "|".join(re.escape(w) for w in sorted(distinct, key=len, reverse=True))


def _sequence(items: Any) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether it can match nothing."""
    found: set[str] = set()
    for op, av in items:
        fragments, nullable = _item(op, av)
        found |= fragments
        if not nullable:
            return found, False
    return found, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _class(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in av[1]:
            fragments, empty = _sequence(branch)
            found |= fragments
            nullable = nullable or empty
        return found, nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:  # `(?i:…)` inside: the look-ahead would not share its case rule
            raise _AnyCharacter
        return _sequence(body)
    if op in _REPEATS:
        low, _high, body = av
        fragments, nullable = _sequence(body)
        return fragments, nullable or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    raise _AnyCharacter  # ANY, NOT_LITERAL, a group reference, a conditional


def _class(items: Any) -> set[str]:
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            found.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:  # NEGATE, a line-break category, anything else
            raise _AnyCharacter
    return found


# The characters `openers_after_space` answers for: ASCII, Latin-1, Latin Extended-A and B, and Latin Extended
# Additional (every letter of Vietnamese). A gate lets any other character through to the regex engine.
CHECKED_OPENERS = "".join(chr(c) for a, b in ((0x00, 0x24F), (0x1E00, 0x1EFF)) for c in range(a, b + 1))


def openers_after_space(regex: re.Pattern[str]) -> str | None:
    """The characters of CHECKED_OPENERS that can stand first after the white space `regex` opens on (`\\s*`, `\\s+`,
    ` ?`, or none) in a match: a text whose first character past its white space is another checked one cannot match.
    None where that is not known (what follows the white space may open on white space itself, on any character or on
    nothing, or sets flags of its own). Read from the parsed pattern, as `compile_led` reads its look-ahead, and the
    characters found with the pattern's own class and flags, so that case folding is the engine's."""
    return regex_cache.remembered(("openers_after_space", regex.pattern, int(regex.flags)),
                                  lambda: _openers_after_space(regex.pattern, regex.flags))


def _openers_after_space(pattern: str, flags: int) -> str | None:
    items = list(sre_parse.parse(pattern, flags))
    k = 0
    while k < len(items) and _space_only(*items[k]):
        k += 1
    try:
        fragments, nullable = _sequence(items[k:])
    except _AnyCharacter:
        return None
    if nullable or not fragments:
        return None
    opening = re.compile(f"[{''.join(sorted(fragments))}]", flags)
    if opening.search(_white_space()):
        return None
    return "".join(opening.findall(CHECKED_OPENERS))


@functools.cache
def _white_space() -> str:
    """Every character `\\s` matches (`str.isspace`). Listed once, when first asked for (a run whose
    patterns all come from the cache never asks): the scan of all 1.1 million code points takes a
    tenth of a second, once paid for each of the 20 patterns that `openers_after_space` reads anew."""
    return "".join(chr(c) for c in range(0x110000) if chr(c).isspace())


def _space_only(op: Any, av: Any) -> bool:
    """A parsed item that matches white space and nothing else (`\\s`, ` `, `\\s*`, `\\s+`, ` ?`)."""
    if op in _REPEATS:
        body = list(av[2])
        return len(body) == 1 and _space_only(*body[0])
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(o is sre.CATEGORY and a is sre.CATEGORY_SPACE for o, a in av) or all(
            o is sre.LITERAL and chr(a).isspace() for o, a in av)
    return False


def letter_led(alternatives: list[str], after: str = "") -> str:
    r"""`(?<!\w)(?:A|B|…)` + `after` for literal `alternatives`, written so that every branch opens on its first
    character, the look-behind read right after it (`c(?<!\wc)`): the regex engine then skips from one of those
    characters to the next in C, where a pattern that opens on a look-behind or a look-ahead (`compile_led`) is tried
    at every character. The alternatives of one first character keep their order after it (and those of different
    first characters cannot both match at one place), so that the same one is tried first and the matches are the
    same; `after` is read after the whole. For a pattern compiled without IGNORECASE (the engine's skip needs literal
    first characters)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    branches = []
    for first, rests in groups.items():
        letter = re.escape(first)
        branches.append(letter + r"(?<!\w" + letter + ")(?:" + "|".join(re.escape(rest) for rest in rests) + ")")
    return "(?:" + "|".join(branches) + ")" + after
