"""The meeting's organizer, round 20: sentences of baomoi-dev articles (none of them in a gold set)."""

from __future__ import annotations

import pytest

from core.extract.meetings import _untagged, extract_meeting
from tests.conftest import make_article


def _meeting(text: str, published: str | None = None, title: str | None = None):  # type: ignore[no-untyped-def]
    article = make_article(text, published)
    article.title = title
    return extract_meeting(article)


# An outlet's tag opening the lead or the headline is no part of the subject (baomoi 21474000s: `(TITC) – …`).
@pytest.mark.parametrize(
    ("text", "untagged"),
    [
        ("(TITC) – Ngày 12/7/2017, Văn phòng Chủ tịch nước", "Ngày 12/7/2017, Văn phòng Chủ tịch nước"),
        ("(GLO)- Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("(TTV) Đại hội đại biểu", "Đại hội đại biểu"),
        ("TTO - Sáng 26-4, UBND tỉnh", "Sáng 26-4, UBND tỉnh"),
        ("HNN.VN - Sáng 19/12, Trường", "Sáng 19/12, Trường"),
        ("Laocaitv.vn - Tối 11/11", "Tối 11/11"),
        ("HĐND - UBND huyện", "HĐND - UBND huyện"),  # a body's short form before a dash is the body
        ("UBND tỉnh Quảng Trị", "UBND tỉnh Quảng Trị"),
    ],
)
def test_untagged(text: str, untagged: str) -> None:
    assert _untagged(text) == untagged


def test_outlet_tag_before_the_subject() -> None:
    meeting = _meeting("(TITC) – Bộ Nông nghiệp và Phát triển Nông thôn vừa tổ chức lễ ra mắt Cục Chế biến và Phát triển "
                       "thị trường Nông sản. Đây là lần đầu tiên Việt Nam có một cơ quan chuyên biệt lo đầu ra cho hàng "
                       "nông sản.")
    assert meeting is not None
    assert meeting.organizer == "Bộ Nông nghiệp và Phát triển Nông thôn"


def test_rite_noun_before_the_event_noun() -> None:
    # `tổ chức lễ mít-tinh`: the subject holds the rally (21471459 writes `lễ mít-tinh`)
    meeting = _meeting("Sáng 2/2, tại Hà Nội, Bộ Tài nguyên và Môi trường đã tổ chức lễ mít-tinh hưởng ứng ngày Đất ngập "
                       "nước thế giới và trồng cây ngập mặn đầu xuân năm 2017.")
    assert meeting is not None
    assert meeting.organizer == "Bộ Tài nguyên và Môi trường"


def test_long_partner_list_after_do() -> None:
    meeting = _meeting("Ngày 26.6, tại Hà Nội đã diễn ra hội nghị đối thoại hải quan với doanh nghiệp (DN) do Diễn đàn "
                       "Kinh tế tư nhân VN (VPSF) phối hợp với Ban Cải cách và hiện đại hóa (Tổng cục Hải quan), Hội "
                       "Doanh nhân trẻ TP.Hà Nội, Hiệp hội Doanh nghiệp vừa và nhỏ TP.Hà Nội tổ chức.")
    assert meeting is not None
    assert meeting.organizer == "Diễn đàn Kinh tế tư nhân VN (VPSF)"


def test_persons_office_chairing_is_no_holder() -> None:
    # the last of the people who chair it is written with her office: that office holds nothing
    meeting = _meeting("Ngày 24/5, đã diễn ra hội nghị tổng kết năm học 2016 - 2017. Ông Nguyễn Văn Hòa - Phó Giám đốc "
                       "Sở Giáo dục và Đào tạo và bà Lê Thị Hương – Trưởng Ban, Ban Công tác học sinh, sinh viên Sở Giáo "
                       "dục và Đào tạo, đã chủ trì hội nghị.")
    assert meeting is not None
    assert meeting.organizer != "Ban Công tác học sinh"


def test_body_chairing_still_holds() -> None:
    # a body's name that is also in a person's longer title before it still holds (22445923)
    meeting = _meeting("Sáng 3/6, dưới sự điều hành của Thủ tướng Chính phủ Nguyễn Xuân Phúc, Chính phủ đã họp phiên "
                       "thường kỳ tháng 5 để đánh giá tình hình kinh tế-xã hội đất nước.")
    assert meeting is not None
    assert meeting.organizer == "Chính phủ"


def test_side_of_attendees_ends_the_name() -> None:
    # `Tham dự Đại hội về phía X có …`: the side, not the congress's name; the headline's congress gives the holder
    meeting = _meeting("Tham dự Đại hội về phía Hội Nông dân Việt Nam có ông Phạm Tiến Nam – Phó Chủ tịch Thường trực "
                       "Trung ương Hội Nông dân Việt Nam.",
                       title="Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X, nhiệm kỳ 2017-2022")
    assert meeting is not None
    assert meeting.name == "Đại hội"
    assert meeting.organizer == "Hội Nông dân tỉnh Bắc Giang"


def test_headline_of_the_same_edition() -> None:
    # the lead names the plenum by its edition alone; the headline's, of the same edition, carries the body (22635868)
    meeting = _meeting("Sau hai ngày làm việc nghiêm túc, trách nhiệm, Hội nghị lần thứ 10 đã diễn ra phiên bế mạc chiều "
                       "28/6.", title="Bế mạc Hội nghị Thành ủy Thành phố Hồ Chí Minh lần thứ 10")
    assert meeting is not None
    assert meeting.organizer == "Thành ủy Thành phố Hồ Chí Minh"


def test_branch_of_an_association_holds() -> None:
    # `Liên chi hội`, `Chi hội`, `Chi đoàn` open a body's name (22252156)
    meeting = _meeting("Ngày 12/5, tại Trung tâm Thông tấn quốc gia, Hà Nội, Liên chi hội nhà báo Thông tấn xã Việt Nam "
                       "(TTXVN) tổ chức tổng kết và trao Giải báo chí TTXVN năm 2016. Đến dự buổi lễ có ông Hồ Quang Lợi, Phó Chủ tịch "
                       "thường trực Hội Nhà báo Việt Nam.")
    assert meeting is not None
    assert meeting.organizer == "Liên chi hội nhà báo Thông tấn xã Việt Nam (TTXVN)"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a hall before the verb with no subject is the place, no body
        ("Chiều ngày 16/6/2017, tại hội trường Tòa án nhân dân tối cao đã tổ chức Lễ ra mắt Chương trình Truyền hình Tòa "
         "án nhân dân.", None),
    ],
)
def test_venue_is_no_body(text: str, organizer: str | None) -> None:
    meeting = _meeting(text)
    assert meeting is not None
    assert meeting.organizer == organizer
