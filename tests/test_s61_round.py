"""The 6 Dec forty-fifth round: rules found by reading what prec66, stat63, audit109, audit110 and the web pages gathered
this round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by
their id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A ceremony's act held with no event noun, in a lead sentence that writes its day (baomoi 21510710 `tổ chức công bố`,
# 21511476 `tổ chức đón nhận`, 22750523 `tổ chức biểu dương`): the ceremony, a `lễ`, held by the body before the verb.
def test_a_ceremony_told_by_its_act_is_a_meeting() -> None:
    for lead, organizer in (
        ("Sáng 10-2, tại bệnh viện Nhi đồng Thành phố, Sở Y tế Thành phố đã tổ chức công bố \"Giải thưởng chất lượng "
         "khám chữa bệnh\". Giám đốc Sở Y tế Nguyễn Tấn Bỉnh phát biểu.", "Sở Y tế Thành phố"),
        ("Ngày 1/8, tại UBND xã Quảng Trực, Hội LHPN tỉnh Đắk Nông tổ chức bàn giao nhà tình nghĩa cho 3 hộ nghèo. Đến dự "
         "có đồng chí Hà Thị Hạnh, Trưởng Ban Dân vận tỉnh.", "Hội LHPN tỉnh Đắk Nông"),
    ):
        meeting = extract_meeting(make_article(lead + "\n"))
        assert meeting is not None and meeting.kind == "lễ", lead
        assert meeting.organizer == organizer


# Not a running total (baomoi 21481160 `Tính đến sáng ngày 6/2/2017, Vietlott đã tổ chức trao thưởng cho 11 khách
# hàng`), a sentence past the lead's first two, nor a lead with no day (baomoi 21494858).
def test_a_ceremony_act_without_its_day_or_as_a_total_is_no_meeting() -> None:
    for text in (
        "Tính đến sáng ngày 6/2/2017, Công ty Xổ số điện toán đã tổ chức trao thưởng cho 11 khách hàng may mắn. Còn 3 "
        "khách hàng chưa đến nhận thưởng.",
        "Trong dịp Tết, LĐLĐ tỉnh đã tổ chức bàn giao 4 Mái ấm Công đoàn cho người lao động. Các công đoàn cơ sở cũng "
        "trao quà cho công nhân.",
        "Giá điện tăng từ tháng 7. Người dân lo lắng về hóa đơn. Được biết, sáng 4/5, Thanh tra thành phố đã tổ chức "
        "công bố quyết định thanh tra tại công ty điện lực.",
    ):
        assert extract_meeting(make_article(text + "\n")) is None, text


# A price's base the slash writes as a word of two syllables is the whole word (stat63 `17.800 đồng/cổ phiếu` read as
# `đồng/cổ`; baomoi 21469383 `15-17 triệu đồng/sản phẩm`), not a period or a weight of gold standing alone before the
# next word (`/tháng năm 2017`, `/lượng cả ở chiều mua`).
def test_a_price_base_of_two_syllables_is_read_whole() -> None:
    from core.extract.statistics import extract_statistics

    for sentence, text in (
        ("VCG trở về mức giá 17.800 đồng/cổ phiếu.", "17.800 đồng/cổ phiếu"),
        ("Học phí là 4.500.000 đồng/học sinh mỗi năm.", "4.500.000 đồng/học sinh"),
        ("Phí tăng lên 100.000 đồng/hành khách từ tháng 7.", "100.000 đồng/hành khách"),
        ("Giá vàng giảm 250.000 đồng/lượng cả ở chiều mua vào.", "250.000 đồng/lượng"),
        ("Lương tối thiểu là 3,75 triệu đồng/tháng năm 2017.", "3,75 triệu đồng/tháng"),
        ("Giá xăng tăng 8.000 đồng/lít xăng.", "8.000 đồng/lít"),
    ):
        stats = [s for s in extract_statistics([sentence]) if s.kind == "money"]
        assert [s.text for s in stats] == [text], sentence


# `âm` before a sum of money writes it below zero (stat63 `lợi nhuận sau thuế … là âm 1.767,75 tỷ đồng`, baomoi
# `Công ty … âm 34,5 tỷ đồng`), as before a percent or a temperature.
def test_am_before_money_is_a_negative_sum() -> None:
    from core.extract.statistics import extract_statistics

    stats = extract_statistics(["Lợi nhuận sau thuế chưa phân phối là âm 1.767,75 tỷ đồng, trong khi vốn góp là 1.446 tỷ "
                                "đồng."])
    assert [(s.text, s.value) for s in stats] == [("âm 1.767,75 tỷ đồng", -1767750000000), ("1.446 tỷ đồng", 1446000000000)]


# A capitalised run right after a school's noun is the school's name, often a person's (baomoi `Phó Hiệu trưởng Trường
# Tiểu học Lý Tự Trọng`, `Trường Đại học Nông Lâm Thành phố Hồ Chí Minh`; web65 w009 `Trường Đại học Phạm Văn Đồng`):
# no person, and the title stays whole with the person before it. A run of five words and more holds the school's name
# and then its head's.
def test_a_school_named_after_a_person_is_no_person() -> None:
    from core.extract.people import find_people

    for sentence, expected in (
        ("Bà Hồ Thị Thu Hà, Phó Hiệu trưởng Trường Tiểu học Lý Tự Trọng, cho biết khoảng 13 giờ có tin báo.",
         [("Hồ Thị Thu Hà", ["Phó Hiệu trưởng Trường Tiểu học Lý Tự Trọng"])]),
        ("TS. Nguyễn Đăng Vũ - Hiệu trưởng Trường Đại học Phạm Văn Đồng phát biểu đề dẫn Hội thảo.",
         [("Nguyễn Đăng Vũ", ["TS.", "Hiệu trưởng Trường Đại học Phạm Văn Đồng"])]),
        ("Hiệu trưởng Trường THCS Lê Lợi Nguyễn Văn Hòa cho biết nhà trường đã chuẩn bị.",
         [("Nguyễn Văn Hòa", ["Hiệu trưởng Trường THCS Lê Lợi"])]),
    ):
        assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == expected, sentence


# An academician's degree joined to a professor's (baomoi `Theo GS-VS Phạm Gia Khánh`, web53 w009 `GS-VS Đặng Vũ Minh`)
# opens a name as `GS-TS` does; `VS` alone is `versus` and opens none.
def test_an_academicians_joined_degree_opens_a_name() -> None:
    from core.extract.people import find_people

    found = find_people("Chủ trì hội nghị có GS-VS Đặng Vũ Minh, Chủ tịch Liên hiệp hội.")
    assert [(m.person.name, m.person.titles[:1]) for m in found] == [("Đặng Vũ Minh", ["GS-VS"])]
    assert find_people("Trận đấu giữa MU VS Liverpool Chelsea diễn ra tối qua.") == []


# `Thực hiện chương trình (làm việc của)` frames the day's sitting of a session as `Tiếp tục chương trình` does (baomoi
# 22280269: the meeting was read from a caption's older session before; 22280034: none was read).
def test_carrying_out_a_sessions_programme_frames_its_sitting() -> None:
    meeting = extract_meeting(make_article(
        "Trung tâm báo chí vừa phát đi thông cáo: Thực hiện chương trình làm việc của phiên họp thứ 10, UBTVQH khóa XIV, "
        "chiều 15.5, UBTVQH đã tiến hành xem xét một số nội dung về công tác nhân sự.\nÔng Võ Văn Cự phát biểu tại Kỳ "
        "họp thứ 7 Quốc hội khóa XIII (Ảnh: Q.H) Căn cứ quy định tại khoản 2, Điều 38, UBTVQH đã quyết định.\n",
        published="2017-05-16",
    ))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.date == "2017-05-15"


# A live report stamps its entries in ISO form (baomoi 22259144 `• 2017-05-13 09:44 Cảnh cáo ông Thăng …`): the meeting's
# day and month written again there with a year give the year, as a day restated as `13/5/2017` does.
def test_a_live_reports_iso_stamp_restates_the_meetings_day() -> None:
    meeting = extract_meeting(make_article(
        "Sáng 13/5, Tổng bí thư Nguyễn Phú Trọng tiếp xúc cử tri hai quận Ba Đình, Tây Hồ.\n"
        "• 2017-05-13 09:44 Cử tri Vũ Hồng Toán nêu ý kiến về công tác cán bộ.\n"
        "• 2017-05-13 09:31 Cử tri Trần Quang Minh đề nghị xử lý nghiêm.\n"
    ))
    assert meeting is not None and meeting.kind == "tiếp xúc cử tri" and meeting.date == "2017-05-13"


# An award of year Y handed out in an article that writes Y + 1 is a ceremony of Y + 1 (baomoi 22500525 `Tối 9/6, tại Lễ
# trao giải "Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016"` and `năm 2017` later), as the gold dates such
# ceremonies; not an award launched (baomoi 22317136 `Phát động Giải báo chí … năm 2017`, its text writing 2018's
# ceremony).
def test_an_award_of_a_year_handed_out_the_next_is_dated_the_next() -> None:
    meeting = extract_meeting(make_article(
        "Tối 9/6, tại Lễ trao giải “Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016”, Vietjet được vinh danh.\n"
        "Trước đó, Vietjet cũng có tên trong danh sách 50 công ty niêm yết tốt nhất năm 2017.\n"
    ))
    assert meeting is not None and meeting.kind == "lễ" and meeting.date == "2017-06-09"
    launched = make_article(
        "Sáng 19/5, tại Hà Nội, Ban Tổ chức Trung ương tổ chức họp báo phát động Giải báo chí Búa liềm vàng lần thứ 2 – "
        "năm 2017.\nLễ trao giải dự kiến diễn ra vào tháng 2/2018.\n"
    )
    meeting = extract_meeting(launched)
    assert meeting is not None and meeting.kind == "họp báo" and meeting.date == "2017-05-19"


# A body set to hold an event, its partners named between (baomoi 22286389 `Phó chủ tịch TP giao Sở Thông tin và Truyền
# thông khẩn trương phối hợp với Hiệp hội An toàn thông tin Việt Nam (VNISA) tổ chức buổi tọa đàm`): a request, no
# meeting held.
def test_a_directive_to_hold_an_event_past_its_partners_is_no_meeting() -> None:
    article = make_article(
        "Văn bản khẩn được Phó chủ tịch UBND TP ký ban hành sáng 16/5.\nCụ thể, Phó chủ tịch TP giao Sở Thông tin và "
        "Truyền thông khẩn trương phối hợp với Hiệp hội An toàn thông tin Việt Nam (VNISA) tổ chức buổi tọa đàm, cung "
        "cấp thông tin về mã độc.\n"
    )
    assert extract_meeting(article) is None


# Not a directive word that opens a longer word (web61 w018 `Ban Dân tộc tỉnh đã phối hợp với Sở Tư pháp, Phòng Cảnh sát
# giao thông, Chi cục … tổ chức Hội nghị phổ biến …`: `giao thông`, no `giao` of a task).
def test_a_directive_syllable_inside_a_word_sets_no_task() -> None:
    meeting = extract_meeting(make_article(
        "Trong 3 ngày, từ 13-15/10/2016, Ban Dân tộc tỉnh Thái Nguyên đã phối hợp với Sở Tư pháp, Phòng Cảnh sát giao "
        "thông, Chi cục Vệ sinh an toàn thực phẩm tỉnh và UBND huyện Phú Bình tổ chức Hội nghị phổ biến, giáo dục pháp "
        "luật cho 60 đại biểu.\n"
    ))
    assert meeting is not None and meeting.kind == "hội nghị"


# A later sentence that opens on its own day (past a subheading glued before it) and tells its subject attending an event
# of another kind opens that event's section (baomoi 22372206: the Secretariat's `cuộc họp`, then `Tiến hành kiểm điểm
# công tác cán bộ của Bình Định Ngày 25-5, Phó Thủ tướng X … đã dự hội nghị công bố quyết định kiểm tra …`, and its
# speakers after it): none of them is the meeting's.
def test_a_later_day_attending_another_event_holds_its_own_people() -> None:
    meeting = extract_meeting(make_article(
        "Hôm nay, Tổng Bí thư Nguyễn Phú Trọng đã chủ trì cuộc họp của Ban Bí thư.\nBan Bí thư đã thống nhất kỷ luật "
        "cảnh cáo ông Nguyễn Văn Thiện.\nThông báo của Văn phòng Trung ương Đảng nêu rõ như vậy.\nTiến hành kiểm điểm "
        "công tác cán bộ của Bình Định Ngày 25-5, Phó Thủ tướng Vương Đình Huệ, Trưởng đoàn Kiểm tra số 471 của Bộ Chính "
        "trị đã dự hội nghị công bố quyết định kiểm tra tại tỉnh.\nÔng Hồ Quốc Dũng, Chủ tịch UBND tỉnh Bình Định cho "
        "biết tỉnh sẽ thực hiện nghiêm chỉ đạo.\n"
    ))
    assert meeting is not None and meeting.kind == "cuộc họp"
    assert [p.name for p in meeting.chairs + meeting.attendees] == ["Nguyễn Phú Trọng"]


# A date with a byline beside it behind a separator mark (web63 w004 `22/06/2024 | Đoan Trang` under the headline): the
# page's date and its author, not a headline; a page clock's language links beside a date stay one line.
def test_a_date_and_byline_row_under_the_headline_is_read_as_both() -> None:
    from core.clean.lines import classify_lines

    page = ("Tin tức sự kiện\nThứ 7, Ngày 22/06/2024, 23:00\nBế mạc Lễ hội \"Mùa trái chín\" năm 2024\n"
            "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n22/06/2024 | Đoan Trang\n\n"
            "TTĐT - Tối 22-6, tại khu vực Cầu Ngang, phường Hưng Định, TP. Thuận An đã diễn ra bế mạc Lễ hội \"Mùa trái "
            "chín\" năm 2024 với sự tham gia của đông đảo nhân dân và du khách.\n\nTham dự Lễ bế mạc có bà Trương Thị Bích "
            "Hạnh, Trưởng Ban Tuyên giáo Tỉnh ủy, cùng lãnh đạo các sở, ban, ngành, địa phương.\n")
    result = classify_lines(page)
    assert result.title == "Bế mạc Lễ hội \"Mùa trái chín\" năm 2024"
    assert result.published == "2024-06-22" and result.authors == ["Đoan Trang"]


# A source's credit under the headline's date (web43 w002 `• Nguồn: Báo Sóc Trăng`) is never the headline.
def test_a_source_credit_is_never_the_headline() -> None:
    from core.clean.lines import classify_lines

    page = ("• Thành phố trên đường phát triển\n\nKỳ họp lần thứ 6, HĐND TP. Sóc Trăng thông qua 10 nghị quyết quan trọng\n\n"
            "14/07/2022 16:44 GMT +7\n  • Nguồn: Báo Sóc Trăng\n  • Thứ Năm, 14/07/2022 | 16:44\n\n"
            "STO - Ngày 14-7, tại UBND TP. Sóc Trăng, Thường trực HĐND TP. Sóc Trăng đã tổ chức kỳ họp thứ 6, HĐND TP. Sóc "
            "Trăng khóa XII, nhiệm kỳ 2021 - 2026, với sự tham dự của các đại biểu.\n\nSau khai mạc kỳ họp, các đại biểu "
            "được nghe thông qua các báo cáo về phát triển kinh tế - xã hội của thành phố.\n")
    assert classify_lines(page).title == "Kỳ họp lần thứ 6, HĐND TP. Sóc Trăng thông qua 10 nghị quyết quan trọng"


# A parliament's term goes with it past its bracketed acronym (baomoi 22582694 `kỳ họp thứ 3, Quốc hội (QH) khóa XIV đã bế
# mạc`), as RECORD.md writes `Kỳ họp thứ ba, Quốc hội khóa XIV` → `Quốc hội khóa XIV`.
def test_a_parliaments_term_goes_past_its_acronym() -> None:
    meeting = extract_meeting(make_article("Sau gần một tháng làm việc, sáng 21-6, kỳ họp thứ 3, Quốc hội (QH) khóa XIV đã bế "
                                           "mạc.\n"))
    assert meeting is not None and meeting.organizer == "Quốc hội (QH) khóa XIV"


# The ends of an anniversary's span in brackets date the day commemorated, which may lie ahead of the news (web65 w006:
# `Sáng ngày 20/10/2023, Đảng ủy phường tổ chức Họp mặt …` and `… kỷ niệm 95 năm ngày thành lập Đảng (03/02/1930 -
# 03/02/2025)`): no year of the article's, so the meeting's own full date stands; a full date of 2025 outside brackets
# still marks 2023 as history.
def test_an_anniversary_spans_end_is_not_the_articles_year() -> None:
    lead = "Sáng ngày 20/10/2023, Đảng ủy phường tổ chức Họp mặt kỷ niệm truyền thống các ngành xây dựng Đảng.\n"
    meeting = extract_meeting(make_article(lead + "Đồng chí A báo cáo kết quả thi đua chào mừng kỷ niệm 95 năm ngày thành "
                                                  "lập Đảng (03/02/1930 - 03/02/2025).\n"))
    assert meeting is not None and meeting.date == "2023-10-20"
    meeting = extract_meeting(make_article(lead + "Đồng chí A báo cáo về ngày 03/02/2025.\n"))
    assert meeting is not None and meeting.date is None
