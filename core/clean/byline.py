"""Bylines: who wrote the article, and which sources it credits that are not authors.

A byline names people (`Thu Hà - Hồng Nhung`, `Tin, ảnh: Quốc Việt`, `HOÀNG TUẤN`,
`P.B`), maybe with the agency or publication they write for (`Minh Anh (TTXVN)`,
`Việt Quốc/VOV`, `Linh An - TTXVN`) and a note (`(T/h)`, `(tổng hợp)`). A credit of a
publisher, an agency or a site (`Theo Vnreview`, `Theo báo Tin Mới`, `Nguồn: TTXVN`) and a
staff credit without a name (`PV`, `Nhóm PV`, `CTV`) are bylines too, of no author.
Crawls that flatten the page glue the byline to the last paragraph (`… là điều hiển
nhiên. Âu Giang`): `split_glued_byline` reads it off the paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.keys import LEVEL_WORDS
from core.normalize import is_vietnamese_syllable

# Prefixes a byline carries before the names; removed (RECORD.md: `Tin và ảnh:`, `Bài, ảnh:`).
_CREDIT_WORD = r"(?:tin|bài|ảnh|video|clip|đồ họa|thực hiện|nhóm pv|pv|ctv)"
BYLINE_PREFIX_RE = re.compile(
    rf"^\s*(?:(?:{_CREDIT_WORD}(?:\s*(?:,|và|-|/|&|\+)\s*{_CREDIT_WORD})*|tác giả|người viết|"
    r"phóng viên|nhóm phóng viên|biên tập|by|bài viết)\s*[:：]\s*|(?:tác giả|bởi|by|người viết|tổng hợp)\s+(?=[^\W\d_]))",
    re.IGNORECASE,
)
# Openers of a credit to a source: `Theo X` (X a publication unless a person's name comes
# with the agency he writes for: `Theo Minh Anh (TTXVN)`), `Nguồn: X`.
SOURCE_OPENER_RE = re.compile(
    r"^\s*(?:theo|nguồn\s*[:：]|nguồn(?=\s+(?-i:[A-ZĐÀ-Ỹ]))|nguồn tin\s*[:：]|source\s*[:：])\s*", re.IGNORECASE
)
# Staff credits that name nobody, and notes on how the text was made (lower case).
NAMELESS_CREDITS = frozenset({
    "pv", "nhóm pv", "ctv", "nhóm ctv", "pv-ctv", "btv", "nhóm phóng viên", "phóng viên", "phóng viên thường trú",
    "tổng hợp", "t/h", "th", "lược dịch", "dịch", "biên dịch", "tổng hợp từ nhiều nguồn", "nhóm tác giả",
    "st", "sưu tầm",
})
# The staff credits among them that sign the article as its writer does (`PV`, `Nhóm PV`, `CTV` on the byline's line or
# at the last paragraph's end): the byline's author as written, as the gold files take it (lower case).
STAFF_CREDITS = frozenset({"pv", "nhóm pv", "ctv", "nhóm ctv", "btv", "pv-ctv"})
# Short words in capitals that name an agency, a publication or a body, not a writer's initials (lower case): a
# writer signs with two to four capitals (`HG`, `VT.`, `HYTV`), an agency's acronym of five or more is its own.
AGENCY_ACRONYMS = frozenset({
    "vna", "vov", "vtv", "vtc", "vgp", "afp", "ap", "upi", "ttx", "tto", "plo", "qđnd", "cand", "sggp", "nlđ",
    "antđ", "antv", "đttd", "vne", "vnn", "htv", "bbc", "cnn", "rfi", "dw", "tass", "kcna", "nhk", "abc", "nbc",
    "cbs", "fox", "tiki", "vff", "vcci", "wb", "imf", "who", "un", "cctv", "vnba", "vtvcab", "gdtđ", "gđvn",
    "ubnd", "hđnd", "mttq", "đbqh", "ctv", "btv", "pv", "hcm", "tphcm", "wsj", "elle", "gd", "đt", "gdđt", "nasa",
    "scmp", "fb", "gs", "pgs", "ts", "ths", "bs", "bsck", "ks", "ls",
})
# A word in capitals that reads as one syllable (`MINH`, `CUNG`, `LA`) is a name or a word, not initials.
_SYLLABLE_RE = re.compile(r"[BCDĐGHKLMNPQRSTVX]{0,3}[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]+[CHMNGPT]{0,2}")
MAX_INITIALS_LETTERS = 4
# Words that make a credit a publication's or a site's, not a person's: nouns that open
# its name (`Báo Tin Mới`, `Tạp chí Đời Sống`), words anywhere in it (`Tuổi Trẻ Online`,
# `VOV.VN`, `Zing News`).
_PUBLICATION_HEAD_RE = re.compile(
    r"^(?:báo|tạp chí|trang tin|trang thông tin|đài|kênh|cổng thông tin|thông tấn xã|thời báo|nhật báo|tuần báo|"
    r"hãng tin|hãng thông tấn)\b",
    re.IGNORECASE,
)
_PUBLICATION_WORD_RE = re.compile(
    r"\b(?:online|news|times|post|press|media|tv|điện tử|tin tức)\b|\.(?:vn|com|net|org)\b|^www\.", re.IGNORECASE
)
MAX_PUBLICATION_WORDS = 8
# Names of social networks and site features: a line of them is a share bar, never a person.
NOT_NAME_WORDS_CI = frozenset({
    "facebook", "zalo", "twitter", "youtube", "tiktok", "instagram", "email", "google", "linkedin", "messenger",
    "telegram", "pinterest", "like", "share", "print", "rss", "podcast", "audio", "video", "link",
})
# How the names of one byline are separated.
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:[-–—,;/&|+]|\bvà\b)\s*")
_NAME_SEPARATORS = "-–—,;/&|+"
_PARENTHESIS_RE = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")
# A name's word: capitalised letters, maybe a dotted initial or an apostrophe.
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’.]*\.?")
# Initials that sign an article (`P.B`, `T.T`, `N.H.Anh`, `C.Đ.`).
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]{1,6}\.?")
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "la", "le", "da", "di", "bin", "al"})
# Words that open a place's name, never a writer's (`TP Tây Ninh`, `Huyện Ba Tri`: a portal's location line under the
# date, web57 w004, read as its byline): the administrative levels the keys read (`core.keys.LEVEL_WORDS`) and `TP`,
# lower case, a trailing dot dropped (`Tp.`).
DIVISION_OPENERS = frozenset({*LEVEL_WORDS, "tp"})


def place_opener_words(words: list[str]) -> int:
    """How many of the words open a place's name that goes on after them (`TP Tây Ninh` 1, `Thành phố Huế` 2), else 0
    (DIVISION_OPENERS)."""
    if len(words) > 1 and words[0].lower().rstrip(".") in DIVISION_OPENERS:
        return 1
    return 2 if len(words) > 2 and " ".join(words[:2]).lower() in DIVISION_OPENERS else 0


# English function words: a line of them in title case (`The Tour Dates`) is a heading,
# not a name (none of them is a Vietnamese syllable that names a person).
_NOT_NAME_WORDS = frozenset({
    "the", "of", "and", "for", "with", "from", "this", "that", "these", "your", "our", "how", "what",
    "why", "when", "where", "who", "is", "are", "will", "all", "about", "more", "most", "new",
})
# Words that open a sentence, never a name: a capitalised run after a sentence end that
# starts with one is the next sentence, cut short, not a glued byline (lower case).
SENTENCE_OPENERS = frozenset({
    "ông", "bà", "các", "những", "tại", "trong", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "khi",
    "nếu", "sau", "trước", "đây", "đó", "này", "với", "từ", "về", "để", "do", "vì", "nhưng", "tuy", "cũng",
    "còn", "hiện", "ngoài", "cùng", "bên", "theo", "nguồn", "ảnh", "hình", "video", "clip", "xem", "bấm",
    "click", "mời", "đọc", "hãy", "xin", "cảm", "một", "hai", "ba", "bộ", "sở", "ubnd", "tỉnh", "huyện", "xã",
    "quận", "phường", "thủ", "chủ", "phó", "giám", "giá", "lãi", "lịch", "kết", "mã", "số", "link", "tags",
    "chuyên", "tin", "bài", "hotline", "email", "fanpage", "liên", "tác", "thực", "nhóm",
})
# Credit prefixes of a photo or a clip: at a paragraph's end they credit its picture, not the article.
PICTURE_CREDIT_RE = re.compile(r"^\s*(?:ảnh|hình|hình ảnh|video|clip|nguồn ảnh)\s*[:：]", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Byline:
    names: tuple[str, ...]  # the authors, as written
    sources: tuple[str, ...]  # agencies, publications, sites credited: not authors
    labelled: bool  # a credit prefix (`Tin, ảnh:`) or a source opener (`Theo`, `Nguồn:`) says it is one


def split_names(text: str) -> list[str]:
    """`text` cut at the separators of a byline's names. Most lines hold none: they are
    found out by a look for each character, which is much cheaper than the split pattern
    (its leading white-space run is tried at every position)."""
    if "và" in text or any(ch in text for ch in _NAME_SEPARATORS):
        return _BYLINE_SPLIT_RE.split(text)
    return [text]


# The forms of address a sentence names a person with: no byline opens on one (no author of the 35,440 baomoi articles
# nor an `A` line of any gold file does; web59 w001's cut caption `| Ông Tr` was read as its author).
ADDRESS_WORDS = frozenset({"ông", "bà"})


def is_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 5 or place_opener_words(words) or (len(words) > 1 and words[0].lower() in ADDRESS_WORDS):
        return False
    for word in words:
        if not _NAME_WORD_RE.fullmatch(word) or word.lower() in _NOT_NAME_WORDS:
            return False
        if not word[0].isupper() and word.lower() not in _NAME_PARTICLES:
            return False
    return True


def _is_agency(part: str) -> bool:
    """`TTXVN`, `VOV`, `AFP`, `VOV.VN`, `Dân trí`, `Báo Tin Mới`, `vnexpress.net`: a publisher."""
    words = part.split()
    if ":" in part or len(words) > MAX_PUBLICATION_WORDS:
        return False
    if _PUBLICATION_HEAD_RE.search(part) or _PUBLICATION_WORD_RE.search(part):
        # a publication's name: its words capitalised, but for the publication nouns (`báo Tin Mới`)
        return len(words) == 1 or all(
            w[0].isupper() or _PUBLICATION_HEAD_RE.match(w) or _PUBLICATION_WORD_RE.search(w) or not w[0].isalpha()
            for w in words[1:]
        )
    if len(words) == 1:
        word = words[0].rstrip(".")
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters) and "." not in word[:-1]:
            # one word in capitals: an agency's acronym (a person in capitals has two), or a writer's initials
            return not _is_caps_initials(word)
        # a brand spelt with a capital inside (`VnExpress`, `VietnamPlus`, `ZingNews`)
        return len(word) > 3 and word[0].isupper() and any(ch.isupper() for ch in word[1:]) and not word.isupper()
    return False


def _is_caps_initials(word: str) -> bool:
    """`HG`, `VT`, `HYTV`: a writer's initials in capitals, not a known acronym."""
    word = word.rstrip(".")
    return 2 <= len(word) <= MAX_INITIALS_LETTERS and word.isalpha() and word.isupper() and (
        word.lower() not in AGENCY_ACRONYMS and word.lower() not in NAMELESS_CREDITS and not _SYLLABLE_RE.fullmatch(word)
    )


