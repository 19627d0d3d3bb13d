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


def test_a_side_closed_by_a_comma_lists_its_people():
    # baomoi-dev 22252156
    text = ("Sáng 2/3, TTXVN tổ chức lễ trao giải báo chí năm 2016.\n"
            "Về phía TTXVN, có ông Nguyễn Đức Lợi, Ủy viên Trung ương Đảng, Tổng Giám đốc TTXVN; Nguyễn Hoài Dương, "
            "Phó Tổng giám đốc.")
    assert _attendees(text) == {"Nguyễn Đức Lợi": ["Ủy viên Trung ương Đảng", "Tổng Giám đốc TTXVN"],
                                "Nguyễn Hoài Dương": ["Phó Tổng giám đốc"]}


def test_a_committees_name_in_lower_case_runs_on_after_ban():
    # baomoi-dev 22349188, 22292006
    assert named_people("Đại biểu Lưu Bình Nhưỡng - Ủy viên Thường trực Ủy ban về các vấn đề xã hội của Quốc hội cho biết "
                        "ông không hiểu.") == [
        ("Lưu Bình Nhưỡng", ["Đại biểu", "Ủy viên Thường trực Ủy ban về các vấn đề xã hội của Quốc hội"])]
    assert named_people("đồng chí Đặng Quốc Vinh - Phó Chủ tịch UBND tỉnh Hà Tĩnh, Trưởng ban công tác đặc biệt tỉnh; "
                        "Chính ủy Bộ chỉ huy") == [
        ("Đặng Quốc Vinh", ["Phó Chủ tịch UBND tỉnh Hà Tĩnh", "Trưởng ban công tác đặc biệt tỉnh"])]


def test_mong_and_dao_family_names_open_a_name():
    # baomoi-dev 22532087 (`chị Mùa Thị Día`), 22717289 (`Hờ A Chu`), with the context shortened
    assert named_people("Bước đầu, nạn nhân được xác định là chị Mùa Thị Día, trú tại bản Huổi Lương.") == [
        ("Mùa Thị Día", [])]
    assert [n for n, _ in named_people("Đối tượng bị bắt giữ là anh Hờ A Chu, trú tại bản Pá Sáng.")] == ["Hờ A Chu"]


def test_a_chain_of_degrees_with_dots_ends_no_sentence():
    from core.tokenize import split_sentences

    # baomoi-dev 21459320 (`PGS.BS. Đào Ngọc Diễn`), 21478197 (`GS.TS. Ngô Đức Thịnh`)
    assert split_sentences(["Trong hội nghị TS.BS. Nguyễn Văn Vĩnh Châu đã báo cáo tình hình hoạt động."]) == [
        "Trong hội nghị TS.BS. Nguyễn Văn Vĩnh Châu đã báo cáo tình hình hoạt động."]
    assert len(split_sentences(["Tuy vậy, PGS.BS. Đào Ngọc Diễn cho biết thêm."])) == 1
    assert split_sentences(["Bệnh ở giai đoạn IV. TS. An cho biết."]) == ["Bệnh ở giai đoạn IV.", "TS. An cho biết."]


def test_a_womans_name_with_a_family_name_the_table_lacks_stays_in_a_list():
    # baomoi-dev 22432751 (`các đại biểu Nguyễn Văn Hòa (Đồng Tháp), Leo Thị Lịch (Bắc Giang)`), 22547175 (`Lỳ Thị Xua`)
    found = [n for n, _ in named_people("Cũng như vậy, các đại biểu Nguyễn Văn Hòa, Leo Thị Lịch đề nghị trong khu.")]
    assert found == ["Nguyễn Văn Hòa", "Leo Thị Lịch"]
    text = ("Sáng 10/5, Đoàn ĐBQH tỉnh tiếp xúc cử tri các xã.\n"
            "Cùng dự buổi tiếp xúc cử tri có các Đại biểu Quốc hội: Nguyễn Thành Trung, Khang Thị Mào, Triệu Thị Huyền.")
    assert list(_attendees(text)) == ["Nguyễn Thành Trung", "Khang Thị Mào", "Triệu Thị Huyền"]
