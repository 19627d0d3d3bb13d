"""The stages in order: Document → decoded → cleaned Article → tokenised → extracted → keyed.

Each stage is a plain function over one record type, testable alone. `process_document`
chains them and turns any bad input into a `Reject` with a reason; it never raises on
the content of a file.
"""

from __future__ import annotations

import codecs
import dataclasses
import logging
import time
import unicodedata
from typing import TYPE_CHECKING

from core import regex_cache

# The cleaning rules compile their patterns as they are imported: served from the compiled forms
# kept between runs (core/regex_cache.py), inside this block only.
with regex_cache.serving():
    from core.clean.entities import decode_references
    from core.clean.lines import CleanResult, classify_lines
    from core.clean.markdown import strip_markdown
    from core.clean.unwrap import unwrap_lines
    from core.config import NOT_VIETNAMESE_BELOW, RunConfig
    from core.decode import DecodeError, declared_charset, decode_bytes
    from core.legacy import apply_repair, repair_text
    from core.normalize import language_signals, normalize_line
    from core.record import Article, Document, Quality, Reject
    from core.tokenize import Tokenizer, is_bracketed_headline, split_sentences

if TYPE_CHECKING:
    from core.clean.html import Page

log = logging.getLogger("vnmeet.pipeline")


def decode_document(doc: Document) -> Document | Reject:
    try:
        declared = declared_charset(doc.payload) if doc.format == "html" else None
        decoded = decode_bytes(doc.payload, declared, repair=doc.format != "html")
    except DecodeError as exc:
        return Reject(doc.path, exc.reason, exc.detail)
    doc.text, doc.encoding = decoded.text, decoded.encoding
    doc.warnings.extend(decoded.warnings)
    return doc


def clean_document(doc: Document, keep_tone: bool = False) -> tuple[Article, CleanResult] | Reject:
    page = _read_page(doc) if doc.format == "html" else None
    raw, styles = (page.text, []) if page is not None else _plain_text(doc.text)
    cleaned = classify_lines(raw, keep_tone=keep_tone, kinds=page.kinds if page is not None else None)
    cleaned.warnings.extend(styles)
    if page is not None:  # the page's own markup first, the lines' reading second
        with regex_cache.serving():
            from core.clean.html_lines import relabel

        relabel(cleaned, page.title, page.links, keep_tone, page.images)
        cleaned.title = normalize_line(page.title, keep_tone) if page.title else cleaned.title
        cleaned.published = page.published or cleaned.published
        cleaned.section = normalize_line(page.section, keep_tone) if page.section else cleaned.section
        marked = [normalize_line(a, keep_tone) for a in page.authors]
        # A byline line whose names the markup lists apart (`<a>A</a><a>B</a>` read as one
        # name `A B`) adds no author of its own.
        cleaned.authors = _unique([*marked, *(a for a in cleaned.authors if sum(m in a for m in marked if m != a) < 2)])
        cleaned.captions = _unique([normalize_line(c, keep_tone) for c in page.captions] + cleaned.captions)
    if not cleaned.paragraphs:
        return Reject(doc.path, "no_body", "no paragraph of prose left after cleaning")
    text = "\n".join(cleaned.paragraphs)
    kept = sum(1 for line in cleaned.lines if line.label == "B")
    ratio, language = language_signals(text)
    if language < NOT_VIETNAMESE_BELOW:
        cleaned.warnings.append("not_vietnamese")
    article = Article(
        path=doc.path,
        sha256=doc.sha256,
        bytes=len(doc.data),
        format=doc.format,
        encoding=doc.encoding,
        title=cleaned.title,
        published=cleaned.published,
        section=cleaned.section,
        authors=_unique(cleaned.authors),
        text=text,
        captions=cleaned.captions,
        quality=Quality(
            chars_in=len(doc.text),
            chars_out=len(text),
            lines_removed=len(cleaned.lines) - kept,
            vietnamese_ratio=ratio,
            vietnamese_words=language,
            warnings=_unique([*doc.warnings, *cleaned.warnings]),
        ),
    )
    return article, cleaned


