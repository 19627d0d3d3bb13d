"""s19 statistics precision: model numbers, road numbers, side formats and rice grades are no figures."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.value, s.kind) for s in extract_statistics([sentence])]


def test_camel_case_product_name_takes_the_number() -> None:
    assert _stats("Vì vậy, khả năng sạc không dây trên iPhone 8 chắc chắn sẽ đẩy giá của điện thoại lên cao hơn.") == []
    assert _stats("Mặt khác, 14% người được hỏi muốn mua loạt iPhone 7 và 12% muốn mua dòng iPhone 6.") == [
        ("14%", 14.0, "percent"), ("12%", 12.0, "percent")]


def test_camel_case_product_name_keeps_units_and_prices() -> None:
    assert _stats("Mẫu iPad 9.7 inch mới được Apple ra mắt thầm lặng.") == [("9.7 inch", 9.7, "measure")]
    assert _stats("Sở TT-TT Phú Yên đã chuyển đủ cho Công ty iNet 412 triệu đồng.") == [
        ("412 triệu đồng", 412_000_000.0, "money")]
    stats = _stats("theo kế hoạch sẽ xây mới đường dây 500 kV 2 mạch từ TBA 500 kV Dốc Sỏi")
    assert ("2 mạch", 2.0, "count") in stats


def test_abbreviated_road_numbers() -> None:
    stats = _stats("Công an tỉnh Phú Thọ đã xác định được 2 nghi can nổ súng bắn người trong ô tô trên QL 32 đoạn qua huyện Cẩm Khê.")
    assert [s[1] for s in stats] == [2.0]
    assert _stats("Tài xế điều khiển lưu thông trên đường ĐT 743 hướng từ thị xã Dĩ An về thị xã Tân Uyên.") == []
    assert [s[1] for s in _stats("Bước đầu đã xác định trên ĐT 827 có 35 trường hợp đấu nối.")] == [35.0]


def test_players_a_side_are_a_format() -> None:
    assert _stats("Lần đầu tiên Việt Nam được tham dự sân chơi tầm cỡ thế giới ở môn bóng đá 11 người.") == []
    assert _stats("Buổi tập bắt đầu từ 16h ở một sân cỏ nhân tạo 7 người thuộc quận 11, TP HCM.") == []


def test_rice_grade_by_broken_grains() -> None:
    stats = _stats("Khi doanh nghiệp chế biến ra gạo 5% tấm thì giá thành đã trên 400 USD/tấn, còn gạo 25% tấm "
                   "cũng đã khoảng 370 USD/tấn.")
    assert [(s[1], s[2]) for s in stats] == [(400.0, "money"), (370.0, "money")]


def test_runner_up_by_number_is_a_title() -> None:
    assert _stats("Người đẹp đoạt Á hậu 1 Hoa hậu Hoàn vũ 2012.") == []
    assert _stats("Cũng trong năm đó, Nhã Kỳ đoạt giải Á hậu 2 cuộc thi Hoa hậu Liên lục địa.") == []


def test_row_number_before_a_code_in_a_table() -> None:
    stats = _stats("Top 10 mã có KLGD lớn nhất (HOSE) STT Mã CK Giá gần nhất Khối lượng 1 STB 13,900 15.373.500 "
                   "2 HAG 9,170 14.796.160")
    assert [s for s in stats if s[2] == "count"] == []
    assert _stats("Rafa có 4 chức vô địch gồm 1 Grand Slam, 2 Masters và 1 ATP 500.")[-1][0] != "1 ATP"
    assert _stats("Cho đến lúc này đoàn Việt Nam đã giành 5 HCV, 7 HCB, 5 HCĐ.") == [
        ("5 HCV", 5.0, "count"), ("7 HCB", 7.0, "count"), ("5 HCĐ", 5.0, "count")]
    # (a place reached in a contest, and a bare bracket after it)
    assert _stats("Người đẹp từng lọt top 20 HHVN 2010, top 6 Vietnam’s Next Top Model 2010.") == [("top 20", 20.0, "rank")]
