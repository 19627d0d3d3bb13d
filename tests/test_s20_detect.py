"""Meetings held with no event noun (`tổ chức kỷ niệm N năm`): sentences from baomoi-dev articles."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_an_anniversary_held_by_a_company_is_a_ceremony():
    # baomoi 22627907
    text = ("Ngày 27/6, Cty CP Cơ giới và Xây lắp số 9 (LICOGI 9) tổ chức kỷ niệm 40 năm ngày thành lập. Đây cũng là "
            "cuộc hành trình không mệt mỏi của Cty trên nhiều công trình trọng điểm quốc gia.")
    meeting = extract_meeting(make_article(text, published="2017-06-28"))
    assert meeting is not None
    assert meeting.kind == "lễ"
    assert meeting.date == "2017-06-27"
    assert meeting.name is not None and meeting.name.startswith("kỷ niệm 40 năm")


def test_a_province_solemnly_holding_an_anniversary_is_a_ceremony():
    # baomoi 22657202
    found = find_events("Tối 1/7, UBND tỉnh Bến Tre long trọng tổ chức kỷ niệm 195 năm Ngày sinh nhà thơ yêu nước "
                        "Nguyễn Đình Chiểu (1/7/1822 - 1/7/2017), 25 năm Ngày hội truyền thống văn hóa tỉnh 1/7.", 0)
    assert [(e.kind, e.score, e.planned) for e in found] == [("lễ", 3, False)]


def test_a_planned_anniversary_is_no_report():
    # baomoi 21471491
    text = ("Ngày 20.2 tới, Đảng bộ, chính quyền và nhân dân Thanh Hóa sẽ long trọng tổ chức kỷ niệm 70 năm Ngày Bác Hồ "
            "về thăm Thanh Hóa lần đầu tiên.")
    assert extract_meeting(make_article(text, published="2017-02-10")) is None


def test_an_anniversary_without_its_years_or_of_the_organising_committee_is_no_ceremony():
    # a private celebration (baomoi hit of `tổ chức kỷ niệm`) and the committee of baomoi's `Ban tổ chức kỷ niệm các
    # ngày lễ lớn` (years added to test the committee alone)
    assert find_events("Lần này, vì Mai bày tỏ rằng muốn tổ chức kỷ niệm ngày cưới tại quán bar để đổi gió.", 0) == []
    found = find_events("Tối 19/5, tại Sân khấu Công viên Tượng đài Chủ tịch Hồ Chí Minh (quận 1), Ban tổ chức kỷ niệm "
                        "40 năm các ngày lễ lớn Thành phố Hồ Chí Minh tổ chức chương trình biểu diễn.", 0)
    assert [e.kind for e in found] == []


def test_the_act_of_signing_is_no_ceremony():
    # baomoi 22557455
    found = find_events("Kết thúc hội đàm, Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã ký kết Thỏa "
                        "thuận hợp tác đào tạo giữa Bộ Quốc phòng 2 nước.", 0)
    assert [e.kind for e in found] == ["hội đàm"]


def test_an_anniversary_as_a_purpose_is_no_report():
    # baomoi 22341470
    assert find_events("Tôi đã định chờ đến khi bà bình phục trở về để tổ chức kỉ niệm 60 năm cùng nhau.", 0) == []
