"""Chairs, attendees and their titles as news and provincial portals write them (round s15). Sentences from baomoi-dev
articles; each test checks the exact names and titles."""

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(text: str, published: str | None = None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return ({p.name: p.titles for p in meeting.chairs}, {p.name: p.titles for p in meeting.attendees})


def test_a_plural_office_before_a_colon_is_each_bare_name_s_title():
    # 22664354: `các đồng chí Phó Chủ tịch UBND tỉnh: A, B, C` in a list of attendees over `;`
    text = ("Thủ tướng làm việc với tỉnh Nghệ An\n"
            "Sáng 28/6, Thủ tướng Nguyễn Xuân Phúc chủ trì buổi làm việc với lãnh đạo tỉnh Nghệ An. Tham dự có đồng chí "
            "Nguyễn Xuân Đường - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân "
            "Đại, Đinh Viết Hồng, Lê Minh Thông cùng đại diện lãnh đạo các sở, ban, ngành cấp tỉnh.")
    chairs, attendees = _people(text, "2017-06-29")
    assert chairs == {"Nguyễn Xuân Phúc": ["Thủ tướng"]}
    assert attendees == {"Nguyễn Xuân Đường": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
                         "Lê Xuân Đại": ["Phó Chủ tịch UBND tỉnh"], "Đinh Viết Hồng": ["Phó Chủ tịch UBND tỉnh"],
                         "Lê Minh Thông": ["Phó Chủ tịch UBND tỉnh"]}
    # 22573685: the office without a form of address (`các Phó Thủ tướng: A, B, C`)
    text = ("Trao Huy hiệu Đảng\n"
            "Sáng 6/7, Đảng bộ Khối các cơ quan Trung ương tổ chức lễ trao Huy hiệu Đảng. Dự lễ có các đồng chí Ủy viên "
            "Bộ Chính trị: Thủ tướng Chính phủ Nguyễn Xuân Phúc; các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, "
            "Vương Đình Huệ.")
    _, attendees = _people(text, "2017-07-06")
    # (the first list's office heads its one item too, titled as it is: the Prime Minister is a Politburo member)
    assert attendees == {"Nguyễn Xuân Phúc": ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"], "Trương Hòa Bình": ["Phó Thủ tướng"],
                         "Phạm Bình Minh": ["Phó Thủ tướng"], "Vương Đình Huệ": ["Phó Thủ tướng"]}


def test_a_group_heading_that_is_no_office_gives_no_title():
    # 22363024: `Các Phó chủ tịch gồm các ông: A, B` names the elected, after no list of attendees
    text = ("Đại hội Hội Xuất bản Việt Nam\n"
            "Sáng 26/5, tại Hà Nội, Hội Xuất bản Việt Nam tổ chức Đại hội đại biểu lần thứ IV. Các Phó chủ tịch gồm các "
            "ông: Lê Hoàng, Nguyễn An Tiêm, Nguyễn Nguyên.")
    chairs, attendees = _people(text, "2017-05-27")
    assert chairs == {} and attendees == {}


def test_an_item_that_opens_on_a_title_not_joined_to_the_name_s_titles_goes_on_with_the_list():
    # web13 t12 (a provincial list, no comma between two titles): the item keeps its role and the list goes on
    text = ("Khởi công đường cao tốc Biên Hòa – Vũng Tàu\n"
            "Sáng 18/6/2023, tại tỉnh Đồng Nai diễn ra lễ khởi công dự án đường cao tốc Biên Hòa – Vũng Tàu. Về phía Đồng "
            "Nai có các đồng chí: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Hồng Lĩnh; Ủy viên Ban TVTU, Chủ tịch "
            "HĐND tỉnh Thái Bảo; Ủy viên Ban TVTU Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cao Văn Quang; Phó chủ tịch UBND tỉnh "
            "Võ Tấn Đức cùng lãnh đạo các sở, ngành, địa phương.")
    _, attendees = _people(text)
    assert attendees == {"Nguyễn Hồng Lĩnh": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
                         "Thái Bảo": ["Ủy viên Ban TVTU", "Chủ tịch HĐND tỉnh"],
                         "Cao Văn Quang": ["Ủy viên Ban TVTU", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
                         "Võ Tấn Đức": ["Phó chủ tịch UBND tỉnh"]}


def test_a_chairing_frame_that_lists_its_people_makes_each_a_chair():
    # web12r r13 (raw page): `Tham dự và chủ trì Hội nghị có A; B; C`, the list over `;`
    text = ("Văn phòng Tỉnh ủy tổ chức Hội nghị công chức và người lao động năm 2024\n"
            "Sáng 5/1/2024, Văn phòng Tỉnh ủy tổ chức Hội nghị công chức và người lao động năm 2024. Tham dự và chủ trì "
            "Hội nghị có đồng chí Lâm Đức Xuân– Bí thư Đảng ủy, Chánh Văn phòng Tỉnh uỷ; đồng chí Hoàng Thị Thu Trang, "
            "Chủ tịch Công đoàn cơ sở, Phó Chánh Văn phòng Tỉnh uỷ; đồng chí Dương Mạc Kiên, Phó Chánh văn phòng. Dự hội "
            "nghị toàn thể công chức và người lao động Văn phòng Tỉnh uỷ.")
    chairs, attendees = _people(text)
    assert list(chairs) == ["Lâm Đức Xuân", "Hoàng Thị Thu Trang", "Dương Mạc Kiên"]
    assert chairs["Lâm Đức Xuân"] == ["Bí thư Đảng ủy", "Chánh Văn phòng Tỉnh uỷ"]
    assert chairs["Dương Mạc Kiên"] == ["Phó Chánh văn phòng"]
    assert attendees == {}
    # the same frame with its people joined by `và`; `cùng` adds people who did not chair
    text = ("Văn phòng Tỉnh ủy tổ chức Hội nghị công chức và người lao động năm 2024\n"
            "Sáng 5/1/2024, Văn phòng Tỉnh ủy tổ chức Hội nghị công chức và người lao động năm 2024. Chủ trì Hội nghị có "
            "đồng chí Lâm Đức Xuân– Bí thư Đảng ủy, Chánh Văn phòng Tỉnh uỷ và đồng chí Dương Mạc Kiên, Phó Chánh văn "
            "phòng.")
    chairs, _ = _people(text)
    assert chairs == {"Lâm Đức Xuân": ["Bí thư Đảng ủy", "Chánh Văn phòng Tỉnh uỷ"],
                      "Dương Mạc Kiên": ["Phó Chánh văn phòng"]}


def test_a_list_opening_that_names_no_one_read_goes_on_over_the_semicolon():
    # web12r r10 (raw page): the first item's office misspelt (`Phó thủ tường`), the items after it are attendees
    text = ("Kỷ niệm 550 năm danh xưng Nghi Xuân\n"
            "Tối 25/7/2019, huyện Nghi Xuân tổ chức lễ kỷ niệm 550 năm danh xưng Nghi Xuân. Dự kỷ niệm có Phó thủ tường "
            "Chính phủ Vương Đình Huệ; Phó chủ tịch Quốc Hội Uông Chu Lưu; Phó Trưởng ban thường trực Ban tổ chức Trung "
            "ương Nguyễn Thanh Bình và lãnh đạo các bộ, ban, ngành trung ương; Bí thư tỉnh ủy Hà Giang Đặng Quốc Khánh, "
            "lãnh đạo tỉnh cùng đông đảo người con Nghi Xuân.")
    _, attendees = _people(text)
    assert attendees == {"Uông Chu Lưu": ["Phó chủ tịch Quốc Hội"],
                         "Nguyễn Thanh Bình": ["Phó Trưởng ban thường trực Ban tổ chức Trung ương"],
                         "Đặng Quốc Khánh": ["Bí thư tỉnh ủy Hà Giang"]}


def test_a_place_written_in_lower_case_after_its_first_word_ends_the_title():
    # 22703225: `Liên hợp quốc` in sentence case closes the office before the form of address
    found = find_people("Phát biểu khai mạc tại Hội nghị, Phó Tổng Thư ký Liên hợp quốc ông Jean Pierre Lacroix đánh giá "
                        "cao những đóng góp to lớn của các nước cử quân.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Jean Pierre Lacroix", ["Phó Tổng Thư ký Liên hợp quốc"])]
    # 22456116
    found = find_people("Trong bức thư gửi Tổng Thư ký Liên hợp quốc Antonio Guterres và người đứng đầu Hội đồng Bảo an.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Antonio Guterres", ["Tổng Thư ký Liên hợp quốc"])]


