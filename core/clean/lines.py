"""Classify the lines of a page dump and read the article's fields off them.

Labels are those of the gold files: `B` body, `T` headline, `C` caption, `A` byline,
`M` meta (publication date, section label), `X` everything else. The classifier walks
the page as a reader does: the head (banner, menus, section, headline, date) up to the
first paragraph that reads as prose; then the body, where short lines without a
sentence end are captions; then the tail, which a byline, a comment box or a footer
opens. Site chrome is recognised by the data table in `chrome.py`, wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from core.clean.byline import (
    is_body_name,
    place_opener_words,
    read_byline,
    read_undashed_signature,
    split_glued_byline,
)
from core.clean.chrome import (
    STAMP_CHROME_KINDS,
    ChromeMatch,
    is_banner,
    is_slogan,
    is_widget_like,
    match_chrome,
)
from core.clean.dates import Stamp, parse_stamp_line, split_leading_stamp, split_stamp_fields
from core.clean.meta import (
    CAPTION_PREFIX_RE,
    HOME_WORDS,
    caption_text,
    parse_byline,
    section_from_crumbs,
)
from core.legacy import has_lost_characters
from core.normalize import normalize_line

BODY, HEADLINE, CAPTION, BYLINE, META, CHROME = "B", "T", "C", "A", "M", "X"

# A sentence ends in one of these, maybe followed by a closing quote or bracket.
_SENTENCE_END_RE = re.compile(r"(?:[.…:;。]|\./\.)[\"”’'»)\]」』）]*$")
_STRONG_END_RE = re.compile(r"[.…:;!?。！？][\"”’'»)\]」』）]*$")
# Chinese and Japanese write no spaces between words: two such characters count as a word,
# so that a quoted page in those scripts still has prose (Korean spaces its words).
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_NUMBERED_ITEM = r"\d{1,2}[.)]|[a-zđ][.)]"  # `1.`, `2)`, `a.`, `b)`
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-+•*]|" + _NUMBERED_ITEM + r")\s+\S", re.IGNORECASE)
# The heads of a report's outline (`1.2. Hoạt động tín dụng ngân hàng`, `II. KẾT QUẢ …`, `A. KẾT QUẢ THỰC HIỆN …`, `Phần thứ
# nhất`): a government portal prints a report with them, lines of its text and no photo's caption (web34, web40).
_OUTLINE_HEAD_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|[IVX]{1,4}\.|[A-ZĐ]\.(?=\s+[A-ZĐ]{2})|(?i:phần\s+thứ)\s+\w+|"
                              r"(?i:chương)\s+(?:[IVX]{1,4}|\d{1,2}))(?:\s+\S|\s*$)")
# A numbered or lettered heading (`1. Nông nghiệp`, `a) Trồng trọt`, `II. KẾT QUẢ`, `1.2. …`): a heading inside the text.
_ENUMERATED_HEAD_RE = re.compile(r"^\s*(?:" + _NUMBERED_ITEM + r")\s+\S|" + _OUTLINE_HEAD_RE.pattern)
# The end marks and closing quotes sit in a line's last few characters: the patterns
# run on that tail only (a `$`-anchored search would try every position of a paragraph).
_TAIL = 12

MIN_BODY_WORDS = 8  # a paragraph shorter than this, without more around it, is not prose
LONG_PARAGRAPH_WORDS = 35  # this long, a line is prose even without a sentence end (headlines are shorter)
MAX_TITLE_WORDS = 45
MAX_CAPTION_WORDS = 30
# A photo's view of the event (`Quang cảnh kỳ họp.`, `Toàn cảnh hội nghị.`): the caption every government portal puts
# under its first photo, a caption even where the page closes it with a full stop.
VIEW_CAPTION_OPENERS = ("quang cảnh", "toàn cảnh")
# The photo of the hall's people (`Các đại biểu tham dự.`, `Các đại biểu tham gia tọa đàm.`, `Hình ảnh tại lễ tọa
# đàm.`): a short sentence whose subject is the delegates or the picture itself is the photo's caption, whatever its end
# (a writer's sentence about the delegates says when or what was said: a comma, a number, a tense word).
GROUP_CAPTION_OPENERS = ("các đại biểu", "đại biểu", "hình ảnh")
VIEW_CAPTION_WORDS = 10
_VIEW_CAPTION_RE = re.compile(
    r"\s*(?:" + "|".join(VIEW_CAPTION_OPENERS) + r")\s|(?:" + "|".join(GROUP_CAPTION_OPENERS)
    + r")\s(?![^,\d\"“”:;!?]*\b(?:đã|đang|sẽ|vừa|cho biết|cho rằng|nói)\b)[^,\d\"“”:;!?]+[.…]?$", re.IGNORECASE)
# A photo's credit closing a line written as a sentence (`… tiếp xúc cử tri tại quận Cầu Giấy. Ảnh VT`,
# `… tham dự buổi lễ. (Ảnh: Hải Quân)`, `… đồng chủ trì cuộc họp. (Ảnh: VGP)`): the line is the photo's caption,
# whatever its length and its end. The credit opens on a capital after a sentence's end or a bracket.
PHOTO_CREDIT_OPENERS = ("Ảnh", "ẢNH", "Nguồn ảnh", "Ảnh minh họa", "Photo")
MAX_CREDIT_CHARS = 40
MAX_CREDITED_CAPTION_WORDS = 60
_CREDIT_TAIL = 80
# The credit may be initials or a site's address (`(Ảnh: A.H.).`, `- Ảnh: N.Đ.N.`, `(Ảnh: baolamdong.vn)`): a dot
# inside a word is the credit's, a last one only after initials, a bracket or a dash that opens the credit (a body
# line may close on `. Ảnh: Đoàn Nguyên.`, a credit glued to the paragraph); the bracket may open right after the
# caption's last word.
_PHOTO_CREDIT_RE = re.compile(
    r"(?:[.!?…”\")]\s*|(?P<dash>\s[-–]\s+)|\s(?=\())\(?\s*(?:" + "|".join(PHOTO_CREDIT_OPENERS) + r")\b\s*[:：]?\s*(?:Ảnh\s*:\s*)?"
    r"(?:[^.:()]|\.(?=[^\s.)]))" + "{0," + str(MAX_CREDIT_CHARS) + r"}(?P<stop>\.)?\)?(?:(?<=\))\.)?\s*\|?$"
)


# the credits a full stop may close: initials (`Ảnh: N.Đ.N.`, `(Ảnh: A.H.).`) and `Ảnh minh họa.`
_STOPPED_CREDIT_RE = re.compile(r"(?:\.[A-ZĐ]\.\)?|[Mm]inh h(?:ọa|oạ)\.)\.?$")


MAX_STOPPED_CREDIT_CAPTION_WORDS = 25


# So a bracketed source after the caption's sentence (`Binh sỹ Bỉ đứng gác bên ngoài nhà ga trung tâm Brussels. (Nguồn:
# AP)`, `Các địa phương có GRDP tăng trên 10% … (Nguồn: Cục Thống kê các tỉnh - Nguyễn Ngọc tổng hợp).`): the news
# agencies' photo and chart credit. CS cgrep `\(Nguồn:? [^)]{0,80}\)` over baomoi-dev: 1,548 hits in 1,246 articles;
# 22 read (two seeds), 22 closing a photo's caption. The gold lines of the seeds, dev, dev2 and web sets: 1 such line,
# a chart's caption (web18 h17).
SOURCE_CREDIT_CHARS = 60
_SOURCE_CREDIT_RE = re.compile(r"[.!?…”\"]\s*\(\s*Nguồn\s*:?\s*[^()]{1," + str(SOURCE_CREDIT_CHARS) + r"}\)\.?\s*$")


# A caption that says who is in the photo (`Trong ảnh: PGS.TS. Nguyễn Ngọc Vũ-…, Giám đốc Đại học Đà Nẵng (bên phải) và
# …`, `Trong ảnh: Lực lượng chức năng khám nghiệm hiện trường.`), however long: CS cgrep `Trong (ảnh|hình|clip|video) ?:`
# opening a line or a sentence over baomoi-dev: 112 hits in 58 articles, 10 read, 10 a photo's caption (in baomoi's
# running text, merged there); the gold lines of the seeds, dev, dev2 and web sets: 1, a caption (web18 g06).
IN_PHOTO_OPENERS = ("Trong ảnh", "Trong hình")
_IN_PHOTO_RE = re.compile(r"\W{0,3}(?:" + "|".join(IN_PHOTO_OPENERS) + r")\s*[:：]")


def _is_source_credited_caption(text: str, words: int) -> bool:
    return words <= MAX_CREDITED_CAPTION_WORDS and "(Nguồn" in text[-_CREDIT_TAIL:] and _SOURCE_CREDIT_RE.search(
        text[-_CREDIT_TAIL:]) is not None


def _is_credited_caption(text: str, words: int) -> bool:
    tail = text[-_CREDIT_TAIL:]
    if "(Nguồn" in tail and _is_source_credited_caption(text, words):
        return True
    if words > MAX_CREDITED_CAPTION_WORDS or ("Ả" not in tail and "Photo" not in tail and "ảnh" not in tail):
        return False
    found = _PHOTO_CREDIT_RE.search(tail)
    if found is None:
        return False
    # a full stop after the credit: after initials, `minh họa` or a dash (`… - Ảnh Trung Anh.`), or closing a caption of
    # one short sentence (`Chủ nhiệm Ủy ban … Nguyễn Thanh Hải. Ảnh: Media Quốc hội.`; a paragraph the credit is glued to
    # says more: `Trong đó, có 18 dự án du lịch. Ông … tại buổi họp báo. Ảnh: Đoàn Nguyên.`)
    if found.group("stop") is None or found.group("dash") is not None or _STOPPED_CREDIT_RE.search(tail) is not None:
        return True
    if words > MAX_STOPPED_CREDIT_CAPTION_WORDS:
        return False
    head = text[: len(text) - len(tail) + found.start()]
    return _INNER_SENTENCE_END_RE.search(head) is None


# A photo's caption written as a sentence of its own: someone speaks at the event, or poses for the souvenir photo
# (`… chụp ảnh lưu niệm với Đoàn đại biểu …`), and nothing more is said
# (`Ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh phát biểu tại Hội nghị.`, `Đại tá Vũ Văn Tùng phát biểu chỉ đạo tại
# hội nghị.`). The writer's sentence says when, adds what was said, or opens on its setting (`Thay mặt …, Chủ tịch
# nước tới dự và phát biểu tại buổi lễ.`): no date, tense word, quote or second sentence stands in a caption.
SPEECH_CAPTION_KINDS = ("chỉ đạo", "khai mạc", "bế mạc", "kết luận", "tổng kết", "tham luận", "chào mừng")
SPEECH_CAPTION_EVENTS = (
    "hội nghị", "đại hội", "kỳ họp", "buổi lễ", "lễ", "hội thảo", "tọa đàm", "buổi tọa đàm", "buổi hội thảo",
    "buổi làm việc", "buổi tiếp", "buổi gặp mặt", "buổi gặp", "diễn đàn", "phiên họp", "cuộc họp", "buổi họp", "hội đàm",
    # and the press's, a fair's and a course's (`… Lê Mỹ Ái Linh phát biểu tại họp báo.`, `… phát biểu khai mạc Hội chợ.`,
    # `… dự khai mạc lớp tập huấn.`, web41 w001, web47 w011, web40 w004)
    "họp báo", "buổi họp báo", "cuộc họp báo", "hội chợ", "lớp tập huấn",
)
SPEECH_CAPTION_NOT_OPENERS = (
    "thay mặt", "tại", "trong", "sau", "sáng", "chiều", "tối", "trưa", "ngày", "nhân", "theo", "cũng", "đồng thời",
    "tiếp đó", "sau đó", "ngoài ra", "khi", "để", "với", "về", "cuối buổi", "đầu buổi", "kết thúc", "mở đầu", "tiếp theo",
    "cuối cùng", "trước đó",
)
MAX_SPEECH_CAPTION_WORDS = 40
# (two acts of the speech joined, `phát biểu chỉ đạo và kết luận Hội nghị.`, web43 w008)
_SPEECH_KINDS = r"(?: (?:" + "|".join(SPEECH_CAPTION_KINDS) + r")(?: và (?:" + "|".join(SPEECH_CAPTION_KINDS) + r"))?)?"
_SPEECH_CAPTION_RE = re.compile(
    r"\sphát biểu" + _SPEECH_KINDS + r"(?: tại| trong)? (?:"
    + "|".join(SPEECH_CAPTION_EVENTS) + r")\.?$|\schụp ảnh lưu niệm(?: (?:với|cùng) [^.]{3,160})?\.$", re.IGNORECASE)
# The speech caption said with more words (`… phát biểu tại buổi làm việc với Bộ Y tế.`, `… phát biểu bế mạc.`, `Thủ
# tướng Nguyễn Xuân Phúc phát biểu.`): the event named and what follows it, or the act alone, as a photo's caption says
# it; the writer's words a caption does not hold (`là`, `thì`, `không`, `được`, the act caption's list) rule it out
# (baomoi-dev: 95 more sentences, 40 read, 39 captions, half of them with the photo's credit right after).
_WIDE_SPEECH_CAPTION_RE = re.compile(
    r"\sphát biểu" + _SPEECH_KINDS + r"(?:(?: tại| trong)? (?:"
    + "|".join(SPEECH_CAPTION_EVENTS) + r")\b[^,;:]{0,80}| về [^,;:]{3,120})?\.?$", re.IGNORECASE)
_NOT_SPEECH_CAPTION_RE = re.compile(
    r"\b(?:đã|đang|sẽ|vừa|và phát biểu|khi|để)\b|[\d\"“”:;!?]|\.\s", re.IGNORECASE)
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?:PGS|GS|TS|ThS|BS|KS|NCS)\.\s?")


# (a headline opens on the same words for what it sums up: `Toàn cảnh vụ cháy rừng …`; the caption views a meeting)
_VIEW_OF_EVENT_RE = re.compile(
    r"\s*(?:" + "|".join(VIEW_CAPTION_OPENERS) + r")\s+(?:" + "|".join(SPEECH_CAPTION_EVENTS) + r")\b", re.IGNORECASE)


def _is_view_caption(line: Line) -> bool:
    """A photo's view of the meeting, short (`Toàn cảnh Hội nghị`, `Quang cảnh buổi làm việc.`), or of a place where it
    is followed (`Quang cảnh tại điểm cầu huyện Sơn Tịnh tham dự Hội nghị`)."""
    if line.text[:1] not in "QqTt":
        return False
    if line.words <= VIEW_CAPTION_WORDS and _VIEW_OF_EVENT_RE.match(line.text) is not None:
        return True
    return line.words <= VIEW_AT_CAPTION_WORDS and _VIEW_AT_EVENT_RE.match(line.text) is not None


VIEW_AT_CAPTION_WORDS = 16
_VIEW_AT_EVENT_RE = re.compile(r"\s*(?:" + "|".join(VIEW_CAPTION_OPENERS) + r")\s+(?:tại|ở)\s[^.,;:!?]*?\s(?:"
                               + "|".join(SPEECH_CAPTION_EVENTS) + r")\b[^.,;:!?]*\.?$", re.IGNORECASE)


def _marks_between(lines: list[Line], start: int, end: int) -> bool:
    """Only lines of marks stand between the two (`.` left of a caption's element)."""
    return all((chrome := lines[k].chrome) is not None and chrome.kind == "punctuation" for k in range(start, end))


def _is_speech_caption(line: Line) -> bool:
    text = line.text
    if line.words > MAX_SPEECH_CAPTION_WORDS or ("phát biểu" not in text and "chụp ảnh" not in text):
        return False
    if not text[0].isupper():
        return False
    strict = _SPEECH_CAPTION_RE.search(text) is not None
    if not strict and _WIDE_SPEECH_CAPTION_RE.search(text) is None:
        return False
    # (the stop may be left off; a year in a title is no date: `Trưởng Tiểu ban … năm 2018 phát biểu tại cuộc họp`)
    rest = _YEAR_RE.sub("", _TITLE_ABBREVIATION_RE.sub("", text.removesuffix(".")))
    opener = rest.split(",", 1)[0].casefold()
    if any(opener == w or opener.startswith(w + " ") for w in SPEECH_CAPTION_NOT_OPENERS):
        return False
    if _NOT_SPEECH_CAPTION_RE.search(rest) is not None:
        return False
    return strict or _NOT_ACT_CAPTION_RE.search(rest) is None


# A photo's caption that names what the people in it do for the camera, one clause of subject and act and nothing
# more (`Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Đại hội.`, `Đồng chí …, Chủ tịch UBND tỉnh tiếp Đoàn đại biểu
# Đại sứ quán Mông Cổ.`, `Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính đến dự Đại hội.`): the acts are the photo's, the object a capitalised guest, a gift or the event. The writer's sentence says
# when, what was done (a tense word, a number other than a year, a quote, `có`, `là`) or opens on its setting, as a
# speech caption's does not; the lead is never one. A caption that names who chairs (`… chủ trì hội nghị.`) is left
# in the text: it may be the only line that names the meeting's chairs.
ACT_CAPTION_GREETS = ("tiếp", "tặng", "chào mừng", "hội đàm với", "hội kiến")
ACT_CAPTION_ATTENDS = ("dự", "tham dự", "đến dự")
ACT_CAPTION_GIFTS = ("quà", "hoa", "kỷ niệm chương", "giấy", "bằng", "cờ", "huân", "huy")
ACT_CAPTION_ACTS = ("tặng hoa", "chụp ảnh lưu niệm", "chụp hình lưu niệm", "biểu quyết thông qua", "quyết nghị thông qua")
# The signing before the camera (`Ông …, Giám đốc BHXH tỉnh ký kết Kế hoạch phối hợp tuyên truyền …`, `Đại diện … ký kết
# kế hoạch hiệp đồng …`): the paper signed is the act's object (baomoi-dev: 13 sentences of the caption's shape, 10
# captions; the other 3 told a wish, a date or opened on a linking word, which the tests below turn down).
SIGNED_PAPERS = ("kế hoạch", "quy chế", "chương trình", "thỏa thuận", "biên bản", "bản ghi nhớ", "giao ước", "hợp đồng")
ACT_CAPTION_NOT_AFTER = ("cuộc", "lễ", "vé", "suất", "buổi", "bài", "kế hoạch")
MAX_ACT_CAPTION_WORDS = 45
_ACT_CAPTION_RE = re.compile(
    r"(?<!\w)(?<!" + r")(?<!".join(w + " " for w in ACT_CAPTION_NOT_AFTER) + r")(?:(?:" + "|".join(ACT_CAPTION_GREETS)
    + r") [A-ZĐ]|(?:" + "|".join(ACT_CAPTION_ATTENDS) + r") (?:[A-ZĐ]|(?:" + "|".join(SPEECH_CAPTION_EVENTS)
    + r")\b)|(?:trao|trao tặng) (?:[A-ZĐ]|(?:" + "|".join(ACT_CAPTION_GIFTS) + r")\b)|(?:"
    + "|".join(ACT_CAPTION_ACTS) + r")\b|ký kết (?i:" + "|".join(SIGNED_PAPERS) + r")\b)")
_NOT_ACT_CAPTION_RE = re.compile(
    r"\b(?:đã|đang|sẽ|vừa|và phát biểu|cùng dự|khi|để|có|là|được|cho biết|mong muốn|không|chưa|phải|nhằm|nếu|nhưng|thì|vì|bởi|do|gồm|mời|cũng|sau đó|tiếp đó|rồi|đề nghị|vào (?:năm|ngày|tháng))\b|[\"“”:;!?]|\.\s|\d", re.IGNORECASE)
# A name in quotes is no quote of speech: the movement, title or prize a caption's gift is named for (`trao Cờ thi đua
# cho các đơn vị xuất sắc trong phong trào thi đua “Vì an ninh Tổ quốc”`) comes off before the quote test.
QUOTED_NAME_NOUNS = ("phong trào", "thi đua", "danh hiệu", "giải thưởng", "giải", "cuộc thi", "cuộc vận động", "chương trình",
                     "chủ đề", "huy hiệu", "kỷ niệm chương")
_QUOTED_NAME_RE = re.compile(r"\b(?:" + "|".join(QUOTED_NAME_NOUNS) + r") [\"“][^\"“”]{2,60}[\"”]", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
ACT_CAPTION_NOT_OPENERS = ("cùng", "năm", "dịp này", "nhân dịp", "tuy nhiên", "bên cạnh đó")
# a long line closed by no sentence end that only says the people pose for the souvenir photo (`… cùng Tổng Lãnh sự …
# và phu nhân chụp hình lưu niệm`) is the photo's caption whatever its length
_SOUVENIR_END_RE = re.compile(r"\schụp (?:ảnh|hình) lưu niệm$")
MAX_SOUVENIR_CAPTION_WORDS = 60


# So any act the photo shows placed at the bare event, the line's last words (`Tiết mục văn nghệ tại Đại hội.`, `Các
# đại biểu thực hiện nghi thức chào cờ tại Đại hội.`, `Thảo luận tại hội nghị`): a writer's sentence goes on to say more
# of the event than its bare noun. Lines of the web sets (web11p, web12r, web13–web18) and the seeds, dev and dev2 gold
# ending `tại <event noun>.`: 20, all captions, none a paragraph. In baomoi-dev's running text (captions merged into it),
# sentences of that shape: 60 hits in 53 articles, 12 read, 11 a merged caption, 1 prose (`chưa có thông tin … tại cuộc
# họp.`, whose `chưa` the tense test keeps in).
_AT_EVENT_END_RE = re.compile(r"\stại (?:" + "|".join(SPEECH_CAPTION_EVENTS) + r")\.?$", re.IGNORECASE)


def _is_at_event_caption(line: Line) -> bool:
    text = line.text
    if not 3 <= line.words <= MAX_SPEECH_CAPTION_WORDS or not text[0].isupper() or _AT_EVENT_END_RE.search(text) is None:
        return False
    rest = _YEAR_RE.sub("", _TITLE_ABBREVIATION_RE.sub("", text.removesuffix(".")))
    opener = rest.split(",", 1)[0].casefold()
    for w in SPEECH_CAPTION_NOT_OPENERS + ACT_CAPTION_NOT_OPENERS:
        if opener == w or opener.startswith(w + " "):
            return False
    return _NOT_ACT_CAPTION_RE.search(rest) is None


def _is_act_caption(line: Line) -> bool:
    text = line.text
    if not 3 <= line.words <= MAX_SOUVENIR_CAPTION_WORDS or not text[0].isupper():
        return False
    if not text.endswith("."):
        return _SOUVENIR_END_RE.search(text) is not None
    if line.words > MAX_ACT_CAPTION_WORDS or _ACT_CAPTION_RE.search(text) is None:
        return False
    opener = text.split(",", 1)[0].casefold()
    for w in SPEECH_CAPTION_NOT_OPENERS + ACT_CAPTION_NOT_OPENERS:
        if opener == w or opener.startswith(w + " "):
            return False
    rest = _QUOTED_NAME_RE.sub("", text[:-1]) if "“" in text or '"' in text else text[:-1]
    return _NOT_ACT_CAPTION_RE.search(_YEAR_RE.sub("", rest)) is None


# Where the person stands in the photo (`Ông Nguyễn Văn Thi (giữa) trao kỷ niệm chương …`, `Công Phượng (phải) trong
# buổi tập`): a line of one sentence that points into the picture is its caption.
PHOTO_PLACES = (
    "giữa", "trái", "phải", "bên trái", "bên phải", "ngồi giữa", "đứng giữa", "thứ hai từ trái sang", "thứ hai từ phải sang",
    "thứ ba từ trái sang", "thứ ba từ phải sang", "thứ hai từ trái", "thứ hai từ phải", "thứ ba từ trái", "thứ ba từ phải",
    "thứ 2 từ trái sang", "thứ 2 từ phải sang", "thứ 3 từ trái sang", "thứ 3 từ phải sang", "thứ 2 từ trái", "thứ 2 từ phải",
    "ngoài cùng bên trái", "ngoài cùng bên phải", "ngoài cùng, bên trái", "ngoài cùng, bên phải", "bìa trái", "bìa phải",
    "đứng giữa", "hàng đầu", "từ trái sang", "từ phải sang", "trái sang", "phải sang",
)
MAX_PLACED_CAPTION_WORDS = 60
PHOTO_PLACE_RE = re.compile(r"\w \((?:" + "|".join(PHOTO_PLACES) + r")\)", re.IGNORECASE)
_NOT_PLACED_CAPTION_RE = re.compile(r"\b(?:đã|đang|sẽ|cho biết|nói|khẳng định|chia sẻ)\b|[.!?…:;][\"”’']?\s+\S", re.IGNORECASE)


# A clip's caption in the text, under its player (`Video: Mưa lớn khiến nhà dân ở Đà Nẵng ngập sâu.`): a label, then
# one short sentence, with more text below it (a page whose whole text is the clip's caption keeps it).
VIDEO_CAPTION_LABELS = ("Video", "VIDEO", "Clip", "CLIP")
MAX_VIDEO_CAPTION_WORDS = 25
# (or a teaser for another page's clip, its player under it: `Video: Phát hiện mới: Con đầu lòng dễ thành công hơn con
# thứ:`, a colon closing it and one inside)
_VIDEO_CAPTION_RE = re.compile(r"(?:" + "|".join(VIDEO_CAPTION_LABELS) + r")\s*:\s*[^:]+(?::[^:]+)?:?$")


def _is_video_caption(line: Line) -> bool:
    if line.words > MAX_VIDEO_CAPTION_WORDS or line.text[:1] not in "VC" or _VIDEO_CAPTION_RE.match(line.text) is None:
        return False
    return _INNER_SENTENCE_END_RE.search(line.text) is None


def _is_placed_caption(line: Line) -> bool:
    text = line.text
    if line.words > MAX_PLACED_CAPTION_WORDS or ")" not in text or PHOTO_PLACE_RE.search(text) is None:
        return False
    return _NOT_PLACED_CAPTION_RE.search(text) is None


@dataclass(slots=True)
class Line:
    text: str
    label: str = CHROME
    why: str = ""
    raw_index: int = 0
    chrome: ChromeMatch | None = None
    stamp: Stamp | None = None
    words: int = 0
    kind: str = ""  # an HTML page's element that says whose the line is (html.LINE_KINDS)


@dataclass(slots=True)
class CleanResult:
    lines: list[Line]
    title: str | None = None
    published: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# A speech printed as the article (a chair's opening address on a council's portal) greets its hearers in lines of
# their own, closed by a comma or a colon (`Thưa các vị đại biểu,`, `Kính thưa toàn thể cử tri và Nhân dân,`): the
# writer's text, not a caption.
_ADDRESS_RE = re.compile(r"(?:[-–]\s*)?(?:kính\s+)?thưa\s.{2,300}(?:[,:!;]|(?<=\w))$", re.IGNORECASE)


def _is_address(line: Line) -> bool:
    return line.text[:1] in "TtKk" and line.words >= 3 and _ADDRESS_RE.match(line.text) is not None


def _is_cell(line: Line) -> bool:
    """A photo's caption in a table's cell, dumped with the cell's border (`Đoàn đại biểu Đoàn Thanh niên TP Hà Nội |`):
    a paragraph of the text ends on no bar; one set in a table of its own is longer than any caption (`Đại hội có gần
    1.400 đại biểu, trong đó … (tỷ lệ 25,7%). … hạnh phúc. |`, web43 w016: 190 words)."""
    return line.text.endswith(" |") and 3 <= line.words <= MAX_CREDITED_CAPTION_WORDS


# A table's row of figures the page dumps with its cells' bars (`Đắk Lắk | 112.000 | +500 |`, a price table under a
# coffee report, web49 w017): the text's data, not a caption in a cell nor the site's chrome. Two cells of figures at
# least.
FIGURE_ROW_MIN_CELLS = 2
_FIGURE_CELL_RE = re.compile(r"^\s*[+\-–−]?\s*\d[\d.,]*\s*%?\s*$")


def _is_figure_row(line: Line) -> bool:
    # (the bars make it read as a menu, `Trang chủ | Tin tức | …`; a menu's items hold no figures)
    if (line.chrome is not None and line.chrome.kind != "menu") or line.text.count("|") < 2:
        return False
    return sum(1 for cell in line.text.split("|") if _FIGURE_CELL_RE.match(cell)) >= FIGURE_ROW_MIN_CELLS


def _is_prose(line: Line) -> bool:
    if line.chrome is not None or line.stamp is not None or _is_cell(line):
        return False
    if _is_address(line):
        return True
    if _is_credited_caption(line.text, line.words):
        return False
    if line.words >= LONG_PARAGRAPH_WORDS:
        return True
    if line.words >= 15 and _STRONG_END_RE.search(line.text[-_TAIL:]):
        return True
    return line.words >= MIN_BODY_WORDS and _SENTENCE_END_RE.search(line.text[-_TAIL:]) is not None


# A source's credit (`• Nguồn: Báo Sóc Trăng`, `Nguồn tin: VOVVN`, web43 w002 under the headline's date): never the
# headline. See the commit message for the count.
_SOURCE_LINE_RE = re.compile(r"^\W*(?:nguồn(?:\s+tin)?|theo)\s*:", re.IGNORECASE)


def _is_title_like(line: Line) -> bool:
    return (
        line.chrome is None
        and not _SOURCE_LINE_RE.match(line.text)
        and line.stamp is None
        and 3 <= line.words <= MAX_TITLE_WORDS
        and (not line.text.endswith((".", ";", ":", ",")) or line.text.endswith("..."))
        and not CAPTION_PREFIX_RE.match(line.text)
        and not _is_credited_caption(line.text, line.words)
        and not _is_at_event_caption(line)  # (no baomoi-dev headline of 35,091 ends on `tại <bare event>`)
        and parse_byline(line.text) is None
        and section_from_crumbs(line.text) is None
        and not SECTION_LABEL_RE.match(line.text)
    )


MAX_SECTION_WORDS = 6
# The label of an update stamp: beside the posting date, it is not the article's date.
UPDATE_LABEL_RE = re.compile(r"^\W*(?:ngày\s+|lần\s+)?(?:cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa|updated|modified)", re.IGNORECASE)
# A label that names the section (`Chuyên mục: Kinh tế`).
SECTION_LABEL_RE = re.compile(r"^\s*(?:chuyên mục|danh mục|mục|chuyên trang|category)\s*[:：]\s*", re.IGNORECASE)
MAX_LABEL_WORDS = 4  # a section label over a headline: `Hồ sơ vụ án`, `Tin tức - Sự kiện`


def _is_section_like(line: Line) -> bool:
    if line.stamp is not None or not 1 <= line.words <= MAX_SECTION_WORDS:
        return False
    if line.chrome is not None and line.chrome.kind not in ("nav", "related", "breadcrumb"):
        return False
    return not any(ch.isdigit() for ch in line.text) and line.text[-1].isalpha()


def split_lines(raw: str, keep_tone: bool = False, kinds: Sequence[str] | None = None) -> list[Line]:
    """Normalised non-blank lines, each with its chrome match and date stamp (and the kind
    of element it came from, when `kinds` gives one for each raw line)."""
    lines: list[Line] = []
    for index, raw_line in enumerate(raw.split("\n")):
        found = _line_features(raw_line, keep_tone)
        if found is not None:
            text, words, chrome, stamp = found
            kind = kinds[index] if kinds else ""
            lines.append(Line(text=text, raw_index=index, chrome=chrome, stamp=stamp, words=words, kind=kind))
    return lines


_Features = tuple[str, int, ChromeMatch | None, Stamp | None]
_FEATURE_CACHE: dict[tuple[str, bool], _Features | None] = {}
FEATURE_CACHE_SIZE = 20_000  # a site's chrome lines recur on every page: they are read once
CACHED_LINE_CHARS = 200


def _line_features(raw_line: str, keep_tone: bool) -> _Features | None:
    """A line's normal form, word count, chrome match and date stamp, cached by the raw
    line (bounded: the cache is emptied when full, so memory stays flat)."""
    key = (raw_line, keep_tone)
    found = _FEATURE_CACHE.get(key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    text = normalize_line(raw_line, keep_tone)
    result: _Features | None = None
    if text:
        line = _features(Line(text=text))
        result = (line.text, line.words, line.chrome, line.stamp)
    if len(raw_line) > CACHED_LINE_CHARS:  # a paragraph of prose does not come back
        return result
    if len(_FEATURE_CACHE) >= FEATURE_CACHE_SIZE:
        _FEATURE_CACHE.clear()
    _FEATURE_CACHE[key] = result
    return result


_MISSING = object()


def _features(line: Line) -> Line:
    line.words = line.text.count(" ") + 1 if line.text else 0  # normalised: single spaces
    if not line.text.isascii() and _may_be_cjk_prose(line.text, line.words) and _CJK_RE.search(line.text):
        line.words = max(line.words, len(_CJK_RE.findall(line.text)) // 2)
    line.chrome = match_chrome(line.text)
    if line.chrome is None and is_banner(line.text):
        line.chrome = ChromeMatch("banner", "drop")
    elif line.chrome is None and is_slogan(line.text):
        line.chrome = ChromeMatch("slogan", "drop")
    if line.chrome is None or line.chrome.kind in STAMP_CHROME_KINDS:
        line.stamp = parse_stamp_line(line.text)
        if line.stamp is not None:
            line.chrome = None  # a dated line in the clock's style: which date it is, its place says
    return line


def _may_be_cjk_prose(text: str, words: int) -> bool:
    """Could `text` hold more than two CJK characters a word (which would then count more
    than its spaces)? Each takes three bytes in UTF-8, so fewer extra bytes than that rule
    it out without a scan for them: a Vietnamese line has one or two a word."""
    return len(text.encode("utf-8", "surrogatepass")) - len(text) >= 4 * words + 4


# Chrome whose line may carry the article's date beside it (`Trang chủ › Kinh tế · 12/3/2018`,
# `Bài: Minh Anh | Ngày đăng: 12/3/2018`): the date comes off as a line of its own.
FIELD_CHROME_KINDS = frozenset({"breadcrumb", "menu", "nav", "date_widget", "market"})


def _split_mixed(lines: list[Line], upto: int) -> list[Line]:
    """A line of the head that holds several fields becomes one line a field, so that each
    piece gets its own label: a date glued before the lead or a widget (`(20:00 11/01/2023)
    Chiều…`), a section or a byline beside the date (`Thời sự | 12/3/2018`, `Minh Anh ·
    12/3/2018 10:20`), a date and its update stamp."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        splittable = line.chrome is None or line.chrome.kind in FIELD_CHROME_KINDS
        pieces = _field_pieces(line.text) if i <= upto and line.stamp is None and splittable else None
        if pieces is None:
            out.append(line)
            continue
        for piece in pieces:
            part = _features(Line(text=piece, raw_index=line.raw_index, kind=line.kind))
            # a crawler's date before a headline that ends on its own stamp (`date 2026-01-23 <headline> 23/01/2026
            # 15:47`): the rest of the line comes apart once more
            again = _field_pieces(piece) if part.stamp is None and part.chrome is None and piece != line.text else None
            if again is None or len(again) < 2:
                out.append(part)
            else:
                out.extend(_features(Line(text=p, raw_index=line.raw_index, kind=line.kind)) for p in again)
    return out


FIELD_MARKS_AFTER_DATE = "|·•"


def _field_pieces(text: str) -> list[str] | None:
    header = _MONTH_HEADER_RE.match(text)
    if header is not None and header.end() < len(text):
        return [header.group(0).strip(), text[header.end() :].strip()]  # a month alone dates no article
    leading = split_leading_stamp(text)
    if leading is not None:
        stamp = parse_stamp_line(leading[0])
        # `(20:00 11/01/2023) Chiều…` comes apart; a headline that opens on its event's
        # day (`Ngày 11/2/2017 Việt Nam đón…`) does not
        # (or a separator mark right after the date and a byline after it: `22/06/2024 | Đoan Trang`, web63 w004; not a
        # page clock's language links, `23/4/2023 | English | 中文`)
        if stamp is not None and (stamp.has_time or stamp.labelled or leading[0][0] in "([" or leading[0][-1] in "|-–—·•"
                                  or (leading[1][:1] in FIELD_MARKS_AFTER_DATE
                                      and read_byline(leading[1].lstrip(" " + FIELD_MARKS_AFTER_DATE)) is not None)):
            return [leading[0], leading[1].lstrip(" |·•-–—") or leading[1]]  # (`… 29/12/2018 | Tác giả: X`)
        return None
    fields = split_stamp_fields(text)
    if fields is not None and not fields.before and fields.after and fields.separated and fields.stamp.labelled:
        return [fields.stamp_text, fields.after.lstrip(" |·•-–—")]  # `Ngày đăng bài: 29/12/2018 | Tác giả: Thanh Khoa`
    if fields is None or not fields.before:
        return None
    # A headline may end on a date (`Kết quả xổ số ngày 6/2/2017`): the date is a field of
    # its own only behind a separator, with a clock, a label or a weekday, or beside a byline.
    stamp = fields.stamp
    if not (fields.separated or stamp.has_time or stamp.labelled or stamp.weekday or read_byline(fields.before)
            or (not fields.after and _BRACKETED_DATE_RE.fullmatch(fields.stamp_text))
            or _labelled_date(fields.before, fields.stamp_text, fields.after)):
        return None
    return [p for p in (fields.before, fields.stamp_text, fields.after) if p]


# A section label and the whole date on one line, nothing after (`Xã hội 17-06-2022`, `Thời sự 12/3/2018`): two fields.
# Not a headline that names its event's day (`Kết quả xổ số ngày 6/2/2017`, `Lịch cúp điện ngày 12/3/2018`): a label
# of a few words, capitalised, no `ngày` before the date.
_FULL_DATE_RE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}")
_DAY_WORD_END_RE = re.compile(r"(?:ngày|hôm|từ|đến|tới)\s*$", re.IGNORECASE)


def _labelled_date(before: str, stamp_text: str, after: str) -> bool:
    words = before.split()
    return (not after and 1 <= len(words) <= MAX_LABEL_WORDS and before[:1].isupper() and not any(c.isdigit() for c in before)
            and _FULL_DATE_RE.fullmatch(stamp_text.strip()) is not None and _DAY_WORD_END_RE.search(before) is None)


# A headline the portal closes with its posting date in brackets (`Hội nghị sơ kết 6 tháng đầu năm ngành thủy sản
# (05-07-2018)`): the whole date, its year too, in brackets at the line's end is a field of its own (a headline that
# names its event's day writes it in its words: `Kết quả xổ số ngày 6/2/2017`, `… khởi công ngày 19/8`).
_BRACKETED_DATE_RE = re.compile(r"[(\[]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}\s*[)\]]")


# The metadata header a crawler or reader tool writes before the text with a month only (`date 2020-01 Tổng kết công
# tác công an năm 2019 …`): split off the headline or lead it is glued to (a full date is a stamp: core/clean/dates.py).
_MONTH_HEADER_RE = re.compile(r"\s*date\s+(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?=\s)", re.IGNORECASE)
_MONTH_LINE_RE = re.compile(r"date\s+((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))", re.IGNORECASE)


def _month_published(lines: list[Line], start: int, result: CleanResult) -> None:
    """The crawler's month-only header (`date 2023-12`) above the text is the article's month when the page
    prints no fuller date: `published` is then that month (`2023-12`, ISO 8601's reduced precision)."""
    for line in lines[:start]:
        found = _MONTH_LINE_RE.fullmatch(line.text)
        if found is not None:
            line.label, line.why = META, "published month"
            result.published = found.group(1)
            return


# A headline the site closes with a full stop (`Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng.`,
# `Xe buýt nhanh BRT trong ngày đầu thu tiền vé.`): the page's first line, one short sentence, right above a longer
# paragraph, that does not open as a lead does (`Sáng 6/2, …`, `Theo …`) nor tells what was done (`đã`).
MAX_DOTTED_HEADLINE_WORDS = 25
DOTTED_HEADLINE_NOT_OPENERS = (
    "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "theo", "tại", "trong", "vào", "sau", "trước", "từ", "qua",
    "khi", "thưa", "kính",
)
_NOT_DOTTED_HEADLINE_RE = re.compile(
    r"^(?:" + "|".join(DOTTED_HEADLINE_NOT_OPENERS) + r")\b|^[\d(\"“'‘\-–•*]|\bđã\b|\.\.$|[.!?…][\"”’']?\s+\S",
    re.IGNORECASE)


def _is_dotted_headline(lines: list[Line], at: int) -> bool:
    if at != 0 or len(lines) < 2:
        return False
    line, below = lines[0], lines[1]
    # (or a longer one right above the page's date line: `Đoàn đại biểu tỉnh … đi dự Đại hội đại biểu toàn quốc Mặt trận
    # Tổ quốc Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024.` / `Ngày đưa: 20/09/2019 01:44:30 PM In bài`, web45 w017)
    dated = below.stamp is not None and line.words <= MAX_HEADLINE_WORDS
    if not (3 <= line.words <= MAX_DOTTED_HEADLINE_WORDS or dated) or not line.text.endswith(".") or line.chrome is not None:
        return False
    if not dated and (below.words <= line.words or not _is_prose(below)):
        return False
    text = line.text
    if dated and (count := _COUNT_OPENING_RE.match(text)) is not None:
        text = text[count.end() :]  # (a count may open it: `5 huyện …`)
    return _NOT_DOTTED_HEADLINE_RE.search(text) is None and parse_byline(line.text) is None


# A headline above the page's date may open on a count (`5 huyện cụm thi đua số 2 tỉnh Đắk Lắk: Hội nghị tổng kết … năm
# 2019.` / `Cập nhật lúc: 07:11 19/02/2019`, web53 w002), not on a day or an hour (`18/02`, `07:11`).
_COUNT_OPENING_RE = re.compile(r"\d+(?:[.,]\d+)?\s+(?=[^\W\d_])")


# The same headline under the page's date (`Thời gian: 30/06/2021 18:00` / `Sở Công Thương tổ chức Hội nghị Sơ kết … năm
# 2021.` / `Chiều 30/6, Sở Công Thương tổ chức Hội nghị Sơ kết …`), a notice's headline above the date: the lead right
# under it says it again, its time or place before it. A line of one sentence whose words the next paragraph takes up
# nearly all is the headline, up to a long headline's length.
RESTATED_SHARE = 0.9
_RESTATED_WORD_RE = re.compile(r"\w+")


def _is_restated_headline(lines: list[Line], at: int) -> bool:
    if at < 1 or at + 1 >= len(lines) or lines[at - 1].stamp is None:
        return False
    line, below = lines[at], lines[at + 1]
    if not 3 <= line.words <= MAX_HEADLINE_WORDS or not line.text.endswith(".") or line.chrome is not None:
        return False
    if below.words <= line.words or not _is_prose(below) or _INNER_SENTENCE_END_RE.search(line.text):
        return False
    if _NOT_DOTTED_HEADLINE_RE.search(line.text) is not None or parse_byline(line.text) is not None:
        return False
    words = _RESTATED_WORD_RE.findall(line.text.casefold())
    found = set(_RESTATED_WORD_RE.findall(below.text.casefold()))
    return sum(w in found for w in words) >= RESTATED_SHARE * len(words)


def _find_body_start(lines: list[Line]) -> int | None:
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    if prose and (
        (prose[0] == 0 and _is_dotted_headline(lines, 0)) or _is_restated_headline(lines, prose[0])
    ):
        prose = prose[1:]
    for n, i in enumerate(prose):
        # A lone short sentence in the head (a slogan, a notice) does not open the body.
        if lines[i].words >= 15 or (n + 1 < len(prose) and prose[n + 1] - i <= 4):
            if n + 1 < len(prose) and _is_question_headline(lines, i, prose[n + 1]):
                return prose[n + 1]
            return i
    return prose[0] if prose else None


# A headline that asks or exclaims (`… Mới?`, `… giải cứu!'`, `… Thì Thấy…`).
_QUESTION_END_RE = re.compile(r"(?:[?!…]|\.\.\.)[\"'”’»)]*$")


def _is_question_headline(lines: list[Line], at: int, next_prose: int) -> bool:
    """A headline that asks or exclaims reads as a sentence. It is the headline when what
    stands above it is the head (nothing, a breadcrumb, a section label, a date) rather
    than another headline, or when the head's own lines (a date, a byline) stand between
    it and the next paragraph."""
    line = lines[at]
    if not _QUESTION_END_RE.search(line.text[-_TAIL:]) or line.words > MAX_TITLE_WORDS or next_prose - at > 8:
        return False
    above_at = next(
        (i for i in range(at - 1, max(-1, at - 1 - HEAD_WINDOW), -1)
         if lines[i].chrome is None or lines[i].chrome.kind in HEAD_STOP_KINDS),  # type: ignore[union-attr]
        None,
    )
    if above_at is None:
        return True
    above = lines[above_at]
    if above.stamp is not None:
        # a headline above the date: this is the lead trailing off (`Tổng kết 30 năm …` / `26/02/2023 19:59` /
        # `Sáng 26/2/2023, … đã diễn ra Lễ Tổng kết …`)
        headline = _headline_above(lines, at)
        return headline is None or not headline[1]
    if above.chrome is not None:
        return True
    # a section label stands under the site's own lines; a short line that opens the dump
    # is its headline (`Chồng sống lâu nhờ bệnh tật` over a lead that asks)
    if _is_section_like(above) and (above.words < 3 or (above.words <= MAX_LABEL_WORDS and above_at > 0)):
        return True
    between = lines[at + 1 : next_prose]
    if _is_title_like(above) and above.words > MAX_SECTION_WORDS:
        # a headline stands above: this is the lead; but for a short line the writer's name and the date stand under
        # (`"Xây dựng nông dân … nghĩa tình..."` / `Bùi Ánh - 14:20 28/09/2023 GMT+7` / the lead): the line above is
        # the site's (an advertiser's name, another page's headline)
        return line.words < LONG_LEAD_WORDS and _holds_dated_byline(between)
    return any(
        ln.stamp is not None
        or ln.text.casefold() == line.text.casefold()
        or (ln.chrome is None and (parse_byline(ln.text) is not None or _field_pieces(ln.text) is not None))
        for ln in between
    )


def _holds_dated_byline(lines: list[Line]) -> bool:
    """The writer's name and the date, on one line (`Bùi Ánh - 14:20 28/09/2023`, `Minh Anh | 12/3/2018`) or on two
    once that line came apart."""
    names = dated = False
    for line in lines:
        if line.stamp is not None:
            dated = True
            continue
        if line.chrome is not None:
            continue
        pieces = _field_pieces(line.text)
        if pieces is not None and len(pieces) == 2 and parse_stamp_line(pieces[1]) is not None and read_byline(
                pieces[0]) is not None:
            return True
        names = names or read_byline(line.text) is not None
    return names and dated


# A photo's credit glued by the crawl to a paragraph of the text: at its end, after the last sentence (`… Giám đốc Công
# an tỉnh. Ảnh: Phạm Bằng`), or closing the caption glued before the paragraph, the paragraph's first word right against
# the credit (`… tiếp xúc cử tri tại quận Cầu Giấy. Ảnh VTChiều 17/6, Tổng Bí thư …`). The credit (with its caption)
# comes off as a line of its own: no writer's sentence holds a credit. Without a colon the credit opens on a capital
# (`Ảnh hưởng …` opens a sentence).
_GLUED_CREDIT_AT_END_RE = re.compile(
    r"(?:(?<=[.!?…”\"])\s*|\s[-–]\s+|\s(?=\())(\(?\s*(?:" + "|".join(PHOTO_CREDIT_OPENERS) + r")(?:\s*[:：]\s*[^\s.:()]|\s+[A-ZĐ])"
    r"[^.:()]{0," + str(MAX_CREDIT_CHARS) + r"}\)?)\s*$")
_GLUED_CREDIT_AT_START_RE = re.compile(
    r"[.!?…”\"]\s*\(?(?:" + "|".join(PHOTO_CREDIT_OPENERS) + r")(?:\s*[:：]\s*|\s+(?=[A-ZĐ]))")
GLUED_CREDIT_HEAD_CHARS = 400  # a caption of one sentence with its credit is shorter than this
# the lead's opener: a part of the day or `Ngày`, then the date (`Chiều 17/6,`, `Sáng ngày 12-3`)
GLUED_LEAD_OPENERS = ("Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm", "Vào")
_GLUED_LEAD_RE = re.compile(r"(?<=[^\W\d_])(?:" + "|".join(GLUED_LEAD_OPENERS) + r")(?: nay| qua| ngày| hôm)?,? \d")


def _split_glued_credits(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        if line.words < MIN_BODY_WORDS or line.chrome is not None or line.stamp is not None or line.kind or (
                "Ả" not in line.text and "Photo" not in line.text):
            out.append(line)
            continue
        pieces = _credit_pieces(line)
        if pieces is None:
            out.append(line)
            continue
        head, rest, credit_first = pieces
        for piece, is_credit in ((head, credit_first), (rest, not credit_first)):
            part = _features(Line(text=piece, raw_index=line.raw_index))
            if is_credit:
                part.label, part.why = CAPTION, GLUED_CREDIT
            out.append(part)
    return out


GLUED_CREDIT = "photo credit glued to the paragraph"


def _credit_pieces(line: Line) -> tuple[str, str, bool] | None:
    """The line's two pieces, and whether the first is the credit (with its caption)."""
    text = line.text
    opener = _GLUED_CREDIT_AT_START_RE.search(text, 0, GLUED_CREDIT_HEAD_CHARS)
    if opener is not None:
        # the lead's opener, its day and date, against the credit's last letter (a brand's capitals inside a word,
        # `YouTube`, `VPMilk`, are no glue)
        glued = _GLUED_LEAD_RE.search(text, opener.end(), opener.end() + MAX_CREDIT_CHARS + 20)
        if glued is not None:
            head, rest = text[: glued.start()], text[glued.start() :]
            if (_is_credited_caption(head, head.count(" ") + 1) and rest.count(" ") + 1 >= MIN_BODY_WORDS
                    and _INNER_SENTENCE_END_RE.search(head, 0, opener.start()) is None):
                return head, rest, True
    if line.words <= MAX_CREDITED_CAPTION_WORDS:
        return None  # a caption with its credit, or a short paragraph a credit closes (`… Ảnh: Đoàn Nguyên.`)
    end = _GLUED_CREDIT_AT_END_RE.search(text, max(0, len(text) - _CREDIT_TAIL))
    if end is None:
        return None
    head = text[: end.start()].rstrip()
    return head, end.group(1).strip(), False


def classify_lines(raw: str, keep_tone: bool = False, kinds: Sequence[str] | None = None) -> CleanResult:
    """`kinds`: for an HTML page, the element kind of each raw line (see split_lines)."""
    lines = _split_glued_credits(split_lines(raw, keep_tone, kinds))
    start = _find_body_start(lines)
    if start is None:
        for line in lines:
            line.why = line.chrome.kind if line.chrome else "no prose on the page"
        return CleanResult(lines=lines, warnings=["no_body"])
    split = _split_mixed(lines, start)
    if len(split) != len(lines):  # a stamp came off a line: the body may start elsewhere
        lines, start = split, _find_body_start(split)
    assert start is not None
    start = _lead_start(lines, start)
    result = CleanResult(lines=lines)
    _label_head(lines, start, result)
    _label_body(lines, start, result)
    _split_glued_captions(lines, start)
    _split_glued_in_photo(lines, start)
    _label_twin_captions(lines, start)
    if kinds is None:  # (an HTML page is read whole: no length cut it)
        _keep_cut_paragraph(lines, raw)
    _label_caption_tails(lines, start)  # (a caption's two lines count as one above the paragraph the dump cut)
    if result.published is None:
        _month_published(lines, start, result)
    _cut_glued_dateline(lines, result)
    _cut_glued_notice(lines, result)
    _cut_inner_teasers(lines)
    _cut_gallery(lines)
    _cut_video_teaser(lines)
    _cut_related_links(lines)
    _cut_glued_byline(lines, result)
    _cut_after_end_mark(lines)
    if result.title is None:
        _label_repeated_headline(lines, start, result)
    result.paragraphs = [line.text for line in lines if line.label == BODY]
    result.captions = [c for c in (caption_text(ln.text) for ln in lines if ln.label == CAPTION) if c]
    if result.paragraphs and not _STRONG_END_RE.search(result.paragraphs[-1][-_TAIL:]):
        result.warnings.append("truncated")
    kept = [result.title or "", *result.paragraphs]
    if any(has_lost_characters(text) for text in kept):
        result.warnings.append("mojibake")
    return result


# A page that prints its headline under the lead, and again as each photo's text (the pictures' alt text the dump keeps:
# `Sơ kết 5 năm thực hiện …` under the lead, then over each caption): with no headline above the text, the line of a
# headline's shape that the page prints this many times is the headline. A caption printed twice (its photo's alt text
# and the caption) is not enough.
MIN_HEADLINE_COPIES = 3
REPEATED_HEADLINE_WINDOW = 4  # the first copy stands this close under the first paragraph


def _label_repeated_headline(lines: list[Line], start: int, result: CleanResult) -> None:
    counts: dict[str, int] = {}
    for line in lines:
        if line.label != BODY:
            counts[line.text] = counts.get(line.text, 0) + 1
    for i in range(start + 1, min(len(lines), start + 1 + REPEATED_HEADLINE_WINDOW)):
        line = lines[i]
        if (line.label in (CAPTION, CHROME) and counts.get(line.text, 0) >= MIN_HEADLINE_COPIES
                and line.words > MAX_SECTION_WORDS and _is_title_like(line)):
            line.label, line.why = HEADLINE, "headline printed with each photo"
            result.title = line.text
            return


# A list's bullet before the headline (`• Kỷ niệm 65 năm ngày thành lập ngành Hải quan`, a page that prints the headline
# as the first item of its news list) is the page's mark, not the headline's.
TITLE_BULLETS = "•·●○◦▪▫■□►▶ "


# Chrome above which no line is the article's head: the site's menu and breadcrumb stand
# above the headline, never under it.
HEAD_STOP_KINDS = frozenset({"breadcrumb"})
HEAD_WINDOW = 12  # lines looked at above the first paragraph for the headline
AFTER_LEAD = 2  # a date this many lines under the first paragraph is the article's (printed after the lead)


# A time zone on a line of its own, under the date it belongs to (`Thứ Năm, 17/08/2017 19:40` / `(GMT+7)`).
_ZONE_LINE_RE = re.compile(r"^[\[(]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[\])]?$", re.IGNORECASE)


def _is_zone_line(line: Line) -> bool:
    return line.words <= 3 and line.text[:1] in "([GUgu" and _ZONE_LINE_RE.match(line.text) is not None


# A place's name alone on its line next to the date (`TP Tây Ninh`, a portal's location under its date line, web57 w004):
# no headline, as no byline (`byline.place_opener_words`); the headline stands above it.
MAX_PLACE_LINE_WORDS = 6


def _is_place_line(text: str) -> bool:
    words = text.split()
    opener = place_opener_words(words)
    return opener > 0 and len(words) <= MAX_PLACE_LINE_WORDS and all(w[:1].isupper() for w in words[opener:])


def _is_byline_line(line: Line) -> bool:
    # (a heading of the text's outline between the headline and the text, `I. KINH TẾ`, is no byline)
    return (line.chrome is None and line.stamp is None and not _is_zone_line(line) and parse_byline(line.text) is not None
            and not _ENUMERATED_HEAD_RE.match(line.text))


def _is_clock_above(line: Line) -> bool:
    """A date above the headline that names the weekday but gives no time (`Thứ tư, 08/02/2023`, `Thứ 3, Ngày
    16/07/2024 -`) is the site's clock, today's day in the page's top bar; an article's date printed above its
    headline carries its time (`Thứ Năm, 17/08/2017 19:40`, `28/02/2012 18:49 GMT+7`)."""
    stamp = line.stamp
    return stamp is not None and stamp.weekday and not stamp.has_time and not stamp.labelled


def _find_headline(lines: list[Line], start: int) -> int | None:
    """The headline: the nearest line above the first paragraph that reads as one, past
    the date, the byline and the site's widgets; a short line in title case or capitals
    that reads as a name is the headline only when no other headline stands above it."""
    name_like: int | None = None
    widget_like: int | None = None  # a short line of widget words, if no other headline stands above
    # the lead printed above itself without its last mark, or the first photo's view caption (`Toàn cảnh Hội nghị`)
    # right above the lead: the headline only when no other stands above
    lead_copy: int | None = None
    outline_like: int | None = None  # the nearest heading of an outline, if no other headline stands above
    for i in range(start - 1, max(-1, start - 1 - HEAD_WINDOW), -1):
        line = lines[i]
        if _marks_between(lines, i + 1, start) and (_is_unstopped_copy(line, lines[start]) or _is_view_caption(line)):
            lead_copy = i  # (a headline may open on `Toàn cảnh …`: it is one only when no other stands above)
            continue
        if line.chrome is not None and line.chrome.kind in HEAD_STOP_KINDS:
            break
        if line.chrome is None and line.stamp is None and section_from_crumbs(line.text) is not None:
            break  # a breadcrumb without its home crumb (`Thế giới / Quân sự`)
        if line.chrome is not None and line.chrome.kind == "banner" and _is_title_like(_unchromed(line)):
            return i  # a headline in capitals that names a body (`CÔNG AN … NHÀ BÁO …`)
        if (line.chrome is not None or line.stamp is not None or CAPTION_PREFIX_RE.match(line.text)
                or _is_place_line(line.text)):
            continue
        if (i == 0 and _is_dotted_headline(lines, 0)) or (i == start - 1 and _is_restated_headline(lines, i)):
            return i
        if _is_title_like(line) and _ENUMERATED_HEAD_RE.match(line.text):
            # a heading of the text's own outline (`1. Nông nghiệp`, `a) Trồng trọt`) above its first paragraph: the
            # headline stands above it, unless none does
            outline_like = i if outline_like is None else outline_like
            continue
        if _is_title_like(line):
            if not is_widget_like(line.text, line.words) and not _beside_stamp(lines, i):
                # past a widget-like line, only a headline longer than a section label wins
                return i if widget_like is None or line.words > MAX_LABEL_WORDS else widget_like
            widget_like = i if widget_like is None else widget_like
            continue
        if name_like is None and 3 <= line.words <= MAX_TITLE_WORDS:
            byline = parse_byline(line.text)
            if byline is not None and byline[0] and not byline[1]:
                name_like = i
    if widget_like is not None:
        return widget_like
    if name_like is None and outline_like is not None:
        return outline_like
    return name_like if name_like is not None else lead_copy


# The marks a lead closes on that its copy above it, the page's summary (`<meta description>`, a teaser box), leaves off.
LEAD_END_MARKS = ".…!?;:\"”’' "


MIN_TEASER_WORDS = 3


def _is_unstopped_copy(line: Line, lead: Line) -> bool:
    """`line` says the first paragraph again without its last mark (`Ngày 30/6 tới đây, … sẽ được thành lập` over
    `Ngày 30/6 tới đây, … sẽ được thành lập.`), or its first words cut off by an ellipsis (`Ngày 28/10/2021 tại Hà ...`
    over `Ngày 28/10/2021 tại Hà Nội, Viện …`): the page's summary of the lead, not a headline."""
    if line.text == lead.text:
        return False
    if line.words == lead.words and line.text.rstrip(LEAD_END_MARKS) == lead.text.rstrip(LEAD_END_MARKS):
        return True
    if not line.text.endswith(("...", "…")):
        return False
    stem = line.text.rstrip(".… ")
    return stem.count(" ") + 1 >= MIN_TEASER_WORDS and len(stem) < len(lead.text) and lead.text.startswith(stem)


def _unchromed(line: Line) -> Line:
    return Line(text=line.text, words=line.words)


def _first_copy(lines: list[Line], at: int) -> int:
    """The first of the lines above `at` (within the head's window) that say the same."""
    key = lines[at].text.casefold()
    for i in range(max(0, at - HEAD_WINDOW), at):
        if lines[i].text.casefold() == key:
            return i
    return at


# A sentence's end inside a line, the next sentence following: a headline says one thing.
_INNER_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’']?\s+[\"“‘']?[A-ZĐÀ-Ỹ]")


LONG_LEAD_WORDS = 15  # a line this long that asks, exclaims or trails off under a headline is the lead
MAX_HEADLINE_WORDS = 30  # longer than this, a line under a headline is the lead whatever its end


# The paper's mark that opens its lead, its short name or code and a dash (`TPO - …`, `(HNMO) - …`, `VOV.VN - …`,
# `(Baothanhhoa.vn) - …`): the lead, not a headline, under a headline. A headline may open on a club's or a body's
# code the same way (`MU - Mourinho …`, `TT - Huế: …`), so the mark counts only in a line as long as a lead.
_AGENCY_MARK_RE = re.compile(
    r"(?:\([^()\d]{2,25}\)|[A-ZĐ][A-ZĐ&.]{1,9}(?:\.(?:vn|VN|com|net))?|[A-ZĐ][a-zđ]+\.(?:vn|com\.vn|net|org)(?:\.vn)?)"
    r"\s*[-–—]\s+[\"“]?[A-ZĐÀ-Ỹ0-9]")
MIN_MARKED_LEAD_WORDS = 15


def _opens_with_agency_mark(line: Line) -> bool:
    return line.words >= MIN_MARKED_LEAD_WORDS and _AGENCY_MARK_RE.match(line.text) is not None


def _reads_as_lead(line: Line) -> bool:
    """A sapo rather than a headline: two sentences, or long and ending on `?`, `!`, `…`, or
    opening on the paper's mark."""
    if _INNER_SENTENCE_END_RE.search(line.text) or line.words > MAX_HEADLINE_WORDS or _opens_with_agency_mark(line):
        return True
    return line.words > LONG_LEAD_WORDS and _QUESTION_END_RE.search(line.text[-_TAIL:]) is not None


# A lead's last mark, whatever it is: a headline closes on none.
_LEAD_END_RE = re.compile(r"[.…?!:;,\"”’')\]»]$")


def _lead_start(lines: list[Line], start: int) -> int:
    """Where the body starts once the head is read: after a headline repeated as the first
    paragraph; at a lead that does not end like prose (`… bao giờ?`, a quoted pair of
    sentences) when the headline stands above it."""
    key = lines[start].text.casefold()
    copy = next((i for i in range(max(0, start - HEAD_WINDOW), start) if lines[i].text.casefold() == key), None)
    if copy is not None:
        if _reads_as_lead(lines[start]) and _headline_above(lines, copy) is not None:
            return copy  # the lead, repeated as the first paragraph: the body opens at the lead
        following = next((i for i in range(start + 1, len(lines)) if _is_prose(lines[i])), None)
        if following is not None:
            return following
    for i in range(start - 1, max(-1, start - 1 - HEAD_WINDOW), -1):
        line = lines[i]
        if line.chrome is not None and line.chrome.kind in HEAD_STOP_KINDS:
            return start
        if (line.chrome is not None or line.stamp is not None or CAPTION_PREFIX_RE.match(line.text)
                or _is_place_line(line.text)):
            continue
        if _is_byline_line(line):
            continue
        if _is_title_like(line):
            above = _headline_above(lines, i)
            # under a headline, past the date or the byline, or reading as a sapo: the lead
            # (past the date, a line that stops on no mark at all is a headline of its own: the site's name in title
            # case stands above the date, the article's headline under it)
            past_meta = above is not None and above[1] and _LEAD_END_RE.search(line.text[-_TAIL:]) is not None
            # a dump that opens on its headline, the lead right under it without its last mark and longer than it
            # (`Toyota tiếp tục là thương hiệu ôtô đắt giá nhất thế giới` | `Giá trị thương hiệu của hãng xe Nhật Bản
            # được định giá khoảng 46,255 tỷ USD` | the body): the lead, not a second headline
            top_pair = above is not None and above[0] == 0 and i == 1 == start - 1 and line.words > lines[0].words
            return i if above is not None and (past_meta or _reads_as_lead(line) or top_pair) else start
        if line.words >= LONG_LEAD_WORDS and line.text.endswith((",", ";")) and i == start - 1:
            # a lead the site cut after a comma (`Đêm 30-4 …, trên địa bàn nhiều tỉnh … gây thiệt hại nặng,`)
            # right above the first paragraph, under the headline
            return i if _headline_above(lines, i) is not None else start
        return start
    return start


def _beside_stamp(lines: list[Line], at: int) -> bool:
    """A label of a few words that the page printed on one line with the date (`Tin hoạt động Thứ ba, 14/06/2022 -
    19:33` under the headline): the section beside the date, not a headline of its own."""
    line = lines[at]
    if line.words > MAX_LABEL_WORDS or line.stamp is not None or parse_byline(line.text) is not None:
        return False  # (`Tác giả: Thanh Khoa`, `Hương Thu` beside the date: the byline)
    return any(0 <= j < len(lines) and lines[j].raw_index == line.raw_index and lines[j].stamp is not None
               for j in (at - 1, at + 1))


def _headline_above(lines: list[Line], at: int) -> tuple[int, bool] | None:
    """A headline above `at`, past the date, the byline and the widgets between them, and
    whether a date or a byline stands between."""
    passed_meta = False
    for i in range(at - 1, max(-1, at - 1 - HEAD_WINDOW), -1):
        line = lines[i]
        byline = parse_byline(line.text) if line.chrome is None and line.stamp is None else None
        # a date, or a byline that says it is one (`Bài, ảnh: …`; a bare name in capitals
        # may be the section label)
        if line.stamp is not None or (byline is not None and byline[1]):
            passed_meta = True
            continue
        if line.chrome is not None and line.chrome.kind not in HEAD_STOP_KINDS:
            continue
        if _is_title_like(line) and line.words > MAX_SECTION_WORDS and not _INNER_SENTENCE_END_RE.search(line.text):
            return i, passed_meta
        return None
    return None


def _section_above(lines: list[Line], title_at: int) -> tuple[int | None, str | None, list[int]]:
    """The section line above the headline (a breadcrumb's last crumb, or a label line),
    and the dates standing between them (nearest first)."""
    stamps: list[int] = []
    for i in range(title_at - 1, max(-1, title_at - 1 - HEAD_WINDOW), -1):
        line = lines[i]
        if line.stamp is not None:
            stamps.append(i)
            continue
        if _is_zone_line(line) or line.text.lower() in HOME_WORDS:
            continue
        crumb = section_from_crumbs(line.text)
        if crumb is not None and (line.chrome is None or line.chrome.kind in ("breadcrumb", "menu", "nav")):
            return i, crumb, stamps
        label = SECTION_LABEL_RE.match(line.text)
        if label and 1 <= len(line.text[label.end() :].split()) <= MAX_SECTION_WORDS:
            return i, line.text[label.end() :].strip(), stamps
        if _is_section_like(line):
            return i, line.text, stamps
        return None, None, stamps
    return None, None, stamps


def _label_head(lines: list[Line], start: int, result: CleanResult) -> None:
    """Banner, menus, section, headline, date and byline stand above the first paragraph.
    The article's date is the one next to the headline: under it, else just above it,
    else right after the lead; a page clock, further up, is not."""
    title_at = _find_headline(lines, start)
    section_at: int | None = None
    published_at: int | None = None
    repeat_at: int | None = None
    headline_stamp: Stamp | None = None
    if title_at is not None:
        # a headline repeated as the first line of the body: the head stands around the first
        first = _first_copy(lines, title_at)
        if first != title_at:
            repeat_at, title_at = title_at, first
        section_at, section, above = _section_above(lines, title_at)
        if section is None:  # the label the page printed beside the date under the headline
            section_at = next((i for i in range(title_at + 1, start) if _beside_stamp(lines, i)), None)
            section = None if section_at is None else lines[section_at].text
        result.section = section
        under = [i for i in range(title_at + 1, start) if lines[i].stamp is not None]
        if under:
            # posted before updated: `Cập nhật: 13/3 | Đăng: 12/3` is published on the 12th
            posted = [i for i in under[:2] if not UPDATE_LABEL_RE.match(lines[i].text)]
            published_at = posted[0] if posted else under[0]
        else:
            published_at = next((i for i in above if not _is_clock_above(lines[i])), None)
    for i in range(start):
        line = lines[i]
        line.label, line.why = CHROME, line.chrome.kind if line.chrome else "head"
        if i == title_at:
            line.label, line.why = HEADLINE, "headline"
            result.title = line.text.lstrip(TITLE_BULLETS) or line.text
            if published_at is None and (dated := _headline_date(result.title)) is not None:
                result.title, headline_stamp = dated
        elif i == repeat_at:
            line.why = "headline repeated"
        elif i == section_at:
            line.label, line.why = META, "section"
        elif _is_zone_line(line):
            line.label, line.why = META if i - 1 == published_at else CHROME, "time zone"
        elif line.stamp is not None:
            no_title_next_to_body = title_at is None and i == start - 1
            if published_at is None and result.published is None and (line.stamp.labelled or no_title_next_to_body):
                published_at = i
            if i == published_at:
                line.label, line.why = META, "published"
                result.published = line.stamp.iso
            else:
                line.why = "page clock"
        elif _is_byline_line(line) and (byline := parse_byline(line.text)) and (
            byline[1] or (title_at is not None and title_at < i)
        ):
            line.label, line.why = BYLINE, "byline"
            result.authors.extend(byline[0])
    if result.published is None and headline_stamp is not None:
        result.published = headline_stamp.iso
    if result.published is None and title_at is not None:
        for i in range(start + 1, min(len(lines), start + 1 + AFTER_LEAD)):
            if lines[i].stamp is not None:
                lines[i].label, lines[i].why = META, "published after the lead"
                result.published = lines[i].stamp.iso  # type: ignore[union-attr]
                break


# The words a headline's own day follows (`Kết quả xổ số … ngày 6/2/2017`, `Lịch chiếu phim từ 16 đến 22/6/2017`, `… tối
# 20/5/2017`): the date is the headline's. After any other word the page printed its date on the headline's line
# (`Bí thư … làm việc với Cao su Tân Biên 09/04/2024`, web51 w010): 22 headlines of the 35,440 baomoi articles end on a
# whole date, all 22 after one of these; over the web read sets 1 after another word, the page's date.
HEADLINE_DATE_CUES = frozenset({"ngày", "từ", "đến", "tới", "và", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "mùng",
                                "tháng", "lúc", "qua", "nay", "hạn", "-", "–", "đầu", "cuối"})
_WHOLE_DATE_END_RE = re.compile(r"\s(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*$")


def _headline_date(text: str) -> tuple[str, Stamp] | None:
    """A headline that ends on the page's date, not its own (HEADLINE_DATE_CUES): the headline and the date."""
    end = _WHOLE_DATE_END_RE.search(text)
    if end is None:
        return None
    before = text[: end.start()].rstrip()
    words = before.split()
    if len(words) < 4 or words[-1].lower().strip(",:(") in HEADLINE_DATE_CUES or not words[-1][-1:].isalpha():
        return None
    stamp = parse_stamp_line(end.group(1))
    return None if stamp is None else (before, stamp)


def _label_body(lines: list[Line], start: int, result: CleanResult) -> None:
    state = "body"
    last_body = start
    provisional: list[int] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if line.why == META_ROW or line.why == GLUED_CREDIT:
            continue
        if state == "tail":
            line.label, line.why = CHROME, "after the article"
            continue
        if i > start and _is_figure_row(line):
            line.label, line.why = BODY, "a table's row of figures"
            state, last_body = "body", i
            continue
        if line.chrome is not None:
            line.label, line.why = CHROME, line.chrome.kind
            if line.chrome.role == "end":
                state = "tail"
            elif line.chrome.role == "related":
                state = "related"
            continue
        if line.stamp is not None:
            if i > start and _label_meta_row(lines, i, result):
                state = "tail"
                continue
            if line.label == META:
                continue
            if line.stamp.labelled and result.published is None:
                line.label, line.why = META, "published"
                result.published = line.stamp.iso
            else:
                line.label, line.why = CHROME, "page clock"
            continue
        if _is_credited_caption(line.text, line.words) or (
                line.words <= MAX_CREDITED_CAPTION_WORDS and _IN_PHOTO_RE.match(line.text) is not None):
            line.label, line.why = CAPTION, "caption with its photo credit"
            provisional.append(i)
            continue
        if (_is_speech_caption(line) or _is_placed_caption(line)
                or (i > start and (_is_act_caption(line) or _is_at_event_caption(line)))
                or (_is_video_caption(line) and (i > start or _prose_follows(lines, i + 1)))
                or (_is_cell(line) and parse_byline(line.text) is None)):
            line.label, line.why = CAPTION, "caption: a speech at the event, a place in the photo, a clip"
            provisional.append(i)
            continue
        related_resumes = state != "related" or (
            line.words >= 12 and line.text.endswith((".", "…", '."', ".”"))
        ) or (  # a paragraph longer than any teaser headline, whatever its last mark
            line.words >= LONG_PARAGRAPH_WORDS and _STRONG_END_RE.search(line.text[-_TAIL:]) is not None
        )
        if (_is_prose(line) and related_resumes) or (i == start and _opens_with_agency_mark(line)):
            line.label, line.why = BODY, "prose"
            state, last_body = "body", i
            continue
        if state == "related":
            line.label, line.why = CHROME, "related-news list"
            continue
        if line.kind:  # the page's markup makes it a list item or a subheading of the text
            line.label, line.why = BODY, f"<{line.kind}> in the body"
            last_body = i
            continue
        byline = parse_byline(line.text)
        if byline is None and _is_last_text_line(lines, i):
            signed = read_undashed_signature(line.text)
            byline = (list(signed.names), signed.labelled) if signed is not None else None
        if byline is not None and not _prose_follows(lines, i + 1):
            line.label, line.why = BYLINE, "byline"
            result.authors.extend(byline[0])
            state = "tail"
            continue
        if _LIST_ITEM_RE.match(line.text) or _OUTLINE_HEAD_RE.match(line.text) or (
            _STRONG_END_RE.search(line.text[-_TAIL:]) and not CAPTION_PREFIX_RE.match(line.text)
            and not (line.words <= VIEW_CAPTION_WORDS and _VIEW_CAPTION_RE.match(line.text))
        ):
            # Captions carry no sentence end; a short line that ends a sentence (or asks,
            # or exclaims) is the writer's (a list item, a signature initial such as `N.`).
            line.label, line.why = BODY, "short paragraph"
            last_body = i
            continue
        if i == start:
            line.label, line.why = BODY, "lead"  # the lead `_lead_start` found above the first paragraph, whatever its end
            last_body = i
            continue
        if line.words <= MAX_CAPTION_WORDS and not (line.words >= LONG_LEAD_WORDS and line.text.endswith((",", ";"))):
            # (a caption ends on no comma: a long line that does is a paragraph the site cut, or a list's item)
            line.label, line.why = CAPTION, "short line in the body"
            provisional.append(i)
        else:
            line.label, line.why = BODY, "long line"
            last_body = i
    # Short lines after the last paragraph are captions only when they sit right under it
    # or above the byline; further down they are leftovers of the page.
    byline_at = next((i for i, ln in enumerate(lines) if ln.label == BYLINE and i > start), None)
    for i in provisional:
        if i > last_body and i > last_body + 2 and (byline_at is None or i > byline_at):
            lines[i].label, lines[i].why = CHROME, "after the article"


# The row of the article's fields some portals print under the text, one bulleted item a line: the date with its time,
# the writer, the view count (`• 20/07/2023 09:14` / `• Ngọc Tuấn` / `• 3277`). A dated line under the text is the page's
# clock, but for one with its time and a bulleted name right under it that reads as a byline, with no more prose below.
META_ROW = "the article's fields under the text"
META_ROW_BULLETS = "•·●▪■◦"
_COUNT_RE = re.compile(r"\d[\d.,]*")


def _label_meta_row(lines: list[Line], at: int, result: CleanResult) -> bool:
    stamp = lines[at].stamp
    if stamp is None or not stamp.has_time or at + 1 >= len(lines) or lines[at].text[:1] not in META_ROW_BULLETS:
        return False
    below = lines[at + 1]
    if below.chrome is not None or below.stamp is not None or below.text[:1] not in META_ROW_BULLETS:
        return False
    byline = parse_byline(below.text[1:].strip())
    if byline is None or not byline[0] or _prose_follows(lines, at + 2):
        return False
    if result.published is None:
        lines[at].label, lines[at].why = META, "published"
        result.published = stamp.iso
    elif lines[at].label != META:  # (the date may be read already as the one printed after the lead)
        lines[at].label, lines[at].why = CHROME, "page clock"
    below.label, below.why = BYLINE, META_ROW
    result.authors.extend(byline[0])
    if at + 2 < len(lines) and lines[at + 2].text[:1] in META_ROW_BULLETS:
        count = lines[at + 2]
        if _COUNT_RE.fullmatch(count.text[1:].strip()):
            count.label, count.why = CHROME, META_ROW
    return True


# A photo's caption glued to the end of the paragraph above it, the line break lost by the crawl (`… dự đại
# hội.Đại biểu tham gia thảo luận nội dung đại hội`): after a full stop with no space, a short run of words closed by no
# sentence end is the caption (the crawl's glue inside a paragraph is followed by more sentences).
MAX_GLUED_CAPTION_WORDS = 20
MIN_GLUED_CAPTION_WORDS = 3
GLUED_CAPTION_TAIL = 200
# (the dot first and the letters before it read behind it: the regex engine skips from one dot to the next)
_GLUE_RE = re.compile(r"\.(?<=[a-zà-ỹ][a-zà-ỹ]\.)(?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")
_NOT_GLUED_CAPTION_RE = re.compile(r"[\d()\[\]\"“”:;!?]")
_GLUED_SENTENCE_END_RE = re.compile(r"[.!?…]")


def _split_glued_captions(lines: list[Line], start: int) -> None:
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i]
        if line.label != BODY or line.kind or "." not in line.text[-GLUED_CAPTION_TAIL:]:
            continue
        offset = max(0, len(line.text) - GLUED_CAPTION_TAIL)
        glues = list(_GLUE_RE.finditer(line.text, offset))
        if not glues:
            continue
        glue = glues[-1]
        head, tail = line.text[: glue.end()], line.text[glue.end() :].strip()
        if not tail[:1].isupper() or _GLUED_SENTENCE_END_RE.search(tail):
            continue  # (a byline or a sentence after the tail: the tail is a sentence of the paragraph)
        words = tail.count(" ") + 1
        if not MIN_GLUED_CAPTION_WORDS <= words <= MAX_GLUED_CAPTION_WORDS or head.count(" ") + 1 < MIN_BODY_WORDS:
            continue
        if _STRONG_END_RE.search(tail[-_TAIL:]) or _NOT_GLUED_CAPTION_RE.search(tail) or parse_byline(tail) is not None:
            continue
        lines[i] = Line(text=head, label=BODY, why=line.why, raw_index=line.raw_index, words=head.count(" ") + 1)
        lines.insert(i + 1, Line(text=tail, label=CAPTION, why="caption glued to the paragraph", raw_index=line.raw_index,
                                 words=words))


# So a caption that says who is in the photo (`Trong ảnh: …`, IN_PHOTO_OPENERS) glued after the paragraph's last
# sentence (`… với CTCP Lọc hóa dầu Bình Sơn và Tổng Công ty Điện lực miền Trung. Trong ảnh: PGS.TS. Nguyễn Ngọc Vũ-…,
# giới thiệu văn kiện hợp tác vừa được ký kết.`): split off to the line's end when that tail is a caption's length.
IN_PHOTO_CREDITS = ("Ảnh", "(Ảnh", "ẢNH", "Nguồn", "(Nguồn")
_IN_PHOTO_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ(])")
_GLUED_IN_PHOTO_RE = re.compile(r"(?<=[.!?…”\")])\s+(?=(?:" + "|".join(IN_PHOTO_OPENERS) + r")\s*[:：])")


def _split_glued_in_photo(lines: list[Line], start: int) -> None:
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i]
        if line.label != BODY or line.kind or not any(opener in line.text for opener in IN_PHOTO_OPENERS):
            continue  # (the pattern opens on a look-behind, tried at every character: a paragraph without an opener is passed)
        glue = _GLUED_IN_PHOTO_RE.search(line.text)
        if glue is None:
            continue
        head, tail = line.text[: glue.start()], line.text[glue.end() :]
        words = tail.count(" ") + 1
        if words > MAX_CREDITED_CAPTION_WORDS or head.count(" ") + 1 < MIN_BODY_WORDS:
            continue
        # (one sentence, then at most a credit: `… vừa được ký kết. Ảnh trong bài: …`; a paragraph merged after the
        # caption, as baomoi's running text writes it, stays in the text)
        pieces = _IN_PHOTO_SENTENCE_END_RE.split(_TITLE_ABBREVIATION_RE.sub("", tail))
        if any(not piece.startswith(IN_PHOTO_CREDITS) for piece in pieces[1:]):
            continue
        lines[i] = Line(text=head, label=BODY, why=line.why, raw_index=line.raw_index, words=head.count(" ") + 1)
        lines.insert(i + 1, Line(text=tail, label=CAPTION, why="caption glued to the paragraph", raw_index=line.raw_index,
                                 words=words))


# A photo's caption printed twice, once from the picture's own text and once under it (`Ban Chấp hành khóa mới ra mắt
# Đại hội` / `Ban Chấp hành khóa mới ra mắt Đại hội.`; `Trường Quốc tế tiếp sóng Lễ Khai giảng của Bộ GD&ĐT` / `Trường
# Quốc tế tổ chức tiếp sóng Lễ Khai giảng của Bộ Giáo dục và Đào tạo.`): two lines in a row that say the same, or a
# caption and a short sentence that takes up nearly all its words, are both the caption. The writer does not say a
# thing twice in a row; a paragraph that takes up a subheading's words says when, where or what was done (an opener of
# setting or time, a tense word), or says more than a caption does.
MAX_TWIN_CAPTION_WORDS = 30
MIN_TWIN_WORDS = 4
TWIN_SHARE = 0.8  # of the shorter line's words found in the longer
_TWIN_WORD_RE = re.compile(r"\w+")
_NOT_TWIN_RE = re.compile(r"\b(?:đã|đang|sẽ|vừa|cho biết|cho rằng|nói|khẳng định)\b", re.IGNORECASE)


def _may_be_twin(line: Line) -> bool:
    if line.label not in (BODY, CAPTION) or line.kind or not MIN_TWIN_WORDS <= line.words <= MAX_TWIN_CAPTION_WORDS:
        return False
    if _OUTLINE_HEAD_RE.match(line.text) or _LIST_ITEM_RE.match(line.text):
        return False  # (a report's heads and items, under the heading they restate: `A. KẾT QUẢ …` after `Phần thứ nhất`)
    opener = line.text.split(",", 1)[0].casefold()
    if any(opener == w or opener.startswith(w + " ") for w in SPEECH_CAPTION_NOT_OPENERS):
        return False
    return _NOT_TWIN_RE.search(line.text) is None


def _twin_key(text: str) -> list[str]:
    return _TWIN_WORD_RE.findall(text.casefold())


def _label_twin_captions(lines: list[Line], start: int) -> None:
    for i in range(start + 1, len(lines) - 1):
        first, second = lines[i], lines[i + 1]
        if (first.label == CAPTION and second.label == CAPTION) or not (_may_be_twin(first) and _may_be_twin(second)):
            continue
        a, b = _twin_key(first.text), _twin_key(second.text)
        if a != b:
            if first.label != CAPTION and second.label != CAPTION:
                continue  # (only a caption's words may come back longer)
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            found = set(long)
            if len(short) < MIN_TWIN_WORDS or sum(w in found for w in short) < TWIN_SHARE * len(short):
                continue
        for line in (first, second):
            if line.label != CAPTION:
                line.label, line.why = CAPTION, "caption printed twice"


# A line that opens on a lower-case letter goes on with the line above it (a sentence opens on a capital): under a
# caption, it is the rest of the caption that the page broke (`Đại sứ … tặng Chủ tịch UBND tỉnh Nguyễn Văn Sơn` / `bức
# thư pháp chữ Mông Cổ.`).
def _label_caption_tails(lines: list[Line], start: int) -> None:
    for i in range(max(start, 1), len(lines)):
        line = lines[i]
        if line.label != BODY or line.kind or line.words > MAX_CAPTION_WORDS or not line.text[0].islower():
            continue
        if lines[i - 1].label == CAPTION and not _LIST_ITEM_RE.match(line.text):
            line.label, line.why = CAPTION, "the rest of the caption above"


MAX_LINES_TO_CUT_PARAGRAPH = 2  # captions between the last paragraph and the cut one
_SIGNATURE_RE = re.compile(r"[A-ZĐÀ-Ỹ]\w*(?:\s[A-ZĐÀ-Ỹ]\w*){1,3}\s[-–—]\s")


# The marks a cut leaves a sentence open on, where the dump goes on to a space: a clause's comma (`… các tập thể, `), a
# dash between two years (`… nhiệm kỳ 2021 - `), a quote opened and not closed (`Với chủ đề “Tăng cường xây dựng Đảng `).
OPEN_ENDS = (",", " -", " –")
OPEN_QUOTE_TAIL = 80


def _left_open(text: str) -> bool:
    if text.endswith(OPEN_ENDS):
        return True
    tail = text[-OPEN_QUOTE_TAIL:]
    opened = tail.rfind("“")
    return opened >= 0 and "”" not in tail[opened:]


def _keep_cut_paragraph(lines: list[Line], raw: str) -> None:
    """A dump cut at a length ends mid-paragraph, on a letter without a newline or a space after it (`… Bệnh viện
    đa khoa Đồng Nai xá`; a dump saved whole ends on a newline or a space, as baomoi's do): its last
    line, a short piece without a sentence's end, is the paragraph the cut left, not a caption, when only captions
    stand between it and the last paragraph."""
    if not lines or not raw or raw[-1] == "\n" or lines[-1].raw_index != raw.count("\n"):
        return
    if raw[-1].isspace() and not _left_open(raw.rstrip()):
        return
    last = lines[-1]
    if last.label not in (CAPTION, CHROME) or last.chrome is not None or last.stamp is not None or last.kind or (
            last.why == GLUED_CREDIT):
        return
    if last.words < 2 or _STRONG_END_RE.search(last.text[-_TAIL:]) or parse_byline(last.text) is not None:
        return
    if _SIGNATURE_RE.match(last.text):  # the writer and the body they write for (`Phùng Vị – HND tỉnh`)
        return
    if is_body_name(last.text):  # the body that signs the article (`Liên đoàn Lao động tỉnh`)
        return
    for i in range(len(lines) - 2, max(-1, len(lines) - 3 - MAX_LINES_TO_CUT_PARAGRAPH), -1):
        if lines[i].label == BODY:
            last.label, last.why = BODY, "paragraph cut by the dump's end"
            return
        if lines[i].label != CAPTION:
            return


# A credit and the page's date glued to the end of the last paragraph, the way one sports site's pages flatten (`… trước
# mặt đồng đội mới. Xú - Thể thao Việt Nam | 14:45 06/02/2017 Tin liên quan <headlines>`): the writer after the last
# sentence, the date after a bar, and the site's related headlines after `Tin liên quan`. Over the 35,440 baomoi articles
# 322 last paragraphs end so (92 with the related headlines glued after), all the same site's credit; the related
# headlines are other pages' (the precision audit sprec34 read 2 of its 9 non-statistics in them).
_GLUED_DATELINE_RE = re.compile(
    r"\s*\|\s*(?P<stamp>\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*(?P<related>(?:Tin|Bài) liên quan\b.*)?$"
)
GLUED_DATELINE_REACH = 400  # the bar and the date stand in the paragraph's last characters (the headlines after them)
GLUED_CREDIT_WORDS = 12  # the credit between the last sentence and the bar: a writer and the site's name
GLUED_WRITER_WORDS = 4


def _last_body(lines: list[Line]) -> int | None:
    """The index of the last line of text (a crawl glues the page's tail to it), or None."""
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i].label == BODY), None)


