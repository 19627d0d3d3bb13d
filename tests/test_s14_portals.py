"""How provincial and district portals write their meeting reports (s14): a list of chairs or attendees over `;`
closed by the role verb, `đ/c` and `UV` abbreviations, a careless capital on `Chủ trì`, the next person's name after
`tỉnh`, a bare `họp` whose kind a later sentence names, a session named for `tháng N năm YYYY`, the half-year review's
year, the meeting's business ending the body its name carries, a view caption closed by a full stop, a crawler's
`date` header glued to the lead. One sentence is a baomoi-dev excerpt (22602426); the rest are written in the
portals' manner, not copied from a gold file. Each test checks what is returned."""
from core.clean.lines import classify_lines
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, meeting_people, named_people


def _meeting(text: str, published: str | None = None):
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return meeting


def test_a_list_of_chairs_over_semicolons_chairs_whole():
    # baomoi-dev 22602426
    text = ("Khai mạc Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11\n"
            "Sáng 24/6, Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11 (Khóa X) đã khai mạc tại Thành phố Hồ Chí Minh. "
            "Các đồng chí Lê Quốc Phong, Ủy viên dự khuyết Trung ương Đảng, Bí thư thứ nhất Trung ương Đoàn; Nguyễn Mạnh "
            "Dũng, Bí thư Thường trực Trung ương Đoàn đồng chủ trì hội nghị.")
    chairs, attendees = meeting_people(text)
    assert chairs == ["Lê Quốc Phong", "Nguyễn Mạnh Dũng"]
    assert attendees == []


def test_a_colon_list_of_chairs_in_a_dated_lead():
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh\n"
            "Ngày 1/12, các đồng chí: Trần Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Lê Thị "
            "Hoa, Phó Bí thư Thường trực Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh đánh giá công tác lãnh đạo, "
            "chỉ đạo nhiệm vụ năm 2023.")
    meeting = _meeting(text)
    assert [p.name for p in meeting.chairs] == ["Trần Văn Bình", "Lê Thị Hoa"]
    assert meeting.chairs[0].titles == ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]
    # the meeting's business (`đánh giá …`) ends the body the name carries
    assert meeting.organizer == "Ban Chấp hành Đảng bộ tỉnh"


def test_a_list_closed_by_attending_attends_whole():
    text = ("UBND tỉnh họp phiên thường kỳ tháng 9\n"
            "Ngày 17/9, UBND tỉnh họp phiên thường kỳ tháng 9, đồng chí Nguyễn Văn Nam, Chủ tịch UBND tỉnh chủ trì phiên "
            "họp. Các đồng chí: Trần Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; Lê Văn "
            "Hải, Phó trưởng Đoàn ĐBQH tỉnh dự.")
    chairs, attendees = meeting_people(text)
    assert chairs == ["Nguyễn Văn Nam"]
    assert attendees == ["Trần Thị Lan", "Lê Văn Hải"]


def test_a_list_item_that_is_no_person_ends_the_list():
    # a clause of other words between the people and the verb: the first person is not put in the role
    text = ("Hội nghị\n"
            "Ngày 1/12, các đồng chí: Trần Văn Bình, Bí thư Tỉnh ủy; đại diện các sở, ngành; Lê Thị Hoa, Phó Bí thư "
            "Tỉnh ủy chủ trì hội nghị.")
    assert "Trần Văn Bình" not in meeting_people(text)[0]


def test_a_capitalised_chairing_verb_after_a_dash_is_no_title():
    text = ("UBND huyện tổ chức phiên họp thường kỳ tháng 6\n"
            "Ngày 14/7/2022, UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2022. Phiên họp do ông Nguyễn Thanh "
            "Tùng, Chủ tịch UBND huyện - Chủ trì.")
    meeting = _meeting(text)
    assert [(p.name, p.titles) for p in meeting.chairs] == [("Nguyễn Thanh Tùng", ["Chủ tịch UBND huyện"])]


def test_the_abbreviated_comrade_and_member():
    people = named_people("Dự chỉ đạo cuộc họp có đồng chí Nguyễn Văn Tâm, Chủ tịch UBND huyện; đ/c Lê Thị Mai, UV BTV "
                          "Huyện ủy, Phó chủ tịch HĐND huyện.")
    assert ("Lê Thị Mai", ["UV BTV Huyện ủy", "Phó chủ tịch HĐND huyện"]) in people


def test_a_name_after_the_province_word_is_the_next_person():
    people = named_people("Tham dự kỳ họp có Chủ tịch UBND tỉnh Lê Trí Dũng, Chủ tịch UBMTTQ Việt Nam tỉnh Võ Xuân "
                          "Tâm, các vị đại biểu HĐND tỉnh.")
    assert people == [("Lê Trí Dũng", ["Chủ tịch UBND tỉnh"]), ("Võ Xuân Tâm", ["Chủ tịch UBMTTQ Việt Nam tỉnh"])]


def test_a_province_after_the_province_word_stays_in_the_title():
    people = named_people("Dự có ông Nguyễn Văn An, Chủ tịch UBND tỉnh Lâm Đồng, và ông Trần Văn Bảo.")
    assert people[0] == ("Nguyễn Văn An", ["Chủ tịch UBND tỉnh Lâm Đồng"])


