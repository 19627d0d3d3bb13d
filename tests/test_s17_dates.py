"""Session 17: meeting dates under a month-only `published` (sentences from baomoi-dev)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article

# baomoi-dev 22363060 (the day moved for the turn of the year)
TRAINING = ("Sáng {day}, Công an TP Hà Nội tổ chức hội nghị tập huấn chuyên sâu các văn bản quy định chi tiết hướng "
            "dẫn thi hành Luật Công an nhân dân 2014 cho đội ngũ cán bộ chỉ huy, lãnh đạo các đơn vị.")


@pytest.mark.parametrize(
    ("day", "published", "expected"),
    [
        ("24/5", "2017-05", "2017-05-24"),  # the page's month: its year
        ("28/12", "2018-01", "2017-12-28"),  # a late-December meeting on a January page: the year before
        ("24/5", "2017-06", "2017-05-24"),  # the month before the page's
        ("24/5", None, None),  # no year anywhere: null, not a guess
    ],
)
def test_month_only_published_gives_the_year(day: str, published: str | None, expected: str | None) -> None:
    meeting = extract_meeting(make_article(TRAINING.format(day=day), published))
    assert meeting is not None
    assert meeting.date == expected


def test_a_day_long_after_a_month_only_published_is_not_the_meeting_s() -> None:
    # (a day four months past the page's month is another event's or a plan's, as under a full `published`)
    meeting = extract_meeting(make_article(TRAINING.format(day="24/9"), "2017-05"))
    assert meeting is not None
    assert meeting.date is None
