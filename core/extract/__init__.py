"""Extraction stages: the meeting an article reports and the statistics it quotes."""

from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics

__all__ = ["extract_meeting", "extract_statistics"]