def _split_off(lines: list[Line], at: int, cut: int, label: str, why: str) -> None:
    """Cut the line at `at` after character `cut`: what stands before stays as it was labelled, the rest (stripped) is a
    line of its own with `label`."""
    line = lines[at]
    text = line.text[:cut]
    lines[at] = Line(text=text, label=line.label, why=line.why, raw_index=line.raw_index, words=text.count(" ") + 1,
                     kind=line.kind)
    lines.insert(at + 1, Line(text=line.text[cut:].strip(), label=label, why=why, raw_index=line.raw_index, kind=line.kind))


def _cut_glued_dateline(lines: list[Line], result: CleanResult) -> None:
    """The credit, the page's date and the related headlines glued to the end of the last paragraph, cut off as lines of
    their own: a byline (its writers the authors when it reads as one), the date (`published`, unless the head gave
    one) and the related headlines (chrome)."""
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    found = _GLUED_DATELINE_RE.search(body.text, max(0, len(body.text) - GLUED_DATELINE_REACH))
    if found is None:
        return
    stamp = parse_stamp_line(found.group("stamp"))
    head = body.text[: found.start()]
    cut = max(head.rfind(". "), head.rfind(": "), head.rfind("? "), head.rfind("! "))
    credit = head[cut + 2 :].strip() if cut >= 0 else ""
    if stamp is None or cut < 0 or not credit or len(credit.split()) > GLUED_CREDIT_WORDS:
        return
    text = head[: cut + 1].rstrip()
    pieces = [Line(text=text, label=body.label, why=body.why, raw_index=body.raw_index,
                   words=text.count(" ") + 1, kind=body.kind),
              Line(text=credit, label=BYLINE, why="credit glued to the text", raw_index=body.raw_index, kind=body.kind),
              Line(text=found.group("stamp"), label=META if result.published is None else CHROME,
                   why="date glued to the text", raw_index=body.raw_index, stamp=stamp, kind=body.kind)]
    if found.group("related"):
        pieces.append(Line(text=found.group("related"), label=CHROME, why="related headlines glued to the text",
                           raw_index=body.raw_index, kind=body.kind))
    lines[last : last + 1] = pieces
    if result.published is None:
        result.published = stamp.iso
    writers, dash, _site = credit.rpartition(" - ")
    # the writers before the site's name (`Tiểu Lam - Thể thao Việt Nam`, `Đình Viên, Duy Anh - …`): names of a few
    # capitalised syllables; not a caption run into them (`Tài năng của Joel Matip Xú - …`), whose words cannot be told
    # from the writer's
    names = [name.strip() for name in writers.split(",")]
    if dash and all(1 <= len(name.split()) <= GLUED_WRITER_WORDS and all(w[:1].isupper() for w in name.split())
                    for name in names):
        result.authors.extend(names)


