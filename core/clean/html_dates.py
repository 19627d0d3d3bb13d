"""Publication dates an HTML page shows but does not tag: the text of `<time>` and of the
elements named as datelines (`class="date"`, `post-meta`, `published`…), read in the
forms foreign pages write (`November 18, 2019`, `18 de novembro de 2019`, `18. November
2019`, `2019-11-18`); numeric day/month/year forms go to the Vietnamese stamp parser
(dates.py), which reads them day first as Vietnamese pages write them.
"""

from __future__ import annotations

import re
from typing import Any

from core.clean.dates import parse_stamp_line

# Month names and their common abbreviations, as datelines write them: English, French,
# German, Spanish, Portuguese, Italian, Dutch.
MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier januar enero janeiro gennaio januari",
    "february feb février fevrier februar febrero fevereiro febbraio februari",
    "march mar mars märz maerz marzo março marco maart",
    "april apr avril abril aprile",
    "may mai mayo maio maggio mei",
    "june jun juin juni junio junho giugno",
    "july jul juillet juli julio julho luglio",
    "august aug août aout agosto augustus",
    "september sep sept septembre septiembre setembro settembre",
    "october oct octobre oktober octubre outubro ottobre",
    "november nov novembre noviembre novembro",
    "december dec décembre decembre dezember diciembre dezembro dicembre",
), start=1):
    for _name in _names.split():
        MONTH_NUMBERS.setdefault(_name, _number)
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# `November 18, 2019`, `Nov. 18th 2019`; `18 November 2019`, `18. November 2019`,
# `18 de novembro de 2019`; ISO `2019-11-18`.
_MONTH_FIRST_RE = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE)
_DAY_FIRST_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})",
                           re.IGNORECASE)
_ISO_RE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
# Class and id words of the elements that show a page's date.
DATELINE_SELECTOR = ", ".join((
    "[class*=date i]", "[id*=date i]", "[class*=publish i]", "[class*=posted i]", "[class*=dateline i]",
    "[class*=byline i]", "[class*=post-meta i]", "[class*=entry-meta i]", "[class*=article-meta i]",
    "[class*=timestamp i]",
))
MAX_DATELINES = 12  # elements read, in page order: the article's own date comes early
MAX_DATELINE_CHARS = 200  # longer text is a box of several dates (a news list), not a dateline


def date_in_text(text: str) -> str | None:
    """`YYYY-MM-DD` of the first date `text` writes with a month name or in ISO form, or of
    a Vietnamese stamp line."""
    found: list[tuple[int, str]] = []
    for match in _MONTH_FIRST_RE.finditer(text):
        found.append((match.start(), _iso(match.group(3), MONTH_NUMBERS[match.group(1).lower()], match.group(2))))
        break
    for match in _DAY_FIRST_RE.finditer(text):
        found.append((match.start(), _iso(match.group(3), MONTH_NUMBERS[match.group(2).lower()], match.group(1))))
        break
    for match in _ISO_RE.finditer(text):
        found.append((match.start(), _iso(match.group(1), int(match.group(2)), match.group(3))))
        break
    valid = sorted((at, iso) for at, iso in found if iso)
    if valid:
        return valid[0][1]
    stamp = parse_stamp_line(text)
    return stamp.iso if stamp else None


def dateline_date(tree: Any) -> str | None:
    """The date of the first dateline element that writes one."""
    seen = 0
    for node in tree.css(DATELINE_SELECTOR):
        text = node.text(deep=True, separator=" ", strip=True)
        if not text or len(text) > MAX_DATELINE_CHARS:
            continue
        found = date_in_text(text)
        if found:
            return found
        seen += 1
        if seen >= MAX_DATELINES:
            break
    return None


def _iso(year: str, month: int, day: str) -> str:
    y, d = int(year), int(day)
    if not (1990 <= y <= 2100 and 1 <= month <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{month:02d}-{d:02d}"
