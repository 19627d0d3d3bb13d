"""Statistics, s12 round: sentences of the baomoi corpus (none from the gold files)."""

import pytest

from core.extract.statistics import extract_statistics


def _stats(*sentences: str) -> list[tuple[str, float, str, float | None]]:
    return [(s.text, s.value, s.kind, s.of) for s in extract_statistics(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "text", "sides"),
    [
        ("Sừng sỏ như Đức vẫn bại trận 0-2 trước Venezuela.", "0-2", [0, 2]),
        ("Chủ nhà vượt qua Argentina 2-1, còn Venezuela thì mạnh hơn.", "2-1", [2, 1]),
        ("Venezuela đè bẹp Vanuatu 7-0.", "7-0", [7, 0]),
        ("Real Madrid nhấn chìm Juventus 4-1 trong trận chung kết Champions League.", "4-1", [4, 1]),
        ("U20 Honduras bất ngờ gục ngã 1-3 trước U20 New Zealand.", "1-3", [1, 3]),
        ("hôm nay họ thất thủ trước Lebanon 1-2.", "1-2", [1, 2]),
        ("đã chơi tưng bừng và vùi dập đối thủ 5-1.", "5-1", [5, 1]),
        # A youth side between the result and its score-line.
        ("Chiều 10/5, thầy trò HLV Hoàng Anh Tuấn đã thua U20 Argentina 1-4 trong trận giao hữu.", "1-4", [1, 4]),
        ("đội tuyển U-20 Việt Nam thua đau U-20 Argentina 1-4 mà ông thầy của họ vẫn tỉnh như không.", "1-4", [1, 4]),
        ("Chung cuộc, U17 Viettel thắng U17 HAGL 3-0, để giành quyền vào chung kết.", "3-0", [3, 0]),
    ],
)
def test_a_score_line_after_a_verb_of_the_result_or_a_youth_side(sentence, text, sides):
    scores = [(t, v) for t, v, kind, _ in _stats(sentence) if kind == "score"]
    assert scores == [(text, side) for side in sides]


def test_a_falling_temperature_is_no_score_line():
    assert [kind for _, _, kind, _ in _stats("Những ngày tiếp theo, nhiệt độ hạ khoảng 1-2 độ C.")] == [
        "measure", "measure"]


def test_a_noun_numbered_with_so_is_a_name_without_it():
    sentences = [
        "Trâu số 18 húc chết chủ, chủ trâu số 23 kể lại.",
        "khi hai trâu cách nhau khoảng 50m thì trâu 18 lao về phía anh Vũ.",
        "trâu 18 bất ngờ quay lại tấn công liên tiếp chủ của mình.",
    ]
    assert _stats(*sentences) == [("khoảng 50m", 50, "measure", None)]


def test_a_count_after_a_noun_not_numbered_with_so_stays():
    assert _stats("Anh nuôi trâu 3 năm nay.", "bán trâu 5 con được 60 triệu đồng.") == [
        ("5 con", 5, "count", None), ("60 triệu đồng", 60_000_000, "money", None)]
    # The word before `số` is the noun numbered, not a verb before it (`chuyển đầu số 11 số`).
    assert _stats("các công cụ chuyển đầu số 11 số về 10 số", "Hướng dẫn chuyển 11 số về 10 số")[-2:] == [
        ("11 số", 11, "count", None), ("10 số", 10, "count", None)]


@pytest.mark.parametrize(
    ("sentence", "value", "whole"),
    [
        ("phối hợp với BHXH các quận, huyện kiểm tra, thu hồi được 6,8/32,2 tỷ đồng.", 6.8e9, 32.2e9),
        ("Ngày 24/5, Kho bạc Nhà nước huy động được 5.865/6.500 tỷ đồng trái phiếu Chính phủ", 5.865e12, 6.5e12),
    ],
)
def test_the_whole_after_a_slash_takes_the_scale_word(sentence, value, whole):
    [(_, v, _kind, of)] = [s for s in _stats(sentence) if s[2] == "money"]
    assert v == pytest.approx(value) and of == pytest.approx(whole)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Trong 65 năm trị vì đất nước, bà cũng đã gặp gỡ 12 Tổng thống Mỹ.", "12 Tổng thống Mỹ", 12),
        ("Jules Verne được đóng cửa để phục vụ riêng 2 Tổng thống, phu nhân của họ.", "2 Tổng thống", 2),
        ("dự kiến có 24 Đại sứ đặc mệnh toàn quyền và 12 Tổng lãnh sự sẽ nhận nhiệm vụ", "12 Tổng lãnh sự", 12),
    ],
)
def test_presidents_and_consuls_general_are_counted(sentence, text, value):
    assert (text, value, "count", None) in _stats(sentence)


def test_an_ordinal_before_a_president_is_no_count():
    assert _stats("Đây là lần thứ 15 Tổng thống Putin tham gia đối thoại trực tuyến với nhân dân.") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("cũng là người đã đem về sấp sỉ 3 tỷ USD cho series phim kinh điển", "sấp sỉ 3 tỷ USD"),
        ("trong khi lạm phát nhiều khả năng dao động quanh mức 5%, tỷ giá", "quanh mức 5%"),
        ("giá vàng thế giới khá ổn định, quanh mức 1.224 USD/ounce trong phiên", "quanh mức 1.224 USD/ounce"),
    ],
)
def test_about_around_a_level_and_xap_xi_misspelt(sentence, text):
    [stat] = extract_statistics([sentence])
    assert (stat.text, stat.qualifier) == (text, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Vin hiện là thương binh hạng 2/4, tỉ lệ mất sức khỏe cao.",
        "Trước đó, đã có bệnh viện hạng đặc biệt, hạng 1 thuộc Bộ Y tế điều chỉnh tăng giá.",
        "khám ở bệnh viện hạng 2 là cao hơn",
        "tuyển U20 có thể góp mặt tại giải hạng 4 nước Đức vào mùa tới",
    ],
)
def test_a_grade_after_its_holder_is_no_rank(sentence):
    assert [s for s in _stats(sentence) if s[2] == "rank"] == []


def test_a_place_reached_stays_a_rank():
    assert _stats("Tay vợt này hiện xếp hạng 5 thế giới.") == [("xếp hạng 5", 5, "rank", None)]