# The paper's word to its readers or a teaser that a flattened crawl glues to the end of the last paragraph (`… Mọi phản
# ánh, ý kiến, … có thể gửi cho chúng tôi theo địa chỉ: Email: … Hotline: …`, `… => XEM THÊM: <headline>`, `Mời độc giả
# đón đọc phần tiếp theo …`): the chrome table's notices and teasers, read on the paragraph's tail from a capitalised word
# on; a byline after the teaser's headline is the page's. (Not a paper's slogan after the byline, `Báo Gia đình và Xã
# hội cập nhật tin tức …`, which dev's gold d021 keeps in the body.)
GLUED_NOTICE_KINDS = frozenset({"notice", "teaser"})
# The first words the chrome table's notices and teasers open on (its `notice` and `teaser` rules).
GLUED_NOTICE_OPENERS = ("xem", "đọc", "tin", "bài", "mời", "mọi", "bạn", "quý", "độc giả", "*")
GLUED_NOTICE_REACH = 420
_GLUED_NOTICE_START_RE = re.compile(r"(?<=\s)(?=[^\W\d_a-zđ]|[>=*])")


def _cut_glued_notice(lines: list[Line], result: CleanResult) -> None:
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    for start in _GLUED_NOTICE_START_RE.finditer(body.text, max(1, len(body.text) - GLUED_NOTICE_REACH)):
        if not body.text[start.start() : start.start() + 16].lstrip(">=*»›-– ").lower().startswith(GLUED_NOTICE_OPENERS):
            continue  # (the table is read only where a notice's or a teaser's first word stands: a tenth of the cost)
        tail = body.text[start.start() :].strip()
        found = match_chrome(tail)
        if found is None or found.kind not in GLUED_NOTICE_KINDS:
            continue
        if found.kind == "teaser" and len(re.split(r"[:>»›]+", tail, maxsplit=1)[-1].split()) < TEASER_MIN_WORDS:
            continue  # `Xem thêm: Việt Hòa`: a prompt before a byline, no headline
        text = body.text[: start.start()].rstrip()
        if len(text.split()) < GLUED_NOTICE_MIN_WORDS:
            return  # the line is the notice itself, or nearly
        # (a byline after the teaser's headline stays the page's: `>> Xem thêm: CLIP … linh dương Như Ý`)
        signed = split_glued_byline(tail)
        lines[last] = Line(text=text, label=body.label, why=body.why, raw_index=body.raw_index,
                           words=text.count(" ") + 1, kind=body.kind)
        lines.insert(last + 1, Line(text=signed[0] if signed else tail, label=CHROME, why="notice glued to the text",
                                    raw_index=body.raw_index, kind=body.kind))
        if signed is not None:
            lines.insert(last + 2, Line(text=tail[len(signed[0]) :].strip(), label=BYLINE, why="byline after a glued notice",
                                        raw_index=body.raw_index, kind=body.kind))
            result.authors.extend(signed[1].names)
        return


