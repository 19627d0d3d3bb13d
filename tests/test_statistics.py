"""Statistics: the number grammar and the extractor, on sentences of the baomoi corpus
(articles no rule was tuned on; none copied from the gold files)."""

import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.extract.numbers import SCALE_WORDS, format_number, parse_number
from core.extract.statistics import extract_statistics
from core.record import Statistic


@pytest.mark.parametrize(
    ("text", "value"),
    [("17.500", 17500), ("2,37", 2.37), ("99.9", 99.9), ("1.234.567,5", 1234567.5), ("03", 3),
     ("0,137", 0.137), ("1,234,567", 1234567), ("29 .306", 29306), ("64 .000", 64000),
     ("11, 5", 11.5), ("189, 8", 189.8)],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "1,2.3", "12 ,5"])
def test_parse_number_refuses_what_is_not_one_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_with_thousand_dots(n):
    assert parse_number(format_number(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip_with_decimal_comma(whole, cents):
    value = whole + cents / 100
    assert parse_number(format_number(value, 2)) == pytest.approx(value)


@given(st.integers(min_value=1000, max_value=10**9))
def test_a_stray_space_before_a_thousands_dot_is_the_same_number(n):
    written = format_number(n)
    broken = written.replace(".", " .", 1)
    assert parse_number(broken) == n


@given(st.integers(min_value=1000, max_value=999_999))
def test_thousands_grouped_by_a_space_are_one_number(n):
    written = format_number(n).replace(".", " ")
    assert parse_number(written) == n
    (stat,) = extract_statistics([f"Mỗi ngày thu được {written} đồng."])
    assert (stat.value, stat.unit, stat.text) == (n, "VND", f"{written} đồng")


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=100, max_value=999), st.integers(min_value=1, max_value=999))
def test_a_row_of_numbers_is_not_grouped(a, b, c):
    # A table row (`137 135 126 Loại`) or a code's number before a measure (`Mk 45 127mm`).
    assert all(s.value in (a, b, c) for s in extract_statistics([f"Trọng lượng (Kg) {a} {b} {c} kg."]))
    assert [s.value for s in extract_statistics([f"Pháo Mk {a} {b}mm."])] == [b]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(sorted(SCALE_WORDS)))
def test_scale_words_multiply_what_they_follow(n, scale):
    (stat,) = extract_statistics([f"Dự án có tổng vốn {format_number(n)} {scale} đồng."])
    assert (stat.kind, stat.unit) == ("money", "VND")
    assert stat.value == pytest.approx(n * SCALE_WORDS[scale])


def one(sentence: str) -> Statistic:
    (stat,) = extract_statistics([sentence])
    return stat


def facts(sentence: str) -> list[tuple[str, float, str, str, float | None, str | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.of, s.qualifier) for s in extract_statistics([sentence])]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "unit", "of", "qualifier"),
    [
        ("Tên lửa này được cho là đã bay khoảng 800km trong vòng 30 phút trước khi rơi xuống Biển Nhật Bản.",
         "khoảng 800km", 800, "measure", "km", None, "about"),  # baomoi 22269645
        ("Giải quyết 50/54 đơn, đạt 92,5%.", "50/54 đơn", 50, "count", "đơn", 54, None),
        ("Nhưng chỉ có 3 tỷ 442 triệu đồng được chi theo đúng nhiệm vụ để khắc phục mưa lũ.",
         "3 tỷ 442 triệu đồng", 3442e6, "money", "VND", None, None),
        ("Cầu thủ đang chơi cho CLB Felcra FC, đội bóng đang xếp hạng 3 giải VĐQG Malaysia.",
         "xếp hạng 3", 3, "rank", "hạng", None, None),
        ("Việt Nam được xếp thứ 24/141 quốc gia về tài nguyên du lịch.",
         "xếp thứ 24/141", 24, "rank", "hạng", 141, None),
        # `X trong (tổng) số Y`: one statistic, the whole in `of`.
        ("Lực lượng chức năng đã bắt được 2 trong số 3 nghi phạm gây án.",
         "2 trong số 3 nghi phạm", 2, "count", "nghi phạm", 3, None),
        ("Mexico thậm chí chỉ thua 2 trong 36 trận gần nhất.", "2 trong 36 trận", 2, "count", "trận", 36, None),
        ("Hạng A phải đạt tối thiểu 18 trên tổng số 20 tiêu chí theo hướng dẫn tại phụ lục.",
         "tối thiểu 18 trên tổng số 20 tiêu chí", 18, "count", "tiêu chí", 20, "over"),
        ("Tính đến tháng 5/2017, Hà Lan xếp thứ 11 trong số 119 quốc gia và vùng lãnh thổ đầu tư tại Việt Nam.",
         "xếp thứ 11 trong số 119 quốc gia", 11, "rank", "hạng", 119, None),
        ("Celta Vigo đã thua 6/7 trận gần nhất ở La Liga.", "6/7 trận", 6, "count", "trận", 7, None),
        # Ranks as a position after an adjective, or a top-N.
        ("Việt Nam là quốc gia tiêu thụ mì ăn liền lớn thứ 4 thế giới.", "lớn thứ 4", 4, "rank", "hạng", None, None),
        # Qualifiers.
        ("Vụ đánh bom khiến ít nhất 20 người thiệt mạng.", "ít nhất 20 người", 20, "count",
         "người", None, "over"),
        ("Các tay vợt thi đấu tối đa 3 séc/ trận.", "tối đa 3 séc/ trận", 3, "count", "séc/trận", None, "under"),
        ("Chênh lệch giữa giá vàng trong nước và thế giới đã được rút ngắn xuống còn chưa tới 3 triệu đồng/lượng.",
         "chưa tới 3 triệu đồng/lượng", 3e6, "money", "VND", None, "under"),
        ("Tổng lượt khách đến tham quan các khu, điểm du lịch ước đạt 211.834 lượt.",
         "ước đạt 211.834 lượt", 211834, "count", "lượt", None, "about"),
        ("Tiền chăm sóc, lễ bái tầm 60 triệu.", "tầm 60 triệu", 60e6, "money", "VND", None, "about"),
        ("Và để có được chân sút này, số tiền phải bỏ ra khoảng trên dưới 50 triệu bảng.",
         "trên dưới 50 triệu bảng", 50e6, "money", "GBP", None, "about"),
        ("Mỗi tháng một kiều nữ nhậu thuê thu nhập không dưới 10 triệu đồng, cao hơn nhiều so với sinh viên.",
         "không dưới 10 triệu đồng", 10e6, "money", "VND", None, "over"),
        ("Cá khoai giá 100 ngàn/kg, thèm cũng không mua được mà ăn.", "100 ngàn/kg", 100e3, "money", "VND",
         None, None),
        ("Tại Tanzania, trung bình 1 phụ nữ sinh 5 con.", "5 con", 5, "count", "con", None, None),
        # Ages.
        ("Ở tuổi 30, Messi có thể để lại dấu ấn muôn đời.", "tuổi 30", 30, "measure", "tuổi", None, None),
        ("Ngay từ năm 14 tuổi, cô đã tham gia làng giải trí.", "14 tuổi", 14, "measure", "tuổi", None, None),
        # Latin unit abbreviations and a thousands group broken by a stray space.
        ("Công suất tiêu thụ điện đạt mức 29 .306 MW, cao kỷ lục.", "29 .306 MW", 29306, "measure", "MW",
         None, None),
        ("Pin trong BlackBerry KEYone có dung lượng 3505 mAh.", "3505 mAh", 3505, "measure", "mAh", None, None),
        ("Xe mô tô điện Ego sportbike cho công suất 145 mã lực.", "145 mã lực", 145, "measure", "mã lực",
         None, None),
        ("Được biết, kinh phí làm phim tổng cộng lên tới 7 triệu NDT (hơn 22 tỷ đồng), một con số khủng thời "
         "bấy giờ.", "7 triệu NDT", 7e6, "money", "CNY", None, None),  # baomoi 22619541
        ("Rodrigo Bentancur (Uruguay, 5,1 triệu bảng): Sau 50 trận thi đấu cho câu lạc bộ Boca Juniors.",
         "5,1 triệu bảng", 5.1e6, "money", "GBP", None, None),
        # A scale word and no unit: money, unless the clause counts.
        ("Theo chủ quán, hai máy game bắn cá mua mới mua 140 triệu.", "140 triệu", 140e6, "money", "VND",
         None, None),
        ("Cụ thể, trong năm 2016 số lượng doanh nghiệp được thành lập là 110 nghìn, đạt mức kỷ lục.",
         "110 nghìn", 110e3, "count", "doanh nghiệp được thành lập", None, None),
        # `điểm` + a place is counted; a title is counted like a noun.
        ("Cả nước có 2.364 điểm thi.", "2.364 điểm thi", 2364, "count", "điểm thi", None, None),
        ("Có sẵn 2 lỗ trên lưng để lắp dây đai an toàn 4 điểm.", "2 lỗ", 2, "count", "lỗ", None, None),
        ("Nghị quyết phê chuẩn đề nghị của Chánh án TAND Tối cao về việc bổ nhiệm 2 Thẩm phán TAND Tối cao.",
         "2 Thẩm phán TAND Tối cao", 2, "count", "thẩm phán tand tối cao", None, None),
        ("Cấp ủy các cấp đã thi hành kỷ luật 87 tổ chức đảng.", "87 tổ chức đảng", 87, "count", "tổ chức đảng",
         None, None),
    ],
)
def test_statistics(sentence, text, value, kind, unit, of, qualifier):
    stat = extract_statistics([sentence])[0]
    assert (stat.text, stat.kind, stat.unit, stat.of, stat.qualifier) == (text, kind, unit, of, qualifier)
    assert stat.value == pytest.approx(value)


def test_ranges_give_two_statistics_sharing_scale_and_unit():
    assert facts("Giá vàng được niêm yết ở mức: 36,60– 37,02 triệu đồng/lượng.") == [
        ("36,60– 37,02 triệu đồng/lượng", 36.6e6, "money", "VND", None, None),
        ("36,60– 37,02 triệu đồng/lượng", 37.02e6, "money", "VND", None, None)]
    assert facts("Túc tắc mỗi năm cũng kiếm chừng 600-700 triệu đồng.") == [
        ("chừng 600-700 triệu đồng", 600e6, "money", "VND", None, "about"), ("chừng 600-700 triệu đồng", 700e6, "money", "VND", None, "about")]
    assert [(s.value, s.unit) for s in extract_statistics(["Sức mua cũng giảm so với trước Tết 20-30%."])] == [
        (20, "%"), (30, "%")]
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Nhiệt độ thấp nhất khu vực Tây Nguyên từ 21-24 độ C, cao nhất từ 30-33 độ C."])] == [
        (21, "measure"), (24, "measure"), (30, "measure"), (33, "measure")]


def test_a_threshold_counts_nothing_and_a_spaced_degree_is_a_measure():
    assert facts("Hơn 113.590 thí sinh đạt tổng điểm xét tuyển khối A từ 20 trở lên, trong đó, khoảng 19.000 "
                 "thí sinh có điểm từ 25 trở lên.") == [
        ("Hơn 113.590 thí sinh", 113590, "count", "thí sinh", None, "over"),
        ("khoảng 19.000 thí sinh", 19000, "count", "thí sinh", None, "about"),
        # (no count of anything, but a mark since the twenty-eighth round, as audit57 a007's annotator writes it)
        ("có điểm từ 25 trở lên", 25, "score", "điểm", None, "over")]
    assert facts("Nhiệt độ thấp nhất từ 23 - 26 o C.") == [
        ("23 - 26 o C", 23, "measure", "o C", None, None), ("23 - 26 o C", 26, "measure", "o C", None, None)]


def test_money_named_after_or_around_a_bare_scale_word():
    assert facts("Với việc đầu tư này, Bảo hiểm xã hội thu về gần 32.500 tỷ đồng tiền lãi, trong đó hơn 32.079 tỷ "
                 "lãi từ đầu tư quỹ và 396 tỷ từ lãi tài khoản chi quản lý bộ máy.") == [
        ("gần 32.500 tỷ đồng", 32500e9, "money", "VND", None, "about"),
        ("hơn 32.079 tỷ", 32079e9, "money", "VND", None, "over"),
        ("396 tỷ", 396e9, "money", "VND", None, None)]
    assert facts("Aaron Ramsey - 110.000 bảng/tuần.") == [("110.000 bảng/tuần", 110000, "money", "GBP", None, None)]
    assert facts("Tin liên quan Việt Nam đăng cai 1 bảng đấu ở vòng loại U23 Châu Á") == [
        ("1 bảng đấu", 1, "count", "bảng đấu", None, None)]


def test_a_group_of_a_spaced_number_is_not_a_figure_of_its_own():
    stats = extract_statistics(["Để tấn công 10 000 tay súng thánh chiến đang cố thủ trong Grozny, quân đội Nga tập "
                                "trung khoảng 15.000 binh sĩ, 230 xe tăng và 879 xe cơ giới."])
    assert [s.value for s in stats] == [10000, 15000, 230, 879]


def test_a_figure_left_without_unit_takes_the_one_before_it():
    stats = extract_statistics(["Số lượng màn hình OLED sẽ tăng gấp 3 lần, từ 1,57 triệu chiếc lên 5,25 triệu."])
    assert [(s.value, s.kind, s.unit) for s in stats] == [
        (3, "count", "lần"), (1.57e6, "count", "chiếc"), (5.25e6, "count", "chiếc")]


def test_a_whole_is_not_a_statistic_of_its_own():
    assert facts("Hiện tại, Đảng Dân chủ đang nắm giữ 119 ghế trong tổng số 300 ghế của Quốc hội Hàn Quốc.") == [
        ("119 ghế trong tổng số 300 ghế", 119, "count", "ghế", 300, None)]
    # `3 trong 1`: the part exceeds the whole, a product name.
    assert extract_statistics(["Ổ khóa tiện dụng 3 trong 1 gồm: Khóa xe chính, khóa cổ và khóa cốp."]) == []


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
        # From the baomoi corpus: scores, ordinals, models, grades, `một`, dates, plate numbers.
        "Bình Nhưỡng tiến hành vụ thử hạt nhân lần 6.",
        "PNJ gửi tới nhiều mẫu kim cương được chế tác trên chất liệu vàng 18k, 14k, 10k.",
        "Bán chạy nhất gần đây là iPhone 6s Plus CPO, loại máy tân trang do Apple cung cấp.",
        "Đoạn clip ghi lại cảnh giằng co của lực lượng CSGT và 1 số người dân.",
        "Bộ luật Hàng hải Việt Nam 2015 có hiệu lực từ 1/7 dành riêng Điều 95 cho tàu quân sự.",
        "Chưa bao giờ vui như hôm nay, có quá nhiều thứ đến 1 lúc.",
        "Nam thanh niên điều khiển xe máy BKS: 51X6-8756 chở cô gái đi ngược chiều.",
        "Mỗi cán bộ bổ nhiệm chức danh lãnh đạo không quá 2 nhiệm kỳ.",
        "Đảng ủy Sở đã quyết định cách chức Phó Bí thư Chi bộ 4 đối với ông Cao Minh Phương.",
        "Ban đầu, cháy xảy ra ở xóm 6, sau lan ra xóm 5 thuộc thôn Hoa Sơn.",
        "Lãnh đạo Quân khu 5 tặng quà người có công và hộ nghèo tại phường Khuê Trung.",
        "Ban nhạc Hạm đội 7- Hải quân Hoa Kỳ đã biểu diễn văn nghệ tại một số trường học ở Đà Nẵng.",
        "Ông Mạnh là chủ tàu BĐ 99567 TS.",
    ],
)
def test_not_statistics(sentence):
    assert extract_statistics([sentence]) == []


