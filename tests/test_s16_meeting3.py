"""Session 16, meeting3: detection, kind, date and organizer as real web pages write them (sentences from baomoi-dev)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.extract.meetings import extract_meeting
from core.record import Meeting
from tests.conftest import make_article


def _meeting(text: str, published: str | None = "2017-06-23", title: str | None = None) -> Meeting | None:
    article = make_article(text, published)
    if title is not None:
        article = replace(article, title=title)
    return extract_meeting(article)


def _organizer(text: str, published: str | None = "2017-06-23", title: str | None = None) -> str | None:
    meeting = _meeting(text, published, title)
    assert meeting is not None
    return meeting.organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # `toàn quốc` between the event noun and the body its name carries (baomoi-dev 22591183, 22229627)
        ("Chiều 22/6, Đại hội đại biểu toàn quốc Liên đoàn Vovinam VN (VVF) khóa III nhiệm kỳ 2017-2022 tại TP.HCM "
         "đã bầu doanh nhân 48 tuổi Mai Hữu Tín làm chủ tịch VVF.", "Liên đoàn Vovinam VN"),
        ("Tại Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ VIII diễn ra ngày 25/9/2014, ông Nguyễn "
         "Thiện Nhân được hiệp thương cử giữ chức Chủ tịch.", "Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_nationwide_congress_body(text: str, organizer: str) -> None:
    assert _organizer(text) == organizer


def test_body_from_headline_name() -> None:
    # the lead names the meeting by its bare noun; the headline's name carries the body (baomoi-dev headline)
    title = "Thông báo Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"
    text = "Từ ngày 7 đến ngày 10/5/2017, tại Hà Nội, đã diễn ra Hội nghị. Hội nghị đã thảo luận nhiều nội dung."
    assert _organizer(text, title=title) == "Ban Chấp hành Trung ương Đảng khóa XII"
