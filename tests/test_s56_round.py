"""The 5 Dec fortieth round: rules found by reading what prec60, stat58, audit95 and the web pages gathered this round
show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id,
or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# The first of several deputies is an office (21488157 `Thứ trưởng thứ nhất Bộ Xây dựng Cuba Angel Vilaragut Montes de
# Oca`, 22644153 `Phó Thủ tướng thứ nhất … Igor Shuvalov`): its holder is named after it.
def test_the_first_deputy_is_an_office() -> None:
    assert _people("Thứ trưởng thứ nhất Bộ Ngoại giao Nga Vladimir Titov trả lời hãng thông tấn Itar Tass.") == [
        ("Vladimir Titov", ["Thứ trưởng thứ nhất Bộ Ngoại giao Nga"])]
    assert _people("Về phía Nga có Phó Thủ tướng thứ nhất Igor Shuvalov; Bộ trưởng Ngoại giao Sergey Lavrov.") == [
        ("Igor Shuvalov", ["Phó Thủ tướng thứ nhất"]), ("Sergey Lavrov", ["Bộ trưởng Ngoại giao"])]


# One side's list of attendees goes on over `;` when its first item's person is not read (22644153 `Về phía Nga có Phó
# Thủ tướng thứ nhất, Chủ tịch phân ban Nga, Ủy ban Liên chính phủ Việt Nam - Liên bang Nga Igor Shuvalov; Bộ trưởng
# Ngoại giao Sergey Lavrov; …`).
def test_a_side_list_goes_on_past_an_unread_first_item() -> None:
    text = ("Ngày 29-6, Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng thống Liên bang Nga Vladimir Putin tại điện "
            "Kremlin.\nVề phía Nga có Phó Thủ tướng thứ nhất, Chủ tịch phân ban Nga, Ủy ban Liên chính phủ Việt Nam - "
            "Liên bang Nga Igor Shuvalov; Bộ trưởng Ngoại giao Sergey Lavrov; Bộ trưởng Bộ Quốc phòng Sergey Shoigu và "
            "nhiều lãnh đạo các bộ, ngành.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    names = [p.name for p in meeting.attendees]
    assert "Sergey Lavrov" in names and "Sergey Shoigu" in names


# `tháng` before what reads as a day and a month makes a span of months (22354553 `khảo sát … thực hiện từ tháng
# 3-4/2017, được công bố tại Hội thảo …`): no day of the meeting; a day written so after `ngày` still is one.
def test_a_span_of_months_is_no_day() -> None:
    text = ("Đây là thông tin từ cuộc khảo sát thực hiện từ tháng 3-4/2017, được công bố tại Hội thảo Điều kiện lao động "
            "do Tổng LĐLĐVN tổ chức.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date is None
    meeting = extract_meeting(make_article(text.replace("từ tháng 3-4/2017", "ngày 3-4/2017")))
    assert meeting is not None and meeting.date == "2017-04-03"


# A portal's writer signs with the post held in a body after a dash, or after a label and a comma (`Đỗ Thuần – Bí thư
# Chi bộ Các cơ quan Đảng`, `Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã`, web read sets): the name is the author; writers
# listed over dashes stay writers.
def test_a_writer_signs_with_a_post() -> None:
    from core.clean.byline import read_byline

    def names(line: str) -> tuple[str, ...] | None:
        found = read_byline(line)
        return None if found is None else found.names

    assert names("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng") == ("Đỗ Thuần",)
    assert names("Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã") == ("Lò Văn Nguyên",)
    assert names("Tác giả:  Triệu Thị Hiền, Ban Dân tộc HĐND huyện Chợ Đồn") == ("Triệu Thị Hiền",)
    assert names("Trần Hoàng - Trường Phong - Nguyễn Hoàn") == ("Trần Hoàng", "Trường Phong", "Nguyễn Hoàn")
    assert names("Nguyễn Văn Bình, Công chức Văn hoá xã") is None


# A portal's accessibility bar between the date and the text (`Xem cỡ chữ`, `Tương phản chữ`, `Đọc bài viết`, `Từ viết
# tắt`, web51 w015) is no headline: the headline above the date is.
def test_an_accessibility_bar_is_no_headline() -> None:
    from core.clean.lines import classify_lines

    page = ("Báo cáo tình hình kinh tế - xã hội tháng 3 và quý I năm 2023 của tỉnh\n\nNgày 29/03/2023 - 13:45:00 | 746 lượt "
            "xem\nXem cỡ chữ\nTương phản chữ\nĐọc bài viết\nTừ viết tắt\n\nTại thời điểm tháng 3/2023, các tổ chức quốc tế "
            "đưa ra những nhận định khác nhau về tăng trưởng kinh tế thế giới năm 2023, trong đó nhiều tổ chức điều chỉnh "
            "tăng dự báo.\n")
    found = classify_lines(page)
    assert found.title == "Báo cáo tình hình kinh tế - xã hội tháng 3 và quý I năm 2023 của tỉnh"
    assert found.published == "2023-03-29T13:45:00+07:00"


# A headline line that ends on a whole date after a word no day follows carries the page's date (`Bí thư … làm việc với
# Cao su Tân Biên 09/04/2024`, web51 w010); after `ngày`, `tối`, `đến` … the date is the headline's own (baomoi
# `Thị trường cà phê, ca cao ngày 06/02/2017`).
def test_a_date_printed_after_the_headline_is_the_pages() -> None:
    from core.clean.lines import classify_lines

    body = ("\n\nNgày 5 và 6/4, ông Nguyễn Long Hải cùng đoàn công tác đã có buổi khảo sát kết quả một năm thực hiện quy "
            "định tại tỉnh Tây Ninh và Bình Phước, làm việc với các công ty cao su trên địa bàn.\n")
    found = classify_lines("Bí thư Đảng ủy Khối làm việc với Cao su Tân Biên 09/04/2024" + body)
    assert (found.title, found.published) == ("Bí thư Đảng ủy Khối làm việc với Cao su Tân Biên", "2024-04-09")
    found = classify_lines("Thị trường cà phê, ca cao ngày 06/02/2017" + body)
    assert (found.title, found.published) == ("Thị trường cà phê, ca cao ngày 06/02/2017", None)


# A headline's holder restated in full by the next sentence (`Hội đồng nhân dân xã tổ chức kỳ họp lần thứ 13` | `Sáng
# ngày 19/7/2024, Hội đồng nhân dân (HĐND) xã Hữu Định khóa XII, … đã tổ chức kỳ họp thứ 13`, web51 w004): the lead's.
def test_the_lead_restates_the_headlines_holder_in_full() -> None:
    text = ("Hội đồng nhân dân xã tổ chức kỳ họp lần thứ 13\nSáng ngày 19/7/2024, Hội đồng nhân dân (HĐND) xã Hữu Định "
            "khóa XII, nhiệm kỳ 2021 - 2026 đã tổ chức kỳ họp thứ 13, kỳ họp giữa năm 2024.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Hội đồng nhân dân (HĐND) xã Hữu Định khóa XII"


# `đ/c` after a number is comrades, not a price in đồng (21471121 `Trong đó có 2 đ/c được tặng HH 60 năm, 6 đ/c HH 55
# năm`; a district portal's `toàn Đảng bộ có 10 Đ/c đảng viên hoàn thành xuất sắc`, web51 w009).
def test_comrades_abbreviated_are_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Đảng bộ có 128 đ/c, sinh hoạt ở 11 chi bộ; toàn Đảng bộ có 10 Đ/c đảng viên hoàn "
                                "thành xuất sắc nhiệm vụ, giá vé 5.000 đ/người."])
    assert [(s.kind, s.value, s.unit) for s in found][:2] == [("count", 128.0, "đ/c"), ("count", 11.0, "chi bộ")]
    assert [(s.kind, s.value) for s in found][2:] == [("count", 10.0), ("money", 5000.0)]


# A market's breadth, the tickers that rose over those that fell (baomoi stock reports `Rổ này cũng có 11 mã tăng/14
# mã giảm`, audit95 a004): two counts.
def test_a_markets_breadth_is_two_counts() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["VN30-Index đang tăng 0,43% so với tham chiếu nhờ 21 mã tăng/7 mã giảm."])
    assert [(s.kind, s.value, s.of) for s in found] == [("percent", 0.43, None), ("count", 21.0, None),
                                                          ("count", 7.0, None)]


# A speech caption at a press conference, a fair or a course, or of two acts joined, is a caption (web41 w001, web47
# w011, web43 w008), kept with the page's captions, not its text.
def test_speech_captions_leave_the_text() -> None:
    from core.clean.lines import classify_lines

    lead = ("Sáng 12/3, Sở Khoa học và Công nghệ tỉnh tổ chức Hội thảo khoa học về tiềm năng phát triển du lịch nông "
            "nghiệp của tỉnh với sự tham dự của nhiều nhà khoa học.")
    caption = "PGS.TS. Đinh Ngọc Thức, Phó Trưởng phòng Quản lý khoa học phát biểu chỉ đạo và kết luận Hội thảo."
    more = ("Hội thảo đã nghe 12 tham luận của các nhà khoa học trong và ngoài tỉnh về những tiềm năng, cơ hội và thách "
            "thức của du lịch nông nghiệp.")
    found = classify_lines(f"Hội thảo về du lịch nông nghiệp\n\n{lead}\n\n{caption}\n\n{more}\n")
    assert caption not in found.paragraphs and found.captions == [caption]
    found = classify_lines(f"Họp báo về Hội báo toàn quốc\n\n{lead}\n\nBà Lê Mỹ Ái Linh phát biểu tại họp báo.\n\n{more}\n")
    assert found.captions == ["Bà Lê Mỹ Ái Linh phát biểu tại họp báo."]


# A sitting whose session the lead names with its legislature is the legislature's (22673415 `… vừa được HĐND thành phố
# Hà Nội thông qua trong phiên họp sáng nay (4/7)` | `… của kỳ họp thứ 4 HĐND thành phố Hà Nội`, web34 w018).
def test_a_sitting_of_a_named_session_is_the_legislatures() -> None:
    text = ("Một trong những vấn đề được cử tri quan tâm đã được kỳ họp thứ 11 HĐND tỉnh khóa XVII tiến hành chất vấn giám "
            "đốc Sở Nông nghiệp.\nTrả lời tại phiên chất vấn sáng 12-12, đồng chí Lê Đức Giang, Giám đốc Sở Nông nghiệp cho "
            "biết ngành đã triển khai nhiều giải pháp.\n")
    meeting = extract_meeting(make_article(text, published="2019-12-13"))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.organizer == "HĐND tỉnh khóa XVII"


# Bottlenecks, stops and service points are counted places, not marks (`Vẫn có 5 điểm nghẽn khiến cho thị trường bất
# động sản chưa …`, audit97 a017; baomoi `21 điểm dừng xe`).
def test_points_that_are_places_are_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Vẫn có 5 điểm nghẽn khiến thị trường chưa phát triển, tương đương 21 điểm dừng xe."])
    assert [(s.kind, s.value, s.unit) for s in found] == [("count", 5.0, "điểm nghẽn"), ("count", 21.0, "điểm dừng xe")]


# The agent of `được X tổ chức` before the event holds it (21491402, audit97 a006 `3 vị khách may mắn … vừa được Công ty Xổ
# số điện toán Việt Nam (Vietlott) tổ chức trao giải`), not the sentence's subject.
def test_the_passives_agent_holds_the_event() -> None:
    text = ("3 vị khách may mắn trong những lần quay thưởng đầu năm 2017 vừa được Công ty Xổ số điện toán Việt Nam "
            "(Vietlott) tổ chức trao giải, với tổng giá trị gần 127 tỷ đồng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Công ty Xổ số điện toán Việt Nam (Vietlott)"


# A match table after a scoreline both sides of which share one text (`Bồ Đào Nha 0-0 Chile … 12(3) Sút khung thành
# (trúng đích) 10(2) 7 Phạm lỗi 11 …`, stat58): the table's counts are read, a label's bracketed note too.
def test_a_match_table_after_a_drawn_score_is_read() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Tỷ số: Bồ Đào Nha 0-0 Chile Thông số trận đấu 12(3) Sút khung thành (trúng đích) 10(2) "
                                "7 Phạm lỗi 11 5 Phạt góc 4"])
    assert [s.value for s in found] == [0.0, 0.0, 12.0, 3.0, 10.0, 2.0, 7.0, 11.0, 5.0, 4.0]
    assert [s.unit for s in found][2:] == ["sút khung thành"] * 4 + ["phạm lỗi"] * 2 + ["phạt góc"] * 2


# A span's second year after an en dash set off by spaces is no year the meeting is held in (`Hội nghị Tổng kết … giai
# đoạn 2021-2023 và định hướng 2024 – 2025` on `16/01`, web53 w008, was dated 2025).
def test_a_spans_second_year_after_a_spaced_dash_dates_nothing() -> None:
    text = ("Sáng ngày 16/01, Trường Đại học Tây Nguyên tổ chức Hội nghị Tổng kết hoạt động khoa học giai đoạn 2021-2023 "
            "và định hướng 2024 – 2025.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date is None
    meeting = extract_meeting(make_article(text.replace("định hướng 2024 – 2025", "kế hoạch năm 2024")))
    assert meeting is not None and meeting.date == "2024-01-16"


# The manner word before the holding verb is no part of a partner's name (`UBND xã Ea H’Leo phối hợp với Ủy ban MTTQ Việt
# Nam xã long trọng tổ chức Hội nghị …`, web53 w013; 22605233 `… phối hợp với Bộ KH&CN vừa long trọng tổ chức Lễ mít
# tinh …`).
def test_a_manner_word_ends_the_partner() -> None:
    text = ("Sáng 12/9, UBND xã Ea H’Leo phối hợp với Ủy ban MTTQ Việt Nam xã long trọng tổ chức Hội nghị tuyên dương "
            "điển hình tiên tiến lần thứ I.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "UBND xã Ea H’Leo phối hợp với Ủy ban MTTQ Việt Nam xã"


# A headline closed by a full stop right above the page's date may open on a count (`5 huyện cụm thi đua số 2 tỉnh Đắk
# Lắk: Hội nghị tổng kết … năm 2019.` / `Cập nhật lúc: 07:11 19/02/2019`, web53 w002).
def test_a_dotted_headline_may_open_on_a_count() -> None:
    from core.clean.lines import classify_lines

    head = "5 huyện cụm thi đua số 2 tỉnh Đắk Lắk: Hội nghị tổng kết công tác thi đua năm 2018."
    page = (f"{head}\n\nCập nhật lúc: 07:11 19/02/2019\n\nChiều ngày 18/02/2019, các huyện thuộc cụm thi đua số 2 tỉnh "
            "Đắk Lắk đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018 và phương hướng nhiệm vụ năm "
            "2019 với sự tham dự của lãnh đạo các huyện.\n")
    found = classify_lines(page)
    assert (found.title, found.published) == (head, "2019-02-19T07:11:00+07:00")


# The event as the subject right after the dateline, the day's hour before it and the place's province after a comma
# (`8h00 ngày 17/12, tại Trung tâm Văn hóa Kinh Bắc, tỉnh Bắc Ninh, Hội thảo Văn hóa 2022 … chính thức khai mạc`, web53
# w019, where a background congress the body names was taken for the meeting).
def test_the_event_opening_after_an_hour_and_a_province() -> None:
    text = ("8h00 ngày 17/12, tại Trung tâm Văn hóa Kinh Bắc, tỉnh Bắc Ninh, Hội thảo Văn hóa 2022 với chủ đề: ‘’Thể chế, "
            "chính sách và nguồn lực cho phát triển văn hóa’’ chính thức khai mạc.\nCác đại biểu đề xuất giải pháp theo "
            "mục tiêu của Nghị quyết Đại hội lần thứ XIII của Đảng và tinh thần chỉ đạo tại Hội nghị Văn hóa toàn quốc.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.date, meeting.part_of_day) == ("hội thảo", "2022-12-17", "sáng")


# A visitor's courtesy call told with its day (`hôm qua ngày 11/01/2021 Đại sứ … đã đến chào xã giao Lãnh đạo tỉnh`, web53
# w014) is a meeting; one listed in a trip's programme with no day is not (baomoi `Trong thời gian ở thăm, Thứ trưởng …
# đã chào xã giao Bộ trưởng Ngoại giao Brazil …`).
def test_a_dated_courtesy_call_is_a_meeting() -> None:
    text = ("Nhân dịp nhận nhiệm vụ tại Việt Nam, hôm qua ngày 11/01/2021 Đại sứ Lào tại Việt Nam Sengphet Houngboungnuang "
            "đã đến chào xã giao Lãnh đạo tỉnh và tham quan các điểm du lịch.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.date) == ("cuộc gặp", "2021-01-11")
    text = ("Trong thời gian ở thăm, Thứ trưởng Hà Kim Ngọc đã chào xã giao Bộ trưởng Ngoại giao Brazil Eloysio Nunes "
            "Ferreira.\n")
    assert extract_meeting(make_article(text)) is None


# The part of a year a plan or an adopted programme names is the programme's, not the present year (22350352, prec61 B05:
# `Theo Tờ trình về dự kiến Chương trình giám sát của Quốc hội năm 2018, tại kỳ họp thứ 5, Quốc hội xem xét … những tháng
# đầu năm 2018` dated a May 2017 session 2018).
def test_a_programmes_part_of_a_year_is_no_present_year() -> None:
    lead = ("Sáng 23/5, tại Kỳ họp thứ 3, Quốc hội khóa XIV nghe Tờ trình về dự kiến Chương trình giám sát của Quốc hội "
            "năm 2018.\n")
    body = ("Tại kỳ họp thứ 5, Quốc hội xem xét tình hình thực hiện kế hoạch phát triển kinh tế-xã hội những tháng đầu năm "
            "2018.\n")
    meeting = extract_meeting(make_article(lead + body))
    assert meeting is not None and meeting.date is None
    body = "Quốc hội đánh giá tình hình thực hiện kế hoạch phát triển kinh tế-xã hội những tháng đầu năm 2017.\n"
    meeting = extract_meeting(make_article(lead.replace("dự kiến ", "") + body))
    assert meeting is not None and meeting.date == "2017-05-23"


# `X này` is no stronger than the mention it points back to (22738438, prec61 A07: `… cuộc gặp cấp Bộ trưởng được diễn
# ra vào hồi tháng 5 vừa qua tại Việt Nam, khẳng định rằng tại cuộc gặp này đã thu được …`), and the lead's event opening
# after its day and a place with its country is the news (`Ngày 12/7, tại tỉnh Kanagawa, Nhật Bản, cuộc gặp giữa …`).
def test_a_recalled_meeting_pointed_back_to_is_not_the_news() -> None:
    text = ("Ngày 12/7, tại tỉnh Kanagawa, Nhật Bản, cuộc gặp giữa đại diện cấp cao 11 nước tham gia Hiệp định TPP đã được "
            "tiến hành.\nNhật Bản cũng đã đề cập đến kết quả của cuộc gặp cấp Bộ trưởng được diễn ra vào hồi tháng 5 vừa "
            "qua tại Việt Nam, khẳng định rằng tại cuộc gặp này đã thu được những kết quả khả quan.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name is not None and meeting.name.startswith("cuộc gặp giữa đại diện cấp cao")


# A city abbreviated with its dot before its name goes on the holder's name after `do` (22420961, prec61 A23: `… do Sở
# Công Thương Tp. Hồ Chí Minh phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (Jetro) tổ chức`; 22626911 `… do UBND
# TP. Đà Nẵng tổ chức`).
def test_a_city_abbreviated_with_a_dot_goes_on_the_holder() -> None:
    text = ("Ngày 27/6, buổi họp báo 6 tháng đầu năm 2017 do UBND TP. Đà Nẵng tổ chức đã thông tin về quy hoạch bán đảo "
            "Sơn Trà.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "UBND TP. Đà Nẵng"