def test_sentence_index_points_into_sentences():
    stats = extract_statistics(["Không có số.", "Có 12 tập thể và 8 cá nhân."])
    assert [(s.sentence, s.value) for s in stats] == [(1, 12), (1, 8)]


_WRITTEN_SIGN_RE = re.compile(r"[-−]\s?\d|(?<!\w)âm\s", re.IGNORECASE)


def _check(sentences: list[str]) -> None:
    for stat in extract_statistics(sentences):
        assert stat.kind in {"count", "percent", "money", "score", "rank", "measure"}
        assert 0 <= stat.sentence < len(sentences)
        assert stat.text and stat.text in sentences[stat.sentence]
        # a figure below zero only where the text writes its sign (`(-0,83%)`, `-2 độ C`, `âm 0,4%`, `(-12 gậy)` under par)
        assert math.isfinite(stat.value) and (stat.value >= 0 or _WRITTEN_SIGN_RE.search(stat.text) is not None)
        assert stat.of is None or math.isfinite(stat.of)
        if stat.of is not None and "/" not in stat.text:
            assert stat.of >= stat.value  # `X trong (tổng) số Y`: a part never exceeds its whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), max_size=5))
def test_extractor_never_raises_on_any_text(sentences):
    _check(sentences)


_SOUP = [
    "gần", "hơn", "ít nhất", "tối đa", "17.500", "2,37", "29 .306", "%", "triệu", "tỷ", "nghìn tỷ", "đồng",
    "USD", "NDT", "bảng", "hồ sơ", "Phó Chủ tịch", "/", "47.590", "–", "-", "đến", "ngày", "11/01", "1/3",
    "xếp hạng", "xếp thứ", "top", "lớn thứ", "3", "điểm", "điểm thi", "km", "MW", "mã lực", "tuổi", ",",
    ".", "năm", "2023", "trong", "trong số", "trên tổng số", "1", "số", "lần", "6s", "14k", "(", ")",
    "0", "11, 5", "xóm", "4", "vừa", "một", "U20", "C", "mùng", "hôm",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=25), st.sampled_from([" ", ""]))
@example(["(", "-", "47.590", "gần", "gần"], "")  # a bracketed minus signs the figure after it
def test_extractor_never_raises_on_number_soup(words, glue):
    _check([glue.join(words)])


def test_scaled_measures_and_house_numbers():
    stats = extract_statistics(["Tại số 24 Hoàng Quốc Việt, sản lượng thủy sản ước tính đạt 208,8 nghìn tấn."])
    assert [(s.value, s.kind, s.unit, s.qualifier) for s in stats] == [(208800, "measure", "tấn", "about")]


def _facts(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_a_decimal_comma_with_a_stray_space_before_a_scale_word():
    assert _facts("Trong đó, VĐL là 189, 8 tỷ đồng, quỹ đầu tư phát triển là 127 tỷ đồng.") == [
        ("189, 8 tỷ đồng", 189_800_000_000, "money", "VND"),
        ("127 tỷ đồng", 127_000_000_000, "money", "VND"),
    ]
    # A list, not a decimal: two whole numbers, the first a range start sharing the scale.
    assert [v for _, v, _, _ in _facts("Mức khuyến mại lần lượt 30, 40 triệu đồng và 1 năm bảo hiểm.")] == [
        40_000_000
    ]


def test_the_counted_noun_ends_at_an_adverb_or_a_verb_after_it():
    assert _facts("Trong thành phần U22 Hàn Quốc có 4 cầu thủ vừa khoác áo U20.") == [
        ("4 cầu thủ", 4, "count", "cầu thủ")
    ]
    assert _facts("Còn 11 cơ sở chưa chuyển đi, 2 cửa van nằm dưới mặt nước.") == [
        ("11 cơ sở", 11, "count", "cơ sở"),
        ("2 cửa van", 2, "count", "cửa van"),
    ]


def test_a_rate_of_a_bare_scale_word_per_one_unit_is_money():
    assert _facts("Giá 7 nghìn một kg.") == [("7 nghìn", 7000, "money", "VND")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nếu đi từ con số 0 thường sẽ không tốt hơn.",  # `0` counts nothing
        "Sau khi bay vào TP.HCM để xem chiếc Ferrari 488 GTB màu trắng, anh chốt giao dịch.",
        "Nhiệt độ phổ biến từ 13 - 16 0 C.",
        "Vào năm ngoái, iPhone 6 bắt lửa trên chuyến bay.",
        "Ngoài ra còn có Australia, Singapore và Brunei cũng ủng hộ tái khởi động TPP 11.",  # baomoi 22334395
        "Chị Thu 4 hôm trước đã đến cơ quan điều tra đầu thú.",  # a period
        "Vụ việc xảy ra vào sáng 1/2 (mùng 5 tết) tại trang trại.",  # a lunar date
        "Kể cả 30 triệu năm trước, trông chúng cũng không khác nhiều.",  # a span of time
        "Xóm 13, 14 xã Tân Linh bị ngập.",  # a list of places after their name
        "Học sinh khối 10, 11 phải hoãn lịch thi.",
        "Một số câu hỏi như câu 33 mã đề 201 đòi hỏi học sinh phân tích được hiện tượng.",  # an exam code
    ],
)
def test_not_statistics_in_the_corpus(sentence):
    assert extract_statistics([sentence]) == []


def test_a_comma_after_a_time_word_or_far_number_ends_a_clause():
    assert _facts("Trong cuộc khảo sát cuối tháng 6, 66% người được hỏi vẫn nói vậy.") == [("66%", 66, "percent", "%")]
    assert _facts("Khi đến trước cây xăng số 39, 2 thanh niên cự cãi nhau.") == [
        ("2 thanh niên cự cãi nhau", 2, "count", "thanh niên cự cãi nhau")
    ]


def test_a_preposition_ends_the_counted_noun_and_a_verb_cannot_open_it():
    assert _facts("Hiện hai bên đã ký 7 văn kiện hợp tác giữa các địa phương.") == [
        ("7 văn kiện hợp tác", 7, "count", "văn kiện hợp tác")
    ]
    assert _facts("Stan Wawrinka sẽ gặp người thắng trận bán kết 2 giữa Rafael Nadal - Dominic Thiem.") == []
    assert _facts("Trong đó, nhánh 1 dẫn vào nhà ga quốc tế dài 303 m.") == [("303 m", 303, "measure", "m")]


def test_units_glued_in_capitals_and_counts_after_cung_luc():
    assert _facts("Nhà máy phát tổ máy thứ 2 (đạt công suất 66MW), RAM 4GB, camera trước 20MP.") == [
        ("66MW", 66, "measure", "MW"),
        ("4GB", 4, "measure", "GB"),
        ("20MP", 20, "measure", "MP"),
    ]
    assert _facts("Mạng 5G và tên lửa 3M22 Zircon của Nga.") == []  # codes, not units
    assert _facts("Pantsir-ME có khả năng tiêu diệt cùng lúc 4 mục tiêu.") == [("4 mục tiêu", 4, "count", "mục tiêu")]
    assert _facts("Nợ công hơn 2,5 triệu tỷ đồng.") == [("hơn 2,5 triệu tỷ đồng", 2.5e15, "money", "VND")]


def test_a_match_half_is_no_count():
    assert _facts("Ngay khi bước sang hiệp 2, Phi Sơn và Olah Micheal lần lượt có cơ hội.") == []
    # The half is no count; the score-line between the teams gives the two sides' scores.
    assert [(s.value, s.kind) for s in extract_statistics(["Tỷ số hiệp 1: Nga 0 - 1 Bồ Đào Nha."])] == [
        (0, "score"), (1, "score")]
    assert [(s.value, s.kind) for s in extract_statistics(["U22 Việt Nam 0-5 U20 Argentina: đội khách thắng dễ."])] == [
        (0, "score"), (5, "score")]


def test_a_measure_word_that_heads_a_noun_is_counted():
    # `cây`, `mẫu`, `thùng` weigh or hold only before what they measure; `chỉ tiêu` is a noun.
    assert facts("Hưởng ứng chương trình trồng mới 1 triệu cây xanh của thành phố Hà Nội.") == [
        ("1 triệu cây xanh", 1e6, "count", "cây xanh", None, None)]
    assert facts("Đơn vị thi công sẽ di chuyển 158 cây, giữ lại để cắt tỉa 142 cây.") == [
        ("158 cây", 158, "count", "cây", None, None), ("142 cây", 142, "count", "cây", None, None)]
    assert facts("Ở hệ ĐH, Trường tuyển 3.500 chỉ tiêu dự kiến.") == [
        ("3.500 chỉ tiêu dự kiến", 3500, "count", "chỉ tiêu dự kiến", None, None)]
    # (a part of the whole the sentence opens on: one statistic with `of`)
    assert facts("Trong 11 mẫu xe Lexus mà Toyota đang phân phối tại Việt Nam, có tới 6 mẫu xe giảm giá mạnh.") == [
        ("6 mẫu xe", 6, "count", "mẫu xe", 11, None)]
    assert facts("Mỗi quận, huyện sẽ được trang bị thêm 1.000 thùng rác mới.") == [
        ("1.000 thùng rác", 1000, "count", "thùng rác", None, None)]
    # ... and stay measures before their substance or alone.
    assert facts("Bước đầu chủ tiệm vàng khai hai kẻ cướp đã lấy đi 10 lượng vàng.")[0][2:4] == ("measure", "lượng")
    assert facts("Công trình cổ xưa này trải dài trên diện tích rộng khoảng 1.800 mẫu Anh.")[0][1:4] == (
        1800, "measure", "mẫu")
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Sản lượng dầu tăng từ 12,52 triệu thùng mỗi ngày."])] == [(12.52e6, "measure", "thùng")]


def test_chi_before_a_function_word_is_the_adverb_not_the_gold_weight():
    assert extract_statistics(["Trước đó, OnePlus 3 chỉ có giá 399 USD."])[0].value == 399
    assert len(extract_statistics(["Kỳ thi THPT Quốc gia 2017 chỉ còn một ngày."])) == 0
    assert facts("Mua 3 chỉ vàng thì dúi con dâu 2 chỉ.") == [
        ("3 chỉ", 3, "measure", "chỉ", None, None), ("2 chỉ", 2, "measure", "chỉ", None, None)]
    assert facts("Phim đạt doanh thu 16 tỷ chỉ sau 4 ngày công chiếu.") == [
        ("16 tỷ", 16e9, "money", "VND", None, None)]


def test_heights_spaced_powers_and_thresholds():
    assert facts("Người đẹp sinh năm 1996 cao 1m75, nặng 54kg.") == [
        ("1m75", 1.75, "measure", "m", None, None), ("54kg", 54, "measure", "kg", None, None)]
    assert facts("Phần còn lại hơn 400 m 2 má cho tôi.") == [("hơn 400 m 2", 400, "measure", "m 2", None, "over")]
    assert facts("Còn dòng xe có dung tích xi lanh trên 1.500 cm3 được giảm thuế.") == [
        ("trên 1.500 cm3", 1500, "measure", "cm3", None, "over")]
    assert facts("Tỷ lệ tăng huyết áp ở nhóm người từ 25 tuổi trở lên ngày càng tăng.") == [
        ("25 tuổi trở lên", 25, "measure", "tuổi", None, "over")]
    assert facts("Các dự án có vốn từ 6.000 tỉ đồng trở lên được ưu tiên.") == [
        ("6.000 tỉ đồng trở lên", 6e12, "money", "VND", None, "over")]
    assert facts("Doanh thu bán xe cả tài khóa vừa qua chỉ loanh quanh mức 10 triệu chiếc.") == [
        ("loanh quanh mức 10 triệu chiếc", 10e6, "count", "chiếc", None, "about")]


def test_a_qualified_year_like_number_is_a_count():
    assert facts("Hơn 2000 người đã được huy động để dập đám cháy.") == [
        ("Hơn 2000 người", 2000, "count", "người", None, "over")]
    assert extract_statistics(["Kiểm toán Nhà nước công bố báo cáo kiểm toán niên độ 2015 đối với BHXH."]) == []
    assert extract_statistics(["Thuật toán được đánh giá dựa trên 2000 thương vụ chuyển nhượng."]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Xe ô tô tải mang biển kiểm soát 29C- 395.64 vi phạm luật an toàn giao thông.",
        "Chiếc ô tô mang biển số 51F – 642.00 chở hai người.",
        "Hà Nội thi công đường vành đai 3 đoạn Mai Dịch - cầu Thăng Long.",
        "Lợi nhuận ròng của hãng đã giảm lần đầu tiên trong 5 tài khóa gần đây.",
    ],
)
def test_plates_ring_roads_and_fiscal_years_are_not_statistics(sentence):
    assert extract_statistics([sentence]) == []


@given(st.integers(min_value=1, max_value=2), st.integers(min_value=10, max_value=99))
def test_a_height_reads_metres_and_centimetres(metres, centimetres):
    (stat,) = extract_statistics([f"Cô ấy cao {metres}m{centimetres} và rất thân thiện."])
    assert (stat.kind, stat.unit) == ("measure", "m")
    assert stat.value == pytest.approx(metres + centimetres / 100)


def test_a_score_line_after_a_result_word_gives_both_sides():
    assert facts("Thứ 7 vừa rồi, trận hòa 1-1 trước Schalke đánh dấu cột mốc quan trọng.") == [
        ("1-1", 1, "score", "điểm", None, None), ("1-1", 1, "score", "điểm", None, None)]
    assert [s.value for s in extract_statistics(
        ["Juventus đi tiếp với tổng tỷ số 4-1 sau hai lượt trận, còn Zverev đánh bại Nole 6-4, 6-3."])] == [
        4, 1, 6, 4, 6, 3]
    assert [(s.value, s.kind) for s in extract_statistics(["Bàn nâng tỷ số lên 4-0 cho đội khách ở phút 87."])] == [
        (4, "score"), (0, "score")]
    assert [s.value for s in extract_statistics(["Thua đậm 0-5 phản ánh đúng với những gì diễn ra trên sân."])] == [
        0, 5]
    # No word of a result (or a name, `Hòa Bình`, `điều hòa`), or a unit after it: not a score.
    assert [s.kind for s in extract_statistics(["Bổ sung cho Bệnh viện Hòa Bình 10-15 máy chạy thận."])] == [
        "count", "count"]
    assert [s.kind for s in extract_statistics(["Phòng điều hòa nhưng 2- 3 người thân đi chăm sóc."])] == [
        "count", "count"]
    assert extract_statistics(["Đội tuyển gặp Latvia (10-6) tại Riga."]) == []
    assert [s.kind for s in extract_statistics(["Công ty thắng 2-3 tỷ đồng mỗi năm."])] == ["money", "money"]