GLUED_NOTICE_MIN_WORDS = 8  # what stays before the notice is a paragraph
TEASER_MIN_WORDS = 4  # a teaser's headline after its prompt


# A teaser a flattened crawl leaves inside a paragraph, between two sentences (`… bỏ thuốc lá. >> Xem thêm: Vén màn bí
# ẩn về … khi mới 5 tuổi Trước khi bị hôn mê, bà mẹ …`, `=>> XEM THÊM: <headline>`, `>>> Mời quý độc giả xem video:
# <title> (Nguồn: AMN) Trong diễn biến …`): the prompt says another page's headline follows; the headline carries no stop,
# so it ends where the next sentence opens, on a word that opens sentences (MEASURED_SENTENCE_OPENERS) or after a `?` or `!`.
# Over the 35,440 baomoi articles 125 prompts stand inside a paragraph after a stop; the headline's end is found for 30
# (24 texts), all read: the headline and nothing of the next sentence; the rest (the next sentence opens on a name or a
# noun: `… Đông Nam Á Lệ phí trước bạ …`) stay in the text as they were. (Run after the last paragraph's tail is read:
# a teaser there may run into the byline, `… Theo Lê Phương (Khám phá)`, which that rule reads.)
_INNER_TEASER_RE = re.compile(
    r"(?<=[.!?…\"”’)])\s+(?:(?:>{2,}|=+>+|»)\s*)?"
    r"(?:Xem thêm|XEM THÊM|Mời (?:quý )?(?:độc giả|bạn đọc) xem(?: video| clip)?)\s*:\s*"
)
# Words that open a sentence far more often than they stand capitalised inside one (over the sentences of the 35,440
# baomoi articles: each opens at least 300 sentences, and at least nine in ten of its capitalised uses open one). A
# capitalised word among them, inside a stretch with no stop, is where a new sentence starts. (Measured, not chosen:
# `byline.SENTENCE_OPENERS` lists words that never open a name, body nouns such as `bộ`, `sở` among them, which stand
# capitalised inside headlines.)
MEASURED_SENTENCE_OPENERS = frozenset("""
    theo trong tuy sau ông các tôi một khi trước nhưng những đây nếu hiện ngoài tại với có nhiều cô vì đến chúng việc
    do bên còn để và dù về ảnh ngay cũng họ đó được sự cụ trên đặc thời như lúc cùng mặc chiều kết chị bởi mỗi giá qua
    mới thậm cả chiếc thực vào em tất số nguồn vậy hơn nó hôm cuối cho riêng khoảng nói nhận xe tiếp thấy chưa hãy bị
    đáng tính là nhìn mọi rất tàu video lần gần thay kể vợ nhờ bước dưới quá phải phía chia làm đã giờ vừa nạn rồi
    trận trả chẳng ví tên thật mình vấn giới độ cựu đúng nghe gió đoạn mức xem đi so tỷ bài đừng thêm cứ chồng mà cậu
    tới đôi nên hầu thí động bức hay bây cảm ngược biết ít phút liệu màn lời vài loại chắc rõ buổi sẽ chú
""".split())
_NON_SPACE_RUN_RE = re.compile(r"\S+")
INNER_TEASER_MIN_WORDS = 3  # the headline's words before the next sentence may open
INNER_TEASER_MAX_WORDS = 40


