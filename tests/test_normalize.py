import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from core.normalize import is_vietnamese_syllable, normalize_line, normalize_tone, vietnamese_ratio


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
