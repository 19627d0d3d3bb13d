"""Session 18: a meeting's name goes on over the comma of a coordinated pair (sentences from baomoi-dev)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # baomoi-dev 21512603
        ("Trong cuộc họp về phương án mở rộng, nâng cấp sân bay Tân Sơn Nhất vào ngày 9/2, Phó Thủ tướng Trịnh Đình "
         "Dũng yêu cầu đơn vị tư vấn hoàn thiện các phương án.",
         "cuộc họp về phương án mở rộng, nâng cấp sân bay Tân Sơn Nhất"),
        # baomoi-dev 22374695
        ("Tại cuộc họp báo chuyên đề về Dự án Luật Quản lý, sử dụng tài sản công diễn ra chiều 25-5, ông Nguyễn Tân "
         "Thịnh, Phó Cục trưởng Cục Quản lý công sản, Bộ Tài chính cho biết như vậy.",
         "cuộc họp báo chuyên đề về Dự án Luật Quản lý, sử dụng tài sản công"),
        # baomoi-dev 21487672: `sở, ngành`
        ("Ông Trần Minh Hùng, Phó Tổng Giám đốc VOV đã có buổi làm việc với UBND thành phố Đà Nẵng cùng các sở, ngành "
         "liên quan.",
         "buổi làm việc với UBND thành phố Đà Nẵng cùng các sở, ngành liên quan"),
        # baomoi-dev 22503661: `đóng mới, nâng cấp`
        ("Sáng 9/6, Bộ NN&PTNT tổ chức hội nghị chuyên đề đóng mới, nâng cấp tàu cá theo Nghị định 67.",
         "hội nghị chuyên đề đóng mới, nâng cấp tàu cá"),
    ],
)
def test_a_pair_s_comma_does_not_end_the_name(sentence: str, name: str) -> None:
    meeting = extract_meeting(make_article(sentence, "2017-05-26"))
    assert meeting is not None
    assert meeting.name == name


def test_a_comma_between_other_words_still_ends_the_name() -> None:
    # (`hai bên, ông` is no pair: the clause after the comma is the sentence's next)
    meeting = extract_meeting(make_article(
        "Tại buổi làm việc giữa hai bên, ông Nguyễn Văn A, Chủ tịch UBND tỉnh cho biết tỉnh đã hoàn thành kế hoạch.",
        "2017-05-26"))
    assert meeting is not None
    assert meeting.name == "buổi làm việc giữa hai bên"


def test_a_pair_s_comma_lets_the_predicate_after_the_name_be_read() -> None:
    # baomoi-dev 22477759: the name ends before `diễn ra sáng nay`, so the session is told as held
    meeting = extract_meeting(make_article(
        "Phiên thảo luận về dự thảo Nghị quyết về xử lý nợ xấu và dự án Luật sửa đổi, bổ sung một số điều của Luật các "
        "TCTD diễn ra sáng nay (7/6) khá sôi nổi.", "2017-06-07"))
    assert meeting is not None
    assert meeting.kind == "phiên họp"
    assert meeting.name is not None and meeting.name.endswith("Luật sửa đổi, bổ sung một số điều của Luật các TCTD")


def test_the_day_something_is_to_be_held_on_does_not_date_the_meeting() -> None:
    # baomoi-dev 21493161: the press conference is told `Mới đây`; the festival it announced is `sẽ diễn ra từ ngày 8/3`
    meeting = extract_meeting(make_article(
        "Mới đây, tại Hà Nội, Ban chỉ đạo Tây Nguyên phối hợp với UBND tỉnh Đắk Lắk tổ chức họp báo về việc tổ chức Lễ "
        "hội cà phê Buôn Ma Thuột lần thứ 6. Theo đó, lễ hội sẽ diễn ra từ ngày 8/3 đến 13/3 tại thành phố Buôn Ma "
        "Thuột.", "2017-02-20"))
    assert meeting is not None
    assert meeting.kind == "họp báo"
    assert meeting.date is None


def test_a_day_told_as_past_still_dates_the_meeting() -> None:
    meeting = extract_meeting(make_article(
        "Ngày 15/2, tại Hà Nội, UBND tỉnh Đắk Lắk tổ chức họp báo về Lễ hội cà phê Buôn Ma Thuột lần thứ 6.",
        "2017-02-20"))
    assert meeting is not None
    assert meeting.date == "2017-02-15"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # baomoi-dev 22410150: `tại` inside the quoted title does not end the name
        ("Sáng 30/5, Bộ Văn hóa - Thể thao và Du lịch phối hợp với UBND tỉnh Đà Nẵng tổ chức buổi tọa đàm “Phát triển "
         "du lịch bền vững tại Khu du lịch quốc gia Sơn Trà”.",
         "tọa đàm “Phát triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà”"),
        # baomoi-dev 21472915: nor a comma inside it
        ("Sáng 3/2, Chủ tịch nước dự Lễ phát động “Tết trồng cây, đời đời nhớ ơn Bác Hồ” xuân Đinh Dậu 2017.",
         "Lễ phát động “Tết trồng cây, đời đời nhớ ơn Bác Hồ” xuân Đinh Dậu 2017"),  # (and goes on after it)
    ],
)
def test_a_quoted_title_goes_on_to_its_closing_mark(sentence: str, name: str) -> None:
    meeting = extract_meeting(make_article(sentence, "2017-05-26"))
    assert meeting is not None
    assert meeting.name == name


def test_a_sitting_s_body_and_term_after_its_number_are_its_name() -> None:
    # RECORD.md's own example; baomoi-dev 22339075
    meeting = extract_meeting(make_article("Sáng 20/5, Kỳ họp thứ ba, Quốc hội khóa XIV khai mạc tại Hà Nội.", "2017-05-20"))
    assert meeting is not None
    assert (meeting.name, meeting.organizer) == ("Kỳ họp thứ ba, Quốc hội khóa XIV", "Quốc hội khóa XIV")


def test_a_sitting_named_in_another_meeting_s_name_gives_that_meeting_no_organizer() -> None:
    # baomoi-dev 22338317's shape: the voters' meeting is held before the sitting, not by the parliament
    meeting = extract_meeting(make_article(
        "Chiều 6/5, Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri trước kỳ họp thứ ba, Quốc hội khóa XIV. Tại cuộc tiếp "
        "xúc, Tổng Bí thư cảm ơn cử tri.", "2017-05-06"))
    assert meeting is not None
    assert meeting.name == "tiếp xúc cử tri trước kỳ họp thứ ba, Quốc hội khóa XIV"
    assert meeting.organizer is None


def test_an_anniversary_span_inside_a_quoted_title_gives_the_year() -> None:
    # audit19 (baomoi 22660520): no published date; the occasion's span dates the ceremony's day
    meeting = extract_meeting(make_article(
        "Sáng 2-7, tại Hà Nội, Bệnh viện Phổi Trung ương đã tổ chức lễ kỷ niệm “60 năm ngày thành lập (24-6-1957/ "
        "24-6-2017) và đón nhận Huân chương Lao động hạng nhất”.", None))
    assert meeting is not None
    assert meeting.date == "2017-07-02"
