"""Legacy Vietnamese encodings: tables by round trip, detection on text, repair of UTF-8
read twice, and whole seeds in TCVN3 / VNI giving the same record as in Unicode."""

import unicodedata

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.main import app
from core.decode import declared_charset, decode_bytes
from core.legacy import (
    TONES,
    from_cp1252_as_cp1258,
    from_tcvn3,
    from_viqr,
    from_vni,
    repair_double_utf8,
    repair_text,
    to_cp1258,
    to_tcvn3,
    to_viqr,
    to_vni,
)
from tests.conftest import SAMPLES

BASES = "aăâeêioôơuưy"
# Every Vietnamese letter: each vowel bare and with each of the five tones, and đ; both cases.
LETTERS = [unicodedata.normalize("NFC", b + t) for b in BASES for t in ("", *TONES)] + ["đ"]
ALL_LETTERS = LETTERS + [letter.upper() for letter in LETTERS]
SENTENCE = ("Thủ tướng Chính phủ Nguyễn Xuân Phúc dự Hội nghị tổng kết năm 2023 của Ủy ban nhân "
            "dân tỉnh Đà Nẵng; đại học, bác sĩ, kỳ họp, địa phương, ngữ cảnh, Quảng Ngãi.")


def test_every_letter_with_every_tone_round_trips():
    assert len(ALL_LETTERS) == 2 * (12 * 6 + 1)
    for letter in ALL_LETTERS:
        assert from_vni(to_vni(letter)) == letter, letter
        # A word-final `.` before the end of a line is read as a full stop: test inside a word.
        assert from_viqr(to_viqr(f"t{letter}n")) == f"t{letter}n", letter
        assert unicodedata.normalize("NFC", to_cp1258(letter).decode("cp1258")) == letter, letter
        # TCVN3 has no upper-case toned letters: they come back in lower case.
        word = f"t{letter}n"
        assert from_tcvn3(to_tcvn3(word)) in (word, word.lower()), letter
        if letter == letter.lower() or letter.lower() in "aeiouy":
            assert from_tcvn3(to_tcvn3(word)) == word, letter
    # ... but a toned letter that opens a sentence gets its capital back.
    assert from_tcvn3(to_tcvn3("Ủy ban họp. Ở đây")) == "Ủy ban họp. Ở đây"


def test_tables_match_the_published_code_points():
    # Spot checks against the standards' code charts (TCVN 5712:1993 VN3, VNI-Windows).
    assert from_tcvn3("ViÖt Nam") == "Việt Nam"
    assert from_tcvn3("Hµ Néi, §µ N½ng, ®­îc, nh÷ng") == "Hà Nội, Đà Nẵng, được, những"
    assert from_vni("Vieät Nam, Haø Noäi, Thuû töôùng, ñaïi hoïc, baùc só") == \
        "Việt Nam, Hà Nội, Thủ tướng, đại học, bác sĩ"
    assert from_vni("VIEÄT NAM") == "VIỆT NAM"
    assert from_viqr("Vie^.t Nam, Ha` No^.i, DDa` Na(~ng") == "Việt Nam, Hà Nội, Đà Nẵng"


@pytest.mark.parametrize("encode,name", [
    (to_tcvn3, "tcvn3"), (to_vni, "vni"), (to_viqr, "viqr"),
    (lambda s: to_cp1258(s).decode("cp1252", errors="replace"), "windows-1258"),
])
def test_detection_on_text(encode, name):
    repaired = repair_text(encode(SENTENCE))
    assert repaired.encoding == name
    expected = SENTENCE.lower() if name == "tcvn3" else SENTENCE
    assert (repaired.text.lower() if name == "tcvn3" else repaired.text) == expected
    assert repaired.warnings == ()


def test_viqr_full_stops_and_escapes():
    assert from_viqr("No' mo+'i. Ca'c bo^. tru+o+?ng.") == "Nó mới. Các bộ trưởng."
    assert from_viqr("Ca'c co^ng vie^.c ca^`n la`m nay.\nHo^m nay") == "Các công việc cần làm nay.\nHôm nay"
    assert from_viqr("Vie^\\.t") == "Viê.t"


@pytest.mark.parametrize("text", [
    SENTENCE,
    "Müller, Søren và Ørsted đến Hà Nội năm 2023 © Báo Mới « tin » 30°C",
    "The address was added to the Oddity index. Why? Because it was odd.",
    "Ông Jürgen Klöße phát biểu tại hội nghị.",
])
def test_clean_text_is_left_alone(text):
    repaired = repair_text(text)
    assert repaired.text == text and repaired.encoding is None and repaired.warnings == ()


def test_double_encoded_utf8_is_repaired_and_flagged():
    broken = SENTENCE.encode("utf-8").decode("cp1252", errors="replace")
    fixed, count = repair_double_utf8("Viá»‡t Nam Ä‘Ã£ tá»• chá»©c")
    assert fixed == "Việt Nam đã tổ chức" and count == 5
    repaired = repair_text(broken)
    assert "mojibake_repaired" in repaired.warnings
    # cp1252 has no character for some bytes: those letters are lost, and flagged.
    assert "mojibake" in repaired.warnings and repaired.text.count("\ufffd") < broken.count("\ufffd") + 1
    whole = SENTENCE.encode("utf-8").decode("latin-1")
    assert repair_text(whole).text == SENTENCE


def test_lost_characters_are_flagged_not_invented():
    repaired = repair_text("Nhiệt độ: 30°C\nĐ?ẩm: 80%")
    assert repaired.warnings == ("mojibake",) and "Đ?ẩm" in repaired.text
    assert repair_text("Xem tại https://x.vn/tin?id=5 nhé").warnings == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALL_LETTERS + list(" .,?'`^+(~\nabcdfghklmnpqrstvx0123456789")),
               max_size=200))
