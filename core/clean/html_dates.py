"""Publication dates an HTML page shows but does not tag: the text of `<time>` and of the
elements named as datelines (`class="date"`, `post-meta`, `published`…), read in the
forms foreign pages write (`November 18, 2019`, `18 de novembro de 2019`, `18. November
2019`, `2019-11-18`); numeric day/month/year forms go to the Vietnamese stamp parser
(dates.py), which reads them day first as Vietnamese pages write them.
"""

from __future__ import annotations

import re
from typing import Any

from core.clean.alternation import trie_pattern
from core.clean.dates import parse_stamp_line

# Month names and their common abbreviations (`janv.`, `Okt.`, `dic.`), as datelines write them: English, French,
# German, Spanish, Portuguese, Italian, Dutch, Swedish, Danish/Norwegian, Romanian, Indonesian,
# Turkish, Hungarian, and the genitive forms a date takes in Russian, Ukrainian, Polish, Czech,
# Finnish and Greek
# (`18 ноября 2019`, `18 listopada 2019`, `18. marraskuuta 2019`). A name two languages give
# different months keeps its first (Polish `listopada`, November, not Croatian October).
MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier januar enero janeiro gennaio januari jänner ianuarie ocak января stycznia ledna tammikuuta január ιανουαρίου січня janv gen ene",
    "february feb février fevrier februar febrero fevereiro febbraio februari februarie şubat subat февраля lutego "
    "února unora helmikuuta február φεβρουαρίου лютого févr fevr fév fev",
    "march mar mars märz maerz marzo março marco maart martie maret mart марта marca března brezna maaliskuuta március μαρτίου березня mrt mär",
    "april apr avril abril aprile aprilie nisan апреля kwietnia dubna huhtikuuta április απριλίου квітня avr abr",
    "may mai mayo maio maggio mei maj mayıs mayis мая maja května kvetna toukokuuta május μαΐου μαίου травня mag",
    "june jun juin juni junio junho giugno iunie haziran июня czerwca června cervna kesäkuuta június ιουνίου червня giu",
    "july jul juillet juli julio julho luglio iulie temmuz июля lipca července cervence heinäkuuta július ιουλίου липня juil lug",
    "august aug août aout agosto augustus augusti agustus ağustos agustos августа sierpnia srpna elokuuta augusztus αυγούστου серпня ago",
    "september sep sept septembre septiembre setembro settembre septembrie eylül eylul сентября września wrzesnia "
    "září zari syyskuuta szeptember σεπτεμβρίου вересня set",
    "october oct octobre oktober octubre outubro ottobre octombrie ekim октября października pazdziernika října "
    "rijna lokakuuta október οκτωβρίου жовтня okt ott out",
    "november nov novembre noviembre novembro noiembrie kasım kasim ноября listopada listopadu marraskuuta νοεμβρίου листопада",
    "december dec décembre decembre dezember diciembre dezembro dicembre decembrie desember aralık aralik декабря "
    "grudnia prosince joulukuuta δεκεμβρίου грудня déc dez dic",
), start=1):
    for _name in _names.split():
        MONTH_NUMBERS.setdefault(_name, _number)
# A prefix tree of the names (alternation.py): an alternation of 240 names costs a try each
# wherever a search looks.
_MONTH = trie_pattern(set(MONTH_NUMBERS), ignore_case=True)
# `November 18, 2019`, `Nov. 18th 2019`, `November 20 15:23 2019`; `18 November 2019`,
# `18. November 2019`, `18 de novembro de 2019`, `18-Nov-2019`; `2019. november 18.` (Hungarian); ISO
# `2019-11-18` and its `2019/11/18`, `2019.11.18` forms; `2019年11月18日`, `2019년 11월 18일`.
_MONTH_FIRST_RE = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?\s+)?)?(\d{{4}})\b",
    re.IGNORECASE)
_DAY_FIRST_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?[\s-]+(?:de\s+)?({_MONTH})\.?,?[\s-]+(?:del?\s+)?(\d{{4}})\b", re.IGNORECASE)
_YEAR_FIRST_RE = re.compile(rf"\b(\d{{4}})\.\s+({_MONTH})\.?\s+(\d{{1,2}})\b", re.IGNORECASE)
_ISO_RE = re.compile(r"\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_CJK_RE = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Day, month and a four-digit year in figures (`18.11.2019`, `05/10/2018`, `18-11-2019`):
# read day first, as most of the world writes them, or month first when the day-first
# reading is no date (`11/18/2019`) or the page is in US English (`month_first`).
_NUMERIC_RE = re.compile(r"(?<![\w.,/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d,]|[./-]\d)")
# Class and id words of the elements that show a page's date (German `datum`, Spanish
# `fecha`; `meta` and `time` as in `entry-meta`, `post-time`, `article__time`).
DATELINE_SELECTOR = ", ".join((
    "[class*=date i]", "[id*=date i]", "[class*=publish i]", "[class*=posted i]", "[class*=dateline i]",
    "[class*=byline i]", "[class*=meta i]", "[class*=timestamp i]", "[class*=time i]", "[class*=datum i]",
    "[class*=fecha i]", "[class*=submitted i]",
))
MAX_DATELINES = 12  # elements read, in page order: the article's own date comes early
MAX_DATELINE_CHARS = 200  # longer text is a box of several dates (a news list), not a dateline


def _month_number(name: str) -> int:
    """The month a name the patterns matched says. They match ignoring case as the regex
    engine folds it, where Turkish capital `İ` is `i`; lower-cased, it keeps a combining
    dot (`NİSAN` → `ni̇san`), dropped here."""
    key = name.lower()
    return MONTH_NUMBERS.get(key) or MONTH_NUMBERS[key.replace("\u0307", "")]


def date_in_text(text: str, month_first: bool = False) -> str | None:
    """`YYYY-MM-DD` of the first date `text` writes with a month name, in ISO form or in
    figures, or of a Vietnamese stamp line."""
    found: list[tuple[int, str]] = []
    for pattern, year, month, day in _NAMED_FORMS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), _iso(match.group(year), _month_number(match.group(month)),
                                              match.group(day))))
    match = _ISO_RE.search(text)
    if match:
        found.append((match.start(), _iso(match.group(1), int(match.group(3)), match.group(4))))
    match = _CJK_RE.search(text)
    if match:
        found.append((match.start(), _iso(match.group(1), int(match.group(2)), match.group(3))))
    match = _NUMERIC_RE.search(text)
    if match:
        first, second, figures_year = match.group(1), match.group(3), match.group(4)
        day_at, month_at = (second, first) if month_first else (first, second)
        found.append((match.start(), _iso(figures_year, int(month_at), day_at) or _iso(figures_year, int(day_at), month_at)))
    valid = sorted((at, iso) for at, iso in found if iso)
    if valid:
        return valid[0][1]
    stamp = parse_stamp_line(text)
    return stamp.iso if stamp else None