# A site credited by its address or its handle after `Theo` (`Theo dantri`, `Theo vnexpress`, `- Theo vtv.vn`, `Theo
# VTC14`): one word of Latin letters, lower case and no Vietnamese syllable (the clause words `Theo` opens, `đó`, `tôi`,
# `ông`, are syllables), or a capitalised one with digits. Over the 35,440 baomoi articles 77 texts lose such a credit
# glued after their last sentence (or a site's address the credit's reach now takes, `(Theo Giadinhvietnam.com)`); 25
# read, 25 credits (3 with their writer, now the author: `Theo Cửu Long/vnexpress`). audit63 a038's annotator labels
# `Theo dantri` a byline.
_SITE_HANDLE_RE = re.compile(r"[a-z][a-z0-9]{2,}(?:\.[a-z]{2,4}){0,2}|[A-Z][A-Za-z]*\d+[A-Za-z]*")


def _site_handle(word: str) -> bool:
    """`dantri`, `vtv.vn`, `VTC14`: a site named by its handle or its address (no Vietnamese syllable)."""
    return _SITE_HANDLE_RE.fullmatch(word) is not None and not is_vietnamese_syllable(word)


def _site_credit(text: str) -> bool:
    """`Theo VTC14`, `Nguồn: kenh14.vn`: a source credit to a site's handle alone."""
    opener = SOURCE_OPENER_RE.match(text)
    return opener is not None and _site_handle(text[opener.end() :].strip().rstrip("."))


