"""The 4 Dec twenty-ninth round: what audit58 (drawn blind last round, read this round) and audit59 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people


# A meeting the lead names bare, written in full with its year by the next sentence on the same day, takes the year
# of its full name (22448321, 21484474).
def test_a_bare_meeting_named_in_full_the_same_day_is_dated_by_its_full_name() -> None:
    text = ("Họp báo về thương mại\n\"Chúng tôi sẽ hỗ trợ doanh nghiệp\", Thứ trưởng Trần Văn An nói trong cuộc họp báo "
            "chiều 3/6.\nChiều 3/6, Bộ trưởng Lê Văn Bình chủ trì cuộc họp báo Chính phủ thường kỳ tháng 5/2017, thông "
            "tin về tình hình kinh tế.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert meeting.date == "2017-06-03" and meeting.part_of_day == "chiều"
    # (another day in the full name's sentence: another meeting, no year taken)
    other = text.replace("Chiều 3/6, Bộ trưởng", "Chiều 5/6, Bộ trưởng")
    meeting = extract_meeting(make_article(other))
    assert meeting is not None and meeting.date is None


# A sentence opening on one day of the event places the news there (22211267, 22449168); a plenum named by the
# committee's short word is held by the Central Committee the article writes out (22235081, 22364749).
def test_a_day_of_a_plenum_frames_the_news_and_the_committee_holds_it() -> None:
    text = ("Vì sao ông X bị kỷ luật?\nTrong ngày làm việc thứ ba Hội nghị trung ương 5, các ủy viên trung ương đã bỏ "
            "phiếu thi hành kỷ luật.\nTheo thông cáo, Ban Chấp hành Trung ương Đảng nhận thấy ông X có vi phạm.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "hội nghị"
    assert meeting.name == "Hội nghị trung ương 5"
    assert meeting.organizer == "Ban Chấp hành Trung ương Đảng"
    # (a frame inside a sentence, after a recalled report, does not place the news there)
    recalled = text.replace("Trong ngày làm việc thứ ba", "Trước đó, đã có thông tin rằng trong ngày làm việc thứ ba")
    assert extract_meeting(make_article(recalled)) is None


def _titles(sentence: str) -> list[list[str]]:
    return [titles for _, titles in named_people(sentence)]


# Offices held at once and joined by `kiêm` are one title as written (21473747, 22501089); after a comma they stay two.
def test_offices_held_at_once_are_one_title_as_written() -> None:
    assert _titles("Ông Ngô Tấn Cư, Chủ tịch kiêm Giám đốc Công ty Điện lực Đà Nẵng cho biết.") == [
        ["Chủ tịch kiêm Giám đốc Công ty Điện lực Đà Nẵng"]]
    assert _titles("Tiến sỹ Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Thông tin và Truyền thông kiêm Phó "
                   "Trưởng ban Tuyên giáo Trung ương phát biểu.") == [
        ["Tiến sỹ", "Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Thông tin và Truyền thông kiêm Phó Trưởng ban Tuyên giáo Trung ương"]]
    assert _titles("Ông Nguyễn Thế Mạnh, Phó Tổng cục trưởng, kiêm Cục trưởng Cục Thuế Hà Nội cho biết.") == [
        ["Phó Tổng cục trưởng", "Cục trưởng Cục Thuế Hà Nội"]]


# A mention whose offices are joined by `kiêm` counts each office against another mention's titles (22469363).
def test_joined_offices_count_each_against_a_bare_mention() -> None:
    text = ("Đà Nẵng họp bàn\nSáng 5/6, Bí thư Nguyễn Xuân Anh chủ trì cuộc họp bàn về quy hoạch.\nBí thư kiêm Chủ tịch "
            "HĐND Đà Nẵng Nguyễn Xuân Anh nhấn mạnh yêu cầu tại cuộc họp.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.chairs] == [("Nguyễn Xuân Anh", ["Bí thư kiêm Chủ tịch HĐND Đà Nẵng"])]


# A body's last field in lower case after `và`, closed by the speech verb, is the body's (22354623, 22701581).
def test_a_lower_case_last_field_closed_by_the_speech_verb_is_the_bodys() -> None:
    assert _titles("Ông Dương Tuấn Đức, Giám đốc Trung tâm giám định và thanh toán đa tuyến cho biết.") == [
        ["Giám đốc Trung tâm giám định và thanh toán đa tuyến"]]
    # (another group after `và` is no field: `và đoàn công tác`)
    assert _titles("Ông Lê Văn Bình, Giám đốc Sở Y tế và đoàn công tác cho biết.") == [["Giám đốc Sở Y tế"]]


def _stats(sentence: str) -> list[tuple[str, float, str | None, float | None]]:
    from core.extract.statistics import extract_statistics
    return [(s.text, s.value, s.unit, s.of) for s in extract_statistics([sentence])]


# A whole opening its sentence without `số` (`Trong 17 tàu, 12 tàu …`) has its parts as `trong số` has (22591807,
# 22334864); a period opening the sentence is no whole (`Trong 6 tháng đầu năm, …`).
def test_a_whole_opening_the_sentence_without_so_has_its_parts() -> None:
    assert _stats("Trong 17 tàu, 12 tàu có động cơ hoạt động không ổn định.") == [("12 tàu", 12, "tàu", 17)]
    assert _stats("Trong 6 nạn nhân nhập viện, có 4 nạn nhân bị sốc.") == [("4 nạn nhân", 4, "nạn nhân", 6)]
    assert [s[3] for s in _stats("Trong 6 tháng đầu năm, tỉnh thu hút 12 dự án mới.")] == [None]
    # (another noun after the whole is no part of it)
    assert [s[3] for s in _stats("Trong 5 ngày, đoàn kiểm tra 12 cơ sở.")] == [None]


# A project named by its number and a capitalised word after it is no count (22471939); a project's figure stays.
def test_a_project_named_by_its_number_is_no_count() -> None:
    assert _stats("Đội viên trí thức trẻ tham gia dự án 600 Phó chủ tịch xã khu vực Đông Bắc Bộ.") == []
    assert _stats("Đây là dự án 100 triệu USD.") == [("100 triệu USD", 100_000_000, "USD", None)]


# A source credited with a view (`Theo đánh giá của …`) spoke, as one after `Theo` did (22219205, 22678153).
def test_a_person_credited_with_a_view_at_a_press_conference_attends() -> None:
    text = ("Doanh nghiệp chờ đối thoại\nChiều 10/5, Văn phòng Chính phủ tổ chức buổi họp báo thông tin về Hội nghị Thủ tướng với doanh "
            "nghiệp năm 2017.\nPhó chủ nhiệm Văn phòng Chính phủ Lê Mạnh Hà cho biết sự kiện sẽ diễn ra ngày 17/5.\nTheo đánh giá của Cục trưởng "
            "Cục Phát triển doanh nghiệp Hồ Sĩ Hùng, năm nay có nhiều thay đổi.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert [p.name for p in meeting.attendees] == ["Lê Mạnh Hà", "Hồ Sĩ Hùng"]


# A federation written in lower case after its office is the office's body (22386852, 22329244); a preposition written
# with a capital inside a title opens a glued sentence, the title ends before it (a caption whose stop was lost).
def test_a_lower_case_federation_and_a_glued_sentence_end_the_title_right() -> None:
    assert _titles("Ông Huỳnh Tấn Vinh, Chủ tịch hiệp hội du lịch Đà Nẵng cho biết.") == [
        ["Chủ tịch hiệp hội du lịch Đà Nẵng"]]
    assert _titles("ĐB Đỗ Ngọc Thịnh, Chủ tịch liên đoàn LS Việt Nam cho rằng điều tra là trách nhiệm.") == [
        ["ĐB", "Chủ tịch liên đoàn LS Việt Nam"]]
    assert _titles("Bà Phạm Thị Vân Anh, Chủ tịch Công đoàn Cty TNHH Canon Việt Nam Theo lãnh đạo xã Kim Chung, "
                   "nhiều công nhân thuê trọ.")[0] == ["Chủ tịch Công đoàn Cty TNHH Canon Việt Nam"]


# A body set off after the titles of a person `Theo` or `của` governs, an aspect word after it, is the next clause's
# subject (22354017, 22687366); after a person opening the sentence it is the person's parent body.
def test_a_body_acting_after_a_governed_persons_titles_is_the_next_subject() -> None:
    assert _titles("Ông A cho biết được sự giới thiệu của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, nguyên Chủ tịch Hội Hữu "
                   "nghị Việt Nam-Cuba, Ban Chấp hành Hội đã cho ý kiến đồng ý.")[-1] == [
        "Chủ tịch Quốc hội", "nguyên Chủ tịch Hội Hữu nghị Việt Nam-Cuba"]
    assert _titles("Theo ông Tống Huy Hoàng, Trưởng phòng kinh tế quận Ô Môn, UBND quận đã bố trí kinh phí.") == [
        ["Trưởng phòng kinh tế quận Ô Môn"]]
    assert _titles("Ông Khuất Duy Tuấn, Phó Vụ trưởng Vụ Thi đua - Khen thưởng, Ngân hàng Nhà nước đã dẫn chứng nhiều "
                   "số liệu.") == [["Phó Vụ trưởng Vụ Thi đua - Khen thưởng", "Ngân hàng Nhà nước"]]


# A part of a series ends on its marker; the byline after it is the writer's, the marker stays with the text (22282597,
# 22336196).
def test_a_byline_after_a_series_marker_is_read() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Năm đó con 8 tuổi”, chị nói. (Còn nữa) Diệu Bình - Ngọc Trang")
    assert found is not None and found[0] == "Năm đó con 8 tuổi”, chị nói. (Còn nữa)"
    assert found[1].names == ("Diệu Bình", "Ngọc Trang")
    found = split_glued_byline("… vi phạm của “đại công trình” này. (còn tiếp) Đàm Huy")
    assert found is not None and found[1].names == ("Đàm Huy",)


# A writer's name and `Tổng hợp` close a paragraph whose last line is a caption or a table (21472668, 22336365).
def test_a_compiling_writer_after_a_caption_without_a_stop_is_read() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Vòng 24 Premier League: Leicester 0-3 Man United Sơn Tùng Tổng hợp")
    assert found is not None and found[0] == "Vòng 24 Premier League: Leicester 0-3 Man United"
    assert found[1].names == ("Sơn Tùng",)
    assert split_glued_byline("Đây là kết quả của Báo cáo Tổng hợp") is None


# Councils and heritage sites capitalised after a number are counted (22325841, 22349870); a council after an ordinal
# is none.
def test_capitalised_councils_and_heritage_sites_are_counted() -> None:
    assert [s[:2] for s in _stats("Trước đó, Bộ đã tổ chức họp 9 Hội đồng chuyên ngành: âm nhạc, sân khấu.")] == [
        ("9 Hội đồng chuyên ngành", 9)]
    assert [s[1] for s in _stats("Quảng Nam có 2 Di sản văn hóa thế giới cùng với nhiều thế mạnh khác.")] == [2]
    assert _stats("Tại phiên khai mạc kỳ họp thứ 4 Hội đồng nhân dân TP Đà Nẵng khóa IX sáng 5/7, Ban Pháp chế đã họp.") == []


# Five syllables after a unit's word are the unit's name and its holder's, even where a family name opens the unit's
# (22508656, 22261270); a name right after a unit left unnamed stays whole.
def test_a_units_name_that_opens_on_a_family_name_goes_to_the_title() -> None:
    assert named_people("Chủ tịch UBND huyện Thạch Hà Trần Việt Hà cho biết.") == [
        ("Trần Việt Hà", ["Chủ tịch UBND huyện Thạch Hà"])]
    assert named_people("Phó Chủ tịch UBND quận Ngô Quyền Trần Hữu Xuân cho biết.") == [
        ("Trần Hữu Xuân", ["Phó Chủ tịch UBND quận Ngô Quyền"])]
    assert named_people("Chủ tịch UBND huyện Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", ["Chủ tịch UBND huyện"])]


# `Chánh VP`, as the press shortens `Chánh văn phòng`, heads an office (22405115, 22650694).
def test_the_press_short_chief_of_office_heads_a_title() -> None:
    assert named_people("Ông Võ Văn Hoan, Chánh VP UBND TP.HCM chủ trì buổi họp báo.") == [
        ("Võ Văn Hoan", ["Chánh VP UBND TP.HCM"])]
    assert named_people("Ông Bùi Thanh Bình – Chánh VP UBND tỉnh Kon Tum cho biết.") == [
        ("Bùi Thanh Bình", ["Chánh VP UBND tỉnh Kon Tum"])]


# An office set before a person and cut from the name by a comma, the name led by a form of address, is the person's
# (22701866, 21481260); the body's name it holds is no person; a list's noun, a pointer back and `Theo`'s source are not.
def test_an_office_fronted_before_a_comma_is_the_addressed_persons() -> None:
    assert named_people("Chủ tịch Atletico Madrid, ông Enrique Cerezo tỏ ra vô tư.") == [
        ("Enrique Cerezo", ["Chủ tịch Atletico Madrid"])]
    assert named_people("Phát biểu tại buổi lễ, Chủ tịch Tổng hội người Việt Nam tại Lào, ông Nguyễn Duy Trung cam kết.") == [
        ("Nguyễn Duy Trung", ["Chủ tịch Tổng hội người Việt Nam tại Lào"])]
    assert named_people("Theo đặc phái viên Hàn Quốc, ông Tillerson cho biết các biện pháp sẽ tiếp tục.")[-1][1] == []
    assert named_people("Ông A cho biết, chuyên gia này, ông Trump đã sai.")[-1][1] == []
