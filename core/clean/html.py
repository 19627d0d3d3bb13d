"""HTML pages → the same lines a plain dump has, plus the page's own metadata.

selectolax's Lexbor engine parses; scripts, styles, forms, navigation, hidden elements and
comments are removed; block elements become lines, inline ones join their line. The
lines then go through the same classifier as plain dumps, so one chrome table serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.clean.dates import parse_stamp_line

_REMOVE = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "input", "textarea", "nav", "aside", "footer", "head",
    "[hidden]", "[aria-hidden=true]", "[style*='display:none']", "[style*='display: none']",
)
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "figure",
    "figcaption", "blockquote", "pre", "address", "br", "hr", "center", "caption", "body",
    "html", "time",
})
_TITLE_SEP_RE = re.compile(r"\s+[|\-–—:»]\s+[^|\-–—:»]{2,60}$")


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: str | None


def html_to_text(html: str) -> Page:
    from selectolax.lexbor import LexborHTMLParser  # only HTML input pays for the import

    tree = LexborHTMLParser(html)
    title = _meta(tree, "meta[property='og:title']") or _first_text(tree, "h1")
    if not title:
        page_title = _first_text(tree, "title")
        title = _TITLE_SEP_RE.sub("", page_title) if page_title else None
    published = None
    for selector in (
        "meta[property='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
    ):
        value = _meta(tree, selector)
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            published = value[:25]
            break
    if published is None:
        node = tree.css_first("time[datetime]")
        value = node.attributes.get("datetime") if node is not None else None
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            published = value[:25]
        elif node is not None:
            stamp = parse_stamp_line(node.text(strip=True))
            published = stamp.iso if stamp else None
    for selector in _REMOVE:
        for node in tree.css(selector):
            node.decompose()
    root = tree.body or tree.root
    return Page(_block_text(root) if root is not None else "", title or None, published)


def _meta(tree: object, selector: str) -> str | None:
    node = tree.css_first(selector)  # type: ignore[attr-defined]
    if node is None:
        return None
    value = node.attributes.get("content")
    return value.strip() if value and value.strip() else None


def _first_text(tree: object, selector: str) -> str | None:
    node = tree.css_first(selector)  # type: ignore[attr-defined]
    if node is None:
        return None
    text: str = node.text(separator=" ", strip=True)
    return text or None


def _block_text(root: object) -> str:
    """Walk the tree without recursion (pages nest deeply): blocks break lines."""
    lines: list[str] = []
    current: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            if tag in _BLOCKS and current:
                lines.append(" ".join(current))
                current = []
            continue
        if tag == "-text":
            text = node.text_content  # type: ignore[attr-defined]
            if text and text.strip():
                current.append(text.strip())
            continue
        if tag in ("-comment", "_comment", "!comment"):
            continue
        if tag in _BLOCKS and current:
            lines.append(" ".join(current))
            current = []
        stack.append((node, True))
        children = []
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)
