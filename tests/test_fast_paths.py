"""The fast paths of the extractors match what the plain forms would: a pattern that opens on a
look-ahead naming the characters a match can open on finds what the pattern without it finds, and
the literal scan that stands for a per-name pattern finds what that pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.extract import meetings
from core.extract.people import _whole_ends, find_people
from core.normalize import normalize_tone, same_length_lower

from .conftest import SAMPLES

# (pattern, the look-ahead it opens on): the pattern without it is the plain form.
LOOKAHEAD_PATTERNS = [
    (meetings._DATE_RE, r"(?=[stcđn\d])"),
    (meetings._YEAR_PART_RE, r"(?=[\dnct])"),
    (meetings._PLANNED_TIME_RE, r"(?=[\dtq])"),
    (meetings._CALL_RE, "(?=[" + "".join(sorted({w[0] for w in meetings.CALL_WORDS})) + "])"),
    (meetings._CAMPAIGN_YEAR_RE, "(?=[" + "".join(sorted({h[0] for h in meetings.CAMPAIGN_HEADS})) + "])"),
]


def _texts() -> list[str]:
    """Every line of the samples, as written and lower-cased (the patterns run on both)."""
    lines = [line for path in sorted(SAMPLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines + [normalize_tone(same_length_lower(line)) for line in lines]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern,lookahead", LOOKAHEAD_PATTERNS, ids=lambda v: getattr(v, "pattern", v)[:30])
def test_a_lookahead_keeps_every_match_of_the_samples(pattern: re.Pattern[str], lookahead: str) -> None:
    assert pattern.pattern.startswith(lookahead)
    plain = re.compile(pattern.pattern[len(lookahead):], pattern.flags)
    for text in _texts():
        assert _found(pattern, text) == _found(plain, text), text


# A text each pattern matches (so that the comparisons below compare matches, not two empty lists).
EXAMPLES = ["Sáng thứ Hai (12/5/2017), tại", "6 tháng đầu năm 2017 và tháng 5/2017 vừa qua",
            "sẽ hoàn thành vào tháng 8/2017, trong quý IV/2017", "Tổng thống điện đàm với",
            "và Lễ hội hoa anh đào 2017 diễn ra"]


def test_each_example_is_matched_alike() -> None:
    for (pattern, lookahead), text in zip(LOOKAHEAD_PATTERNS, EXAMPLES, strict=True):
        plain = re.compile(pattern.pattern[len(lookahead):], pattern.flags)
        assert _found(pattern, text) and _found(pattern, text) == _found(plain, text), text


# Dates, quarters, parts of the day and the heads the patterns read, with the marks between them.
_PIECES = ["Sáng ", "sáng ", "chiều ", "Tối ", "đêm ", "ngày ", "Ngày ", "các ngày ", "tháng ", "Tháng ", "năm ",
           "Năm ", "quý ", "Quý ", "6 tháng đầu ", "những tháng đầu ", "thứ Hai ", "hôm nay ", "qua ", "Lễ hội ",
           "Festival ", "Tuần lễ ", "điện đàm ", "gọi điện ", "cuộc gọi ", "12", "5", "2017", "1999", "IV", "/", "-", ".",
           ",", " ", "(", ")", " và ", " đến ", "vừa qua", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_a_lookahead_keeps_every_match_of_made_up_text(text: str) -> None:
    for pattern, lookahead in LOOKAHEAD_PATTERNS:
        plain = re.compile(pattern.pattern[len(lookahead):], pattern.flags)
        for variant in (text, normalize_tone(same_length_lower(text))):
            assert _found(pattern, variant) == _found(plain, variant)


def test_the_held_verb_pattern_reads_a_word_not_a_word_end() -> None:
    # (`họp` opens the pattern; the boundary before it is checked behind the literal)
    assert [m.group(1) for m in meetings._HELD_VERB_RE.finditer("chính phủ họp phiên thường kỳ, rồi họp kỳ")] == [
        "phiên", "kỳ"]
    assert meetings._HELD_VERB_RE.search("cuộchọp phiên") is None


_NAME_TEXT = st.text(st.sampled_from(list("ab -'’_1Ăă.x")), max_size=30)


@given(st.text(st.sampled_from(list("ab -'’_1Ăă.x")), min_size=1, max_size=4), _NAME_TEXT,
       st.sampled_from(["", "-'’"]))
def test_whole_ends_finds_what_the_per_name_pattern_finds(phrase: str, text: str, joiners: str) -> None:
    pattern = re.escape(phrase) + (r"(?![\w\-'’])" if joiners else r"(?!\w)")
    assert _whole_ends(phrase, text, joiners) == [m.end() for m in re.finditer(pattern, text)]


def test_the_person_search_passes_over_lower_case_words_yet_reads_lower_case_titles() -> None:
    # baomoi 22642345: a lower-case office mid-sentence still opens a name
    sentence = "Đây là tuyên bố được người phát ngôn Bộ Ngoại giao Nga Maria Zakharova đưa ra ngày 29/6."
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [
        ("Maria Zakharova", ["người phát ngôn Bộ Ngoại giao Nga"])]
    assert find_people("đây là tuyên bố được đưa ra ngày 29/6.") == []