def _plain_text(text: str) -> tuple[str, list[str]]:
    """A plain-text dump as the line cleaner reads it, and the warnings that say what was
    undone: folded lines joined (first: the folder counted the characters as written),
    HTML character references decoded, Markdown's marks taken off."""
    styles = []
    text, width = unwrap_lines(text)
    if width is not None:
        styles.append("hard_wrapped")
    text, references = decode_references(text)
    if references:
        styles.append("html_entities")
    text, markdown = strip_markdown(text)
    if markdown:
        styles.append("markdown")
    return text, styles


def _read_page(doc: Document) -> Page:
    """The page's article region and metadata, then the text-level repair (legacy fonts,
    double UTF-8) that plain text gets at decoding, applied to what the page says."""
    # (the HTML reader and its selectolax parser are loaded on the first page: a folder of
    # plain-text dumps never pays for them)
    with regex_cache.serving():
        from core.clean.html import html_to_text

    utf8 = doc.encoding == "utf-8" and not doc.payload.startswith(codecs.BOM_UTF8)
    page = html_to_text(doc.payload if utf8 else doc.text)  # decoding checked the bytes
    doc.container = page.container
    page.text = unicodedata.normalize("NFC", page.text)
    repaired = repair_text(page.text)
    if repaired.encoding is not None or repaired.warnings:
        page.text = repaired.text
        page.title, page.section = (apply_repair(v, repaired) if v else v for v in (page.title, page.section))
        page.authors = [apply_repair(v, repaired) for v in page.authors]
        page.captions = [apply_repair(v, repaired) for v in page.captions]
        doc.encoding = repaired.encoding or doc.encoding
        doc.warnings.extend(repaired.warnings)
        if len(page.kinds or page.links or page.images) != page.text.count("\n") + 1:  # lines joined or split
            page.kinds, page.links, page.images = [], [], []
    return page


def tokenize_article(article: Article, tokenizer: Tokenizer | None) -> Article:
    paragraphs = article.text.split("\n")
    if tokenizer is None:
        article.sentences = split_sentences(paragraphs)
        return article
    article.sentences, article.tokens = tokenizer.segment(paragraphs)
    return article


# The warning an extractor's exception leaves (`meeting_error:NameError`); the run
# summary counts these (`extract_errors`) and the test suite fails on any.
EXTRACT_ERROR = "_error"


def extract_fields(article: Article) -> Article:
    """Statistics and meeting; an extractor failure costs the field, never the record,
    and is reported: a warning on the record, a count in the run summary."""
    from core.extract import extract_meeting, extract_statistics

    # Another article's headline set in brackets between two paragraphs is read as no sentence: blank where statistics
    # keep their sentence's index, left out where the meeting rules count the lead's sentences.
    sentences = article.sentences
    headlines = [is_bracketed_headline(s) for s in sentences] if any(s[:1] == "[" for s in sentences) else None
    try:
        read = sentences if headlines is None else ["" if h else s for s, h in zip(sentences, headlines, strict=True)]
        article.statistics = extract_statistics(read)
    except Exception as exc:  # a bug in a rule must not lose the article
        article.quality.warnings.append(f"statistics{EXTRACT_ERROR}:{type(exc).__name__}")
    try:
        article.meeting = extract_meeting(article if headlines is None else dataclasses.replace(
            article, sentences=[s for s, h in zip(sentences, headlines, strict=True) if not h]))
    except Exception as exc:
        article.quality.warnings.append(f"meeting{EXTRACT_ERROR}:{type(exc).__name__}")
    return article


def assign_keys(article: Article) -> Article:
    """The keys that group records across articles (core/keys.py), from the extracted
    fields: the meeting's organizer, each person, each statistic's label."""
    # Imported on first need, as the extraction rules are: a run over pages in other
    # languages (never extracted) does not compile their patterns.
    with regex_cache.serving():
        from core.keys import label_key, organizer_key, person_key

    meeting = article.meeting
    if meeting is not None:
        meeting.organizer_key = organizer_key(meeting.organizer)
        for person in (*meeting.chairs, *meeting.attendees):
            person.key = person_key(person.name)
    for statistic in article.statistics:
        statistic.label_key = label_key(statistic.label)
    return article