def test_a_bare_meeting_verb_takes_the_kind_a_later_sentence_names():
    text = ("Họp Ban Thường vụ\n"
            "Ngày 24/2, tại trụ sở HĐND-UBND tỉnh, Ban Thường vụ Đảng ủy UBND tỉnh họp để xem xét, cho ý kiến một số "
            "nội dung quan trọng. Đồng chí Trần Quốc Bình, Chủ tịch UBND tỉnh chủ trì phiên họp.")
    assert _meeting(text).kind == "phiên họp"


def test_a_bare_meeting_verb_alone_stays_a_meeting():
    text = ("Họp Ban Thường vụ\n"
            "Ngày 24/2, Ban Thường vụ Đảng ủy UBND tỉnh họp để xem xét, cho ý kiến một số nội dung quan trọng.")
    assert _meeting(text).kind == "cuộc họp"


def test_a_session_named_for_its_month_with_the_year_written_out():
    text = ("Họp UBND huyện tháng 7\n"
            "Ngày 14/7, UBND huyện tổ chức họp Ủy ban nhân dân huyện tháng 7 năm 2022. Dự có đồng chí Nguyễn Ngọc "
            "Thiện, Chủ tịch UBND huyện.")
    assert _meeting(text).date == "2022-07-14"


def test_carrying_out_tasks_is_what_a_half_year_review_reviews():
    text = ("Hội nghị sơ kết 6 tháng\n"
            "Sáng ngày 26 tháng 6 năm 2020, Ban Thường vụ Huyện ủy tổ chức Hội nghị sơ kết thực hiện nhiệm vụ 6 tháng "
            "đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020.")
    meeting = _meeting(text)
    assert (meeting.review_year, meeting.plan_year) == (2020, 2020)


def test_a_view_caption_closed_by_a_full_stop_is_a_caption():
    raw = ("Khai mạc kỳ họp thứ 13\n"
           "Sáng 21/3, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 khai mạc kỳ họp lần thứ 13 để xem xét, quyết định một số nội "
           "dung liên quan đến công tác quản lý, điều hành phát triển kinh tế - xã hội.\n"
           "Quang cảnh kỳ họp.\n"
           "Các Phó Chủ tịch HĐND tỉnh đồng chủ trì kỳ họp; tham dự kỳ họp có các vị đại biểu HĐND tỉnh khóa X, lãnh "
           "đạo các sở, ban, ngành của tỉnh.")
    cleaned = classify_lines(raw)
    assert "Quang cảnh kỳ họp." not in cleaned.paragraphs
    assert len(cleaned.paragraphs) == 2


def test_a_crawlers_date_header_glued_to_the_lead_is_the_published_date():
    raw = ("Giá lợn hơi hôm nay tăng mạnh\n"
           " date 2025-09-05 Giá lợn hơi hôm nay tăng 2.000 đồng/kg tại nhiều tỉnh miền Bắc, theo khảo sát của phóng "
           "viên tại các chợ đầu mối và trang trại lớn trong vùng.")
    cleaned = classify_lines(raw)
    assert cleaned.published == "2025-09-05"
    assert cleaned.paragraphs[0].startswith("Giá lợn hơi hôm nay")


def test_a_capitalised_house_word_closes_the_office_not_an_association():
    # `Quốc Hội` as portals capitalise it: `Hội` is the end of `Quốc hội`, not an association whose name follows
    assert named_people("Dự có Phó chủ tịch Quốc Hội Uông Chu Lưu và Chủ tịch Quốc Hội Nguyễn Thị Kim Ngân.") == [
        ("Uông Chu Lưu", ["Phó chủ tịch Quốc Hội"]), ("Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc Hội"])]
    # an association's own name still comes first
    assert named_people("Chủ tịch Hội Nông dân Việt Nam Thào Xuân Sùng phát biểu.") == [
        ("Thào Xuân Sùng", ["Chủ tịch Hội Nông dân Việt Nam"])]


def test_a_month_header_glued_to_the_headline_is_split_off():
    raw = (" date 2020-01 Tổng kết công tác công an năm 2019, triển khai công tác năm 2020\n"
           "Sáng 06/01, Công an tỉnh tổ chức Hội nghị tổng kết công tác công an năm 2019 và triển khai nhiệm vụ công tác "
           "năm 2020 với sự tham dự của lãnh đạo tỉnh và các đơn vị trực thuộc.")
    cleaned = classify_lines(raw)
    assert cleaned.title == "Tổng kết công tác công an năm 2019, triển khai công tác năm 2020"
    assert cleaned.published == "2020-01"  # the month is the page's only date (s16 page3: gold gives the month)
    assert not any("date 2020-01" in p for p in cleaned.paragraphs)


