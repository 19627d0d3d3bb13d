"""Date and date-time stamps as Vietnamese pages write them, read into ISO 8601.

Handles `11/01/2023`, `8-7-2017`, `02.02.2024`, `2024-03-29`, `ngày 02 tháng 02 năm
2024`, English month names (`Feb 6, 2017`, `6 February 2017`: CMS themes left in English), with an optional time (`20:00:00`, `10:25`, `9h30`, `10:13:21 AM`), weekday
(`Thứ Ba`, `Thứ 6`, `Chủ nhật`), label (`Ngày đăng:`, `Cập nhật:`) and zone (`GMT+7`).
Times are Vietnam time: written with `+07:00` unless the stamp names another offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Weekday names (`Thứ Hai`, `thứ 2`, `T2`, `Chủ nhật`, `CN`): they open page clocks and article dates alike.
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|t[2-7]|cn)"
# Labels that say "this is when the article was posted, updated or published"; each may be
# followed by one of LABEL_LINKS and a colon (`Cập nhật lúc`, `Cập nhật ngày:`, `Đăng lúc:`).
PUBLISHED_LABELS = (
    r"ngày\s+đăng(?:\s+bài)?", r"đăng\s+ngày",
    # (a provincial Front's portal: `Ngày đưa: 20/09/2019 01:44:30 PM In bài`, web45 w017)
    r"ngày\s+đưa(?:\s+tin)?", r"ngày\s+xuất\s+bản", r"xuất\s+bản", r"ngày\s+cập\s+nhật", r"cập\s+nhật",
    r"đăng\s+lúc", r"đăng\s+tải", r"đăng", r"thời\s+gian\s+đăng", r"ngày\s+viết", r"posted", r"published",
    r"updated", r"ngày\s+phát\s+hành", r"ngày", r"lúc", r"thời\s+gian",
    # the metadata header a crawler or reader tool writes before the text (`date 2025-09-05 Giá lợn hơi hôm nay …`)
    r"date",
)
LABEL_LINKS = (r"lúc", r"ngày", r"vào", r"on", r"at")
PUBLISHED_LABEL = rf"(?:(?:{'|'.join(PUBLISHED_LABELS)})(?:\s+(?:{'|'.join(LABEL_LINKS)})\b)?)"
# A year: four digits, or two where the whole line is a stamp (`16/07/15`).
_YEAR = r"(?:19|20)\d{2}|\d{2}(?![\d./-])"
_DMY = rf"(?<![\d:])(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{_YEAR})"
_YMD = r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
# Months in words (`tháng Ba`, `tháng Giêng`, `tháng Chạp`), by number.
MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "một một": 11, "mười hai": 12, "chạp": 12,
}
_MONTH = r"\d{1,2}|" + "|".join(sorted((re.escape(w) for w in MONTH_WORDS), key=len, reverse=True))
# `ngày 8 tháng 9 năm 2017`, `8 tháng 9, 2017`, `12 Tháng Ba 2018` (`ngày` and `năm` may go).
_WORDS = (
    rf"(?:ngày\s+)?(?<![\d:])(?P<d3>\d{{1,2}})\s+tháng\s+(?P<m3>{_MONTH})\s*(?:,\s*)?(?:năm\s+)?"
    r"(?P<y3>(?:19|20)\d{2})"
)
# English month names and their abbreviations, by number (`May` only capitalised: `may` is a
# Vietnamese word, `may 5 bộ`).
ENGLISH_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_ENGLISH_MONTH = "|".join(
    "(?-i:May)" if w == "may" else re.escape(w) for w in sorted(ENGLISH_MONTHS, key=len, reverse=True)
)
_ORDINAL = r"(?:st|nd|rd|th)?"
# `Feb 6, 2017`, `February 6th 2017`, `6 Feb 2017`, `06 February, 2017`
_MONTH_FIRST = rf"\b(?P<m4>{_ENGLISH_MONTH})\.?\s+(?P<d4>\d{{1,2}}){_ORDINAL},?\s+(?P<y4>(?:19|20)\d{{2}})\b"
_ENGLISH = (
    rf"{_MONTH_FIRST}|"
    rf"(?<![\d:])(?P<d5>\d{{1,2}}){_ORDINAL}\s+(?P<m5>{_ENGLISH_MONTH})\.?,?\s+(?P<y5>(?:19|20)\d{{2}})\b"
)
_TIME = (
    r"(?P<H>\d{1,2})\s*(?::|h|giờ)\s*(?P<M>\d{2})(?:\s*(?::|phút)\s*(?P<S>\d{2}))?['’]?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?|sa|ch)\b)?"
)
# A zone: `GMT+7`, `(UTC+07:00)`, or the ISO offset glued to the clock (`10:20:00+07:00`).
_ZONE = (
    r"[\[(]?\s*(?:(?:gmt|utc)\s*(?P<zs>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?|"
    r"(?<=\d)(?P<zs2>[+-])(?P<zh2>\d{2}):?(?P<zm2>\d{2})(?!\d))\s*[\])]?"
)
# Between a stamp's parts: white space and the separators portals print (`|`, `-`, `,`, `•`, `·`).
_SEP = r"[\s,|\-–—/•·]*"
# Between a date and its clock: a separator or `lúc`, `vào lúc`.
_DATE_TIME_LINK = rf"(?:t|{_SEP}(?:(?:vào\s+)?lúc\s+)?)"


def _bare(pattern: str) -> str:
    """The same pattern without group names, to use it more than once in one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_DATE_ANY = rf"(?:{_bare(_DMY)}|{_bare(_YMD)}|{_bare(_WORDS)}|{_bare(_ENGLISH)})"