def test_billionaires_ranks_in_a_scope_and_more_currencies():
    assert facts("Bài học đầu tư độc đáo từ 3 tỷ phú huyền thoại.") == [
        ("3 tỷ phú huyền thoại", 3, "count", "tỷ phú huyền thoại", None, None)]
    assert facts("Nam giới bước vào độ tuổi 50 tỷ lệ mãn dục chiếm đến 30%.")[0][:4] == ("tuổi 50", 50, "measure", "tuổi")
    assert facts("Trong trận bán kết với đối thủ là tay vợt số 1 thế giới Angelique Kerber, Konta dính chấn thương.") == [
        ("số 1", 1, "rank", "hạng", None, None)]
    assert extract_statistics(["Cầu thủ số 10 của U20 Việt Nam có pha hãm bóng kỹ thuật."]) == []
    assert facts("Việt Nam cũng giảm nhẹ 2 bậc từ vị trí 131 đã rơi xuống vị trí 133 thế giới.")[1:] == [
        ("vị trí 131", 131, "rank", "hạng", None, None), ("vị trí 133", 133, "rank", "hạng", None, None)]
    assert facts("Fiat chỉ ấn định chiều dài của xe là 144.4 inches.")[0][2:4] == ("measure", "inches")
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Giá bán là 63 – 68 triệu Rupiah, thâm hụt 26,1 tỷ CAD và thưởng 1,2 triệu HKD."])] == [
        (63e6, "IDR"), (68e6, "IDR"), (26.1e9, "CAD"), (1.2e6, "HKD")]


def test_the_people_of_a_case_are_counted():
    assert facts("Nga chiếm đoạt của 8 bị hại, cơ quan điều tra khởi tố 3 bị can và xét xử 12 bị cáo.") == [
        ("8 bị hại", 8, "count", "bị hại", None, None), ("3 bị can", 3, "count", "bị can", None, None),
        ("12 bị cáo", 12, "count", "bị cáo", None, None)]


def test_a_counted_noun_in_quotes():
    assert facts('Cơ quan vừa kết thúc điều tra 16 "sự cố" dẫn đến 132 "ca tử vong không chủ ý".') == [
        ('16 "sự cố"', 16, "count", "sự cố", None, None),
        ('132 "ca tử vong', 132, "count", "ca tử vong", None, None)]
    assert extract_statistics(["Khoản 6, Điều 5 \u201cngăn chặn\u201d và vòng 1 \u201ckhủng\u201d."]) == []


def test_a_number_before_an_ordinal_adjective_is_a_names():
    assert extract_statistics(["Đây là trận chung kết Masters 1000 đầu tiên của tôi."]) == []
    assert [s.value for s in extract_statistics(["Hợp đồng sản xuất 3 tàu Type 26 đầu tiên của hạm đội."])] == [3]


def test_two_figures_joined_by_va_hoac_share_the_seconds_scale_and_unit():
    assert facts("Acruzo có 2 phiên bản, giá đề xuất tương ứng là 35 và 36,5 triệu đồng.")[1:] == [
        ("35", 35e6, "money", "VND", None, None), ("36,5 triệu đồng", 36.5e6, "money", "VND", None, None)]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Ông Dũng cho biết đã có 5 hoặc 6 người bị thương."])] == [(5, "người"), (6, "người")]
    # A position or an age reads on its own; a list after an identifier names each.
    assert [(s.value, s.kind) for s in extract_statistics(["Hai người ở tuổi 35 và 22 đang trong tình trạng nguy kịch."])] == [
        (35, "measure")]
    assert [(s.value, s.kind) for s in extract_statistics(["Tottenham và Man City xếp thứ 2 và 3."])] == [
        (2, "rank"), (3, "rank")]
    assert extract_statistics(["Lịch cắt điện: Tổ 55, 56 và 57 phường Tương Mai, quận Hoàng Mai."]) == []
    assert extract_statistics(["Hiệu lực thi hành được quy định tại Điều 68 và 69 dự thảo Luật."]) == []


def test_a_range_after_a_model_code_is_not_a_plate():
    assert [(s.value, s.unit) for s in extract_statistics(["Tên lửa 58R6 – 1.000km và 120km."])] == [
        (1000, "km"), (120, "km")]


def test_a_final_score_line_after_chung_cuoc():
    assert [s.value for s in extract_statistics(["Chung cuộc: Thụy Điển 2-1 Pháp Ghi bàn: Toivonen."])] == [2, 1]


def test_do_before_a_number_ends_a_noun_and_qualifies_nothing():
    # Sentences from baomoi articles: `tốc độ`, `nhiệt độ`, `biên độ` are nouns, not `độ` "about".
    assert facts("Xe 180 mã lực cho phép chạy tốc độ 80km/h trên đường nhựa.")[1:] == [
        ("80km/h", 80, "measure", "km/h", None, None)]
    assert facts("Trời có lúc có mưa rào, nhiệt độ 31 độ C, trời mát.") == [
        ("31 độ C", 31, "measure", "độ C", None, None)]


def test_a_large_or_pronoun_led_scaled_figure_is_money():
    assert facts("Theo đó, cần 10.000 tỉ chống ngập cho thành phố.") == [
        ("10.000 tỉ", 1e13, "money", "VND", None, None)]
    assert facts("Cô tới căn biệt thự 15 tỷ anh mới tậu ở Phú Quốc.") == [
        ("15 tỷ", 15e9, "money", "VND", None, None)]
    # Counts of people stay counts.
    assert facts("Thị trường tiêu thụ rộng lớn với hơn 7 tỷ người.") == [
        ("hơn 7 tỷ người", 7e9, "count", "người", None, "over")]


def test_ve_so_is_no_count_cue():
    assert facts("Tờ vé số trúng Jackpot hơn 82 tỷ được bán ở TP Long Xuyên.") == [
        ("hơn 82 tỷ", 82e9, "money", "VND", None, "over")]


def test_a_figure_over_one_of_its_kind_and_unit_is_a_part_of_a_whole():
    assert facts("Hà Nội) vượt 1.940 tỷ đồng (5.952,6 tỷ đồng/4.022,6 tỷ đồng).")[1:] == [
        ("5.952,6 tỷ đồng/4.022,6 tỷ đồng", 5952.6e9, "money", "VND", 4022.6e9, None)]
    assert facts("Huyện đã giải phóng mặt bằng 324,4ha/1.342,8ha.") == [
        ("324,4ha/1.342,8ha", 324.4, "measure", "ha", 1342.8, None)]
    # A whole of 1 is the unit of a rate, a figure of another unit a price.
    assert [s.of for s in extract_statistics(["Lãi 2 triệu đồng/1 tỷ đồng mỗi tháng."])] == [None]
    assert [s.of for s in extract_statistics(["Giá 120.000 đồng/2 con gà."])] == [None]


def test_a_capitalised_name_and_number_the_article_repeats_is_a_name():
    article = ["Về cấu hình, Nokia 6 sử dụng chip Snapdragon 430, RAM 4GB.",
               "Ngoài ra, Nokia 6 chụp ảnh tốt trong điều kiện thiếu sáng.",
               "Hãng đã bán 2 triệu máy trong quý."]
    assert [(s.value, s.unit) for s in extract_statistics(article)] == [(4, "GB"), (2e6, "máy")]
    # Said once, the pair is a count (`chuyển giao cho Serbia 6 tiêm kích`).
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Nga sẽ chuyển giao cho Serbia 6 tiêm kích MiG-29 thặng dư."])] == [(6, "tiêm kích mig-29 thặng dư")]


def test_a_comparison_with_so_voi_gives_an_exact_difference():
    assert facts("Con số 1,86 tỷ USD này vẫn thấp hơn 5,7% so với năm trước.")[1:] == [
        ("5,7%", 5.7, "percent", "%", None, None)]
    assert facts("Messi có 16 pha lập công, nhiều hơn 3 bàn so với Cristiano Ronaldo.")[1:] == [
        ("3 bàn", 3, "count", "bàn", None, None)]
    # A bound stays a bound: no `so với`, a verb before `hơn`, or `không`.
    assert facts("Tuyên Quang, Lào Cai, Yên Bái có mưa lớn hơn 350mm.") == [
        ("hơn 350mm", 350, "measure", "mm", None, "over")]
    assert facts("Lượng bệnh nhân tăng hơn 50% so với cùng kỳ.") == [
        ("hơn 50%", 50, "percent", "%", None, "over")]


def test_a_bare_scaled_figure_before_o_is_money_and_gan_nhu_is_about():
    assert facts("Tòa tuyên án nhóm lừa 1.000 tỉ ở Cà Mau.") == [("1.000 tỉ", 1e12, "money", "VND", None, None)]
    assert facts("Bởi hiện tại gần như 100% lượng tôm được xuất khẩu.") == [
        ("gần như 100%", 100, "percent", "%", None, "about")]


def test_khu_vuc_n_is_a_zone_name():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Hải quan cảng Sài Gòn khu vực 1 cho biết đã bắt 3 đối tượng."])] == [(3, "đối tượng")]


def test_a_year_before_a_small_figure_is_no_range_start():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Ông 2 lần kiến nghị với Chính phủ vào năm 2013, 2014 và 4 lần báo cáo liên tục tại các kỳ họp."])] == [
        (2, "lần kiến nghị"), (4, "lần báo cáo liên tục")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Đội từng thua trận chung kết World Cup 2014 và 2 trận chung kết Copa America."])] == [
        (2, "trận chung kết copa america")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Giá bị đẩy lên cao, từ 2000 đến 2500 USD cho mỗi lần."])] == [(2000, "USD"), (2500, "USD")]


def test_stars_after_a_rated_noun_are_a_class():
    assert extract_statistics(["Vụ việc xảy ra ngày 10/8, tại một khách sạn 5 sao ở TP HCM."]) == []
    assert extract_statistics(["Xe mới đã đạt tiêu chuẩn an toàn 5 sao của tổ chức NCAP."]) == []
    assert extract_statistics(["Khách sạn 4-5 sao đang vắng khách."]) == []
    assert [(s.value, s.unit) for s in extract_statistics(["MU sẽ có cùng lúc 2 sao trẻ người Anh."])] == [
        (2, "sao trẻ người anh")]


def test_a_function_word_run_into_a_heading_is_no_name():
    article = ["Tuổi Tý Trong 12 con giáp, những người đàn ông tuổi Tý thông minh.",
               "Trong 12 con giáp, tuổi Tý đứng đầu."]
    assert [s.value for s in extract_statistics(article)] == [12, 12]


# Sentences below are from the baomoi corpus (not from any gold file).
def test_grams_are_a_weight_and_g_with_minutes_or_a_part_of_day_an_hour():
    assert facts("Trong khi mổ, mọi người thấy trong bao tử con lợn có một túi cát lợn, nặng 600g.") == [
        ("600g", 600, "measure", "g", None, None)]
    assert facts("Cháo sắn dây gạo tẻ: bột sắn dây 30g, gạo tẻ 50-80g.") == [
        ("30g", 30, "measure", "g", None, None), ("50-80g", 50, "measure", "g", None, None),
        ("50-80g", 80, "measure", "g", None, None)]
    assert extract_statistics(["Cho tới 11g đêm không thấy bạn trai trả lời tin nhắn."]) == []
    assert extract_statistics(["Trước đó, vào lúc 7g sáng 28-5, người dân phát hiện sự việc."]) == []
    assert extract_statistics(["Khoảng 8g30, xe chạy đến ngã tư."]) == []


def test_a_currency_code_glued_to_the_number_is_money():
    assert facts("Navdy – Giá 800USD (tương đương 18,2 triệu đồng).") == [
        ("800USD", 800, "money", "USD", None, None), ("18,2 triệu đồng", 18.2e6, "money", "VND", None, None)]
    assert facts("Giá bạch kim giao tháng Tư giảm 1% xuống 1.011,7USD/oz.") == [
        ("1%", 1, "percent", "%", None, None), ("1.011,7USD/oz", 1011.7, "money", "USD", None, None)]
    assert [(s.value, s.unit) for s in extract_statistics(["Son màu Hermosa của Changmakeup (330.000VNĐ)."])] == [
        (330000, "VND")]
    assert extract_statistics(["Viettel đang miễn phí đổi sim 4G trên toàn quốc."]) == []


def test_a_unit_after_the_number_outweighs_an_identifier_word_before_it():
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["KEYone có màn hình 4,5 inch với tỷ lệ 3:2."])] == [(4.5, "measure", "inch")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Camera chính của Xiaomi Redmi Note 4X có độ phân giải 16 MP."])] == [(16, "measure", "MP")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Nó bay được quãng đường 450 km về hướng đông, hướng ra biển Nhật Bản."])] == [(450, "measure", "km")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Thấy tôi nuôi ong, chính quyền yêu cầu đóng phí mỗi tháng 3 triệu đồng."])] == [(3e6, "money", "VND")]
    # An ordinal's scale, a word that is also a unit, a place named by a length stay as they were.
    assert extract_statistics(["Ra Mekaroon Kamol là vị khách thứ 10 triệu đến tham quan Di sản thế giới."]) == []
    assert extract_statistics(["UBND TPHCM yêu cầu UBND quận 5 chỉ đạo các đơn vị liên quan."]) == []
    assert extract_statistics(["Cầu thủ tung cú sút từ trong vòng 16 mét, thủ môn bay người cản phá."]) == []
    assert extract_statistics(["Khi đi đến km 437 phát hiện sự việc."]) == []


def test_tan_cong_is_an_attack_not_tonnes():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Hệ thống bảo mật đã phát hiện ít nhất 45.000 tấn công tại 74 quốc gia."])] == [
        (45000, "tấn công"), (74, "quốc gia")]


def test_the_word_before_a_range_bounds_both_ends():
    assert facts("Hoa hồng Duy được trả khoảng 20 -30 triệu/tháng.") == [
        ("khoảng 20 -30 triệu/tháng", 20e6, "money", "VND", None, "about"), ("khoảng 20 -30 triệu/tháng", 30e6, "money", "VND", None, "about")]
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["Theo tiến sĩ Long, bán đảo Sơn Trà còn khoảng 20 đàn với khoảng 300 đến 350 cá thể voọc chà vá."])] == [
        (20, "about"), (300, "about"), (350, "about")]
    # A list is not a range: each figure has its own.
    assert [(s.value, s.qualifier) for s in extract_statistics(["Có khoảng 45 và 49 triệu khách."])] == [
        (45e6, "about"), (49e6, None)]


def test_a_bound_of_the_clause_before_a_copula_qualifies_the_figure():
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["Tên lửa cần phải có tầm bắn tối thiểu là 5.500 km."])] == [(5500, "over")]
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["SSAI khuyến nghị độ dài tối đa thanh gươm được nuốt là 61cm, tức là đủ dài."])] == [(61, "under")]
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["Cặp đôi này đã nhận được ít nhất là 1 triệu tệ."])] == [(1e6, "over")]
    # `cao nhất` names the top figure, exact.
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["Bài thi có mức điểm cao nhất là 9,25 điểm."])] == [(9.25, None)]


def test_a_number_before_a_street_and_its_name_is_an_address():
    assert extract_statistics(["Cả ba chạy đến số nhà 367 đường Lê Duẩn để đuổi đánh."]) == []
    assert extract_statistics(["Do nhà ở 57 phố Hàng Bồ nên Phúc có biệt danh."]) == []
    assert extract_statistics(["Khi đến ngã 3 đường Trần Quốc Toản - Phạm Văn Thuận thì va chạm."]) == []
    assert [(s.value, s.unit) for s in extract_statistics(["Hiện thành phố có 3 đường cao tốc và 12 phố đi bộ."])] == [
        (3, "đường cao tốc"), (12, "phố đi bộ")]