def _is_publication_name(text: str) -> bool:
    """After `Theo`/`Nguồn:`: a short name that opens with a capital and is no person's
    (`Dân trí`, `báo Tin Mới` lower-cased after `Theo`, `VnExpress`), or a site's handle (`dantri`, `VTC14`)."""
    words = text.split()
    if len(words) == 1 and _site_handle(text):
        return True
    if _INITIALS_RE.fullmatch(text):
        return False  # `Theo X.B / NDĐT`, `Theo H.NHUNG (Tuổi Trẻ Online)`: a writer's initials, as a name is
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    if _is_agency(text) or (len(words) == 1 and words[0][0].isupper()):
        return True
    return words[0][0].isupper() and not all(is_name(part.split()) for part in split_names(text) if part.strip())


def _classify(part: str, labelled: bool) -> str:
    """`name`, `source`, `none` (a nameless credit) or `other` for one piece of a byline."""
    words = part.split()
    if not words:
        return "none"
    if part.lower() in STAFF_CREDITS:
        return "name"
    if part.lower() in NAMELESS_CREDITS:
        return "none"
    if _INITIALS_RE.fullmatch(part) or (len(words) == 1 and _is_caps_initials(part)):
        return "name"
    if _is_agency(part):
        return "source"
    if any(w.lower() in NOT_NAME_WORDS_CI for w in words):
        return "other"
    if is_name(words) and (labelled or len(words) >= 2):
        return "name"
    return "other"


# The body a writer of a provincial portal signs for, after the name and a dash (`Phùng Vị – HND tỉnh`, `Lữ Nhiên Hương -
# Đảng ủy Khối CCQ và DN tỉnh`): it opens with the noun or the acronym of a body and is no name itself.
SIGNED_FOR_HEADS = (
    "hnd", "hlhpn", "hội", "đảng ủy", "đảng uỷ", "ban", "phòng", "sở", "trung tâm", "ttvh", "ttyt", "ubnd", "hđnd",
    "huyện ủy", "huyện uỷ", "huyện đoàn", "thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ", "tỉnh đoàn", "thành đoàn",
    "công an", "trường", "văn phòng", "bệnh viện", "mttq", "ủy ban", "uỷ ban", "lđlđ", "liên đoàn", "chi cục", "cục",
    "bộ chỉ huy", "bchqs", "cơ quan", "ubmttq",
)
# The writer's post in that body (`Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng`, `Lê Bá Tuấn – Bí thư Đoàn xã Xuân Yên`), and
# after a labelled name, a comma too (`Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã`, `Tác giả: Triệu Thị Hiền, Ban Dân tộc
# HĐND huyện Chợ Đồn`, `Nguồn tin: Thu Hồng - Phòng quản lý Khoa học`): commune and district portals sign so; over the web
# read sets 5 such last lines, 5 the writer (read before as no one, or `Sign In` after it); none over the 35,440 baomoi
# articles, whose bylines are bare.
WRITER_POSTS = (
    "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "công chức", "cán bộ", "chuyên viên", "giáo viên", "phóng viên",
    "cộng tác viên", "trưởng phòng", "phó trưởng phòng", "giám đốc", "phó giám đốc", "hiệu trưởng", "phó hiệu trưởng",
)
MAX_SIGNED_FOR_WORDS = 10
_SPACED_DASH_RE = re.compile(r"\s[-–—]\s")
# after its head, a body's name holds capitalised words, acronyms and these (lower case)
SIGNED_FOR_LOWER_WORDS = frozenset({"tỉnh", "huyện", "thị", "xã", "thành", "phố", "quận", "phường", "và", "ủy", "uỷ",
                                    "tâm", "đoàn", "án", "chỉ", "huy", "quan", "ban", "hội"})
