"""An HTML page's lines, relabelled with what its markup says.

The line classifier reads a page as a plain dump: the head runs to the first line that
reads as prose, and a short line in the body without a sentence end is a caption. On a
plain dump that is the best guess; on an HTML page the markup has already said more:
captions came out of their own elements (`<figcaption>`, caption cells), the headline is
where `<h1>`/`og:title`/`<title>` put it, and the region is the article's container. So
inside the region, between the headline and the end of the article (a byline, a
comment box, the footer), a line the classifier kept out only for being short (a list
of dates, a table row, a `<br>`-separated line, a short paragraph, text in nested
`<div>`s) is the writer's, unless it is chrome (the shared table), a date stamp, a
credited caption or mostly link text (menus, tags, related-news items are links).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.clean.alternation import trie_pattern
from core.clean.html_dates import MONTH_NUMBERS
from core.clean.lines import BODY, BYLINE, CAPTION, CHROME, HEADLINE, CleanResult, Line
from core.clean.meta import CAPTION_PREFIX_RE, caption_text
from core.normalize import normalize_line

# The classifier's reasons for keeping a line out that only its length or place gave:
# the markup overrides these, and no others.
WEAK_REASONS = frozenset({"head", "headline", "short line in the body", "after the article",
                          "no prose on the page"})
MAX_LINK_SHARE = 0.5  # a line more than half link text is navigation, not the article's
MIN_ARTICLE_WORDS = 12  # a page without prose keeps its short text only from this many words
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese):
# a line in them counts a word every UNSPACED_CHARS_A_WORD letters, not at its few spaces.
_UNSPACED_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED_CHARS_A_WORD = 3
MIN_WORDS = 2  # a lone word outside a list item or subheading is a label (`Tags`, `Share`)
MAX_META_WORDS = 12  # a line this short holding a date is the page's date line, not text
# Month names as the datelines of foreign pages write them, in the languages html_dates.py
# reads (the Vietnamese date forms are the stamp parser's, in dates.py).
# Month abbreviations that are English words (`set 10`, `sold out 5`) are left out here,
# where a month and a day alone make a line a dateline.
AMBIGUOUS_MONTH_WORDS = frozenset({"set", "out", "ago", "gen", "mag"})
MONTHS = trie_pattern(set(MONTH_NUMBERS) - AMBIGUOUS_MONTH_WORDS, ignore_case=True)  # a prefix tree (alternation.py)
_DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:\d{{4}}|\d{{1,2}}:\d{{2}})|$)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?\d{{4}})(?!\w)", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
MAX_TIME_WORDS = 5  # a line this short holding a time of day is a dateline (`5:50 PM`, `Updated 9:41 AM`)
# How a byline or a picture credit opens in the languages of foreign pages Vietnamese
# users crawl (`By Jane Doe`, `© Reuters`); Vietnamese bylines are meta.py's.
_CREDIT_RE = re.compile(r"^(?:by|von|por|par|door|di|av)\s+\S|^(?:©|\(c\)|photo:|credit:)", re.IGNORECASE)
# Short lines that credit a source or point elsewhere (`Theo VnExpress`, `Nguồn video:
# YouTube`, `Xem thêm: …`, `Từ khóa: …`, `Read more`): 98 short lines over the 35,440 baomoi
# articles open so, all of 15 read were source or video credits.
POINTER_PREFIXES = ("xem thêm", "đọc thêm", "từ khóa", "từ khoá", "tag", "tags", "video", "nguồn", "theo",
                    "source", "read more", "see also", "related")
_POINTER_RE = re.compile(rf"^\(?\s*(?:{'|'.join(POINTER_PREFIXES)})\b", re.IGNORECASE)
MAX_POINTER_WORDS = 12
# A line of the body this much link text, and this short, is a link to another article set
# in the text (`Xem thêm: <a>headline</a>`, a related-news box), not the writer's sentence.
MIN_POINTER_LINK_SHARE = 0.95
MIN_LABELLED_LINK_SHARE = 0.6  # the same behind a pointer's label (`Xem thêm:`, `Đọc thêm`, `Read more`)
MAX_POINTER_LINE_WORDS = 30
MAX_CREDIT_WORDS = 8
# A box of other articles after the article: its heading, then link lines (titles).
MAX_TEASER_HEADING_WORDS = 10
TEASER_WINDOW = 6
TEASER_LINKS = 3
MIN_TEASER_TITLE_WORDS = 4
TEASER_BODY_SHARE = 0.6  # only once this share of the article's words stands above it
PROSE_RESUMES = 3  # paragraphs of prose right after a box: it stood inside the article
_SENTENCE_END_RE = re.compile(r"[.!?…:;][\"”’')\]]*$")


def relabel(result: CleanResult, title: str | None, links: Sequence[float], keep_tone: bool = False,
            images: Sequence[bool] = ()) -> None:
    """Relabel `result`'s lines in place (see the module's docstring) and recompute its
    paragraphs and captions. `links`: each raw line's link share (empty: no links);
    `images`: whether each raw line stands right under an image (empty: no image)."""
    lines = result.lines
    if not lines:
        return
    head_end = _headline_at(lines, title, keep_tone)
    headline = normalize_line(title, keep_tone) if title else None
    tail = _tail_start(lines, head_end)
    body_lines = sum(1 for line in lines if line.label == BODY)
    teasers = _teaser_list_at(lines, links, head_end, tail)
    for line in lines[teasers:tail]:
        line.label, line.why = CHROME, "teaser list after the article"
    tail = teasers
    if sum(1 for line in lines if line.label == BODY) != body_lines:
        result.paragraphs = [line.text for line in lines if line.label == BODY]
    # Below the last paragraph the article goes on only as long as its lines run on
    # unbroken (a list of dates, a table); the first line kept out there (a box's heading,
    # a link list, a date line) ends it.
    last_prose = max((i for i, line in enumerate(lines) if line.why == "prose"), default=len(lines))
    changed = False
    for i in range(head_end + 1, tail):
        line = lines[i]
        if line.label == BODY:
            continue
        promotable = line.why in WEAK_REASONS and line.text != headline and not (
            line.chrome is not None or line.stamp is not None or CAPTION_PREFIX_RE.match(line.text)
            or _is_label(line)
            or (links and line.raw_index < len(links) and links[line.raw_index] > MAX_LINK_SHARE)
            or (line.why == "short line in the body" and images and line.raw_index < len(images)
                and images[line.raw_index]))
        if not promotable:
            if i > last_prose:
                break
            continue
        line.label, line.why = BODY, "in the article's markup"
        changed = True
    if links:  # a paragraph that is all one link points to another article (`Xem thêm: …`, a related box)
        for line in lines[head_end + 1 : tail]:
            share = links[line.raw_index] if line.raw_index < len(links) else 0.0
            if line.label == BODY and line.words <= MAX_POINTER_LINE_WORDS and (
                    share >= MIN_POINTER_LINK_SHARE or (share >= MIN_LABELLED_LINK_SHARE and _POINTER_RE.match(line.text))):
                line.label, line.why = CHROME, "a link to another article"
                changed = True
    changed = _drop_dek(lines) or changed
    if not changed:
        return
    body = [line.text for line in lines if line.label == BODY]
    if not result.paragraphs and sum(map(_word_count, body)) < MIN_ARTICLE_WORDS:
        for line in lines:  # too little to be an article: as the classifier had it
            if line.why == "in the article's markup":
                line.label, line.why = CHROME, "no prose on the page"
        return
    result.paragraphs = body
    result.captions = [c for c in (caption_text(ln.text) for ln in lines if ln.label == CAPTION) if c]
    if "no_body" in result.warnings:
        result.warnings.remove("no_body")


MAX_DEK_LINES = 2  # a summary or a picture's caption above the byline: a line or two
DEK_META_WINDOW = 3  # the byline and dateline lines under it
MIN_PROSE_AFTER_DEK = 2  # the article's paragraphs that must follow


def _drop_dek(lines: list[Line]) -> bool:
    """A line or two of prose that open the text above the article's byline or dateline,
    with the article's paragraphs under them, are its summary or the caption of its
    picture (`Patrick W. Carlineo Jr., 55, faces up to 10 years … / Nov. 19, 2019, 8:41 AM
    / By Phil Helsel / A New York man pleaded guilty …`): they leave the text with the byline."""
    first = next((i for i, line in enumerate(lines) if line.label == BODY), None)
    if first is None:
        return False
    end = first
    while end < len(lines) and end - first < MAX_DEK_LINES and lines[end].label == BODY and lines[end].why == "prose":
        end += 1
    if end == first:
        return False
    meta, at = False, end
    while at < len(lines) and at - end < DEK_META_WINDOW and not (lines[at].label == BODY and lines[at].why == "prose"):
        line = lines[at]
        meta = meta or (line.words <= MAX_META_WORDS and _DATE_RE.search(line.text) is not None) or (
            line.words <= MAX_CREDIT_WORDS and _CREDIT_RE.match(line.text) is not None)
        at += 1
    after = [line for line in lines[at:] if line.label == BODY and line.why == "prose"]
    if not meta or len(after) < MIN_PROSE_AFTER_DEK:
        return False
    for line in lines[first:at]:
        if line.label == BODY:
            line.label, line.why = CHROME, "summary or caption above the byline"
    return True


def _word_count(text: str) -> int:
    words = len(text.split())
    if text.isascii():
        return words
    return max(words, len(_UNSPACED_RE.findall(text)) // UNSPACED_CHARS_A_WORD)


# The signature of a quoted post (an embedded tweet's `— Jane Doe (@janedoe) November 19,
# 2019`): part of the quotation, not the page's dateline.
_POST_SIGNATURE_RE = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)")


def _is_label(line: Line) -> bool:
    """A lone word, a date line, a credit or a pointer: the page's labels around the text."""
    if _POST_SIGNATURE_RE.match(line.text):
        return False
    words = line.words if line.text.isascii() else _word_count(line.text)
    if words < MIN_WORDS and not line.kind:
        return True
    if words <= MAX_META_WORDS and _DATE_RE.search(line.text):
        return True
    if words <= MAX_TIME_WORDS and _TIME_RE.search(line.text):
        return True
    if words <= MAX_POINTER_WORDS and _POINTER_RE.match(line.text):
        return True
    return words <= MAX_CREDIT_WORDS and _CREDIT_RE.match(line.text) is not None


