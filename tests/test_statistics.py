import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract.numbers import format_number, parse_number
from core.extract.statistics import extract_statistics
from core.record import Statistic


@pytest.mark.parametrize(
    ("text", "value"),
    [("17.500", 17500), ("2,37", 2.37), ("99.9", 99.9), ("1.234.567,5", 1234567.5), ("03", 3),
     ("0,137", 0.137), ("1,234,567", 1234567)],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_with_thousand_dots(n):
    assert parse_number(format_number(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip_with_decimal_comma(whole, cents):
    value = whole + cents / 100
    assert parse_number(format_number(value, 2)) == pytest.approx(value)


def one(sentence: str) -> Statistic:
    (stat,) = extract_statistics([sentence])
    return stat


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "unit", "of", "qualifier"),
    [
        ("Huyện ban hành gần 17.500 văn bản đi.", "gần 17.500 văn bản đi", 17500, "count", "văn bản đi", None, "about"),
        ("Thu hút đạt hơn 560 triệu USD.", "hơn 560 triệu USD", 560e6, "money", "USD", None, "over"),
        ("Giải quyết 47.563/47.590 hồ sơ.", "47.563/47.590 hồ sơ", 47563, "count", "hồ sơ", 47590, None),
        ("Tỷ lệ hồ sơ đúng hạn đạt 99,47%.", "99,47%", 99.47, "percent", "%", None, None),
        ("Phường 6 đạt 92,03 điểm.", "92,03 điểm", 92.03, "score", "điểm", None, None),
        ("Huyện xếp hạng 3 của tỉnh.", "xếp hạng 3", 3, "rank", "hạng", None, None),
        ("Tỉnh xếp thứ 5/63 cả nước.", "xếp thứ 5/63", 5, "rank", "hạng", 63, None),
        ("Giá không cao hơn 16.069 đồng/lít.", "không cao hơn 16.069 đồng/lít", 16069, "money", "VND", None, "under"),
        ("Tổng vốn 5 tỷ 570 triệu đồng.", "5 tỷ 570 triệu đồng", 5570e6, "money", "VND", None, None),
        ("Tên lửa bay khoảng 930 km.", "khoảng 930 km", 930, "measure", "km", None, "about"),
        ("Dự án rộng 1,5 ha.", "1,5 ha", 1.5, "measure", "ha", None, None),
        ("Bệnh viện có dưới 20 bác sỹ.", "dưới 20 bác sỹ", 20, "count", "bác sỹ", None, "under"),
    ],
)
def test_statistics(sentence, text, value, kind, unit, of, qualifier):
    stat = one(sentence)
    assert (stat.text, stat.kind, stat.unit, stat.of, stat.qualifier) == (text, kind, unit, of, qualifier)
    assert stat.value == pytest.approx(value)


def test_ranges_give_two_statistics_sharing_scale_and_unit():
    stats = extract_statistics(["Giá vàng ở mức 36,60– 37,02 triệu đồng/lượng, từ 10 đến 15 người."])
    assert [(s.value, s.kind, s.unit) for s in stats] == [
        (36.6e6, "money", "VND"), (37.02e6, "money", "VND"), (10, "count", "người"), (15, "count", "người")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiều ngày 11/01/2023, hội nghị diễn ra.",
        "Hội nghị lần thứ 22 khóa XVII tại phường 8.",
        "Giai đoạn 2021-2025 và 6 tháng đầu năm 2024.",
        "Theo Nghị định 49/2017/NĐ-CP và Chỉ thị 20 về việc này.",
        "Lúc 17h30 và 9:15, ông có 40 năm kinh nghiệm.",
        "Dịch vụ công mức độ 3 và mức độ 4, hội nghị G20, dầu 0.05S.",
        "Hai bên ký ba văn bản, đạt hạng Ba, hàng trăm người dự.",
    ],
)
def test_not_statistics(sentence):
    assert extract_statistics([sentence]) == []


def test_sentence_index_points_into_sentences():
    stats = extract_statistics(["Không có số.", "Có 12 tập thể và 8 cá nhân."])
    assert [(s.sentence, s.value) for s in stats] == [(1, 12), (1, 8)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), max_size=5))
def test_extractor_never_raises_on_any_text(sentences):
    for stat in extract_statistics(sentences):
        assert stat.kind in {"count", "percent", "money", "score", "rank", "measure"}
        assert 0 <= stat.sentence < len(sentences)
        assert stat.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["gần", "hơn", "17.500", "2,37", "%", "triệu", "tỷ", "đồng", "USD", "hồ sơ", "/", "47.590",
     "–", "đến", "ngày", "11/01", "xếp hạng", "3", "điểm", "km", ",", ".", "năm", "2023"]), max_size=25))
def test_extractor_never_raises_on_number_soup(words):
    for stat in extract_statistics([" ".join(words)]):
        assert stat.value >= 0


def test_scaled_measures_and_house_numbers():
    stats = extract_statistics(["Tại số 24 Hoàng Quốc Việt, sản lượng đạt 208,8 nghìn tấn."])
    assert [(s.value, s.kind, s.unit) for s in stats] == [(208800, "measure", "tấn")]
