"""Vietnamese text normalisation: NFC, tone-mark placement, white space.

Every string that leaves the pipeline passes through `normalize_text`. Tone placement
follows the convention most Vietnamese news text and `underthesea.text_normalize` use:
in an open syllable ending in `oa`, `oe` or `uy` the mark sits on the first vowel
(`hòa`, `khỏe`, `ủy`, `thủy`), not the second (`hoà`, `khoẻ`, `uỷ`, `thuỷ`). The rule is
computed here rather than calling underthesea so that `--no-tokenize` never imports it,
and it keeps spacing and character offsets (text_normalize re-joins tokens).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.wordcache import CountingDict

# Combining tone marks in the order of Vietnamese orthography: sắc, huyền, hỏi, ngã, nặng.
TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _tone_table() -> dict[str, str]:
    """Map 'second-vowel toned' rhymes to 'first-vowel toned', in every case variant."""
    table: dict[str, str] = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for tone in TONE_MARKS:
                for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                    new_style = f + unicodedata.normalize("NFC", s + tone)
                    old_style = unicodedata.normalize("NFC", f + tone) + s
                    table[new_style] = old_style
    return table


_TONE_TABLE = _tone_table()
# Only at the end of a syllable (an open rhyme): `hoàng`, `khuyết` keep their mark; a `q`
# before `uy` makes the `u` part of the onset (`quý` stays `quý`). A character class, not
# an alternation of the table's keys: this runs over every line of every page.
_SECOND_TONED = "".join(sorted({key[1] for key in _TONE_TABLE}))
# (the `q` is checked in the replacement: a look-behind would slow every search down)
_TONE_RE = re.compile(f"[oOuU][{_SECOND_TONED}](?![^\\W\\d_])")


# Invisible characters are deleted and control characters become spaces, in one pass;
# `str.split()` then folds every Unicode white-space run (NBSP, U+2000–U+200A, U+3000).
_CLEANUP = str.maketrans(
    {**{ch: None for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
     **{chr(c): " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]}}
)
_ODD_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _old_style(m: re.Match[str]) -> str:
    at = m.start()
    if at and m.string[at - 1] in "qQ":
        return m.group(0)
    return _TONE_TABLE.get(m.group(0), m.group(0))


def same_length_lower(text: str) -> str:
    """`text` in lower case, one character for one: positions found in it index `text`.

    `str.lower` writes the Turkish dotted capital `İ` (İzmir, İstanbul) as two characters, the
    only character it lengthens; a match found in the lowered sentence would then point past
    the word it found in the sentence itself."""
    return text.lower() if "İ" not in text else text.replace("İ", "i").lower()


def normalize_tone(text: str) -> str:
    if text.isascii():  # no toned vowel to move (a foreign page's lines): no search
        return text
    done = _TONED.get(text)
    if done is None:
        done = _TONE_RE.sub(_old_style, text)
        if len(_TONED) >= _TONED_CACHE_LIMIT:
            _TONED.clear()
        _TONED[text] = done
    return done


# Texts whose tone placement was normalised, by their text: the extractors normalise the
# same sentence more than once. Cleared when full, so that memory stays flat.
_TONED: dict[str, str] = {}
_TONED_CACHE_LIMIT = 2048


def normalize_line(line: str, keep_tone: bool = False) -> str:
    """NFC, no invisible or control characters, one space for any white-space run, trimmed."""
    line = unicodedata.normalize("NFC", line)
    # Most lines are clean already: printable (no control, invisible or non-ASCII space
    # character), single-spaced and trimmed. Only the others pay for the rewriting.
    # Many dumps end each paragraph with a space: trimmed, such a line is clean too (printable, so
    # its only white space is the single spaces `str.split` would cut at).
    if not is_single_spaced(line) and not is_single_spaced(line := line.strip(" ")):
        if _ODD_RE.search(line):
            line = line.translate(_CLEANUP)
        line = " ".join(line.split())
    if not keep_tone:
        line = normalize_tone(line)
    return line


def is_single_spaced(text: str) -> bool:
    """True when `text` is already what `" ".join(text.split())` makes of it: every other
    white-space character is unprintable, so printable, no double space and trimmed is
    enough (three scans in C instead of a split and a join)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def single_spaced(text: str) -> str:
    """`" ".join(text.split())`, without the split and join when nothing would change."""
    return text if is_single_spaced(text) else " ".join(text.split())


def count_words(text: str) -> int:
    """`len(text.split())`, by counting spaces when the text is single-spaced lines."""
    # (every line non-empty and single-spaced is the text, its line breaks read as spaces, single-spaced: one test of
    # the whole text, not one call a line)
    if text and is_single_spaced(text.replace("\n", " ")):
        return text.count(" ") + text.count("\n") + 1
    return len(text.split())


