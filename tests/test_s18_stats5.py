"""Statistics, s18 stats5 round: sentences of the baomoi corpus (none from the gold files)."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, str, float | None, str | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.of, s.qualifier) for s in extract_statistics([sentence])]


def test_man_days_are_counted():
    stats = _stats(
        "Người dân đã tự nguyện hiến trên 29.000m2 đất các loại, đóng góp trên 6.000 ngày công lao động và"
        " gần 3 tỷ đồng tiền mặt."
    )
    assert ("trên 6.000 ngày công lao động", 6000, "count", "ngày công lao động", None, "over") in stats
    stat = _stats("toàn Công ty đã huy động 5211 ngày công đào đắp đất")[0]
    assert stat[1:3] == (5211, "count") and stat[3].startswith("ngày công")


def test_days_of_a_verb_stay_periods():
    assert _stats("Chỉ sau 4 ngày công chiếu, bộ phim đã thu về 16 tỷ đồng.") == [
        ("16 tỷ đồng", 16e9, "money", "VND", None, None)]
    assert _stats("cần 15 ngày dự thảo và 15 ngày công bố") == []
    assert _stats("Sau 10 ngày công thành, Balian ra ngoài thành.") == []


def test_a_mark_passed_is_over():
    assert _stats("Apple chỉ sau hơn hai năm vượt ngưỡng 700 tỷ USD.") == [
        ("vượt ngưỡng 700 tỷ USD", 700e9, "money", "USD", None, "over")]
    assert _stats("Hanwha Life lần đầu tiên vượt qua mốc 1.000 tỷ đồng tổng doanh thu phí.")[0][5] == "over"
    assert _stats("Giá vàng rồng Thăng Long đã vượt mốc 35 triệu đồng.")[0][5] == "over"


def test_an_estimate_heads_its_subject():
    assert _stats("Tổng thiệt hại ước tính hơn 700 tỷ đồng.")[0][5] == "over"  # its own word wins
    assert _stats("REM với ước tính tổng cộng 360 nghị sĩ đại diện.")[0][:2] + _stats(
        "REM với ước tính tổng cộng 360 nghị sĩ đại diện.")[0][5:] == ("360 nghị sĩ", 360, "about")
    stats = _stats("Giá trị cổ phiếu được ước tính mức đấu giá lên tới 1,5 triệu USD.")
    assert stats == [("1,5 triệu USD", 1.5e6, "money", "USD", None, "about")]


def test_a_threshold_after_the_counted_noun_is_over():
    assert _stats("Watford ghi ít nhất 2 bàn thắng trở lên trong 3 trận đấu liên tiếp.")[0][5] == "over"
    stats = _stats("Khi tổ chức thi phải từ 2 người trở lên tham gia dự tuyển.")
    assert stats == [("2 người trở lên", 2, "count", "người", None, "over")]
    stats = _stats("Phấn đấu hằng năm kết nạp 30 hội viên mới trở lên.")
    assert stats == [("30 hội viên mới trở lên", 30, "count", "hội viên", None, "over")]


def test_about_before_from_bounds_the_range():
    assert _stats("Chi phí để chế tạo một bộ khung diecast khoảng từ 100.000 đến 200.000 USD, tùy thuộc.") == [
        ("khoảng từ 100.000 đến 200.000 USD", 100000, "money", "USD", None, "about"),
        ("khoảng từ 100.000 đến 200.000 USD", 200000, "money", "USD", None, "about"),
    ]
    assert [s[5] for s in _stats("trọng lượng cá khi sống ước tính từ 130-150 tấn")] == ["about", "about"]


def test_about_bounds_a_range_that_writes_its_unit_twice():
    assert _stats("Công suất phòng bình quân đạt khoảng 65% - 75%.") == [
        ("khoảng 65%", 65, "percent", "%", None, "about"),
        ("75%", 75, "percent", "%", None, "about"),
    ]
    # a list is no range
    assert [s[5] for s in _stats("Tăng khoảng 5%, 7% và 9%.")] == ["about", None, None]


def test_cases_and_their_people_over_a_slash_are_two_counts():
    assert _stats("Các lực lượng chức năng đã bắt giữ 1.040 vụ/562 đối tượng buôn lậu.") == [
        ("1.040 vụ", 1040, "count", "vụ", None, None),
        ("562 đối tượng buôn lậu", 562, "count", "đối tượng buôn lậu", None, None),
    ]
    assert _stats("Toàn xã có 333 hộ/1.750 nhân khẩu.") == [
        ("333 hộ", 333, "count", "hộ", None, None), ("1.750 nhân khẩu", 1750, "count", "nhân khẩu", None, None)]
    # a rate and a part of a whole stay
    assert _stats("Xử lý 20 vụ/năm.") == [("20 vụ/năm", 20, "count", "vụ/năm", None, None)]
    assert _stats("Đã giải quyết 47.563/47.590 hồ sơ.")[0][4] == 47590


def test_a_capitalised_body_after_a_comma_is_counted():
    stats = _stats("Sư đoàn, 04 Trung đoàn, 05 Tiểu đoàn, 03 Đại đội được tặng danh hiệu Anh hùng.")
    assert ("03 Đại đội", 3, "count", "đại đội", None, None) in stats
    assert _stats("có 1 Tổng cục, 10 Cục") [-1][:4] == ("10 Cục", 10, "count", "cục")
    assert _stats("Địa chỉ ở phường 5, 24 Hoàng Quốc Việt.") == []


def test_a_round_robin_has_no_count_of_legs():
    assert _stats("Các đội sẽ thi đấu vòng tròn 1 lượt tính điểm để xếp hạng.") == []
    assert _stats("Mỗi bảng 4 đội, thi đấu vòng tròn 2 lượt ở từng bảng.") == [("4 đội", 4, "count", "đội", None, None)]


def test_a_whole_without_a_comma_takes_its_parts():
    assert _stats("Trong số 6 người bị thương có 3 người, gồm 2 trẻ em, sau đó đã tử vong tại bệnh viện.") == [
        ("3 người", 3, "count", "người", 6, None), ("2 trẻ em", 2, "count", "trẻ em", None, None)]
    stats = _stats(
        "Tại thời điểm đấu giá đất năm 2014, trong số 6 lô đất biệt thự chỉ có 5 lô có người tham gia đấu giá."
    )
    assert stats == [("5 lô", 5, "count", "lô", 6, None)]
    stats = _stats(
        "Tinh thần này được quán triệt, khi trong số 2.000 đại biểu trực tiếp dự tại Trung tâm Hội nghị Quốc gia"
        " thì có tới 1.500 đại biểu doanh nghiệp."
    )
    assert [s[:2] + s[4:5] for s in stats] == [("1.500 đại biểu doanh nghiệp", 1500, 2000)]
    # other nouns are no parts: the whole stays
    assert [s[0] for s in _stats("Trong số 467 giảng viên hiện có 15 PGS, 123 tiến sĩ.")] == [
        "467 giảng viên", "15 PGS", "123 tiến sĩ"]


def test_a_laws_chapters_and_articles_are_counted():
    assert _stats("Luật Hỗ trợ DNNVV gồm 4 chương 35 điều.") == [
        ("4 chương", 4, "count", "chương", None, None), ("35 điều", 35, "count", "điều", None, None)]
    assert _stats("Luật có 6 Chương, 33 Điều, có hiệu lực thi hành từ 1-7-2018.") == [
        ("6 Chương", 6, "count", "chương", None, None), ("33 Điều", 33, "count", "điều", None, None)]
    assert _stats("Theo Điều 5 chương 3 của luật này.") == []
