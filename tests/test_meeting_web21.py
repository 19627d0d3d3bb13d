"""Shapes of web pages' leads (web21): kinds named by a briefing or an opening ceremony, an outlet's tag before the lead,
lunar days restating the calendar day, a digital-economy body before a name. Sentences written in the shapes."""

import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def meeting(text: str, published: str | None = "2023-09-29"):
    m = extract_meeting(make_article(text, published))
    assert m is not None
    return m


def test_a_conference_held_as_a_briefing_is_a_briefing():
    m = meeting("Chiều ngày 28/9, Ban Tôn giáo tỉnh tổ chức Hội nghị giao ban triển khai nhiệm vụ công tác tín "
                "ngưỡng, tôn giáo quý IV năm 2023.")
    assert (m.kind, m.date, m.part_of_day, m.organizer) == ("giao ban", "2023-09-28", "chiều", "Ban Tôn giáo tỉnh")


@pytest.mark.parametrize("text, kind", [
    ("Chiều ngày 24/5/2018, tại Hội trường Tỉnh ủy đã diễn ra Lễ khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ "
     "IX, nhiệm kỳ 2018-2023.", "đại hội"),
    ("Ngày 13/5/2017, tại thủ đô Tokyo đã diễn ra Lễ bế mạc Hội nghị Thượng đỉnh Phụ nữ Toàn cầu sau ba ngày thảo "
     "luận.", "hội nghị"),
    # games, not a congress
    ("Sáng 12/3/2017, tại sân vận động tỉnh đã diễn ra Lễ khai mạc Đại hội Thể dục thể thao tỉnh lần thứ VIII.", "lễ"),
    # a ceremony of its own
    ("Sáng 12/3/2017, UBND tỉnh đã tổ chức Lễ khai mạc Lễ hội hoa anh đào năm 2017.", "lễ"),
])
def test_an_opening_or_closing_ceremony_takes_its_event_kind(text, kind):
    assert meeting(text).kind == kind


def test_an_outlet_tag_before_the_lead_does_not_hide_the_congress_that_opens():
    m = meeting("(HNMO) - Sáng 10-3, tại Trung tâm Hội nghị quốc gia, Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, "
                "nhiệm kỳ 2022-2027, tổ chức phiên khai mạc trọng thể với sự tham dự của 959 đại biểu.", "2022-03-10")
    assert (m.kind, m.name, m.date, m.part_of_day) == (
        "đại hội", "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII", "2022-03-10", "sáng")


@pytest.mark.parametrize("text, date, part", [
    ("Sáng ngày 08/8 (nhằm ngày 11/7/Nhâm Dần) tại Hội trường chùa, Ban Trị sự Phật giáo tỉnh đã tổ chức phiên họp "
     "đầu tiên khóa VII.", "2022-08-08", "sáng"),
    ("Chiều tối 9/5 (nhằm ngày 14/4 âm lịch), Ban Trị sự Phật giáo tỉnh tổ chức hội nghị tổng kết công tác năm "
     "2021.", "2022-05-09", "chiều"),
    ("Tối 9/5 (14/4 năm Nhâm Dần), Ban Trị sự Phật giáo tỉnh tổ chức hội nghị tổng kết công tác năm 2021.",
     "2022-05-09", "tối"),
])
def test_a_lunar_day_restating_the_day_is_not_the_meeting_day(text, date, part):
    m = meeting(text, "2022-08-09")
    assert (m.date, m.part_of_day) == (date, part)


@pytest.mark.parametrize("sentence, name, titles", [
    ("Dự và chủ trì hội nghị có Cục trưởng Cục Chuyển đổi số Nguyễn Thành Phúc; đại diện Ban Cơ yếu Chính phủ.",
     "Nguyễn Thành Phúc", ["Cục trưởng Cục Chuyển đổi số"]),
    ("Dự hội nghị có Vụ trưởng Vụ Kinh tế số Nguyễn Văn An.", "Nguyễn Văn An", ["Vụ trưởng Vụ Kinh tế số"]),
])
def test_a_digital_body_before_a_name_is_no_place(sentence, name, titles):
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [(name, titles)]


