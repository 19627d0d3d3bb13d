import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from core.normalize import (
    is_vietnamese_syllable,
    normalize_line,
    normalize_tone,
    same_length_lower,
    vietnamese_ratio,
)


def test_tone_moves_to_first_vowel_of_open_oa_oe_uy():
    assert normalize_tone("Hoà thuỷ Uỷ ban khoẻ Thuý HOÀ toà") == "Hòa thủy Ủy ban khỏe Thúy HÒA tòa"


def test_tone_stays_in_closed_syllables_and_after_qu():
    for word in ("hoàng", "khuyết", "quý", "quỷ", "ngoài", "khuỷu", "tuyển"):
        assert normalize_tone(word) == word


def test_agrees_with_underthesea_text_normalize():
    from underthesea import text_normalize

    words = ["hoà", "hoá", "khoẻ", "thuỷ", "uỷ", "tuỳ", "luỹ", "xoà", "loè", "Hoà", "Thuỵ", "quý", "hoàng"]
    for word in words:
        assert normalize_tone(word) == text_normalize(word), word


def test_normalize_line_folds_space_and_composes():
    decomposed = unicodedata.normalize("NFD", "  Việt\u00a0 Nam\u200b \t")
    assert normalize_line(decomposed) == "Việt Nam"
    assert normalize_line("hoà", keep_tone=True) == "hoà"


def test_vietnamese_ratio():
    assert vietnamese_ratio("Văn phòng huyện tổ chức hội nghị") == 1.0
    assert vietnamese_ratio("The quick brown fox jumps") < 0.3
    assert vietnamese_ratio("") == 0.0
    assert not is_vietnamese_syllable("ChiêÌu")


@given(st.text())
def test_normalize_never_raises_and_is_idempotent(text):
    once = normalize_line(text)
    assert normalize_line(once) == once
    assert 0.0 <= vietnamese_ratio(text) <= 1.0


_SPACED = st.text(alphabet=st.sampled_from(list("ab ệ\t\n\xa0\u2028\x1c.Ệ")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_SPACED)
def test_fast_white_space_paths_equal_split_and_join(text):
    from core.normalize import count_words, single_spaced, vietnamese_ratio

    assert single_spaced(text) == " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()
    assert count_words(text) == len(text.split())
    words = re.findall(r"[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+", text.lower())
    total = sum(map(len, words))
    expected = sum(len(w) for w in words if is_vietnamese_syllable(w)) / total if total else 0.0
    assert vietnamese_ratio(text) == expected


# Words as a crawl meets them: ASCII words with and without punctuation or digits (the
# fast path), Vietnamese and other Latin letters, cases and underscores.
_WORDISH = st.text(alphabet=st.sampled_from(list("anhtrIOUgđĐệưÆßé_1.,'-()?\"\t ")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_WORDISH)
def test_language_signals_equal_their_definition(text):
    """Both signals as defined, letter by letter, whatever path a word takes (the cache,
    the ASCII shortcut, the general count)."""
    from core.normalize import _VIETNAMESE_ONLY, language_signals

    runs = re.findall(r"[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+", text.lower())
    letters = sum(map(len, runs))
    ratio = sum(len(w) for w in runs if is_vietnamese_syllable(w)) / letters if letters else 0.0
    letter_words = re.findall(r"[^\W\d_]+", text)
    share = (sum(1 for w in letter_words if not _VIETNAMESE_ONLY.isdisjoint(w)) / len(letter_words)
             if letter_words else 0.0)
    assert language_signals(text) == (ratio, share)


@given(st.text(alphabet=st.sampled_from(list("aAİIıiĐđỘộ ẞß.,")), max_size=30))
def test_same_length_lower_keeps_every_position(text):
    lowered = same_length_lower(text)
    assert len(lowered) == len(text)
    assert lowered == text.replace("İ", "i").lower()


@settings(max_examples=400, deadline=None)
@given(_SPACED, st.integers(0, 2), st.integers(0, 2))
def test_normalize_line_equals_its_definition_with_spaces_at_the_ends(text, before, after):
    """The trimmed fast path (many dumps end each paragraph with a space) gives what the
    definition gives: NFC, invisible and control characters out, one space a run, trimmed."""
    from core.normalize import _CLEANUP

    line = " " * before + text + " " * after
    expected = " ".join(unicodedata.normalize("NFC", line).translate(_CLEANUP).split())
    assert normalize_line(line, keep_tone=True) == expected
