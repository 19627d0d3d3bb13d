"""People of a meeting, s16 (people3): titles and chairs as real pages write them. Sentences from baomoi-dev
articles (not the gold files), or shaped as the web sample's portals write them."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _titles(sentence: str) -> dict[str, list[str]]:
    return {m.person.name: m.person.titles for m in find_people(sentence)}


def test_a_bare_office_after_a_ranked_name_is_the_persons():
    # 22549488: a rank alone before the name; the bare `Phó Giám đốc` after its comma opens the person's chain.
    got = _titles("Thiếu tướng Bùi Văn Sơn, Giám đốc Công an tỉnh Lâm Đồng và Đại tá Vũ Nhân Khánh, Phó Giám đốc, "
                  "Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng, đã trực tiếp tới hiện trường.")
    assert got["Vũ Nhân Khánh"][:2] == ["Đại tá", "Phó Giám đốc"]
    got = _titles("Cùng dự có đồng chí Đại tá Phạm Văn Sâm, Tỉnh ủy viên, Phó Bí thư thường trực Đảng ủy quân sự.")
    assert got["Phạm Văn Sâm"] == ["Đại tá", "Tỉnh ủy viên", "Phó Bí thư thường trực Đảng ủy quân sự"]


def test_an_office_before_the_name_still_ends_at_a_bare_head():
    # `Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh`: an office (not a rank) before the name.
    got = _titles("Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh quan hệ hai nước.")
    assert got["Hun Sen"] == ["Thủ tướng Campuchia"]


def test_district_and_provincial_committee_member_abbreviations():
    got = _titles("Đồng chí Nguyễn Thị Bích –HUV, Chủ tịch Hội LHPN huyện chủ trì hội nghị.")
    assert got["Nguyễn Thị Bích"] == ["HUV", "Chủ tịch Hội LHPN huyện"]
    got = _titles("Đồng chí Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh phát biểu.")
    assert got["Nguyễn Văn Thi"] == ["TUV", "Chủ tịch HND tỉnh"]


def test_organizing_ends_a_body_in_a_title_but_not_the_committees_name():
    # 22660485: `Ban tổ chức Lễ hội` is the committee; elsewhere `tổ chức` + an event is the verb.
    got = _titles("Ông Đinh Xuân Nguyên, Phó trưởng Ban tổ chức Lễ hội chọi trâu Đồ Sơn năm 2017 cho biết như vậy.")
    # (the festival's year ends the committee's name: YEARLY_BODIES, s19)
    assert got["Đinh Xuân Nguyên"] == ["Phó trưởng Ban tổ chức Lễ hội chọi trâu Đồ Sơn năm 2017"]
    got = _titles("Chiều 31/12, dưới sự chủ trì của đồng chí Đại tá Vũ Văn Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy "
                  "trưởng, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị tổng kết công tác quân sự năm 2025.")
    assert got["Vũ Văn Tùng"] == ["Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng"]


def test_a_body_that_holds_the_event_is_no_title():
    got = _titles("Sáng ngày 25/2, dưới sự chủ trì của đồng chí Vũ Đức Đam – Phó Thủ tướng Chính phủ, Bộ Y tế đã tổ "
                  "chức hội nghị trực tuyến toàn quốc.")
    assert got["Vũ Đức Đam"] == ["Phó Thủ tướng Chính phủ"]
    # a body that closes before a speech verb stays the person's
    got = _titles("Ông Trương Minh Tuấn, Giám đốc, Sở Y tế tỉnh Nam Định, cho biết như vậy.")
    assert got["Trương Minh Tuấn"] == ["Giám đốc", "Sở Y tế tỉnh Nam Định"]


def test_a_faculty_after_an_office_is_no_name():
    got = _titles("Tiến sĩ Võ Trung Kiên – Phó Chủ nhiệm Khoa Xây dựng Đảng phát biểu tại tọa đàm.")
    assert set(got) == {"Võ Trung Kiên"}
    assert got["Võ Trung Kiên"] == ["Tiến sĩ", "Phó Chủ nhiệm Khoa Xây dựng Đảng"]
    # 22514650: `Trưởng Khoa` + a name is still a head before its holder
    got = _titles("Theo Trưởng Khoa Nguyễn Văn Dững, cần thay đổi quan niệm đào tạo.")
    assert got["Nguyễn Văn Dững"] == ["Trưởng Khoa"]


def test_a_grassroots_union_is_one_body():
    got = _titles("Dự có đồng chí Hoàng Thị Thu Trang, Chủ tịch Công đoàn cơ sở, Phó Chánh Văn phòng Tỉnh uỷ; đồng chí "
                  "Dương Mạc Kiên, Phó Chánh văn phòng.")
    assert got["Hoàng Thị Thu Trang"] == ["Chủ tịch Công đoàn cơ sở", "Phó Chánh Văn phòng Tỉnh uỷ"]


def test_a_long_parenthesised_body_goes_with_the_title():
    # 22404563, 22581600: the ministry above a department, its name with a comma, in parentheses.
    got = _titles("Chia sẻ với báo chí, ông Đặng Hoa Nam, Cục trưởng Cục Trẻ em (Bộ Lao động, Thương Binh và Xã hội), "
                  "cho biết việc cha mẹ cung cấp thông tin là cần thiết.")
    assert got["Đặng Hoa Nam"] == ["Cục trưởng Cục Trẻ em (Bộ Lao động, Thương Binh và Xã hội)"]
    # 22591914: a long aside that closes in lower case is no body
    got = _titles("Ông Bùi Hữu Hùng, Phó Tổng Giám đốc Công ty Nam Triệu (Công ty TNHH Đại Nguyên Dương vắng mặt) "
                  "cho biết như vậy.")
    assert got["Bùi Hữu Hùng"] == ["Phó Tổng Giám đốc Công ty Nam Triệu"]


def test_a_sentence_opening_on_do_names_the_chair():
    text = ("Ngày 29/11/2016, Trường Đại học Ngoại ngữ đã tổ chức cuộc họp chuẩn bị cho Hội thảo Quốc gia 2017.\n"
            "Do Phó Hiệu trưởng Nguyễn Xuân Long chủ trì, cuộc họp có sự tham gia của ông Lâm Quang Đông – Trưởng "
            "phòng Khoa học công nghệ, lãnh đạo các đơn vị.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.chairs] == [("Nguyễn Xuân Long", ["Phó Hiệu trưởng"])]
    assert [p.name for p in meeting.attendees] == ["Lâm Quang Đông"]


def test_holding_an_office_ends_the_body_before_it():
    got = _titles("Theo Quyết định, bổ nhiệm ông Trịnh Văn Tú, Trưởng phòng Quản lý Di sản Văn hóa, Sở Văn hóa và Thể "
                  "thao giữ chức vụ Phó Giám đốc Sở Văn hóa và Thể thao.")
    assert got["Trịnh Văn Tú"] == ["Trưởng phòng Quản lý Di sản Văn hóa", "Sở Văn hóa và Thể thao"]


def test_a_spouses_title_holds_the_spouses_name():
    # 22226187-like delegation list, and a wife named by her husband's office and name.
    got = _titles("Thành phần chính thức của Đoàn gồm có ông Milos Zeman, Tổng thống Cộng hòa Séc; bà Ivana Zemanova, "
                  "Phu nhân Tổng thống; ông Vratislav Mynar, Chủ nhiệm Văn phòng Tổng thống.")
    assert got["Ivana Zemanova"] == ["Phu nhân Tổng thống"]
    got = _titles("Ông Quyền được bà Mai Anh, phu nhân của Tổng thống Nguyễn Văn Thiệu, mời thiết kế bệnh viện.")
    assert got == {"Mai Anh": ["phu nhân của Tổng thống Nguyễn Văn Thiệu"]}
    text = ("Ngày 12/3, đồng chí Lê Duy Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi tiếp xã giao Đoàn Ngoại "
            "giao do bà Vũ Thị Bích Ngọc, phu nhân Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm Trưởng đoàn.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    people = {p.name: p.titles for p in meeting.attendees}
    # (`làm Trưởng đoàn` is the part taken in the event, no title: s18 attend)
    assert people["Vũ Thị Bích Ngọc"] == ["phu nhân Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn"]
    assert "Bùi Thanh Sơn" not in people


def test_holding_a_body_syllable_is_no_verb():
    got = _titles("Bà Bianca Selway, đại diện Cục Gìn giữ hòa bình Liên Hợp Quốc làm Trưởng đoàn.")
    assert got["Bianca Selway"][0] == "đại diện Cục Gìn giữ hòa bình Liên Hợp Quốc"


def test_the_foreign_ministry_before_a_verb():
    # 22372724: `Bộ Ngoại giao thông tin …`: `giao thông` is not read across the ministry's name.
    got = _titles("Đồng chí TS Lê Đình Tĩnh - Vụ trưởng Vụ Chính sách đối ngoại - Bộ Ngoại giao thông tin chuyên đề về "
                  "cạnh tranh chiến lược.")
    assert got["Lê Đình Tĩnh"][-1].endswith("Bộ Ngoại giao")
    got = _titles("Ông Nguyễn Văn An, Giám đốc Sở giao thông vận tải cho biết như vậy.")
    assert got["Nguyễn Văn An"] == ["Giám đốc Sở giao thông vận tải"]


def test_a_priests_saint_name_is_his_own():
    # 22446176-like: `linh mục Giuse Nguyễn Văn Tịch, Chánh xứ Tây Hải`
    got = _titles("Người đề xướng lập ra nghĩa trang này là linh mục Giuse Nguyễn Văn Tịch, Chánh xứ Tây Hải.")
    assert "Giuse Nguyễn Văn Tịch" in got and got["Giuse Nguyễn Văn Tịch"][0] == "linh mục"
    got = _titles("Về phía Ủy ban có Linh mục Gioan Baotixita Nguyễn Văn Riễn, Phó Chủ tịch - Tổng Thư ký Ủy ban.")
    assert "Gioan Baotixita Nguyễn Văn Riễn" in got
    # a diocese's name before the bishop's is the title's
    got = _titles("Giám mục Giáo phận Hà Tĩnh Nguyễn Văn An phát biểu.")
    assert got == {"Nguyễn Văn An": ["Giám mục Giáo phận Hà Tĩnh"]}
