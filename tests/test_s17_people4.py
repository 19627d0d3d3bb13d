"""People of a meeting, s17 (people4): titles and chairs as procuracy, court, school and provincial portals write
them. Sentences from baomoi-dev articles (not the gold files), or shaped as the web sample's portals write them."""
from core.extract.people import find_people
from tests.conftest import meeting_people


def _titles(sentence: str) -> dict[str, list[str]]:
    return {m.person.name: m.person.titles for m in find_people(sentence)}


def test_the_supreme_court_and_procuracy_hold_their_evening_syllable():
    # 22581411: `tối` (an evening) ended the title, and the name after it was lost.
    got = _titles("Dự lễ công bố và trao quyết định có Chủ tịch nước Trần Đại Quang, Trưởng Ban Chỉ đạo cải cách tư "
                  "pháp Trung ương; Bí thư Trung ương Đảng, Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình; đại diện "
                  "lãnh đạo các ban, bộ, ngành Trung ương.")
    assert got["Nguyễn Hòa Bình"] == ["Bí thư Trung ương Đảng", "Chánh án Tòa án nhân dân tối cao"]
    got = _titles("Ông Lê Minh Trí, Viện trưởng Viện KSND tối cao phát biểu.")
    assert got["Lê Minh Trí"] == ["Viện trưởng Viện KSND tối cao"]


def test_a_procuracy_written_in_lower_case():
    got = _titles("Đồng chí Dương Xuân Sanh, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân tỉnh Quảng Trị "
                  "chủ trì Hội nghị.")
    assert got["Dương Xuân Sanh"] == ["Bí thư Ban cán sự đảng", "Viện trưởng Viện kiểm sát nhân dân tỉnh Quảng Trị"]


def test_a_bodys_last_field_joined_by_an_ampersand():
    # 22246818
    got = _titles("Năm 2014, ông Nguyễn Ngọc Minh, Giám đốc Sở Văn hóa, Thể thao & Du lịch Tiền Giang, từng nhận xét.")
    assert got["Nguyễn Ngọc Minh"] == ["Giám đốc Sở Văn hóa, Thể thao & Du lịch Tiền Giang"]


