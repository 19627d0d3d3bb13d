"""The fast paths of the extractors match what the plain forms would: a pattern that opens on a
look-ahead naming the characters a match can open on finds what the pattern without it finds, and
the literal scan that stands for a per-name pattern finds what that pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.extract import meetings, people
from core.extract.people import _whole_ends, find_people
from core.normalize import normalize_tone, same_length_lower
from core.patterns import compile_led, first_characters, word_alternation

from .conftest import SAMPLES

# Patterns led by a look-ahead of their first characters (`core.patterns.compile_led`).
LED_PATTERNS = [meetings._DATE_RE, meetings._YEAR_PART_RE, meetings._PLANNED_TIME_RE, meetings._CALL_RE,
                meetings._CAMPAIGN_YEAR_RE]


def plain_pattern(led: re.Pattern[str]) -> str:
    """The pattern `compile_led` was given: what follows its look-ahead, out of the group around it."""
    source = led.pattern
    if not source.startswith("(?=["):
        return source
    return source[source.index("])(?:") + len("])(?:") : -1]


def _texts() -> list[str]:
    """Every line of the samples, as written and lower-cased (the patterns run on both)."""
    lines = [line for path in sorted(SAMPLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines + [normalize_tone(same_length_lower(line)) for line in lines]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", LED_PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_lookahead_keeps_every_match_of_the_samples(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith("(?=[")  # led, or the comparison below compares a pattern with itself
    plain = re.compile(plain_pattern(pattern), pattern.flags)
    for text in _texts():
        assert _found(pattern, text) == _found(plain, text), text


# A text each pattern matches (so that the comparisons below compare matches, not two empty lists).
EXAMPLES = ["Sáng thứ Hai (12/5/2017), tại", "6 tháng đầu năm 2017, tháng 5/2017 vừa qua và quý I/2017",
            "sẽ hoàn thành vào tháng 8/2017, trong quý IV/2017", "Tổng thống điện đàm với",
            "và Lễ hội hoa anh đào 2017 diễn ra"]


def test_each_example_is_matched_alike() -> None:
    for pattern, text in zip(LED_PATTERNS, EXAMPLES, strict=True):
        plain = re.compile(plain_pattern(pattern), pattern.flags)
        assert _found(pattern, text) and _found(pattern, text) == _found(plain, text), text


# Dates, quarters, parts of the day and the heads the patterns read, with the marks between them.
_PIECES = ["Sáng ", "sáng ", "chiều ", "Tối ", "đêm ", "ngày ", "Ngày ", "các ngày ", "tháng ", "Tháng ", "năm ",
           "Năm ", "quý ", "Quý ", "6 tháng đầu ", "những tháng đầu ", "thứ Hai ", "hôm nay ", "qua ", "Lễ hội ",
           "Festival ", "Tuần lễ ", "điện đàm ", "gọi điện ", "cuộc gọi ", "12", "5", "2017", "1999", "IV", "/", "-", ".",
           ",", " ", "(", ")", " và ", " đến ", "vừa qua", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_a_lookahead_keeps_every_match_of_made_up_text(text: str) -> None:
    for pattern in LED_PATTERNS:
        plain = re.compile(plain_pattern(pattern), pattern.flags)
        for variant in (text, normalize_tone(same_length_lower(text))):
            assert _found(pattern, variant) == _found(plain, variant)


# The event pattern opens each branch on its first letter, the look-behinds read after it (`meetings._event_pattern`).
_EVENT_PLAIN = re.compile(meetings.plain_event_pattern())
_EVENT_PIECES = ["hội nghị", "hội nghị thượng đỉnh", "cuộc họp", "buổi làm việc", "buổi lễ", "lễ khai mạc", "lễ",
                 "họp báo", "phiên họp", "kỳ họp", "hội thảo", "tọa đàm", "các ", "những ", "nhiều ", "x", " ", ",", "(",
                 "khai mạc", "đón", "sơ kết", "đại hội", "hội đàm", "buổi", "cuộc"]


def test_the_letter_led_event_pattern_matches_the_plain_one_on_the_samples() -> None:
    assert not meetings._EVENT_RE.pattern.startswith(("(?=", "(?<"))  # led by its letters, not compared with itself
    for text in [*_texts(), "tại hội nghị sơ kết, sau buổi làm việc", "các buổi lễ", "xhội nghị", "buổi lễ khai mạc"]:
        assert _found(meetings._EVENT_RE, text) == _found(_EVENT_PLAIN, text), text
    assert _found(meetings._EVENT_RE, "tại hội nghị sơ kết, sau buổi làm việc")


@given(st.lists(st.sampled_from(_EVENT_PIECES), max_size=10).map("".join))
def test_the_letter_led_event_pattern_matches_the_plain_one_on_made_up_text(text: str) -> None:
    assert _found(meetings._EVENT_RE, text) == _found(_EVENT_PLAIN, text)
    for at in range(len(text) + 1):
        assert (meetings._EVENT_RE.match(text, at) is None) == (_EVENT_PLAIN.match(text, at) is None)


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


def test_first_characters_are_read_from_the_pattern() -> None:
    # a look-behind is zero-width, an optional group lets the next item open the match, branches add up
    assert first_characters(r"(?<!\w)(?:sáng|chiều)?ngày|\d+") == r"\dcns"
    assert first_characters(r"[a-c]|-") == r"\-a-c"
    assert first_characters(r"x*y") == "xy"
    # any character, the empty match, a negated class or flags set inside: no look-ahead
    for pattern in (r".x", r"a|", r"[^a]b", r"(?i:a)b", r"x?"):
        assert first_characters(pattern) is None
        assert compile_led(pattern).pattern == pattern


def test_a_led_pattern_keeps_its_groups_and_its_alternation() -> None:
    led = compile_led(r"(?P<a>x)z|y")
    assert led.pattern.startswith("(?=[xy])") and plain_pattern(led) == r"(?P<a>x)z|y"
    assert led.groupindex == {"a": 1}
    assert [m.group(0) for m in led.finditer("xz y xy")] == ["xz", "y", "y"]


# Words of the extractors' tables are phrases of lower-case Vietnamese syllables, several sharing
# their first words (`hội nghị`, `hội nghị thượng đỉnh`, `hội thảo`).
_TABLE_WORDS = st.lists(st.text(st.sampled_from(list("hộinghịđạ tả")), min_size=1, max_size=7), min_size=1, max_size=12)
_WORD_CONTEXTS = [(r"(?<!\w)(?:", r")(?!\w)"), (r"(", r")\s+(\w+)"), (r"(?:", r")(?:\s+nay)?"), (r"x\s(?:", r"|bar)")]


@given(_TABLE_WORDS, st.text(st.sampled_from(list("hộinghịđạ tảHỘĐx.,")), max_size=40),
       st.sampled_from(_WORD_CONTEXTS), st.booleans())
def test_a_table_written_as_a_tree_matches_what_the_words_joined_longest_first_match(
        words: list[str], text: str, context: tuple[str, str], ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    joined = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    tree = re.compile(context[0] + word_alternation(words) + context[1], flags)
    plain = re.compile(context[0] + joined + context[1], flags)
    assert _found(tree, text) == _found(plain, text)


def test_a_table_with_capitals_is_joined_as_written() -> None:
    # (under re.IGNORECASE, `Hội nghị` before `hội nghị thượng đỉnh` in a tree would win the shorter match)
    assert word_alternation(["Hội nghị", "hội nghị thượng đỉnh"]) == r"hội\ nghị\ thượng\ đỉnh|Hội\ nghị"
    assert word_alternation(["hội nghị", "hội thảo", "họp"]) == r"h(?:ọp|ội\ (?:nghị|thảo))"


# Word lists whose patterns open each branch on its first letter (`core.patterns.letter_led`), with their plain forms.
def _plain_led_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    alt = word_alternation
    return [
        (meetings._EVENT_PART_RE, re.compile(r"(?<![\w])(?:" + alt([n for n, _ in meetings.EVENT_NOUNS]) + r")\s+"
                                             r"(sáng|trưa|chiều|tối)\s+(?:hôm\s+)?(?:nay|qua)(?![\w])")),
        (meetings._NOT_EVENT_RE, re.compile(r"(?<![\w])(?:" + alt(meetings.NOT_EVENTS) + r")(?![\w])")),
        (meetings._RECEIVE_RE, re.compile(r"(?<![\w])(" + alt([v for v, _ in meetings.RECEIVE_VERBS]) + r")\s+"
                                          r"(?:(?:" + alt(meetings.RECEIVE_MANNERS) + r")\s+)?(\w+)")),
        (meetings._ANY_YEAR_RE, re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?![\d,.]*\d)")),
        (meetings._INTERVIEW_FRAME_RE, re.compile(r"(?<!\w)(?:" + alt(people.INTERVIEW_FRAMES) + r")(?!\w)(?!\s+(?:"
                                                  + alt(people.AUDIENCE_NOT_PRESS) + r")(?!\w))\s*")),
    ]


_LETTER_PIECES = ["hội nghị", "cuộc họp", "sáng nay", "chiều qua", "tối hôm nay", "buổi làm việc", "tiếp", "gặp",
                  "hội đàm với", "thân mật", "trả lời phỏng vấn", "cử tri", "2017", "1999", ",2017", "x", " ", ",", "."]


def test_letter_led_word_patterns_match_their_plain_forms_on_the_samples() -> None:
    assert _found(meetings._RECEIVE_RE, "Thủ tướng tiếp Đại sứ")
    for led, plain in _plain_led_patterns():
        assert not led.pattern.startswith(("(?=", "(?<"))  # (compared with another form, not with itself)
        for text in _texts():
            assert _found(led, text) == _found(plain, text), text


@given(st.lists(st.sampled_from(_LETTER_PIECES), max_size=10).map("".join))
def test_letter_led_word_patterns_match_their_plain_forms_on_made_up_text(text: str) -> None:
    for led, plain in _plain_led_patterns():
        assert _found(led, text) == _found(plain, text)
        for at in range(len(text) + 1):
            found, expected = led.match(text, at), plain.match(text, at)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
