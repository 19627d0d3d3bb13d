"""Titles cut inside a body's name or at the comma before its parent body, a title before `ông/bà` + name, and one
person listed twice under two spellings (audit13).

Sentences from baomoi-dev articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.meetings import _merge_led_names, _merge_spelled_alike
from core.extract.people import find_people
from core.record import Person


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_air_defence_service_is_one_body_name() -> None:
    # 22226535, 22511794
    assert _people("Theo trung tá Lê Trọng Sành, Nguyên Cục phó cục tác chiến Quân chủng Phòng không không quân, "
                   "nguyên trưởng phòng quản lý bay sân bay Tân Sơn Nhất cho rằng sân bay đang thiếu sân đỗ.")[0][1][:2] == [
        "trung tá", "Nguyên Cục phó cục tác chiến Quân chủng Phòng không không quân"]
    assert _people("Thiếu tướng Lâm Quang Đại, Chính ủy Quân chủng phòng không - không quân cho hay, Bộ GTVT đã "
                   "thảo luận.") == [("Lâm Quang Đại", ["Thiếu tướng", "Chính ủy Quân chủng phòng không - không quân"])]


def test_bare_air_defence_still_ends_a_title() -> None:
    # 22734436: `Bộ Quốc phòng không chậm`
    assert _people("Vừa qua Bộ trưởng Bộ Quốc phòng không chậm trễ, Bộ trưởng Ngô Xuân Lịch nói.") == [
        ("Ngô Xuân Lịch", ["Bộ trưởng"])]


def test_police_body_and_its_short_name_in_parentheses() -> None:
    # 22692007, 22750394
    assert _people("Chiều 6/7, Chủ tịch nước Trần Đại Quang đã có buổi tiếp Tổng Thư ký Tổ chức Cảnh sát hình sự quốc "
                   "tế (Interpol) Jurgen Stock đang có chuyến thăm và làm việc tại Việt Nam.") == [
        ("Trần Đại Quang", ["Chủ tịch nước"]),
        ("Jurgen Stock", ["Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (Interpol)"])]
    assert _people("Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed) Janet Yellen cảnh báo mục tiêu tăng trưởng kinh tế 3%.") == [
        ("Janet Yellen", ["Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed)"])]


def test_predicate_after_the_parenthesised_name_is_not_the_title() -> None:
    # 22693383
    assert _people("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an làm việc với Ngài Jurgen Stock, Tổng Thư ký Tổ chức "
                   "Cảnh sát hình sự Quốc tế (Interpol) sang thăm và làm việc tại Việt Nam.")[1] == (
        "Jurgen Stock", ["Tổng Thư ký Tổ chức Cảnh sát hình sự Quốc tế (Interpol)"])


def test_youth_union_and_bloc_are_body_names_not_persons() -> None:
    # 22496376
    assert _people("Đồng chí Bùi Chí Hiếu, Ủy viên Ban Chấp hành Đảng bộ Bộ Xây dựng, Ủy viên Ban Chấp hành Đoàn khối "
                   "các cơ quan Trung ương, Bí thư Đoàn Thanh niên Bộ Xây dựng phát biểu tại Đại hội.") == [
        ("Bùi Chí Hiếu", ["Ủy viên Ban Chấp hành Đảng bộ Bộ Xây dựng",
                          "Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương",
                          "Bí thư Đoàn Thanh niên Bộ Xây dựng"])]


def test_party_cell_of_an_office() -> None:
    # 21511578
    assert _people("Tại buổi lễ, đồng chí Vũ Kim Sơn - Phó Chủ tịch thường trực LĐLĐ Thành phố, Bí thư Đàng bộ cơ quan "
                   "LĐLĐ Thành phố đã thay mặt Đảng bộ trao Huy hiệu") == [
        ("Vũ Kim Sơn", ["Phó Chủ tịch thường trực LĐLĐ Thành phố", "Bí thư Đàng bộ cơ quan LĐLĐ Thành phố"])]


def test_general_department_after_the_comma_is_the_parent_body() -> None:
    # 22651347, 21511464
    assert _people("Ngoài ra, tham dự cuộc họp có ông Nguyễn Thế Bình – Phó Tổng Cục trưởng, Tổng cục hậu cần Bộ Công "
                   "A; ông Trần Quốc Tiến – Phó Tổng Cục trưởng Cục Hậu cần kỹ thuật (Bộ Công An).") == [
        ("Nguyễn Thế Bình", ["Phó Tổng Cục trưởng", "Tổng cục hậu cần Bộ Công A"]),
        ("Trần Quốc Tiến", ["Phó Tổng Cục trưởng Cục Hậu cần kỹ thuật (Bộ Công An)"])]
    assert _people("Đó là khẳng định của ông Như Văn Cẩn, Vụ trưởng Vụ Nuôi trồng thủy sản, Tổng cục Thủy sản, Bộ "
                   "NNPTNT.") == [("Như Văn Cẩn", ["Vụ trưởng Vụ Nuôi trồng thủy sản", "Tổng cục Thủy sản", "Bộ NNPTNT"])]


def test_airport_named_after_its_noun() -> None:
    # 22226535, 21473454
    assert _people("Đại tá Phan Tương, nguyên giám đốc sân bay Tân Sơn Nhất cho rằng vị trí khu đất không phù "
                   "hợp.") == [("Phan Tương", ["Đại tá", "nguyên giám đốc sân bay Tân Sơn Nhất"])]
    assert _people("Giám đốc sân bay Iqaluit, ông John Hawkins cho biết") == [
        ("John Hawkins", ["Giám đốc sân bay Iqaluit"])]


def test_title_right_before_a_form_of_address() -> None:
    # 22651189, 21479210, 22553705
    assert _people("Chiều nay (30.6), Thứ trưởng Bộ NNPTNT ông Vũ Văn Tám đã có cuộc trao đổi với báo chí.") == [
        ("Vũ Văn Tám", ["Thứ trưởng Bộ NNPTNT"])]
    assert _people("Tham dự buổi lễ bổ nhiệm còn có Phó chủ tịch UBND thành phố Đà Nẵng ông Đặng Việt Dũng và GS.TS "
                   "Trần Văn Nam, giám đốc Đại học Đà Nẵng.") == [
        ("Đặng Việt Dũng", ["Phó chủ tịch UBND thành phố Đà Nẵng"]),
        ("Trần Văn Nam", ["GS.TS", "giám đốc Đại học Đà Nẵng"])]
    assert _people("Chủ tịch HĐQT MTM ông Trần Hữu Tiệp đã bị bắt tạm giam.") == [
        ("Trần Hữu Tiệp", ["Chủ tịch HĐQT MTM"])]


def test_form_of_address_after_a_verb_or_an_owner_takes_no_title() -> None:
    # 22269846, 21481276, 22297523
    assert _people("Cựu tổng thống Hollande đưa ông Macron đến văn phòng tổng thống.") == [("Macron", [])]
    assert _people("Theo cố vấn của Tổng thống Ukraine ông Yuri Biryukov, quân đội nước này vừa triển khai.") == [
        ("Yuri Biryukov", [])]
    assert _people("Doanh nghiệp tham dự buổi đối thoại với Thủ tướng Theo ông Nguyễn Văn Đệ: “Hôm nay”") == [
        ("Nguyễn Văn Đệ", [])]


def test_temple_name_is_no_person() -> None:
    # 21511425
    assert _people("Trả lời về vấn đề này, bà Phạm Thị Oanh, Phó chủ tịch UBND TP Nam Định, Trưởng ban tổ chức Lễ "
                   "Khai ấn đền Trần Nam Định cho biết") == [
        ("Phạm Thị Oanh", ["Phó chủ tịch UBND TP Nam Định", "Trưởng ban tổ chức Lễ Khai ấn đền Trần Nam Định"])]


def test_name_written_in_the_other_order_is_one_person() -> None:
    # 22753131: `Kuroiwa Yuji` in the lead, `Yuji Kuroiwa` in the caption
    lead = Person("Kuroiwa Yuji", ["Thống đốc tỉnh Kanagawa (Nhật Bản)"])
    caption = Person("Yuji Kuroiwa", ["Thống đốc tỉnh Kanagawa (Nhật Bản)"])
    host = Person("Nguyễn Xuân Phúc", ["Thủ tướng"])
    chairs, attendees = _merge_spelled_alike([], [host, lead, caption], "tiếp ông Kuroiwa Yuji … tiếp ông Yuji Kuroiwa")
    assert (chairs, [p.name for p in attendees]) == ([], ["Nguyễn Xuân Phúc", "Kuroiwa Yuji"])


def test_body_run_into_a_name_or_a_name_cut_in_a_caption() -> None:
    # 22692007: `Tổng Thư ký Interpol Jurgen Stock`, the body also written alone
    text = "Tổng Thư ký Tổ chức (Interpol) Jurgen Stock … Tổng Thư ký Interpol Jurgen Stock và Đoàn Interpol sang thăm"
    run = Person("Interpol Jurgen Stock", ["Tổng Thư ký"])
    full = Person("Jurgen Stock", ["Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (Interpol)"])
    assert [(p.name, p.titles) for p in _merge_led_names([], [full, run], text)[1]] == [
        ("Jurgen Stock", ["Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (Interpol)"])]
    # 22546904: the caption drops the first given name
    text = "Chủ tịch Quốc hội Cuba Juan Esteban Lazo Hernandez … Ảnh: Chủ tịch Esteban Lazo Hernández"
    cut = Person("Esteban Lazo Hernández", ["Chủ tịch Quốc hội Cuba"])
    whole = Person("Juan Esteban Lazo Hernandez", ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội Cộng hòa Cuba"])
    assert [(p.name, p.titles) for p in _merge_led_names([], [cut, whole], text)[1]] == [
        ("Juan Esteban Lazo Hernandez", ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội Cộng hòa Cuba"])]