def test_seats_after_a_vehicle_are_counted_and_end_there():
    # every annotated set counts them (see VEHICLE_NOUNS); the count's noun is the seats, not the clause after them
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Xe ô tô 4 chỗ chở 4 người trong một gia đình lưu thông trên quốc lộ."])] == [(4, "chỗ"), (4, "người")]
    assert [(s.text, s.unit) for s in extract_statistics(["Chiếc xe khách 16 chỗ mang BKS 82B - 002.45 lao xuống vực."])] == [
        ("16 chỗ", "chỗ")]
    assert [(s.text, s.qualifier) for s in extract_statistics(["Nhiều chủ xe ôtô dưới 12 chỗ khi đi qua trạm BOT phản ứng."])] == [
        ("dưới 12 chỗ", "under")]
    assert [(s.value, s.unit) for s in extract_statistics(["Nhà hát mới có 500 chỗ ngồi."])] == [(500, "chỗ ngồi")]


def test_a_finish_is_a_rank():
    assert facts("Dù chỉ về thứ 6 trong cuộc đua tại Áo, anh vẫn giữ ngôi đầu.") == [
        ("về thứ 6", 6, "rank", "hạng", None, None)]
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Tay đua chủ nhà Lance Stroll đã về đích thứ 9 và có được 2 điểm đầu tiên."])] == [(9, "rank"), (2, "score")]


def test_shows_by_night_are_counted():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Nhà hát kịch nói Quân đội đã có 4 đêm diễn, trong đó tác phẩm đạt giải."])] == [(4, "đêm diễn")]
    assert extract_statistics(["Anh ở lại 3 đêm thì về."]) == []


def test_the_whole_of_a_part_may_be_a_capitalised_noun():
    assert [(s.value, s.of, s.unit) for s in extract_statistics(
        ["Anh trở thành 1 trong 3 HLV chương trình The Face."])] == [(1, 3, "hlv chương trình the face")]


def test_two_consecutive_digits_with_a_comma_and_a_space_are_two_or_three():
    assert [(s.value, s.unit) for s in extract_statistics(["Vợ chồng gặp nhau chỉ nói 2, 3 câu là hết chuyện."])] == [
        (2, "câu"), (3, "câu")]
    assert [(s.value, s.unit) for s in extract_statistics(["Có khoảng 4, 5 đối tượng xăm trổ."])] == [
        (4, "đối tượng xăm trổ"), (5, "đối tượng xăm trổ")]
    # Without the space a decimal; after an identifier word a list of names.
    assert [s.value for s in extract_statistics(["Tỷ lệ trung bình 3,4 bàn/trận."])] == [3.4]
    assert extract_statistics(["Giao thông từ quận 1, 5 qua quận 4, 7, 8."]) == []


def test_a_measure_rate_keeps_its_unit_as_written():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Nhà máy hoạt động với công suất 200.000 tấn/năm và xả 12 m 3 /s."])] == [
        (200000, "tấn/năm"), (12, "m 3 /s")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Tôm quảng canh với năng suất trung bình 200-350kg/héc-ta."])] == [(200, "kg/héc-ta"), (350, "kg/héc-ta")]


def test_a_verb_after_a_number_counts_nothing():
    assert extract_statistics(["Tên lửa Atlas 5 chở phi cơ X-37B vào vũ trụ."]) == []
    assert extract_statistics(["Ngay khi Thế chiến 2 kết thúc, Mỹ cam kết bảo vệ Nhật."]) == []
    assert extract_statistics(["Bản iPhone 8 cao cấp có thể phải đợi đến cuối năm."]) == []
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Mazda6 2.0 cũ cũng giảm đến 75 triệu còn 915 triệu."])] == [(75e6, "money"), (915e6, "money")]
    # A noun that a verb also begins stays counted (`3 tiếp diễn đơn`: the tenses).
    assert [(s.value, s.unit) for s in extract_statistics(["Có 12 thì gồm: 3 tiếp diễn đơn và 3 đơn."])] == [
        (3, "tiếp diễn đơn"), (3, "đơn")]


def test_thousands_grouped_by_a_space_in_baomoi_text():
    assert facts("Một cụm binh lực khoảng 4 000 binh sĩ, chủ yếu là lực lượng Bộ Nội vụ.") == [
        ("khoảng 4 000 binh sĩ", 4000, "count", "binh sĩ", None, "about")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Nếu may mắn thì cũng được 1 ngày 200 000 đồng – 250 000 đồng."])] == [(200000, "VND"), (250000, "VND")]
    assert extract_statistics(["Kết quả xổ số điện toán 123 là 2 26 733; xổ số thần tài."]) == []


def test_nouns_and_verbs_that_end_in_an_identifier_word_do_not_block_the_number():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Trong số 16 khỉ đực, chỉ một con bị bệnh."])] == [(16, "khỉ đực")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Ở vị trí dẫn đầu là Ford F-Series với doanh số 57.995 chiếc."])] == [(57995, "chiếc")]
    assert [(s.value, s.unit) for s in extract_statistics(["Đều đặn tập mỗi ngày 3 lần, sáng sau khi ngủ dậy."])] == [
        (3, "lần")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["HLV Hữu Thắng đã triệu tập 4 tiền đạo trong số 28 cầu thủ, gồm: Công Phượng."])] == [(4, "tiền đạo")]
    assert [s.of for s in extract_statistics(["Có 4 tiền đạo trong số 28 cầu thủ."])] == [28]


def test_a_mark_given_before_its_number_is_a_score():
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Chỉ duy nhất 1 học sinh đạt điểm 10 môn Sử."])] == [(1, "count"), (10, "score")]
    assert [(s.value, s.kind) for s in extract_statistics(["Bài thi sẽ bị chấm điểm 0 nếu được chép."])] == [
        (0, "score")]
    # `điểm` + a number elsewhere is a place or a name, not a mark.
    assert extract_statistics(["Điểm 3 nằm ở phía bắc thành phố."]) == []


def test_a_number_grouped_in_thousands_after_an_identifier_word_is_a_quantity():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Số vụ cháy giảm mạnh chỉ còn 576 vụ (cùng kỳ 1.393 vụ)."])] == [(576, "vụ"), (1393, "vụ")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["NATO vừa điều 1.200 binh lính tới căn cứ hải quân."])] == [(1200, "binh lính")]
    assert extract_statistics(["Video trận thắng thứ 1.100 của Federer lập tại giải Halle."]) == []


def test_a_comma_before_three_digits_of_a_count_of_things_groups_thousands():
    assert facts("Có khoảng 200,000 người đang sống trong vùng.") == [
        ("khoảng 200,000 người", 200000, "count", "người", None, "about")]
    assert [s.value for s in extract_statistics(["Du khách dám leo 1,400 bậc để đến với lâu đài."])] == [1400]
    # A multiplier, a unit of chemistry or a decimal below one stay decimals.
    assert [s.value for s in extract_statistics(["Giá bồi thường tăng 3,130 lần so với trước."])] == [3.13]
    assert [s.value for s in extract_statistics(["Tỷ lệ P/E tăng 0,107 đơn vị."])] == [0.107]


def test_a_score_line_between_two_team_names_is_a_result():
    assert [(s.value, s.kind) for s in extract_statistics(["Stoke 1-4 Arsenal: Giroud lập cú đúp."])] == [
        (1, "score"), (4, "score")]
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Lukas Kluenter, Bayer Leverkusen 2 - 2 FC Cologne."])] == [(2, "score"), (2, "score")]
    assert extract_statistics(["Ngày 10-5 Sở Y tế TP.HCM vừa có báo cáo."]) == []


def test_a_bound_before_đạt_qualifies_and_no_other_figure_stands_between():
    assert [(s.value, s.qualifier) for s in extract_statistics(["Tốc độ tối đa của xe đạt 319 km/h."])] == [
        (319, "under")]
    assert [(s.value, s.qualifier) for s in extract_statistics(
        ["Động cơ sản sinh công suất tối đa 40 mã lực và mô-men xoắn cực đại đạt 165 Nm."])] == [
        (40, "under"), (165, None)]


def test_two_consecutive_digits_glued_by_a_comma_before_a_counted_noun_are_two_or_three():
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Nhiều đêm họ thấy 3,4 gã say rượu bước vào căn nhà hoang."])] == [
        (3, "gã say rượu"), (4, "gã say rượu")]  # (the noun ends before `bước vào`)
    # A multiplier, a rate, a scale or a measure keeps the decimal.
    assert [s.value for s in extract_statistics(["Doanh thu tăng 3,4 lần so với cùng kỳ."])] == [3.4]
    assert [s.value for s in extract_statistics(["Tỷ lệ sinh xuống mức 1,2 em bé/bà mẹ."])] == [1.2]
    assert [s.value for s in extract_statistics(["VNPT có gần 4,5 triệu thuê bao."])] == [4.5e6]
    assert [(s.value, s.kind) for s in extract_statistics(["Tên lửa mang đầu đạn 2,3 megaton."])] == [(2.3, "measure")]


def test_a_few_words_of_the_clause_may_stand_between_a_part_and_its_whole():
    assert [(s.value, s.of) for s in extract_statistics(
        ["Đảng Dân chủ hiện đang nắm 120 ghế, chưa đủ đa số trong tổng số 299 ghế tại Quốc hội."])] == [(120, 299)]
    assert [(s.value, s.of) for s in extract_statistics(
        ["Vận động viên này từng có đến 104 lần vào chung kết trong tổng số 400 lần tranh tài."])] == [(104, 400)]
    # Another clause between: the whole is not the figure's.
    assert [(s.value, s.of) for s in extract_statistics(
        ["Vụ tấn công làm gần 180 người chết và phần lớn trong số 200.000 người dân phải di tản."])] == [
        (180, None), (200000, None)]


def test_the_number_of_a_model_named_after_a_product_word_is_the_name_s():
    assert extract_statistics(["Cô sắm cho mình chiếc iPhone 7 plus đang thịnh hành."]) == []
    assert extract_statistics(["Ảnh chi tiết mẫu xe Honda 67 độ độc nhất Việt Nam."]) == []
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Giá trị nhất của mình là chiếc Ferrari 308 trị giá 50.000 USD."])] == [(50000, "USD")]
    # A unit, a price or the seats and doors are the product's figures.
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Phiên bản MacBook Pro 13 inch với Touch Bar bán chạy."])] == [(13, "inch")]
    assert [(s.value, s.unit) for s in extract_statistics(["Mua 3 chiếc xe và 2 chiếc Toyota."])] == [
        (3, "chiếc xe"), (2, "chiếc toyota")]


def test_a_related_article_title_in_brackets_holds_no_statistic():
    sentence = ("Trong một ngày có 12 vụ. [Bắt giữ hơn 6.300 tấn thép cuộn trốn thuế nhập qua cảng Bến Nghé] "
                "Ghi nhận tại hiện trường có 3 xe tải.")
    assert [(s.value, s.unit) for s in extract_statistics([sentence])] == [(12, "vụ"), (3, "xe tải")]
    assert [s.value for s in extract_statistics(["Theo tài liệu [1] có 5 người."])] == [5]


def test_a_bare_scaled_figure_after_a_small_count_is_money():
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Họ lấy của tôi 1 tờ 500 ngàn và bỏ đi."])] == [(1, "count", "tờ"), (500000, "money", "VND")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Số điện thoại tăng từ 1,57 triệu chiếc lên 5,25 triệu."])] == [
        (1.57e6, "count", "chiếc"), (5.25e6, "count", "chiếc")]


def test_pounds_grouped_as_english_writes_them_are_money():
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(
        ["Rooney sẽ chỉ nhận mức lương 150,000 bảng/tuần, bằng một nửa."])] == [(150000, "money", "GBP")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(["Cửa hàng treo 1,500 bảng hiệu."])] == [
        (1500, "count", "bảng hiệu")]


def test_a_stressed_part_of_a_whole_is_no_date():
    assert [(s.value, s.of, s.unit) for s in extract_statistics(["Có đến 9/10 mẫu khí thải không đạt yêu cầu."])] == [
        (9, 10, "mẫu khí thải")]
    assert extract_statistics(["Quyết định có hiệu lực từ 1/7 đến 9/10 năm nay."]) == []


def _tail_by_regex(before: str) -> list[tuple[int, str]]:
    """The words before a number as `_tail` read them with regexes (before it was sped up)."""
    import re

    stripped = re.sub(r"[\s:]+$", "", before)
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\w+", stripped[max(0, len(stripped) - 40):])]
    offset = max(0, len(stripped) - 40)
    words = [(start + offset, word) for start, word in words]
    if not words or words[-1][0] + len(words[-1][1]) != len(stripped):
        return []
    return [(start, stripped[start:].lower()) for start, _ in words[-4:]]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàĐđ1_ :\u00a0\u3000\t.,-")), max_size=60))
def test_tail_reads_what_the_regexes_read(before: str) -> None:
    from core.extract.statistics import _tail

    assert _tail(before) == _tail_by_regex(before)


def test_parse_number_cached_gives_the_same_value() -> None:
    assert parse_number("1.234,5") == parse_number("1.234,5") == 1234.5
    with pytest.raises(ValueError):
        parse_number("1,2.3,4")
    with pytest.raises(ValueError):  # a failure is not cached as a value
        parse_number("1,2.3,4")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"a Đ1209.,/:-–%GkMWtriệu ", "tăng", "hơn", "khoảng", "ng"]), max_size=30))
