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


# `UBND tỉnh này`: the province the text names before it, when it names exactly one.
def test_organizer_pointing_back_to_the_one_province_named() -> None:
    meeting = _meeting("Ông Đào Hồng Đức, Giám đốc Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản (Bộ NN&PTNT), thừa "
                       "nhận như vậy tại cuộc họp công bố kết quả sơ bộ thẩm định chất lượng 18 tàu vỏ thép bị hư hỏng của "
                       "ngư dân tỉnh Bình Định, do Sở NN&PTNT tỉnh này tổ chức chiều 22-6.")
    assert meeting is not None and meeting.organizer == "Sở NN&PTNT tỉnh Bình Định"


def test_organizer_pointing_back_among_two_provinces_stays() -> None:
    meeting = _meeting("Ngư dân tỉnh Quảng Ngãi và tỉnh Bình Định dự cuộc họp công bố kết quả thẩm định 18 tàu vỏ thép bị "
                       "hư hỏng, do Sở NN&PTNT tỉnh này tổ chức chiều 22-6.")
    assert meeting is not None and meeting.organizer == "Sở NN&PTNT tỉnh này"


# A part of the year with no review word before the plan (`… 6 tháng đầu năm, nhiệm vụ … 6 tháng cuối năm 2017`).
def test_part_of_year_reviewed_before_the_plan() -> None:
    meeting = _meeting("Sáng 11/6, Ban chấp hành Đảng bộ thành phố Hà Nội tổ chức hội nghị lần thứ 9, thảo luận tình hình "
                       "kinh tế xã hội Thủ đô 6 tháng đầu năm, nhiệm vụ trong tâm 6 tháng cuối năm 2017.")
    assert meeting is not None and (meeting.review_year, meeting.plan_year) == (2017, 2017)


# A span of days whose last day carries the year: the first day, in that year.
@pytest.mark.parametrize(
    ("opening", "day"),
    [("Trong các ngày 19/9 và 20/9/2020", "2020-09-19"), ("Từ ngày 22/6 đến 23/6/2017", "2017-06-22"),
     ("Từ ngày 28/12 đến 2/1/2018", None)],
)
def test_span_of_days_opens_on_its_first(opening: str, day: str | None) -> None:
    meeting = _meeting(f"{opening}, UBND huyện Tân Phú tổ chức Hội nghị cán bộ, viên chức.")
    assert meeting is not None and meeting.date == day


def test_dialogue_session_of_a_forum() -> None:
    meeting = _meeting("Tham dự phiên Đối thoại, Thứ trưởng Ngoại giao Nguyễn Quốc Dũng, Trưởng SOM ASEAN của Việt Nam, "
                       "khẳng định Việt Nam và các nước ASEAN mong muốn đẩy mạnh hợp tác nhiều mặt với Hàn Quốc.")
    assert meeting is not None and meeting.kind == "đối thoại"


def test_holders_at_once() -> None:
    meeting = _meeting("Sáng 5/8, các trường Mầm non trên địa bàn thị xã đồng loạt tổ chức Hội nghị cán bộ, viên chức năm "
                       "học 2020 – 2021.")
    assert meeting is not None and meeting.organizer is not None and "đồng loạt" not in meeting.organizer


# A body holding an activity told by its verb, the meeting named later by its bare noun.
def test_held_by_the_activity_of_the_lead() -> None:
    meeting = _meeting("Sáng 10/6 tại Hà Nội, Hội đồng Thi đua – Khen thưởng Trung ương tổ chức tuyên dương điển hình tiên "
                       "tiến toàn quốc năm 2017.\nTới dự buổi lễ có gần 400 điển hình tiên tiến.")
    assert meeting is not None
    assert (meeting.kind, meeting.organizer) == ("lễ", "Hội đồng Thi đua – Khen thưởng Trung ương")


def test_activity_to_come_holds_nothing() -> None:
    meeting = _meeting("Sáng 10/6 tại Hà Nội, Hội đồng Thi đua – Khen thưởng Trung ương sẽ tổ chức tuyên dương điển hình "
                       "tiên tiến.\nTới dự buổi lễ hôm nay có gần 400 điển hình tiên tiến.")
    assert meeting is None or meeting.organizer is None


# The later part of the year, planned with no plan word; in the meeting's sentence or the agenda sentence after it.
def test_later_half_year_is_planned() -> None:
    meeting = _meeting("Chiều 10/7, Ban Chỉ đạo điều hành giá đã họp, đánh giá việc thực hiện công tác điều hành giá cả "
                       "trong 6 tháng đầu năm và đề ra phương án 6 tháng cuối năm 2017.")
    assert meeting is not None and (meeting.review_year, meeting.plan_year) == (2017, 2017)


def test_later_half_year_in_the_agenda_is_planned() -> None:
    meeting = _meeting("Chiều 4-7, tại TX.Tân Uyên, Sở Tài nguyên - Môi trường đã tổ chức hội nghị sơ kết 6 tháng đầu năm "
                       "2014 toàn ngành.\nTại hội nghị, đại diện các huyện, thị đã tập trung thảo luận và đề ra các giải "
                       "pháp thực hiện nhiệm vụ trong 6 tháng cuối năm 2014.")
    assert meeting is not None and (meeting.review_year, meeting.plan_year) == (2014, 2014)


def test_organisation_noun_holds_nothing() -> None:
    meeting = _meeting("Bộ Thống nhất Hàn Quốc ngày 6/2 đã bác đơn của tổ chức dân sự nước này xin phép được tiếp xúc với "
                       "các tổ chức đối tác của Triều Tiên. Người phát ngôn Jeong Joon-hee của bộ trên được dẫn lời phát "
                       "biểu tại một cuộc họp báo: “Chúng ta đang phải đối mặt với tình hình an ninh nghiêm trọng”.")
    assert meeting is not None and meeting.organizer is None