_SIGNED_FOR_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\W\d_]*(?:\s[^\W\d_][^\W\d_]*){1,3})(?:\s[-–—]|(?P<comma>,))\s+(?P<body>(?P<head>"
    + "|".join(re.escape(h) for h in sorted(SIGNED_FOR_HEADS + WRITER_POSTS, key=len, reverse=True)) + r")\b.*)$",
    re.IGNORECASE)


# A body signing the article on the dump's last line, its name alone (`Liên đoàn Lao động tỉnh`, `Thường trực HĐND xã
# Long Giang`): a head of SIGNED_FOR_HEADS (or the standing committee's `Thường trực`), then the name's words, each
# opening on a capital, with no two lower-case syllables in a row but the place words of SIGNED_FOR_LOWER_WORDS.
BODY_NAME_HEADS = ("thường trực",)
_BODY_NAME_HEAD_RE = re.compile(
    r"(?:" + "|".join(re.escape(h) for h in SIGNED_FOR_HEADS + BODY_NAME_HEADS) + r")(?!\w)", re.IGNORECASE)


def is_body_name(text: str) -> bool:
    """`Liên đoàn Lao động tỉnh` → True; `Hội nghị đã tiến hành biểu` → False (a verb after the head)."""
    words = text.split()
    if not 2 <= len(words) <= MAX_SIGNED_FOR_WORDS or not words[0][:1].isupper() or any(ch.isdigit() for ch in text):
        return False
    head = _BODY_NAME_HEAD_RE.match(text)
    if head is None:
        return False
    lower_run = 0
    for word in text[head.end() :].split():
        if word[:1].isupper() or word in ("-", "–", "—"):
            lower_run = 0
        elif word.lower() in SIGNED_FOR_LOWER_WORDS:
            continue
        else:
            lower_run += 1
            if lower_run > 1:
                return False
    return True


# The same signature with no dash between the writer and the body, on the page's last line (`Hồng Mai Trung tâm
# TT/GDSK`): the body's head right after a name of two to four capitalised words, and an acronym in the body's name (a
# headline in title case names no acronym).
_UNDASHED_SIGNED_FOR_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\W\d_]*(?:\s[^\W\d_][^\W\d_]*){1,3}?)\s(?P<body>(?-i:[A-ZĐ])(?:"
    + "|".join(re.escape(h[1:]) for h in SIGNED_FOR_HEADS) + r")\b.*)$", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\b[A-ZĐ]{2,}\b")


def read_undashed_signature(text: str) -> Byline | None:
    """`Hồng Mai Trung tâm TT/GDSK` → the byline of Hồng Mai, for the body; None for any other line."""
    found = _UNDASHED_SIGNED_FOR_RE.match(text.strip())
    if found is None or _ACRONYM_RE.search(found.group("body")) is None:
        return None
    name, body = found.group("name"), found.group("body")
    if not is_name(name.split()) or name.split()[0].lower() in _HONORIFICS:
        return None
    body_words = body.replace("/", " ").split()
    if len(body_words) > MAX_SIGNED_FOR_WORDS or is_name(body_words) or _BODY_NAME_HEAD_RE.match(body) is None:
        return None
    if not all(w[0].isupper() or w.lower() in SIGNED_FOR_LOWER_WORDS for w in body_words[1:]):
        return None
    return Byline((name,), (body,), False)


_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "đồng", "cô", "thầy", "em", "cháu", "cụ"})


def _signed_for(text: str, labelled: bool = False) -> Byline | None:
    found = _SIGNED_FOR_RE.match(text)
    if found is None or (found.group("comma") and not labelled):
        return None
    name, body = found.group("name"), found.group("body")
    body_words = body.split()
    if not is_name(name.split()) or len(body_words) > MAX_SIGNED_FOR_WORDS or is_name(body_words):
        return None
    if name.split()[0].lower() in _HONORIFICS:
        return None  # `Ông Nguyễn Văn A - Sở Y tế …`: a sentence's subject, not a signature
    if any(is_name(part.split()) for part in _SPACED_DASH_RE.split(body)):
        return None  # `Trần Hoàng - Trường Phong - Nguyễn Hoàn`: writers listed, the second no school
    if not body_words[0][:1].isupper():
        return None
    if not labelled:  # (after a label the line is a byline whatever the body's words)
        lower_run = 0  # no two lower-case syllables in a row but the place words (`Chi bộ Các cơ quan Đảng`)
        for word in body_words[len(found.group("head").split()) :]:
            if word[:1].isupper():
                lower_run = 0
            elif word.lower() not in SIGNED_FOR_LOWER_WORDS:
                lower_run += 1
                if lower_run > 1:
                    return None
    return Byline((name,), (body,), labelled)


# A publication's regional bureau after it (`Đình Thiệu/VOV-miền Trung`, `Nhóm PV/VOV-Miền Trung`, `VOV-Tây Nguyên`): a
# region's noun, either case, and its capitalised name. Bylines ending `/X-miền|Miền …` over the 35,440 baomoi articles:
# 9, all VOV's bureaus, none read before.
_BUREAU_REGION_RE = re.compile(r"(?:[Mm]iền|[Kk]hu vực|[Vv]ùng)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?|Tây Nguyên|Tây Bắc|Đông Bắc|ĐBSCL")


