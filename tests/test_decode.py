import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.decode import DecodeError, decode_bytes

TEXT = "Chiều ngày 11/01, Văn phòng HĐND- UBND huyện Đức Hòa tổ chức hội nghị tổng kết công tác năm 2022."
TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letter, then a combining tone."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + tone).encode("cp1258")
    return out


def test_utf8_plain_and_bom():
    assert decode_bytes(TEXT.encode()).encoding == "utf-8"
    decoded = decode_bytes(codecs.BOM_UTF8 + TEXT.encode())
    assert decoded.text == TEXT and decoded.encoding == "utf-8-sig"


def test_utf16_with_bom():
    decoded = decode_bytes(TEXT.encode("utf-16"))
    assert decoded.text == TEXT and decoded.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    # a Windows tool's "Unicode" with its mark cut off: was rejected as binary (a NUL byte)
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.text == TEXT and decoded.encoding == codec


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02\x00" * 50, b"abc\x00def\x00" * 40, bytes(range(256)) * 4, b"a\x00" * 99 + b"a"],
)
def test_nul_bytes_on_both_sides_or_odd_lengths_stay_binary(data):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == "binary"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=20, max_size=300))
def test_text_with_ascii_reads_back_from_bomless_utf16_le(text):
    data = (text + " Hội nghị 2017").encode("utf-16-le")
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return  # too few ASCII characters to show the layout: rejected, never misread
    if decoded.encoding == "utf-16-le":
        assert decoded.text == unicodedata.normalize("NFC", decoded.text)


def test_windows_1258_with_combining_tones_comes_out_nfc():
    decoded = decode_bytes(encode_cp1258(TEXT))
    assert decoded.encoding == "windows-1258"
    assert decoded.text == TEXT
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_nfd_utf8_is_composed():
    assert decode_bytes(unicodedata.normalize("NFD", TEXT).encode()).text == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t", "empty"), (b"abc\x00def", "binary"), (b"\xff\xfe\x00\xd8", "undecodable")],
)
def test_bad_bytes_raise_decode_error_with_reason(data, reason):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == reason


@given(st.binary(max_size=2000))
def test_decoder_never_raises_anything_but_decode_error(data):
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert exc.reason in {"empty", "binary", "undecodable"}
    else:
        assert unicodedata.is_normalized("NFC", decoded.text)