_TIME_ANY = _bare(_TIME)
# A stamp: label, weekday, time and date in either order, zone; brackets around allowed.
STAMP = (
    rf"[\[(]?\s*(?:{PUBLISHED_LABEL}\s*:?\s*(?:ngày\s+)?)?"
    rf"(?:(?:{_TIME_ANY}{_SEP})?{WEEKDAY}{_SEP}(?:ngày\s+)?)?"  # `10:20 - Thứ Hai, 12/3/2018`
    rf"(?:{_TIME_ANY}{_SEP}(?:ngày\s+)?{_DATE_ANY}|{_DATE_ANY}(?:{_DATE_TIME_LINK}{_TIME_ANY})?)"
    rf"(?:{_SEP}{_bare(_ZONE)})?(?:{_SEP}{WEEKDAY})?\s*[\])]?"  # `12/03/2018 - Thứ Hai`
)
_DATE_RE = re.compile(rf"{_DMY}|{_YMD}|{_WORDS}|{_ENGLISH}", re.IGNORECASE)
# What every match of _DATE_RE holds (a digit, then a separator and a digit, or `tháng`):
# a pattern opening on a digit, which the regex engine skips to, where _DATE_RE (opening on
# a look-behind) is tried at every character. Tried first, it halves the gate's cost.
_DATE_HINT_RE = re.compile(
    rf"\d(?:\s*[/.-]\s*\d|\s+tháng\s|{_ORDINAL},?\s+(?:19|20)\d\d|{_ORDINAL}\s+(?:{_ENGLISH_MONTH}))", re.IGNORECASE
)
# Whether _DATE_RE matches somewhere (`_holds_date`), as two patterns the regex engine can skip through: every match
# but an English month-first one (`Feb 6, 2017`) opens on a digit once the optional `ngày` before a day is left off
# (the match without it stands at the day), so those forms are written after one common first digit, their
# look-behinds read behind it (no group: only whether one matches); the month-first form is searched alone after.
_DIGIT_DATE_RE = re.compile(
    rf"\d(?:(?<![\d:]\d)\d?\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*(?:{_YEAR})"  # _DMY
    rf"|(?:(?<=1)9|(?<=2)0)\d{{2}}-\d{{1,2}}-\d{{1,2}}"  # _YMD
    rf"|(?<![\d:]\d)\d?\s+tháng\s+(?:{_MONTH})\s*(?:,\s*)?(?:năm\s+)?(?:19|20)\d{{2}}"  # _WORDS
    rf"|(?<![\d:]\d)\d?{_ORDINAL}\s+(?:{_ENGLISH_MONTH})\.?,?\s+(?:19|20)\d{{2}}\b)",  # _ENGLISH's day-first form
    re.IGNORECASE,
)
_MONTH_FIRST_RE = re.compile(_MONTH_FIRST, re.IGNORECASE)
_TIME_RE = re.compile(_TIME, re.IGNORECASE)
_ZONE_RE = re.compile(_ZONE, re.IGNORECASE)
_UTC_MARK_RE = re.compile(r"\d{2}(?:\.\d+)?z\b", re.IGNORECASE)  # ISO's `Z`: universal time
_STAMP_RE = re.compile(STAMP, re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
# A stamp whose clock the crawl glued to the headline after it (`22/10/2018 01:25Khánh thành hai bệnh viện …`, the
# space between two elements of the page lost) ends at the capital letter as it ends at a space.
_CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LEADING_STAMP_RE = re.compile(r"\s*" + STAMP + r"(?:(?=\s|$)|(?<=\d)(?=(?-i:[" + _CAPITALS + r"])))", re.IGNORECASE)
_LABEL_RE = re.compile(r"^\W*" + PUBLISHED_LABEL + r"\b", re.IGNORECASE)
_STRONG_LABEL_RE = re.compile(
    r"^\W*(?:ngày\s+đăng(?:\s+bài)?|đăng\s+ngày|ngày\s+xuất\s+bản|xuất\s+bản|cập\s+nhật|ngày\s+cập\s+nhật|"
    r"đăng\s+lúc|đăng|thời\s+gian\s+đăng|posted|published|updated|date)\b",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(r"^\W*" + WEEKDAY + r"\b", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Stamp:
    iso: str  # "2024-03-29" or "2024-03-29T11:12:24+07:00"
    day: date
    has_time: bool
    labelled: bool  # carries a publication label such as "Ngày đăng:"
    weekday: bool  # starts with a weekday name: the style of page clocks


def _stamp_from(span: str, text: str) -> Stamp | None:
    """Read the date, time and zone inside a stamp span."""
    dm = _DATE_RE.search(span)
    if dm is None:
        return None
    g = dm.groupdict()
    d, m, y = next((g[f"d{n}"], g[f"m{n}"], g[f"y{n}"]) for n in ("", "2", "3", "4", "5") if g[f"d{n}"])
    year = int(y)
    if len(y) == 2:
        year += 2000 if year < 70 else 1900
    word = " ".join(m.lower().split())
    month = int(m) if m.isdigit() else MONTH_WORDS.get(word) or ENGLISH_MONTHS.get(word, 0)
    try:
        day = date(year, month, int(d))
    except (TypeError, ValueError):
        return None
    iso = day.isoformat()
    rest = span[: dm.start()] + " " + span[dm.end() :]
    tm = _TIME_RE.search(rest)
    has_time = False
    if tm is not None:
        hour, minute, second = int(tm["H"]), int(tm["M"]), int(tm["S"] or 0)
        ampm = (tm["ampm"] or "").lower().replace(".", "")
        if ampm in ("pm", "ch") and hour < 12:
            hour += 12
        elif ampm in ("am", "sa") and hour == 12:
            hour = 0
        if hour <= 23 and minute <= 59 and second <= 59:
            has_time = True
            zone = "+00:00" if _UTC_MARK_RE.search(text) else "+07:00"
            zm = _ZONE_RE.search(rest)
            if zm is not None:
                sign, hours, minutes = (zm["zs"], zm["zh"], zm["zm"]) if zm["zs"] else (zm["zs2"], zm["zh2"], zm["zm2"])
                zone = f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"
            iso = f"{iso}T{hour:02d}:{minute:02d}:{second:02d}{zone}"
    return Stamp(
        iso=iso,
        day=day,
        has_time=has_time,
        labelled=bool(_STRONG_LABEL_RE.match(text)),
        weekday=bool(_WEEKDAY_RE.match(text)),
    )


def _holds_date(line: str) -> bool:
    """Whether _DATE_RE matches anywhere in `line` (see `_DIGIT_DATE_RE`)."""
    return _DATE_HINT_RE.search(line) is not None and (
        _DIGIT_DATE_RE.search(line) is not None or (_may_name_month(line) and _MONTH_FIRST_RE.search(line) is not None))


# A piece of each English month name the engine matches in any case only as written (no `i`, `s` or `k`, which it
# also matches to `ı`, `ſ`, `K`): a line without one names no month (`May` only capitalised, as _ENGLISH_MONTH has it).
_MONTH_PIECES = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "ep", "oct", "nov", "dec")


def _may_name_month(line: str) -> bool:
    low = line.lower()
    return "May" in line or any(piece in low for piece in _MONTH_PIECES)


def parse_stamp_line(line: str) -> Stamp | None:
    """A Stamp when the whole line is a date stamp (nothing else of substance), else None."""
    if len(line) > 90 or _DIGIT_RE.search(line) is None:  # every stamp has digits: a cheap gate
        return None
    if not _holds_date(line):  # every stamp holds a date: a gate a fifth of the stamp's cost
        return None
    match = _STAMP_RE.search(line)
    if match is None:
        return None
    rest = _WIDGET_TAIL_RE.sub("", (line[: match.start()] + " " + line[match.end() :]).strip(" |-–,.:()[]"))
    if rest and not _LABEL_RE.fullmatch(rest) and len(rest.split()) > 1:
        return None
    return _stamp_from(match.group(0), line)


# A page's print or share buttons printed on the date's line after it (`Ngày đưa: 20/09/2019 01:44:30 PM In bài`, web45
# w017): no text of substance beside the date.
# (and its view counter: `28/08/2015 - 366 Lượt xem`, `03:06 PM 13/12/2020 | Lượt xem: 4186 | In bài viết |`, web36
# w007, w020)
STAMP_WIDGET_TAILS = ("in bài viết", "in bài", "bản in", "in trang", "chia sẻ", "gửi email", "lưu bài", "bình luận",
                      r"(?:số\s+)?lượt\s+xem\s*:?\s*[\d.,]+", r"[\d.,]+\s+lượt\s+xem")
_WIDGET_TAIL_RE = re.compile(r"(?:\s*[|·•/-]?\s*(?:" + "|".join(STAMP_WIDGET_TAILS) + r")\s*[|]?)+\s*$", re.IGNORECASE)


def split_leading_stamp(line: str) -> tuple[str, str] | None:
    """`(20:00:00 11/01/2023) Chiều ngày 11/01, …` → the stamp and the rest, else None."""
    if not _holds_date(line):  # no date, no stamp (as in parse_stamp_line)
        return None
    match = _LEADING_STAMP_RE.match(line)
    if match is None or match.end() >= len(line):
        return None
    stamp, rest = line[: match.end()].strip(), line[match.end() :].strip()
    if not rest or _stamp_from(stamp, stamp) is None:
        return None
    return stamp, rest


# What separates the fields that share a line with a date (`Minh Anh · 12/03/2018`,
# `Thời sự | Thứ Hai, 12/3/2018`): a separator mark with white space around it.
FIELD_SEPARATOR = r"(?:\s+[·•|\-–—]\s+|\s*[·•|]\s*)"
_FIELD_STAMP_RE = re.compile(rf"(?:^|{FIELD_SEPARATOR}|\s+)(?P<stamp>{STAMP})(?:{FIELD_SEPARATOR}|\s*$)", re.IGNORECASE)
_SEPARATED_RE = re.compile(rf"{FIELD_SEPARATOR}$")


@dataclass(slots=True, frozen=True)
class StampFields:
    before: str  # the fields before the date (a section, a byline), separators trimmed
    stamp: Stamp
    stamp_text: str  # the date as the line writes it
    after: str  # what follows the date (an update stamp, a view counter)
    separated: bool  # a separator mark stands between `before` and the date


def split_stamp_fields(line: str) -> StampFields | None:
    """A line that holds a date among other fields, cut into them; None when it holds no
    date or is a date alone (parse_stamp_line reads those)."""
    if len(line) > 160 or not _holds_date(line):
        return None
    for match in _FIELD_STAMP_RE.finditer(line):
        stamp = _stamp_from(match.group("stamp"), match.group("stamp").strip(" -–—|·•"))
        if stamp is None:
            continue
        head = line[: match.start("stamp")]
        before = head.strip(" |-–—·•,:")
        after = line[match.end("stamp") :].strip(" |-–—·•,:")
        if not before and not after:
            return None
        return StampFields(before, stamp, match.group("stamp").strip(), after, bool(_SEPARATED_RE.search(head)) or not before)
    return None
