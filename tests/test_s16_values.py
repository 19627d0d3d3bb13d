"""Statistics rules of the 2 Dec round, each with sentences from baomoi articles."""

from __future__ import annotations

from core.extract.statistics import extract_statistics


def _qualifiers(sentence: str) -> dict[str, str | None]:
    return {s.text: s.qualifier for s in extract_statistics([sentence])}


def test_an_estimate_said_of_the_subject_is_about() -> None:
    # (baomoi 21493367: a province's budget report; the share of the plan after it is not estimated)
    got = _qualifiers("Thu ngân sách tháng 1 ước thực hiện là 17.272 tỷ đồng, đạt 8% dự toán.")
    assert got == {"17.272 tỷ đồng": "about", "8%": None}


def test_an_estimate_may_be_dated_by_a_month() -> None:
    # (baomoi 22654629-like import reports: `Ước giá trị nhập khẩu … tháng 5 đạt …`)
    got = _qualifiers("Ước giá trị nhập khẩu mặt hàng rau quả tháng 5 đạt 154 triệu USD, "
                      "đưa giá trị nhập khẩu rau quả 5 tháng lên 600 triệu USD.")
    assert got == {"154 triệu USD": "about", "600 triệu USD": None}


def test_a_wish_is_no_estimate() -> None:
    # (baomoi 22738272: `mơ ước` is a wish)
    got = _qualifiers("Ông nói rằng từng mơ ước có 1 đứa con gái nhưng không được.")
    assert all(q is None for q in got.values())


def test_a_counted_noun_ends_before_a_persons_full_name() -> None:
    # (baomoi 22527850 and 21488614: the people counted are then named)
    found = extract_statistics(["Tòa tuyên phạt 4 bị cáo Ngô Văn Chiến và đồng phạm.",
                                "Bà có 2 chị gái Nguyễn Thị Nga và Nguyễn Thị Hà."])
    assert [(s.text, s.unit) for s in found] == [("4 bị cáo", "bị cáo"), ("2 chị gái", "chị gái")]


def test_a_body_or_a_place_after_the_noun_stays_in_it() -> None:
    # (a capitalised body is no name; a two-word place keeps its run, as before)
    found = extract_statistics(["Có 150 đại biểu Quốc hội tham dự.", "Trường có 5 trường Cao đẳng Nghề."])
    assert [s.unit for s in found] == ["đại biểu quốc hội", "trường cao đẳng nghề"]
