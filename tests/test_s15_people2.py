"""Chairs, attendees and their titles (round s15, second pass): titles with the unit's ministry after a comma, a
steering committee's remit, a district opened by a compass word. Sentences from baomoi-dev articles; each test checks
the exact names and titles."""

from core.extract.people import find_people


def _people(sentence: str) -> dict[str, list[str]]:
    return {m.person.name: m.person.titles for m in find_people(sentence)}


def test_a_unit_s_ministry_after_a_comma_goes_on_with_the_title_to_the_name():
    # 22656730, 22245863
    assert _people("Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Anh Tuấn cho biết, theo diễn biến chỉ số giá") == {
        "Nguyễn Anh Tuấn": ["Cục trưởng Cục Quản lý giá, Bộ Tài chính"]}
    assert _people("Phát biểu khai mạc Hội thảo, Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo Phạm Chí Cường "
                   "cho biết") == {"Phạm Chí Cường": ["Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo"]}
    # a list of people, each with the minister's title, is not joined
    assert _people("Tới dự có Phó Chủ tịch nước Đặng Thị Ngọc Thịnh, Bộ trưởng Bộ VHTTDL Nguyễn Ngọc Thiện.") == {
        "Đặng Thị Ngọc Thịnh": ["Phó Chủ tịch nước"], "Nguyễn Ngọc Thiện": ["Bộ trưởng Bộ VHTTDL"]}


def test_a_steering_committee_s_remit_in_lower_case_is_the_title_s_up_to_the_verb():
    # 22656730, 22720354
    assert _people("Ngày 1/7, Phó Thủ tướng Chính phủ Vương Đình Huệ, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi "
                   "làm việc") == {"Vương Đình Huệ": ["Phó Thủ tướng Chính phủ", "Trưởng Ban chỉ đạo điều hành giá"]}
    # a verb right after the committee ends the title there
    assert _people("Phó Thủ tướng Vương Đình Huệ, Trưởng Ban chỉ đạo nhấn mạnh") == {
        "Vương Đình Huệ": ["Phó Thủ tướng", "Trưởng Ban chỉ đạo"]}


def test_a_compass_word_after_a_unit_opens_the_unit_s_name_not_a_person_s():
    # 22596641: `quận Nam Từ Liêm` is no `Chủ tịch UBND quận Nam` named `Từ Liêm`
    assert _people("Phát biểu tại hội nghị, ông Nguyễn Văn Hải, Bí thư kiêm Chủ tịch UBND quận Nam Từ Liêm cho biết") == {
        "Nguyễn Văn Hải": ["Bí thư kiêm Chủ tịch UBND quận Nam Từ Liêm"]}
    assert _people("Chủ tịch UBND quận Bắc Từ Liêm cho biết") == {}
    assert _people("Chủ tịch UBND huyện Nam Trà My Nguyễn Văn Hải cho biết") == {
        "Nguyễn Văn Hải": ["Chủ tịch UBND huyện Nam Trà My"]}


def test_a_title_or_a_form_of_address_inside_a_photo_s_credit_glued_before_opens_a_person():
    # 22324540: the credit `Ảnh Báo Công Thương` glued before the sentence
    assert _people("Ảnh Báo Công Thương Thủ tướng Chính phủ Nguyễn Xuân Phúc tham dự và có bài phát biểu khai mạc") == {
        "Nguyễn Xuân Phúc": ["Thủ tướng Chính phủ"]}
    # 22481305, 22708202: a form of address after the credit
    assert _people("Ảnh: Hồng Đức Ông Nguyễn Ngọc Vui, người canh giữ trại nuôi hổ, cho biết") == {"Nguyễn Ngọc Vui": []}
    assert _people("Ảnh Zing News Bà Nguyễn Thị Hoa (58 tuổi, ở tổ dân phố Trường Sơn) cho biết") == {"Nguyễn Thị Hoa": []}
    # no credit: a place's name that holds the word
    assert _people("Công an quận Hai Bà Trưng cho biết") == {}


def test_reading_a_text_out_is_speaking_at_the_meeting():
    from core.extract.meetings import _role
    from core.extract.people import role_cues

    # 22339869: a session opens with the government's report read out
    clause = "Phó thủ tướng Thường trực Trương Hòa Bình đọc tờ trình của Chính phủ báo cáo đánh giá bổ sung kết quả"
    mentions = find_people(clause)
    assert [m.person.name for m in mentions] == ["Trương Hòa Bình"]
    assert _role(clause, mentions[0], mentions, role_cues(clause, mentions), False, False) == "attend"