def test_an_owner_s_office_before_a_comma_is_not_the_next_person_s_title():
    # 21487818, 22289000, 22345474: `của TITLE, ông/bà X`: the office is another's
    for sentence, name in (
            ("Theo Quyết định của Bộ trưởng Bộ Tài chính, bà Phan Thị Thu Hiền sẽ đảm nhiệm chức vụ Vụ trưởng.",
             "Phan Thị Thu Hiền"),
            ("Một tuần trước cuộc gặp của Thủ tướng, ông Vũ Tiến Lộc nhận được đơn kêu cứu của một doanh nghiệp.",
             "Vũ Tiến Lộc")):
        found = find_people(sentence)
        assert [(m.person.name, m.person.titles) for m in found] == [(name, [])]
    # (the spokesman's office opening its clause is the spokesman's, as the press secretary's below: 22345474)
    found = find_people("Phát biểu tại cuộc họp báo, người phát ngôn của Tổng thư ký Liên hợp quốc, ông Stephane Dujarric "
                        "nhấn mạnh những hành động này đe dọa an ninh.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Stephane Dujarric", ["người phát ngôn của Tổng thư ký Liên hợp quốc"])]
    # the office the person serves stays in the title (`Thư ký báo chí của Tổng thống Nga, ông X`, 22636992)
    found = find_people("Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov cho biết Moskva lấy làm tiếc.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Dmitry Peskov", ["Thư ký báo chí của Tổng thống Nga"])]