def _inner_teaser_end(text: str, begin: int) -> int | None:
    """Where the next sentence opens after a teaser's headline starting at `begin`, or None when it cannot be told."""
    words = list(islice(_NON_SPACE_RUN_RE.finditer(text, begin), INNER_TEASER_MAX_WORDS + 1))
    for i, word in enumerate(words):
        token = word.group()
        if i >= INNER_TEASER_MIN_WORDS:
            before = words[i - 1].group()
            bare = token.lstrip("\"“‘'")  # (a bracket after the headline is its own: `(Nguồn: RT)`)
            if bare[:1].isupper() and (before[-1] in "?!" or (
                    bare.rstrip(",.:;").lower() in MEASURED_SENTENCE_OPENERS and not bare.isupper()
                    and not before.endswith(":") and (before.endswith(")") or not before.isupper()))):
                return word.start()
        if token[-1] in ".;" or token.endswith(("...", "…")):
            return None  # a stop before any opener: the headline's end is not where a sentence opens
    return None


def _cut_inner_teasers(lines: list[Line]) -> None:
    at = 0
    while at < len(lines):
        line = lines[at]
        found = _INNER_TEASER_RE.search(line.text) if line.label == BODY else None
        end = _inner_teaser_end(line.text, found.end()) if found else None
        if found is None or end is None:
            at += 1
            continue
        _split_off(lines, at, end, BODY, line.why)
        _split_off(lines, at, found.start(), CHROME, "teaser inside the text")
        at += 2


