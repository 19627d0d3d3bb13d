"""Pre-Unicode Vietnamese: TCVN3, VNI, VIQR and Windows-1258 text, and UTF-8 read twice.

Old archives were typed in 8-bit font encodings. When such a document is extracted or
saved as text, its bytes surface as the Windows-1252 / Latin-1 characters of the same
code points: `ViÖt Nam` (TCVN3, the `.VnTime` fonts), `Vieät Nam` (VNI, the `VNI-Times`
fonts), or as the 7-bit VIQR convention `Vie^.t Nam` (RFC 1456). All conversions here
work on such text; raw legacy bytes are first read as Latin-1, which gives the same text.

The tables are built from the encodings' definitions below (one row per base letter,
one code per tone), never typed letter by letter, and are tested by round trip over
every Vietnamese letter with every tone. Detection looks only at the text: each
candidate conversion is applied and kept when it makes markedly more of the words read
as Vietnamese syllables.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from core.normalize import vietnamese_ratio

# The five tones as Unicode combining marks, in the order the tables below list them.
TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng
_BASES = "aăâeêioôơuưy"


def _toned(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + TONES[tone])


# TCVN 5712:1993, VN3 (the ABC `.Vn` fonts): one byte a letter, lower case only for toned
# letters. Each row: the base letter's own code (if it has one), then the codes of the
# letter with huyền, hỏi, ngã, sắc, nặng.
_TCVN3_ROWS: dict[str, tuple[int | None, tuple[int, int, int, int, int]]] = {
    "a": (None, (0xB5, 0xB6, 0xB7, 0xB8, 0xB9)),
    "ă": (0xA8, (0xBB, 0xBC, 0xBD, 0xBE, 0xC6)),
    "â": (0xA9, (0xC7, 0xC8, 0xC9, 0xCA, 0xCB)),
    "e": (None, (0xCC, 0xCE, 0xCF, 0xD0, 0xD1)),
    "ê": (0xAA, (0xD2, 0xD3, 0xD4, 0xD5, 0xD6)),
    "i": (None, (0xD7, 0xD8, 0xDC, 0xDD, 0xDE)),
    "o": (None, (0xDF, 0xE1, 0xE2, 0xE3, 0xE4)),
    "ô": (0xAB, (0xE5, 0xE6, 0xE7, 0xE8, 0xE9)),
    "ơ": (0xAC, (0xEA, 0xEB, 0xEC, 0xED, 0xEE)),
    "u": (None, (0xEF, 0xF1, 0xF2, 0xF3, 0xF4)),
    "ư": (0xAD, (0xF5, 0xF6, 0xF7, 0xF8, 0xF9)),
    "y": (None, (0xFA, 0xFB, 0xFC, 0xFD, 0xFE)),
}
_TCVN3_OTHERS = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ"}


def _tcvn3_table() -> dict[str, str]:
    table = {chr(code): letter for code, letter in _TCVN3_OTHERS.items()}
    for base, (own, toned) in _TCVN3_ROWS.items():
        if own is not None:
            table[chr(own)] = base
        for tone, code in enumerate(toned):
            table[chr(code)] = _toned(base, tone)
    return table


TCVN3_DECODE = _tcvn3_table()
TCVN3_ENCODE = {letter: code for code, letter in TCVN3_DECODE.items()}
_TCVN3_TRANSLATE = str.maketrans(TCVN3_DECODE)


# VNI (the `VNI-Windows` fonts): a base letter followed by a mark byte. Marks for the
# lower-case font; the upper-case letters use the upper-case form of the same byte.
_VNI_MODIFIER = {"â": "\u0302", "ê": "\u0306"}  # circumflex (a e o), breve (a)
_VNI_TONE = {"ø": 0, "û": 1, "õ": 2, "ù": 3, "ï": 4}  # huyền, hỏi, ngã, sắc, nặng
# A modifier and a tone in one byte: circumflex with each tone, breve with each tone.
_VNI_CIRCUMFLEX_TONE = {"à": 0, "å": 1, "ã": 2, "á": 3, "ä": 4}
_VNI_BREVE_TONE = {"è": 0, "ú": 1, "ü": 2, "é": 3, "ë": 4}
# Letters with a code of their own: ơ ư đ, and i/y forms that would clash with marks.
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "í": "í", "ò": "ị", "î": "ỵ"}


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(decode: legacy sequence → letter, encode: letter → legacy sequence), both cases."""
    decode: dict[str, str] = {}

    def add(sequence: str, letter: str) -> None:
        decode[sequence] = letter
        decode[sequence.upper()] = letter.upper()

    for code, letter in _VNI_SINGLE.items():
        add(code, letter)
    for base in "aeiouy":
        for mark, tone in _VNI_TONE.items():
            add(base + mark, _toned(base, tone))
    for base_code, base in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONE.items():
            add(base_code + mark, _toned(base, tone))
    for base in "aeo":
        add(base + "â", unicodedata.normalize("NFC", base + "\u0302"))
        for mark, tone in _VNI_CIRCUMFLEX_TONE.items():
            add(base + mark, _toned(unicodedata.normalize("NFC", base + "\u0302"), tone))
    add("aê", "ă")
    for mark, tone in _VNI_BREVE_TONE.items():
        add("a" + mark, _toned("ă", tone))
    # The i and y letters with their own code win over the base+mark spelling.
    for code, letter in _VNI_SINGLE.items():
        if letter[0] in "iỉĩíìịỵ":
            add(code, letter)
    encode: dict[str, str] = {}
    for sequence, letter in decode.items():
        if letter not in encode or len(sequence) < len(encode[letter]):
            encode[letter] = sequence
    return decode, encode


