"""Pages nested thousands of elements deep, flattened before parsing.

An HTML5 tree builder checks the stack of open elements at every start tag (is a `<p>`
open in button scope?), so its time grows with the depth of the page times its number of
tags: 200,000 nested `<div>`s take Lexbor over a minute, while no real page needs more
than a few hundred levels. A page with many tags is scanned once, linearly, for its
depth; beyond MAX_DEPTH the opening tags of further levels and their closing tags are
left out, so their text joins the element at the deepest level kept. Pages with fewer
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
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})


def flatten_deep(html: str | bytes) -> str | bytes:
    """`html` with no element deeper than MAX_DEPTH (the same object when none is)."""
    if isinstance(html, bytes):
        if html.count(b"<") < SCAN_FROM_TAGS:
            return html
        cut = _deep_tags(_TAG_BYTES_RE.finditer(html))
        return b"".join(_pieces(html, cut)) if cut else html
    if html.count("<") < SCAN_FROM_TAGS:
        return html
    cut = _deep_tags(_TAG_RE.finditer(html))
    return "".join(_pieces(html, cut)) if cut else html


def _pieces(html: Any, cut: list[tuple[int, int]]) -> list[Any]:
    pieces = []
    at = 0
    for start, end in cut:
        pieces.append(html[at:start])
        at = end
    pieces.append(html[at:])
    return pieces


def _deep_tags(matches: Iterator[re.Match[Any]]) -> list[tuple[int, int]]:
    """The spans of the tags deeper than MAX_DEPTH, and of their closing tags."""
    depth = 0
    cut: list[tuple[int, int]] = []  # spans of the tags left out
    raw_until: str | None = None  # inside <script>/<style>: tags there are text
    for match in matches:
        closing, name, self_closing = match.group(1), match.group(2), match.group(3)
        tag = (name.decode("ascii") if isinstance(name, bytes) else name).lower()
        if raw_until is not None:
            if closing and tag == raw_until:
                raw_until = None
            continue
        if tag in _RAW_TEXT:  # never nests: its text runs to its own closing tag
            raw_until = None if closing or self_closing else tag
            continue
        if tag in FLAT_TAGS or self_closing:
            continue
        if closing:
            if depth > MAX_DEPTH:
                cut.append(match.span())
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > MAX_DEPTH:
            cut.append(match.span())
    return cut
