"""Extraction stages: the meeting an article reports and the statistics it quotes."""

from core import regex_cache

# The rules compile their patterns as they are imported: served from the compiled forms kept
# between runs (core/regex_cache.py), inside this block only.
with regex_cache.serving():
    from core.extract.meetings import extract_meeting
    from core.extract.statistics import extract_statistics

__all__ = ["extract_meeting", "extract_statistics"]