def normalize_text(text: str, keep_tone: bool = False) -> str:
    """`normalize_line` applied line by line; line breaks are kept."""
    return "\n".join(normalize_line(line, keep_tone) for line in text.split("\n"))


_TONE_SET = frozenset(TONE_MARKS)
# A Vietnamese syllable once its tone mark is removed: onset, vowel nucleus, coda.
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
# Latin letters with every Vietnamese one (Latin-1, Extended-A and B, Extended Additional):
# explicit ranges scan several times faster than a Unicode category class.
_LATIN_WORD_RE = re.compile(r"[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
# The characters of `_LATIN_WORD_RE`'s class, for a test in C of a whole word.
_LATIN_LETTERS = frozenset(
    chr(c) for a, b in ((0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x1E00, 0x1EFF)) for c in range(a, b + 1)
)


# No Vietnamese syllable is longer (`nghiêng`, `nghiệng`): longer runs are answered at once.
_LONGEST_SYLLABLE = 7


def _untoned_tables() -> tuple[frozenset[str], dict[int, str], dict[int, None]]:
    """For the characters of the Latin ranges (ASCII, Latin-1, Extended-A and B, Extended Additional) that carry at most
    one tone mark and come back as one character without it: those characters, each one's form without its tone mark
    (NFC of its decomposition less the mark, as `is_vietnamese_syllable` reads a word), and the toned ones to drop."""
    domain: set[str] = set()
    stripped: dict[int, str] = {}
    dropped: dict[int, None] = {}
    untone = dict.fromkeys(map(ord, TONE_MARKS))
    for code in (*range(0x250), *range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFD", chr(code))
        untoned = decomposed.translate(untone)
        tones = len(decomposed) - len(untoned)
        base = unicodedata.normalize("NFC", untoned)
        if tones > 1 or len(base) != 1 or unicodedata.combining(decomposed[0]):
            continue
        domain.add(chr(code))
        if base != chr(code):
            stripped[code] = base
        if tones:
            dropped[code] = None
    return frozenset(domain), stripped, dropped


_UNTONED_DOMAIN, _TONE_STRIPPED, _TONED_DROPPED = _untoned_tables()


@lru_cache(maxsize=1 << 14)
def is_vietnamese_syllable(word: str) -> bool:
    """True for a word spelled as one Vietnamese syllable with at most one tone mark."""
    if len(word) > _LONGEST_SYLLABLE:
        return False
    if word.isascii():  # no tone mark to take off (most words of a foreign page)
        return _SYLLABLE_RE.fullmatch(word.lower()) is not None
    lower = word.lower()
    if _UNTONED_DOMAIN.issuperset(lower):
        # Latin letters only (the words of a Vietnamese text): the same tone count and base, a character at a time
        # (each one's own decomposition opens on a letter, so none composes with its neighbour), by two translations
        if len(lower) - len(lower.translate(_TONED_DROPPED)) > 1:
            return False
        return _SYLLABLE_RE.fullmatch(lower.translate(_TONE_STRIPPED)) is not None
    decomposed = unicodedata.normalize("NFD", lower)
    tones = sum(1 for ch in decomposed if ch in _TONE_SET)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_SET))
    return _SYLLABLE_RE.fullmatch(base) is not None


def vietnamese_ratio(text: str) -> float:
    """Share of Latin letters that sit in words spelled as Vietnamese syllables (a cheap
    language signal; other scripts do not count)."""
    return language_signals(text)[0]


def language_signals(text: str) -> tuple[float, float]:
    """`vietnamese_ratio` and `vietnamese_words` of `text`, in one pass over its words."""
    # No white space is a letter, so the text is read a white-space-separated word at a
    # time, each distinct word's counts cached as it is first met (a corpus repeats its
    # words; lower-casing the whole text first would cost more than the look-ups it saves),
    # and summed in C. A word's four counts travel as one integer (Latin letters,
    # Vietnamese-syllable letters, letter words, words with a Vietnamese-only letter, each
    # in 16 bits), so that one sum adds them all; in a text shorter than `_NARROW_TEXT` no
    # sum passes its 16 bits (a word has at most two letters a character, `İ` lowered), and
    # the whole stays below 2**63, where `sum` adds machine integers. A longer text sums the
    # four apart. The counts in hand are used, never looked up again, so that threads sharing
    # the cache never see it change under them.
    words = text.split()
    if len(text) < _NARROW_TEXT:
        packed = sum(map(_WORD_COUNTS.__getitem__, words))  # (a new word is counted by `__missing__`)
        letters, syllable_letters = packed >> _LETTERS_SHIFT, (packed >> _SYLLABLES_SHIFT) & _COUNT_MASK
        letter_words, vietnamese = (packed >> _COUNT_BITS) & _COUNT_MASK, packed & _COUNT_MASK
    else:
        letters = syllable_letters = letter_words = vietnamese = 0
        for word in words:
            if len(word) < _NARROW_TEXT:
                count, bits = _WORD_COUNTS[word], _COUNT_BITS
            else:  # (a word this long may pass 16 bits: counted in 64)
                count, bits = _word_counts(word, _WIDE_BITS), _WIDE_BITS
            mask = (1 << bits) - 1
            letters += count >> (3 * bits)
            syllable_letters += (count >> (2 * bits)) & mask
            letter_words += (count >> bits) & mask
            vietnamese += count & mask
    return (syllable_letters / letters if letters else 0.0, vietnamese / letter_words if letter_words else 0.0)


