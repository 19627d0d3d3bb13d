"""The one adapter around underthesea: sentences and words, loaded once, only when needed.

underthesea is imported on first use, never at module import, so that `vnmeet --help`
and `vnmeet process --no-tokenize` stay fast. Its import adds a handler to the root
logger; that handler is removed again so that our own logging setup stays in charge.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

_BOUNDARY_RE = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?(\w))")


class Tokenizer:
    """Sentence and word segmentation with underthesea's CRF models."""

    def __init__(self) -> None:
        self._sent: Callable[[str], list[str]] | None = None
        self._word: Callable[..., Any] | None = None

    def load(self) -> None:
        """Load underthesea and its models now (before forking workers, say)."""
        if self._word is None:
            self._load()
            assert self._word is not None
            self._word("khởi động")  # the CRF model is read on the first call

    def _load(self) -> None:
        root = logging.getLogger()
        before = list(root.handlers)
        from underthesea import sent_tokenize, word_tokenize

        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
        self._sent, self._word = sent_tokenize, word_tokenize

    def sentences(self, paragraphs: list[str]) -> list[str]:
        # sent_tokenize never splits on newlines, so paragraphs go in one at a time.
        if self._sent is None:
            self._load()
        assert self._sent is not None
        out: list[str] = []
        for paragraph in paragraphs:
            out.extend(s.strip() for s in self._sent(paragraph) if s.strip())
        return out

    def words(self, sentence: str) -> list[str]:
        if self._word is None:
            self._load()
        assert self._word is not None
        return [token.replace(" ", "_") for token in self._word(sentence)]


def split_sentences(paragraphs: list[str]) -> list[str]:
    """A rule splitter for `--no-tokenize` runs: after . ! ? … before a capital or digit."""
    out: list[str] = []
    for paragraph in paragraphs:
        start = 0
        for m in _BOUNDARY_RE.finditer(paragraph):
            if m.group(1).isupper() or m.group(1).isdigit():
                out.append(paragraph[start : m.start()].strip())
                start = m.end()
        out.append(paragraph[start:].strip())
    return [s for s in out if s]
