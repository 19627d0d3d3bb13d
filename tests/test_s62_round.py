"""The 6 Dec forty-sixth round: rules found by reading what prec67, audit112, audit113 and the web pages gathered this
round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their
id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


# A foreign name spelt with and without its accents in one article (baomoi 22532125: the lead's `Esteban Lazo Hernandez`,
# a caption's `Esteban Lazo Hernández`) is one person: the caption's sole office is still the lead's person's.
def test_an_office_held_under_another_spelling_of_the_name_is_kept() -> None:
    text = ("Ngày 14/6, đồng chí Esteban Lazo Hernandez - Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Cuba "
            "cùng Đoàn đại biểu cấp cao của Quốc hội Cuba đã có buổi làm việc với tỉnh Sơn La.\n"
            "Chủ tịch Quốc hội Cuba Esteban Lazo Hernández thăm nông trường bò sữa Mộc Châu.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    titles = {p.name: p.titles for p in [*meeting.chairs, *meeting.attendees]}
    assert titles["Esteban Lazo Hernandez"] == ["Ủy viên Bộ Chính trị Đảng Cộng sản Cuba", "Chủ tịch Quốc hội Cuba"]


# Two people of different names who hold one office keep it apart: the rule reads spellings, not offices.
def test_an_office_of_another_person_is_still_dropped() -> None:
    text = ("Sáng 5/6, Bộ Y tế tổ chức hội nghị tổng kết. Dự hội nghị có bà Nguyễn Thị Kim Tiến, Ủy viên Trung ương Đảng, "
            "Bộ trưởng Bộ Y tế và ông Nguyễn Viết Tiến, Bộ trưởng Bộ Y tế.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    titles = {p.name: p.titles for p in [*meeting.chairs, *meeting.attendees]}
    assert titles["Nguyễn Thị Kim Tiến"] == ["Ủy viên Trung ương Đảng"]


# The side a list is of, set off by a comma before the list's own attending words (web67 w002 `Về phía tỉnh Ninh Bình,
# dự Đại hội có các đồng chí: A, …; B, …`), as `Về phía X có …` is read.
def test_a_side_frame_before_an_attending_list() -> None:
    text = ("Sáng 21/9, tỉnh Ninh Bình tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ I. Đồng chí Võ Thị Ánh Xuân, Phó "
            "Chủ tịch nước dự Đại hội.\nVề phía tỉnh Ninh Bình, dự Đại hội có các đồng chí: Trương Quốc Huy, Bí thư "
            "Tỉnh ủy; Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    names = [p.name for p in meeting.attendees]
    assert "Trương Quốc Huy" in names and "Đinh Thị Lụa" in names


# A body's fields listed by commas may each run over several words (web67 w004 `Trung tâm Xúc tiến đầu tư, Hỗ trợ doanh
# nghiệp và Tư vấn dịch vụ tài chính tỉnh Hưng Yên`), as one-word fields do (`Sở Văn hóa, Thể thao và Du lịch`).
def test_a_body_of_fields_of_several_words() -> None:
    found = find_people("Ông Nguyễn Văn Năng, Giám đốc Trung tâm Xúc tiến đầu tư, Hỗ trợ doanh nghiệp và Tư vấn dịch vụ "
                        "tài chính tỉnh Hưng Yên, chia sẻ kinh nghiệm.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Nguyễn Văn Năng", ["Giám đốc Trung tâm Xúc tiến đầu tư, Hỗ trợ doanh nghiệp và Tư vấn dịch vụ tài chính tỉnh "
                             "Hưng Yên"])]


# After a degree or a rank alone, the office written with its body after the comma is the person's, the capitalised run
# it holds the body's name (baomoi 22259516 `TS. Trần Viết Tiệp, Giám đốc BV Việt Nam-Thụy Điển Uông Bí - …`, 22415464
# `Bác sĩ Đào Xuân Cơ, Phó trưởng Khoa Hồi sức tích cực BV Bạch Mai, cho biết`); a calling with no body still names the
# next person (`NSND A, nhạc sỹ B`), and so does a Vietnamese full name.
def test_an_office_after_a_degree_holds_its_body_name() -> None:
    for sentence, expected in (
        ("TS. Trần Viết Tiệp, Giám đốc BV Việt Nam-Thụy Điển Uông Bí - BV thuộc top đầu, cũng cho biết.",
         [("Trần Viết Tiệp", ["TS.", "Giám đốc BV Việt Nam-Thụy Điển Uông Bí"])]),
        ("Bác sĩ Đào Xuân Cơ, Phó trưởng Khoa Hồi sức tích cực BV Bạch Mai, cho biết bệnh nhân đã ổn định.",
         [("Đào Xuân Cơ", ["Bác sĩ", "Phó trưởng Khoa Hồi sức tích cực BV Bạch Mai"])]),
        ("NSND Trần Bảng, nhạc sỹ Thuận Yến cùng dự buổi lễ.", [("Trần Bảng", ["NSND"]), ("Thuận Yến", ["nhạc sỹ"])]),
        ("TS Nguyễn Văn An, Giám đốc Sở Y tế Trần Văn Bình cho biết.",
         [("Nguyễn Văn An", ["TS"]), ("Trần Văn Bình", ["Giám đốc Sở Y tế"])]),
    ):
        assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == expected, sentence


# A list or a range of one quantity may go down (baomoi 22499547 `lần lượt là 13 và 11 tỷ đồng`, 21495391 `36,8 - 36,7
# triệu đồng mỗi lượng`, audit113 a027 `lần lượt 37,124 và 35,544 tỷ USD`): the first takes the last's scale; a start
# written in the unit itself passes the end a thousand times over and keeps its own (`từ 500.000 - 1 triệu đồng`).
def test_a_falling_list_shares_the_scale() -> None:
    from core.extract.statistics import extract_statistics

    for sentence, values in (
        ("Có giá lần lượt là 13 và 11 tỷ đồng, hai mẫu đồng hồ vừa về Việt Nam.", [13e9, 11e9]),
        ("Vàng miếng SJC hôm qua đóng cửa ở 36,8 - 36,7 triệu đồng mỗi lượng.", [36.8e6, 36.7e6]),
        ("Hai hãng đứng sau Toyota với giá trị lần lượt 37,124 và 35,544 tỷ USD.", [37.124e9, 35.544e9]),
        ("Giá bán từ 500.000 - 1 triệu đồng một bộ.", [500_000, 1e6]),
    ):
        found = extract_statistics([sentence])
        assert [round(s.value) for s in found] == [round(v) for v in values], sentence


# A show's host (`MC` + a capital over the 35,440 baomoi articles: 556 hits, 12 read, 12 before a host's name; baomoi
# 22697714 `ông William Gsiant, người dẫn chương trình Đài truyền hình TV Supren`); `Mc` opening a name is no title.
def test_a_host_is_named_by_mc() -> None:
    for sentence, expected in (
        ("MC Phan Anh chia sẻ việc hôn môi con là một cử chỉ ngọt ngào.", [("Phan Anh", ["MC"])]),
        ("Chương trình do MC Diễm Quỳnh dẫn dắt.", [("Diễm Quỳnh", ["MC"])]),
        ("Lễ trao giải cho ông William Gsiant, người dẫn chương trình Đài truyền hình TV Supren.",
         [("William Gsiant", ["người dẫn chương trình Đài truyền hình TV Supren"])]),
        ("Chủ tịch Quốc hội đã tiếp Thượng nghị sỹ John Mc Cain tại Hà Nội.",
         [("John Mc Cain", ["Thượng nghị sỹ"])]),
    ):
        found = [(m.person.name, m.person.titles) for m in find_people(sentence)]
        assert found == expected, sentence
