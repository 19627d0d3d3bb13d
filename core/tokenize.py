"""The one adapter around underthesea: sentences and words, loaded once, only when needed.

underthesea is imported on first use, never at module import, so that `vnmeet --help`
and `vnmeet process --no-tokenize` stay fast. Its import adds a handler to the root
logger; that handler is removed again so that our own logging setup stays in charge.

Word segmentation calls underthesea's own pieces rather than `word_tokenize`: the same
regex tokenizer, token normaliser and CRF model, but with the per-token normalisation
cached (a news corpus repeats its tokens endlessly; underthesea recomputes each one every
time), and the CRF's attribute strings built by `core.crf_features` a template column at
a time instead of by underthesea_core's featurizer (60 % of `word_tokenize`'s time).
Those attributes are checked against underthesea_core's on probe sentences at load, and
the segmentation output is identical to `word_tokenize` (tests hold both to that); if
underthesea's internals or model files ever move, its own path is used instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from core.crf_features import Featurize, accepts, compile_templates
from core.normalize import is_vietnamese_syllable

MAX_PARAGRAPH_CHARS = 3000

# The end mark is matched, not looked behind at, so that the engine skips ahead to marks;
# the sentence break is the `gap` after it.
# A bracket may open the next sentence: a related-article title (`… láng giềng. [Tổng thống Mỹ …]`) or a caption the
# page left in (`… vùng Vịnh. [Ngoại trưởng Qatar … trong cuộc họp báo ở … ngày 9/6. Ảnh: EPA/TTXVN …`): 351 of the
# 35,300 baomoi-dev articles hold `. [` before a capital, 10/10 read open a title or a caption.
# A closing quote or bracket after the mark stays with the sentence it closes (`… họ im bặt.” Long Nhật kể`): 2,609
# baomoi-dev sentences end so.
# A bullet may open the next sentence (`… văn hóa DN. *Phó Thủ tướng Vũ Đức Đam: Đề nghị …`, `… Hội Người mù trên địa
# bàn tỉnh. * Tại chùa Phủ Liễn, …`): a stop, a space, `*` and a capital over the 35,440 baomoi articles, 448 hits in
# 292 articles, 12 read, 12 a new sentence (a speaker's points, a subheading, a note); the splitter ran on over them.
# A dash or a plus after a stop and before a capital opens the next item of a list too (`… nợ xấu. + ĐB X (Bình Định):
# Yêu cầu …`, `… quy định. - Phạt tiền từ …`, `… trộn đều. - Cho nước chanh …`), as underthesea's `sent_tokenize`, which
# the tokenizing path runs, splits there: over the 35,440 baomoi articles 4,466 such marks in 1,077 articles (3,932
# `-`, 277 `+`, 257 `–`), 24 read, 24 a list item, a debate's next turn, an interview's next answer or a quote's
# attribution (`…" - X chia sẻ.`). The attribution stays with its quotation (`…tài sản người dân…” - Phó Thủ tướng X bày
# tỏ lo ngại tại hội nghị …`: the lead's event is named there), and before a digit the dash may sign a number.
_BOUNDARY_RE = re.compile(r"[.!?…](?P<close>[\"”’»)\]]*)(?P<gap>\s+)(?=(?:[*•]\s?|(?P<dash>[-–+])\s?)?[\"“‘«(\[]?(?P<next>\w))")
# Academic and professional titles written with a dot before the name they head (`TS. Nguyễn
# Văn A cho biết`, `PGS. TS Lê B`): the dot ends no sentence. Over the 35,440 baomoi articles
# 489 such dots stand before a capital, 26 of 26 read a title before a name. (A lone initial is
# left out: `36 độ C. Khu vực`.)
TITLE_ABBREVIATIONS = ("TS", "PGS", "GS", "ThS", "Ths", "BS", "Bs", "TSKH", "KTS", "PGS.TS", "GS.TS", "PGS. TS",
                       # and the honours of teachers and artists (`Về phía Nhà trường có: NGƯT. TS. Đinh Thanh Tâm - Bí thư
                       # Đảng ủy`, a university's page of web61, cut into two sentences there; never before a capital in
                       # the 35,440 baomoi articles, which write them without the dot)
                       "NGƯT", "NGND", "NSƯT", "NSND")
# Western titles with a dot before a name (`Mr. Đàm cho biết`, `Pháo đài St. Nicolas`): over baomoi-dev 258 stand
# before a capital, 10 of 10 read a title before its name. Kept out of TITLE_ABBREVIATIONS, which the people rules
# read as Vietnamese degrees.
WESTERN_TITLE_ABBREVIATIONS = ("Mr", "St")
# The degrees chain with dots (`TS.BS. Nguyễn Văn Vĩnh Châu`, `PGS.BS. Đào Ngọc Diễn`, `GS.TS. Ngô Đức Thịnh`), a
# specialist doctor's grade among them (`BS.CKII.`): CS cgrep `(TS|ThS|BS|GS|PGS)\.(BS|TS|ThS|CKII|CKI|BSCKII)\. [A-Z]`,
# 40 hits in 29 articles of baomoi-dev, 8 of 8 read a chain of degrees before a name; the last dot ends no sentence.
DEGREE_CHAIN_PARTS = ("CKI", "CKII", "CK1", "CK2", "BSCKI", "BSCKII")
TITLE_DOT_REACH = 16  # characters before the dot a chain may take (`PGS.TS.BS.`)
_TITLE_PART = "|".join(re.escape(a) for a in TITLE_ABBREVIATIONS + DEGREE_CHAIN_PARTS)
_TITLE_DOT_RE = re.compile(r"(?<![\w.])(?:(?:" + _TITLE_PART + r")(?:\.\s?(?:" + _TITLE_PART + r"))+|"
                           + "|".join(re.escape(a) for a in TITLE_ABBREVIATIONS + WESTERN_TITLE_ABBREVIATIONS) + r")\.$")
# A city's or a town's abbreviation (thành phố, thị xã) heads the place's name: `UBND TP. Đà Nẵng tổ chức`, `Sở GTVT
# TP. Hồ Chí Minh`. Its dot ends a sentence only where the text speaks of `the city` and the next sentence opens on an
# ordinary word (`… trên địa bàn TP. Trường hợp người …`). A name runs on in capitals, a sentence in lower case:
# over baomoi-dev 1,857 such dots stand before a word; 1,599 before two capitalised words or a capitalised acronym
# (`TP. Hà Nội`, `TP. HCM`), 20 of 20 read a place running on into its sentence; 298 before a capitalised word and
# a lower-case one, of which 196 do not open one of the one-word city names below and 10 of 10 read end a sentence
# on `thành phố`, while 114 open one of them (`TP. Vinh`, `TP. Huế`) and 10 of 10 read are that city.
UNIT_ABBREVIATIONS = ("TP", "Tp", "TX")
# The Vietnamese cities whose name is one word, so that no second capital follows it (`trú tại TP. Vinh, Nghệ An`).
ONE_WORD_CITY_NAMES = frozenset({"Vinh", "Huế", "Pleiku"})
# Words that open a sentence after `… thành phố.` and also stand before a capital (`TP. Theo Sở Y tế`, `TP. Ông A`,
# `TP. UBND TP yêu cầu`): the opening words of the 1,599 capitalised runs that are no place name (about 40).
SENTENCE_OPENERS_AFTER_UNIT = frozenset({"Theo", "Ông", "Trong", "Tại", "Người", "Do", "Về", "Trước", "Còn", "Riêng",
                                         "Không", "UBND", "XEM"})
_UNIT_DOT_RE = re.compile(r"(?<![\w.])(?:" + "|".join(UNIT_ABBREVIATIONS) + r")\.$")
# A district's, a ward's or a rural district's abbreviation (quận, phường, huyện) before its name, mostly in addresses
# (`trú P. Hòa Minh, Q. Liên Chiểu`, `Công an Q. Bình Tân`): over baomoi-dev 351 such dots stand before two capitalised
# words that open no sentence; of 30 read 27 head a place name or a Western middle initial (`ông Robert H. McCooey`),
# 2 a photo credit (`Ảnh: H. Tâm`) and 1 a byline. These letters are also a person's initial that may end a sentence
# (`hiếp dâm chị Ch. Sau khi …`), so they join only before two capitals, never before one capitalised word.
DIVISION_ABBREVIATIONS = ("Q", "P", "H")
_DIVISION_DOT_RE = re.compile(r"(?<![\w.])(?:" + "|".join(DIVISION_ABBREVIATIONS) + r")\.$")
_NEXT_TWO_WORDS_RE = re.compile(r"(\w+)(?:[ \t]+(\w+))?")
# A Buddhist monastic's rank abbreviated before the Dharma family name (`Chủ tọa cuộc họp: HT. Thích Nguyên Phước, …`,
# `TT. Thích Đồng Thành`, `NT. Thích Nữ Hạnh Quang`): the dot ends no sentence when `Thích` follows. 0 hits over the
# 35,440 baomoi articles, which write the ranks out; the Sangha's portals write them so before every name.
CLERGY_ABBREVIATIONS = ("HT", "TT", "NT", "ĐĐ", "SC", "NS")
DHARMA_FAMILY_NAME = "Thích "
_CLERGY_DOT_RE = re.compile(r"(?<![\w.])(?:" + "|".join(CLERGY_ABBREVIATIONS) + r")\.$")
# The word right before the dot where any of the patterns above matches: the last word of an abbreviation (`TS` of
# `PGS. TS`), which no word character precedes (the patterns' look-behind, or a chain's dot).
_DOTTED_WORDS = frozenset(
    re.findall(r"\w+", a)[-1]
    for a in (*TITLE_ABBREVIATIONS, *DEGREE_CHAIN_PARTS, *WESTERN_TITLE_ABBREVIATIONS, *UNIT_ABBREVIATIONS,
              *DIVISION_ABBREVIATIONS, *CLERGY_ABBREVIATIONS)
)
# A city's or a town's abbreviation inside a parenthesis that closes a few words on (`Đại biểu X (Đoàn TP. Hồ Chí
# Minh) cho rằng`, `phường Trần Phú (TP. Hà Tĩnh)`): no sentence ends inside it. Over baomoi-dev 311 sentences
# hold such a parenthesis; 10 of 10 read are one sentence (a delegate's province, an address).
UNIT_PAREN_REACH = 60
_UNIT_DOT_IN_PAREN_RE = re.compile(r"\([^()]{0," + str(UNIT_PAREN_REACH) + r"}(?<![\w.])(?:"
                                   + "|".join(UNIT_ABBREVIATIONS) + r")\.$")
_PAREN_CLOSES_RE = re.compile(r"[^()]{0," + str(UNIT_PAREN_REACH) + r"}\)")

class Tokenizer:
    """Sentence and word segmentation with underthesea's CRF models."""

    def __init__(self) -> None:
        self._sent: Callable[[str], list[str]] | None = None
        self._word: Callable[[str], list[str]] | None = None
        self._paragraph: Callable[[str, list[str]], list[list[str]] | None] | None = None

    def load(self) -> None:
        """Load underthesea and its models now (before forking workers, say)."""
        if self._word is None:
            self._load()
            assert self._word is not None
            self._word("khởi động")

    def _load(self) -> None:
        root = logging.getLogger()
        before = list(root.handlers)
        from underthesea import sent_tokenize, word_tokenize

        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
        self._sent = sent_tokenize
        fast = _fast_segmenters()
        if fast is None:
            self._word = lambda s: list(word_tokenize(s))
        else:
            self._word, self._paragraph = fast

    def sentences(self, paragraphs: list[str]) -> list[str]:
        # sent_tokenize never splits on newlines, so paragraphs go in one at a time.
        if self._sent is None:
            self._load()
        assert self._sent is not None
        out: list[str] = []
        for paragraph in paragraphs:
            out.extend(split_bracketed_headlines([s.strip() for s in self._sent(paragraph) if s.strip()]))
        return out

    def words(self, sentence: str) -> list[str]:
        if self._word is None:
            self._load()
        assert self._word is not None
        return [token.replace(" ", "_") for token in self._word(sentence)]

    def segment(self, paragraphs: list[str]) -> tuple[list[str], list[list[str]]]:
        """Sentences and their words. Each paragraph goes through the CRF once, as
        `word_tokenize` over a whole text does, and its words are then dealt out to the
        sentences by position: one call per paragraph instead of one per sentence. A CRF
        call holds 43 feature strings a token, so a very long paragraph goes in runs of
        whole sentences of at most MAX_PARAGRAPH_CHARS: peak memory does not depend on the
        longest paragraph, and the calls stay few."""
        if self._sent is None:
            self._load()
        assert self._sent is not None
        sentences: list[str] = []
        tokens: list[list[str]] = []
        for paragraph in paragraphs:
            found = split_bracketed_headlines([s.strip() for s in self._sent(paragraph) if s.strip()])
            sentences.extend(found)
            for chunk, chunk_sentences in _chunks(paragraph, found):
                dealt = self._paragraph(chunk, chunk_sentences) if self._paragraph else None
                if dealt is None:
                    tokens.extend(self.words(sentence) for sentence in chunk_sentences)
                else:
                    tokens.extend(dealt)
        return sentences, tokens