def test_the_deputies_that_meet_their_voters_hold_the_meeting():
    # baomoi-dev excerpt (the delegation as the subject) and the portals' `tiếp tục gặp gỡ tiếp xúc cử tri`
    text = ("Cử tri Đà Nẵng hỏi về đất quốc phòng\n"
            "Chiều 27-6, Đoàn đại biểu Quốc hội TP Đà Nẵng đã có buổi tiếp xúc cử tri của năm quận, huyện.")
    assert _meeting(text).organizer == "Đoàn đại biểu Quốc hội TP Đà Nẵng"
    text = ("Cử tri mong muốn có nhiều thời gian tiếp xúc\n"
            "Ngày 28/9, Đoàn Đại biểu Quốc hội tỉnh Bình Dương tiếp tục gặp gỡ tiếp xúc cử tri tại các địa phương trên "
            "địa bàn tỉnh nhằm thông báo nội dung kỳ họp thứ 4.")
    assert _meeting(text).organizer == "Đoàn Đại biểu Quốc hội tỉnh Bình Dương"


def test_a_committees_remit_keeps_its_comma():
    # baomoi-dev excerpts: `phòng, chống` is one remit inside the committee's name
    assert named_people("Phó thủ tướng Trương Hòa Bình, Trưởng Ban Chỉ đạo phòng, chống tội phạm của Chính phủ yêu "
                        "cầu Bộ Công an khẩn trương chỉ đạo.") == [
        ("Trương Hòa Bình", ["Phó thủ tướng", "Trưởng Ban Chỉ đạo phòng, chống tội phạm của Chính phủ"])]
    assert named_people("Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 Phạm Minh "
                        "Chính chủ trì.") == [
        ("Phạm Minh Chính", ["Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"])]


def test_the_abbreviated_standing_committee_member():
    assert named_people("Đồng chí Nguyễn Thị Phương - UVBTV, Phó Chủ tịch HĐND huyện chủ trì phiên họp.") == [
        ("Nguyễn Thị Phương", ["UVBTV", "Phó Chủ tịch HĐND huyện"])]


def test_a_posting_date_and_author_on_one_line():
    raw = ("Thường trực HĐND huyện họp lệ kỳ tháng 12 năm 2018\n"
           "Ngày đăng bài: 29/12/2018 | Tác giả: Thanh Khoa\n"
           "Chiều ngày 24 tháng 12 năm 2018, tại Phòng họp HĐND huyện, ông Võ Văn Phê, Chủ tịch HĐND huyện chủ trì cuộc "
           "họp lệ kỳ tháng 12 với sự tham dự của các thành viên Thường trực HĐND huyện.")
    cleaned = classify_lines(raw)
    assert cleaned.title == "Thường trực HĐND huyện họp lệ kỳ tháng 12 năm 2018"
    assert cleaned.published == "2018-12-29"
    assert cleaned.authors == ["Thanh Khoa"]


def test_a_given_name_spelled_as_a_verb():
    assert named_people("Đồng chí Nguyễn Văn Dự - Phó Bí thư Đảng ủy Khối chủ trì Hội nghị.") == [
        ("Nguyễn Văn Dự", ["Phó Bí thư Đảng ủy Khối"])]
    # a full name then the verb: the verb stays out
    assert named_people("Bí thư Tỉnh ủy Nguyễn Văn Bình dự hội nghị.") == [("Nguyễn Văn Bình", ["Bí thư Tỉnh ủy"])]


def test_a_year_of_an_era_is_no_statistic():
    from core.extract.statistics import extract_statistics

    stats = extract_statistics(["Tọa đàm về thời kỳ Bắc thuộc (179 TCN - 938 SCN) có 120 đại biểu tham dự."])
    assert [s.value for s in stats] == [120]


def test_the_body_a_plenum_carries_ends_before_it_sits():
    text = ("Bế mạc Hội nghị Trung ương 15\n"
            "Sáng nay, tại Trụ sở Trung ương Đảng, hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa 13 họp phiên bế "
            "mạc. Tổng Bí thư phát biểu bế mạc.")
    assert _meeting(text).organizer == "Ban Chấp hành Trung ương Đảng khóa 13"


def test_the_holders_of_a_plural_office_after_a_role_noun_phrase_attend():
    text = ("Bộ Công Thương tổng kết năm 2016\n"
            "Sáng 5/1, Bộ Công Thương tổ chức hội nghị tổng kết công tác năm 2016 với sự tham dự của các thứ trưởng Bộ "
            "Công Thương Hoàng Quốc Vượng, Cao Quốc Hưng, Đỗ Thắng Hải.")
    assert meeting_people(text) == ([], ["Hoàng Quốc Vượng", "Cao Quốc Hưng", "Đỗ Thắng Hải"])


def test_a_sentence_pointing_back_at_the_meeting_names_its_owner():
    # baomoi-dev 22515810 (audit15 row 40)
    text = ("Thêm đường băng cho Tân Sơn Nhất\n"
            "Chiều 12-6, Thủ tướng, các Phó thủ tướng đã họp với các bộ ngành liên quan, đi đến quyết định thuê tư vấn "
            "nước ngoài nghiên cứu mở thêm một đường băng nữa. Đây là cuộc họp thứ hai của Thường trực Chính phủ về sân "
            "bay Tân Sơn Nhất.")
    assert _meeting(text).organizer == "Thường trực Chính phủ"