def test_the_chair_of_a_digital_body_chairs():
    m = meeting("Sáng 06/6, Cục Chuyển đổi số quốc gia tổ chức Hội nghị hướng dẫn công tác chuyển đổi số.\n"
                "Dự và chủ trì hội nghị có Cục trưởng Cục Chuyển đổi số Nguyễn Thành Phúc; đại diện Ban Cơ yếu Chính phủ.",
                "2025-06-06")
    assert [p.name for p in m.chairs] == ["Nguyễn Thành Phúc"]


def test_the_delegation_in_brackets_after_its_deputies_meets_the_voters():
    m = meeting("(HNMO) - Ngày 13-5, các đại biểu Quốc hội thuộc Đơn vị bầu cử số 4 và số 7 (Đoàn đại biểu Quốc hội "
                "thành phố Hà Nội) đã tiếp xúc cử tri các huyện Gia Lâm, Thanh Oai trước kỳ họp thứ chín.", "2019-05-14")
    assert (m.kind, m.date, m.organizer) == ("tiếp xúc cử tri", "2019-05-13", "Đoàn đại biểu Quốc hội thành phố Hà Nội")


@pytest.mark.parametrize("sentence, name, titles", [
    ("Dự hội nghị có Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Sơn La.", "Nguyễn Văn An",
     ["Đại tá", "Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Sơn La"]),
    ("Dự hội nghị có Đại tá Nguyễn Văn An, Chính ủy Bộ chỉ huy Bộ đội Biên phòng tỉnh.", "Nguyễn Văn An",
     ["Đại tá", "Chính ủy Bộ chỉ huy Bộ đội Biên phòng tỉnh"]),
    # a monastic's rank abbreviated before `Thích` is a form of address, not a title
    ("Tham dự có TT. Thích Đồng Thành, Trưởng Ban Giáo dục Phật giáo tỉnh.", "Thích Đồng Thành",
     ["Trưởng Ban Giáo dục Phật giáo tỉnh"]),
    # `TT.` before a place is a town
    ("Ông Trương Minh Khánh, Chủ tịch UBND TT.Hậu Nghĩa, xác nhận.", "Trương Minh Khánh", ["Chủ tịch UBND TT.Hậu Nghĩa"]),
])
def test_titles_of_commands_and_monastics(sentence, name, titles):
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [(name, titles)]


def test_a_monastic_rank_abbreviated_ends_no_sentence():
    m = meeting("Sáng ngày 8/8, Ban Trị sự Phật giáo tỉnh đã tổ chức phiên họp đầu tiên khóa VII.\n"
                "Chủ tọa cuộc họp: HT. Thích Nguyên Phước, Trưởng Ban Trị sự; tham dự có TT. Thích Đồng Thành, Trưởng "
                "Ban Giáo dục Phật giáo tỉnh.", "2022-08-09")
    assert [(p.name, p.titles) for p in m.chairs] == [("Thích Nguyên Phước", ["Trưởng Ban Trị sự"])]
    assert [(p.name, p.titles) for p in m.attendees] == [("Thích Đồng Thành", ["Trưởng Ban Giáo dục Phật giáo tỉnh"])]


@pytest.mark.parametrize("sentence, titles", [
    ("Theo ông Nguyễn Văn An, Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam, Hội thảo là sự kiện khoa học quan trọng.",
     ["Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam"]),
    ("Theo ông Nguyễn Văn An, Giám đốc Sở Y tế, Hội nghị là dịp để các đơn vị trao đổi kinh nghiệm.", ["Giám đốc Sở Y tế"]),
])
def test_an_event_after_the_titles_is_no_title(sentence, titles):
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [("Nguyễn Văn An", titles)]