# A writer's role in brackets between two names (`Chí Hiếu (ghi) Tuệ Nguyễn (thực hiện)`, `Đình Mười - Nguyên Nga - Ngô
# Minh Trí (ghi) TTXVN`): it ends the name before it, as a separator does (read before as one name, `Chí Hiếu Tuệ Nguyễn`,
# or the agency glued to the last, `Ngô Minh Trí TTXVN`; audit75 a015, audit70 a038's gold).
WRITER_ROLES = ("ghi", "thực hiện", "lược dịch", "tổng hợp", "biên dịch", "dịch", "tổng hợp và biên dịch")
_ROLE_BETWEEN_RE = re.compile(r"\s*\((?:" + "|".join(WRITER_ROLES) + r")\)\s*(?=\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a page's lines are asked about again (head, body, title tests); Byline is frozen
def read_byline(line: str, *, allow_single: bool = False) -> Byline | None:
    """The byline a line holds, or None when the line is not one.

    `Tin, ảnh: Phương Thảo - Quang Huy` → names (Phương Thảo, Quang Huy), labelled;
    `Theo Vnreview` → no name, source Vnreview; `Việt Quốc/VOV` → Việt Quốc, source VOV.
    `allow_single`: a one-word name counts without a credit prefix (a glued byline).
    """
    text = line.strip().rstrip(".").rstrip("/").rstrip(".").strip()
    labelled = False
    source_credit = False
    prefix = BYLINE_PREFIX_RE.match(text)
    if prefix:
        text, labelled = text[prefix.end() :], True
    opener = SOURCE_OPENER_RE.match(text)
    if opener and opener.end() < len(text):
        text, labelled, source_credit = text[opener.end() :], True, True
    if not text or len(text) > 90:
        return None
    if ("-" in text or "–" in text or "—" in text) or (labelled and not source_credit and "," in text):
        signed = _signed_for(text, labelled)
        if signed is not None:
            return signed
    notes: list[str] = []
    if "(" in text and (between := _ROLE_BETWEEN_RE.search(text)) is not None and "(" not in text[: between.start()]:
        # `Chí Hiếu (ghi) Tuệ Nguyễn (thực hiện)`: two writers (not after another bracket: `Trần Mạnh Đức (HS Trường …)
        # Lam Ngọc (ghi) Hà Ánh`, a quoted student before the writers)
        text = _ROLE_BETWEEN_RE.sub(", ", text)
    if "(" in text or "[" in text:
        notes = [n.strip() for n in _PARENTHESIS_RE.findall(text) if n.strip()]
        text = _PARENTHESIS_RE.sub(" ", text).strip()
    if text.lower().endswith(" tổng hợp"):
        text = text[: -len(" tổng hợp")]
    names: list[str] = []
    sources: list[str] = []
    if source_credit and _is_publication_name(text) and ("/" not in text or _is_publication_name(text.partition("/")[0].strip())):
        # (`Theo Thanh Tuyết/Vnexpress.net`: the writer, then the site the page is taken from, is no publication's name)
        return Byline((), (text, *notes), True)
    # `Name/Publication` (`Hoàng Qui/VOV`, `Đức Trong/Tuổi Trẻ`): what follows a slash is the
    # publication the writer files for, whatever it looks like.
    text, _, filed_for = text.partition("/")
    for piece in (p.strip() for p in _BYLINE_SPLIT_RE.split(filed_for) if p.strip()):
        if piece.lower() in NAMELESS_CREDITS:
            continue
        if notes and _BUREAU_REGION_RE.fullmatch(piece):
            notes.append(piece)  # `Lê Hiếu/VOV-miền Trung`: the publication's regional bureau
            continue
        if not _is_publication_name(piece) and not is_name(piece.split()):
            return None  # `Quý I/2017, …`: a slash of the text, not of a byline
        notes.append(piece)
    for part in split_names(text):
        part = " ".join(part.split())
        if source_credit and part.lower() in STAFF_CREDITS:
            continue  # `Theo Nhóm PV (Báo Hà Tĩnh)`: the source's staff, not a writer of this page
        if names and (credit := SOURCE_OPENER_RE.match(part)) is not None and credit.end() < len(part):
            sources.append(part[credit.end() :])  # `Hà An - Theo VnExpress`: the source after the writer, no writer
            continue
        role, _, rest = part.partition(" ")
        if role.lower() in STAFF_CREDITS and rest and not SOURCE_OPENER_RE.match(rest) and _classify(rest, True) == "name":
            part = rest  # `CTV Xuân Hương/VOV.VN`: the writer's role before the name, not the name's
        kind = _classify(part, labelled or allow_single)
        if kind == "other":
            return None
        if kind == "name" and not sources:  # after the agency, a name is its bureau's place (`VOV - Phnom Penh`)
            names.append(part)
        elif kind == "source":
            sources.append(part)
    for note in notes:
        sources.append(SOURCE_OPENER_RE.sub("", note))
    if source_credit and names and not (notes or sources or len(names) > 1):
        # `Theo X` with nothing after the name: X is the publication (`Theo Tuổi Trẻ`).
        sources, names = names, []
    if len(names) > 6 or not (names or sources or labelled or text.lower() in NAMELESS_CREDITS):
        return None
    staff = any(name.lower() in STAFF_CREDITS for name in names)  # a staff credit says it is a byline
    if staff and not all(name.lower() in STAFF_CREDITS for name in names):
        names = [name for name in names if name.lower() not in STAFF_CREDITS]  # `Như Anh - CTV`: the writer's role
    return Byline(tuple(names), tuple(sources), labelled or bool(sources) or not names or staff)


# A sentence's end inside a paragraph: a glued byline follows the last one. A part of a series ends on its marker
# (`… Tuổi thọ mỏ 52 năm. (Còn nữa) Nhóm PV kinh tế`): the byline follows the marker, which stays with the text, as
# audit52's and audit58's annotators keep it. Over the 35,440 baomoi articles 31 texts gain their writer so, all 31 read
# right (`Diệu Bình - Ngọc Trang`, `Trịnh Ninh (tổng hợp)`, `Đàm Huy - Đức Tiến` after `(Còn tiếp)`).
SERIES_MARKS = ("còn nữa", "còn tiếp")
_SENTENCE_END_RE = re.compile(r"(?:[.!?…]|\./\.)[\"”’'»)\]]*(?:\s+\((?i:" + "|".join(SERIES_MARKS) + r")\))?\s+")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])(?:[A-ZĐ][a-zđ]?|TP)$")
GLUED_TAIL_CHARS = 110  # a glued byline is short: the end is looked for in the paragraph's last characters
GLUED_TAIL_WORDS = 16  # three full names with their separators and a note


# A source credit at a paragraph's very end, glued without a sentence end before it
# (`… chỉ mang tính tham khảo Theo GĐVN`): `Theo` with its capital opens no sentence there.
_TRAILING_SOURCE_RE = re.compile(r"\s(?:\(\s*)?(?:Theo|Nguồn:?)\s+[^\W\d_](?:[^.!?…]|\.(?=[a-z])){0,60}\.?$")


