"""Attendees the person search missed: a foreign unit's holder after the unit's name (`Thống đốc bang Virginia
Terry McAuliffe`), a state premier (`Thủ hiến`). Sentences from baomoi-dev articles (no gold file); each test
checks the exact names and titles."""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_a_foreign_unit_then_its_holder():
    assert _people("Phát biểu sau lễ ký, Thống đốc bang Virginia Terry McAuliffe nêu rõ: “Việc ký Bản ghi nhớ là sự "
                   "thừa nhận lợi ích chung”.") == [("Terry McAuliffe", ["Thống đốc bang Virginia"])]
    assert _people("Sau đó, Thủ tướng Nguyễn Xuân Phúc đã tiếp Thống đốc tỉnh Aichi Hideaki Omura và Thống đốc tỉnh "
                   "Kanagawa Kuroiwa Yuji.") == [("Nguyễn Xuân Phúc", ["Thủ tướng"]),
                                                 ("Hideaki Omura", ["Thống đốc tỉnh Aichi"]),
                                                 ("Kuroiwa Yuji", ["Thống đốc tỉnh Kanagawa"])]
    assert _people("Cùng ngày, thống đốc bang Borno Kashim Shettima yêu cầu quân đội Nigeria tăng cường nỗ lực.") == [
        ("Kashim Shettima", ["thống đốc bang Borno"])]


def test_a_compound_place_and_a_name_with_a_particle():
    assert _people("Con số thương vong được thị trưởng thành phố New York Bill de Blasio chia sẻ trong cuộc họp "
                   "báo.") == [("Bill de Blasio", ["thị trưởng thành phố New York"])]
    assert _people("Thống đốc bang Louisiana John Bel Edwards đã ban bố tình trạng khẩn cấp.") == [
        ("John Bel Edwards", ["Thống đốc bang Louisiana"])]


def test_a_place_alone_after_the_unit_names_no_one():
    assert _people("Thủ hiến bang New South Wales, bà Gladys Berejiklian cho biết.") == [
        ("Gladys Berejiklian", ["Thủ hiến bang New South Wales"])]
    assert _people("Thị trưởng thành phố San Pedro Huamelula ở Mexico đã cưới một con cá sấu.") == []
    # `Liên bang` is a federation, not a unit: the places table reads its run
    assert _people("Tổng thống Liên bang Nga Vladimir Putin tiếp Chủ tịch nước.") == [
        ("Vladimir Putin", ["Tổng thống Liên bang Nga"])]
    # a Vietnamese unit's holder is read by the family name
    assert _people("Chủ tịch UBND tỉnh Gia Lai Kpă Thuyên đã có văn bản.") == [
        ("Kpă Thuyên", ["Chủ tịch UBND tỉnh Gia Lai"])]


def test_a_state_premier():
    assert _people("Chủ tịch Quốc hội bang Hessen Norbert Kartmann và Thủ hiến bang Hessen Volker Bouffier đã đón và "
                   "hội kiến Thủ tướng Chính phủ.") == [("Norbert Kartmann", ["Chủ tịch Quốc hội bang Hessen"]),
                                                        ("Volker Bouffier", ["Thủ hiến bang Hessen"])]
    assert _people("Thủ hiến Scotland Nicola Sturgeon thông báo hoãn công tác chuẩn bị.") == [
        ("Nicola Sturgeon", ["Thủ hiến Scotland"])]


def test_who_puts_a_question_at_the_sitting_attends():
    from tests.conftest import meeting_people

    text = ("Đại biểu Quốc hội 'truy' trách nhiệm của Bộ trưởng Nguyễn Xuân Cường\n"
            "Nhiều đại biểu Quốc hội đã chất vấn Bộ trưởng Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường về "
            "tình hình xuất khẩu nông sản gặp nhiều khó khăn.\n"
            "Tại phiên chất vấn, trả lời chất vấn sáng 13/6, Bộ trưởng Nguyễn Xuân Cường cho rằng, câu chuyện khủng "
            "hoảng thừa trong ngành chăn nuôi không phải do người nông dân mà vì ngành nông nghiệp làm chưa tốt. Trong "
            "khi đó, đại biểu Quốc hội Nguyễn Ngọc Phương (Quảng Bình) đặt câu hỏi về sự bất đồng ý kiến giữa văn bản "
            "và thực tế.")
    _, attendees = meeting_people(text)
    assert "Nguyễn Ngọc Phương" in attendees and "Nguyễn Xuân Cường" in attendees
