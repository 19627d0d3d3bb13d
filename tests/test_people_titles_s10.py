"""Titles cut where the body's name goes on, titles taken from another person, and names that took a country in.

Sentences from baomoi articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str, short: bool = False) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence, short=short)]


def test_preventive_medicine_is_part_of_the_body_name() -> None:
    # 22734601, 21481499
    assert _people("Tiến sỹ Hoàng Minh Đức, Phó Cục trưởng Cục Y tế dự phòng (Bộ Y tế) cho biết: Các hoạt động "
                   "trọng tâm của ngành y tế") == [
        ("Hoàng Minh Đức", ["Tiến sỹ", "Phó Cục trưởng Cục Y tế dự phòng (Bộ Y tế)"])]
    assert _people("Bác sĩ Nguyễn Văn Lơ, Giám đốc Trung tâm Y tế dự phòng tỉnh Trà Vinh cho biết, theo kết quả "
                   "xét nghiệm") == [("Nguyễn Văn Lơ", ["Bác sĩ", "Giám đốc Trung tâm Y tế dự phòng tỉnh Trà Vinh"])]


def test_full_time_office_goes_on_to_its_body() -> None:
    # 21488301, 22678661
    assert _people("Khi bàn đến giải pháp, Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia Khuất Việt Hùng đề xuất: "
                   "Làm gờ giảm tốc") == [("Khuất Việt Hùng", ["Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia"])]
    assert _people("Báo cáo về công tác đảm bảo trật tự do ông Khuất Việt Hùng - Phó Chủ tịch chuyên trách Ủy ban "
                   "ATGT Quốc gia trình bày") == [
        ("Khuất Việt Hùng", ["Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia"])]


def test_transliterated_country_is_not_part_of_the_name() -> None:
    # 22282636: the country of each leader stays in the title
    people = _people("Chủ tịch nước Trần Đại Quang đã có các cuộc tiếp xúc ngắn với Tổng thống Phi-li-pin Rô-đờ-ri-gô "
                     "Đu-téc-tê, Thủ tướng Ma-lai-xi-a Na-díp Ra-dắc, Tổng thống U-dơ-bê-ki-xtan Sáp-cát Mi-di-y-ô-ép")
    assert people == [
        ("Trần Đại Quang", ["Chủ tịch nước"]),
        ("Rô-đờ-ri-gô Đu-téc-tê", ["Tổng thống Phi-li-pin"]),
        ("Na-díp Ra-dắc", ["Thủ tướng Ma-lai-xi-a"]),
        ("Sáp-cát Mi-di-y-ô-ép", ["Tổng thống U-dơ-bê-ki-xtan"]),
    ]


def test_second_person_title_after_a_comma_is_not_the_first_ones() -> None:
    # 22483056 (sixth audit, row 38): Czechia's English name ends the title before the president's name
    assert _people("Nhận lời mời của Chủ tịch nước CHXHCN Việt Nam Trần Đại Quang, Tổng thống Cộng hòa Czech Milos "
                   "Zeman và phu nhân thăm cấp Nhà nước tới Việt Nam") == [
        ("Trần Đại Quang", ["Chủ tịch nước CHXHCN Việt Nam"]), ("Milos Zeman", ["Tổng thống Cộng hòa Czech"])]


def test_title_with_a_given_name_is_another_person() -> None:
    # 21486188 (sixth audit, row 3): `Bí thư Thăng` is a person, not the first title of the district's chairman
    sentence = ("Báo cáo với Bí thư Thăng, Chủ tịch UBND quận 2 Nguyễn Phước Hưng cho biết năm 2016 trên địa bàn "
                "quận xảy ra 149 vụ phạm pháp hình sự")
    assert _people(sentence) == [("Nguyễn Phước Hưng", ["Chủ tịch UBND quận 2"])]
    assert _people(sentence, short=True) == [("Thăng", ["Bí thư"]), ("Nguyễn Phước Hưng", ["Chủ tịch UBND quận 2"])]
    # a place or a body after the head is the office's, as before
    assert _people("Giám đốc Sở, ông Nguyễn Văn An nói") == [("Nguyễn Văn An", ["Giám đốc Sở"])]


def test_presidium_is_a_body() -> None:
    # 22494416
    assert _people("về phía Tổng LĐLĐVN có đồng chí Bùi Văn Cường - Ủy viên T.Ư Đảng, Chủ tịch Tổng LĐLĐVN; đồng chí "
                   "Trịnh Thanh Hằng - Ủy viên Đoàn Chủ tịch, Trưởng ban Nữ công Tổng LĐLĐVN.") == [
        ("Bùi Văn Cường", ["Ủy viên T.Ư Đảng", "Chủ tịch Tổng LĐLĐVN"]),
        ("Trịnh Thanh Hằng", ["Ủy viên Đoàn Chủ tịch", "Trưởng ban Nữ công Tổng LĐLĐVN"]),
    ]


def test_bare_office_before_a_lists_semicolon_is_the_persons() -> None:
    # 22623978
    assert _people("Dự hội nghị có Thượng tướng Lương Cường, Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị; "
                   "Trung tướng Phan Văn Giang, Tổng tham mưu trưởng; các đồng chí trong Thường vụ Quân ủy Trung ương") == [
        ("Lương Cường", ["Thượng tướng", "Bí thư Trung ương Đảng", "Chủ nhiệm Tổng cục Chính trị"]),
        ("Phan Văn Giang", ["Trung tướng", "Tổng tham mưu trưởng"]),
    ]
    # before a verb the bare office opens the next clause, as before
    assert _people("Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh") == [("Hun Sen", ["Thủ tướng Campuchia"])]


def test_steering_committee_remit_is_part_of_its_name() -> None:
    # 22706570
    assert _people("Đến dự buổi lễ có Phó Thủ tướng Chính phủ Vũ Đức Đam – Trưởng ban Chỉ đạo Nhà nước về Du lịch, ông "
                   "Ngô Đông Hải – Phó Trưởng ban Kinh tế Trung ương") == [
        ("Vũ Đức Đam", ["Phó Thủ tướng Chính phủ", "Trưởng ban Chỉ đạo Nhà nước về Du lịch"]),
        ("Ngô Đông Hải", ["Phó Trưởng ban Kinh tế Trung ương"]),
    ]
    # `về` before a place is the verb of going (22699036 shape)
    assert _people("ông Nguyễn Đức Chung – Chủ tịch UBND TP Hà Nội về UBND xã Đồng Tâm đối thoại") == [
        ("Nguyễn Đức Chung", ["Chủ tịch UBND TP Hà Nội"])]


def test_counted_holders_of_an_office_are_no_ones_title() -> None:
    # 21474742, 22474723
    assert _people("Sau khi nghe hơn 10 ý kiến phát biểu của lãnh đạo các sở, ngành; ý kiến của 4 đồng chí Phó Chủ tịch "
                   "UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung hoan nghênh") == [
        ("Nguyễn Đức Chung", ["Chủ tịch UBND TP"])]
    assert _people("Trong phiên chất vấn tiếp theo với hai vị Bộ trưởng Bộ Văn hóa - Thể thao & Du lịch và Bộ trưởng Bộ "
                   "Y tế, Phó Thủ tướng Vũ Đức Đam sẽ thay mặt Thủ tướng") == [("Vũ Đức Đam", ["Phó Thủ tướng"])]


def test_an_inspection_committee_keeps_its_name_in_lower_case() -> None:
    # 22370288: `Ủy ban kiểm tra` is the Party's inspection committee, a body the title goes on through
    [(name, titles)] = _people("Tại hội nghị, bà Nguyễn Thị Thu Ngà, Ủy viên thường trực Ủy ban kiểm tra T.Ư, Phó trưởng "
                               "đoàn kiểm tra số 471 đã công bố nội dung kiểm tra")
    assert (name, titles[0]) == ("Nguyễn Thị Thu Ngà", "Ủy viên thường trực Ủy ban kiểm tra T.Ư")
