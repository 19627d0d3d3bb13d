"""The 5 Dec thirty-seventh round: rules found by reading what audit85 and web37 (drawn and annotated blind at this
round's start) show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named
by their id, or written in the shape a portal's page gives."""
import dataclasses

from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


# The meeting's name stops at the comma before what it plans (21512352 `hội nghị liên tịch … nhằm kiểm điểm việc phối
# hợp công tác năm 2016, bàn nhiệm vụ trọng tâm năm 2017`): the clause goes on to the year planned.
def test_the_plan_after_the_names_comma_is_the_meetings() -> None:
    text = ("Ngày 10.2, tại Hà Nội, Thủ tướng Trần Văn Hòa chủ trì hội nghị liên tịch thường niên của Chính phủ và Ủy ban "
            "Trung ương MTTQ Việt Nam nhằm kiểm điểm việc phối hợp công tác năm 2016, bàn nhiệm vụ trọng tâm năm 2017.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year) == (2016, 2017)
    # a later year that is no plan of the next year is left alone
    text = ("Sáng 10/2, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2016, hướng tới mục tiêu đến năm 2030.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year) == (2016, None)


# The standing committee does its business after the sitting's frame, the vote's manner and a dotted day between
# (22278588 `tại phiên họp thứ 10 chiều nay 15.5, với đa số ý kiến tán thành, Ủy ban Thường vụ Quốc hội đã thông qua`,
# 22303470 `Tại phiên họp riêng chiều qua 17.5, Ủy ban Thường vụ Quốc hội đã quyết định …`).
def test_the_body_deliberating_after_the_sittings_frame_holds_it() -> None:
    text = ("Ông Lê Văn Tâm, Phó trưởng Ban Công tác đại biểu cho biết, tại phiên họp thứ 10 chiều nay 15.5, với đa số ý "
            "kiến tán thành, Ủy ban Thường vụ Quốc hội đã thông qua nghị quyết cho ông Trần Văn Bình thôi nhiệm vụ.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "Ủy ban Thường vụ Quốc hội"
    text = ("Tại phiên họp riêng chiều qua 17.5, Ủy ban Thường vụ Quốc hội đã quyết định đưa vào chương trình kỳ họp "
            "nội dung tách dự án.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "Ủy ban Thường vụ Quốc hội"


# A provincial council's session: the council does its business after another lead sentence's frame (`Tham dự kỳ họp
# có …` then `Tại Kỳ họp, Hội đồng nhân dân tỉnh đã nghe …`); a deputy's `Đại biểu Quốc hội khóa XV` holds nothing.
def test_the_council_deliberating_at_the_session_holds_it() -> None:
    text = ("Tham dự kỳ họp có các đồng chí lãnh đạo tỉnh và đồng chí Nguyễn Văn Lâm, Đại biểu Quốc hội khóa XV.\n"
            "Tại Kỳ họp, Hội đồng nhân dân tỉnh đã nghe và đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "Hội đồng nhân dân tỉnh"


# A portal's headline that is itself the lead's sentence, on the meeting's day, the body going straight on with
# `Đại hội đã …`: read as the first sentence when the body reports no meeting.
def test_a_headline_written_as_the_leads_sentence_reports_the_meeting() -> None:
    text = ("Đồng chí Chủ tịch Hội Lò Thị Mai đã đánh giá phong trào phụ nữ của xã nhiệm kỳ 2016 - 2021.\n"
            "Đại hội đã tập trung đánh giá khách quan những kết quả thực hiện Nghị quyết nhiệm kỳ 2016 - 2021.\n")
    article = make_article(text)
    assert extract_meeting(article) is None
    headed = dataclasses.replace(article, title="Ngày 20/4/2021 tại xã Tân Phú, Hội LHPN xã tổ chức Đại hội đại biểu "
                                                "phụ nữ xã Tân Phú lần thứ XXII, nhiệm kỳ 2021 - 2026")
    meeting = extract_meeting(headed)
    assert meeting is not None
    assert (meeting.kind, meeting.date) == ("đại hội", "2021-04-20")
    # a headline with no dateline is no lead
    plain = dataclasses.replace(article, title="Hội LHPN xã Tân Phú tổ chức Đại hội đại biểu phụ nữ lần thứ XXII")
    assert extract_meeting(plain) is None


# The holders of `do … tổ chức` may be several, and the way it is held may come first: the event is held, the news.
def test_an_event_held_by_several_partners_is_reported() -> None:
    text = ("Đây là chủ đề Hội thảo khoa học quốc tế lần thứ 15 theo hình thức trực tiếp và trực tuyến, do trường Đại học "
            "Kinh tế quốc dân phối hợp với Đại học Khon Kaen (Thái Lan) tổ chức hôm 16/6 tại Hà Nội.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.name == "Hội thảo khoa học quốc tế lần thứ 15"
    assert meeting.organizer == "trường Đại học Kinh tế quốc dân phối hợp với Đại học Khon Kaen (Thái Lan)"
    # past 80 characters `tổ chức` must be the holding verb, not a noun of the remit (22325897)
    from core.extract.meetings import _HELD_BY_AFTER_RE

    assert _HELD_BY_AFTER_RE.match("do Đoàn khảo sát của Ban chỉ đạo Nhà nước do Phó Thủ tướng Vương Minh Huệ dẫn "
                                   "đầu về việc xây dựng Đề án đổi mới cơ chế quản lý, tổ chức hệ thống") is None


# A number that names the item whose price follows (21493510 `WS 858 giá 410.000 đồng`, 22696039 `loại size 9 giá
# 450.000 đồng/kg`, 22636669 `gà ri lai máu 3/4 giá khoảng 60.000 đồng/kg`, a rice variety `OM 380 giá 5.300`).
def test_a_number_naming_the_item_priced_is_no_count() -> None:
    found = extract_statistics(["Đài thơm 8 giá 5.700 - 5.800 đồng/kg; OM 380 giá 5.300 đồng/kg; gà ri lai máu 3/4 giá "
                                "khoảng 60.000 đồng/kg."])
    assert [(s.text, s.value, s.unit) for s in found] == [
        ("5.700 - 5.800 đồng/kg", 5700, "VND"), ("5.700 - 5.800 đồng/kg", 5800, "VND"), ("5.300 đồng/kg", 5300, "VND"),
        ("khoảng 60.000 đồng/kg", 60000, "VND")]
    # price levels with no figure after them stay as they are
    assert [(s.value, s.unit) for s in extract_statistics(["Giá lợn hơi đã tăng thêm 2 giá."])] == [(2, "giá")]


# A speech as a portal prints it: its salutations first (`- Kính thưa đồng chí X, Ủy viên Bộ Chính trị, Thủ tướng Chính
# phủ;`), then the occasion (`Hôm nay, … long trọng tổ chức Lễ khánh thành …`). The lead starts after them and the
# people greeted attend; one salutation alone (an interview's question) changes nothing.
def test_a_speechs_salutations_open_no_lead_and_the_greeted_attend() -> None:
    text = ("- Kính thưa đồng chí Trần Văn Long, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ;\n"
            "- Kính thưa đồng chí Lò Thị Hoa, Phó Chủ tịch Quốc hội;\n"
            "- Kính thưa các quý vị đại biểu, các vị khách quý\n"
            "- Thưa các đồng chí, đồng bào\n"
            "- Thưa toàn thể cán bộ, công nhân viên\n"
            "Hôm nay, trong không khí vui mừng, Tập đoàn Điện lực Việt Nam phối hợp với các bộ, ngành long trọng tổ chức "
            "Lễ khánh thành Công trình thủy điện Bản Mường.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.name) == ("lễ", "Lễ khánh thành Công trình thủy điện Bản Mường")
    assert [(p.name, p.titles) for p in meeting.attendees] == [
        ("Trần Văn Long", ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]), ("Lò Thị Hoa", ["Phó Chủ tịch Quốc hội"])]


# A capitalised `Về` glued inside a title opens the next sentence (22495012 `… kiêm Trưởng đoàn ĐBQH tỉnh Yên Bái Về
# thông tin nhiều cơ quan …`): the title ends before it.
def test_a_glued_ve_ends_the_title() -> None:
    from core.extract.people import find_people

    found = find_people("ĐBQH Trần Văn Thống, Phó Bí thư Tỉnh ủy, kiêm Trưởng đoàn ĐBQH tỉnh Yên Bái Về thông tin nhiều "
                        "cơ quan thừa cấp phó, xin được báo cáo.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Trần Văn Thống", ["ĐBQH", "Phó Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh Yên Bái"])]


# `số N` after standing or a place in a ranking with no scope written (22340953 `Facebook hiện đứng số 1 về doanh thu
# trực tuyến`, 22378722 `VietinBank giữ vững ngôi vị số 1`, 22416572 `Budweiser xếp số 1 trong ngành bia`).
def test_standing_number_n_is_a_rank() -> None:
    found = extract_statistics(["Facebook hiện đứng số 1 về doanh thu; VietinBank giữ vững ngôi vị số 2."])
    assert [(s.text, s.kind, s.value) for s in found] == [("đứng số 1", "rank", 1), ("ngôi vị số 2", "rank", 2)]
    # a number after `số` alone stays as it was (a name's or an address's)
    assert extract_statistics(["Anh sống ở nhà số 5 phố Huế."]) == []


# A foreign holder's three-word name after a body's words (21473036 `Bộ trưởng Nội vụ Bruno Le Roux`, 22385997 `Bộ
# trưởng Kinh tế Manuel Caldeira Cabral`, audit85 a026 `Bộ trưởng … Thương mại Maria Luisa Poncela`), not a firm's name's
# end (`Golf Long Thành`, `SpaceX Elon Musk`); and more countries of PLACES (22567967 `Bộ trưởng An ninh Mali Salif
# Traore`).
def test_a_three_word_foreign_name_after_a_bodys_words() -> None:
    from core.extract.people import find_people

    def people(text: str) -> list[tuple[str, list[str]]]:
        return [(m.person.name, m.person.titles) for m in find_people(text)]

    assert people("Có Bộ trưởng Kinh tế Manuel Caldeira Cabral.") == [("Manuel Caldeira Cabral", ["Bộ trưởng Kinh tế"])]
    assert people("Có Bộ trưởng An ninh Mali Salif Traore.") == [("Salif Traore", ["Bộ trưởng An ninh Mali"])]
    assert people("Ông Lê Văn Kiểm, Chủ tịch HĐQT CTCP Đầu tư và Kinh doanh Golf Long Thành phát biểu.") == [
        ("Lê Văn Kiểm", ["Chủ tịch HĐQT CTCP Đầu tư và Kinh doanh Golf Long Thành"])]


# A list of people over `;` whose last item is a group with no name, ending on the list's attending verb (22666319
# `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội X; Chủ tịch UBND thành phố Hà Nội Y; đại diện các cơ quan Trung ương và
# Hà Nội đã dự phiên khai mạc`): the whole list attends.
def test_a_list_closed_by_a_group_and_its_attending_verb_attends() -> None:
    text = ("Sáng 3/7, HĐND thành phố Hà Nội khai mạc Kỳ họp thứ 4.\n"
            "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải; Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Chung; "
            "đại diện các cơ quan Trung ương và Hà Nội đã dự phiên khai mạc.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [p.name for p in meeting.attendees] == ["Hoàng Văn Hải", "Nguyễn Văn Chung"]
    # a group that does something else closes no list
    text = text.replace("đã dự phiên khai mạc", "đã phát biểu ý kiến về ngân sách")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.attendees == []


# A congress of delegates carries its body after `đại biểu (toàn quốc)`, its term none of it (`Đại hội đại biểu toàn
# quốc Ủy ban Olympic Việt Nam nhiệm kỳ VI (2021-2026)`, a portal's page; the gold of the web sets never keeps the term).
def test_a_congress_of_delegates_carries_its_body() -> None:
    for text, body in (
            ("Ngày 18/11, tại Hà Nội đã diễn ra Đại hội đại biểu toàn quốc Ủy ban Olympic Việt Nam nhiệm kỳ VI (2021-2026).",
             "Ủy ban Olympic Việt Nam"),
            ("Sáng 10/10, Đại hội đại biểu Đảng bộ tỉnh Bình Dương nhiệm kỳ 2020-2025 lần thứ XI đã khai mạc.",
             "Đảng bộ tỉnh Bình Dương")):
        meeting = extract_meeting(make_article(text + "\n"))
        assert meeting is not None
        assert meeting.organizer == body


# Handing prizes over (22573693 `Trưởng Ban Tuyên giáo Trung ương X và Bí thư thứ nhất Trung ương Đoàn Y trao giải nhất
# cho các tác giả`), and to a person honoured in his own right (22708608 `trao tặng Huân chương Lao động hạng Nhì cho cá
# nhân đồng chí Z - Chủ tịch HĐQT`): who hands and who receives attend.
def test_who_hands_prizes_over_and_who_receives_them_attend() -> None:
    text = ("Sáng 5/6, Ban Tuyên giáo Trung ương tổ chức lễ trao giải báo chí toàn quốc.\n"
            "Trưởng Ban Tuyên giáo Trung ương Võ Văn Thành và Bí thư thứ nhất Trung ương Đoàn Lê Quốc Hùng trao giải nhất "
            "cho các tác giả đạt giải.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [p.name for p in meeting.attendees] == ["Võ Văn Thành", "Lê Quốc Hùng"]
    text = ("Sáng 8/7, Công ty CP Licogi 16 tổ chức lễ kỷ niệm 35 năm thành lập.\n"
            "Thứ trưởng Bộ Xây dựng Bùi Văn Khánh trao tặng Huân chương Lao động hạng Nhì cho cá nhân đồng chí Phạm Gia "
            "Long - Chủ tịch HĐQT.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [p.name for p in meeting.attendees] == ["Bùi Văn Khánh", "Phạm Gia Long"]


# A short page folded in its source: few lines, its headline and a line or two past the width, most lines ending
# under a sharp edge (web40 w028). Its paragraphs are read back, not left as captions.
def test_a_short_page_folded_in_its_source_is_read_back() -> None:
    from core.clean.unwrap import unwrap_lines

    raw = ("Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Quảng Nam tổ chức hội nghị sơ kết.\n\n"
           "Thực hiện kế hoạch liên tịch số 22/KH-TA ngày 09/4/2021 của Viện kiểm sát nhân\n"
           "dân và Tòa án nhân dân tỉnh Quảng Nam. Về việc sơ kết 03 năm thực hiện Quy chế\n"
           "phối hợp số 01/QCPH-VKS-TA ngày 09/4/2018 giữa VKSND và TAND tỉnh Quảng\n"
           "Nam trong việc tổ chức phiên tòa rút kinh nghiệm theo yêu cầu cải cách Tư pháp\n"
           "(09/4/2018-09/4/2021). Sáng ngày 11/9/2021, Liên ngành Viện kiểm sát nhân dân và\n"
           "Tòa án nhân dân tỉnh Quảng Nam đã tiến hành tổ chức hội nghị liên ngành với nội\n"
           "dung trên.\n"
           "Liên ngành Tòa án nhân dân và Viện kiểm sát nhân dân huyện Duy Xuyên đã tham\n"
           "dự điểm cầu trực tuyến tại VKSND huyện Duy Xuyên. Dự Hội nghị có đồng chí\n"
           "Huỳnh Thị Hiền, Trưởng ban pháp chế Hội đồng nhân dân huyện, đồng chí Nguyễn\n"
           "Văn Tập, Viện trưởng VKSND huyện, đồng chí Nguyễn Minh Quốc, Chánh án Tòa\n"
           "án nhân dân huyện cùng toàn thể các đồng chí thẩm phán, kiểm sát viên của 2 đơn vị.\n"
           "Kết thúc hội nghị, sau khi nghe các ý kiến tham luận, lãnh đạo 2 ngành đã ký kết quy\n"
           "chế sửa đổi, bổ sung quy chế phối hợp trong việc tổ chức các phiên tòa rút kinh\n"
           "nghiệm theo yêu cầu cải cách tư pháp.\n"
           "Người viết: Võ Thị Tám\n"
           "CÓ THỂ BẠN QUAN TÂM\n"
           "Một số yêu cầu và giải pháp để thực hiện có hiệu quả công cuộc cải cách Tư pháp Hình sự ở Việt Nam hiện nay.\n"
           "Sau 20 năm thực hiện Nghị quyết số 49-NQ/TW, ngày 2-6-2005, của Bộ Chính trị …\n")
    text, width = unwrap_lines(raw)
    assert width is not None
    assert "Sáng ngày 11/9/2021, Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Quảng Nam đã tiến hành" in text
    assert "\nNgười viết: Võ Thị Tám" in text


# `tiến hành tổ chức` and `(long trọng) tổ chức khai mạc`: the subject holds the meeting, no manner word in its name.
def test_the_holder_before_tien_hanh_to_chuc_and_to_chuc_khai_mac() -> None:
    for text, body in (("Sáng ngày 11/9/2021, Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Bình Nam đã tiến "
                        "hành tổ chức hội nghị liên ngành với nội dung trên.",
                        "Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Bình Nam"),
                       ("Sáng ngày 18/6/2020, Đảng bộ huyện Hải Bình long trọng tổ chức khai mạc Đại hội đại biểu Đảng bộ "
                        "huyện lần thứ XXVII.", "Đảng bộ huyện Hải Bình")):
        meeting = extract_meeting(make_article(text + "\n"))
        assert meeting is not None
        assert meeting.organizer == body


# A `sẽ` after a meeting's name that presents another event plans that event (22304725 `Ban tổ chức vừa họp báo giới thiệu
# Triển lãm Ô tô Quốc tế Việt Nam … sẽ diễn ra từ ngày 25 đến 29-10`): the press conference is reported.
def test_a_plan_word_after_a_nested_event_plans_that_event() -> None:
    text = ("Ngày 20/9, tại Hà Nội, Bộ VHTTDL đã phối hợp với tỉnh Lào Cai tổ chức họp báo giới thiệu các hoạt động trong "
            "Ngày hội Văn hóa các dân tộc vùng Tây Bắc lần thứ XIII sẽ diễn ra tại tỉnh Lào Cai.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    # a meeting of its own that will be held stays a plan
    text = "Hội nghị xúc tiến đầu tư vào tỉnh Lào Cai lần thứ XIII sẽ diễn ra tại tỉnh Lào Cai vào tháng tới.\n"
    assert extract_meeting(make_article(text)) is None


# A speech printed after the lead that tells where it was given: the people its salutations greet attend; the session's
# body after a bracketed aside holds it (web40 w018's shape).
def test_salutations_after_the_lead_and_a_sessions_body_after_an_aside() -> None:
    text = ("Tại Kỳ họp thứ 12 (Kỳ họp thường lệ cuối năm 2022), HĐND tỉnh khóa XVII, nhiệm kỳ 2021 - 2026, đồng chí "
            "Nguyễn Văn Toàn, Phó Chủ tịch UBND tỉnh trình bày Báo cáo tóm tắt tình hình kinh tế - xã hội.\n"
            "Kính thưa đồng chí Nguyễn Phi Hùng, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy,\n"
            "Kính thưa đồng chí Lê Thị Hà, Phó Chủ nhiệm Ủy ban Tài chính – Ngân sách của Quốc hội,\n"
            "Kính thưa các vị đại biểu,\n"
            "Năm 2022, kinh tế của tỉnh tăng trưởng khá.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "HĐND tỉnh khóa XVII"
    assert [p.name for p in meeting.attendees] == ["Nguyễn Văn Toàn", "Nguyễn Phi Hùng", "Lê Thị Hà"]


# In a folded page a line that ends on a word no sentence ends on (a classifier, a preposition) goes on, whatever the
# next line opens with (web40 w009 `… tổ chức buổi` / `Hội nghị Đại biểu HĐND tỉnh tiếp xúc cử tri …`).
def test_a_folded_line_ending_on_a_dangling_word_goes_on() -> None:
    from core.clean.unwrap import unwrap_lines

    raw = ("07/08/2024\n"
           "Tiếp xúc cử tri\n"
           "Vào ngày 05/8/2024 tại Hội trường UBND xã tổ chức buổi\n"
           "Hội nghị Đại biểu HĐND tỉnh tiếp xúc cử tri sau kỳ họp thường lệ giữa năm 2024.\n"
           "Về tiếp xúc cử tri có Đại biểu HĐND tỉnh ông Trần Văn Toàn về tiếp xúc cử tri\n"
           "tại xã Hồng Phú và có hơn 50 cử tri tham dự. Tại buổi tiếp xúc, cử tri xã\n"
           "đã được nghe Đại biểu HĐND tỉnh thông báo dự kiến nội dung, thời gian tổ chức kỳ\n"
           "họp thường lệ giữa năm 2024 của HĐND tỉnh. Trên tinh thần tập trung dân\n"
           "chủ, cử tri xã cũng có một số ý kiến liên quan đến công tác quản lý đất\n"
           "đai, chế độ chính sách. Một số ý kiến, kiến nghị của cử tri đã được lãnh\n"
           "đạo UBND xã, Đại biểu HĐND tỉnh trả lời, giải đáp tại buổi tiếp xúc cử tri.\n")
    text, width = unwrap_lines(raw)
    assert width is not None
    assert "Vào ngày 05/8/2024 tại Hội trường UBND xã tổ chức buổi Hội nghị Đại biểu HĐND tỉnh" in text
    assert text.split("\n")[1] == "Tiếp xúc cử tri"


# A congress's subcommittee holds its own meeting, the congress's name in its own (web40 w026's shape).
def test_a_congress_subcommittee_holds_its_meeting() -> None:
    text = ("Chiều ngày 21/11/2024, Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XX tổ chức cuộc họp (lần 3) để tiếp "
            "tục thảo luận dự thảo báo cáo chính trị.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XX"
