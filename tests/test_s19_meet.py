"""The meeting frame, round 19: sentences of baomoi-dev articles (none of them in a gold set)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _meeting(text: str, published: str | None = None, title: str | None = None):  # type: ignore[no-untyped-def]
    article = make_article(text, published)
    article.title = title
    return extract_meeting(article)


# An opening held with no event noun (`tổ chức khai mạc Triển lãm …`): the opening ceremony, held by the subject.
@pytest.mark.parametrize(
    ("text", "name", "organizer", "day"),
    [
        ("Sáng 6/2, tại Trung tâm Văn hóa Kinh Bắc (TP.Bắc Ninh), Hội Sinh vật cảnh Bắc Ninh đã tổ chức khai mạc Triển "
         "lãm sinh vật cảnh lần thứ XX, chào mừng kỉ niệm 185 năm thành lập tỉnh và 20 năm tái lập tỉnh.",
         "khai mạc Triển lãm sinh vật cảnh lần thứ XX", "Hội Sinh vật cảnh Bắc Ninh", ("sáng", None)),
        ("Tối 4/6, tại Nhà thi đấu Trung tâm Thể thao tỉnh Thừa Thiên-Huế, Liên đoàn Cầu lông Việt Nam phối hợp với Sở "
         "Văn hóa và Thể thao Thừa Thiên - Huế tổ chức khai mạc Giải Cầu lông trẻ toàn quốc năm 2017 tranh Cúp VINA-STAR.",
         "khai mạc Giải Cầu lông trẻ toàn quốc năm 2017 tranh Cúp VINA-STAR",
         "Liên đoàn Cầu lông Việt Nam phối hợp với Sở Văn hóa và Thể thao Thừa Thiên - Huế", ("tối", "2017-06-04")),
    ],
)
def test_opening_held_by_verb(text: str, name: str, organizer: str, day: tuple[str, str | None]) -> None:
    meeting = _meeting(text)
    assert meeting is not None
    assert (meeting.kind, meeting.name, meeting.organizer) == ("lễ", name, organizer)
    assert (meeting.part_of_day, meeting.date) == day


def test_opening_of_an_event_noun_is_that_event() -> None:
    meeting = _meeting("Sáng 10/6, UBND tỉnh Khánh Hòa đã tổ chức khai mạc hội nghị xúc tiến đầu tư năm 2017.")
    assert meeting is not None and meeting.kind == "hội nghị"


def test_opening_to_come_is_no_meeting() -> None:
    assert _meeting("Theo kế hoạch, UBND tỉnh Khánh Hòa sẽ tổ chức khai mạc Festival Biển Nha Trang 2017 vào tháng 6.") is None
