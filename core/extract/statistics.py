"""Statistics: the quantities an article reports, read from its sentences in order.

A number written with digits is a statistic when it measures something: a count of
things, a percentage, money, a score, a rank or a measure. Calendar references, times,
periods, identifiers (`phường 8`, `Chỉ thị 20`, `lần thứ 22`) and ordinals are not.
The tables below (qualifiers, currencies, measure units, words that make a number an
identifier or a period, words that end a counted noun phrase) are the rules' data.
"""

from __future__ import annotations

import re

from core.extract.numbers import NUMBER_PATTERN, SCALE_WORDS, parse_number
from core.record import Statistic

# Words before a number that say how exact it is; the nearest one wins (`khoảng hơn` → over).
QUALIFIERS: dict[str, str] = {
    "gần": "about", "khoảng": "about", "xấp xỉ": "about", "chừng": "about", "ước": "about",
    "ước tính": "about", "ước khoảng": "about", "khoảng chừng": "about", "độ": "about",
    "hơn": "over", "trên": "over", "vượt": "over", "vượt quá": "over", "ngoài": "over",
    "tối thiểu": "over", "ít nhất": "over", "hàng": "over",
    "dưới": "under", "chưa đến": "under", "chưa tới": "under", "chưa đầy": "under",
    "không quá": "under", "không tới": "under", "không đến": "under", "tối đa": "under",
    "không cao hơn": "under", "không vượt quá": "under", "thấp hơn": "under", "ít hơn": "under",
}
# Currencies after a number (with scale words between): ISO 4217 codes.
CURRENCIES: dict[str, str] = {
    "đồng": "VND", "đ": "VND", "vnđ": "VND", "vnd": "VND", "việt nam đồng": "VND",
    "usd": "USD", "đô la mỹ": "USD", "đô-la mỹ": "USD", "đôla mỹ": "USD", "đô la": "USD",
    "đôla": "USD", "đô": "USD", "$": "USD", "euro": "EUR", "eur": "EUR", "yên": "JPY",
    "yên nhật": "JPY", "nhân dân tệ": "CNY", "tệ": "CNY", "bảng anh": "GBP", "won": "KRW",
    "bath": "THB", "baht": "THB", "rúp": "RUB", "đô la úc": "AUD", "đô la singapore": "SGD",
}
# Measure units (area, length, weight, volume, power, age), written after the number.
MEASURE_UNITS = (
    "ha", "héc-ta", "hécta", "hec-ta", "km2", "km²", "m2", "m²", "m3", "m³", "km", "m", "cm",
    "mm", "mét", "kg", "tấn", "tạ", "yến", "gam", "g", "lít", "ml", "mw", "kw", "kwh", "gw",
    "mwh", "kv", "tuổi", "cây", "chỉ", "lượng", "ounce", "thùng", "sào", "mẫu", "gb", "mb",
    "tb", "độ c", "°c", "hải lý", "dặm", "inch", "feet",
)
# A number followed by one of these is a period or a time, not a statistic.
PERIOD_WORDS = (
    "năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "giây", "thế kỷ", "thập kỷ",
    "thập niên", "năm học", "niên độ", "tiếng", "đêm", "h", "sáng", "chiều", "tối", "trưa",
)
# A number after one of these is a date, a period, an identifier or an ordinal.
IDENTIFIER_WORDS = (
    "ngày", "tháng", "năm", "quý", "hôm", "đêm", "sáng", "chiều", "tối", "trưa", "giai đoạn",
    "niên khóa", "nhiệm kỳ", "thế kỷ", "kỳ", "khóa", "khoá", "lần thứ", "thứ", "số", "phường",
    "quận", "mục", "điều", "khoản", "chương", "mức độ", "cấp độ", "tổ", "thôn",
    "ấp", "khu phố", "đường", "giờ", "phút", "quốc lộ", "tỉnh lộ", "lô", "tầng", "phòng", "ngõ", "hẻm",
    "ngách", "nhóm", "đợt", "vòng", "giải", "top", "phiên", "tập", "phần", "chỉ thị",
    "nghị định", "quyết định", "thông tư", "nghị quyết", "công văn", "luật", "phiên bản",
    "lớp", "trang", "bảng", "hình", "câu", "mã", "kênh", "cổng", "khối", "lữ đoàn",
    "sư đoàn", "trung đoàn", "tiểu đoàn", "đại đội", "km", "lúc", "từ năm", "đến năm",
    "covid", "mùa", "bậc", "hệ số", "version", "model",
)
RANK_WORDS = ("xếp hạng", "hạng", "xếp thứ", "đứng thứ", "đứng hạng", "thứ hạng", "vị trí thứ")
# Words that end the counted noun phrase after a number (verbs, prepositions, conjunctions).
STOP_WORDS = frozenset(
    "và của được đã đang sẽ tại với cho trong trên từ đến là có không đạt tăng giảm so thuộc "
    "theo về để như này đó các những thì mà nhưng hoặc hay bị vào ra lên xuống ở nhằm bằng "
    "gồm khi sau trước vì do nên cùng còn đều chỉ mới tới qua chiếm "
    "gây làm lại nữa rồi ước tổng".split()
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+\w*")
_NUM_RE = re.compile(
    # Not inside a word, a date or a code (`G20`, `11/01`, `Covid-19`); `36,60 -36,77` is a range.
    rf"(?<![\w/.,:])(?<!\w-)(?P<num>{NUMBER_PATTERN})(?:\s*/\s*(?P<of>{NUMBER_PATTERN}))?"
    r"(?![.,]?\d)(?![A-Z])"
)
_RANGE_RE = re.compile(r"\s*(?:-|–|—|~|đến|tới)\s*$")
_SCALE_RE = re.compile(
    r"\s*(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE
)
_COMPOUND_RE = re.compile(
    rf"\s+({NUMBER_PATTERN})\s*(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(r"\s*(%|phần trăm)")
_PER_UNIT_RE = re.compile(r"\s*/\s*[^\W\d_]+")
_TIME_AFTER_RE = re.compile(r"(?:\s*(?:h|giờ|g)\s*\d{0,2}\b|:\d{2})", re.IGNORECASE)
_DATE_AFTER_RE = re.compile(r"[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_LABEL_STARTS = ("tỷ lệ", "tỉ lệ", "chỉ số", "tốc độ", "mức độ", "tăng trưởng", "điểm", "kết quả")
_LABEL_VERBS_RE = re.compile(
    r"\s+(?:đạt|là|chiếm|ở mức|bằng|tăng|giảm|với|được|khoảng|đạt mức|đạt tỷ lệ)\s*$", re.IGNORECASE
)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY_RE = re.compile(rf"\s*({_alternation(list(CURRENCIES))})(?![^\W\d_])", re.IGNORECASE)
_MEASURE_RE = re.compile(rf"\s*({_alternation(MEASURE_UNITS)})(?![^\W\d_])", re.IGNORECASE)
_PERIOD_RE = re.compile(rf"\s*({_alternation(PERIOD_WORDS)})(?![^\W\d_])", re.IGNORECASE)
_SCORE_RE = re.compile(r"\s*(điểm)(?![^\W\d_])", re.IGNORECASE)
_IDENTIFIER_SET = frozenset(IDENTIFIER_WORDS)
_RANK_SET = frozenset(RANK_WORDS)
_TRAILING_RE = re.compile(r"[\s:]+$")
_WORD_ONLY_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")


def _tail(before: str) -> list[tuple[int, str]]:
    """The last words before a number, with their offsets, when they end right at it."""
    stripped = _TRAILING_RE.sub("", before)
    words = [(m.start(), m.group(0)) for m in _WORD_ONLY_RE.finditer(stripped, max(0, len(stripped) - 40))]
    if not words or words[-1][0] + len(words[-1][1]) != len(stripped):
        return []
    return [(start, stripped[start:].lower()) for start, _ in words[-4:]]


def _phrase_before(tail: list[tuple[int, str]], table: frozenset[str] | dict[str, str]) -> tuple[str, int] | None:
    """The longest phrase of `table` (up to four words) that ends right before the number,
    with where it starts; a set look-up per length, not a regex scan."""
    for start, candidate in tail:
        if candidate in table:
            return candidate, start
    return None


def extract_statistics(sentences: list[str]) -> list[Statistic]:
    stats: list[Statistic] = []
    for index, sentence in enumerate(sentences):
        if _DIGIT_RE.search(sentence):
            stats.extend(_from_sentence(sentence, index))
    return stats


def _from_sentence(sentence: str, index: int) -> list[Statistic]:
    out: list[Statistic] = []
    matches = list(_NUM_RE.finditer(sentence))
    pending: list[tuple[re.Match[str], float, str | None, int]] = []  # range starts
    consumed = 0  # end of the last statistic's span: `570` in `5 tỷ 570 triệu` is inside it
    for n, match in enumerate(matches):
        if match.start() < consumed:
            continue
        # The words that decide a number's role stand right before it: look at those only.
        before = sentence[max(0, match.start() - 48) : match.start()]
        after = sentence[match.end() :]
        nxt = matches[n + 1] if n + 1 < len(matches) else None
        range_next = (
            nxt is not None
            and match.group("of") is None
            and _RANGE_RE.match(sentence[match.end() : nxt.start()]) is not None
            and not _unit_follows(after)
        )
        read = _read(sentence, match, before, after, index)
        stat = read[0] if read else None
        if range_next and stat is None:
            try:
                value = parse_number(match.group("num"))
            except ValueError:
                continue
            qualifier, q_at = _qualifier(before)
            pending.append((match, value, qualifier, match.start() - len(before) + q_at))
            continue
        if stat is None:
            pending.clear()
            continue
        end_value = parse_number(match.group("num"))
        factor = stat.value / end_value if end_value else 1.0
        for start_match, value, qualifier, q_start in pending:
            # A range's scale, unit and kind apply to both ends (`36,60–37,02 triệu đồng`).
            out.append(
                Statistic(
                    text=sentence[q_start : start_match.end()].strip(),
                    value=value * factor,
                    kind=stat.kind,
                    unit=stat.unit,
                    of=None,
                    qualifier=qualifier,
                    label=stat.label,
                    sentence=index,
                )
            )
        pending.clear()
        out.append(stat)
        consumed = read[1] if read else consumed
    return out


def _unit_follows(after: str) -> bool:
    return bool(
        _PERCENT_RE.match(after) or _CURRENCY_RE.match(after) or _SCALE_RE.match(after)
        or _MEASURE_RE.match(after) or _SCORE_RE.match(after)
    )


def _qualifier(before: str, tail: list[tuple[int, str]] | None = None) -> tuple[str | None, int]:
    # The nearest phrase wins, the longest one there: `không cao hơn` over its tail `hơn`.
    found = _phrase_before(_tail(before) if tail is None else tail, QUALIFIERS)
    if found is None:
        return None, len(before)
    return QUALIFIERS[found[0]], found[1]


def _read(
    sentence: str, match: re.Match[str], before: str, after: str, index: int
) -> tuple[Statistic, int] | None:
    """The statistic at `match` and where its span ends, or None when it is not one."""
    raw, of_raw = match.group("num"), match.group("of")
    try:
        value = parse_number(raw)
        of = parse_number(of_raw) if of_raw else None
    except ValueError:
        return None
    tail = _tail(before)
    rank = _phrase_before(tail, _RANK_SET)
    if rank is None and _phrase_before(tail, _IDENTIFIER_SET):
        return None
    if of_raw is None and (_TIME_AFTER_RE.match(after) or _DATE_AFTER_RE.match(after)):
        return None
    if of is not None and value <= 31 and 1 <= of <= 12 and rank is None:
        return None  # `11/01`: a day and a month
    if _PERIOD_RE.match(after):
        return None
    year_like = of is None and re.fullmatch(r"(?:19|20)\d{2}", raw) is not None
    offset = match.start() - len(before)  # `before` is a window that ends at the number
    qualifier, q_start = _qualifier(before, tail)
    q_start += offset
    end = match.end()
    # Scale words, maybe chained: `5 tỷ 570 triệu đồng`.
    scale = _SCALE_RE.match(after)
    if scale:
        value *= SCALE_WORDS[scale.group(1).lower()]
        end += scale.end()
        while (more := _COMPOUND_RE.match(sentence[end:])) is not None:
            factor = SCALE_WORDS[more.group(2).lower()]
            try:
                part = parse_number(more.group(1))
            except ValueError:
                break
            value += part * factor
            end += more.end()
    rest = sentence[end:]
    kind, unit, label = "count", "", None
    if rank is not None:
        kind, unit = "rank", "hạng"
        q_start = min(q_start, offset + rank[1])
    elif (m := _PERCENT_RE.match(rest)) is not None:
        kind, unit = "percent", "%"
        end += m.end()
        label = _label(sentence[:q_start])
    elif (m := _CURRENCY_RE.match(rest)) is not None:
        kind, unit = "money", CURRENCIES[m.group(1).lower()]
        end += m.end()
        if (per := _PER_UNIT_RE.match(sentence[end:])) is not None:
            end += per.end()
    elif (m := _SCORE_RE.match(rest)) is not None:
        kind, unit = "score", "điểm"
        end += m.end()
        label = _label(sentence[:q_start])
    elif (m := _MEASURE_RE.match(rest)) is not None:
        kind, unit = "measure", m.group(1)
        end += m.end()
        if unit.lower() == "cây" and re.match(r"\s+vàng\b", sentence[end:]):
            end += len(re.match(r"\s+vàng", sentence[end:]).group(0))  # type: ignore[union-attr]
        if (per := _PER_UNIT_RE.match(sentence[end:])) is not None:
            end += per.end()
    else:
        phrase, length = _noun_phrase(rest)
        first = phrase.split(" ", 1)[0]
        if not phrase or (first[0].isupper() and not first.isupper()):
            return None  # `24 Hoàng Quốc Việt`: a house number before a street or a name
        if year_like:
            return None
        unit = phrase.lower()
        end += length
    if year_like and kind == "count":
        return None
    stat = Statistic(
        text=sentence[q_start:end].strip(),
        value=value,
        kind=kind,
        unit=unit,
        of=of,
        qualifier=qualifier,
        label=label,
        sentence=index,
    )
    return stat, end


def _noun_phrase(rest: str) -> tuple[str, int]:
    """The counted noun after a number: words up to a stop word or punctuation, at most 5."""
    pos = 0
    words: list[str] = []
    end = 0
    for m in _WORD_RE.finditer(rest):
        gap = rest[pos : m.start()]
        if (words and gap.strip()) or (not words and gap.strip()):
            break
        word = m.group(0)
        if word.lower() in STOP_WORDS or word[0].isdigit() or len(words) >= 5:
            break
        words.append(word)
        pos = end = m.end()
    return " ".join(words), end


def _label(clause_before: str) -> str | None:
    """For a percent or score: the indicator named just before it (`tỷ lệ … đạt 98%`)."""
    clause = re.split(r"[,;:(]|\btrong đó\b", clause_before)[-1].strip()
    lowered = clause.lower()
    for start in _LABEL_STARTS:
        at = lowered.find(start)
        if at >= 0:
            label = _LABEL_VERBS_RE.sub("", clause[at:]).strip()
            label = re.sub(r"\s+(?:đạt|là|chiếm|tăng|giảm)\b.*$", "", label)
            return label if 1 <= len(label.split()) <= 20 else None
    return None