def _earlier_byline(paragraph: str, ends: list[re.Match[str]]) -> tuple[str, Byline] | None:
    """The byline with a writer read from the last real sentence end, where the last stop is an initial's or a short
    place's (`TP.`), if any."""
    real = [e for e in ends if not _INITIAL_BEFORE_RE.search(paragraph, 0, e.start())]
    if real and real[-1] is not ends[-1]:
        byline = _read_tail(paragraph[real[-1].end() :].strip())
        if byline is not None and byline.names:
            return paragraph[: real[-1].end()].rstrip(), byline
    return None


# A closing quotation mark before the writer's name, no stop after it. Over the 35,440 baomoi articles 35 texts gain
# their writer so, all read: 33 right (`… lên viện điều trị” Phạm Bắc`, `… “quy ẩn” Thiên Minh`, `… trả trước" PV`, `…
# "Băng qua đường" Q.H (Tổng hợp Dailymail)`), 2 wrong (a caption's name after a nickname in quotes, `"Cá sấu chúa"
# Quỳnh Nga`; a headline's last word joined to the writer, `"phế truất" Ronaldo Mẫn Nhiên`); a name closed by a full
# stop is the sentence's (`được xếp cạnh “Nữ thần giải Kim Ưng” Đường Yên.`).
_QUOTE_END_RE = re.compile(r"[”\"](?=\s+[A-ZĐ][^\"”“]*$)")


def split_glued_byline(paragraph: str) -> tuple[str, Byline] | None:
    """`… là điều hiển nhiên. Âu Giang` → (`… là điều hiển nhiên.`, the byline of Âu Giang);
    None when the paragraph ends with its own sentence."""
    window_start = max(0, len(paragraph) - GLUED_TAIL_CHARS)
    ends = list(_SENTENCE_END_RE.finditer(paragraph, window_start))
    if ends:
        end = ends[-1]
        byline = _read_tail(paragraph[end.end() :].strip())
        if byline is not None and not byline.names and (earlier := _earlier_byline(paragraph, ends)) is not None:
            return earlier  # `… cho biết./. Hà Khánh/VOV - TP. HCM`: the stop of `TP.` is no sentence's, the writer is before it
        if byline is not None:
            return paragraph[: end.end()].rstrip(), byline
        # the last stop may be an initial's or a short place's (`… tuần mới này. V. Minh`, `Ph. Thúy`, `Hà Khánh/VOV - TP.
        # HCM`): the sentence ends before it
        real = [e for e in ends if not _INITIAL_BEFORE_RE.search(paragraph, 0, e.start())]
        if real and real[-1] is not end:
            byline = _read_tail(paragraph[real[-1].end() :].strip())
            if byline is not None:
                return paragraph[: real[-1].end()].rstrip(), byline
    quoted = list(_QUOTE_END_RE.finditer(paragraph, window_start))
    if quoted:
        # a closing quotation mark ends the last sentence, its stop left inside or left out (`… lên viện điều trị” Phạm
        # Bắc`, `… những người xin việc” Công Chính`): the writer after it, a name at least
        tail = paragraph[quoted[-1].end() :].strip()
        byline = _read_tail(tail) if not tail.endswith(".") else None  # (`… cạnh “Nữ thần” Đường Yên.`: the sentence's)
        if byline is not None and byline.names:
            return paragraph[: quoted[-1].end()].rstrip(), byline
    credits = list(_BRACKET_CREDIT_RE.finditer(paragraph, window_start))
    if credits:
        # a caption without its full stop, its credit, then the byline (`… hiện trường vụ tai nạn (Ảnh: Reuters) Hà
        # Liên`): the byline after the last credit, a name or a credit alone (no sentence, no other bracket)
        tail = paragraph[credits[-1].end() :].strip()
        byline = _read_tail(tail) if tail and "(" not in tail and not _SENTENCE_END_RE.search(tail + " ") else None
        if byline is not None:
            return paragraph[: credits[-1].end()].rstrip(), byline
    source = _TRAILING_SOURCE_RE.search(paragraph, window_start)
    if source is not None:
        byline = _read_tail(source.group(0).strip())
        if byline is not None and not byline.names:
            return paragraph[: source.start()].rstrip(" -–"), byline  # (`… vệ sinh… - Theo vtv.vn`: the dash is the credit's)
    compiled = _COMPILED_TAIL_RE.search(paragraph, window_start) if paragraph.endswith(COMPILED_MARK) else None
    if compiled is not None:
        words = compiled.group(2).split()
        # (a third capitalised Vietnamese syllable before the two opens the writer's name: `Nguyễn Văn Hùng Tổng hợp`)
        if compiled.group(1) and is_vietnamese_syllable(compiled.group(1).lower()) and is_name([compiled.group(1), *words]):
            words = [compiled.group(1), *words]
        if all(is_vietnamese_syllable(w.lower()) for w in words) and is_name(words):
            byline = read_byline(f"{' '.join(words)} {COMPILED_MARK}")
            if byline is not None and byline.names:
                start = paragraph.rindex(" ".join(words), 0, len(paragraph) - len(COMPILED_MARK))
                return paragraph[:start].rstrip(), byline
    return None


# A writer's name and `Tổng hợp` (compiled by) closing a paragraph whose last line is no sentence (`… Premier League:
# Leicester 0-3 Man United Sơn Tùng Tổng hợp`, `… Vua phá lưới: Harry Kane (29 bàn thắng) Trung Phạm Tổng hợp`): a
# video's or a table's caption before the byline, no stop between. Two capitalised Vietnamese syllables before the
# mark (three where a third opens the name). Over the 35,440 baomoi articles 13 texts gain their writer so, all 13 read
# right; a paragraph ending on `Báo cáo Tổng hợp` names no one (the name test keeps its words out).
COMPILED_MARK = "Tổng hợp"
_COMPILED_TAIL_RE = re.compile(r"(?:(\S+)\s+)?([A-ZĐ]\w*\s+[A-ZĐ]\w*)\s+" + COMPILED_MARK + "$")