def test_number_pattern_matches_as_its_look_behind_first_form(pieces: list[str]) -> None:
    """`_NUM_RE` tries its first digit before its look-behinds: the same numbers as the
    plain form with the look-behinds first."""
    import re

    from core.extract import statistics

    text = "".join(pieces)
    head = r"(?P<num>\d" + statistics._FIGURE_START + r"(?<=(?<![^\W\d_]-)\d)\d*"
    assert statistics._NUM_RE.pattern.startswith(head)
    glued = "".join(f"|(?<={w})" for w in statistics.GLUED_FIGURE_WORDS)
    plain = re.compile(
        r"(?:(?<![\w/.,:])|(?<=[^\W\d_]{2},)" + glued + r")(?<![^\W\d_]-)(?P<num>\d+" + statistics._NUM_RE.pattern[len(head):]
    )
    found = [(m.span(), m.groupdict()) for m in statistics._NUM_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


# Sentences of baomoi articles (22684249, 22402139, 22551537, 22225554, 22737630, 22334072,
# 22374247, 22361400, 22628330), none of them a gold file.
def test_a_rate_base_of_population_is_no_figure_nor_a_whole():
    assert extract_statistics(
        ["Tỷ lệ phòng học và số bác sĩ, số giường bệnh trên 10.000 dân; tỷ lệ hộ dân được sử dụng nước sạch."]) == []
    assert [(s.text, s.value, s.of, s.unit) for s in extract_statistics(
        ["Bệnh lý bẩm sinh không hiếm gặp, tỷ lệ mắc 0,2 - 0,3/1.000 dân."])] == [
        ("0,2 - 0,3/1.000 dân", 0.2, None, "dân"), ("0,2 - 0,3/1.000 dân", 0.3, None, "dân")]
    assert [(s.value, s.of, s.qualifier) for s in extract_statistics(
        ["Tỷ lệ xuất hiện chỉ khoảng 170/100.000 dân."])] == [(170, None, "about")]
    # a count of people over a bound stays one
    assert [(s.text, s.value, s.qualifier) for s in extract_statistics(
        ["Vụ đánh bom khiến ít nhất 18 người thiệt mạng và trên 100 người bị thương."])] == [
        ("ít nhất 18 người", 18, "over"), ("trên 100 người", 100, "over")]


def test_a_party_plenum_and_an_admission_choice_are_names():
    assert extract_statistics(
        ["Đề án tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới cơ chế."]) == []
    assert extract_statistics(["Tại Hội nghị Trung ương 5 khóa XII, Ban Kinh tế Trung ương đã tham mưu."]) == []
    assert extract_statistics(["Số lượng học sinh đăng ký nguyện vọng 1 và 2 chi tiết của từng trường như sau."]) == []
    assert [(s.text, s.value, s.unit) for s in extract_statistics(
        ["Khen thưởng gia đình văn hóa, trong đó cấp Trung ương 89 hộ, cấp tỉnh 1.498 hộ."])] == [
        ("89 hộ", 89, "hộ"), ("1.498 hộ", 1498, "hộ")]


def test_points_that_are_places_or_highlights_are_counted():
    assert [(s.text, s.kind, s.unit, s.qualifier) for s in extract_statistics(
        ["Bắc Giang ấn định toàn tỉnh có hơn 500 điểm karaoke."])] == [
        ("hơn 500 điểm karaoke", "count", "điểm karaoke", "over")]
    assert [(s.text, s.kind, s.unit) for s in extract_statistics(
        ["Trên địa bàn huyện hiện có 6 điểm có nguy cơ xảy ra sạt lở."])] == [("6 điểm", "count", "điểm")]
    assert [(s.kind, s.unit) for s in extract_statistics(["Còn 24 vị trí vướng mắc, gồm 10 điểm vướng mặt bằng."])][1] == (
        "count", "điểm vướng")  # `bằng` ends a noun phrase, `mặt bằng` left out whole
    assert [(s.kind, s.value) for s in extract_statistics(["TP.HCM 1 có được 3 điểm quan trọng."])] == [("score", 3)]


_ROMAN = st.sampled_from(["IX", "X", "XI", "XII", "(XII)", "12"])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=15), _ROMAN, st.sampled_from(["Nghị quyết Trung ương", "Hội nghị Trung ương", "Hội nghị TW"]))
def test_a_plenum_number_before_its_term_is_never_a_statistic(n: int, term: str, head: str) -> None:
    assert extract_statistics([f"Thực hiện {head} {n} khóa {term} về xây dựng Đảng."]) == []


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["100", "1.000", "10.000", "100.000"]))
def test_a_rate_over_a_population_base_has_no_whole(x: int, base: str) -> None:
    stats = extract_statistics([f"Tỷ lệ mắc bệnh là {x}/{base} dân."])
    assert [(s.value, s.of) for s in stats] == [(x, None)]


# Sentences of baomoi articles 22510994, 22259520, 22509612.
def test_a_position_on_the_globe_is_no_measure():
    assert extract_statistics(
        ["Đến 7 giờ ngày 13/6, vị trí tâm áp thấp nhiệt đới ở vào khoảng 23,8 độ Vĩ Bắc; 114,9 độ Kinh Đông."]) == []
    assert [(s.text, s.value, s.unit) for s in extract_statistics(
        ["Do ảnh hưởng của rãnh áp thấp có trục ở khoảng 6-9 độ vĩ Bắc nên có mưa 70-120mm."])] == [
        ("70-120mm", 70, "mm"), ("70-120mm", 120, "mm")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Phía Bắc vĩ tuyến 17,5 độ Vĩ Bắc; phía Đông kinh tuyến 113,5 độ Kinh Đông có sóng cao 2-3m."])] == [
        (2, "m"), (3, "m")]
    assert [(s.value, s.unit) for s in extract_statistics(["Nhiệt độ cao nhất 35 độ, có nơi trên 37 độ C."])] == [
        (35, "độ"), (37, "độ C")]


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=180, places=1), st.sampled_from(["độ Vĩ Bắc", "độ vĩ Nam", "độ Kinh Đông", "độ kinh Tây", "° vĩ Bắc"]))
def test_a_coordinate_is_never_a_statistic(x: object, direction: str) -> None:
    written = str(x).replace(".", ",")
    assert extract_statistics([f"Tâm bão ở vào khoảng {written} {direction}, cách bờ biển."]) == []


# Sentences of baomoi articles (a survey, a phone review): `chỉ` before a figure is "only".
def test_only_before_a_figure_is_no_gold_weight():
    assert [(s.text, s.value, s.kind) for s in extract_statistics(
        ["Độ tuổi 30 chỉ có khoảng 50%, trong khi nhóm tuổi 18-29 chỉ 44% người muốn hạn chế nhập cư."])] == [
        ("khoảng 50%", 50, "percent"), ("44%", 44, "percent")]
    assert [(s.value, s.unit) for s in extract_statistics(["Độ dày của OnePlus 5 chỉ 7,25mm."])] == [(7.25, "mm")]
    assert [(s.text, s.value, s.kind, s.unit) for s in extract_statistics(["Chị Ngọc mua 5 chỉ vàng kim kê."])] == [
        ("5 chỉ", 5, "measure", "chỉ")]


# Sentences of baomoi articles 21512073, 22590270, 21480470, 22472578, 22374719.
def test_a_word_that_names_a_close_range_names_its_end_too():
    assert extract_statistics(["Phim được phát sóng trên kênh THVL1 vào lúc 20h, từ thứ 2 - 7 hàng tuần."]) == []
    assert extract_statistics(["Từ câu 31 đến 44 rất khó yêu cầu thí sinh phải có sự suy nghĩ."]) == []
    assert extract_statistics(["Nhà ga T4 nằm trên khu vực Trung đoàn 917 - 918 hiện nay."]) == []
    # a count a time word spreads, and a far end, stay counts
    assert [(s.text, s.value, s.unit) for s in extract_statistics(
        ["Mỗi đêm bác phải lục đục dậy đi tiểu đêm 2 – 3 lần, xong thì không ngủ nổi nữa."])] == [("3 lần", 3, "lần")]
    assert [(s.text, s.value, s.unit) for s in extract_statistics(
        ["Năm 2016 tới 93.000 DN gặp khó khăn."])] == [("93.000 DN gặp khó khăn", 93000, "dn gặp khó khăn")]


# Sentences of baomoi articles 22447021, 22246093, 22343562, 21478406 and two stock reports.
def test_points_at_a_place_are_counted_a_level_stays_a_score():
    assert [(s.text, s.kind, s.unit) for s in extract_statistics(
        ["Bước đầu các cơ quan nhận định khả năng nguồn nước có chứa độc tố và đã lấy mẫu nước tại 6 điểm."])] == [
        ("6 điểm", "count", "điểm")]
    assert [(s.value, s.kind) for s in extract_statistics(["IVS lưu ý với NĐT ở 3 điểm."])] == [(3, "count")]
    assert [(s.text, s.kind, s.unit) for s in extract_statistics(
        ["Ngoài vé lượt, vé tháng còn được bán tại 3 điểm là Bến xe Yên Nghĩa."])] == [("3 điểm", "count", "điểm")]
    assert [(s.value, s.kind) for s in extract_statistics(
        ["HNX-Index đảo chiều giảm 0.23% neo tại 90.16 điểm kết thúc phiên giao dịch."])] == [
        (0.23, "percent"), (90.16, "score")]
    assert [(s.value, s.kind) for s in extract_statistics(
        ["Vùng hỗ trợ gần của VN-Index nằm tại 760 điểm."])] == [(760, "score")]


# Sentences of baomoi articles 21471121, 22735455, 22463461, 21481763, 22656899, 22702489, and a
# commodity report.
def test_gem_weights_are_measures():
    assert [(s.text, s.value, s.kind, s.unit) for s in extract_statistics(
        ["Viên kim cương hình tim nặng 56,15 cara được bán với giá 10 triệu USD."])] == [
        ("56,15 cara", 56.15, "measure", "cara"), ("10 triệu USD", 10e6, "money", "USD")]


def test_nouns_that_begin_with_dong_are_counted_not_money():
    assert [(s.text, s.value, s.kind, s.unit) for s in extract_statistics(
        ["Trong năm 2016, Đảng bộ đã kết nạp được 6 đồng chí Đảng viên mới."])] == [
        ("6 đồng chí Đảng viên", 6, "count", "đồng chí đảng viên")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(["Bị cáo cùng 35 đồng phạm khác."])] == [
        (35, "count", "đồng phạm khác")]
    assert [(s.value, s.kind, s.unit) for s in extract_statistics(["Anh nộp 500 đồng."])] == [(500, "money", "VND")]


def test_money_grouped_as_english_writes_it():
    assert [(s.text, s.value) for s in extract_statistics(
        ["Tại Trà Vinh giá 357,000 đồng/kg nhưng tại Bình Dương giá cao gấp đôi, tới 840,000 đồng/kg."])] == [
        ("357,000 đồng/kg", 357000), ("840,000 đồng/kg", 840000)]
    assert [(s.value, s.unit) for s in extract_statistics(["Cụ thể, tại Vietcombank 22,540-22,610 đồng/USD."])] == [
        (22540, "VND"), (22610, "VND")]
    assert [(s.value, s.unit) for s in extract_statistics(
        ["Mức lương thấp nhất trong danh sách là 47,000 USD, ông phải nộp phạt 180,000 euro."])] == [
        (47000, "USD"), (180000, "EUR")]
    # a price in dollars with three decimals stays one
    assert [(s.value, s.unit) for s in extract_statistics(["Giá đồng giảm xuống 2,632USD/pound."])] == [
        (2.632, "USD")]


# Sentences of baomoi articles 22232170, 22370653, 22754668.
def test_a_scaled_count_of_compatriots_and_money_before_a_heading():
    assert [(s.value, s.kind, s.qualifier) for s in extract_statistics(
        ["Cùng với lãnh đạo TP, cùng gần 10 triệu đồng bào thành phố tiếp tục công việc."])] == [
        (10e6, "count", "about")]
    assert [(s.text, s.kind) for s in extract_statistics(
        ["Lợi nhuận trước thuế hợp nhất hơn 674 tỷ đồng niên độ 2017 – 2018."])] == [("hơn 674 tỷ đồng", "money")]
    assert [(s.text, s.kind) for s in extract_statistics(
        ["Đội vô địch: PVF - cúp, HCV và 50 triệu đồng Đội á quân: Viettel."])] == [("50 triệu đồng", "money")]


# The s4 precision audit (40 random baomoi articles nobody had read): test sentences from other
# baomoi articles than those audited, found by counting each class over the corpus.


def test_a_range_start_written_in_the_unit_keeps_its_value():
    # baomoi 22613283, 21479577
    assert facts("Các phương tiện vi phạm sẽ bị phạt tiền từ 100.000 - 2 triệu đồng.") == [
        ("100.000 - 2 triệu đồng", 100_000, "money", "VND", None, None), ("100.000 - 2 triệu đồng", 2_000_000, "money", "VND", None, None)]
    assert facts(
        "Tại các cửa hàng bán lẻ, giá của mẫu xe SH 2017 không thống nhất, mức chênh lệch không lớn khoảng "
        "500.000 – 1 triệu đồng.") == [
        ("khoảng 500.000 – 1 triệu đồng", 500_000, "money", "VND", None, "about"),
        ("khoảng 500.000 – 1 triệu đồng", 1_000_000, "money", "VND", None, "about")]
    # A start without thousands still takes the end's scale (baomoi 22574932).
    assert [s[:3] for s in facts(
        "Riêng SH150 CBS và SH150 ABS được bán ra phổ biến từ 99-100 triệu đồng và 114 -114,5 triệu đồng bao "
        "giấy, giảm khoảng 500.000 - 1 triệu đồng so với tháng trước.")] == [
        ("99-100 triệu đồng", 99_000_000, "money"), ("99-100 triệu đồng", 100_000_000, "money"), ("114 -114,5 triệu đồng", 114_000_000, "money"),
        ("114 -114,5 triệu đồng", 114_500_000, "money"), ("khoảng 500.000 - 1 triệu đồng", 500_000, "money"),
        ("khoảng 500.000 - 1 triệu đồng", 1_000_000, "money")]


@settings(max_examples=60)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9))
def test_a_range_start_in_thousands_never_passes_its_end(thousands, millions):
    start = thousands * 1000
    stats = extract_statistics([f"Các phương tiện vi phạm sẽ bị phạt tiền từ {format_number(start)} - {millions} triệu đồng."])
    assert [(s.value, s.kind) for s in stats] == [(start, "money"), (millions * 1_000_000, "money")]


def test_conjunctions_and_adverbs_open_no_counted_noun():
    # baomoi 22428725, 22422613, 22604466, 22745107, 22650675, 22455194
    assert facts(
        "Số vốn điều lệ này là mức tối thiểu để khai thác 10 máy bay nếu vận chuyển hàng không quốc tế, hoặc 30 "
        "máy bay nếu chỉ khai thác nội địa.") == [
        ("10 máy bay", 10, "count", "máy bay", None, None), ("30 máy bay", 30, "count", "máy bay", None, None)]
    assert facts(
        "Tại kỳ họp thứ 4, trình Quốc hội thông qua 6 luật; cho ý kiến về 11 dự án luật (trong đó có 2 dự án nếu "
        "bảo đảm điều kiện thì có thể thông qua ngay tại 1 kỳ họp).")[2] == ("2 dự án", 2, "count", "dự án", None, None)
    assert facts("– Hôm nay bố chỉ xin được có 400 ngàn thôi.") == [("400 ngàn", 400_000, "money", "VND", None, None)]
    assert facts(
        "Bố mẹ đẻ và bố mẹ chồng mỗi bên lo hộ trên dưới 200 triệu, chúng tôi còn hơn 500 triệu phải trả.") == [
        ("trên dưới 200 triệu", 200_000_000, "money", "VND", None, "about"),
        ("hơn 500 triệu", 500_000_000, "money", "VND", None, "over")]
    assert facts(
        "Cách đây không lâu, Ngọc Duyên còn gây chú ý khi được người yêu đưa rước bằng siêu xe 70 tỷ đi sự kiện.") == [
        ("70 tỷ", 70_000_000_000, "money", "VND", None, None)]
    assert extract_statistics([
        "Do đó, mẹ nên chia nhỏ bữa ăn chính thành nhiều bữa trong ngày, mỗi bữa 1 ít để bảo đảm số lượng thức ăn "
        "cần thiết cho trẻ."]) == []


def test_nouns_with_a_stop_word_syllable_run_on():
    # baomoi 22355069, 22724516
    assert facts("Trên hướng tiến công Mozdok, tổ chức cụm binh lực 15 tiểu đoàn, trang bị 230 xe thiết giáp BMP và "
                 "BTR, 40 xe tăng.")[-1] == ("40 xe tăng", 40, "count", "xe tăng", None, None)
    assert facts("Khoảng 200 lính cứu hỏa cùng 60 thiết bị chữa cháy đã được triển khai tới hiện trường vụ cháy để "
                 "dập lửa và cứu hộ.") == [
        ("Khoảng 200 lính cứu hỏa", 200, "count", "lính cứu hỏa", None, "about"),
        ("60 thiết bị chữa cháy", 60, "count", "thiết bị chữa cháy", None, None)]


