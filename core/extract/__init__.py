"""Extraction stages: the meeting an article reports and the statistics it quotes."""

from core import regex_cache
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics

regex_cache.save()  # the rules' patterns, compiled by the imports above, kept for the next run

__all__ = ["extract_meeting", "extract_statistics"]