VNI_DECODE, VNI_ENCODE = _vni_tables()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI_DECODE), key=len, reverse=True)))


# VIQR (RFC 1456): ASCII marks after the letter; `\` escapes a mark.
_VIQR_MODIFIER = {"(": "\u0306", "^": "\u0302", "+": "\u031b"}
_VIQR_TONE = {"`": 0, "?": 1, "~": 2, "'": 3, ".": 4}
_VIQR_ALLOWED = {("a", "("), ("a", "^"), ("e", "^"), ("o", "^"), ("o", "+"), ("u", "+")}


# The toned letters TCVN3 has only in lower case. A writer starting a sentence with one
# typed the lower-case code (the capital needs the `.VnTimeH` font), so a toned letter
# that opens a line or a sentence is given its capital back.
_TCVN3_TONED = "".join(chr(c) for _, toned in _TCVN3_ROWS.values() for c in toned)
_TCVN3_SENTENCE_START_RE = re.compile(f"(^[ \t\"“(]*|[.!?…][\"”]?[ \t]+)([{re.escape(_TCVN3_TONED)}])", re.MULTILINE)


def from_tcvn3(text: str) -> str:
    text = _TCVN3_SENTENCE_START_RE.sub(lambda m: m.group(1) + TCVN3_DECODE[m.group(2)].upper(), text)
    return text.translate(_TCVN3_TRANSLATE)


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as Latin-1 characters; upper-case toned letters fall to lower case."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = TCVN3_ENCODE.get(ch)
        if code is None and ch.lower() != ch:
            code = TCVN3_ENCODE.get(ch.lower()) if ch.lower() not in "abcdefghijklmnopqrstuvwxyz" else None
        out.append(code if code is not None else ch)
    return "".join(out)


def from_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_DECODE[m.group(0)], text)


