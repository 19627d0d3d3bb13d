"""The Vietnamese number grammar: digits with `.` thousand groups and `,` decimals.

`17.500` → 17500, `2,37` → 2.37, `99.9` → 99.9 (a dot not followed by exactly three
digits is a decimal point), `1.234.567,5` → 1234567.5, `03` → 3. Scale words multiply
(`560 triệu` → 560000000) and chain (`5 tỷ 570 triệu` → 5570000000).
"""

from __future__ import annotations

import re

# Scale words and their factors (nghìn/ngàn are the northern and southern "thousand").
SCALE_WORDS: dict[str, int] = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
    "nghìn tỷ": 1_000_000_000_000,
    "ngàn tỷ": 1_000_000_000_000,
    "nghìn tỉ": 1_000_000_000_000,
    "ngàn tỉ": 1_000_000_000_000,
    # `hơn 2,5 triệu tỷ đồng` (public debt), `1,64 triệu tỉ đồng`: 34 hits in 22 baomoi
    # articles, 10^15 in all 6 read.
    "triệu tỷ": 1_000_000_000_000_000,
    "triệu tỉ": 1_000_000_000_000_000,
}

NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
# A thousands group cut off by a stray space before its dot (`2 .600 MW`, `64 .000 doanh
# nghiệp`): 4 hits in 2 of the 35,440 baomoi articles, all of them one number.
# A decimal comma followed by a stray space before a scale word (`11, 5 triệu`, `189, 8 tỷ
# đồng`, `32, 2 triệu USD`): 8 hits in 7 baomoi articles, one number in all 8. Only a 2–3 digit
# whole and one decimal digit: `30, 40 triệu đồng`, `10, 12, 14 triệu`, `lớp 1, 91 nghìn` are lists.
# So a price in dollars grouped in thousands, its decimals after a comma and a space (`niêm yết ở mốc 1.244, 2 USD/oz`,
# `1.250, 86 USD/oz`, audit117 a011): `N.NNN, D(D) USD` over the 35,440 baomoi articles, 17 hits, all read, all one gold
# price a day (read before as 2 or 86 dollars).
_SPACED_DECIMAL_PATTERN = (
    r"(?:(?<=(?<![\d.,])\d\d)|(?<=(?<![\d.,])\d\d\d)), \d(?= ?(?:triệu|tỷ|tỉ|nghìn|ngàn)(?![^\W\d_]))"
    r"|(?:(?<=(?<![\d.,])\d\.\d\d\d)|(?<=(?<![\d.,])\d\d\.\d\d\d)|(?<=(?<![\d.,])\d\d\d\.\d\d\d)), \d\d?(?= ?USD(?![^\W\d_]))"
)
# Thousands grouped by a space (`200 000 đồng`, `4 000 binh sĩ`, `395 526 lượt người xem`): one
# group of three after one to three digits, neither after nor before another number (a table row,
# `137 135 126`) nor after a capitalised code (`pháo Mk 45 127mm`), and a lower-case word or `%`
# after it. 15 hits in 11 baomoi articles, one number in 11 (the 4 others `Mk 45 127mm`, now out).
_SPACE_GROUPED_PATTERN = (
    "(?:" + "|".join(
        rf"(?<=(?<![\d.,])(?<!\d )(?<![A-Z][a-z] )(?<![A-Z] ){d})" for d in (r"\d", r"\d\d", r"\d\d\d")
    ) + r") \d{3}(?![\d.,])(?! \d)(?=\s*(?:[a-zà-ỹđ]|%))"
)
SPACED_NUMBER_PATTERN = (
    rf"{NUMBER_PATTERN}(?: \.\d{{3}}(?![\d.,])|{_SPACED_DECIMAL_PATTERN}|{_SPACE_GROUPED_PATTERN})?"
)
_STRAY_SPACE_RE = re.compile(r"(?<=\d) (?=\.\d{3}(?!\d))|(?<=\d,) (?=\d)|(?<=\d) (?=\d{3}$)")
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_GROUPED_DOTS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_GROUPED_COMMAS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
# English grouping with an English decimal point, which the Vietnamese grammar cannot read (a comma group, then a dot):
# prices and indices copied from wire text (`1,232.5 USD/ounce`, `20,090.29 điểm`): 10 hits over the 35,440 baomoi
# articles, all read, English figures (stat52 found one missed).
_ENGLISH_DECIMAL_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")


# Numbers already read, by their text: a number is read several times while its role is
# decided. Bounded so that memory stays flat.
_PARSED: dict[str, float] = {}
_PARSED_CACHE_LIMIT = 1 << 14


def parse_number(text: str) -> float:
    """Read one number as Vietnamese writes it; raise ValueError on anything else."""
    value = _PARSED.get(text)
    if value is None:
        value = _parse_number(text)  # raises on what is no number: never cached
        if len(_PARSED) < _PARSED_CACHE_LIMIT:
            _PARSED[text] = value
    return value


def _parse_number(text: str) -> float:
    text = text.strip()
    if " " in text:
        text = _STRAY_SPACE_RE.sub("", text)
    if not _NUMBER_RE.fullmatch(text):
        raise ValueError(f"not a number: {text!r}")
    if _GROUPED_DOTS_RE.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _GROUPED_COMMAS_RE.fullmatch(text) or _ENGLISH_DECIMAL_RE.fullmatch(text):  # English grouping, 1,234,567: seen
        return float(text.replace(",", ""))  # in copied wire text
    if text.count(",") + text.count(".") > 1:
        raise ValueError(f"ambiguous separators: {text!r}")
    return float(text.replace(",", "."))


def format_number(value: float, decimals: int = 0) -> str:
    """The inverse of `parse_number` for tests: 17500 → `17.500`, 2.37 → `2,37`."""
    whole = f"{int(abs(value)):,}".replace(",", ".")
    if decimals:
        frac = f"{abs(value):.{decimals}f}".split(".")[1]
        return whole + "," + frac
    return whole