def test_a_courtesy_reception_makes_its_host_an_attendee():
    # web13 t15 (raw page): `có buổi tiếp xã giao Đoàn …`, no person right after the verb
    text = ("Chủ tịch UBND tỉnh tiếp xã giao đoàn Ngoại giao\n"
            "Sáng 28/9, đồng chí Lê Duy Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi tiếp xã giao Đoàn Ngoại "
            "giao tại Hà Nội.")
    _, attendees = _people(text, "2024-09-28")
    assert attendees == {"Lê Duy Thành": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]}


def test_a_title_before_a_comma_and_a_form_of_address_is_the_addressed_person_s():
    # 22271757: after a name its titles came before, `, Chủ tịch …, ông X` is X's
    found = find_people("Tham dự diễn đàn có lãnh đạo cấp cao của 29 quốc gia, cùng Tổng Thư ký Liên hợp quốc Antonio "
                        "Guterres, Chủ tịch Ngân hàng Thế giới (WB), ông Jim Yong Kim, và Tổng Giám đốc Quỹ Tiền tệ Quốc "
                        "tế (IMF) Christine Lagarde.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Antonio Guterres", ["Tổng Thư ký Liên hợp quốc"]), ("Jim Yong Kim", ["Chủ tịch Ngân hàng Thế giới (WB)"]),
        ("Christine Lagarde", ["Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF)"])]
    # 22412379: a list of appositions keeps each title with the name before it
    found = find_people("Tới dự có ông Huỳnh Vĩnh Ái, Thứ trưởng Bộ VHTTDL và ông Nguyễn Văn Tuấn, Tổng cục trưởng Tổng "
                        "cục Du lịch.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Huỳnh Vĩnh Ái", ["Thứ trưởng Bộ VHTTDL"]), ("Nguyễn Văn Tuấn", ["Tổng cục trưởng Tổng cục Du lịch"])]