def to_vni(text: str) -> str:
    return "".join(VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def from_viqr(text: str) -> str:
    return _VIQR_WORD_RE.sub(_viqr_word, text)


_VIQR_WORD_RE = re.compile(r"[A-Za-z\\][A-Za-z(^+'`?~.\\]*")


def _viqr_word(m: re.Match[str]) -> str:
    """One word: a vowel takes the modifier and the tone that follow it; a word takes one
    tone, so a later `.` or `?` is punctuation. A word-final `.` before a capital or the end
    of a line is a full stop, unless the word carries a modifier (`bo^.` is `bộ`)."""
    word, out, i, toned, modified = m.group(0), [], 0, False, False
    after = m.string[m.end() : m.end() + 3].lstrip(" ")
    sentence_end = after == "" or after[0] == "\n" or after[0].isupper()
    while i < len(word):
        ch = word[i]
        if ch == "\\" and i + 1 < len(word):
            out.append(word[i + 1])
            i += 2
            continue
        if ch in "dD" and word[i + 1 : i + 2] in ("d", "D") and word[i : i + 2] != "dD":
            out.append("đ" if ch == "d" else "Đ")
            i += 2
            continue
        if ch.lower() not in "aeiouy":
            out.append(ch)
            i += 1
            continue
        marks = ""
        j = i + 1
        if j < len(word) and word[j] in _VIQR_MODIFIER and (ch.lower(), word[j]) in _VIQR_ALLOWED:
            marks += _VIQR_MODIFIER[word[j]]
            modified = True
            j += 1
        if j < len(word) and word[j] in _VIQR_TONE and not toned:
            full_stop = word[j] == "." and j == len(word) - 1 and sentence_end and not modified
            if not full_stop:
                marks += TONES[_VIQR_TONE[word[j]]]
                toned = True
                j += 1
        out.append(unicodedata.normalize("NFC", ch + marks))
        i = j
    return "".join(out)


def to_viqr(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if not marks or base.lower() not in "aeiouy":
            out.append(ch)
            continue
        modifier = "".join(k for k, v in _VIQR_MODIFIER.items() if v in marks)
        tone = "".join(k for k, v in _VIQR_TONE.items() if TONES[v] in marks)
        out.append(base + modifier + tone)
    return "".join(out)


def to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 bytes: precomposed where the code page has the letter,
    otherwise base letter (with its own circumflex, breve or horn) and a combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out += (base + tone).encode("cp1258", errors="replace")
    return bytes(out)


def from_cp1252_as_cp1258(text: str) -> str:
    """Windows-1258 bytes that were shown as Windows-1252: back to bytes, read as 1258."""
    return unicodedata.normalize("NFC", _as_bytes(text).decode("cp1258", errors="replace"))


# Windows-1252 where it defines a byte, Latin-1 elsewhere: how 8-bit font text is read.
_C1_AS_CP1252 = str.maketrans({
    chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if bytes([b]).decode("cp1252", "ignore")
})


def read_8bit(data: bytes) -> str:
    return data.decode("latin-1").translate(_C1_AS_CP1252)


def _latin1_fallback(error: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: what Windows-1252 cannot write, Latin-1 writes, else `?`."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(ord(ch) if ord(ch) < 256 else 0x3F for ch in chunk), error.end


codecs.register_error("vnmeet-latin1", _latin1_fallback)


def _as_bytes(text: str) -> bytes:
    return text.encode("cp1252", errors="vnmeet-latin1")


# UTF-8 bytes shown as Windows-1252 (`Viá»‡t`): a lead character and its continuations.
# (the byte as Windows-1252 shows it, and as Latin-1 does: C1 controls survive some paths)
_CONT = "".join(
    sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""}
           | {chr(b) for b in range(0x80, 0xC0)})
)
_CONT_CLASS = "[" + re.escape(_CONT) + "]"
_DOUBLE_UTF8_RE = re.compile(
    f"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|[\u00f0-\u00f4]{_CONT_CLASS}{{3}}"
)
# Latin-1 letters and signs Vietnamese never uses (no-break space and ° aside: web text
# is full of them): the debris every legacy encoding leaves.
_SUSPECT_RE = re.compile(r"[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00ba\u00bc-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8"
                         r"\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff"
                         r"\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u20ac\u2122]")
# Two VIQR patterns written with one branch for each character that can open a match: the
# engine then skips ahead to those characters and tries only that character's branch (an
# alternation whose branches open on a character class is tried whole at every character).
# Branches for one character keep their order, so the matches are those of the plain form.
_VIQR_TONE_MARK = "['`?~.]"


def _branch_per_character(branches: tuple[tuple[str, str], ...]) -> str:
    """`(characters, rest)` pairs (`("aeo", "\\^")` for `[aeo]\\^`) as one branch a character."""
    return "|".join(f"{re.escape(ch)}{rest.replace('{ch}', re.escape(ch))}"
                    for ch in dict.fromkeys("".join(chars for chars, _ in branches))
                    for chars, rest in branches if ch in chars)


# Marks only VIQR writes: a modifier, a tone after a modifier, `dd` opening a word
# (`[aeoAEO]\^|[ouOU]\+|[aA]\((?=[a-zA-Z'`?~.])|[\^+(]['`?~.]|[dD](?<!\w[dD])[dD][aeiouyAEIOUY]`).
_VIQR_STRONG_RE = re.compile(_branch_per_character((
    ("aeoAEO", r"\^"), ("ouOU", r"\+"), ("aA", r"\((?=[a-zA-Z'`?~.])"), ("^+(", _VIQR_TONE_MARK),
    ("dD", r"(?<!\w{ch})[dD][aeiouyAEIOUY]"),
)))
# VIQR's marks of any kind (`[aeiouyAEIOUY][(^+]?['`?~.](?=[a-zA-Z])|[aeoAEO]\^|[ouOU]\+|\b[dD][dD]`).
_VIQR_HINT_RE = re.compile(_branch_per_character((
    ("aeiouyAEIOUY", rf"[(^+]?{_VIQR_TONE_MARK}(?=[a-zA-Z])"), ("aeoAEO", r"\^"), ("ouOU", r"\+"),
    ("dD", r"(?<!\w{ch})[dD]"),
)))
# A character lost on the way (`Đ?ẩm`, U+FFFD): a `?` inside a Vietnamese word, that is
# between letters, the next in lower case (`vọng?Đúng` is a missing space), and one of
# them a Vietnamese letter (`tin?id=5` is a web address).
_VIET_LETTERS = frozenset("àáảãạăằẳẵắặâầẩẫấậđèéẻẽẹêềểễếệìíỉĩịòóỏõọôồổỗốộơờởỡớợùúủũụưừửữứựỳýỷỹỵ")
_VIET_LETTERS_ANY_CASE = _VIET_LETTERS | {ch.upper() for ch in _VIET_LETTERS}


def has_lost_characters(text: str) -> bool:
    if "\ufffd" in text:
        return True
    at = text.find("?")
    while at > 0:
        before, after = text[at - 1], text[at + 1 : at + 2]
        if (before.isalpha() and after.isalpha() and after.islower()
                and (before in _VIET_LETTERS_ANY_CASE or after in _VIET_LETTERS)):
            return True
        at = text.find("?", at + 1)
    return False


def _looks_7bit(text: str) -> bool:
    """VIQR is 7-bit: text with more than a trace of non-ASCII letters is not VIQR."""
    if text.isascii():
        return True
    # A non-ASCII character takes 2 to 4 bytes in UTF-8: the extra bytes bound their
    # number from both sides, which settles Unicode Vietnamese without counting.
    extra = len(text.encode("utf-8", "surrogatepass")) - len(text)
    allowed = len(text) // 100
    if extra <= allowed:
        return True
    if extra > 3 * allowed:
        return False
    return len(text) - len(text.encode("ascii", "ignore")) <= allowed


def repair_double_utf8(text: str) -> tuple[str, int]:
    """UTF-8 read as Windows-1252, repaired sequence by sequence (mixed text survives)."""
    count = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = _as_bytes(m.group(0)).decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)
        if len(fixed) != 1 or unicodedata.category(fixed) in ("Cc", "Cn", "Co"):
            return m.group(0)
        count += 1
        return fixed

    return _DOUBLE_UTF8_RE.sub(replace, text), count