def test_converters_never_raise(text):
    for convert in (from_tcvn3, from_vni, from_viqr, from_cp1252_as_cp1258):
        assert isinstance(convert(text), str)
    assert isinstance(repair_text(text).text, str)


def test_raw_legacy_bytes_are_detected():
    raw = to_tcvn3(SENTENCE).encode("latin-1")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "tcvn3"
    assert decoded.text.lower() == SENTENCE.lower()
    vni = decode_bytes(to_vni(SENTENCE).encode("latin-1"))
    assert vni.encoding == "vni" and vni.text == SENTENCE
    cp = decode_bytes(to_cp1258(SENTENCE))
    assert cp.encoding == "windows-1258" and cp.text == SENTENCE


def test_declared_charset_is_honoured_and_checked():
    page = f'<html><head><meta charset="windows-1258"></head><body><p>{SENTENCE}</p></body></html>'
    raw = to_cp1258(page)
    assert declared_charset(raw) == "cp1258"
    assert decode_bytes(raw, "cp1258").encoding == "windows-1258"
    # A page re-saved as UTF-8 that still declares its old charset: the bytes win.
    utf8 = page.encode("utf-8")
    decoded = decode_bytes(utf8, declared_charset(utf8))
    assert decoded.encoding == "utf-8" and SENTENCE in decoded.text
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    assert declared_charset(http_equiv) == "utf-8"


runner = CliRunner()


def _records(path) -> dict[str, dict]:
    out = {}
    for line in path.read_bytes().splitlines():
        record = orjson.loads(line)
        out[record["source"]["path"].rsplit(".", 1)[0]] = record
    return out


def _comparable(record: dict, lower: bool) -> str:
    keep = {k: v for k, v in record.items() if k not in ("id", "source", "quality")}
    text = orjson.dumps(keep, option=orjson.OPT_SORT_KEYS).decode()
    return text.lower() if lower else text


@pytest.mark.parametrize("name,encode,as_bytes", [
    ("tcvn3", to_tcvn3, False), ("vni", to_vni, False), ("tcvn3", to_tcvn3, True), ("vni", to_vni, True),
])
def test_legacy_seeds_give_the_same_records(tmp_path, name, encode, as_bytes):
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    for path in sorted(SAMPLES.glob("*.txt")):
        surfaced = encode(path.read_text(encoding="utf-8"))
        target = legacy / path.name
        if as_bytes:  # the 8-bit file itself
            target.write_bytes(surfaced.encode("cp1252", errors="replace"))
        else:  # the text as it surfaces from a .VnTime / VNI-Times document, saved as UTF-8
            target.write_text(surfaced, encoding="utf-8")
    for folder, out in ((SAMPLES, tmp_path / "u.jsonl"), (legacy, tmp_path / "l.jsonl")):
        result = runner.invoke(app, ["process", str(folder), "-o", str(out), "--no-tokenize", "-q"])
        assert result.exit_code == 0, result.stderr
    unicode_records, legacy_records = _records(tmp_path / "u.jsonl"), _records(tmp_path / "l.jsonl")
    assert unicode_records.keys() == legacy_records.keys()
    for key, record in unicode_records.items():
        assert legacy_records[key]["source"]["encoding"] == name, key
        lower = name == "tcvn3"
        assert _comparable(legacy_records[key], lower) == _comparable(record, lower), key


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"abcdefgh " * 40, *"Việt\u00e9\u1ea1\U0001f600\ud800"]), max_size=400))
def test_seven_bit_check_equals_counting_non_ascii_characters(text):
    from core.legacy import _looks_7bit

    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    assert _looks_7bit(text) == (non_ascii <= len(text) // 100)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("dDđaeoAEOuU^+(`'?~. xyĐ_1é")), max_size=30))
def test_viqr_patterns_read_as_written_with_word_boundaries(text):
    """The VIQR patterns spell `\\b[dD]` as `[dD](?<!\\w[dD])` for speed: the same matches."""
    import re

    from core import legacy

    strong = re.compile(r"[aeoAEO]\^|[ouOU]\+|[aA]\((?=[a-zA-Z'`?~.])|[\^+(]['`?~.]|\b[dD][dD][aeiouyAEIOUY]")
    hint = re.compile(r"[aeiouyAEIOUY][(^+]?['`?~.](?=[a-zA-Z])|[aeoAEO]\^|[ouOU]\+|\b[dD][dD]")
    spans = lambda pattern: [m.span() for m in pattern.finditer(text)]  # noqa: E731
    assert spans(legacy._VIQR_STRONG_RE) == spans(strong)
    assert spans(legacy._VIQR_HINT_RE) == spans(hint)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAeEiIoOuUyYdD^+('`?~. xbZ", max_size=60))
def test_viqr_patterns_written_a_branch_a_character_find_what_the_plain_forms_find(text):
    """The VIQR detection patterns, written with one branch for each opening character
    (which the regex engine skips ahead to), find the very matches of their plain forms."""
    import re

    from core import legacy

    strong = re.compile(r"[aeoAEO]\^|[ouOU]\+|[aA]\((?=[a-zA-Z'`?~.])|[\^+(]['`?~.]|[dD](?<!\w[dD])[dD][aeiouyAEIOUY]")
    hint = re.compile(r"[aeiouyAEIOUY][(^+]?['`?~.](?=[a-zA-Z])|[aeoAEO]\^|[ouOU]\+|[dD](?<!\w[dD])[dD]")
    assert [m.span() for m in legacy._VIQR_STRONG_RE.finditer(text)] == [m.span() for m in strong.finditer(text)]
    assert [m.span() for m in legacy._VIQR_HINT_RE.finditer(text)] == [m.span() for m in hint.finditer(text)]
