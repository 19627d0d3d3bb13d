"""Meetings missed and meeting dates (detect21): sentences from baomoi articles (not the gold files); each test checks
the meeting returned (kind, name, date) or None."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_listed_ceremony_after_lam_is_held_by_the_subject():
    # 21491499: `vừa chính thức làm lễ ra mắt ngày 7.2.2017`.
    text = ("Viện Phan Châu Trinh (Phan Chau Trinh Institute- PCTI) vừa chính thức làm lễ ra mắt ngày 7.2.2017 ngay "
            "trên chính quê hương của nhà khai sáng, Hội An, Quảng Nam.")
    assert [(e.kind, e.score) for e in find_events(text, 0)] == [("lễ", 3)]
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.name, meeting.date) == ("lễ", "lễ ra mắt", "2017-02-07")


def test_lam_le_tuyen_duong_on_a_day():
    # 21472016
    text = ("Sáng 6/2, UBND huyện Thạch Hà, Phòng Giáo dục huyện đã làm lễ tuyên dương, khen thưởng em Nguyễn Thị Lan "
            "Anh - học sinh lớp 4A, Trường Tiểu học Thạch Văn đã có hành động đẹp khi nhặt được của rơi tìm người trả "
            "lại.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", None, "sáng")


def test_a_rite_after_lam_is_no_meeting():
    # 22465559: a funeral is no listed ceremony.
    text = ("Sáng 6/6, gia đình ông Lê Văn Chính trú xóm 5, xã Diễn Yên, huyện Diễn Châu, Nghệ An đã làm lễ mai táng "
            "cho con trai là anh Lê Văn Dũng, sinh năm 1988.")
    assert extract_meeting(make_article(text)) is None


def test_a_ceremony_not_held_after_lam_stays_unreported():
    # (written) a negated holding is no report.
    text = "Đến nay, Công ty vẫn chưa làm lễ khởi công dự án."
    assert [(e.kind, e.score) for e in find_events(text, 0)] == [("lễ", 1)]


def test_the_meeting_day_restated_in_the_lunar_calendar_gives_the_year():
    # 21511636: `Tối 10/2 (tức ngày 14 tháng Giêng năm Đinh Dậu)`.
    text = ("Tối 10/2 (tức ngày 14 tháng Giêng năm Đinh Dậu), tỉnh Hà Nam tổ chức lễ đón nhận Bằng ghi danh Di sản văn "
            "hóa phi vật thể quốc gia Lễ hội đền Trần Thương và Lễ phát lương Đức Thánh Trần.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2017-02-10", "tối")


def test_a_lunar_day_with_its_year_name_is_no_second_date():
    # (written, the shape of a temple's news page) `Sáng ngày 08/8 (nhằm ngày 11/7/Nhâm Dần)`: the lunar day restates
    # the meeting's, and its stem-and-branch name gives 2022.
    text = ("Sáng ngày 08/8 (nhằm ngày 11/7/Nhâm Dần) tại Hội trường chùa, Ban Trị sự Phật giáo tỉnh đã tổ chức phiên họp "
            "đầu tiên khóa VII.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("phiên họp", "2022-08-08", "sáng")


def test_a_late_lunar_month_in_january_is_of_the_year_before():
    # (written) the 23rd of the twelfth lunar month of Bính Thân (2016) falls on 20 January 2017.
    text = "Sáng 20/1 (tức 23 tháng Chạp năm Bính Thân), UBND huyện tổ chức lễ khánh thành cầu Kênh."
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.date == "2017-01-20"


def test_a_january_or_february_day_with_no_lunar_month_stays_undated():
    # (written) before or after Tết: either lunar year.
    text = "Sáng 6/2 (tức ngày vía Thần Tài, năm Đinh Dậu), UBND huyện tổ chức lễ khánh thành cầu Kênh."
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.date is None
