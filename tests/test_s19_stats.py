"""Statistics, s19 round: sentences of the baomoi corpus (none from the gold files)."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_a_word_that_begins_with_dong_is_no_money_after_a_bare_number():
    assert _stats("Việc sửa đổi cho phù hợp với các quy định của Hiến pháp 2013 đồng thời đảm bảo thống nhất.") == []
    assert _stats("Tuyến đường ven biển có quy mô đường cấp 3 đồng bằng, dài 9 km.") == [("9 km", 9.0, "measure", "km")]
    assert [s[1] for s in _stats("Ngày 31/5, 18 chủ tàu thép đóng mới theo Nghị định 67 đồng loạt gửi đơn kiến nghị.")] == [18.0]


def test_money_before_such_a_word_stays_money():
    stats = _stats("Thiệt hại về phía công ty trị giá hơn 3,86 tỷ đồng thời điểm 2015.")
    assert stats == [("hơn 3,86 tỷ đồng", 3_860_000_000.0, "money", "VND")]
    assert _stats("Số nợ BHXH có giảm khoảng 7.500 tỷ đồng bằng khoảng 3,3% số phải thu.")[0][1:] == (
        7_500_000_000_000.0, "money", "VND"
    )


def test_coins_are_counted():
    assert _stats("Sau khi kiểm tra động cơ, phi hành đoàn phát hiện 9 đồng xu nhỏ.") == [
        ("9 đồng xu nhỏ", 9.0, "count", "đồng xu nhỏ")
    ]


def test_a_quoted_name_that_opens_on_a_number_is_no_count():
    stats = _stats("Ngôi trường được xây từ kinh phí của chương trình “1 hộp sữa, 1 viên gạch” do nhãn hàng khởi xướng.")
    assert [s for s in stats if s[0].startswith("1 hộp")] == []
    assert _stats("Tiếp tục triển khai phong trào “5 xung kích xây dựng và bảo vệ Tổ quốc”, kết nạp 15.000 hội viên mới.") == [
        ("15.000 hội viên", 15_000.0, "count", "hội viên")
    ]
    assert _stats("Kể cả những năm tuyển sinh theo phương thức “3 chung”, điểm sàn thấp.") == []
    assert _stats("Quận đã thực hiện tốt phương châm “5 biết” (biết nghe dân nói, biết làm dân tin).") == []


def test_a_quoted_figure_stays_a_figure():
    assert _stats("Đại diện hãng đã trả lời lại rằng “18 triệu lượt”.") == [
        ("18 triệu lượt", 18_000_000.0, "count", "lượt")
    ]
    assert _stats("Người kia nói: “200 đồng?”.") == [("200 đồng", 200.0, "money", "VND")]
    assert _stats("Mạng xã hội cáo buộc BNP tài trợ cho việc mua \"80 tấn vũ khí được sử dụng\" của chế độ.") == [
        ("80 tấn", 80.0, "measure", "tấn")
    ]


def test_a_figure_glued_to_its_verb_is_read():
    assert _stats("Khối lượng khớp lệnh cả hai sàn đạt hơn157 triệu đơn vị.") == [
        ("hơn157 triệu đơn vị", 157_000_000.0, "count", "đơn vị")
    ]
    assert _stats("Sản lượng xe nhập khẩu là 34.336 xe, tăng36,6% so với cùng kỳ.") == [
        ("34.336 xe", 34_336.0, "count", "xe"), ("36,6%", 36.6, "percent", "%")
    ]


def test_a_code_glued_to_letters_stays_a_code():
    assert _stats("Biến thể Covid19 và nhóm G20 họp với 5 người.") == [("5 người", 5.0, "count", "người")]
