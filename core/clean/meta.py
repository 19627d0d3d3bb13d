"""Reading the article's metadata off its lines: bylines, section labels, captions."""

from __future__ import annotations

import re

from core.clean.byline import _BYLINE_SPLIT_RE, BYLINE_PREFIX_RE, read_byline, split_names

__all__ = [
    "BYLINE_PREFIX_RE",
    "CAPTION_PREFIX_RE",
    "_BYLINE_SPLIT_RE",
    "caption_text",
    "parse_byline",
    "section_from_breadcrumb",
    "section_from_crumbs",
    "split_names",
]

def parse_byline(line: str) -> tuple[list[str], bool] | None:
    """The names in a byline and whether it reads as one on its own (a credit prefix, a
    source, or a staff credit without a name); None if it is not one.

    `Tin, ảnh: Phương Thảo - Quang Huy` → (["Phương Thảo", "Quang Huy"], True);
    `Theo Vnreview` → ([], True): a source credit, no author.
    """
    byline = read_byline(line)
    if byline is None:
        return None
    return list(byline.names), byline.labelled


_BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:[>»›/|]|&gt;)\s*")


def section_from_breadcrumb(line: str) -> str | None:
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(line) if p.strip()]
    return parts[-1].strip() if len(parts) >= 2 else None


# A link home, never a section (`home` alone above a headline: web14 v09).
HOME_WORDS = frozenset({"trang chủ", "home", "trang chu", "trang nhất"})
# The first crumb of a breadcrumb that is the site's home, not a section (lower case).
HOME_CRUMBS = HOME_WORDS | {"tin tức"}
MAX_CRUMBS = 4  # past the home crumb: a longer run of links is the site's menu
MAX_CRUMB_WORDS = 6


# Between crumbs: an arrow or a bar, or a slash with spaces around it (`T/h` is no breadcrumb).
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:[>»›|]|&gt;)\s*|\s+/\s+")
# Characters no section name carries.
_NOT_CRUMB_RE = re.compile(r"[\d:()\[\]\"“”?!;]")


def section_from_crumbs(line: str) -> str | None:
    """The last crumb of a breadcrumb in any separator (`Kinh tế › Tài chính`,
    `Home » Kinh doanh`, `Thời sự | Chính trị`); None when the line is not a breadcrumb."""
    if not any(ch in line for ch in ">»›/|") and "&gt;" not in line:  # most lines: a cheap gate
        return None
    parts = [p.strip() for p in _CRUMB_SPLIT_RE.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    crumbs = parts[1:] if parts[0].lower() in HOME_CRUMBS else parts
    if not 1 <= len(crumbs) <= MAX_CRUMBS:
        return None
    if any(len(c.split()) > MAX_CRUMB_WORDS or not c[0].isalpha() or _NOT_CRUMB_RE.search(c) for c in crumbs):
        return None
    return crumbs[-1]


# Labels a caption may start with; the label is not part of the caption.
CAPTION_PREFIX_RE = re.compile(r"^\s*(?:ảnh|hình|hình ảnh|photo|ảnh minh họa)\s*[:：]\s*", re.IGNORECASE)


def caption_text(line: str) -> str:
    return CAPTION_PREFIX_RE.sub("", line).strip()
