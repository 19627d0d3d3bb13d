"""The one adapter around underthesea: sentences and words, loaded once, only when needed.

underthesea is imported on first use, never at module import, so that `vnmeet --help`
and `vnmeet process --no-tokenize` stay fast. Its import adds a handler to the root
logger; that handler is removed again so that our own logging setup stays in charge.

Word segmentation calls underthesea's own pieces rather than `word_tokenize`: the same
regex tokenizer, token normaliser and CRF model, but with the per-token normalisation
cached (a news corpus repeats its tokens endlessly; underthesea recomputes each one every
time). The output is identical to `word_tokenize` (a test holds it to that); if
underthesea's internals ever move, the public function is used instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_BOUNDARY_RE = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?(\w))")


class Tokenizer:
    """Sentence and word segmentation with underthesea's CRF models."""

    def __init__(self) -> None:
        self._sent: Callable[[str], list[str]] | None = None
        self._word: Callable[[str], list[str]] | None = None

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
        self._word = _fast_word_tokenize() or (lambda s: list(word_tokenize(s)))

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


def _fast_word_tokenize() -> Callable[[str], list[str]] | None:
    try:
        import underthesea.pipeline.word_tokenize as ws
        from underthesea.pipeline.text_normalize.token_normalize import token_normalize
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
    except ImportError:
        return None
    ws.word_tokenize("khởi động")  # loads the CRF model into the module
    model: Any = getattr(ws, "word_tokenize_model", None)
    if model is None or not hasattr(model, "predict"):
        return None
    normalize = lru_cache(maxsize=1 << 18)(token_normalize)

    def segment(sentence: str) -> list[str]:
        tokens = [normalize(token) for token in tokenize(sentence, use_token_normalize=False)]
        tags = model.predict([[token] for token in tokens])
        words: list[str] = []
        for tag, token in zip(tags, tokens, strict=False):
            if tag == "I-W" and words:
                words[-1] = words[-1] + " " + token
            else:
                words.append(token)
        return words

    return segment


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
