"""Person titles, second pass (s12): a city's abbreviation closed by its dot inside a title, an office's qualifier
(`cao cấp`, `cấp cao`, `danh dự`) after its head, and a plural office given to each name listed after it.

Sentences from baomoi-dev articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_a_citys_abbreviation_dot_does_not_cut_the_title() -> None:
    # 21506976, 22728961
    assert _people("Ông Đào Trọng Quy - Chủ tịch UBND TP. Thanh Hóa cũng yêu cầu Phòng Giáo dục và Đào tạo thành phố "
                   "phối hợp với các cơ quan chức năng.") == [("Đào Trọng Quy", ["Chủ tịch UBND TP. Thanh Hóa"])]
    assert _people("Ngày 14/7, ông Nguyễn Văn Thành, Chủ tịch UBND TP. Huế đã ký văn bản gửi UBND tỉnh Thừa Thiên - "
                   "Huế.")[0] == ("Nguyễn Văn Thành", ["Chủ tịch UBND TP. Huế"])


def test_a_name_after_the_citys_name_closes_the_title() -> None:
    # the audit's case: before the name, the city after the dot is the body's, the name the person's
    assert _people("Chủ tịch HĐND TP. Hồ Chí Minh Nguyễn Thị Quyết Tâm phát biểu tại hội nghị.") == [
        ("Nguyễn Thị Quyết Tâm", ["Chủ tịch HĐND TP. Hồ Chí Minh"])]


def test_an_offices_qualifier_stays_in_the_title() -> None:
    # 22359351, 21492149, 22226937
    assert _people("TS. Nguyễn Đức Hưởng, cố vấn cao cấp Ngân hàng Bưu điện Liên Việt cho rằng, nợ xấu luôn tồn tại.") == [
        ("Nguyễn Đức Hưởng", ["TS.", "cố vấn cao cấp Ngân hàng Bưu điện Liên Việt"])]
    assert _people("Cố vấn cấp cao Nhà Trắng Kellyanne Conway hôm 8-2 tái khẳng định, Tổng thống Mỹ sẵn sàng hợp tác.")[0] == (
        "Kellyanne Conway", ["Cố vấn cấp cao Nhà Trắng"])
    assert _people("Bà Megan Crowe, cố vấn cao cấp của Bộ Thương mại Hoa Kỳ, cho biết các dự án đã hoàn thành.") == [
        ("Megan Crowe", ["cố vấn cao cấp của Bộ Thương mại Hoa Kỳ"])]
    assert _people("Tổng thống Mỹ Donald Trump (trái) cùng cố vấn cao cấp Steve Bannon (phải)") == [
        ("Donald Trump", ["Tổng thống Mỹ"]), ("Steve Bannon", ["cố vấn cao cấp"])]


def test_a_plural_office_is_each_listed_names() -> None:
    # 21471990, 22509440
    assert _people("Cuộc họp sẽ có sự tham dự của các thứ trưởng Bộ Công Thương Hoàng Quốc Vượng, Cao Quốc Hưng, Đỗ "
                   "Thắng Hải, cùng lãnh đạo một số cục, vụ liên quan.") == [
        ("Hoàng Quốc Vượng", ["thứ trưởng Bộ Công Thương"]), ("Cao Quốc Hưng", ["thứ trưởng Bộ Công Thương"]),
        ("Đỗ Thắng Hải", ["thứ trưởng Bộ Công Thương"])]
    assert _people("Ngày mai (13/6), Thủ tướng Chính phủ Nguyễn Xuân Phúc, các Phó Thủ tướng Trương Hòa Bình, Vương Đình "
                   "Huệ, Vũ Đức Đam và Trịnh Đình Dũng sẽ trả lời chất vấn.") == [
        ("Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"]), ("Trương Hòa Bình", ["Phó Thủ tướng"]),
        ("Vương Đình Huệ", ["Phó Thủ tướng"]), ("Vũ Đức Đam", ["Phó Thủ tướng"]), ("Trịnh Đình Dũng", ["Phó Thủ tướng"])]


def test_a_list_after_a_singular_office_keeps_bare_names() -> None:
    # no plural marker: the office is the first name's only
    assert _people("Thủ tướng Nguyễn Xuân Phúc, Trương Hòa Bình, Vương Đình Huệ dự họp.") == [
        ("Nguyễn Xuân Phúc", ["Thủ tướng"]), ("Trương Hòa Bình", []), ("Vương Đình Huệ", [])]


def test_a_body_named_after_a_person_is_no_person() -> None:
    # 21487189: the institute's name, after its qualified office, is shaped like a person's
    assert _people("Bà Nguyễn Thị Bình (nguyên Phó Chủ tịch nước, Chủ tịch danh dự Viện Phan Châu Trinh) chia sẻ: “Phải "
                   "xác định mỗi lần làm mỗi lần khó”") == [
        ("Nguyễn Thị Bình", ["nguyên Phó Chủ tịch nước", "Chủ tịch danh dự Viện Phan Châu Trinh"])]
    # 22558942
    assert _people("Ngày hôm sau, ông Lê Hoàng Phong, Giám đốc Công ty Hoàng Gia Phát, có văn bản cam kết chịu trách "
                   "nhiệm.") == [("Lê Hoàng Phong", ["Giám đốc Công ty Hoàng Gia Phát"])]
    # 21488237: a place that opens like a body's noun (`Đài`) is no body
    assert _people("Theo Reuters, nhà lãnh đạo Đài Loan Thái Anh Văn cho biết hòn đảo sẽ kiềm chế.") == [
        ("Thái Anh Văn", ["nhà lãnh đạo Đài Loan"])]