def process_document(
    doc: Document, config: RunConfig, tokenizer: Tokenizer | None
) -> Article | Reject:
    if log.isEnabledFor(logging.DEBUG):
        return _process_logged(doc, config, tokenizer)
    decoded = decode_document(doc)
    if isinstance(decoded, Reject):
        return decoded
    cleaned = clean_document(decoded, keep_tone=config.keep_tone)
    if isinstance(cleaned, Reject):
        return cleaned
    return _finish(cleaned[0], config, tokenizer)


def _finish(article: Article, config: RunConfig, tokenizer: Tokenizer | None) -> Article | Reject:
    if article.quality.vietnamese_words < config.min_vietnamese:
        return Reject(article.path, "not_vietnamese",
                      f"{article.quality.vietnamese_words:.3f} of the words are written with Vietnamese letters "
                      f"(--min-vietnamese {config.min_vietnamese:g})")
    tokenize_article(article, tokenizer)
    if "not_vietnamese" in article.quality.warnings:
        return article  # the meeting and statistics rules read Vietnamese: on other text they invent
    return assign_keys(extract_fields(article))


def _process_logged(doc: Document, config: RunConfig, tokenizer: Tokenizer | None) -> Article | Reject:
    """`process_document` with what `vnmeet -v` shows: the encoding, the HTML container,
    the reject's reason and each stage's time (the clock is read only when asked)."""
    times: list[str] = []
    started = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        times.append(f"{stage} {1000 * (now - started):.2f} ms")
        started = now

    decoded = decode_document(doc)
    lap("decode")
    if isinstance(decoded, Reject):
        log.debug("%s: rejected at decoding: %s (%s)", doc.path, decoded.reason, decoded.detail)
        return decoded
    log.debug("%s: %s, encoding %s%s", doc.path, doc.format, doc.encoding,
              f" ({', '.join(doc.warnings)})" if doc.warnings else "")
    cleaned = clean_document(decoded, keep_tone=config.keep_tone)
    lap("clean")
    if isinstance(cleaned, Reject):
        log.debug("%s: rejected at cleaning: %s (%s)", doc.path, cleaned.reason, cleaned.detail)
        return cleaned
    article, lines = cleaned
    if doc.container:
        log.debug("%s: HTML article read from %s", doc.path, doc.container)
    if article.quality.vietnamese_words < config.min_vietnamese:
        return _finish(article, config, tokenizer)
    tokenize_article(article, tokenizer)
    lap("tokenize" if tokenizer is not None else "sentences")
    if "not_vietnamese" not in article.quality.warnings:
        assign_keys(extract_fields(article))
    lap("extract")
    log.debug("%s: %d lines, %d paragraphs, %d sentences, meeting %s, %d statistics; %s", doc.path,
              len(lines.lines), article.text.count("\n") + 1, len(article.sentences),
              article.meeting.kind if article.meeting else "none", len(article.statistics), ", ".join(times))
    return article


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def inspect_document(
    doc: Document, config: RunConfig, tokenizer: Tokenizer | None
) -> tuple[Article | Reject, CleanResult | None]:
    """Like `process_document`, but also returns the labelled lines (for `vnmeet show`)."""
    decoded = decode_document(doc)
    if isinstance(decoded, Reject):
        return decoded, None
    cleaned = clean_document(decoded, keep_tone=config.keep_tone)
    if isinstance(cleaned, Reject):
        page = _read_page(decoded).text if decoded.format == "html" else _plain_text(decoded.text)[0]
        return cleaned, classify_lines(page, keep_tone=config.keep_tone)
    return _finish(cleaned[0], config, tokenizer), cleaned[1]