def test_the_word_that_introduces_the_next_figure_is_not_the_nouns():
    # baomoi 22388392, 22464246, 22267823, 22618151, 22745851, 22327333
    assert facts("Theo điều tra, vào trưa 25.5, T và C mang 87 tờ tiền mệnh giá 200.000 đồng đến chi nhánh một ngân "
                 "hàng tại huyện Bình Chánh để giao dịch mở tài khoản cá nhân.") == [
        ("87 tờ tiền", 87, "count", "tờ tiền", None, None), ("200.000 đồng", 200_000, "money", "VND", None, None)]
    assert facts("Cơ quan chức năng đã phát hiện và thu giữ tất cả 45 can nhựa loại 20 lít, đựng khoảng hơn 600 lít "
                 "rượu.")[0] == ("45 can nhựa", 45, "count", "can nhựa", None, None)
    assert facts("Tính đến thời điểm này, Bale mới chơi 26 trận, đóng góp 9 bàn thắng tương đương 15% sản lượng của "
                 "tam tấu BBC.")[1][3] == "bàn thắng"
    assert facts("Chiều 26/6, ông Nguyễn Anh Tuấn, Chủ tịch UBND P.Hải Cảng (TP Quy Nhơn, Bình Định) xác nhận trên "
                 "địa bàn vừa xảy ra vụ đuối nước khiến 2 nữ sinh lớp 12 tử vong.") == [
        ("2 nữ sinh", 2, "count", "nữ sinh", None, None)]
    assert facts("Căng thẳng ngoại giao vùng Vịnh nảy sinh sau khi 4 nước Arab đầu tháng 6 cắt đứt quan hệ ngoại giao "
                 "với Qatar.") == [("4 nước Arab", 4, "count", "nước arab", None, None)]
    # never a name's word
    assert facts("Sau 5 ngày tìm kiếm của nhiều lực lượng chức năng, toàn bộ thi thể 9 thuyền viên tàu Hải Thành "
                 "26-BLC đã được cơ quan chức năng phát hiện và đưa vào bờ làm thủ tục chuyển về quê an táng.")[0][3] == (
        "thuyền viên tàu hải thành")


def test_a_place_in_a_ranking():
    # baomoi 22516900, 22615954, 22665271
    assert facts("Đại diện đến từ châu Á là Thành Long đứng ở vị trí 39 với 49 triệu USD.") == [
        ("vị trí 39", 39, "rank", "hạng", None, None), ("49 triệu USD", 49_000_000, "money", "USD", None, None)]
    assert facts("Camry xếp vị trí 17 với 131.807 xe.")[0] == ("vị trí 17", 17, "rank", "hạng", None, None)
    assert facts("Ở nội dung đôi nam, Hoàng Nam đang đứng vị trí 503 ATP.") == [
        ("vị trí 503", 503, "rank", "hạng", None, None)]


def test_pesos_are_money():
    # baomoi 22690105, 22654467
    assert facts("Tổng thống Duterte đã dành 20 tỷ peso Philippine (400 triệu USD) cho các nỗ lực tái thiết Marawi.") == [
        ("20 tỷ peso Philippine", 20_000_000_000, "money", "PHP", None, None),
        ("400 triệu USD", 400_000_000, "money", "USD", None, None)]
    assert facts("Giá thành 1 lít nhiên liệu mới chỉ là 3 peso Mexico, trong khi đó giá trên thị trường quốc tế lên "
                 "đến 20 peso/lít (tương đương 1USD).")[1:] == [
        ("3 peso Mexico", 3, "money", "MXN", None, None), ("20 peso/lít", 20, "money", "PHP", None, None),
        ("1USD", 1, "money", "USD", None, None)]


def test_two_syllable_verbs_end_the_counted_noun():
    # baomoi 22530050, 22725032, 21478038
    assert facts(
        "Đại tá Lê Ngọc - Trưởng phòng Cảnh sát Giao thông CATP Đà Nẵng cho biết, hiện đơn vị đang tạm giữ khoảng "
        "2.000 giấy tờ liên quan đến người sử dụng mô-tô, xe máy nhưng họ chưa đến nhận.") == [
        ("khoảng 2.000 giấy tờ", 2000, "count", "giấy tờ", None, "about")]
    assert facts(
        "Cũng theo Bộ Quốc phòng Ukraine, hải quân của 16 quốc gia bao gồm Mỹ, Anh, Canada, Pháp, Italy, Na Uy, Ba "
        "Lan và Thổ Nhĩ Kỳ sẽ diễn tập khả năng chiến tranh chống ngầm.") == [
        ("16 quốc gia", 16, "count", "quốc gia", None, None)]
    assert extract_statistics([
        "Nó là nơi HLV Hữu Thắng và HLV Frank Bernhardt có những thử nghiệm, để điều chỉnh và chuẩn bị tốt nhất cho "
        "SEA Games 29 diễn ra vào tháng 8 năm nay."]) == []


def test_top_n_names_a_list_unless_someone_is_placed_in_it():
    # a list's name (baomoi 22433781, audit49's `một trong top 10`, audit52's `danh sách top 10`)
    assert extract_statistics(
        ["Thần tượng Bolero 2017 đã kết thúc vòng Quyết đấu bằng phần thi của top 4 thí sinh đến từ đội HLV Lệ Quyên."]
    ) == []
    assert extract_statistics(["Cô được bình chọn là một trong top 10 diễn viên xuất sắc nhất năm."]) == []
    assert extract_statistics(["Đứng đầu trong danh sách top 10 HLV được trả lương cao nhất thế giới là ông X."]) == []
    assert extract_statistics(["Họ bước vào cuộc đua vào top 4 tại Ngoại hạng Anh."]) == []
    # a list of things named by the noun after the number, entered or not, is a list's name too (baomoi 22304977)
    assert extract_statistics(
        ["Kiip nằm trong top 50 công ty quảng cáo trực tuyến sáng tạo nhất, theo bình chọn của Forbes."]) == []
    assert facts("Mục tiêu gần nhất với tay vợt 20 tuổi có lẽ là lọt top 500 tay vợt xuất sắc nhất trên bảng xếp hạng "
                 "ATP.") == [("20 tuổi", 20, "measure", "tuổi", None, None)]
    # a top-N reached, held or aimed at is a position (baomoi 22566532; the issue's "a top-N")
    assert facts("Công ty Sữa Việt Nam (Vinamilk - mã chứng khoán VNM) đặc biệt Vinamilk lọt vào Top 10 của bảng xếp "
                 "hạng.") == [("Top 10", 10, "rank", "hạng", None, None)]
    assert facts("Để có mặt trong tốp 3 toàn đoàn sẽ rất khó khăn.") == [("tốp 3", 3, "rank", "hạng", None, None)]


def test_vi_tri_before_a_counted_noun_counts_it():
    # baomoi 21481768, 22474042; after a verb of placing it stays a position (21479046, 21490661)
    assert facts("Xác định được vị trí 4 nạn nhân bị mắc kẹt, cảnh sát đã hướng dẫn, di chuyển họ lên sân thượng "
                 "khách sạn.")[0] == ("4 nạn nhân", 4, "count", "nạn nhân", None, None)
    assert facts("Vị trí 3 dự án nằm trên đất vàng ở TP.HCM bị lãnh đạo thành phố bêu tên.") == [
        ("3 dự án", 3, "count", "dự án", None, None)]
    assert facts("Họ chỉ hơn Ingolstadt - đội ở vị trí 17 đúng 4 điểm.") == [
        ("vị trí 17", 17, "rank", "hạng", None, None), ("4 điểm", 4, "score", "điểm", None, None)]
    assert facts("Tổ chức Minh bạch Quốc tế xếp hạng Mexico ở vị trí 123/176 nước về chỉ số tham nhũng trên toàn thế "
                 "giới.") == [("vị trí 123/176", 123, "rank", "hạng", 176, None)]


def test_a_quote_closed_after_the_number_ends_a_name():
    # baomoi 22314854, 22383273; a top-N in quotes is none either (21487519)
    assert extract_statistics([
        'Cuộc tập trận có tên "Warrior Strike 7" diễn ra tại trại Stanley ở TP Euijeongbu, phía bắc Seoul.']) == []
    assert extract_statistics(['Khái niệm "Big 4" thời xưa cũ đã không còn tồn tại.']) == []
    assert facts('Ngoài Apple, trong "Top 5" chỉ có Xiaomi bị sụt giảm thị phần.') == []


def test_one_as_an_article_of_time_and_halves():
    # baomoi 22570526, 22615059, 22685037; a fraction of a whole stays one (21494244)
    assert extract_statistics(["Thế nhưng qua lại với bồ 1 thời gian mà Thu vẫn chưa có thai."]) == []
    assert extract_statistics(["Đến khi hai vợ chồng mua nhà, bố mẹ 2 bên hỗ trợ 1 nửa, còn anh có 400 triệu đồng."]) == [
        Statistic(text="2 bên hỗ trợ", value=2, kind="count", unit="bên hỗ trợ", sentence=0),
        Statistic(text="400 triệu đồng", value=400_000_000, kind="money", unit="VND", sentence=0)]
    assert extract_statistics(["Ngập ngừng 1 hồi, chị vừa khóc vừa nói."]) == []
    assert facts("Tôi yêu cầu các đơn vị thi công cần rút ngắn 1/3 thời gian thi công cầu.") == [
        ("1/3 thời gian thi công cầu", 1, "count", "thời gian thi công cầu", 3, None)]


def test_wheels_after_a_vehicle_or_a_drive_are_its_class():
    # baomoi 22670356, 22603609, 21494846; wheels of heroin are counted (22453508)
    assert extract_statistics(["Rất nhiều gia đình ở Hà Nội sẽ sắm xe ô tô con 4 bánh."]) == []
    assert extract_statistics(["Tất cả đều được trang bị hệ dẫn động 4 bánh toàn thời gian."]) == []
    assert extract_statistics(["Cảnh sát xác nhận bóng đèn bên phải của chiếc xe 3 bánh bị vỡ."]) == []
    assert facts("Lực lượng công an thu giữ 16 bánh hêrôin.") == [("16 bánh hêrôin", 16, "count", "bánh hêrôin", None, None)]


def test_ngoai_bounds_only_an_age():
    # baomoi 22613557, 22403425; an age stays over (22285923)
    assert facts("Ngoài 4 luật sư đã có, trong phiên xử hôm nay, bị cáo có thêm luật sư.")[0] == (
        "4 luật sư", 4, "count", "luật sư", None, None)
    assert facts("Kinh tế có vốn đầu tư nước ngoài 43.797 tỷ đồng tăng 7,6%.")[0] == (
        "43.797 tỷ đồng", 43_797_000_000_000, "money", "VND", None, None)
    assert facts("Người đàn ông dáng gầy, ngoài 40 tuổi, kể lại sự việc.") == [
        ("ngoài 40 tuổi", 40, "measure", "tuổi", None, "over")]


def test_a_lead_in_a_match_is_a_score_line():
    # baomoi 21471814, 22238406; `hướng dẫn` is another word
    assert facts("Ở đầu hiệp 2, Juan Mata tiếp tục lên tiếng đưa M.U vươn lên dẫn trước 3-0.") == [
        ("3-0", 3, "score", "điểm", None, None), ("3-0", 0, "score", "điểm", None, None)]
    assert facts("Chỉ đến khi bị dẫn 0-2, Real mới bắt đầu thi đấu.") == [
        ("0-2", 0, "score", "điểm", None, None), ("0-2", 2, "score", "điểm", None, None)]
    assert facts("Cán bộ hướng dẫn 2-3 hộ dân làm hồ sơ.") == [
        ("2-3 hộ dân", 2, "count", "hộ dân", None, None), ("2-3 hộ dân", 3, "count", "hộ dân", None, None)]


def test_a_name_the_article_repeats_names_the_close_number_joined_to_it():
    # baomoi 22591350
    assert extract_statistics([
        "Nhiều doanh nghiệp cho rằng quy định này tạo ra độc quyền cho Vinafood 1 và Vinafood 2.",
        "Đến khi Vinafood 1 và 2 đấu thầu xong thì những đơn vị khác mới được xuất khẩu trở lại."]) == []


def test_a_grade_by_number_is_no_count():
    # baomoi 22446579, 22279837, 21511784; a verb `cấp` still counts (22530445)
    assert extract_statistics(["Điều đầu tiên đập vào mắt là căn nhà cấp 4 nhỏ bé, xiêu vẹo."]) == []
    assert facts("Vụ tai nạn khiến 5 người thương vong, trong đó có 3 học sinh cấp 3 tử nạn.") == [
        ("5 người", 5, "count", "người", None, None),
        ("3 học sinh", 3, "count", "học sinh", None, None)]
    assert facts("Họ đã trả gần 40.000USD để con mình được ghi danh vào một trường cấp 3 công lập ở Michigan.") == [
        ("gần 40.000USD", 40000, "money", "USD", None, "about")]
    assert facts("Ủy ban nhân dân thành phố Hải Phòng đã cấp 23 giấy phép khai thác khoáng sản.") == [
        ("23 giấy phép khai thác", 23, "count", "giấy phép khai thác", None, None)]  # not `khoáng|sản`


def test_x_tren_y_is_a_part_of_its_whole():
    # baomoi 22327055, 22538226; the base of a rate is no whole
    assert facts("Trong lớp lúc ấy chỉ có 4 trên 60 sinh viên là nữ.") == [
        ("4 trên 60 sinh viên", 4, "count", "sinh viên", 60, None)]
    assert facts("Xếp hạng 47 trên 127 quốc gia của Việt Nam năm 2017 là thứ hạng cao nhất.") == [
        ("Xếp hạng 47 trên 127 quốc gia", 47, "rank", "hạng", 127, None)]
    assert facts("Tỷ lệ tử vong là 4,9 trên 100.000 dân.") == []


def test_an_age_after_tuoi_and_a_bound_or_a_range():
    # baomoi 22306855, 22565702, 22657803, 22710963
    assert facts("Toàn bộ thành viên của đội múa đều có độ tuổi trên 70.") == [
        ("tuổi trên 70", 70, "measure", "tuổi", None, "over")]
    assert facts("Cảnh sát đã giải cứu 5 nạn nhân tuổi từ 13 đến 21, đều trú ở Hà Nội.") == [
        ("5 nạn nhân tuổi", 5, "count", "nạn nhân tuổi", None, None), ("13 đến 21", 13, "measure", "tuổi", None, None),
        ("13 đến 21", 21, "measure", "tuổi", None, None)]
    assert facts("Tại đây có khoảng 200 tù nhân, tuổi từ 18 tới 70 sinh sống.")[1:] == [
        ("18 tới 70", 18, "measure", "tuổi", None, None), ("18 tới 70", 70, "measure", "tuổi", None, None)]
    assert facts("Song, người cha tuổi ngoài 60 bày tỏ nỗi lòng.") == [
        ("tuổi ngoài 60", 60, "measure", "tuổi", None, "over")]


