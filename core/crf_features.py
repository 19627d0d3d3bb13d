"""underthesea's CRF feature templates, computed a column at a time.

underthesea's word segmenter spends about 60 % of its time in `CRFFeaturizer.process`
(underthesea_core): for every token it formats 43 attribute strings such as
`T[-1,0].lower=hà nội` one template at a time, 25-30 µs a token here. The templates
only ever look at a window of tokens, so the same strings can be built per template over
a whole sentence with list comprehensions (each distinct token's one-token attributes
cached, each span lowered and looked up in the dictionary once), then zipped into
per-token rows: the identical attribute lists, about 5 µs a token. The CRF tagger that
scores them is still underthesea's.

`compile_templates` understands the template language underthesea's word-segmentation
model uses (`T[o1]` or `T[o1,o2]`, column 0, functions lower, isdigit, istitle,
is_in_dict, with underthesea_core's semantics: `isdigit` is "parses as a 32-bit integer",
`istitle` is "every space-separated part starts with a character that upper-cases to
itself"). Any other template returns None and the caller keeps underthesea's featurizer;
so do sentences with a token it would not accept (empty, or with an empty part).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TypeVar

_TEMPLATE_RE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_I32_RE = re.compile(r"[+-]?[0-9]+")
_I32_MIN, _I32_MAX = -(2**31), 2**31 - 1

Featurize = Callable[[list[str]], list[tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class Template:
    name: str  # the template as written, the prefix of every attribute it makes
    first: int  # offset of the span's first token from the current one
    last: int  # offset of its last token
    function: str | None

    @property
    def width(self) -> int:
        return self.last - self.first + 1


def parse_template(name: str) -> Template | None:
    m = _TEMPLATE_RE.fullmatch(name)
    if m is None:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) is not None else first
    if last < first:
        return None
    return Template(name, first, last, m.group(3))


def _parses_as_i32(text: str) -> bool:
    return _I32_RE.fullmatch(text) is not None and _I32_MIN <= int(text) <= _I32_MAX


def _starts_upper(part: str) -> bool:
    head = part[0]
    return head == head.upper()


def compile_templates(names: list[str], dictionary: Collection[str]) -> Featurize | None:
    """A function from a sentence's tokens to their attribute lists, or None when a
    template is outside the language described above."""
    templates = [parse_template(name) for name in names]
    if not templates or any(t is None for t in templates):
        return None
    parsed: list[Template] = [t for t in templates if t is not None]
    lookup = dictionary if isinstance(dictionary, (set, frozenset)) else frozenset(dictionary)
    single = [t for t in parsed if t.width == 1]
    slot = {t.name: k for k, t in enumerate(single)}
    tokens_seen = _TokenAttributes(single, lookup)
    widths = sorted({t.width for t in parsed if t.width > 1})

    def featurize(tokens: list[str]) -> list[tuple[str, ...]]:
        n = len(tokens)
        if n == 0:
            return []
        own = [tokens_seen[tok] for tok in tokens]
        # Spans longer than a token, and what the functions make of them, once each.
        text: dict[int, list[str]] = {}
        lower: dict[int, list[str]] = {}
        title: dict[int, list[bool]] = {}
        if widths:
            lowers = [attrs[-2] for attrs in own]
            titles = [attrs[-1] == "True" for attrs in own]
            for width in widths:  # zip stops at the shortest shift: the last full span
                text[width] = list(map(" ".join, zip(*_shifts(tokens, width), strict=False)))
                lower[width] = list(map(" ".join, zip(*_shifts(lowers, width), strict=False)))
                title[width] = list(map(all, zip(*_shifts(titles, width), strict=False)))
        columns: list[list[str]] = []
        for t in parsed:
            # Position i sees the span starting at i + first; before the sentence it is
            # BOS, past its end (either end of the span) EOS.
            bos = min(n, max(0, -t.first))
            valid_end = max(bos, min(n, n - t.last))
            start = bos + t.first
            stop = start + valid_end - bos
            if t.width == 1:
                k = slot[t.name]
                middle = [attrs[k] for attrs in own[start:stop]]
            else:
                prefix = t.name + "="
                fn = t.function
                if fn is None:
                    middle = [prefix + v for v in text[t.width][start:stop]]
                elif fn == "lower":
                    middle = [prefix + v for v in lower[t.width][start:stop]]
                elif fn == "is_in_dict":
                    yes, no = prefix + "True", prefix + "False"
                    middle = [yes if v in lookup else no for v in lower[t.width][start:stop]]
                elif fn == "istitle":
                    yes, no = prefix + "True", prefix + "False"
                    middle = [yes if v else no for v in title[t.width][start:stop]]
                else:  # isdigit: a span holds a space, which no integer parses with
                    middle = [prefix + "False"] * (stop - start)
            column = [t.name + "=BOS"] * bos
            column += middle
            column += [t.name + "=EOS"] * (n - valid_end)
            columns.append(column)
        return list(zip(*columns, strict=True))

    return featurize


# About 2 KB a token (23 attribute strings): a few thousand tokens cover most of a news
# text, and a worker's memory must not grow with the corpus.
TOKEN_CACHE_LIMIT = 6_000
_T = TypeVar("_T")


def _shifts(items: list[_T], width: int) -> list[list[_T]]:
    return [items[k:] for k in range(width)]


class _TokenAttributes(dict[str, tuple[str, ...]]):
    """For each token seen, the attribute string every one-token template makes of it,
    then its lower case and its title flag: a news corpus repeats its tokens endlessly."""

    def __init__(self, single: list[Template], lookup: Collection[str]) -> None:
        super().__init__()
        self._single = single
        self._lookup = lookup
        self.limit = TOKEN_CACHE_LIMIT

    def __missing__(self, token: str) -> tuple[str, ...]:
        lowered = token.lower()
        title = "True" if all(_starts_upper(part) for part in token.split(" ")) else "False"
        values = {
            None: token,
            "lower": lowered,
            "isdigit": "True" if _parses_as_i32(token) else "False",
            "istitle": title,
            "is_in_dict": "True" if lowered in self._lookup else "False",
        }
        attrs = (*(t.name + "=" + values[t.function] for t in self._single), lowered, title)
        if len(self) >= self.limit:  # bounded, so memory stays flat: emptied when full,
            self.clear()  # the frequent tokens are back within a few sentences
        self[token] = attrs
        return attrs


def accepts(tokens: list[str]) -> bool:
    """Tokens the column featurizer treats exactly as underthesea_core does: no empty
    token and no empty space-separated part (where underthesea_core would fail)."""
    return all(tok and "  " not in tok and tok[0] != " " and tok[-1] != " " for tok in tokens)
