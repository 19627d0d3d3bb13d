"""Attendees and their titles (s18 attend round): `do X làm Trưởng đoàn` gives X no title `Trưởng đoàn` (the part X
takes in the event, not an office written with the name). Excerpts of baomoi-dev articles (not the gold files); each
test checks what is returned."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people


def _attendees(text: str) -> dict[str, list[str]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return {p.name: p.titles for p in meeting.attendees}


def test_heading_the_delegation_is_no_title():
    # baomoi-dev 22432493
    assert named_people("Đoàn công tác của Chính phủ do Phó Thủ tướng Vương Đình Huệ làm Trưởng đoàn đã có buổi làm việc "
                        "với Bộ KHCN.") == [("Vương Đình Huệ", ["Phó Thủ tướng"])]


def test_the_delegations_head_still_attends_with_the_titles_written_with_the_name():
    # baomoi-dev 22260622
    text = ("Sáng 7/3, Đoàn công tác của Bộ Chính trị do ông Trần Quốc Vượng, Chủ nhiệm Ủy ban Kiểm tra Trung ương làm "
            "Trưởng đoàn đã làm việc với Ban Cán sự đảng Bộ Giao thông vận tải.")
    assert _attendees(text) == {"Trần Quốc Vượng": ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]}


def test_a_specialist_doctors_grade_is_a_degree_before_the_name():
    # baomoi-dev 22308930, 22678517
    assert named_people("BSCKII Phan Văn Đức - Phó Giám đốc Bệnh viện Quận 2 - cho biết, qua khám lâm sàng.") == [
        ("Phan Văn Đức", ["BSCKII", "Phó Giám đốc Bệnh viện Quận 2"])]
    assert named_people("Bs.CKII Vũ Hùng Vương – Phó Giám đốc BVĐK tỉnh Hà Giang cho rằng liệt là do bệnh.") == [
        ("Vũ Hùng Vương", ["Bs.CKII", "Phó Giám đốc BVĐK tỉnh Hà Giang"])]


def test_a_units_commander_is_an_office():
    # baomoi-dev 21495037, 21480628
    found = named_people("Đại úy Đinh Tiến An, Tiểu đoàn trưởng Tiểu đoàn Đặc công 18 cho biết: Công tác huấn luyện.")
    assert found[0][0] == "Đinh Tiến An" and found[0][1][1].startswith("Tiểu đoàn trưởng Tiểu đoàn")
    assert named_people("Đại đội trưởng, Đại úy Edward Bachar, cho biết, các lực lượng sẽ tham gia.") == [
        ("Edward Bachar", ["Đại đội trưởng", "Đại úy"])]


def test_presence_noun_phrase_names_attendees():
    text = ("Sáng 5/9, Trường Cao đẳng Y tế tổ chức Lễ Khai giảng năm học mới.\n"
            "Tham dự buổi lễ có sự hiện diện của TS. Lê Văn An – Hiệu trưởng Nhà trường, ThS. Trần Văn Bình – Phó "
            "Hiệu trưởng.")
    assert _attendees(text) == {"Lê Văn An": ["TS.", "Hiệu trưởng Nhà trường"],
                                "Trần Văn Bình": ["ThS.", "Phó Hiệu trưởng"]}


def test_a_presence_phrase_after_an_opening_attending_verb_keeps_the_colon_list():
    # the list a colon opens after `Đến tham dự … có sự hiện diện của các lãnh đạo:` is the attendees
    text = ("Sáng 6/3, Bảo tàng tổ chức buổi tọa đàm về người đi tìm hình của nước.\n"
            "Đến tham dự chương trình có sự hiện diện của các lãnh đạo: đồng chí Phan Văn Trân - Ủy viên Hội Cựu Chiến "
            "binh, Tiến sĩ Võ Trung Kiên – Phó Chủ nhiệm Khoa Xây dựng Đảng.")
    assert list(_attendees(text)) == ["Phan Văn Trân", "Võ Trung Kiên"]


def test_the_last_item_of_a_list_may_end_on_the_lists_attending_verb():
    text = ("Sáng 19/10, Đoàn xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I.\n"
            "Dự và chỉ đạo Đại hội có đồng chí Vũ Thanh Hải, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Hà Quốc Hưng, "
            "Phó Bí thư, Chủ tịch UBND xã và 125 đại biểu chính thức tham dự.")
    assert _attendees(text) == {"Vũ Thanh Hải": ["Phó Bí thư Thường trực Đảng ủy xã"],
                                "Hà Quốc Hưng": ["Phó Bí thư", "Chủ tịch UBND xã"]}
