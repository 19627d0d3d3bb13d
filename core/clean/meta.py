"""Reading the article's metadata off its lines: bylines, section labels, captions."""

from __future__ import annotations

import re

# Prefixes a byline carries before the names; removed (RECORD.md: `Tin và ảnh:`, `Bài, ảnh:`).
_CREDIT_WORD = r"(?:tin|bài|ảnh|video|clip|đồ họa|thực hiện|nhóm pv|pv|ctv)"
BYLINE_PREFIX_RE = re.compile(
    rf"^\s*(?:{_CREDIT_WORD}(?:\s*(?:,|và|-|/|&|\+)\s*{_CREDIT_WORD})*|tác giả|người viết|"
    r"phóng viên|nhóm phóng viên|biên tập|by|bài viết)\s*[:：]\s*",
    re.IGNORECASE,
)
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:[-–—,;/&|]|\bvà\b)\s*")
_NAME_SEPARATORS = "-–—,;/&|"


def split_names(text: str) -> list[str]:
    """`text` cut at the separators of a byline's names. Most lines hold none: they are
    found out by a look for each character, which is much cheaper than the split pattern
    (its leading white-space run is tried at every position)."""
    if "và" in text or any(ch in text for ch in _NAME_SEPARATORS):
        return _BYLINE_SPLIT_RE.split(text)
    return [text]


_PARENTHESIS_RE = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
# A name's word: capitalised letters, maybe a dotted initial or an apostrophe.
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’.]*\.?")
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "la", "le", "da", "di", "bin", "al"})
# English function words: a line of them in title case (`The Tour Dates`) is a heading,
# not a name (none of them is a Vietnamese syllable that names a person).
_NOT_NAME_WORDS = frozenset({
    "the", "of", "and", "for", "with", "from", "this", "that", "these", "your", "our", "how", "what",
    "why", "when", "where", "who", "is", "are", "will", "all", "about", "more", "most", "new",
})


def _is_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        if not _NAME_WORD_RE.fullmatch(word) or word.lower() in _NOT_NAME_WORDS:
            return False
        if not word[0].isupper() and word.lower() not in _NAME_PARTICLES:
            return False
    return True


def parse_byline(line: str) -> tuple[list[str], bool] | None:
    """The names in a byline and whether it had a credit prefix; None if it is not one.

    `Tin, ảnh: Phương Thảo - Quang Huy` → (["Phương Thảo", "Quang Huy"], True).
    """
    text = line.strip().rstrip(".")
    labelled = False
    prefix = BYLINE_PREFIX_RE.match(text)
    if prefix:
        text = text[prefix.end() :]
        labelled = True
    if "(" in text or "[" in text:
        text = _PARENTHESIS_RE.sub(" ", text)
    text = text.strip()
    if not text or len(text) > 80:
        return None
    names: list[str] = []
    for part in split_names(text):
        words = part.split()
        if not words:
            continue
        if not _is_name(words) or (not labelled and len(words) < 2):
            return None
        names.append(" ".join(words))
    if not names or len(names) > 6:
        return None
    return names, labelled


_BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:[>»›/|]|&gt;)\s*")


def section_from_breadcrumb(line: str) -> str | None:
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(line) if p.strip()]
    return parts[-1].strip() if len(parts) >= 2 else None


# Labels a caption may start with; the label is not part of the caption.
CAPTION_PREFIX_RE = re.compile(r"^\s*(?:ảnh|hình|hình ảnh|photo|ảnh minh họa)\s*[:：]\s*", re.IGNORECASE)


def caption_text(line: str) -> str:
    return CAPTION_PREFIX_RE.sub("", line).strip()
