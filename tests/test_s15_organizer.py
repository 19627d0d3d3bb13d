"""Session 15, organizer: how Vietnamese news and portal pages name the body that holds a meeting."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _organizer(text: str, published: str | None = "2017-05-10") -> str | None:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return meeting.organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a compound written with a comma is one name, not a list of bodies (names as baomoi-dev writes them)
        ("Sáng 10/5, Ban Chỉ đạo phòng, chống tham nhũng Trung ương tổ chức phiên họp thứ 11.",
         "Ban Chỉ đạo phòng, chống tham nhũng Trung ương"),
        ("Sáng 10/5, Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh tổ chức hội nghị tổng kết công tác "
         "năm 2016.", "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"),
        ("Sáng 10/5, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh tổ chức lễ ra quân.",
         "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"),
        ("Hội nghị tổng kết do Tổng cục Phòng, chống thiên tai tổ chức sáng 10/5.", "Tổng cục Phòng, chống thiên tai"),
        # a list of bodies is still cut at its commas
        ("Ngày 10/5, Tỉnh ủy, HĐND, UBND tỉnh tổ chức Lễ kỷ niệm 42 năm Ngày giải phóng tỉnh.", "Tỉnh ủy, HĐND, UBND tỉnh"),
    ],
)
def test_comma_compound_names(text: str, organizer: str) -> None:
    assert _organizer(text) == organizer
