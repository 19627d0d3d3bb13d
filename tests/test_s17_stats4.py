"""Statistics, s17 stats4 round: sentences of the baomoi corpus (none from the gold files)."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_reasons_and_jobs_keep_their_second_syllable():
    assert _stats("Bộ Tài chính đưa ra 4 lý do giải trình.") == [("4 lý do", 4, "count", "lý do")]
    assert _stats("Có 5 lý do người dùng lựa chọn iPhone.") == [("5 lý do", 5, "count", "lý do")]
    assert _stats("tạo 22.000 việc làm cho người lao động") == [("22.000 việc làm", 22000, "count", "việc làm")]


def test_a_sitting_of_work_is_one_noun():
    stats = _stats(
        "Tại Hội thảo, 28 chuyên gia quốc tế đến từ Nhật Bản đã trình bày 23 báo cáo chuyên đề tại 4 phiên làm"
        " việc đã đem lại những góc nhìn đa chiều."
    )
    assert ("4 phiên làm việc", 4, "count", "phiên làm việc") in stats
    assert _stats("Có 3 tổ làm nhiệm vụ.") == [("3 tổ", 3, "count", "tổ")]


def test_standing_for_others_ends_the_counted_noun():
    assert _stats(
        "Hội nghị có sự tham gia của 1.800 đại biểu đại diện cho chính phủ, quốc hội, quân đội."
    ) == [("1.800 đại biểu", 1800, "count", "đại biểu")]
    assert _stats("Có 516 đại biểu thay mặt cho hội viên.") == [("516 đại biểu", 516, "count", "đại biểu")]
    # a noun of a representative keeps the word
    [(_, _, _, unit)] = _stats("vẫn còn 31 cơ quan đại diện chủ sở hữu chưa gửi Báo cáo")
    assert unit.startswith("cơ quan đại diện")


def test_opinions_and_petitions_are_one_unit():
    assert _stats(
        "Đoàn Chủ tịch đã tổng hợp được 2901 ý kiến, kiến nghị."
    ) == [("2901 ý kiến, kiến nghị", 2901, "count", "ý kiến, kiến nghị")]


def test_a_verb_after_a_names_number_makes_no_count():
    assert _stats("- Do sự cố Galaxy Note 7 phát nổ cùng với nhu cầu mua iPhone tăng cao.") == []
    assert _stats("Cụ thể, chỉ số FTSE 100 giao dịch tại London (Anh) hạ 0,5%.") == [("0,5%", 0.5, "percent", "%")]
    # after a lower-case word the noun is counted
    assert _stats("Chúng tôi có 2 giao dịch và 5 tổ chức.") == [
        ("2 giao dịch", 2, "count", "giao dịch"), ("5 tổ chức", 5, "count", "tổ chức")]


def test_a_body_named_by_number_is_no_count():
    assert _stats("Theo báo cáo của Ban Chỉ đạo 389 tỉnh Thanh Hóa, Đội Quản lý thị trường số 9 phối hợp.") == []
    assert _stats("một bác sĩ chuyên ngành Tâm thần, Bệnh viện 103 khẳng định, việc cho trẻ dùng điện thoại.") == []


def test_a_half_turn_is_no_measure():
    assert _stats("Quan điểm của chính quyền Donald Trump đối với NATO đã thay đổi 180 độ.") == []
    assert _stats("Nhiệt độ lên tới 36 độ, có nơi trên 39 độ C.") == [
        ("36 độ", 36, "measure", "độ"), ("trên 39 độ C", 39, "measure", "độ C")]


def test_places_end_before_the_first_name_of_their_list():
    assert _stats(
        "Sau đó đám cháy lan sang diện tích rừng thuộc khu vực giáp ranh với 3 xã Bắc Sơn, Nam Sơn và Phù Linh."
    ) == [("3 xã", 3, "count", "xã")]
    assert _stats("Trong khi đó 2 thôn Tân Lệ và Bình Quang lại chủ yếu nằm bên kia sông.") == [
        ("2 thôn", 2, "count", "thôn")]
    assert _stats("Có 7 nước Hồi giáo bị cấm.") == [("7 nước Hồi giáo", 7, "count", "nước hồi giáo")]


def test_prepositions_and_pointers_end_the_counted_noun():
    assert _stats("Mhatre từng giải cứu hơn 100 con rắn khỏi nguy hiểm trước khi qua đời.") == [
        ("hơn 100 con rắn", 100, "count", "con rắn")]
    assert _stats("Xem 15 lối suy nghĩ dưới đây chắc chắn bạn sẽ bật cười.") == [
        ("15 lối suy nghĩ", 15, "count", "lối suy nghĩ")]


def test_a_chainage_is_a_place():
    assert _stats("Vụ tai nạn xảy ra lúc 15h20 ngày 11.5 tại km 150+400 cao tốc Nội Bài - Lào Cai.") == []
    assert _stats("Máy sẽ có camera kép 8+12MP ở mặt sau.") == [("12MP", 12, "measure", "MP")]


def test_a_shape_told_by_its_parts_is_no_count():
    assert _stats("Lưới tản nhiệt kiểu thanh ngang gắn logo ngôi sao 3 cánh.") == []
    assert _stats("Biểu tượng bông hoa 4 cánh: khi bật chức năng thổi gió, quạt vẫn chạy.") == []


def test_a_half_time_score_after_its_half_is_a_score():
    stats = _stats("Chung cuộc: Nga 2-0 New Zealand (hiệp 1: 1-0) Ghi bàn: Boxall 31")
    assert [v for _, v, kind, _ in stats if kind == "score"] == [2, 0, 1, 0]
    stats = _stats("Chung cuộc: Sunderland 0-2 Swansea City (Tỉ số hiệp 1: 0-1) Ghi bàn: Llorente 9’, Naughton 45+2’")
    assert [(t, v) for t, v, kind, _ in stats if kind == "score"] == [("0-2", 0), ("0-2", 2), ("0-1", 0), ("0-1", 1)]


def test_a_sittings_verb_ends_its_members_count():
    assert _stats("Kết quả biểu quyết như sau: 436 đại biểu tán thành, chiếm tỷ lệ 88,80%.") == [
        ("436 đại biểu", 436, "count", "đại biểu"), ("88,80%", 88.8, "percent", "%")]
    assert _stats("Trong quá trình thảo luận, đã có 26 đại biểu Quốc hội phát biểu.") == [
        ("26 đại biểu Quốc hội", 26, "count", "đại biểu quốc hội")]
    assert _stats("Đề xuất bị bác bỏ với 326 phiếu tán thành và 293 phiếu chống.")[0][3] == "phiếu tán thành"


def test_a_rims_spokes_a_few_words_on_are_its_design():
    assert _stats("Xe được trang bị bộ vành hợp 5 chấu đơn sáng bóng.") == []
    assert _stats("Đội quân chia làm 3 cánh quân.") == [("3 cánh quân", 3, "count", "cánh quân")]


def test_a_polling_place_keeps_its_verb():
    assert _stats("Theo kết quả kiểm phiếu tại 646/650 điểm bỏ phiếu, Đảng Bảo thủ thắng.")[0][3] == "điểm bỏ phiếu"


def test_a_sum_or_a_worth_after_the_count_ends_it():
    assert _stats("Cũng tại ngôi chùa này, kẻ trộm đã đột nhập, lấy 2 bình cổ trị giá trên 100 triệu đồng.") == [
        ("2 bình cổ", 2, "count", "bình cổ"), ("trên 100 triệu đồng", 100000000, "money", "VND")]
    assert _stats("trả lại quyền lợi cho 750 công dân số tiền 32 tỷ đồng, 4 ha đất")[0] == (
        "750 công dân", 750, "count", "công dân")


def test_taking_the_floor_and_answering_end_the_members_count():
    assert _stats("Đã có 17 đại biểu Quốc hội phát biểu và 01 đại biểu Quốc hội tranh luận.") == [
        ("17 đại biểu Quốc hội", 17, "count", "đại biểu quốc hội"),
        ("01 đại biểu Quốc hội", 1, "count", "đại biểu quốc hội")]
    assert _stats("Ngoài 4 Bộ trưởng đăng đàn trả lời chính, 4 Phó Thủ tướng cùng tham gia.")[0][3] == "bộ trưởng"
    assert _stats("Có 3 câu trả lời đúng.")[0][3] == "câu trả lời đúng"
