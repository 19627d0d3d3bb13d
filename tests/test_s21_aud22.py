"""Audit 22 faults read as shapes of the language: sentences of baomoi articles, each checked for its exact fields."""

from __future__ import annotations

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article, meeting_people


def _meeting(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract_meeting(make_article(text, published))


# The body that `họp với` others holds the meeting, as the subject of a bare `họp` does; a person holds none.
def test_body_meeting_with_others_holds_it() -> None:
    meeting = _meeting("Chiều 26/6, UBND tỉnh Bình Định họp với các sở, ngành, các đơn vị đóng tàu để bàn cách giải "
                       "quyết vụ tàu vỏ thép hư hỏng.")
    assert meeting is not None and meeting.kind == "cuộc họp" and meeting.organizer == "UBND tỉnh Bình Định"


def test_person_meeting_with_others_holds_nothing() -> None:
    meeting = _meeting("Chiều 12-6, Thủ tướng, các Phó thủ tướng đã họp với các bộ, ngành liên quan về tình hình kinh tế.")
    assert meeting is not None and meeting.organizer is None


def test_bare_meeting_held_by_the_body_that_meets_in_the_next_sentence() -> None:
    meeting = _meeting("Công ty đóng tàu Đại Nguyên Dương vắng mặt tại cuộc họp, UBND tỉnh Bình Định đã chỉ đạo giúp đỡ ngư "
                       "dân khởi kiện.\nChiều 26/6, UBND tỉnh Bình Định họp với các sở, ngành, các đơn vị đóng tàu để giải "
                       "quyết vụ việc.")
    assert meeting is not None and meeting.kind == "cuộc họp" and meeting.organizer == "UBND tỉnh Bình Định"


# A deputies' delegation whose place is written with a dot (`TP.HCM`) holds the voters' meeting.
def test_deputies_of_a_dotted_city_hold_the_voters_meeting() -> None:
    meeting = _meeting("Sáng 9/5, Đoàn đại biểu Quốc hội TP.HCM tiếp xúc cử tri tại huyện Củ Chi.")
    assert meeting is not None and meeting.kind == "tiếp xúc cử tri"
    assert meeting.organizer == "Đoàn đại biểu Quốc hội TP.HCM"


# A list of holders `A, B và C` keeps its first member; `X cùng với Y tổ chức` keeps the partner, as written.
def test_list_of_three_holders_keeps_the_first() -> None:
    meeting = _meeting("Ngày 19/5, tại Quảng Ninh, Bộ Tài nguyên và Môi trường, Chương trình Phát triển của Liên hợp quốc "
                       "(UNDP) và UBND tỉnh Quảng Ninh đã tổ chức Lễ Kỷ niệm Ngày Quốc tế về Đa dạng sinh học.")
    assert meeting is not None and meeting.organizer == ("Bộ Tài nguyên và Môi trường, Chương trình Phát triển của Liên "
                                                         "hợp quốc (UNDP) và UBND tỉnh Quảng Ninh")


def test_holder_together_with_a_partner_as_written() -> None:
    meeting = _meeting("UBND quận Hồng Bàng (TP Hải Phòng) cùng với Công ty TNHH Sơn Trường vừa tổ chức lễ khánh thành cầu "
                       "vượt sông Tam Bạc.")
    assert meeting is not None and meeting.organizer == "UBND quận Hồng Bàng (TP Hải Phòng) cùng với Công ty TNHH Sơn Trường"


# `hôm nay` that dates the report (`Reuters hôm nay đưa tin`) does not make a planned meeting open today.
def test_plan_reported_today_is_no_meeting() -> None:
    assert _meeting("Mỹ, Trung Quốc sắp đối thoại về vấn đề Triều Tiên.\nCác cuộc đối thoại Mỹ - Trung sẽ diễn ra ngày "
                    "21/6 ở Washington, tập trung vào vấn đề Triều Tiên, Reuters hôm nay đưa tin.") is None


def test_plan_opening_today_is_a_meeting() -> None:
    meeting = _meeting("Hôm nay, Quốc hội sẽ tổ chức phiên họp toàn thể tại hội trường.")
    assert meeting is not None


# `Môi trường` in a ministry's name is no school named after the person who follows it.
def test_environment_ministry_before_a_name() -> None:
    people = [(m.person.name, m.person.titles) for m in find_people(
        "Phát biểu tại buổi lễ, Thứ trưởng Bộ Tài nguyên và Môi trường Nguyễn Linh Ngọc nhấn mạnh: Chính phủ đã có nhiều "
        "hành động.", short=True)]
    assert people == [("Nguyễn Linh Ngọc", ["Thứ trưởng Bộ Tài nguyên và Môi trường"])]


def test_school_named_after_a_person_stays_a_school() -> None:
    people = [m.person.name for m in find_people("Hiệu trưởng trường Nguyễn Du Trần Văn Nam cho biết.", short=True)]
    assert "Nguyễn Du" not in people


# `A và 2 đại biểu Quốc hội B, C có buổi …`: the leader first in the list is one of its subjects.
def test_leader_before_a_counted_list_attends() -> None:
    _, attendees = meeting_people("Sáng 13/5, Tổng Bí thư Nguyễn Phú Trọng và 2 đại biểu Quốc hội Nguyễn Doãn Anh, Trần Thị "
                                  "Phương Hoa có buổi tiếp xúc cử tri quận Ba Đình và Tây Hồ.")
    assert attendees == ["Nguyễn Phú Trọng", "Nguyễn Doãn Anh", "Trần Thị Phương Hoa"]


# `* Chiều 7-2, …` after the report: the page's next item; its chair was not at the meeting.
def test_dated_bullet_opens_other_news() -> None:
    chairs, _ = meeting_people(
        "Chiều 7/2, ông Nguyễn Ngọc Tuấn, Phó Chủ tịch UBND TP Đà Nẵng chủ trì cuộc họp về công tác chuẩn bị APEC.\n"
        "Theo báo cáo, thành phố đã hoàn thành việc chỉnh trang các tuyến đường chính.\n"
        "Các khách sạn đã sẵn sàng đón khách.\n"
        "Ông Tuấn yêu cầu các sở rà soát lại các lô đất trống ven biển. * Chiều 7-2, ông Lê Đức Vinh, Chủ tịch UBND tỉnh "
        "Khánh Hòa chủ trì cuộc họp để nghe báo cáo tổng hợp tình hình.")
    assert chairs == ["Nguyễn Ngọc Tuấn"]


# A person with a verb of his own before the next person keeps his role; the chairing verb is the next person's.
def test_presenter_before_the_session_chair_is_no_chair() -> None:
    chairs, attendees = meeting_people(
        "Sáng 2/6, Quốc hội họp phiên toàn thể tại hội trường dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.\n"
        "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Phan Xuân Dũng trình bày Báo cáo Buổi sáng, Phó Chủ tịch "
        "Quốc hội Phùng Quốc Hiển điều hành phiên họp.")
    assert chairs == ["Nguyễn Thị Kim Ngân", "Phùng Quốc Hiển"] and attendees == ["Phan Xuân Dũng"]


def test_coordinated_chairs_still_chair() -> None:
    chairs, _ = meeting_people("Sáng 2/6, Bộ trưởng Nguyễn Văn Thể và Thứ trưởng Nguyễn Ngọc Đông đồng chủ trì hội nghị "
                               "giao ban.")
    assert chairs == ["Nguyễn Văn Thể", "Nguyễn Ngọc Đông"]


# Two people named bare and joined by `và` who hold a press conference are no body.
def test_two_singers_are_no_organizer() -> None:
    meeting = _meeting("Bùi Thị Thúy và Trần Hữu Tuấn tổ chức họp báo giới thiệu album mới tại Hà Nội.")
    assert meeting is not None and meeting.kind == "họp báo" and meeting.organizer is None


# The parts a planned meeting is made of are planned too.
def test_parts_of_a_planned_conference_are_no_meeting() -> None:
    assert _meeting("Vào ngày 19/06 tới, Tim Cook cùng 11 Giám đốc điều hành khác sẽ tham dự Hội nghị công nghệ Mỹ tại "
                    "Nhà Trắng.\nHội nghị do Jared Kushner chủ trì.\nTheo nguồn tin từ Bloomberg, hội nghị gồm một cuộc họp "
                    "chung và các cuộc họp nhỏ hơn dành cho các chủ đề đặc biệt.") is None
