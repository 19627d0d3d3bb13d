"""The 5 Dec thirty-eighth round: rules found by reading what prec56, stat56, audit88 and the web pages gathered this
round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their
id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# The bodies that hold a press conference named by its verb, an aside in brackets between them and the verb (22322379
# `Công ty TNHH ô tô … và Công ty CP … (nhà nhập khẩu và nhà phân phối chính thức xe … tại VN) vừa họp báo ra mắt …`):
# the aside's words end no subject, and what the bodies are is no part of their name; a place or a short name in the
# bracket stays.
def test_an_aside_between_the_holders_and_the_verb() -> None:
    text = ("Công ty TNHH Thương mại Nam Việt và Công ty CP Phân phối Bắc Hà (nhà nhập khẩu và nhà phân phối chính thức "
            "xe điện tại Việt Nam) vừa họp báo ra mắt dòng xe mới.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert meeting.organizer == "Công ty TNHH Thương mại Nam Việt và Công ty CP Phân phối Bắc Hà"
    text = "Sở Y tế (cơ quan thường trực) vừa họp báo thông tin về vụ ngộ độc.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Sở Y tế"
    text = "Sáng 10/2, UBND xã An Phước (huyện Long Thành, Đồng Nai) tổ chức hội nghị tổng kết công tác năm 2016.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "UBND xã An Phước (huyện Long Thành, Đồng Nai)"
    text = "Sáng 10/2, Hội Nông dân tỉnh (HND) tổ chức hội nghị tổng kết công tác năm 2016.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Hội Nông dân tỉnh (HND)"


# A person in what another person says at the meeting did that elsewhere (22626772 `ông Trương Hải Long cho biết, Phó
# Thủ tướng thường trực X đã chỉ đạo yêu cầu 2 tỉnh rà soát`, 22754038 `Ngoại trưởng … cho biết Tổng thống nước này X
# bày tỏ hy vọng …`): the speaker attends, the person reported does not; what is reported may place the person at the
# event itself (22327391 `bà X … cho biết, em Y … đã vinh dự nhận được giải Ba tại Lễ trao giải …`).
def test_a_person_reported_by_a_speaker_does_not_attend() -> None:
    from tests.conftest import meeting_people

    text = ("Chiều 3/7, Bộ Nội vụ tổ chức họp báo thường kỳ quý II.\n"
            "Tại buổi họp báo, ông Trần Văn Long, Vụ trưởng Vụ Tổ chức biên chế cho biết, Phó Thủ tướng thường trực Lê "
            "Văn Bình đã chỉ đạo yêu cầu 2 tỉnh rà soát, xem xét xử lý sai phạm.\n")
    _chairs, attendees = meeting_people(text)
    assert attendees == ["Trần Văn Long"]
    text = ("Sáng 20/5, Sở Giáo dục tổ chức lễ trao giải cuộc thi khoa học kỹ thuật cấp tỉnh.\n"
            "Bà Lê Thị Hương, Giám đốc Sở GD&ĐT cho biết, em Phạm Văn Huy, học sinh lớp 11A3 đã nhận giải Nhất tại lễ "
            "trao giải.\n")
    _chairs, attendees = meeting_people(text)
    assert "Phạm Văn Huy" in attendees


# Where, how and on what it hangs ends the counted noun (stat56: `2 em dưới sông`, `11 đứa trẻ đâu dễ dàng`, `2 địa
# phương thống nhất`; 22379016-like `tăng gấp 3-5 lần tùy từng dạng sản phẩm`), not the words they make with the noun
# (`10 răng hàm dưới`, `700 văn bản dưới luật`, `2 màu sắc tùy chọn`).
def test_a_place_or_predicate_after_the_counted_noun_ends_it() -> None:
    from core.extract.statistics import extract_statistics

    def units(sentence: str) -> list[str | None]:
        return [s.unit for s in extract_statistics([sentence])]

    assert units("Người dân phát hiện 2 em dưới sông và đưa lên bờ.") == ["em"]
    assert units("Một người mẹ đơn thân nuôi nấng 11 đứa trẻ đâu dễ dàng.") == ["đứa trẻ"]
    assert units("Sau buổi làm việc, 2 địa phương thống nhất hẹn gặp lại.") == ["địa phương"]
    assert units("Mức phí tăng 5 lần tùy từng dạng sản phẩm.") == ["lần"]
    assert units("Luật đất đai năm 1993 có đến 700 văn bản dưới luật.") == ["văn bản dưới luật"]
    assert units("Xe có 2 màu sắc tùy chọn cho khách hàng.") == ["màu sắc tùy chọn"]


# A visit told by two predicates joined by `và` is held by their subject, before the first (a portal's page, web41
# w007: `Đoàn công tác Ủy ban … của Quốc hội do Phó Chủ nhiệm X làm Trưởng đoàn đã khảo sát … và làm việc với UBND
# tỉnh …`), as the branch for `… thăm trường …, trường … và làm việc với` says.
def test_the_visitor_before_the_first_of_two_predicates() -> None:
    text = ("Trong 2 ngày 15 và 16/5, Đoàn công tác Ủy ban Pháp luật của Quốc hội do Phó Chủ nhiệm Trần Văn An làm "
            "Trưởng đoàn đã khảo sát về công tác cải cách hành chính và làm việc với UBND tỉnh Bắc Giang.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc"
    assert meeting.organizer == "Đoàn công tác Ủy ban Pháp luật của Quốc hội"


# A list after a plural form of address and its colon addresses each name, so the office glued to a name without its
# comma is the name's, as after `đồng chí` (a portal's page, web41 w002: `Cùng dự có các đồng chí: Hoàng Minh Cường Phó
# Chủ tịch UBND thành phố; Lê Trung Kiên, Trưởng Ban …`).
def test_an_office_glued_to_a_name_listed_after_a_plural_address() -> None:
    from core.extract.people import find_people

    sentence = ("Cùng dự có các đồng chí: Trần Minh Cường Phó Chủ tịch UBND thành phố; Lê Trung Kiên, Trưởng Ban Quản lý "
                "Khu kinh tế.")
    people = [(m.person.name, m.person.titles) for m in find_people(sentence)]
    assert people == [("Trần Minh Cường", ["Phó Chủ tịch UBND thành phố"]),
                      ("Lê Trung Kiên", ["Trưởng Ban Quản lý Khu kinh tế"])]


# A dialogue held as a programme is a dialogue (22634544 `Tại Chương trình Đối thoại về thực hiện chính sách pháp luật
# BHYT với các cơ sở y tế tư nhân” sáng nay 28/6, ông X, Giám đốc … cho biết`; web41 w014 `… ý kiến chỉ đạo của đồng chí
# X, … tại Chương trình đối thoại giữa Chủ tịch UBND tỉnh với thanh niên tỉnh …`).
def test_a_dialogue_held_as_a_programme() -> None:
    text = ("Tại Chương trình Đối thoại về thực hiện chính sách pháp luật BHYT với các cơ sở y tế tư nhân sáng 28/6, ông "
            "Lê Văn Đức, Giám đốc Trung tâm Giám định BHYT cho biết, nhiều bác sĩ khám hơn 100 bệnh nhân một ngày.\n")
    meeting = extract_meeting(make_article(text, published="2017-06-28"))
    assert meeting is not None and meeting.kind == "đối thoại"
    assert (meeting.date, meeting.part_of_day) == ("2017-06-28", "sáng")
    assert [p.name for p in meeting.attendees] == ["Lê Văn Đức"]


# A place held in a year (`Từ vị trí thứ 20 năm 2016, Vinamilk … vươn lên xếp vị trí thứ 8`, audit88 a040; 22312218-like
# `từ hạng sáu năm 2014 tụt xuống hạng 18 năm 2015`): the year after the position is no duration of it.
def test_a_rank_held_in_a_year() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Từ vị trí thứ 20 năm 2016, công ty đã vươn lên xếp vị trí thứ 8 năm nay."])
    assert [(s.text, s.kind, s.value) for s in found] == [("vị trí thứ 20", "rank", 20.0), ("xếp vị trí thứ 8", "rank", 8.0)]
    assert extract_statistics(["Công ty đã hoạt động 20 năm 2016 mới đổi tên."]) == []


# A ministry's departments counted, capitalised as their names are (audit67 a029 `tất cả 22 Chi cục Bảo vệ thực vật của
# các tỉnh`; 21476377-like `cả nước có 98 Chi cục Hải quan`): counts, not a house number's street.
def test_capitalised_departments_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Trong 6 tháng đầu năm, 19 Chi cục QLTT các tỉnh phía Nam đã kiểm tra 2.000 vụ."])
    assert [(s.text, s.kind, s.unit) for s in found][:1] == [("19 Chi cục QLTT", "count", "chi cục qltt")]


# A government portal prints a report with its outline's heads and a speech with its greetings on lines of their own
# (web34 w016 `1.2. Hoạt động tín dụng ngân hàng`, web40 w018 `Phần thứ nhất` / `A. KẾT QUẢ THỰC HIỆN …`, web37 w026
# `Kính thưa các vị khách quý`): lines of the text, not a photo's caption, closed by a mark or not.
def test_a_reports_heads_and_a_speechs_greetings_are_the_text() -> None:
    from core.clean.lines import classify_lines

    title = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023 của tỉnh"
    lead = ("Sáng 12/7, UBND tỉnh tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, triển khai "
            "nhiệm vụ 6 tháng cuối năm 2023.")
    para = ("Tổng sản phẩm trên địa bàn tỉnh 6 tháng đầu năm ước tăng 6,5% so với cùng kỳ năm trước, trong đó khu vực "
            "công nghiệp và xây dựng tăng 8,1%.")
    heads = ["Phần thứ nhất", "A. KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI", "1.2. Hoạt động tín dụng ngân hàng",
             "Kính thưa các vị khách quý"]
    raw = f"{title}\n{lead}\n" + "".join(f"{head}\n{para}\n" for head in heads)
    assert classify_lines(raw).paragraphs == [lead, *(p for head in heads for p in (head, para))]
    # a photo's short caption between two paragraphs stays a caption
    assert classify_lines(f"{title}\n{lead}\nQuang cảnh hội nghị\n{para}\n").paragraphs == [lead, para]


# The year a committee's event carries ends its name before the holder's, after a lower-case word too (web41 w001
# `Phó Trưởng ban Thường trực Ban Tổ chức Hội Báo toàn quốc 2025 Lê Mỹ Ái Linh cho biết`), as after a capitalised one
# (`Chủ tịch SOM APEC 2017`); a year in a headline glued to the lead names no one (`Kỳ thi THPT quốc gia 2017 tổ chức …`).
def test_the_year_of_a_committees_event_before_the_holder() -> None:
    from core.extract.people import find_people

    sentence = ("Phát biểu tại họp báo, Phó Trưởng ban Thường trực Ban Tổ chức Hội Báo toàn quốc 2025 Trần Thị Mai Linh "
                "cho biết, Hội Báo sẽ diễn ra từ ngày 19 đến 21/6.")
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [
        ("Trần Thị Mai Linh", ["Phó Trưởng ban Thường trực Ban Tổ chức Hội Báo toàn quốc 2025"])]
    assert find_people("Kỳ thi THPT quốc gia 2017 Bộ GD-ĐT tổ chức 9 môn thi thành 5 bài thi.") == []


# The hosts a visit's report lists after `gồm có`, with or without a colon, after the side or after the attending
# opener's own clause (web41 w013 `Đón tiếp và làm việc với đoàn, phía Viện … gồm có: TS. A – Viện trưởng; TS. B – Phó
# viện trưởng, cùng nhiều lãnh đạo …`), attend as after `có` or `gồm` alone.
def test_hosts_listed_after_gom_co() -> None:
    from tests.conftest import meeting_people

    lead = "Chiều ngày 17/5/2019, đoàn cán bộ Viện Lúa miền Nam ra thăm và làm việc với Viện Cây lương thực.\n"
    for listing in ("Về phía Viện Cây lương thực gồm có: ", "Đón tiếp và làm việc với đoàn, phía Viện Cây lương thực gồm có: ",
                    "Tiếp đón đoàn, về phía Viện Cây lương thực gồm có "):
        text = lead + listing + "TS. Nguyễn Trọng Khanh – Viện trưởng; TS. Dương Xuân Tú – Phó viện trưởng.\n"
        assert meeting_people(text)[1] == ["Nguyễn Trọng Khanh", "Dương Xuân Tú"], listing


# A meeting, closed, by telephone or online, named by its sides after `giữa` (audit88 a002, 22549532 `một cuộc họp qua
# điện thoại giữa Tổng thống Thổ Nhĩ Kỳ X cùng người đồng cấp Pháp Y … đã được tổ chức`; 22246923 `cuộc họp kín giữa
# Tổng thống Mỹ X và Ngoại trưởng Nga Y`): its sides attend, joined by `cùng` too (22372439 `gặp Chủ tịch Hội đồng châu
# Âu A, Chủ tịch Ủy ban châu Âu B cùng Chủ tịch Nghị viện châu Âu C`).
def test_the_sides_of_a_meeting_held_by_telephone() -> None:
    from tests.conftest import meeting_people

    text = ("Hôm qua 16/6, một cuộc họp qua điện thoại giữa Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan cùng người đồng cấp "
            "Pháp Emmanuel Macron đã được tổ chức nhằm giải quyết khủng hoảng.\n")
    assert meeting_people(text)[1] == ["Tayyip Erdogan", "Emmanuel Macron"]
    text = ("Ngày 25/5, Tổng thống Mỹ Donald Trump đã có cuộc gặp với Chủ tịch Hội đồng châu Âu Donald Tusk cùng Chủ "
            "tịch Nghị viện châu Âu Antonio Tajani tại Brussels.\n")
    assert sorted(meeting_people(text)[1]) == ["Antonio Tajani", "Donald Trump", "Donald Tusk"]


# A bullet that opens the page's next item on the same day (22264613 `* Chiều cùng ngày, tại TP Phúc Châu, Chủ tịch nước
# X đã dự Tọa đàm … Tham dự Tọa đàm, phía Việt Nam có …`), as a dated one does: its people were at that other event.
def test_the_same_days_next_item_after_a_bullet() -> None:
    from tests.conftest import meeting_people

    text = ("Ngày 13-5, Chủ tịch nước Trần Văn Quang cùng Đoàn đại biểu cấp cao Việt Nam thăm tỉnh Phúc Kiến. Tại TP Phúc "
            "Châu, Chủ tịch nước Trần Văn Quang tiếp đồng chí Lý Quyền, Bí thư Tỉnh ủy Phúc Kiến. Tại cuộc tiếp, hai bên "
            "trao đổi về hợp tác. Sau buổi tiếp, Chủ tịch nước chứng kiến lễ ký Thỏa thuận hợp tác. * Chiều cùng ngày, tại "
            "TP Phúc Châu, Chủ tịch nước đã dự Tọa đàm hợp tác kinh tế do Bộ Kế hoạch và Đầu tư tổ chức. Tham dự Tọa đàm, "
            "phía Việt Nam có Phó Thủ tướng Vương Văn Huệ.\n")
    assert "Vương Văn Huệ" not in meeting_people(text)[1]


# The deliberative body that opens the sentence and does its business at the sitting named after it holds the sitting
# (21472686 `Ủy ban Thường vụ Quốc hội khóa XIV vừa thông qua 3 Nghị quyết tại phiên họp thứ 6.`, prec56 B11); a caption
# glued to the next sentence's count gives no owner (`… bế mạc phiên họp thứ 6 của UBTVQH 3 Nghị quyết trên gồm: …`).
def test_the_body_opening_the_sentence_holds_the_sitting_after() -> None:
    meeting = extract_meeting(make_article("Ủy ban Thường vụ Quốc hội khóa XIV vừa thông qua 3 Nghị quyết tại phiên họp "
                                           "thứ 6.\n"))
    assert meeting is not None and meeting.organizer == "Ủy ban Thường vụ Quốc hội khóa XIV"
    text = ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu bế mạc phiên họp thứ 6 của UBTVQH 3 Nghị quyết trên gồm: Nghị "
            "quyết số 333 và Nghị quyết số 334.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is None or meeting.organizer != "UBTVQH 3 Nghị quyết trên gồm"


# Who answers the deputies' or the voters' questions speaks at the sitting or the voters' meeting (22458794, audit83
# a007 `Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn X trả lời các câu hỏi của đại biểu quốc hội về …`).
def test_who_answers_the_deputies_questions_attends() -> None:
    from tests.conftest import meeting_people

    text = ("Sáng 6/6, Quốc hội tiến hành phiên thảo luận ở hội trường về an toàn thực phẩm. Bộ trưởng Bộ Nông nghiệp và "
            "Phát triển nông thôn Trần Xuân Cường trả lời các câu hỏi của đại biểu quốc hội về việc thực hiện chính sách.\n")
    assert meeting_people(text)[1] == ["Trần Xuân Cường"]


# The office heading a list goes on over `;` to an item of bare names, each of whom holds it (22631547, audit68 a014
# `các đồng chí Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C cùng các đồng chí trong Ban thường vụ Tỉnh ủy`).
def test_an_item_of_bare_names_after_a_lists_office() -> None:
    text = ("Sáng 28/6, đồng chí Nguyễn Đắc Vinh - Bí thư Tỉnh ủy chủ trì cuộc làm việc của Ban thường vụ Tỉnh ủy. Dự cuộc "
            "làm việc có đồng chí Trần Xuân Sơn – Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Phó Bí thư Tỉnh ủy: Lê "
            "Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, Nguyễn Văn Thông cùng các đồng chí trong Ban thường vụ Tỉnh ủy.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees][2:] == [("Lê Quang Huy", ["Phó Bí thư Tỉnh ủy"]),
                                                                  ("Nguyễn Văn Thông", ["Phó Bí thư Tỉnh ủy"])]


# A paragraph a page sets in a table of its own ends on the cell's bar too, but is longer than any caption (web43 w016,
# 190 words): the text, not a photo's caption in a cell (`Đoàn đại biểu Đoàn Thanh niên TP Hà Nội |` stays one).
def test_a_long_paragraph_in_a_table_cell_is_the_text() -> None:
    from core.clean.lines import classify_lines

    title = "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X sẽ diễn ra trong 3 ngày tại Thủ đô Hà Nội"
    cell = " ".join(["Đại hội có gần 1.400 đại biểu, trong đó có 1.052 đại biểu chính thức; 324 đại biểu là nữ (tỷ lệ "
                     "30,7%); 492 đại biểu là người ngoài Đảng (tỷ lệ 46,7%)."] * 4) + " |"
    para = ("Đại hội có nhiệm vụ đánh giá toàn diện tình hình, kết quả thực hiện Nghị quyết Đại hội lần thứ IX và đề ra "
            "phương hướng, nhiệm vụ nhiệm kỳ mới.")
    result = classify_lines(f"{title}\n{cell}\n{para}\n")
    assert result.paragraphs == [cell, para]
    assert classify_lines(f"{title}\n{para}\nĐoàn đại biểu Đoàn Thanh niên TP Hà Nội |\n{para}\n").paragraphs == [para, para]


# A percentage glued to the word before it, its space lost in the crawl (web43 w019 `1.873,7 tỷ đồng, bằng107,07% chỉ
# tiêu dự toán`; 22312218-like `tương đương10,4% cán bộ nữ`), is read; a formula's one-letter `x` glues no word.
def test_a_percentage_glued_to_the_word_before() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Cục Hải quan Thanh Hóa thu 1.873,7 tỷ đồng, bằng107,07% chỉ tiêu dự toán."])
    assert [(s.text, s.kind, s.value) for s in found] == [("1.873,7 tỷ đồng", "money", 1873700000000.0),
                                                         ("107,07%", "percent", 107.07)]
    assert [s.text for s in extract_statistics(["Tỉ lệ nhân (1+7%)x10% cố định."])] == ["7%"]


# A longer role cue that opens inside a title hides no cue after it (web43 w011 `TS. X – Giám đốc Sở Khoa học và Công
# nghệ, Chủ tịch Hội đồng chủ trì cuộc họp`, not `đồng chủ trì`; 22321668 `ông X, Thứ trưởng Bộ Thông tin và truyền thông
# báo cáo về …`, not `thông báo`).
def test_a_cue_after_a_title_ending_in_its_first_syllable() -> None:
    from tests.conftest import meeting_people

    text = ("Sáng ngày 26/4/2018, Sở KH&CN tổ chức họp Hội đồng Khoa học và Công nghệ cấp tỉnh xét duyệt đề tài. TS. Phạm "
            "Văn Chính – Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Hội đồng chủ trì cuộc họp.\n")
    assert meeting_people(text) == (["Phạm Văn Chính"], [])


# Bodies that hold a ceremony written `làm lễ` with no aspect word before it (22349958, audit71 a040 `Cục Quản lý lao
# động ngoài nước (Bộ Lao động, Thương binh và Xã hội), Đại sứ quán Nhật Bản tại Việt Nam và Cơ quan đào tạo ARC ACADEMY
# làm lễ xuất cảnh …`): all of them, a parent body in brackets no word of a piece's length; a person so written
# holds nothing (21481120 `Jung Kook … làm lễ …`).
def test_bodies_that_hold_a_ceremony_written_lam_le() -> None:
    text = ("Sáng ngày 23/5, Cục Quản lý lao động ngoài nước (Bộ Lao động, Thương binh và Xã hội), Đại sứ quán Nhật Bản "
            "tại Việt Nam và Cơ quan đào tạo ARC ACADEMY làm lễ xuất cảnh cho 204 ứng viên điều dưỡng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == (
        "Cục Quản lý lao động ngoài nước (Bộ Lao động, Thương binh và Xã hội), Đại sứ quán Nhật Bản tại Việt Nam và Cơ "
        "quan đào tạo ARC ACADEMY")
    meeting = extract_meeting(make_article("Sáng 10/2, Jung Kook làm lễ tốt nghiệp tại trường trung học.\n"))
    assert meeting is None or meeting.organizer is None


# A body that meets the press, told by the verb, holds that press meeting as it holds one told `họp báo` (22485716,
# audit72 a039 `Ngày 8/6, Bệnh viện Bạch Mai đã gặp mặt báo chí chia sẻ thông tin …`); a person so meeting it holds nothing.
def test_a_body_that_meets_the_press_holds_it() -> None:
    meeting = extract_meeting(make_article("Ngày 8/6, Bệnh viện Bạch Mai đã gặp mặt báo chí chia sẻ thông tin về quá trình "
                                           "điều trị.\n"))
    assert meeting is not None and meeting.organizer == "Bệnh viện Bạch Mai"
    meeting = extract_meeting(make_article("Chiều 6.6, ông Nguyễn Văn Tuấn - Tổng cục trưởng Tổng cục Du lịch đã gặp gỡ báo "
                                           "chí để giải đáp một số vấn đề.\n"))
    assert meeting is not None and meeting.organizer is None


# Plural bodies of a place that have a working session (22227163, audit90 a023 `Các sở, ngành của tỉnh Đồng Nai đã có
# buổi làm việc với Sở Công Thương TP HCM …`) hold it: the plural word before the body word is no bar.
def test_plural_bodies_that_have_a_working_session() -> None:
    meeting = extract_meeting(make_article("Các sở, ngành của tỉnh Đồng Nai đã có buổi làm việc với Sở Công Thương TP HCM "
                                           "để tìm giải pháp.\n"))
    assert meeting is not None and meeting.organizer == "Các sở, ngành của tỉnh Đồng Nai"


# A body's field written in lower case, a few words before the holder's speech verb, ends the title (audit72 a018,
# 22405787 `PGS.TS X, Cục trưởng Cục khám chữa bệnh nhận định …`; 22514650 `TS X, Trưởng Khoa Vận động hiến máu cho hay`),
# not a verb or an adverb before it (`ông X, Thứ trưởng Bộ Công an từng cho biết`).
def test_a_lower_case_field_before_the_speech_verb() -> None:
    from core.extract.people import find_people

    def titles(sentence: str) -> list[list[str]]:
        return [m.person.titles for m in find_people(sentence)]

    assert titles("PGS.TS Lương Văn Khuê, Cục trưởng Cục khám chữa bệnh nhận định sự cố là tai biến y khoa.") == [
        ["PGS.TS", "Cục trưởng Cục khám chữa bệnh"]]
    assert titles("TS Ngô Văn Quân, Trưởng Khoa Vận động hiến máu cho hay, số người hiến máu tăng.") == [
        ["TS", "Trưởng Khoa Vận động hiến máu"]]
    assert titles("Thượng tướng Lê Văn Vương, Thứ trưởng Bộ Công an từng cho biết, vụ án là điển hình.") == [
        ["Thượng tướng", "Thứ trưởng Bộ Công an"]]


# A general whose grade the foreign news leaves unsaid (22598985, prec56 A21 `Phát biểu tại hội thảo an ninh …, tướng
# Hertzi Halevi, giám đốc cơ quan tình báo quân đội Israel, cho biết`; `Tướng Joseph Dunford`), also in lower case
# mid-sentence when a name closes it; not the second syllable of a word (`Thủ tướng`, `lão tướng`) nor a common noun.
def test_a_general_by_the_bare_rank() -> None:
    from core.extract.people import find_people

    def people(sentence: str) -> list[tuple[str, list[str]]]:
        return [(m.person.name, m.person.titles) for m in find_people(sentence)]

    assert people("Phát biểu tại hội thảo an ninh, tướng Hertzi Halevi, giám đốc cơ quan tình báo quân đội Israel, cho "
                  "biết như vậy.") == [("Hertzi Halevi", ["tướng", "giám đốc cơ quan tình báo quân đội Israel"])]
    assert people("Tướng Joseph Dunford cho biết quân đội Mỹ phản đối.") == [("Joseph Dunford", ["Tướng"])]
    assert people("Estudiantes có lão tướng Juan Veron lĩnh xướng hàng tiền vệ.") == []
    assert people("Ông là một vị tướng tài ba của quân đội.") == []


# A list's next item counting the same capitalised noun is a count, whatever capitalised word ends the item before
# (audit88 a024 `đã trao 11 Huân chương Độc lập hạng Nhì, 74 Huân chương Độc lập hạng Ba, 3 Huân chương Lao động …`;
# `đoạt 01 Huy chương Vàng, 02 Huy chương Bạc, 03 Huy chương Đồng`).
def test_a_list_of_counted_capitalised_nouns() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Năm 2016 đội đoạt 01 Huy chương Vàng, 02 Huy chương Bạc, 03 Huy chương Đồng."])
    assert [(s.value, s.unit) for s in found] == [(1.0, "huy chương vàng"), (2.0, "huy chương bạc"),
                                                 (3.0, "huy chương đồng")]


# A conference named for the deputies meeting their voters, the deputies written between, is a voters' meeting (web40
# w009 `tổ chức buổi Hội nghị Đại biểu HĐND tỉnh tiếp xúc cử tri sau kỳ họp thường lệ giữa năm 2024`).
def test_a_conference_of_deputies_meeting_voters() -> None:
    text = ("Vào ngày 05/8/2024 tại Hội trường UBND xã tổ chức buổi Hội nghị Đại biểu HĐND tỉnh tiếp xúc cử tri sau kỳ họp "
            "thường lệ giữa năm 2024.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "tiếp xúc cử tri"
    meeting = extract_meeting(make_article("Sáng 5/8, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\n"))
    assert meeting is not None and meeting.kind == "hội nghị"


# A budget's settlement is approved two years after its year: a session that settles the 2015 budget is not dated or
# reviewed by it (22350669, prec57 B08 `Kỳ họp thứ 3, Quốc hội khóa XIV đã chính thức khai mạc tại Hà Nội, ngày 22/5.
# Trong kỳ họp này, Kiểm toán Nhà nước đã tổng hợp kết quả … quyết toán Ngân sách Nhà nước năm 2015 …`); a year the
# review words govern before the settlement stays (`đánh giá … ngân sách nhà nước năm 2016; …; quyết toán … năm 2015`).
def test_a_settled_budgets_year_is_no_year_of_the_session() -> None:
    text = ("Kỳ họp thứ 3, Quốc hội khóa XIV đã chính thức khai mạc tại Hà Nội, ngày 22/5. Trong kỳ họp này, Kiểm toán Nhà "
            "nước đã tổng hợp kết quả báo cáo Quốc hội các nội dung về quyết toán Ngân sách Nhà nước năm 2015.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.date, meeting.review_year) == (None, None)
    text = ("Chiều 25/5, tại Kỳ họp thứ 3, các đại biểu Quốc hội làm việc tại Tổ, thảo luận về đánh giá bổ sung kết quả "
            "thực hiện kế hoạch phát triển kinh tế - xã hội năm 2016; quyết toán ngân sách nhà nước năm 2015.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.review_year == 2016
