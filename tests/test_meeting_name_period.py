"""The year of an undated meeting named for a month or quarter (`phiên họp Chính phủ thường kỳ tháng 6/2017`):
sentences from baomoi-dev articles no rule was tuned on; each test checks the exact date, or null."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.extract.meetings import _name_period, _period_year, extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng: 'Có cán bộ công chức làm việc cầm chừng, không hiệu quả'\nThủ tướng Nguyễn Xuân Phúc Ngày 3/7, "
     "Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì phiên họp Chính phủ thường kỳ tháng 6/2017, với sự tham dự của "
     "lãnh đạo tất cả các địa phương trên cả nước theo hình thức trực tuyến.", ("phiên họp", "2017-07-03")),
    ("Giải hàng loạt vấn đề nóng\nNgày 29-5, Chủ tịch UBND TP HCM Nguyễn Thành Phong đã chủ trì cuộc họp về tình "
     "hình kinh tế - văn hóa - xã hội và thu chi ngân sách tháng 5-2017.", ("cuộc họp", "2017-05-29")),
    ("Chính phủ chỉ đạo chưa xem xét tăng giá điện\nNgày 3.6, tại buổi họp báo Chính phủ thường kỳ tháng 5.2017, "
     "Thứ trưởng Bộ Công Thương Đỗ Thắng Hải khẳng định, chưa xem xét có tăng giá điện hay không.",
     ("họp báo", "2017-06-03")),
])
def test_a_meeting_named_for_a_month_takes_its_year(text, expected):
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date) == expected


def test_a_day_outside_the_named_month_or_a_bracketed_history_gets_no_year():
    # `hội nghị thượng đỉnh GCC tháng 12/2016` beside `Ngày 5/6`: another event's month
    assert _period_year((2016, 12, 12), 6) is None
    assert _name_period("kỳ họp thứ 5 Quốc hội khóa XIII (tháng 6.2013)") is None
    assert _name_period("hội nghị triển khai kế hoạch từ tháng 6/2017") is None


def test_a_quarter_and_decembers_sitting_in_january():
    assert _name_period("cuộc họp báo quý 2/2017 của Bộ Công Thương") == (2017, 4, 6)
    assert _period_year((2017, 4, 6), 7) == 2017
    assert _period_year((2016, 12, 12), 1) == 2017


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 12))
def test_a_named_month_dates_only_itself_and_the_month_after(year, named, month):
    got = _period_year((year, named, named), month)
    if month in (named, named + 1):
        assert got == year
    elif named == 12 and month == 1:
        assert got == year + 1
    else:
        assert got is None


def test_the_month_after_the_meetings_noun_when_the_name_stops_short():
    text = ("Chủ tịch UBND TP: Xem xét đình chỉ chức vụ hiệu trưởng tông xe vào học sinh\nSáng 6/2, tại cuộc họp giao ban Chủ "
            "tịch, Phó Chủ tịch UBND TP với Giám đốc, Thủ trưởng các sở, ban, ngành tháng 1/2017, Chủ tịch UBND TP Hà "
            "Nội Nguyễn Đức Chung yêu cầu Giám đốc Sở GD&ĐT Hà Nội báo cáo về việc xe chở hiệu trưởng đâm trúng học sinh.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("giao ban", "2017-02-06", "sáng")


def test_a_month_another_thing_is_placed_in_gives_no_year():
    # `cuối tháng 7/2017`: when the dredging starts, not the briefing's month
    text = ("Cuối tháng 7, sẽ nạo vét, cải tạo hồ Hoàn Kiếm\nChiều 30/5, tại buổi giao ban báo chí Thành ủy Hà Nội, ông Võ Tiến Hùng, Tổng "
            "giám đốc Công ty Thoát nước Hà Nội cho biết, cuối tháng 7/2017, sẽ tiến hành nạo vét, cải tạo hồ Hoàn Kiếm.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("giao ban", None, "chiều")
    assert _name_period("cuộc họp giao ban, ông A cho biết, cuối tháng 7/2017, sẽ nạo vét", clause=True) is None