# Conversions tried on text that shows signs of a legacy encoding, with the name
# `source.encoding` takes when one wins.
LEGACY_DECODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": from_tcvn3,
    "vni": from_vni,
    "windows-1258": from_cp1252_as_cp1258,
    "viqr": from_viqr,
}
MIN_GAIN = 0.15  # share of letters that must newly read as Vietnamese for a conversion to win


MIN_SIGNS = 2  # a lone `Ö` or `ø` (a German or Danish name) is no sign of a legacy encoding


def _is_suspect(text: str) -> bool:
    return any(found >= MIN_SIGNS for found, _ in enumerate(_SUSPECT_RE.finditer(text), start=1))


def _is_dense(sample: str) -> bool:
    """Legacy text leaves debris in one word of every few; a German or French page has an
    umlaut or a cedilla here and there."""
    return len(_SUSPECT_RE.findall(sample)) >= max(MIN_SIGNS, sample.count(" ") / 20)


def best_conversion(text: str, names: list[str]) -> tuple[str, str] | None:
    """(encoding, converted text) of the conversion that makes the text read most as
    Vietnamese, if it gains at least MIN_GAIN over the text as it is."""
    baseline = vietnamese_ratio(text)
    best: tuple[float, str, str] | None = None
    for name in names:
        converted = unicodedata.normalize("NFC", LEGACY_DECODERS[name](text))
        score = vietnamese_ratio(converted)
        if score - baseline >= MIN_GAIN and (best is None or score > best[0]):
            best = (score, name, converted)
    return (best[1], best[2]) if best is not None else None


@dataclass(slots=True, frozen=True)
class Repaired:
    text: str
    encoding: str | None  # a legacy encoding found, or None
    warnings: tuple[str, ...]


