"""The speed round's rewrites of the person search read exactly what the plain forms read."""

from __future__ import annotations

import re

import pytest

from core.extract import people
from core.extract.people import Token, _abbreviation, _match_seq, tokenize
from core.normalize import normalize_tone

from .conftest import SAMPLES

SENTENCES = [
    "Chủ tịch UBND TP.HCM Nguyễn Thành Phong chủ trì hội nghị, PGS. TS Lê Văn A cho biết.",
    "Dưới sự chủ trì của Phó Thủ tướng Vương Đình Huệ, GS-TS Nguyễn Văn B và ông Moon Jae-in đã hội đàm.",
    "Tham dự có các đồng chí: Đinh Thế Huynh, Ủy viên Bộ Chính trị; Trương Hòa Bình, Phó Thủ tướng.",
]


def _lines() -> list[str]:
    return [line for path in sorted(SAMPLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


def _plain_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _plain_abbreviation(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].cap and (tokens[i].low in people.TITLE_ABBREVIATIONS or all(
        p in people.TITLE_ABBREVIATIONS for p in re.split(r"[.\-]", tokens[i].low)))


def _plain_match_seq(tokens: list[Token], i: int, seqs: dict[str, list[tuple[str, ...]]]) -> int:
    if i >= len(tokens) or (candidates := seqs.get(tokens[i].low)) is None:
        return 0
    for seq in candidates:
        n = len(seq)
        if n == 1:
            return 1
        if i + n <= len(tokens) and all(tokens[i + k].low == seq[k] for k in range(1, n)):
            return n
    return 0


def test_a_token_holds_the_forms_read_from_its_text() -> None:
    for text in ("UBND", "TP.HCM", "Phong", "GS-TS", "X", "2017", ",", "İzmir", "hòa"):
        token = Token(text, 0, len(text))
        assert token.low == normalize_tone(text.lower())
        assert token.cap == text[:1].isupper()
        assert token.word == text[:1].isalnum()
        assert token.acronym == _plain_acronym(text)
        again = Token(text, 3, 3 + len(text))  # (the second one's forms come from the cache)
        assert (again.low, again.cap, again.word, again.acronym) == (token.low, token.cap, token.word, token.acronym)
        assert (again.start, again.end) == (3, 3 + len(text))


def test_abbreviations_and_table_sequences_read_as_the_plain_forms_read_them() -> None:
    for line in [*SENTENCES, *_lines()]:
        tokens = tokenize(line)
        for i in range(len(tokens) + 1):
            assert _abbreviation(tokens, i) == _plain_abbreviation(tokens, i), line
            for seqs in (people._TITLE_SEQS, people._HONORIFIC_SEQS, people._PLACE_SEQS, people._CUE_SEQS):
                assert _match_seq(tokens, i, seqs) == _plain_match_seq(tokens, i, seqs), line


def test_the_sentences_name_the_same_people() -> None:
    found = [(m.person.name, m.person.titles) for m in people.find_people(SENTENCES[0])]
    assert found[0] == ("Nguyễn Thành Phong", ["Chủ tịch UBND TP.HCM"])
    assert any(name == "Lê Văn A" for name, _ in found)


@pytest.mark.parametrize("role, pattern", people._ROLE_PATTERNS, ids=lambda p: str(p)[:30])
def test_a_led_role_cue_pattern_finds_what_its_plain_form_finds(role: str, pattern: re.Pattern[str]) -> None:
    plain = re.compile(people.PLAIN_CUE_SOURCES.get(pattern.pattern, pattern.pattern))
    assert plain.pattern != pattern.pattern or role == "attend_before"  # (led by its letters, or the question owner's)
    for line in [*SENTENCES, *_lines()]:
        lowered = normalize_tone(line.lower())
        assert [m.span() for m in pattern.finditer(lowered)] == [m.span() for m in plain.finditer(lowered)], line
    if role == "chair":
        assert [m.group(0) for m in pattern.finditer("do phó thủ tướng vương đình huệ chủ trì")] == ["chủ trì"]
