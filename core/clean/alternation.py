"""A regular expression for a list of words, written as a prefix tree.

Python's regex engine tries the branches of an alternation one after the other: at every
place a search looks, `january|jan|janvier|…` costs a try for each of the 240 month names.
Written as a prefix tree (`j(?:an(?:uar(?:y|i)?|…)?|…)`), one branch a character is tried,
and the pattern is a fraction of the length to compile. It matches what the alternation
sorted longest first matches, and prefers the same (the longest word that lets the rest of
the pattern match): the branches after a shared prefix start with different characters, so
at most one of them can go on, and an optional ending is tried before stopping short.
"""

from __future__ import annotations

import re


def trie_pattern(words: frozenset[str] | set[str], ignore_case: bool = False) -> str:
    """A non-capturing pattern matching exactly `words` (an empty set gives ""). With
    `ignore_case` (for a pattern compiled with re.IGNORECASE), characters that match each
    other under it (`i` and Turkish `ı`) share one branch, so that branches still start
    with characters no text character matches two of."""
    return _trie(frozenset(words), _case_classes(words) if ignore_case else {})


def _case_classes(words: frozenset[str] | set[str]) -> dict[str, str]:
    """Each character of `words` mapped to the first (in sorted order) of those that match
    it under re.IGNORECASE; characters in no such pair are left out."""
    chars = sorted({ch for word in words for ch in word})
    canonical: dict[str, str] = {}
    for i, ch in enumerate(chars):
        if ch in canonical:
            continue
        pattern = re.compile(re.escape(ch), re.IGNORECASE)
        for other in chars[i + 1 :]:
            if other not in canonical and pattern.fullmatch(other):
                canonical[other] = ch
    return canonical


def _trie(words: frozenset[str], canonical: dict[str, str]) -> str:
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(canonical.get(word[0], word[0]), set()).add(word[1:])
    branches = [re.escape(head) + _trie(frozenset(tails), canonical) for head, tails in sorted(heads.items())]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 and "" not in words else f"(?:{'|'.join(branches)})"
    return group + ("?" if "" in words else "")
