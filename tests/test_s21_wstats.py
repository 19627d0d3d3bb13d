"""Statistics, s21 web round (shapes of pages vnmeet had not seen): sentences written for the test
or from the baomoi corpus, none copied from the gold files. Each checks value, kind, unit and of."""

import pytest

from core.extract.statistics import extract_statistics


def _stats(*sentences: str) -> list[tuple[float, str, str, float | None]]:
    return [(s.value, s.kind, s.unit, s.of) for s in extract_statistics(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The share after the whole shows the slash divides a part from its whole.
        ("Toàn tỉnh hiện có 120 nhà văn hóa/150 thôn, bản, đạt tỷ lệ 80%.",
         [(120.0, "count", "nhà văn hóa", 150.0), (80.0, "percent", "%", None)]),
        ("Đến nay đã có 45 trạm y tế/52 xã, thị trấn, đạt 86,5%; còn 7 xã chưa có.",
         [(45.0, "count", "trạm y tế", 52.0), (86.5, "percent", "%", None), (7.0, "count", "xã", None)]),
        # After a baomoi sentence (the share added): a sample over the samples tested.
        ("Kết quả chỉ có 6 mẫu dương tính/1.345 mẫu xét nghiệm, chiếm 0,45%.",
         [(6.0, "count", "mẫu dương tính", 1345.0), (0.45, "percent", "%", None)]),
    ],
)
def test_a_count_over_a_whole_of_another_noun_with_its_share(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Rates and pairs side by side: no share that is their quotient, no whole.
        ("Rooney ghi 253 bàn/559 trận cho MU, hiệu suất 45%.",
         [(253.0, "count", "bàn", None), (45.0, "percent", "%", None)]),
        # (a market's breadth: both counts, neither the other's whole)
        ("HNX-Index tăng 0,85% với 78 mã tăng/81 mã giảm.",
         [(0.85, "percent", "%", None), (78.0, "count", "mã", None), (81.0, "count", "mã", None)]),
        ("Malaysia có 341 xe/1.000 dân, cao hơn 21 lần.",
         [(341.0, "count", "xe", None), (21.0, "count", "lần", None)]),
    ],
)
def test_a_slash_without_the_share_makes_no_whole(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị bàn về chuyển đổi số khi vận hành mô hình chính quyền địa phương 02 cấp.",
        "Từ ngày 1/7, chính quyền 2 cấp chính thức đi vào hoạt động.",
    ],
)
def test_government_of_n_tiers_is_a_name(sentence):
    assert [s for s in extract_statistics([sentence]) if s.unit == "cấp"] == []


def test_other_tiers_still_count():
    assert _stats("Xe dùng hộp số tự động 6 cấp.") == [(6.0, "count", "cấp", None)]
