"""Where a title ends and a name begins (s13): a body's kind between its noun and its own name, a two-syllable unit's
name, a parish, an event's year, a foreign brand and its country before a holder, a staff department.

Sentences from baomoi-dev articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_a_school_kind_between_the_noun_and_its_name_stays_in_the_title() -> None:
    # 21484708, 21487742: the school's name, then its head's name
    assert _people("Hiệu trưởng trường mầm non Sen Vàng Phạm Thị Tân nói: \"Là người quản lý tôi xin nhận trách nhiệm.\"") == [
        ("Phạm Thị Tân", ["Hiệu trưởng trường mầm non Sen Vàng"])]
    assert _people("Tôi xin làm đơn giải thể trường\", bà Phạm Thị Tân, Hiệu trưởng trường mầm non Sen Vàng (Hai Bà Trưng, "
                   "Hà Nội) nói.") == [("Phạm Thị Tân", ["Hiệu trưởng trường mầm non Sen Vàng (Hai Bà Trưng, Hà Nội)"])]
    # (the bracketed locality is the office's since the twenty-eighth round, as audit49 a036's annotator writes it)


def test_a_two_syllable_body_name_after_its_kind_is_no_person() -> None:
    # 21474584: `Đồng Thắng` is the school's name, not a second person
    assert _people("Còn bà Lê Thị Thúy, Hiệu trưởng Trường mầm non Đồng Thắng lý giải, nhà trường cho nghỉ học vì nhiều "
                   "cháu không được cha mẹ cho đến trường.") == [("Lê Thị Thúy", ["Hiệu trưởng Trường mầm non Đồng Thắng"])]
    # 22334246: a company's form (`TNHH`) before its name
    assert _people("Giám đốc công ty TNHH Dương Dũng đã bị bắt.") == []


def test_a_hospital_kind_stays_in_the_title() -> None:
    # 22269956
    assert _people("Ông Phạm Văn Hoàng - Giám đốc bệnh viện đa khoa Cát Bà cho biết, từ trưa đến tối 13/5, bệnh viện đã "
                   "tiếp nhận 11 trường hợp.") == [("Phạm Văn Hoàng", ["Giám đốc bệnh viện đa khoa Cát Bà"])]


def test_a_two_syllable_run_after_a_commune_or_a_ward_is_its_name() -> None:
    # 22590745, 22667354, 22613563
    assert _people("Báo VietnamNet dẫn lời Chủ tịch xã Yên Thắng cho biết thêm, do xác định nguyên nhân hai cháu bé tử "
                   "vong là do đuối nước.") == []
    assert _people("Liên quan đến vụ việc này, Chủ tịch UBND phường Thái Học, ông Dương Văn Diên xác nhận việc có 3 thanh "
                   "niên đào bới.") == [("Dương Văn Diên", ["Chủ tịch UBND phường Thái Học"])]
    assert _people("Phó Chủ tịch UBND huyện Vĩnh Tường cho biết thêm, sau khi được mời lên làm việc.") == []


def test_after_a_province_a_run_that_is_no_province_is_its_holder() -> None:
    # 22619634: provinces are all in the places table
    assert _people("Điều này thể hiện sự thiếu trách nhiệm của công ty này với ngư dân” - Phó chủ tịch UBND tỉnh Trần Châu "
                   "khẳng định.") == [("Trần Châu", ["Phó chủ tịch UBND tỉnh"])]


def test_a_parish_name_is_no_person() -> None:
    assert _people("Linh mục Phê-rô, Chánh xứ giáo xứ Kim Hòa, Chủ tịch Quốc hội nêu rõ.") == []


def test_an_events_year_stays_in_the_title() -> None:
    # 22269867, 22292719
    assert _people("Chủ tịch SOM APEC 2017 Bùi Thanh Sơn, Thứ trưởng thường trực Bộ Ngoại giao, đã tham dự và phát biểu "
                   "khai mạc.") == [("Bùi Thanh Sơn", ["Chủ tịch SOM APEC 2017", "Thứ trưởng thường trực Bộ Ngoại giao"])]
    assert _people("Liên lạc với Phó ban tổ chức Hoa hậu Việt Nam 2014, bà Phạm Kim Dung chia sẻ, Huyền My là cô gái năng "
                   "động.") == [("Phạm Kim Dung", ["Phó ban tổ chức Hoa hậu Việt Nam 2014"])]


def test_a_foreign_brand_and_its_country_before_the_holder() -> None:
    # 22263635, 21472703
    assert _people("Về phần mình, huấn luyện viên trưởng U20 Argentina Claudio Ubeda cho biết, thời tiết ở Hà Nội có khác "
                   "chút ít.") == [("Claudio Ubeda", ["huấn luyện viên trưởng U20 Argentina"])]
    assert _people("Tổng Giám đốc Samsung Việt Nam Han Myoung-Sup cho biết.") == [
        ("Han Myoung-Sup", ["Tổng Giám đốc Samsung Việt Nam"])]
    assert _people("Tổng Giám đốc Samsung Việt Nam cho biết.") == []


def test_a_staff_department_after_its_head() -> None:
    # 22219091, 22423337
    assert _people("Trung tá Trần Ngọc Anh, Trưởng phòng tham mưu Công an tỉnh Gia Lai cho biết, công an tỉnh đang hoàn "
                   "tất hồ sơ.") == [("Trần Ngọc Anh", ["Trung tá", "Trưởng phòng tham mưu Công an tỉnh Gia Lai"])]
    assert _people("Đại tá Phạm Văn Hội, Trưởng phòng tham mưu, Công an tỉnh Ninh Bình cho biết.") == [
        ("Phạm Văn Hội", ["Đại tá", "Trưởng phòng tham mưu"])]


def test_a_brands_regional_arm_is_no_person() -> None:
    # 22405773: `Kaspersky Lab châu Á Thái Bình Dương` is the company's arm
    # (its office read whole since the twenty-eighth round, the new holder's word with it)
    assert _people("Ông Stephan Neumeier, tân Giám đốc điều hành Kaspersky Lab châu Á Thái Bình Dương.") == [
        ("Stephan Neumeier", ["tân Giám đốc điều hành Kaspersky Lab châu Á Thái Bình Dương"])]
    # 21480418
    assert _people("Mới đây nhất, Chủ tịch Heineken châu Á & Thái Bình Dương - Frans Eusman từng cho biết.") == [
        ("Frans Eusman", ["Chủ tịch Heineken châu Á & Thái Bình Dương"])]