# A photo's or a source's credit in brackets that ends a gallery of captions before the byline (`… Trung Quốc. (Ảnh:
# Reuters) Sầm Hoa`, `(Nguồn: Sina) Tường Vy`): the byline is what follows it. Over the 35,440 baomoi articles 36 texts
# end on such a credit and a short tail; of 20 read, 17 a writer's byline or an outlet's credit after it (3 a second
# credit, `Ảnh: AP Thanh Hảo`, which the name test keeps out); all 36 had lost their byline.
# (and a source's credit in brackets, `(Theo Yonhap/Reuters) Gia Bảo`, `(Theo RT) Gia Bảo`: 9 texts end so, all read, a
# writer's byline after the source)
_LEADING_BRACKET_CREDIT_RE = re.compile(r"\((?:(?:ảnh|nguồn|hình|nguồn ảnh)\s*:|theo\s)[^()]{1,60}\)\s+", re.IGNORECASE)
# So a photographer's credit filed for an agency, unbracketed (`… tiệc chiêu đãi. Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa
# (TTXVN)`): over the 35,440 baomoi articles 10 tails of `Ảnh: X/Y` and a name; the 4 whose Y is an agency, a name after it.
_LEADING_AGENCY_PHOTO_RE = re.compile(r"(?:ảnh|hình)\s*:\s*[^/.()]{2,30}/\s*(\S+)\s+", re.IGNORECASE)
# (and without the colon: `(Ảnh minh họa)`, `(nguồn VPMILK cung cấp)`, `(Ảnh tư liệu)`)
_BRACKET_CREDIT_RE = re.compile(r"\((?:ảnh|nguồn|hình|nguồn ảnh)\s*:?[^()]{1,60}\)(?=\s|$)", re.IGNORECASE)


# A source credit after the writer inside a tail, and how the credit reads on its own (`Nguồn` first: a tail holding
# both, `Hà Di Nguồn Theo Medicaldaily`, splits at it).
SOURCE_JOINERS = ((" Nguồn ", "Nguồn: "), (" Theo ", "Theo "))


# Sentence openers that open no writer's name of two or three capitalised syllables at a paragraph's end: a place after a
# preposition (`Tại Hà Nội`), a label before the writer (`Tin Trần Giáp`, `Clip Vff`), a form of address (`Ông Quốc
# Chính (TTXVN)`, a caption's subject).
NAMED_TAIL_NOT_FIRST = frozenset({"tại", "ở", "trong", "với", "về", "cho", "khi", "sau", "trước", "tin", "bài", "ảnh", "clip",
                                  "video", "nguồn", "ông", "bà"})
# Two writers signing with one syllable each, a dash between (`Hiếu - Hải`, `Dương - Hằng`, `Tâm - Vinh`): 4 texts of the
# 35,440 baomoi articles end on such a pair after their last sentence, all read, all bylines (audit59 a006's gold).
_SYLLABLE_PAIR_RE = re.compile(r"(\w+)\s*[-–]\s*(\w+)")
# A photo's, a video's or a graphic's credit after the writer's name (`Ngát Ngọc Ảnh: BTC`, `Hoàng Cường Ảnh: Carscoop`,
# `Đ.N Video: Mai Anh`): 37 texts of the 35,440 baomoi articles end so after their last sentence, 25 read, all the writer
# then the credit; the credit is no author.
_TRAILING_CREDIT_RE = re.compile(r"\.?\s+(?:Ảnh|ẢNH|Video|Clip|Đồ họa)\s*:\s*[^:.!?]{1,40},?$")
# Who conducted an interview or took it down, written after the name (`Quốc Bảo thực hiện`, `GIA MINH thực hiện`, `Liên
# Châu (thực hiện)`, `Chân luận ghi`): the writer. 15 texts of the 35,440 baomoi articles end on `… thực hiện` after their
# last sentence; the annotators drop the word (audit61 a020, audit50 a021).
_TRAILING_DONE_BY_RE = re.compile(r"\s*(?:\((?:[Tt]hực hiện|[Gg]hi)\)|(?<=\w )(?:[Tt]hực hiện|ghi))\s*$")
# A teaser's prompt left before the byline, its headline cut (`Bấm xem ngay >> Tiến Long`, `Bấm xem >> Huyền Anh`, `Xem tiếp
# Tuệ Anh`, `(Xem tiếp) Linh Linh`, `Xem thêm: Thanh Bình`): texts of the 35,440 baomoi articles, without an author,
# ending so after their last sentence: about 80, 20 read, all a prompt then the writer's name (audit52 a018's gold).
_LEADING_PROMPT_RE = re.compile(r"(?:Bấm xem(?:\s+ngay)?\s*>+|\(?[Xx]em\s+(?:tiếp|thêm)\)?\s*:?)\s+")
# An outlet's name glued to the writer's last syllable, no space between (`Vũ MạnhThể thao & Văn hóa`, `T.DũngThể thao &
# Văn hóa`): 30 texts of the 35,440 baomoi articles end so, all TTXVN's sports paper after its writer; looked for in the
# tail's last this many characters.
GLUED_OUTLET_CHARS = 40


def _glued_outlet(tail: str) -> int:
    """Where an outlet's name glued to the writer's last syllable starts in the tail (a lower-case letter, then a capital,
    the rest a publication's name: `Vũ MạnhThể thao & Văn hóa`), or 0."""
    for at in range(len(tail) - 1, max(0, len(tail) - GLUED_OUTLET_CHARS) - 1, -1):
        if at > 0 and tail[at].isupper() and tail[at - 1].islower():
            last = tail[:at].split()[-1] if tail[:at].split() else ""
            # (the writer's last word a syllable, `Mạnh`: not a brand's capital inside, `VnExpress`, `VietinBank`)
            return at if (_is_publication_name(tail[at:]) and " " in tail[:at].strip()
                          and is_vietnamese_syllable(last.rpartition(".")[2].lower())) else 0
    return 0


