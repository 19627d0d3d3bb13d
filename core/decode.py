"""Bytes → NFC text and the name of the encoding they were read as.

Order: BOMs (UTF-8, UTF-16, UTF-32), strict UTF-8, then candidates from
charset-normalizer plus Windows-1258, each scored by how Vietnamese the result reads.
Windows-1258 writes tones as combining marks after the base letter; NFC composes them.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from core.normalize import vietnamese_ratio

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

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


def decode_bytes(data: bytes) -> Decoded:
    """Decode or raise DecodeError('empty' | 'binary' | 'undecodable')."""
    if not data.strip():
        raise DecodeError("empty", "no bytes or only white space")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{name} BOM but invalid {name}: {exc}") from exc
            return _finish(text, name)
    if b"\x00" in data:
        raise DecodeError("binary", f"NUL byte at offset {data.index(0)}")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _finish(*_detect(data))


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported here: UTF-8 input never pays for it

    candidates: list[str] = list(_VIETNAMESE_CANDIDATES)
    for match in from_bytes(data, cp_isolation=None, threshold=0.5):
        if match.encoding not in candidates:
            candidates.append(match.encoding)
    best: tuple[float, str, str] | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
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


def _finish(text: str, encoding: str) -> Decoded:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DecodeError("empty", "no text after decoding")
    return Decoded(text, encoding)
