"""Bytes → NFC text and the name of the encoding they were read as.

Order: BOMs (UTF-8, UTF-16, UTF-32), an HTML page's declared charset (when the bytes
agree with it), strict UTF-8, then candidates from charset-normalizer plus Windows-1258
and the 8-bit font encodings TCVN3 and VNI, each scored by how Vietnamese the result
reads. Windows-1258 writes tones as combining marks after the base letter; NFC composes
them. Whatever the bytes were, the text then goes through `core.legacy.repair_text`:
legacy encodings that surfaced as Latin-1 text, VIQR, and UTF-8 read twice.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from core.legacy import LEGACY_DECODERS, read_8bit, repair_text
from core.normalize import vietnamese_ratio

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# UTF-16 without its BOM (a Windows tool's "Unicode" with the mark cut off, a database
# export): every ASCII character, spaces and digits included, writes a NUL beside it, on
# the odd bytes (little-endian) or the even ones (big-endian). Vietnamese text is a third
# to a half ASCII; a binary file has its NULs on both sides.
UTF16_SAMPLE_BYTES = 4096
UTF16_MIN_NUL_SIDE = 0.2  # share of one side's bytes that are NUL
UTF16_MAX_NUL_OTHER = 0.01  # share of the other side's
UTF16_MIN_LATIN = 0.9  # share of the decoded characters in Latin script, marks and punctuation

# Encodings always tried for non-UTF-8 bytes, whatever the detector says: the Vietnamese
# code page, and the two Western ones a detector most often confuses it with.
_VIETNAMESE_CANDIDATES = ("cp1258",)
_ENCODING_NAMES = {"cp1258": "windows-1258", "cp1252": "windows-1252", "utf_8": "utf-8"}


class DecodeError(ValueError):
    """The bytes cannot be read as text: `reason` is the reject reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True, frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_DECLARED_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (`<meta charset>`, http-equiv)."""
    m = _DECLARED_RE.search(data[:4096])
    if m is None:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None, repair: bool = True) -> Decoded:
    """Decode or raise DecodeError('empty' | 'binary' | 'undecodable'). `declared` is the
    charset the document names for itself: honoured when the bytes decode with it and
    read no worse than under detection, else overruled with a `charset_mismatch` warning.
    `repair=False` leaves Unicode normalisation and text-level repair (legacy fonts, double
    UTF-8) to the caller: an HTML page gets them once its article is found, on its text
    rather than on the markup."""
    if not data or data.isspace():
        raise DecodeError("empty", "no bytes or only white space")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{name} BOM but invalid {name}: {exc}") from exc
            return _finish(text, name, repair=repair)
    if b"\x00" in data:
        if (utf16 := _bomless_utf16(data)) is not None:
            return _finish(*utf16, repair=repair)
        raise DecodeError("binary", f"NUL byte at offset {data.index(0)}")
    mismatch: tuple[str, ...] = ()
    if declared is not None and declared not in ("utf-8", "ascii"):
        decoded = _declared(data, declared, repair)
        if decoded is not None:
            return decoded
        mismatch = ("charset_mismatch",)
    try:
        return _finish(data.decode("utf-8"), "utf-8", mismatch, repair)
    except UnicodeDecodeError:
        if declared in ("utf-8", "ascii"):
            mismatch = ("charset_mismatch",)
    return _finish(*_detect(data), mismatch, repair)


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """The text and its encoding when `data` is UTF-16 written without a BOM, else None."""
    if len(data) % 2:
        return None
    sample = data[:UTF16_SAMPLE_BYTES]
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= UTF16_MIN_NUL_SIDE and nul_even <= UTF16_MAX_NUL_OTHER:
        codec = "utf-16-le"
    elif nul_even >= UTF16_MIN_NUL_SIDE and nul_odd <= UTF16_MAX_NUL_OTHER:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    # The layout alone is no proof (`abc\0def\0`): the characters must be text in a Latin
    # script, as the Vietnamese a NUL-beside-ASCII layout implies.
    latin = sum(1 for ch in text if ch in "\t\n\r" or " " <= ch <= "~" or "\u00c0" <= ch <= "\u024f"
                or "\u1ea0" <= ch <= "\u1ef9" or "\u0300" <= ch <= "\u0323" or "\u2010" <= ch <= "\u2026")
    if latin < UTF16_MIN_LATIN * len(text):
        return None
    return text, codec


def _declared(data: bytes, declared: str, repair: bool = True) -> Decoded | None:
    try:
        text = data.decode(declared)
    except (UnicodeDecodeError, LookupError):
        return None
    try:  # a page saved as UTF-8 that still declares its old charset
        utf8 = data.decode("utf-8")
        if vietnamese_ratio(utf8) > vietnamese_ratio(unicodedata.normalize("NFC", text)):
            return None
    except UnicodeDecodeError:
        pass
    return _finish(text, _ENCODING_NAMES.get(declared, declared.replace("_", "-")), repair=repair)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported here: UTF-8 input never pays for it

    candidates: list[str] = list(_VIETNAMESE_CANDIDATES)
    for match in from_bytes(data, cp_isolation=None, threshold=0.5):
        if match.encoding not in candidates:
            candidates.append(match.encoding)
    texts: list[tuple[str, str]] = []
    for encoding in candidates:
        try:
            texts.append((encoding, data.decode(encoding)))
        except (UnicodeDecodeError, LookupError):
            continue
    # The font encodings have no codec: their bytes read as Latin-1, then convert.
    latin = read_8bit(data)
    texts.extend((name, LEGACY_DECODERS[name](latin)) for name in ("tcvn3", "vni"))
    best: tuple[float, str, str] | None = None
    for encoding, text in texts:
        text = unicodedata.normalize("NFC", text)
        score = vietnamese_ratio(text) - _noise(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] <= 0:
        raise DecodeError("undecodable", "no encoding gives readable text")
    return best[1], _ENCODING_NAMES.get(best[2], best[2].replace("_", "-"))


def _noise(text: str) -> float:
    """Share of characters that are control, private-use or unassigned: wrong-codec debris."""
    if not text:
        return 1.0
    bad = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t"
    )
    return bad / len(text)


def _finish(text: str, encoding: str, warnings: tuple[str, ...] = (), repair: bool = True) -> Decoded:
    if not repair:  # markup: its text is normalised line by line once the article is found
        if not text or text.isspace():
            raise DecodeError("empty", "no text after decoding")
        return Decoded(text, encoding, warnings)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text or text.isspace():
        raise DecodeError("empty", "no text after decoding")
    repaired = repair_text(text)
    # A repair can leave a compatibility character (VNI bytes read to U+F900) that NFC maps.
    fixed = unicodedata.normalize("NFC", repaired.text)
    return Decoded(fixed, repaired.encoding or encoding, (*warnings, *repaired.warnings))