def _cut_glued_byline(lines: list[Line], result: CleanResult) -> None:
    """A byline glued to the end of the last paragraph (`… là điều hiển nhiên. Âu Giang`),
    as crawls that flatten the page leave it, is cut off as a line of its own, unless the
    page prints its byline on a line of its own further down."""
    last = _last_body(lines)
    if last is None or any(line.label == BYLINE for line in lines[last + 1 :]):
        return
    # the byline may follow a short line taken for a caption (the last sentence, or a
    # photo's caption in crawls that print it after the text)
    if last + 1 < len(lines) and lines[last + 1].label == CAPTION and _STRONG_END_RE.search(lines[last].text[-_TAIL:]):
        tail = split_glued_byline(lines[last + 1].text)
        if tail is not None:
            last += 1
    found = split_glued_byline(lines[last].text)
    if found is None:
        return
    text, byline = found
    body = lines[last]
    # the text keeps its label: a caption with the byline after it stays a caption
    lines[last] = Line(text=text, label=body.label, why=body.why, raw_index=body.raw_index,
                       words=text.count(" ") + 1, kind=body.kind)
    lines.insert(last + 1, Line(text=body.text[len(text) :].strip(), label=BYLINE, why="byline glued to the text",
                                raw_index=body.raw_index, kind=body.kind))
    result.authors.extend(byline.names)


