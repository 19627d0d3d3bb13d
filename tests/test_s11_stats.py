"""Statistics, s11 round: sentences of the baomoi corpus (none from the gold files)."""

import pytest

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        ("Marc Marquez và Andrea Dovizioso lần lượt xếp thứ 4 và 7.", [4, 7]),
        ("Block B đang đứng thứ 2; The Song, Complex và I’m Sorry của Zion.T lần lượt đứng thứ 4, 5 và 10.", [2, 4, 5, 10]),
        ("Toyota Innova và Toyota Fortuner giữ vị trí thứ 2 và thứ 6 trong top 10 chiếc ô tô bán chạy nhất thị trường Việt.", [2, 6]),
        ("mối nguy từ Triều Tiên chỉ xếp thứ 5 hoặc 6 trong các quan tâm của dân Hàn Quốc", [5, 6]),
        ("Valentino Rossi và Johann Zarco phải chấp nhận vị trí xuất phát thứ 13 và 14.", [13, 14]),
        ("Alonso đã thực hiện xuất sắc để có được vị trí xuất phát thứ 5, nhưng", [5]),
    ],
)
def test_a_position_listed_after_another_is_a_position(sentence, ranks):
    assert [v for _, v, kind, _ in _stats(sentence) if kind == "rank"] == ranks


def test_a_listed_number_with_its_own_noun_or_a_run_of_booths_is_no_position():
    assert _stats("Đội xếp thứ 3 và 16 đội khác bị loại.") == [
        ("xếp thứ 3", 3, "rank", "hạng"), ("16 đội khác", 16, "count", "đội khác")]
    assert [v for _, v, kind, _ in _stats("nằm trong khu vực A1 vị trí 22, 23, 26, 53, 54, 55 được thiết kế") if kind == "rank"] == [22]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "code"),
    [
        ("anh ta phải chịu phạt tiền 40.000 rubles (676 USD), lao động công ích", "40.000 rubles", 40000, "RUB"),
        ("Họ nói rằng tôi chỉ cần vén váy lên để kiếm 150 pesos (tương đương 8 USD)", "150 pesos", 150, "PHP"),
        ("hình phạt dành cho ông này là 4.000 francs Thụy Sĩ (khoảng 4.155 USD)", "4.000 francs Thụy Sĩ", 4000, "CHF"),
        ("Giá chè Bangladesh ở mức trung bình 152,29 taka (tương đương 2,5 USD)/kg", "152,29 taka", 152.29, "BDT"),
        ("tôi đóng phạt 10.000 kyat (7,5 USD) và cảnh sát cho tôi đi", "10.000 kyat", 10000, "MMK"),
    ],
)
def test_more_currencies(sentence, text, value, code):
    assert _stats(sentence)[0] == (text, value, "money", code)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "các loại lãi suất điều hành đồng loạt hạ 0,25 điểm phần trăm và trần lãi suất cho vay cũng giảm",
            [("0,25 điểm phần trăm", 0.25, "percent", "%")],
        ),
        ("hiện chỉ còn dẫn trước với 3 - 4 điểm %. Còn", [("3 - 4 điểm %", 3, "percent", "%"), ("3 - 4 điểm %", 4, "percent", "%")]),
        ("TP.Đà Nẵng tiếp tục đứng đầu danh sách với 70 điểm, bỏ xa", [("70 điểm", 70, "score", "điểm")]),
    ],
)
def test_percentage_points_are_a_percent(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "thiệt hại riêng với cá là 70 tấn, giá trị chừng 3 tỷ rưỡi, thiệt hại lồng nuôi",
            [("70 tấn", 70, "measure", "tấn"), ("chừng 3 tỷ rưỡi", 3_500_000_000, "money", "VND")],
        ),
        (
            "doanh số lên đến 1 tỷ rưỡi – 2 tỷ đồng/tháng.",
            [("1 tỷ rưỡi", 1_500_000_000, "money", "VND"), ("2 tỷ đồng/tháng", 2_000_000_000, "money", "VND")],
        ),
        ("Tôi thấy có những người sắp hàng từ 4 rưỡi sáng nhưng mua xong thì lỗ", []),
        ("Tối hôm kia ôn tập một mạch đến 2 rưỡi sáng mới đi ngủ.", []),
    ],
)
def test_a_half_after_a_scale_word_and_half_past_an_hour(sentence, expected):
    assert _stats(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value", "code"),
    [
        ("Viettel bày tỏ sẵn sàng đầu tư 200 triệu ơ-rô để phát triển", "200 triệu ơ-rô", 200_000_000, "EUR"),
        ("còn bị tuyên xử bồi thường 80 triệu riel (gần 445 triệu đồng)", "80 triệu riel", 80_000_000, "KHR"),
        ("đưa về TP. Vinh (Nghệ An) với giá 3 triệu kíp Lào (tương đương", "3 triệu kíp Lào", 3_000_000, "LAK"),
    ],
)
def test_currencies_spelt_as_said(sentence, text, value, code):
    assert _stats(sentence)[0] == (text, value, "money", code)


def test_a_team_is_no_currency():
    assert _stats("Theo đó, 2 kíp bác sĩ được thực hiện song song.") == [("2 kíp bác sĩ", 2, "count", "kíp bác sĩ")]