def test_a_standing_committee_member_abbreviated_without_its_b():
    got = _titles("Đồng chí Lê Văn Bình, UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.")
    assert got["Lê Văn Bình"] == ["UVTV Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]


def test_the_school_named_by_its_noun_after_the_head():
    # 22356760
    got = _titles("Ông Phạm Đức Khiêm, Hiệu trưởng nhà trường cho rằng, điều quan trọng nhất để thu hút người học là "
                  "chất lượng.")
    assert got["Phạm Đức Khiêm"] == ["Hiệu trưởng nhà trường"]
    # and the next person joined by `và` is listed after the event frame with the first
    _, attendees = meeting_people(
        "Sáng 5/9, Trường THCS Tân Lập tổ chức Hội nghị viên chức năm học 2023 - 2024.\n"
        "Tại Hội nghị, ông Nguyễn Minh Đạo - Hiệu trưởng nhà trường và ông Trịnh Thanh Phong - Chủ tịch Công đoàn đã "
        "cùng ký kết Giao ước thi đua năm học 2023 - 2024.")
    assert attendees == ["Nguyễn Minh Đạo", "Trịnh Thanh Phong"]


def test_chairing_and_running_the_session_as_one_noun_phrase():
    chairs, _ = meeting_people(
        "Chiều 9/2, tại trụ sở Tỉnh ủy, dưới sự chủ trì, điều hành của đồng chí Trịnh Việt Hùng, Ủy viên Ban Chấp hành "
        "Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, HĐND tỉnh đã tổ chức Kỳ họp thứ Tám, thông qua 8 nghị "
        "quyết.")
    assert chairs == ["Trịnh Việt Hùng"]


def test_a_former_office_in_lower_case_opens_a_chain_before_the_name():
    # 22657024, 22573685: the first `nguyên` was dropped (the chain was read from the capital after it)
    got = _titles("Tham dự buổi lễ có nguyên Bí thư Trung ương Đảng, nguyên Trưởng ban Dân vận Trung ương Hà Thị Khiết; "
                  "Thường trực Tỉnh ủy.")
    assert got["Hà Thị Khiết"] == ["nguyên Bí thư Trung ương Đảng", "nguyên Trưởng ban Dân vận Trung ương"]
    got = _titles("Có hai đồng chí được nhận Huy hiệu gồm nguyên Bí thư Trung ương Đảng Nguyễn Văn Trân; nguyên Bí thư "
                  "Trung ương Đảng, nguyên Phó Thủ tướng Chính phủ Nguyễn Côn.")
    assert got["Nguyễn Côn"] == ["nguyên Bí thư Trung ương Đảng", "nguyên Phó Thủ tướng Chính phủ"]
    # the titles after a name are still that name's
    got = _titles("Ông Võ Kim Cự, Chủ tịch Liên minh Hợp tác xã Việt Nam, nguyên Bí thư Tỉnh ủy, nguyên Chủ tịch Ủy ban "
                  "nhân dân tỉnh Hà Tĩnh chịu trách nhiệm chính.")
    assert got["Võ Kim Cự"] == ["Chủ tịch Liên minh Hợp tác xã Việt Nam", "nguyên Bí thư Tỉnh ủy",
                                "nguyên Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_a_bodys_branch_in_parentheses_is_the_titles():
    # 22732898
    got = _titles("Thạc sĩ Trần Đình Huyên, Trưởng ban Quản lý Đào tạo ĐH Ngoại Thương (cơ sở 2 TP.HCM) cho hay: điểm "
                  "chuẩn tăng.")
    assert got["Trần Đình Huyên"] == ["Thạc sĩ", "Trưởng ban Quản lý Đào tạo ĐH Ngoại Thương (cơ sở 2 TP.HCM)"]


def test_court_and_procuracy_offices_name_their_holder():
    # 22725979, 22721706, 22583284: no title was read, and the person before a name was lost
    got = _titles("Trả lời câu hỏi này, thẩm phán Ngô Tiến Phong, Tòa Hình sự, TAND TP Hà Nội cho rằng, về căn bản.")
    assert got["Ngô Tiến Phong"][0] == "thẩm phán"
    got = _titles("Thẩm phán Nghiêm Thị Lượng, Chánh tòa Hình sự, TAND tỉnh Bắc Ninh sẽ ngồi ghế chủ tọa.")
    assert got["Nghiêm Thị Lượng"][:2] == ["Thẩm phán", "Chánh tòa Hình sự"]
    got = _titles("Đó là LS Phạm Công Hùng – nguyên thẩm phán TAND Tối cao, LS Trần Đình Danh - nguyên kiểm sát viên "
                  "VKSND Tối cao.")
    assert got == {"Phạm Công Hùng": ["LS", "nguyên thẩm phán TAND Tối cao"],
                   "Trần Đình Danh": ["LS", "nguyên kiểm sát viên VKSND Tối cao"]}
    # the office counted, no one named
    assert _titles("Hiện chỉ có 8 thẩm phán Tòa án Tối cao làm việc.") == {}


def test_an_office_counted_in_digits_is_no_ones_title():
    # 22296583: `2 Thẩm phán …` are holders counted; the chain after the comma is the next person's alone
    got = _titles("Đối với việc phê chuẩn đề nghị của Chánh án Tòa án nhân dân tối cao về việc bổ nhiệm 2 Thẩm phán Tòa án "
                  "nhân dân tối cao, Chủ nhiệm Ủy ban Tư pháp của Quốc hội Lê Thị Nga cho biết cơ quan trình chậm.")
    assert got == {"Lê Thị Nga": ["Chủ nhiệm Ủy ban Tư pháp của Quốc hội"]}
    # a date's number before a title and its holder is no count
    assert _titles("Sáng 15/3 Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì.") == {"Nguyễn Văn An": ["Chủ tịch UBND tỉnh"]}