def test_an_engines_strokes_are_its_type():
    # baomoi 22695292, 21469578
    assert extract_statistics(["Thành công của 125ZR có được là nhờ vào động cơ 2 kỳ mạnh mẽ."]) == []
    assert facts("Phiên bản thấp được trang bị động cơ 2 hoặc 4 kỳ với dung tích xi-lanh 50 cc.") == [
        ("50 cc", 50, "measure", "cc", None, None)]


def test_verbs_after_a_names_number_open_no_count():
    # baomoi 22627398, 22464101, 21492067; money before `luôn` (22503303)
    assert extract_statistics(["Cơ trưởng chuyến bay 380 nói rằng đồng xu bằng kim loại có thể gây nguy hiểm."]) == []
    assert extract_statistics(["Như thường lệ, phiên bản watchOS 4 dành cho dòng sản phẩm Apple Watch sẽ ra mắt."]) == []
    assert extract_statistics(["Bệnh viện Quân y 354 luôn coi trọng rèn luyện y đức."]) == []
    assert facts("Chui vào rõ và bị phạt tới 180 triệu luôn.") == [("180 triệu", 180_000_000, "money", "VND", None, None)]


def test_top_spelled_top():
    # baomoi 21511320, 22539145 (a place in the list, as `top 4`)
    assert facts("Như vậy, nếu Arsenal thất bại còn Liverpool không thắng, MU sẽ nhảy vào tốp 4.") == [
        ("tốp 4", 4, "rank", "hạng", None, None)]
    assert extract_statistics(["Năm ngoái, điểm trung bình của An Giang không thuộc tốp 15 tỉnh thành phố hàng đầu."]) == []


def test_a_bare_figure_of_hundreds_of_billions_is_money():
    # baomoi 22435941, a bare scaled figure after a measure
    assert facts("Dự án giải phóng đến 5.000 ha, anh phải chỉ được chỗ còn thiếu của 23 ngàn tỷ lấy ở đâu.") == [
        ("5.000 ha", 5000, "measure", "ha", None, None), ("23 ngàn tỷ", 23e12, "money", "VND", None, None)]


def test_a_range_of_ages_after_khoang_tu():
    # baomoi 21491137
    # (`khoảng từ` bounds both ends, as `khoảng` does: s18 stats5)
    assert facts("Nay có nhiều người lớn trong độ tuổi khoảng từ 25-30 mắc bệnh thủy đậu.") == [
        ("khoảng từ 25-30", 25, "measure", "tuổi", None, "about"), ("khoảng từ 25-30", 30, "measure", "tuổi", None, "about")]


def test_marks_counted_by_their_value():
    # baomoi 22690501, 22696742, 22693292; a total over three subjects stays a score (22710730)
    assert facts("Môn Sinh có 56 điểm 10; Vật lý có 4 điểm 10 và môn Sử có 1 điểm 10 duy nhất.") == [
        ("56 điểm 10", 56, "count", "điểm 10", None, None), ("4 điểm 10", 4, "count", "điểm 10", None, None),
        ("1 điểm 10", 1, "count", "điểm 10", None, None)]
    assert facts("Theo đó, có một thí sinh đạt 3 điểm 10 và toàn thành phố có hơn 400 điểm 10.") == [
        ("3 điểm 10", 3, "count", "điểm 10", None, None), ("hơn 400 điểm 10", 400, "count", "điểm 10", None, "over")]
    assert facts("Như vậy, thí sinh đạt 15 điểm 3 môn vẫn có thể trúng tuyển nhiều trường đại học.") == [
        ("15 điểm", 15, "score", "điểm", None, None), ("3 môn", 3, "count", "môn", None, None)]


def test_a_range_start_below_the_ends_leading_group_shares_its_thousands():
    # baomoi 22425499, 22224425, 21492027 (a start above the leading group stays as written)
    assert facts("Người dân đừng chủ quan mình khỏe mà tiếc 600-700.000 đồng mua BHYT ngay từ bây giờ.") == [
        ("600-700.000 đồng", 600_000, "money", "VND", None, None), ("600-700.000 đồng", 700_000, "money", "VND", None, None)]
    assert [s.value for s in extract_statistics(["Giá thịt lợn hơi ở mức 20 - 21.000 đồng/kg, thậm chí 13 - 16.000 đồng/kg."])] == [
        20_000, 21_000, 13_000, 16_000]
    assert [s.value for s in extract_statistics(["Dầu mazut 900-4.000 đồng/kg, tăng gấp ba lần hiện nay."])] == [900, 4000]


@given(st.integers(min_value=1, max_value=998), st.integers(min_value=1, max_value=998))
@settings(max_examples=60)
def test_a_range_in_round_thousands_reads_both_ends_in_thousands(start, gap):
    end = min(999, start + gap)
    values = [s.value for s in extract_statistics([f"Giá bán dao động từ {start}-{end}.000 đồng/kg tùy loại."])]
    assert values == [start * 1000, end * 1000]


def test_a_round_price_with_its_unit_and_no_currency_is_in_dong():
    # baomoi 22237817, 21511736, 22723862
    assert facts("Chỉ với 500.000/người, bạn có thể tận hưởng không khí trong lành.") == [
        ("500.000/người", 500_000, "money", "VND", None, None)]
    assert facts("Thuê nhà nghỉ ở thị trấn (giá khoảng 200-300.000/phòng) hoặc homestay.") == [
        ("khoảng 200-300.000/phòng", 200_000, "money", "VND", None, "about"), ("khoảng 200-300.000/phòng", 300_000, "money", "VND", None, "about")]
    assert [s.value for s in extract_statistics(["Giá vàng DOJI tăng 50.000/lượng ở Hà Nội và 40.000/lượng ở TP HCM."])] == [
        50_000, 40_000]


def test_a_currency_sign_before_the_number():
    # baomoi 21480868, 22566679, 22516062, 22452672
    assert facts("Giá paladium giao tháng Ba tăng $25,30 (+3,4%) lên $774,30/oz.") == [
        ("$25,30", 25.3, "money", "USD", None, None), ("3,4%", 3.4, "percent", "%", None, None),
        ("$774,30/oz", 774.3, "money", "USD", None, None)]
    assert facts("Các bộ lọc khác nhau với giá $0.99 cho mỗi bộ lọc.") == [("$0.99", 0.99, "money", "USD", None, None)]
    assert facts("Paul Pogba, Manchester United, £119m ($150m).") == [
        ("£119m", 119e6, "money", "GBP", None, None), ("$150m", 150e6, "money", "USD", None, None)]
    assert facts("Một cây có giá khoảng £6.") == [("khoảng £6", 6, "money", "GBP", None, "about")]


@given(st.integers(min_value=1, max_value=999_999))
@settings(max_examples=50)
def test_a_dollar_figure_is_dollars(amount):
    text = f"{amount:,}".replace(",", ".")
    assert [(s.value, s.unit) for s in extract_statistics([f"Học phí là ${text} mỗi năm."])] == [(amount, "USD")]


def test_units_written_out():
    # baomoi 22579586, 21476271, 21494137, 22452402, 21488260, 21465646, 22343406
    assert facts("Camera trước độ phân giải 16MP, kích thước điểm ảnh 1 micromet, f/2.0.")[1:] == [
        ("1 micromet", 1, "measure", "micromet", None, None)]
    assert facts("Đường kính mỗi hạt trong khoảng từ 3-20 nanomet, tùy thuộc vào mục đích.") == [
        ("khoảng từ 3-20 nanomet", 3, "measure", "nanomet", None, "about"), ("khoảng từ 3-20 nanomet", 20, "measure", "nanomet", None, "about")]
    assert facts("Ở chế độ yên tĩnh tiếng ồn chỉ ở ngưỡng 55 decibel.") == [("55 decibel", 55, "measure", "decibel", None, None)]
    assert facts("Một chiếc ắc quy 5 vôn có công tắc ngắt mở.") == [("5 vôn", 5, "measure", "vôn", None, None)]
    assert facts("Một tấm trượt và tời 10.000 pound (tương đương 4535 kg).")[0] == (
        "10.000 pound", 10_000, "measure", "pound", None, None)
    assert facts("Nhóm tin tặc đánh cắp số tiền 50 triệu ruble từ các tài khoản ngân hàng.") == [
        ("50 triệu ruble", 50e6, "money", "RUB", None, None)]


def test_a_place_word_ends_the_counted_noun():
    # baomoi 22378467, 21480527, 22344317; credits (21474092)
    assert facts("Cơ quan công an thu giữ 9 gói nilon bên trong có chứa ma túy tổng hợp.") == [
        ("9 gói nilon", 9, "count", "gói nilon", None, None)]
    assert facts("Bên cạnh đó, là cửa sổ trời chỉnh điện và 6 túi khí bên trong xe.") == [
        ("6 túi khí", 6, "count", "túi khí", None, None)]
    assert facts("Khối lượng kiến thức toàn khóa là 168 tín chỉ, chuyên ngành Hệ thống nhúng.") == [
        ("168 tín chỉ", 168, "count", "tín chỉ", None, None)]


def test_a_kinds_number_joined_to_a_price_is_no_list():
    # baomoi 22360988
    assert facts("Mua cát vàng với giá 500.000 đồng/m3 đối với loại 1 và 380.000 đồng/m3 đối với loại 2.") == [
        ("500.000 đồng/m3", 500_000, "money", "VND", None, None), ("380.000 đồng/m3", 380_000, "money", "VND", None, None)]


def test_a_group_of_people_is_counted():
    # baomoi 22531087, 22463521, 22672219; a list of the best is no statistic (22246526)
    assert facts("Đến khoảng 10 giờ cùng ngày, tốp 3 người làm việc trên biển chỉ có 2 người trở về bờ.") == [
        ("3 người", 3, "count", "người", None, None), ("2 người", 2, "count", "người", None, None)]
    assert [(s.value, s.unit.startswith("đối tượng")) for s in extract_statistics(
        ["Anh bất ngờ bị một nhóm 4 đối tượng đi trên hai xe gắn máy chặn lại."])] == [(4, True)]
    assert facts("Thấy nhóm 4 người trong nhà chị Trinh kéo sang nhà mình.") == [("4 người", 4, "count", "người", None, None)]
    assert facts("Ông Quân lọt vào tốp 15 người giàu nhất trên sàn chứng khoán.") == []
    assert extract_statistics(["Học sinh được chia thành nhóm 1 và nhóm 2."]) == []


def test_a_sign_of_a_bound_before_the_figure():
    # baomoi 21474359, 22507848, 22355667; a formula in a firm's name is none (21487608)
    assert facts("Dự án đầu tư tại vùng nông thôn sử dụng ≥ 500 lao động (bình quân trong năm).") == [
        ("≥ 500 lao động", 500, "count", "lao động", None, "over")]
    assert facts("Phình động mạch cảnh có kích thước >1,5cm là lớn, > 2,5 cm là khổng lồ.") == [
        (">1,5cm", 1.5, "measure", "cm", None, "over"), ("> 2,5 cm", 2.5, "measure", "cm", None, "over")]
    assert facts("Công ty 1+1>2 thực hiện 3 dự án.") == [("3 dự án", 3, "count", "dự án", None, None)]


def test_coins_are_counted_not_money():
    # baomoi 22280755, 22627441; cash stays money
    assert [(s.value, s.kind) for s in extract_statistics(["Trên thế giới hiện có hơn 830 đồng tiền điện tử khác nhau."])] == [
        (830, "count")]
    assert facts("Anh được thưởng 50.000 đồng tiền mặt.") == [("50.000 đồng", 50_000, "money", "VND", None, None)]


def test_a_vehicles_decks_are_its_class():
    # baomoi 22646886, 22647506; a car park's storeys (22591335) and a tower's stay counted
    assert extract_statistics(["Sáng nay Hà Nội cho chạy thử nghiệm xe buýt 2 tầng mui trần quanh các tuyến phố."]) == []
    assert facts("Khu chung cư này cũng có bến đỗ xe 4 tầng, các cửa hàng ở tầng 1.") == [("4 tầng", 4, "count", "tầng", None, None)]


def test_a_mark_named_before_its_figure():
    # baomoi 22230918, 22657274, 22710730, 22732873; a noun after it is summed (22662802), a year stays one (22720511)
    assert facts("Khánh trở thành thủ khoa đầu vào Đại học Bách khoa Hà Nội với số điểm 29,5.") == [
        ("số điểm 29,5", 29.5, "score", "điểm", None, None)]
    assert facts("Hầu hết ngành học lấy điểm chuẩn 10 cho tổ hợp A, A1, B, D1.") == [
        ("điểm chuẩn 10", 10, "score", "điểm", None, None)]
    assert facts("Gần 241.600 thí sinh đạt tổng điểm từ 15,5 trở lên.")[1] == (
        "tổng điểm từ 15,5 trở lên", 15.5, "score", "điểm", None, "over")
    assert facts("Điểm xét tuyển được tính theo tổng điểm 3 bài thi tuyển sinh vào lớp 10.") == [
        ("3 bài thi tuyển sinh", 3, "count", "bài thi tuyển sinh", None, None)]
    assert extract_statistics(["Điểm chuẩn 2016 của trường ĐH Y Hà Nội."]) == []


def test_decades_seasons_and_ages_in_weeks():
    # baomoi 21466404, 22280806, 22304893
    assert extract_statistics(["Lấy cảm hứng từ những chiếc tàu biển trong thập niên 30 thế kỉ trước."]) == []
    assert extract_statistics(["Để tìm một mùa phải quay trở lại chiến dịch 2008/09 dưới thời Bernd Schuster."]) == []
    assert facts("Chelsea vô địch Premier League 2016/17 đầy thuyết phục với 93 điểm.") == [
        ("93 điểm", 93, "score", "điểm", None, None)]
    assert facts("Hậu quả là cái thai hơn 6 tuần tuổi.") == [("hơn 6 tuần tuổi", 6, "measure", "tuần tuổi", None, "over")]


def test_a_scaled_figure_ends_before_a_function_word():
    # baomoi 22303142 (`ngân hàng` no bound), 22250402, 22517438, 22636206, 22714049, 21483607
    assert facts("“Tiền vay ngân hàng 100 triệu không biết xoay xở ra sao.") == [
        ("100 triệu", 100_000_000, "money", "VND", None, None)]
    assert facts("Công ty Cổ phần thương mại Tân Tiến Phát (Hà Nội) bị phạt 120 triệu vì sản xuất.") == [
        ("120 triệu", 120_000_000, "money", "VND", None, None)]
    assert facts("Dương đặt cọc ngay 20 tỷ mà không cần ký tá bất cứ tờ giấy nào.") == [
        ("20 tỷ", 20_000_000_000, "money", "VND", None, None)]
    assert facts("Đặc biệt, dự án Quốc lộ 3 đã hết thời gian bảo hành mà TCty vẫn bị nợ 150 tỷ….") == [
        ("150 tỷ", 150_000_000_000, "money", "VND", None, None)]
    assert facts("Ví dụ như tài sản biến động tăng từ 50 triệu trở lên thì người kê khai phải giải thích.") == [
        ("50 triệu trở lên", 50_000_000, "money", "VND", None, "over")]
    assert [f[1] for f in facts("Land Cruiser Prado TX-L đang được bán với giá 2,331 tỷ xuống còn 2,167 tỷ, giảm 164 triệu đồng.")] == [
        2_331_000_000, 2_167_000_000, 164_000_000]
    assert facts("Tiền cho thuê mỗi tháng gần 300 triệu (đồng).") == [  # 22705059
        ("gần 300 triệu", 300_000_000, "money", "VND", None, "about")]
    # an ordinal stays a name; a span of years stays time (21471942, 21491140)
    assert extract_statistics(["Anh đã may mắn là hành khách thứ 10 triệu của Volotea."]) == []
    assert extract_statistics(["Loài khủng long bị tuyệt chủng cách đây 65 triệu năm."]) == []