def _linked(line: Line, links: Sequence[float]) -> bool:
    return bool(links) and line.raw_index < len(links) and links[line.raw_index] > MAX_LINK_SHARE


def _teaser_title(line: Line, links: Sequence[float]) -> bool:
    """A link line reading as another article's title (a shop's `Buy Now`, a bare address
    are links of the article's own)."""
    return line.words >= MIN_TEASER_TITLE_WORDS and _linked(line, links)


def _teaser_list_at(lines: list[Line], links: Sequence[float], head_end: int, tail: int) -> int:
    """Where a box of other articles starts after the article: a heading-like line (short,
    no sentence end, no link, no list item: `More From the Times`, `Tin cùng chuyên mục`)
    with a link line right under it (not a paragraph of prose, which makes it a subheading
    of the article's, whatever links follow) and TEASER_LINKS within TEASER_WINDOW lines, when most
    of the article's text stands above it. A box the article's prose resumes after (a
    `Don't miss` box inside the text) is labelled and passed over. `tail` when none."""
    body_words = [line.words if line.label == BODY else 0 for line in lines]
    total = sum(body_words[head_end + 1 : tail])
    above = 0
    i = head_end + 1
    while i < tail:
        line = lines[i]
        if (above >= TEASER_BODY_SHARE * total and line.words <= MAX_TEASER_HEADING_WORDS and line.kind != "li"
                and not _SENTENCE_END_RE.search(line.text) and not _linked(line, links)
                and any(_teaser_title(ln, links) for ln in lines[i + 1 : min(i + 3, tail)])
                # a paragraph of prose right under it: the heading is the article's own subheading
                and (_teaser_title(lines[i + 1], links) or lines[i + 1].why not in ("prose", "long line"))):
            window = lines[i + 1 : min(i + 1 + TEASER_WINDOW, tail)]
            if sum(1 for ln in window if _teaser_title(ln, links)) >= TEASER_LINKS:
                last = i + 1
                while last + 1 < tail and _linked(lines[last + 1], links):
                    last += 1
                # The article resumes after the box: PROSE_RESUMES paragraphs, or fewer that run
                # on to its end (the tail, or its byline).
                run = last + 1
                while run < tail and run - last - 1 < PROSE_RESUMES and lines[run].why in ("prose", "long line"):
                    run += 1
                prose = run - last - 1
                if not (prose == PROSE_RESUMES or (prose and (run >= tail or lines[run].label == BYLINE))):
                    return i
                for ln in lines[i : last + 1]:
                    ln.label, ln.why = CHROME, "box of other articles"
                i = last + 1
                continue
        above += body_words[i]
        i += 1
    return tail


