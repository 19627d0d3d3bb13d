"""The words of two or more syllables that underthesea's word segmenter knows (its model's dictionary), read from the
installed package's file without importing underthesea (whose import loads its models and takes seconds).

Kept out of the modules mypyc compiles (setup.py): it reads a pickle at first use."""

from __future__ import annotations

import importlib.util
import pickle
from functools import cache
from pathlib import Path

# The segmenter's dictionary, relative to the underthesea package.
DICTIONARY_GLOB = "pipeline/word_tokenize/models/ws_crf_*/dictionary.bin"


@cache
def compound_words() -> frozenset[str]:
    """Lower-case words of several syllables joined by single spaces (`vi phạm`, `nhu cầu`, `cầu thủ`); empty when
    underthesea or its dictionary cannot be found or read, so that callers fall back to reading without it."""
    try:
        spec = importlib.util.find_spec("underthesea")
        if spec is None or not spec.submodule_search_locations:
            return frozenset()
        found = sorted(Path(next(iter(spec.submodule_search_locations))).glob(DICTIONARY_GLOB))
        if not found:
            return frozenset()
        with found[-1].open("rb") as f:
            words = pickle.load(f)  # (the installed package's own file, which underthesea loads the same way)
    except Exception:  # a package laid out otherwise, a file of another format: read without it
        return frozenset()
    if not isinstance(words, (set, frozenset)):
        return frozenset()
    return frozenset(w for w in words if isinstance(w, str) and " " in w)