def _name_syllable(word: str) -> bool:
    """One syllable written as a name's, a capital then lower case (`Quyên`, `Hải`): not initials (`N.Tùng`, `TT`)."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def _read_tail(tail: str) -> Byline | None:
    """The byline a paragraph's tail (what follows its last sentence) holds, if any."""
    if (credit := _LEADING_BRACKET_CREDIT_RE.match(tail)) is not None and credit.end() < len(tail):
        return _read_tail(tail[credit.end() :])
    if (credit := _TRAILING_CREDIT_RE.search(tail)) is not None and credit.start() > 0:
        signed = _read_tail(tail[: credit.start()])  # `Ngát Ngọc Ảnh: BTC`: the writer, then the photos' credit
        if signed is not None and signed.names:
            return signed
    if (done := _TRAILING_DONE_BY_RE.search(tail)) is not None and done.start() > 0:
        return _read_tail(tail[: done.start()])  # `Quốc Bảo thực hiện`: who conducted the interview, the writer
    if (glued := _glued_outlet(tail)) > 0:
        signed = _read_tail(tail[:glued])  # `Vũ MạnhThể thao & Văn hóa`: the outlet glued to the writer's last syllable
        if signed is not None and signed.names:
            return Byline(signed.names, (*signed.sources, tail[glued:]), True)
    if (prompt := _LEADING_PROMPT_RE.match(tail)) is not None and prompt.end() < len(tail):
        return _read_tail(tail[prompt.end() :])  # `Bấm xem ngay >> Tiến Long`: a teaser's prompt, its headline gone
    if (photo := _LEADING_AGENCY_PHOTO_RE.match(tail)) is not None and _is_agency(photo.group(1)) and photo.end() < len(tail):
        return _read_tail(tail[photo.end() :])  # `Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa (TTXVN)`: the photographer's credit
    # crawls repeat the byline (`Theo X/Y Theo X/Y`), not a pen name that doubles its one syllable (`Quyên Quyên`, `Thiên
    # Thiên`, `Bảo Bảo`: 95 texts of the 35,440 baomoi articles end on one after their last sentence; the annotators take
    # them whole), but initials printed twice (`N.Tùng N.Tùng`) are read once
    half = len(tail) // 2
    if tail[:half].strip() == tail[half:].strip() and not _name_syllable(tail[:half].strip()):
        tail = tail[:half].strip()
    if tail.startswith("(") and tail.endswith(")") and tail.count("(") == 1:
        inner = _read_tail(tail[1:-1].strip())  # `(Theo Reuters)`, `(Nguồn: Sina)`
        if inner is not None:
            return inner
    if not tail or len(tail.split()) > GLUED_TAIL_WORDS or not (tail[0].isupper() or tail[0] in "(["):
        return None
    if PICTURE_CREDIT_RE.match(tail):
        return None
    if (pair := _SYLLABLE_PAIR_RE.fullmatch(tail)) is not None and all(_name_syllable(w) for w in pair.groups()):
        return Byline(pair.groups(), (), False)  # `Hiếu - Hải`: two writers signing with one syllable each
    if tail.lower() in STAFF_CREDITS:
        return Byline((tail,), (), True)
    if tail.lower() in NAMELESS_CREDITS:
        return Byline((), (), True)
    first = tail.split()[0].lower().strip("(:,")
    credited = SOURCE_OPENER_RE.match(tail) or BYLINE_PREFIX_RE.match(tail)
    # (a staff credit opening on a word sentences open on too: `Nhóm PV/VOV`, `Nhóm PV/VOV-Miền Trung`)
    staff = " ".join(tail.split()[:2]).lower().partition("/")[0] in STAFF_CREDITS
    # (nor a name of two or three capitalised syllables whose first a sentence may open on too: `Ba Lan`, `Từ Huy`, `Liên
    # Châu`, writers' names; 25 texts of the 35,440 baomoi articles end on one after their last sentence, all bylines)
    bare = _PARENTHESIS_RE.sub(" ", tail)  # (a note after the name: `Ba Lan (Tổng hợp)`)
    named = 2 <= len(words := bare.split()) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and (
        first not in NAMED_TAIL_NOT_FIRST)
    if first in SENTENCE_OPENERS and not credited and not staff and not named:
        return None
    # (a digit in a bracketed outlet's name is no sentence's: `Theo Minh Hùng (Thể Thao 247)`, 9 texts end so)
    if tail[-1] in "?!:;,\"”" or (any(ch.isdigit() for ch in (bare if tail[-1] == ")" else tail)) and not _site_credit(tail)):
        return None
    writer, comma, source = tail.rpartition(", Theo ")
    if comma and writer and "," not in writer:
        # the writer set off from the source by a comma (`Trang Đỗ, Theo Thời Đại`, `Sa, Theo Trí Thức Trẻ`): the source is
        # no writer, and the writer's one word is a name in this place
        by_writer, by_source = read_byline(writer, allow_single=True), read_byline(f"Theo {source}")
        if by_writer is not None and by_source is not None:
            return Byline(by_writer.names, by_writer.sources + by_source.sources + by_source.names, True)
    # the writer, then a source credit (`Dạ Hi Nguồn Tổng hợp`, `Anh Sa Theo Trí thức trẻ/Bloomberg`, `L.H Theo GĐVN`):
    # the credit is no part of the name
    byline = None
    for joiner, opener in SOURCE_JOINERS:
        if byline is None and joiner in tail:
            writer, _, source = tail.rpartition(joiner)
            by_writer, by_source = read_byline(writer), read_byline(f"{opener}{source}")
            if by_writer is not None and by_source is not None:
                byline = Byline(by_writer.names, by_writer.sources + by_source.sources + by_source.names, True)
    if byline is None:
        byline = read_byline(tail, allow_single=False)
    return byline