# A gallery the last paragraph announces (`Một số hình ảnh tại buổi cưỡng chế:`, `Dưới đây là một số hình ảnh phóng viên
# ghi lại tại lễ hội:`, `Cùng xem thêm một số hình ảnh tại sự kiện:`): what follows the colon is its photos' captions,
# printed after the article as the crawl flattens it. The announcing sentence stays the text's. Over the 35,440 baomoi
# articles 215 last lines hold such a sentence: 141 with up to 400 characters after it, 45 up to 800, 29 more; 25 read,
# all captions (a few with a byline after them, which the byline reader then takes). Not a video's or a clip's (`Xem
# video:`), which the article goes on after. None over seeds, dev and dev2 v001-040; the audits' annotators label such
# captions `C` (audit51 a015, audit61 a039).
GALLERY_NOUNS = ("hình ảnh", "bức ảnh", "ảnh", "khoảnh khắc")
GALLERY_OPENERS = ("một số", "những", "dưới đây là", "dưới đây là một số", "dưới đây là những", "sau đây là",
                   "sau đây là một số", "sau đây là những")
GALLERY_VIEW_VERBS = ("xem", "ngắm", "chiêm ngưỡng")
# A demonstrative after the noun points back to moments the text told (`Những khoảnh khắc ấy thật sự xúc động và đúng như
# câu nói: Quyền huynh thế phụ. Giờ đây, …`, a quotation going on): no gallery follows. 1 of the 204 last lines of the
# 35,440 baomoi articles that announce one, that quotation.
GALLERY_NOT_AFTER = ("ấy", "đó", "này", "kia")
GALLERY_TAIL_CHARS = 1600
GALLERY_SENTENCE_CHARS = 160  # the announcing sentence before the captions: its opener, up to 80 characters, its colon
_GALLERY_RE = re.compile(
    r"(?:(?<=[.!?…”\")])\s+|^)(?:(?:Cùng|Mời (?:bạn đọc|độc giả|quý vị)|Hãy) )?(?:(?i:" + "|".join(GALLERY_VIEW_VERBS)
    + r")(?: lại| thêm)?(?: một số| những| các| loạt)?|(?i:" + "|".join(sorted(GALLERY_OPENERS, key=len, reverse=True))
    + r")) (?:" + "|".join(GALLERY_NOUNS) + r")(?!\w)(?!\s+(?:" + "|".join(GALLERY_NOT_AFTER) + r")(?!\w))[^.:!?()]{0,80}:")