def test_the_office_by_whose_authority_a_person_acts_is_not_the_person_s():
    # 22708608, 22738284: `Thừa ủy quyền (của) Chủ tịch nước, TITLE X …`
    found = find_people("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc trao tặng Huân chương Lao "
                        "động hạng Nhất cho tập thể lãnh đạo, cán bộ, công nhân lao động Công ty CP Licogi 14.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Hoàng Dân Mạc", ["Bí thư Tỉnh ủy Phú Thọ"])]
    found = find_people("Chiều 12/7, thừa ủy quyền Chủ tịch nước, Phó Chủ nhiệm Thường trực Văn phòng Chủ tịch nước Giang "
                        "Sơn đã tiếp tục công bố Lệnh của Chủ tịch nước.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Giang Sơn", ["Phó Chủ nhiệm Thường trực Văn phòng Chủ tịch nước"])]


def test_a_person_named_in_the_matter_a_frame_opens_on_is_no_participant():
    # 22262818: `Về vụ việc xử lý đối với ông X, Tổng Bí thư gửi lời cảm ơn …`
    text = ("Tổng Bí thư tiếp xúc cử tri quận Hoàn Kiếm\n"
            "Chiều 13/5, Tổng Bí thư Nguyễn Phú Trọng và các đại biểu Quốc hội thuộc đơn vị bầu cử số 1 đã tiếp tục tiếp "
            "xúc với cử tri quận Hoàn Kiếm (Hà Nội). Về vụ việc xử lý đối với ông Đinh La Thăng, Tổng Bí thư gửi lời cảm "
            "ơn các cử tri đã đồng tình với xử lý của Trung ương.")
    chairs, attendees = _people(text, "2017-05-14")
    assert "Đinh La Thăng" not in chairs and "Đinh La Thăng" not in attendees


def test_an_office_after_a_plural_form_of_address_is_each_listed_name_s():
    # web12r r05 (raw page): `các đồng chí Phó Giám đốc Sở A, B chủ trì`
    text = ("Sở Nội vụ sơ kết 6 tháng đầu năm 2024\n"
            "Chiều ngày 28/6/2024, Sở Nội vụ tổ chức Hội nghị trực tuyến sơ kết 6 tháng đầu năm, triển khai nhiệm vụ công "
            "tác ngành Nội vụ 6 tháng cuối năm 2024, đồng chí Trần Thị Kim Hoa, Tỉnh ủy viên, Giám đốc Sở Nội vụ cùng các "
            "đồng chí Phó Giám đốc Sở Lưu Tấn Lại, Trương Hồng Giang chủ trì hội nghị.")
    chairs, _ = _people(text)
    assert chairs == {"Trần Thị Kim Hoa": ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"], "Lưu Tấn Lại": ["Phó Giám đốc Sở"],
                      "Trương Hồng Giang": ["Phó Giám đốc Sở"]}


def test_a_relative_named_after_a_kinship_noun_is_no_participant():
    # web13 t15 (raw page): the delegation's head is the minister's wife; the minister was not there
    text = ("Chủ tịch UBND tỉnh tiếp xã giao đoàn Ngoại giao\n"
            "Sáng 28/9, đồng chí Lê Duy Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi tiếp xã giao Đoàn Ngoại "
            "giao gồm: Đại sứ, phu nhân, đại diện các Đại sứ quán, tổ chức quốc tế, nhóm phụ nữ ASEAN tại Hà Nội do bà Vũ "
            "Thị Bích Ngọc, phu nhân Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm Trưởng đoàn.")
    _, attendees = _people(text, "2024-09-28")
    assert "Bùi Thanh Sơn" not in attendees
    assert attendees["Lê Duy Thành"] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]


def test_a_programme_is_a_body_a_title_names():
    # 22483606, 22297098: `Chương trình …` after an office, its second syllable in lower case
    found = find_people("TS. Huỳnh Thế Du, Giám đốc Đào tạo Chương trình giảng dạy kinh tế Fulbright thì cho rằng, TP.HCM "
                        "ngoài việc điều chỉnh quy hoạch cũng cần phải phát triển kinh tế vùng.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Huỳnh Thế Du", ["TS.", "Giám đốc Đào tạo Chương trình giảng dạy kinh tế Fulbright"])]
    found = find_people("Ông Steven Beck - Giám đốc Chương trình Tài trợ thương mại của ADB nói, TFP sẽ hỗ trợ.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Steven Beck", ["Giám đốc Chương trình Tài trợ thương mại của ADB"])]