# The named forms: pattern, and the groups of its year, month name and day.
_NAMED_FORMS = ((_MONTH_FIRST_RE, 3, 1, 2), (_DAY_FIRST_RE, 3, 2, 1), (_YEAR_FIRST_RE, 1, 2, 3))


def dateline_date(tree: Any, month_first: bool = False) -> str | None:
    """The date of the first dateline element that writes one."""
    seen = 0
    for node in tree.css(DATELINE_SELECTOR):
        text = node.text(deep=True, separator=" ", strip=True)
        if not text or len(text) > MAX_DATELINE_CHARS:
            continue
        # The text, else the stamp a microformat keeps in `title` (`<abbr class="published"
        # title="2019-11-18T10:00:00+01:00">Nov 18</abbr>`).
        found = date_in_text(text, month_first) or date_in_text((node.attributes.get("title") or "")[:80], month_first)
        if found and not in_comment(node):
            return found
        seen += 1
        if seen >= MAX_DATELINES:
            break
    return None


# A reader's comment (its class or id, or an enclosing element's): its date is the comment's.
_COMMENT_RE = re.compile(r"comment|binh-?luan|reply|respond", re.IGNORECASE)
COMMENT_LEVELS = 5  # the enclosing elements of a dateline looked at


def in_comment(node: Any) -> bool:
    """Whether `node` stands in a reader's comment."""
    for _ in range(COMMENT_LEVELS):
        if node is None:
            return False
        attrs = node.attributes
        if _COMMENT_RE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return True
        node = node.parent
    return False


HEADLINE_LEVELS = 3  # the headline and its enclosing elements whose neighbours are read
HEADLINE_NEIGHBOURS = 4  # elements read on each side of each of them
# Prose: a dateline is short, and the article's first paragraph ends the search (a date
# inside the text is an event's, not the page's).
MAX_NEIGHBOUR_CHARS = 200


def headline_date(title_node: Any, region_path: frozenset[int] = frozenset(), month_first: bool = False) -> str | None:
    """The date written in the elements next to the headline, whatever their names: the
    line under it (`기사입력 : 2018-08-25 15:24`, `05/10/2018 - Publicado por ...`), or the
    one above it (`publiziert am 25. September 2018`), and so on out to the headline's
    enclosing elements, short of the article's region (`region_path`: the `mem_id` of it and
    of its enclosing elements), whose neighbours are the page's own (a header's clock). The
    search on a side stops at the first paragraph of prose."""
    node = title_node
    for _ in range(HEADLINE_LEVELS):
        parent = node.parent if node is not None else None
        if node is None or parent is None or parent.tag in ("body", "html") or node.mem_id in region_path:
            return None  # a block of the page itself: its neighbours are the page's header and footer
        for step in ("next", "prev"):
            sibling, seen = getattr(node, step), 0
            while sibling is not None and seen < HEADLINE_NEIGHBOURS:
                if sibling.tag not in ("script", "style", "-comment"):
                    text = sibling.text(deep=True, separator=" ", strip=True)
                    if len(text) > MAX_NEIGHBOUR_CHARS:
                        break
                    if text:
                        found = date_in_text(text, month_first)
                        if found:
                            return found
                        seen += 1
                sibling = getattr(sibling, step)
        node = node.parent
    return None


def opening_date(region: Any, month_first: bool = False) -> str | None:
    """The date written in the short lines that open the article's region, above its first
    paragraph of prose (`<p><em>18 novembre 2019</em></p>`), whatever their elements are called."""
    child, seen = region.child, 0
    while child is not None and seen < HEADLINE_NEIGHBOURS:
        if child.tag not in ("script", "style", "-comment"):
            text = child.text(deep=True, separator=" ", strip=True)
            if len(text) > MAX_NEIGHBOUR_CHARS:
                return None
            if text:
                found = date_in_text(text, month_first)
                if found:
                    return found
                seen += 1
        child = child.next
    return None


def _iso(year: str, month: int, day: str) -> str:
    y, d = int(year), int(day)
    if not (1990 <= y <= 2100 and 1 <= month <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{month:02d}-{d:02d}"