def _chunks(paragraph: str, sentences: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Runs of consecutive sentences whose span in the paragraph stays within
    MAX_PARAGRAPH_CHARS (a longer sentence is a run of its own)."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        yield paragraph, sentences
        return
    cursor = 0
    run: list[str] = []
    run_start = run_end = 0
    for sentence in sentences:
        at = paragraph.find(sentence, cursor)
        if at < 0:  # cannot place it: the rest goes sentence by sentence
            if run:
                yield paragraph[run_start:run_end], run
            for rest in sentences[sentences.index(sentence):]:
                yield rest, [rest]
            return
        end = at + len(sentence)
        if run and end - run_start > MAX_PARAGRAPH_CHARS:
            yield paragraph[run_start:run_end], run
            run = []
        if not run:
            run_start = at
        run.append(sentence)
        run_end = cursor = end
    if run:
        yield paragraph[run_start:run_end], run


def _fast_segmenters() -> tuple[
    Callable[[str], list[str]], Callable[[str, list[str]], list[list[str]] | None]
] | None:
    try:
        import underthesea.pipeline.word_tokenize as ws
        from underthesea.pipeline.text_normalize.character_normalize import (
            normalize_characters_in_text,
        )
        from underthesea.pipeline.text_normalize.token_normalize import token_normalize
        from underthesea.pipeline.word_tokenize import regex_tokenize
    except ImportError:
        return None
    ws.word_tokenize("khởi động")  # loads the CRF model into the module
    model: Any = getattr(ws, "word_tokenize_model", None)
    patterns: Any = getattr(regex_tokenize, "patterns", None)
    if model is None or not hasattr(model, "predict") or patterns is None:
        return None
    normalize = lru_cache(maxsize=1 << 14)(token_normalize)  # bounded: memory stays flat

    featurize = _column_featurizer(ws, model)
    estimator: Any = getattr(model, "estimator", None)

    def tag(tokens: list[str]) -> list[str]:
        result: list[str]
        if featurize is not None and accepts(tokens):
            result = estimator.tag(featurize(tokens))
        else:
            result = model.predict([[token] for token in tokens])
        return result

    def segment(sentence: str) -> list[str]:
        # Each alternative of underthesea's pattern is one named group spanning the whole
        # match, so the token is group(0) (what its extract_match returns, more cheaply).
        text = normalize_characters_in_text(sentence)
        tokens = [normalize(m.group(0)) for m in patterns.finditer(text)]
        words: list[str] = []
        for label, token in zip(tag(tokens), tokens, strict=False):
            if label == "I-W" and words:
                words[-1] = words[-1] + " " + token
            else:
                words.append(token)
        return words

    def segment_paragraph(paragraph: str, sentences: list[str]) -> list[list[str]] | None:
        text = normalize_characters_in_text(paragraph)
        if len(text) != len(paragraph):
            return None  # offsets would not line up: the caller goes sentence by sentence
        ends: list[int] = []
        cursor = 0
        for sentence in sentences:
            at = paragraph.find(sentence, cursor)
            if at < 0:
                return None
            cursor = at + len(sentence)
            ends.append(cursor)
        matches = [(m.start(), m.group(0)) for m in patterns.finditer(text)]
        tokens = [normalize(token) for _, token in matches]
        dealt: list[list[str]] = [[] for _ in sentences]
        k, last = 0, len(ends) - 1
        current = dealt[0]
        for label, token, (start, _) in zip(tag(tokens), tokens, matches, strict=False):
            if k < last and start >= ends[k]:
                while k < last and start >= ends[k]:
                    k += 1
                current = dealt[k]
            if label == "I-W" and current:
                current[-1] = current[-1] + "_" + token
            else:
                current.append(token)
        if any(" " in token for sentence in dealt for token in sentence):
            dealt = [[token.replace(" ", "_") for token in sentence] for sentence in dealt]
        return dealt

    return segment, segment_paragraph


# Sentences whose attribute lists must come out of the column featurizer exactly as out
# of underthesea_core's before it is trusted: case, digits, numbers past 32 bits, signs,
# dictionary words and phrases, one- and two-token sentences.
_PROBES = (
    ["Hà", "Nội", "là", "thủ", "đô", "của", "Việt", "Nam", "."],
    ["UBND", "tỉnh", "đã", "giải", "quyết", "47.563", "/", "47.590", "hồ", "sơ", ",", "đạt", "99,47", "%"],
    ["-", "12", "+7", "2147483648", "-2147483648", "Σ", "ΟΔΟΣ", "ß", "İ", "ǅ", "1a"],
    ["Bác", "sĩ", "bây", "giờ", "có", "thể", "thản", "nhiên", "báo", "tin"],
    ["Hội"],
    ["đồng", "chí"],
)


def _column_featurizer(ws: Any, model: Any) -> Featurize | None:
    """The column featurizer for the loaded model, if its templates, dictionary and
    tagger can be found and it agrees with underthesea_core on the probes."""
    from pathlib import Path

    try:
        import joblib

        folders = sorted(Path(ws.__file__).parent.glob("models/ws_crf_*/features.bin"))
        if len(folders) != 1 or not hasattr(model, "estimator") or not hasattr(model, "featurizer"):
            return None
        names = joblib.load(folders[0])
        dictionary = joblib.load(folders[0].with_name("dictionary.bin"))
        featurize = compile_templates(list(names), dictionary)
        if featurize is None:
            return None
        for probe in _PROBES:
            theirs = model.featurizer.process([[[token] for token in probe]])[0]
            if [list(row) for row in featurize(probe)] != theirs:
                return None
    except Exception:  # anything unexpected in underthesea's files: use its own path
        return None
    return featurize


def _names_a_place(paragraph: str, at: int, *, city: bool = True) -> bool:
    """Whether the words from `at` on read as the place an abbreviation before them heads:
    two capitalised words, or for a city (`TP.`/`TX.`) also an acronym or a one-word name."""
    m = _NEXT_TWO_WORDS_RE.match(paragraph, at)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if first in SENTENCE_OPENERS_AFTER_UNIT or not first[0].isupper():
        return False
    if second and second[0].isupper() and not (len(first) > 1 and first.isupper()):
        return True
    return city and ((len(first) > 1 and first.isupper()) or first in ONE_WORD_CITY_NAMES)


# A name's initial (`Ngài Marc E. Knapper, Đại sứ …`, `Tổng thống Nga V. Putin`, `từ Dwight D. Eisenhower tới …`): one
# capital Latin letter before the dot, a word that is no Vietnamese syllable after it. `[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+`
# stands 495 times in 312 of the 35,440 baomoi articles, 12 read, 12 a name's initial (the sentence was cut there);
# a Vietnamese word after the letter opens a sentence (`… nhóm B. Tuy nhiên`, `vitamin C. Kết quả`).
# (a transliterated name's syllables joined by hyphens are one word, no Vietnamese syllable whatever its first: `Thủ tướng
# A. Cô-bi-a-cốp bày tỏ`, audit126 a029, had been cut after `A.`; 20 such initials in 9 baomoi articles, all read,
# the others no break either way: a chemistry answer `A. Gly-Phe-…`, players `M. Krohn-Dehli`)
_WORD_AT_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _initial_before(paragraph: str, dot: int, following: int) -> bool:
    if dot < 1 or not ("A" <= paragraph[dot - 1] <= "Z") or (dot >= 2 and not paragraph[dot - 2].isspace()):
        return False
    word = _WORD_AT_RE.match(paragraph, following)
    return word is not None and len(word.group(0)) > 1 and word.group(0)[0].isupper() and not word.group(0).isupper() and (
        not is_vietnamese_syllable(word.group(0)))  # (not an acronym: `Bệnh viện K. PGS.TS …` ends there)


def _continues(paragraph: str, at: int, following: int) -> bool:
    """Whether the dot before `at` belongs to an abbreviation the sentence runs on past
    (`following` is where the next word starts)."""
    # Every abbreviation below is a whole word right before the dot (`(?<![\w.])ABBR\.$`, or a chain of them): the
    # word before any other mark, or before a dot after any other word, reads none (string tests, not four searches at
    # every sentence end).
    dot = at - 1
    if paragraph[dot:at] != ".":
        return False
    if _initial_before(paragraph, dot, following):
        return True
    start = dot
    while start > 0 and (paragraph[start - 1].isalnum() or paragraph[start - 1] == "_"):  # (`\w`)
        start -= 1
    if paragraph[start:dot] not in _DOTTED_WORDS:
        return False
    if _TITLE_DOT_RE.search(paragraph, max(0, at - TITLE_DOT_REACH), at):
        return True
    if paragraph.startswith(DHARMA_FAMILY_NAME, following) and _CLERGY_DOT_RE.search(paragraph, max(0, at - 4), at):
        return True
    if _DIVISION_DOT_RE.search(paragraph, max(0, at - 3), at):
        return _names_a_place(paragraph, following, city=False)
    if not _UNIT_DOT_RE.search(paragraph, max(0, at - 4), at):
        return False
    return bool(_UNIT_DOT_IN_PAREN_RE.search(paragraph, max(0, at - UNIT_PAREN_REACH - 5), at)
                and _PAREN_CLOSES_RE.match(paragraph, at)) or _names_a_place(paragraph, following)


# A sentence glued to the one before it, the space after the stop lost (`… Phó Giám đốc Học viện Ngoại giao.Tại cuộc họp
# báo, bà …`): a lower-case word, the stop, a capitalised word. Over the 35,440 baomoi articles 685 such stops,
# 15 read, 15 sentence ends; `sent_tokenize` cuts there too. Not an abbreviation (`Tp.Hồ Chí Minh` opens in a
# capital, `tp.Hồ` is read by `_continues`), not an acronym after it (`.UBND`).
# So after an ellipsis, `…` or `...` (`… cá kiểng, rau thủy canh…Tại phiên chất vấn …, ông X … đã trả lời`, `… chuỗi giá
# trị...Theo Chủ tịch UBND TP X, …`): a lower-case letter, the ellipsis, a capitalised word over the 35,440 baomoi
# articles, `(…|...)(Tại|Trong|Theo|Phát biểu|Sáng|Chiều|Ngày|Ông|Bà) ` alone 21 hits in 21 articles, 10 read, 10 sentence
# ends (one a song's line).
_GLUED_BOUNDARY_RE = re.compile(r"[.…](?=[^\W\d_]{2})")  # (a literal first: the engine skips to each dot; the letters before it are read in Python)


_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+$")
# So after a number that ends a sentence (`… ngày 22/4/2017.Thủ tướng Chính phủ …`, `… tại Hội nghị lần thứ 7.Thứ trưởng
# Bộ KH&CN X cho biết`): a word, a space or a date's slash, the digits, the stop, a capitalised Vietnamese word. CS cgrep
# a digit, a dot and a capitalised word over the 35,440 baomoi articles: 168 hits in 81 articles, 20 read, 19 a sentence
# or a caption's end, or a list item's number (`: 1.Giữ thái độ …`, kept whole: a colon or a mark before the digits) —
# 1 a software name (`Win64.EquationDrug`, no Vietnamese word after it).
_GLUED_AFTER_NUMBER_RE = re.compile(r"(?:[^\W\d_]\s|[^\W\d_]|\d/)\d+$")
# The abbreviations above written in lower case (`tp.Hồ Chí Minh`, `ths.Nguyễn …`) head a name as well.
_LOWER_ABBREVIATIONS = frozenset(a.lower() for a in (*TITLE_ABBREVIATIONS, *WESTERN_TITLE_ABBREVIATIONS,
                                                   *UNIT_ABBREVIATIONS, *DIVISION_ABBREVIATIONS))


def _glued_boundaries(paragraph: str) -> list[int]:
    """The positions right after the stop of each glued sentence end in the paragraph."""
    found = []
    for m in _GLUED_BOUNDARY_RE.finditer(paragraph):
        at = m.start()
        if not (paragraph[at + 1].isupper() and paragraph[at + 2].islower()):
            continue
        ellipsis = 1 if paragraph[at] == "…" else 3 if paragraph[at - 2 : at] == ".." else 0
        if ellipsis:
            if at - ellipsis + 1 >= 1 and paragraph[at - ellipsis].isalpha() and paragraph[at - ellipsis].islower():
                found.append(at + 1)
            continue
        if at >= 2 and paragraph[at - 1].isdigit():
            word = _WORD_AT_RE.match(paragraph, at + 1)  # (two letters follow the stop: `_GLUED_BOUNDARY_RE`)
            if (word is not None and _GLUED_AFTER_NUMBER_RE.search(paragraph, max(0, at - 24), at)
                    and is_vietnamese_syllable(word.group(0))):
                found.append(at + 1)  # `… ngày 22/4/2017.Thủ tướng …`, `… lần thứ 7.Thứ trưởng …`
            continue
        if not (at >= 2 and paragraph[at - 2 : at].isalpha() and paragraph[at - 2 : at].islower()):
            continue
        word = _WORD_BEFORE_RE.search(paragraph, max(0, at - 12), at)
        if word is None or word.group(0).lower() not in _LOWER_ABBREVIATIONS:
            found.append(at + 1)
    return found


def _splits(m: re.Match[str]) -> bool:
    """The boundary `_BOUNDARY_RE` found opens a sentence by what follows it (a capital or a digit; after a list's dash,
    a capital, and not after a closing quotation mark)."""
    following = m.group("next")
    if m.group("dash") is None:
        return following.isupper() or following.isdigit()
    return following.isupper() and not any(q in m.group("close") for q in _CLOSING_QUOTES)


_CLOSING_QUOTES = "\"”’»"


# Another article's headline a news agency's page sets in square brackets between two paragraphs (`… các chương trình vũ
# khí.  [Quan chức Mỹ-Hàn Quốc thảo luận về tình hình Bán đảo Triều Tiên]  Cố vấn Moon nói: …`), inline in a crawl that
# flattens the page. The text keeps it (the gold sets hold it as the article's, `dev2` v017, v037), but it is a sentence
# of its own, not the opening of the next, and the extractors read past it (`is_bracketed_headline`): statistics of
# another article's news (`[7 người đã thiệt mạng trong vụ tấn công …]`) and its place or event are not this one's. Over
# the 35,440 baomoi articles 963 stand between sentences in 915 articles; 64 read (the twelve opening on a figure among
# them), all other articles' headlines. Not a bracket inside a sentence (`ông [Trump] nói`), a lower-case or short one
# (`[VIDEO]`, `[4]`), one holding a sentence's stop.
_BRACKETED_HEADLINE_RE = re.compile(r"\[(?P<headline>[^\[\]]{15,160})\]")
BRACKETED_HEADLINE_MIN_WORDS = 4


def is_bracketed_headline(sentence: str) -> bool:
    """The sentence is another article's headline in square brackets (see _BRACKETED_HEADLINE_RE)."""
    found = _BRACKETED_HEADLINE_RE.fullmatch(sentence) if sentence[:1] == "[" else None
    if found is None:
        return False
    headline = found.group("headline").strip()
    opens = headline[:1].isupper() or headline[:1].isdigit()  # (`[7 người đã thiệt mạng …]`)
    return (opens and not headline.isupper() and len(headline.split()) >= BRACKETED_HEADLINE_MIN_WORDS
            and not headline.endswith((".", "…", ";", ":")) and ". " not in headline)


def split_bracketed_headlines(sentences: list[str]) -> list[str]:
    """A bracketed headline opening or closing a sentence is a sentence of its own (`[Headline] Cố vấn Moon nói …`)."""
    if not any("[" in sentence for sentence in sentences):
        return sentences
    out: list[str] = []
    for sentence in sentences:
        while sentence.startswith("[") and (found := _BRACKETED_HEADLINE_RE.match(sentence)) is not None:
            rest = sentence[found.end():].lstrip()
            if not rest or not is_bracketed_headline(found.group(0)) or not (rest[0].isupper() or rest[0] in "\"“‘'["):
                break
            out.append(found.group(0))
            sentence = rest
        closing = _BRACKETED_HEADLINE_RE.search(sentence) if sentence.endswith("]") else None
        if closing is not None and closing.end() == len(sentence) and closing.start() > 0 and is_bracketed_headline(
                closing.group(0)) and sentence[: closing.start()].rstrip()[-1:] in ".!?…\"”’)":
            out.extend((sentence[: closing.start()].rstrip(), closing.group(0)))
        else:
            out.append(sentence)
    return out


def split_sentences(paragraphs: list[str]) -> list[str]:
    """A rule splitter for `--no-tokenize` runs: after . ! ? … before a capital or digit,
    unless the dot belongs to a title or to a city's abbreviation before its name.
    (The tokenizing path's `sent_tokenize` never cuts after `tp`, `ts`, `mr`, `st` or any
    single letter, whatever follows; this splitter joins a narrower, read set.)"""
    out: list[str] = []
    for paragraph in paragraphs:
        glued = _glued_boundaries(paragraph) if _GLUED_BOUNDARY_RE.search(paragraph) else None
        start = 0
        if glued is None:  # (the common case: every stop followed by a space)
            for m in _BOUNDARY_RE.finditer(paragraph):
                if _splits(m) and not _continues(paragraph, m.start("close"), m.start("next")):
                    out.append(paragraph[start:m.end("close")].strip())
                    start = m.end()
            out.append(paragraph[start:].strip())
            continue
        cuts = [(at, at) for at in glued]  # (end of a sentence, start of the next)
        for m in _BOUNDARY_RE.finditer(paragraph):
            if _splits(m) and not _continues(paragraph, m.start("close"), m.start("next")):
                cuts.append((m.end("close"), m.end()))
        cuts.sort()
        for end, next_start in cuts:
            out.append(paragraph[start:end].strip())
            start = next_start
        out.append(paragraph[start:].strip())
    return split_bracketed_headlines([s for s in out if s])
