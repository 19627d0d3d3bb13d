"""Pages nested thousands of elements deep, flattened before parsing.

An HTML5 tree builder checks the stack of open elements at every start tag (is a `<p>`
open in button scope?), so its time grows with the depth of the page times its number of
tags: 200,000 nested `<div>`s take Lexbor over a minute, while no real page needs more
than a few hundred levels. A page with many tags is scanned once, linearly, for its
depth; beyond MAX_DEPTH the opening tags of further levels and their closing tags are
left out (a block's as a line break), so their text joins the element at the deepest
level kept. Pages with fewer
tags than SCAN_FROM_TAGS cannot be deep enough to cost much and are never scanned (the
scan costs about as much as the parse).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 400  # levels of elements kept; real pages stay under a hundred
SCAN_FROM_TAGS = 4000  # fewer `<` than this: at most a few ms of nesting cost, not scanned
# Elements that never nest (void) or close themselves when a sibling opens: they do not
# deepen the tree, and counting them would make a flat page look deep.
FLAT_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
})
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_TAG_BYTES_RE = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_RAW_TEXT_NAMES = ("script", "style", "textarea", "title")
# Both spellings of each set: the page is matched as bytes or as text, as it came.
_RAW_TEXT = frozenset({*_RAW_TEXT_NAMES, *(t.encode() for t in _RAW_TEXT_NAMES)})
_FLAT = frozenset({*FLAT_TAGS, *(t.encode() for t in FLAT_TAGS)})
# Block elements: one left out becomes a line break, so that text it separated stays apart
# (a sloppy page's thousand unclosed `<div>`s); an inline one just goes.
BLOCK_TAGS = ("div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
              "table", "tbody", "blockquote", "figure", "form", "center", "h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK = frozenset({*BLOCK_TAGS, *(t.encode() for t in BLOCK_TAGS)})


def flatten_deep(html: str | bytes) -> str | bytes:
    """`html` with no element deeper than MAX_DEPTH (the same object when none is)."""
    if isinstance(html, bytes):
        if html.count(b"<") < SCAN_FROM_TAGS:
            return html
        cut = _deep_tags(_TAG_BYTES_RE.finditer(html))
        return b"".join(_pieces(html, cut, b"<br>", b"")) if cut else html
    if html.count("<") < SCAN_FROM_TAGS:
        return html
    cut = _deep_tags(_TAG_RE.finditer(html))
    return "".join(_pieces(html, cut, "<br>", "")) if cut else html


def _pieces(html: Any, cut: list[tuple[int, int, bool]], line_break: Any, nothing: Any) -> list[Any]:
    pieces = []
    at = 0
    for start, end, block in cut:
        pieces.append(html[at:start])
        pieces.append(line_break if block else nothing)
        at = end
    pieces.append(html[at:])
    return pieces


def _deep_tags(matches: Iterator[re.Match[Any]]) -> list[tuple[int, int, bool]]:
    """The spans of the tags deeper than MAX_DEPTH, and of their closing tags (adjacent
    spans merged: a deep page's cut tags stand in long runs)."""
    depth = 0
    cut: list[tuple[int, int, bool]] = []
    raw_until: Any = None  # inside <script>/<style>: tags there are text
    for match in matches:
        closing, name, self_closing = match.groups()
        tag = name.lower()
        if raw_until is not None:
            if closing and tag == raw_until:
                raw_until = None
            continue
        if tag in _RAW_TEXT:  # never nests: its text runs to its own closing tag
            raw_until = None if closing or self_closing else tag
            continue
        if tag in _FLAT or self_closing:
            continue
        if closing:
            depth -= 1
            if depth >= MAX_DEPTH:
                _add_span(cut, match.span(), tag in _BLOCK)
            elif depth < 0:
                depth = 0
            continue
        depth += 1
        if depth > MAX_DEPTH:
            _add_span(cut, match.span(), tag in _BLOCK)
    return cut


def _add_span(spans: list[tuple[int, int, bool]], span: tuple[int, int], block: bool) -> None:
    if spans and spans[-1][1] == span[0] and spans[-1][2] == block:
        spans[-1] = (spans[-1][0], span[1], block)
    else:
        spans.append((*span, block))
