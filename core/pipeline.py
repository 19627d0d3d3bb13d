"""The stages in order: Document → decoded → cleaned Article → tokenised → extracted.

Each stage is a plain function over one record type, testable alone. `process_document`
chains them and turns any bad input into a `Reject` with a reason; it never raises on
the content of a file.
"""

from __future__ import annotations

from core.clean.html import html_to_text
from core.clean.lines import CleanResult, classify_lines
from core.config import RunConfig
from core.decode import DecodeError, declared_charset, decode_bytes
from core.normalize import normalize_line, vietnamese_ratio
from core.record import Article, Document, Quality, Reject
from core.tokenize import Tokenizer, split_sentences


def decode_document(doc: Document) -> Document | Reject:
    try:
        declared = declared_charset(doc.payload) if doc.format == "html" else None
        decoded = decode_bytes(doc.payload, declared)
    except DecodeError as exc:
        return Reject(doc.path, exc.reason, exc.detail)
    doc.text, doc.encoding = decoded.text, decoded.encoding
    doc.warnings.extend(decoded.warnings)
    return doc


def clean_document(doc: Document, keep_tone: bool = False) -> tuple[Article, CleanResult] | Reject:
    page = html_to_text(doc.text) if doc.format == "html" else None
    raw = page.text if page is not None else doc.text
    cleaned = classify_lines(raw, keep_tone=keep_tone)
    if page is not None:
        cleaned.title = cleaned.title or (normalize_line(page.title, keep_tone) if page.title else None)
        cleaned.published = cleaned.published or page.published
    if not cleaned.paragraphs:
        return Reject(doc.path, "no_body", "no paragraph of prose left after cleaning")
    text = "\n".join(cleaned.paragraphs)
    kept = sum(1 for line in cleaned.lines if line.label == "B")
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
            vietnamese_ratio=vietnamese_ratio(text),
            warnings=[*doc.warnings, *cleaned.warnings],
        ),
    )
    return article, cleaned


def tokenize_article(article: Article, tokenizer: Tokenizer | None) -> Article:
    paragraphs = article.text.split("\n")
    if tokenizer is None:
        article.sentences = split_sentences(paragraphs)
        return article
    article.sentences, article.tokens = tokenizer.segment(paragraphs)
    return article


def extract_fields(article: Article) -> Article:
    """Statistics and meeting; an extractor failure costs the field, never the record."""
    from core.extract import extract_meeting, extract_statistics

    try:
        article.statistics = extract_statistics(article.sentences)
    except Exception as exc:  # a bug in a rule must not lose the article
        article.quality.warnings.append(f"statistics_error:{type(exc).__name__}")
    try:
        article.meeting = extract_meeting(article)
    except Exception as exc:
        article.quality.warnings.append(f"meeting_error:{type(exc).__name__}")
    return article


def process_document(
    doc: Document, config: RunConfig, tokenizer: Tokenizer | None
) -> Article | Reject:
    decoded = decode_document(doc)
    if isinstance(decoded, Reject):
        return decoded
    cleaned = clean_document(decoded, keep_tone=config.keep_tone)
    if isinstance(cleaned, Reject):
        return cleaned
    return extract_fields(tokenize_article(cleaned[0], tokenizer))


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
        page = html_to_text(decoded.text).text if decoded.format == "html" else decoded.text
        return cleaned, classify_lines(page, keep_tone=config.keep_tone)
    return extract_fields(tokenize_article(cleaned[0], tokenizer)), cleaned[1]