def test_a_scaled_figure_before_the_year_it_is_of():
    # baomoi 22328241, 21480439
    assert facts("Cụ thể, Lotte Mart lỗ 45 tỷ đồng năm 2007, 217 tỷ năm 2009, 324 tỷ năm 2010 và 327 tỷ năm 2012.") == [
        ("45 tỷ đồng", 45e9, "money", "VND", None, None), ("217 tỷ", 217e9, "money", "VND", None, None),
        ("324 tỷ", 324e9, "money", "VND", None, None), ("327 tỷ", 327e9, "money", "VND", None, None)]
    assert [f[:2] for f in facts("Lượng du khách Trung Quốc thăm Hàn Quốc đạt mức kỷ lục 8 triệu năm 2016.")] == [
        ("8 triệu", 8e6)]


def test_a_range_start_that_writes_its_own_scale():
    # baomoi 22364983, 21490345, 22266868, 21473431
    assert facts("Giá cho thuê ở đây được niêm yết từ 950 nghìn – 4,5 triệu đồng/ngày, đêm.") == [
        ("950 nghìn", 950_000, "money", "VND", None, None), ("4,5 triệu đồng/ngày", 4_500_000, "money", "VND", None, None)]
    assert facts("Bạc Liêu có sản lượng khoảng 180 ngàn - 200 ngàn tấn/năm.") == [
        ("khoảng 180 ngàn - 200 ngàn tấn/năm", 180_000, "measure", "tấn/năm", None, "about"),
        ("khoảng 180 ngàn - 200 ngàn tấn/năm", 200_000, "measure", "tấn/năm", None, "about")]
    assert facts("Thông thường, giá chung của một cô dâu là vào khoảng 55 triệu - 100 triệu.") == [
        ("khoảng 55 triệu - 100 triệu", 55e6, "money", "VND", None, "about"), ("khoảng 55 triệu - 100 triệu", 100e6, "money", "VND", None, "about")]
    # a bound word binds the start only
    assert facts("Từ trên 1 tỷ đến 10 tỷ đồng.") == [
        ("trên 1 tỷ", 1e9, "money", "VND", None, "over"), ("10 tỷ đồng", 10e9, "money", "VND", None, None)]


def test_what_each_one_holds_after_moi():
    # baomoi 22471439, 22437259, 22687565
    assert facts("Các đội này được chia thành 6 bảng, mỗi bảng 4 đội, thi đấu vòng tròn.") == [
        ("6 bảng", 6, "count", "bảng", None, None), ("4 đội", 4, "count", "đội", None, None)]
    assert facts("Trong đó có 2 lô mỗi lô 60 chiếc.") == [
        ("2 lô", 2, "count", "lô", None, None), ("60 chiếc", 60, "count", "chiếc", None, None)]
    assert facts("Mỗi tầng 24 căn hộ.") == [("24 căn hộ", 24, "count", "căn hộ", None, None)]
    assert extract_statistics(["Anh ở phòng 24 của khách sạn."]) == []


def test_the_sides_of_a_size_share_its_unit():
    # baomoi 22688043, 21491631; a resolution with no unit stays unread (22447975)
    assert facts("Rio 2014 có kích thước tổng thể dài x rộng x cao tương ứng 4.365 x 1.720 x 1.455 mm.") == [
        ("4.365", 4365, "measure", "mm", None, None), ("1.720", 1720, "measure", "mm", None, None),
        ("1.455 mm", 1455, "measure", "mm", None, None)]
    assert facts("Có kích thước khoảng 17 x 12 cm, cân nặng vào khoảng 20 kg.") == [
        ("khoảng 17", 17, "measure", "cm", None, "about"), ("12 cm", 12, "measure", "cm", None, "about"),
        ("khoảng 20 kg", 20, "measure", "kg", None, "about")]
    assert extract_statistics(["Nokia TA-1004 sở hữu màn hình 2560 x 1440, chạy chip Qualcomm Snapdragon 835."]) == []
    # a size after the word of what it measures, in pixels: both sides, measures (22451757; the 3 Dec eighteenth round)
    assert facts("Màn hình: TFT cỡ 5 inch; độ phân giải 720 x 1280 pixel; mật độ điểm ảnh 294ppi.") == [
        ("5 inch", 5, "measure", "inch", None, None), ("720", 720, "measure", "pixel", None, None),
        ("1280 pixel", 1280, "measure", "pixel", None, None)]


def test_a_goal_pulled_back_is_a_score_line():
    # baomoi 22424210, 22455160
    assert facts("U20 Đức đã khiến trận đấu trở nên kịch tích hơn với bàn rút ngắn 2-3 ở phút 89 của Dominik Schad.") == [
        ("2-3", 2, "score", "điểm", None, None), ("2-3", 3, "score", "điểm", None, None)]
    assert [f[1] for f in facts("Trước đó, ở đầu hiệp 2 Bùi Duy Thường có bàn gỡ 1-3 cho Viettel.")] == [1, 3]


def test_a_minus_after_a_bracket_signs_the_figure():
    # baomoi 21479019, 21510504, 22315177; a dash elsewhere joins a range (22581296)
    assert facts("Kết thúc phiên 6/2, chỉ số Dow Jones giảm 19,04 điểm (-0,09%), xuống 20.") == [
        ("19,04 điểm", 19.04, "score", "điểm", None, None), ("-0,09%", -0.09, "percent", "%", None, None)]
    assert facts("Công ty TNHH Hải Linh (-34 tỷ đồng) và Công ty TNHH Petro Bình Minh (-14 triệu đồng).") == [
        ("-34 tỷ đồng", -34e9, "money", "VND", None, None), ("-14 triệu đồng", -14e6, "money", "VND", None, None)]
    assert [f[1] for f in facts("Giá điện của các nước trong khu vực từ 18-22 cent/kWh.")] == [0.18, 0.22]


def test_cents_are_dollars():
    # baomoi 22498165, 22228043
    assert facts("Giá dầu thô Mỹ WTI tăng 19 cent, tương đương 0,4%, lên 45,83 USD/thùng.") == [
        ("19 cent", 0.19, "money", "USD", None, None), ("0,4%", 0.4, "percent", "%", None, None),
        ("45,83 USD/thùng", 45.83, "money", "USD", None, None)]
    assert facts("Giá bán điện tại Việt Nam ở mức trung bình khoảng 7 cent/kWh.") == [
        ("khoảng 7 cent/kWh", 0.07, "money", "USD", None, "about")]


def test_nouns_that_begin_with_do_are_counted():
    # baomoi 22267916, 21476092
    assert facts("Tỷ lệ đô thị hóa tăng từ 19,6% với 629 đô thị (năm 2009).") == [
        ("19,6%", 19.6, "percent", "%", None, None), ("629 đô thị", 629, "count", "đô thị", None, None)]
    assert facts("Hội vật truyền thống năm nay thu hút 64 đô vật tranh tài.") == [
        ("64 đô vật tranh tài", 64, "count", "đô vật tranh tài", None, None)]


def test_litres_after_a_decimal_and_watts_glued():
    # baomoi 21504116, 21473705, 22593321; a whole number before `L` is a runway or a plate (22566613)
    assert facts("Giá 929 triệu đồng cho bản 2.5L (giảm 140 triệu đồng).") == [
        ("929 triệu đồng", 929e6, "money", "VND", None, None), ("2.5L", 2.5, "measure", "L", None, None),
        ("140 triệu đồng", 140e6, "money", "VND", None, None)]
    assert facts("Micro sử dụng loa công suất 3W.") == [("3W", 3, "measure", "W", None, None)]
    assert facts("Đáng lưu ý là mức tiêu thụ điện lên tới 2.000W, gấp 40 lần quạt điện.") == [
        ("2.000W", 2000, "measure", "W", None, None), ("40 lần quạt điện", 40, "count", "lần quạt điện", None, None)]
    assert extract_statistics(["Xây dựng đường lăn nối giữa hai đường cất cánh, hạ cánh (25L/07R, 25L/07L)."]) == []
    # a bare scaled figure after a small measure is money, not millions of litres (21469847)
    assert facts("Cao hơn cả đối thủ Mazda3 bản 2.0L (829 triệu).") == [
        ("2.0L", 2.0, "measure", "L", None, None), ("829 triệu", 829e6, "money", "VND", None, None)]


def test_an_acceleration_benchmark_starts_at_no_figure():
    # baomoi 21463884, 21507435
    assert facts("Phiên bản này mất 8 giây để đạt 0-100 km/h cùng tốc độ tối đa 232 km/h.") == [
        ("100 km/h", 100, "measure", "km/h", None, None), ("tối đa 232 km/h", 232, "measure", "km/h", None, "under")]


def test_body_measurements_and_generations_are_no_counts():
    # baomoi 22618287, 22452340, 21490703, 22476844
    assert facts("Huyền My cao 1m74, số đo 3 vòng lần lượt là 83 - 62 - 93 (cm).") == [("1m74", 1.74, "measure", "m", None, None)]
    assert extract_statistics(["Bộ váy body quyến rũ đã tôn 3 vòng siêu chuẩn của cô."]) == []
    assert extract_statistics(["Quá trình sản xuất mẫu crossover X3 thế hệ 3 dự kiến sẽ bắt đầu."]) == []
    assert facts("Giải đấu gồm 3 vòng đấu.") == [("3 vòng đấu", 3, "count", "vòng đấu", None, None)]


def test_heroic_mothers_are_counted():
    # baomoi 22590000, 22546632
    assert facts("Hiện nay, hơn 200 Mẹ Việt Nam anh hùng còn sống của tỉnh Vĩnh Long.") == [
        ("hơn 200 Mẹ Việt Nam anh hùng", 200, "count", "mẹ việt nam anh hùng", None, "over")]
    assert [f[:4] for f in facts("Có 1.550 Mẹ Việt Nam Anh hùng, hiện 125 Mẹ còn sống.")][1] == ("125 Mẹ", 125, "count", "mẹ")


def test_a_comma_list_takes_the_unit_of_its_last_figure():
    # baomoi 21466312, 22280561, 21483497; years and numbered articles stay out (21472790)
    assert [f[1:4] for f in facts("Có 3 sự lựa chọn công suất khác nhau là 800, 1000 và 1200 mã lực.")][1:] == [
        (800, "measure", "mã lực"), (1000, "measure", "mã lực"), (1200, "measure", "mã lực")]
    assert [f[1] for f in facts("Các con ông, nay đã lần lượt là 20, 17 và 14 tuổi, đều không được.")] == [20, 17, 14]
    assert extract_statistics(["Trừng phạt vào các năm 2009, 2013 và 2016 vì các vi phạm."]) == []
    assert extract_statistics(["Quy định tại các điều 20, 21, 22 và 25 của Luật này."]) == []


def test_travellers_before_a_bare_scaled_figure_are_counted():
    # baomoi 22634494, 21474069
    assert facts("Cụ thể, năm vừa qua, tổng hành khách đạt 81 triệu, tăng 28% so với 2015.")[0] == (
        "81 triệu", 81e6, "count", "hành khách", None, None)
    assert facts("Tổng lượt khách du lịch 1,99 triệu, giảm 29,35% so với năm 2015.")[0][2] == "count"
    assert facts("Khách hàng gửi vào 10 tỷ.")[0][2:4] == ("money", "VND")


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=99))
def test_a_bracketed_minus_negates_any_percent(whole, cents):
    value = whole + cents / 100
    text = f"{whole},{cents:02d}%"
    got = facts(f"Chỉ số giảm mạnh ({'-'}{text}) trong phiên.")
    assert got == [(f"-{text}", pytest.approx(-value), "percent", "%", None, None)]


def test_rates_of_data_frames_and_refresh_are_measures():
    # baomoi 21475705, 21473743, 22650013
    assert facts("LTE Category (LTE CAT 3) Tốc độ tải xuống là 100 Mbps.") == [
        ("100 Mbps", 100, "measure", "Mbps", None, None)]
    assert facts("Với tốc độ làm tươi lên tới 240Hz, đây là mẫu màn hình nhanh nhất.") == [
        ("240Hz", 240, "measure", "Hz", None, None)]
    assert facts("Mỗi bước sóng mang dung lượng 100 Gbps.") == [("100 Gbps", 100, "measure", "Gbps", None, None)]


def test_the_old_figure_of_a_change_takes_the_new_ones_unit():
    # baomoi 22547944, 21475208, 22275368; a change from 0 is a benchmark (22536762)
    assert facts("Phiên bản i20 2016 giảm từ 604 xuống còn 584 triệu đồng.") == [
        ("604", 604e6, "money", "VND", None, None), ("584 triệu đồng", 584e6, "money", "VND", None, None)]
    assert facts("Ngược lại, ngành ngôn ngữ Anh giảm từ 300 xuống còn 200 chỉ tiêu.") == [
        ("300", 300, "count", "chỉ tiêu", None, None), ("200 chỉ tiêu", 200, "count", "chỉ tiêu", None, None)]
    assert [f[1:4] for f in facts("Mở rộng quốc lộ 14 từ 2 lên 4 làn xe, khai thác sớm hơn một năm.")] == [
        (2, "count", "làn xe"), (4, "count", "làn xe")]
    assert facts("Tàu có thể tăng tốc từ 0 lên 30 knot chỉ trong 60 giây.") == [("30 knot", 30, "count", "knot", None, None)]


def test_positions_reached_and_left_and_light_years():
    # baomoi 21472887 (light-years), and the ranking of markets in 21479410's style
    assert facts("Hà Lan (từ thứ 8 lên thứ 6), Canađa từ thứ 16 xuống thứ 21.") == [
        ("thứ 8", 8, "rank", "hạng", None, None), ("lên thứ 6", 6, "rank", "hạng", None, None),
        ("thứ 16", 16, "rank", "hạng", None, None), ("xuống thứ 21", 21, "rank", "hạng", None, None)]
    assert extract_statistics(["Làm việc từ thứ 2 đến thứ 6 hàng tuần."]) == []
    assert facts("Ngôi sao này chỉ cách Trái Đất khoảng 39 năm ánh sáng.") == [
        ("khoảng 39 năm ánh sáng", 39, "measure", "năm ánh sáng", None, "about")]


def test_an_adverb_after_a_number_opens_no_counted_noun():
    # baomoi 21491415, 22713265, 22221666
    assert facts("Camera này chỉ ngang ngửa với các smartphone tầm giá 5 triệu hiện nay.") == [
        ("5 triệu", 5e6, "money", "VND", None, None)]
    assert extract_statistics(["Chip A10 Fusion mà công ty trang bị trên iPhone 7 hiện nay."]) == []
    assert extract_statistics(["Số áo 18 hiện là của Gareth Barry."]) == []
    assert facts("Có 48 triệu người dùng thường xuyên mỗi tháng, 30 triệu thường xuyên mỗi ngày.")[1][2:4] == (
        "count", "người dùng thường xuyên")