SAMPLE_CHARS = 4000  # detection reads three such stretches of a long text, not all of it
_MARKUP_RE = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _sample(text: str) -> str:
    """The text as read for detection: the beginning, middle and end of a long one."""
    if len(text) > 3 * SAMPLE_CHARS:
        middle = len(text) // 2 - SAMPLE_CHARS // 2
        text = "\n".join((text[:SAMPLE_CHARS], text[middle : middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]))
    return text


def _without_markup(sample: str) -> str:
    """An HTML page is decoded before its article is found: its tags, scripts and styles
    must not count as text (`class='a'` is no VIQR acute)."""
    return _MARKUP_RE.sub(" ", sample) if "<" in sample else sample


def _looks_viqr(sample: str) -> bool:
    if not _looks_7bit(sample):
        return False
    strong = len(_VIQR_STRONG_RE.findall(sample))
    # In VIQR nearly every other word carries a mark; English has a few `I'm`, `they're`.
    return strong >= MIN_SIGNS and strong + len(_VIQR_HINT_RE.findall(sample)) >= sample.count(" ") / 20


# The dot below (nặng) escaped as `%3b` by a crawler, the mark then riding the letter after the escape (`Viê%3ḅt` is
# `Việt`, `hiê%3bụ` is `hiệu`, `Hô%3bị thảo` is `Hội thảo`): 9 of the 35,440 baomoi articles, every repaired word a
# Vietnamese syllable (see the commit message). Read in NFD, the mark goes back onto the vowel before the escape; a
# text with no repair is returned as it came (`%3A` in an address is left alone).
ESCAPED_DOT_BELOW = "%3"  # (then `b`, or `ḅ` when the mark rode the escape itself)
_ESCAPED_DOT_BELOW_RE = re.compile(r"%3b(\w?)\u0323")


def repair_escaped_dot_below(text: str) -> tuple[str, int]:
    """`Viê%3ḅt` → `Việt`: the escaped dot below put back where it was; the count of repairs."""
    if ESCAPED_DOT_BELOW not in text:
        return text, 0
    fixed, count = _ESCAPED_DOT_BELOW_RE.subn(lambda m: "\u0323" + m.group(1),
                                              unicodedata.normalize("NFD", text))
    return (unicodedata.normalize("NFC", fixed), count) if count else (text, 0)


def repair_text(text: str) -> Repaired:
    """Find and undo legacy encodings and double UTF-8; flag what cannot be undone.
    Detection reads a bounded sample; a conversion found there is applied to the whole."""
    warnings: list[str] = []
    encoding: str | None = None
    text, escaped = repair_escaped_dot_below(text)
    if escaped:
        warnings.append("mojibake_repaired")
    sample = _sample(text)
    # The cheap checks run on the raw sample; markup is removed only when one fires.
    suspect = _is_suspect(sample)
    viqr = _looks_7bit(sample)
    if suspect or viqr:
        sample = _without_markup(sample)
        suspect = _is_suspect(sample)
    if suspect and _DOUBLE_UTF8_RE.search(sample):
        fixed, count = repair_double_utf8(text)
        fixed_sample = _without_markup(_sample(fixed))
        if count and vietnamese_ratio(fixed_sample) >= vietnamese_ratio(sample):
            text, sample = fixed, fixed_sample
            warnings.append("mojibake_repaired")
            suspect = _is_suspect(sample)
    viqr = viqr and _looks_viqr(sample)
    suspect = suspect and _is_dense(sample)
    if suspect or viqr:
        names = [n for n in LEGACY_DECODERS if (n == "viqr" and viqr) or (n != "viqr" and suspect)]
        converted = best_conversion(sample, names)
        if converted is not None:
            encoding = converted[0]
            text = converted[1] if sample is text else unicodedata.normalize("NFC", LEGACY_DECODERS[encoding](text))
    if has_lost_characters(text):
        warnings.append("mojibake")
    return Repaired(text, encoding, tuple(warnings))


def apply_repair(text: str, repaired: Repaired) -> str:
    """What `repair_text` did to one text, done to another of the same document (an HTML
    page's title, section and captions, once its body text has been read)."""
    if "mojibake_repaired" in repaired.warnings:
        text = repair_double_utf8(text)[0]
    if repaired.encoding is not None:
        text = unicodedata.normalize("NFC", LEGACY_DECODERS[repaired.encoding](text))
    return text