def _word_counts(word: str, bits: int = 16) -> int:
    """A word's four counts, packed in `bits` each (see `language_signals`)."""
    if word.isascii():
        # Most words of a foreign page: no Vietnamese-only letter, and the runs of Latin
        # letters are the letter words (ASCII `[^\W\d_]` is `[A-Za-z]`), counted once.
        stem = word.strip(_ASCII_NON_LETTERS)  # `(word,` → `word`
        if not stem:  # digits and signs
            return 0
        if stem.isalpha():  # one run of letters: one letter word, no Vietnamese-only letter
            size = len(stem)
            syllable = size if size <= _LONGEST_SYLLABLE and is_vietnamese_syllable(stem.lower()) else 0
            return size << (3 * bits) | syllable << (2 * bits) | 1 << bits
        runs = _LATIN_WORD_RE.findall(word.lower())
        letters = sum(map(len, runs))
        syllable_letters = sum(map(len, filter(is_vietnamese_syllable, runs)))
        return letters << (3 * bits) | syllable_letters << (2 * bits) | len(runs) << bits
    stem = word.strip(_NON_LETTER_ENDS)  # `(Hà`, `Nội),`, `“Chúng` → the letters between the marks
    if stem.isalpha() and _LATIN_LETTERS.issuperset(lower := stem.lower()):
        # Most new words of a Vietnamese text (`người`, `Nghị,`): one run of letters, all of them Latin once lowered,
        # between marks that are neither letters nor digits, so one letter word (`[^\W\d_]+`: no letter is a digit)
        # and one run of Latin letters, the lowered stem; the same counts as the two scans below, without them.
        size = len(lower)
        syllable = size if is_vietnamese_syllable(lower) else 0
        return size << (3 * bits) | syllable << (2 * bits) | 1 << bits | (not _VIETNAMESE_ONLY.isdisjoint(stem))
    runs = _LATIN_WORD_RE.findall(word.lower())
    letter_words = _LETTER_WORD_RE.findall(word)
    letters = sum(map(len, runs))
    syllable_letters = sum(map(len, filter(is_vietnamese_syllable, runs)))
    vietnamese = sum(1 for w in letter_words if not _VIETNAMESE_ONLY.isdisjoint(w))
    return letters << (3 * bits) | syllable_letters << (2 * bits) | len(letter_words) << bits | vietnamese


_COUNT_BITS = 16  # (see `language_signals`: a text shorter than `_NARROW_TEXT` keeps every sum below 2**15)
_NARROW_TEXT = 1 << 14
_WIDE_BITS = 64
_COUNT_MASK = (1 << _COUNT_BITS) - 1
_LETTERS_SHIFT, _SYLLABLES_SHIFT = 3 * _COUNT_BITS, 2 * _COUNT_BITS
# ASCII characters that are no letter (ASCII `[^\W\d_]` is `[A-Za-z]`): stripped off a word's ends.
_ASCII_NON_LETTERS = "".join(chr(c) for c in range(128) if not chr(c).isalpha())
# (and the other marks a word of news text is glued to: none is a letter or a digit, `\w`)
_NON_LETTER_ENDS = _ASCII_NON_LETTERS + "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb"
_WORD_CACHE_LIMIT = 1 << 15
# The packed counts of the words met so far, by word; a word not met yet is counted as it is looked up.
_WORD_COUNTS = CountingDict(_word_counts, _WORD_CACHE_LIMIT)


# Letters that Vietnamese writes and the other Latin-script languages a crawl meets
# (French, Spanish, Portuguese, German, English...) do not: ă đ ơ ư, a dot below, a hook
# above, and a tilde on e, i, u, y. `ã`, `õ`, `é`, `à`, `â`, `ê`, `ô` are shared, so they
# do not count.
_VIETNAMESE_ONLY = frozenset(
    "ăđơưạảẹẻẽịỉĩọỏụủũỳỵỷỹắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự"
    "ĂĐƠƯẠẢẸẺẼỊỈĨỌỎỤỦŨỲỴỶỸẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
)
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
def vietnamese_words(text: str) -> float:
    """Share of words written with a letter only Vietnamese uses: a language signal that
    names in foreign scripts or spellings cannot fake. Vietnamese news prose sits near 0.5
    (0.06 at the lowest, a list of foreign footballers); English, licences and code at 0."""
    return language_signals(text)[1]