def _cut_gallery(lines: list[Line]) -> None:
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    # (the announcing sentence stands in the line's last characters: only they are read, and only where a photo's word is)
    start = max(0, len(body.text) - GALLERY_TAIL_CHARS - GALLERY_SENTENCE_CHARS)
    if "ảnh" not in body.text[start:]:  # (`hình ảnh`, `bức ảnh`, `khoảnh khắc`)
        return
    announced = list(_GALLERY_RE.finditer(body.text, start))
    if not announced:
        return
    found = announced[-1]
    tail = body.text[found.end() :].strip()
    if not tail or len(tail) > GALLERY_TAIL_CHARS or len(body.text[: found.start()].split()) < GLUED_NOTICE_MIN_WORDS:
        return
    _split_off(lines, last, found.end(), CAPTION, "a gallery's captions")


# A teaser for another page's clip glued after the last sentence (`… không dôi dư. Video: Xe công chây ì, bất chấp quy
# định cấm dừng đỗ ở sân bay`, `… huy chương đồng. Clip: Lê Thanh Bình ghi bàn đẹp mắt vào lưới Thái Lan`): the label,
# then a headline running to the line's end with no sentence end in it (a question's mark or a colon may close it). Over
# the 35,440 baomoi articles 78 last lines end so; 12 read, 12 a related clip's headline (6 with the writer's name
# after it, which stays unread in the cut piece, as it was unread in the text). audit63 a027's annotator labels one `X`.
VIDEO_TEASER_CHARS = 200
VIDEO_LABEL_CHARS = 20  # the label and the spaces around it, read before the headline's characters
_VIDEO_TEASER_RE = re.compile(r"(?<=[.!?…”\")])\s+(?:" + "|".join(VIDEO_CAPTION_LABELS) + r")\s*:\s*[^.!?…]{5,"
                              + str(VIDEO_TEASER_CHARS) + r"}[?:!]?$")


def _cut_video_teaser(lines: list[Line]) -> None:
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    teaser = _VIDEO_TEASER_RE.search(body.text, max(0, len(body.text) - VIDEO_TEASER_CHARS - VIDEO_LABEL_CHARS))
    if teaser is None or len(body.text[: teaser.start()].split()) < GLUED_NOTICE_MIN_WORDS:
        return
    _split_off(lines, last, teaser.start(), CHROME, "a clip's teaser")


# Related pages' headlines glued after the last sentence, each led by `>>` or `>>>` (`… chưa nấu chín. >>Thủ tướng chuyển
# lời nói thành hành động, …`, `… nói trên. >> Sốc xem clip … >> Đuổi việc 2 cô giáo …`, an advertiser's `>> Xem điểm bán
# sản phẩm … TẠI ĐÂY >> Tổng đài …`): from the first mark to the line's end, no sentence ending inside. Over the 35,440
# baomoi articles 57 last lines end so (9 lose a related headline's figure: `hơn 1,5 triệu USD`, `12 dự án yếu kém`); 40
# read, 40 headlines or an advertiser's links (6 with the writer's name after them, which stays unread in the cut piece,
# as it was unread in the text). audit63 a004's annotator labels one `X`.
RELATED_LINKS_CHARS = 400
_RELATED_MARK_RE = re.compile(r"(?<=[.!?…”\")])\s*>{2,}")
_INNER_STOP_RE = re.compile(r"[.!?…][\"”’']?\s(?!\s*>>)")  # (a headline's own mark before the next link is none)


def _cut_related_links(lines: list[Line]) -> None:
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    for mark in _RELATED_MARK_RE.finditer(body.text, max(0, len(body.text) - RELATED_LINKS_CHARS)):
        if _INNER_STOP_RE.search(body.text, mark.end()) is None:
            if len(body.text[: mark.start()].split()) >= GLUED_NOTICE_MIN_WORDS:
                _split_off(lines, last, mark.start(), CHROME, "related pages' headlines")
            return


# The news agencies' end mark (`./.`, TTXVN's and VOV's) closes the article: a short piece after it on the last line of
# text is the page's, a photo's caption, a teaser, a `Xem thêm:` prompt, a channel's name (`… tránh sai sót./. Xem thêm:`,
# `… minh bạch./. Ông X, Phó Cục trưởng … lý giải về điều kiện thanh lý ôtô.`, `./. >>> Triều Tiên chỉ trích …`). Over the
# 35,440 baomoi articles 3,434 texts hold the mark on their last line; after it, 3,197 nothing, 177 up to this many
# characters (25 read: captions, teasers, prompts, bylines the byline reader takes first), 60 more (a box or a list the
# page prints after the article, kept).
END_MARK = "./."
END_MARK_TAIL_CHARS = 150


def _cut_after_end_mark(lines: list[Line]) -> None:
    last = _last_body(lines)
    if last is None:
        return
    body = lines[last]
    at = body.text.rfind(END_MARK)
    tail = body.text[at + len(END_MARK) :].strip() if at >= 0 else ""
    if not tail or len(tail) > END_MARK_TAIL_CHARS or len(body.text[:at].split()) < GLUED_NOTICE_MIN_WORDS:
        return
    _split_off(lines, last, at + len(END_MARK), CHROME if match_chrome(tail) is not None else CAPTION, "after the end mark")


def _is_last_text_line(lines: list[Line], at: int) -> bool:
    """Is `at` the page's last line but for the site's chrome?"""
    return all(line.chrome is not None for line in lines[at + 1 :])


def _prose_follows(lines: list[Line], begin: int) -> bool:
    """Is there more prose before the comment box, the footer or the end of the page?"""
    for line in lines[begin:]:
        if line.chrome is not None and line.chrome.role in ("end", "related"):
            return False
        if _is_prose(line):
            return True
    return False
