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
