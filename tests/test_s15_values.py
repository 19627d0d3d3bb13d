"""A figure's value is written as the decimal the text wrote, not with the binary rounding
that multiplying by a scale word leaves."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from core.extract.numbers import SCALE_WORDS
from core.extract.statistics import extract_statistics
from core.record import Statistic


def test_a_scaled_decimal_is_written_as_written() -> None:
    # (from a baomoi report on power output: `… đạt 129,98 tỷ kWh …`)
    sentence = "Sản lượng điện sản xuất và mua cả năm ước đạt 129,98 tỷ kWh, tăng 8,6% so với năm trước."
    values = [s.to_dict()["value"] for s in extract_statistics([sentence])]
    assert values[0] == 129980000000
    assert isinstance(values[0], int)


def test_a_fraction_stays_a_fraction() -> None:
    assert Statistic(text="2,37", value=2.37, kind="count", unit="x").to_dict()["value"] == 2.37
    assert Statistic(text="99,47%", value=99.47, kind="percent", unit="%").to_dict()["value"] == 99.47


@given(st.integers(min_value=1, max_value=10**7), st.integers(min_value=0, max_value=3),
       st.sampled_from(sorted(set(SCALE_WORDS.values()))))
def test_scaled_values_are_the_exact_decimal(mantissa: int, decimals: int, scale: float) -> None:
    written = Decimal(mantissa) / (10**decimals)
    exact = written * Decimal(scale)
    got = Statistic(text="x", value=float(written) * scale, kind="count", unit="x").to_dict()["value"]
    assert Decimal(str(got)) == exact.normalize() or float(got) == float(exact)


def test_an_estimated_change_is_about() -> None:
    # (baomoi 22656769 and 21479956)
    found = extract_statistics(["Tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29% (cùng kỳ năm trước tăng 4,58%)."])
    assert [(s.value, s.qualifier) for s in found] == [(5.29, "about"), (4.58, None)]
    found = extract_statistics(["Kim ngạch hàng hóa nhập khẩu tháng 1/2017 ước tăng 15,8% so cùng kỳ năm trước."])
    assert [(s.value, s.qualifier) for s in found] == [(15.8, "about")]


def test_a_whole_written_as_its_own_part_is_counted() -> None:
    # (baomoi 21484879, 22227807, 21490284)
    found = extract_statistics(["Đến nay, 4/4 xã trên địa bàn thị xã đã hoàn thành chương trình."])
    assert [(s.value, s.of, s.unit) for s in found] == [(4, 4, "xã")]
    found = extract_statistics(["Đội của Adams sở hữu thành tích thua 5/5 trận, ghi 1 bàn."])
    assert (found[0].value, found[0].of, found[0].unit) == (5, 5, "trận")
    assert [(s.value, s.of) for s in extract_statistics(["(đã công bố 9/9 báo cáo đến thời hạn)"])] == [(9, 9)]


def test_a_day_written_like_a_whole_stays_a_day() -> None:
    # (baomoi 22702200, 22450014, 22696528)
    found = extract_statistics(["Tại cuộc họp ngày 7/7 bàn giải pháp xử lý 5 dự án tồn đọng."])
    assert [(s.value, s.of) for s in found] == [(5, None)]
    assert extract_statistics(["Lịch cắt điện Hà Nội ba ngày tới 4, 5 và 6/6 cập nhật mới nhất."]) == []
    assert extract_statistics(["Giá vàng hôm nay 7/7 quay đầu giảm."]) == []


def test_based_on_and_met_or_passed_set_no_bound() -> None:
    # (baomoi 21491022, 21478615)
    found = extract_statistics(["Chiến lược con người của CMC được xây dựng dựa trên 3 giá trị cốt lõi."])
    assert [(s.value, s.qualifier) for s in found] == [(3, None)]
    found = extract_statistics(["Quận thực hiện đạt và vượt 21/22 chỉ tiêu, trong đó có 9 chỉ tiêu vượt kế hoạch."])
    assert (found[0].value, found[0].of, found[0].qualifier) == (21, 22, None)
    assert [s.qualifier for s in extract_statistics(["Doanh thu đạt trên 300 tỷ đồng."])] == ["over"]