def _headline_at(lines: list[Line], title: str | None, keep_tone: bool) -> int:
    """The index of the headline's line: the one the markup's headline names, else the
    classifier's, else -1 (the region starts below the headline)."""
    if title:
        wanted = normalize_line(title, keep_tone)
        # The page puts the markup's headline above its region when the region lacks it:
        # not found, the classifier's headline is a line of the region taken for one.
        named = [i for i, line in enumerate(lines) if line.text == wanted]
        first_prose = next((i for i, line in enumerate(lines) if line.why == "prose"), len(lines))
        # A breadcrumb's last crumb may repeat the headline above it: the last one above the text.
        above = [i for i in named if i < first_prose]
        return above[-1] if above else (named[0] if named else -1)
    return next((i for i, line in enumerate(lines) if line.label == HEADLINE and line.why == "headline"), -1)


def _tail_start(lines: list[Line], head_end: int) -> int:
    """Where the article ends: the first byline or closing chrome (comment box, footer)
    after the headline and after some of the article's text."""
    seen_body = False
    for i in range(head_end + 1, len(lines)):
        line = lines[i]
        if line.label == BODY:
            seen_body = True
        elif seen_body and (line.label == BYLINE or (line.chrome is not None and line.chrome.role == "end")):
            return i
    return len(lines)
