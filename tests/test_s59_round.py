"""The 5 Dec forty-third round: rules found by reading what prec64, stat61, audit103 and web59 (the web pages gathered
this round) show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by
their id, or written in the shape a portal's page gives."""
from core.clean.lines import classify_lines


# A portal that prints a report keeps its outline's headings (`1. Nông nghiệp`, `a) Trồng trọt`) between the date and the
# first paragraph: the headline is the line above them, not the heading nearest the text.
def test_an_outline_heading_above_the_first_paragraph_is_no_headline() -> None:
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH\n\n"
        "Báo cáo tình hình sản xuất nông nghiệp tháng 8 năm 2015\n\n"
        "28/08/2015 - 366 Lượt xem\n\n"
        "1. Nông nghiệp\n\n"
        "a) Trồng trọt\n\n"
        "Sản xuất nông nghiệp trong tháng tập trung chủ yếu vào công tác gieo cấy, chăm sóc lúa mùa và thu hoạch "
        "lúa hè thu ở các địa phương phía Nam, diện tích gieo cấy đạt khá so với cùng kỳ năm trước.\n"
    )
    result = classify_lines(page)
    assert result.title == "Báo cáo tình hình sản xuất nông nghiệp tháng 8 năm 2015"
    assert result.published is not None and result.published.startswith("2015-08-28")


def test_an_outline_heading_under_the_headline_is_no_byline() -> None:
    # (a portal's monthly report, `I. KINH TẾ` and `a. Trồng trọt` between the date and the text: read as its author once
    # the headline above it was found)
    page = (
        "Tình hình kinh tế - xã hội tháng 8 năm 2016 tỉnh Quảng Bình\n\n"
        "I. KINH TẾ\n\n"
        "a. Trồng trọt\n\n"
        "Sản xuất nông nghiệp trong tháng tập trung chủ yếu vào công tác gieo cấy, chăm sóc lúa mùa và thu hoạch "
        "lúa hè thu ở các địa phương, diện tích gieo cấy đạt khá so với cùng kỳ năm trước.\n"
    )
    result = classify_lines(page)
    assert result.title == "Tình hình kinh tế - xã hội tháng 8 năm 2016 tỉnh Quảng Bình"
    assert result.authors == []


def test_an_outline_heading_alone_above_the_text_is_still_its_headline() -> None:
    # no other line above reads as a headline: the heading is the best the page gives
    page = (
        "1. Tình hình sản xuất nông nghiệp\n\n"
        "Sản xuất nông nghiệp trong tháng tập trung chủ yếu vào công tác gieo cấy, chăm sóc lúa mùa và thu hoạch "
        "lúa hè thu ở các địa phương phía Nam, diện tích gieo cấy đạt khá so với cùng kỳ năm trước.\n"
    )
    assert classify_lines(page).title == "1. Tình hình sản xuất nông nghiệp"


# A foreign name set off after its title by a comma, the day of the statement between it and the verb (baomoi 22590689
# `Công tố viên Paris, Francois Molins ngày 22/6 cho biết …`; the same shape in `Người phát ngôn Điện Kremlin, Dmitry
# Peskov ngày 10/7 tuyên bố`): the titled person, read before as no one.
def test_a_title_comma_name_then_the_day_of_the_statement() -> None:
    from core.extract.people import find_people

    for sentence, name, title in (
        ("Người phát ngôn Điện Kremlin, Dmitry Peskov ngày 10/7 tuyên bố Nga sẵn sàng đối thoại.", "Dmitry Peskov",
         "Người phát ngôn Điện Kremlin"),
        ("Công tố viên Pháp, Francois Molins hôm 22-6 cho biết thủ phạm từng tới Thổ Nhĩ Kỳ.", "Francois Molins",
         "Công tố viên Pháp"),
        ("Người phát ngôn Chính phủ Đức, Steffen Seibert hôm qua nói như vậy.", "Steffen Seibert",
         "Người phát ngôn Chính phủ Đức"),
    ):
        people = [(m.person.name, m.person.titles) for m in find_people(sentence)]
        assert (name, [title]) in people, (sentence, people)


def test_a_country_before_the_day_of_a_statement_is_no_person() -> None:
    from core.extract.people import find_people

    assert find_people("Theo hãng thông tấn Yonhap, Hàn Quốc ngày 23/5 tuyên bố sẽ đáp trả.") == []


# A tour named by its price of nothing (baomoi 22365419 `… dẹp loạn "tour 0 đồng" của chính quyền tỉnh`, 22405093
# `những tuor du lịch 0 đồng đang làm méo mó …`): a kind of tour, no figure; a levy or a balance that came to nothing is
# one.
def test_a_tour_named_by_a_price_of_nothing_is_no_statistic() -> None:
    from core.extract.statistics import extract_statistics

    assert extract_statistics(["Tỉnh đã ra quân dẹp loạn “tour 0 đồng” trên địa bàn."]) == []
    assert extract_statistics(["Đặc biệt là những tuor du lịch 0 đồng đang làm méo mó hình ảnh du lịch."]) == []
    kept = extract_statistics(["Liên Bộ giữ nguyên mức chi sử dụng quỹ bình ổn ở mức 0 đồng/lít."])
    assert [(s.value, s.kind, s.unit) for s in kept] == [(0, "money", "VND")]


# An official named with the office's field after `quan chức` (baomoi 22234863 `bà Irma Wananka Tasti, quan chức cấp cao
# của Bộ Thương Mại Indonesia cho biết`, 22663363's `Hakan Fidan, quan chức tình báo hàng đầu`); the authorities
# (`cơ quan chức năng`) and unnamed officials name no one.
def test_an_official_is_titled_by_the_office_field() -> None:
    from core.extract.people import find_people

    people = [(m.person.name, m.person.titles) for m in find_people(
        "Bên lề cuộc họp, bà Irma Wananka Tasti, quan chức cấp cao của Bộ Thương mại Indonesia cho biết, ngành ô tô có "
        "nhiều tiềm năng.")]
    assert people == [("Irma Wananka Tasti", ["quan chức cấp cao của Bộ Thương mại Indonesia"])]
    people = [(m.person.name, m.person.titles) for m in find_people(
        "Theo Reuters, quan chức cảnh sát Pakistan Saqib Ismail cho biết một nhà ngoại giao đã bị bắn.")]
    assert people == [("Saqib Ismail", ["quan chức cảnh sát Pakistan"])]
    for sentence in ("Theo cơ quan chức năng tỉnh Bắc Chungcheong, vụ việc đang được điều tra.",
                     "Theo Bloomberg, quan chức Nhật Bản và Hàn Quốc nói tên lửa mới phóng thử là loại tầm trung."):
        assert find_people(sentence) == [], sentence


# A foreign name with no title opening its clause before a verb of speaking, in a sentence about the meeting (baomoi
# 22286602 `Bob Iger đã chia sẻ trong cuộc họp với các nhân viên ABC`, 22590144 `"…", Jack Ma nói.`): the speaker; a
# firm's or an outlet's name in that place is none.
def test_a_foreign_name_before_a_verb_of_speaking_is_a_speaker() -> None:
    from core.extract.people import find_people

    def names(sentence: str, short: bool = True) -> list[str]:
        return [m.person.name for m in find_people(sentence, short=short)]

    assert names("Bob Iger đã chia sẻ trong cuộc họp với các nhân viên của hãng tại New York.") == ["Bob Iger"]
    assert names("“Con người sẽ thắng”, Jack Ma nói tại hội nghị diễn ra ở Detroit.") == ["Jack Ma"]
    for sentence in ("Kaspersky Lab cho biết, những giải thưởng này là bảo chứng cho chất lượng.",
                     "Tờ Mundo Deportivo cho biết đội bóng đang đàm phán.",
                     "Tạp Chí Forbes cho biết danh sách mới đã được công bố.",
                     "Manchester United cho biết họ sẽ không bán cầu thủ."):
        assert names(sentence) == [], sentence
    # outside the sentences about a meeting the bare name is not read
    assert names("Bob Iger đã chia sẻ trong cuộc họp với các nhân viên của hãng.", short=False) == []


# A line that opens on a form of address is a sentence or a caption, never a byline (a portal's photo caption cut after
# two words, `| Ông Tr`, under the text was read as the author).
def test_a_byline_never_opens_on_a_form_of_address() -> None:
    from core.clean.meta import parse_byline

    assert parse_byline("Ông Tr") is None
    assert parse_byline("Bà Nguyễn Thị Lan") is None
    assert parse_byline("Anh Dũng") == (["Anh Dũng"], False)  # a given name, no address
    assert parse_byline("Trần Hải") == (["Trần Hải"], False)


# A deputy in charge of a body (baomoi 22366959 `Theo Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT - BHXH Việt
# Nam Lê Văn Phúc, …`, 22618966 `ông Trần Văn Cường, Phó Giám đốc phụ trách Sở Nông nghiệp …`): the body is the office's.
def test_an_office_in_charge_of_a_body_keeps_the_body() -> None:
    from core.extract.people import find_people

    people = [(m.person.name, m.person.titles) for m in find_people(
        "Theo Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT Lê Văn Phúc, nhiều bệnh viện đã tách dịch vụ.")]
    assert people == [("Lê Văn Phúc", ["Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT"])]
    people = [(m.person.name, m.person.titles) for m in find_people(
        "Ông Trần Văn Cường, Phó Giám đốc phụ trách Sở Nông nghiệp và Phát triển nông thôn tỉnh cho rằng cần hỗ trợ.")]
    assert people == [("Trần Văn Cường", ["Phó Giám đốc phụ trách Sở Nông nghiệp và Phát triển nông thôn tỉnh"])]


# A list of co-chairs over `;` whose first item's office runs on past what the title grammar reads (a city's portal:
# `Các đồng chí: A, Ủy viên Bộ Chính trị, Trưởng Ban chỉ đạo Trung ương về xây dựng và phát triển thành phố Hải Phòng; B,
# …; C, … đồng chủ trì`): every item chairs.
def test_a_list_of_co_chairs_keeps_an_item_whose_office_runs_on() -> None:
    from core.extract.meetings import extract_meeting
    from tests.conftest import make_article

    meeting = extract_meeting(make_article(
        "Sáng 22/8/2018, tại Hải Phòng diễn ra hội thảo khoa học về phát triển thành phố. Các đồng chí: Nguyễn Văn "
        "Bình, Ủy viên Bộ Chính trị, Trưởng Ban chỉ đạo Trung ương về xây dựng và phát triển thành phố Hải Phòng; Lê "
        "Văn Thành, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Ngô Văn Tuấn, Phó trưởng Ban Kinh tế Trung ương đồng chủ "
        "trì.\n"))
    assert meeting is not None
    assert [p.name for p in meeting.chairs] == ["Nguyễn Văn Bình", "Lê Văn Thành", "Ngô Văn Tuấn"]


# A qualifier glued to its percentage (`gần4%`, the space lost in the crawl): read apart, but the statistic's text stays
# the sentence's own (the property test of test_statistics found `gần 4%` given for `gần4%`).
def test_a_glued_qualifier_keeps_the_sentence_text() -> None:
    from core.extract.statistics import extract_statistics

    sentence = "Tỷ lệ hộ nghèo còn gần4% trong năm nay."
    stats = extract_statistics([sentence])
    assert [(s.text, s.value, s.qualifier) for s in stats] == [("gần4%", 4.0, "about")]
    assert all(s.text in sentence for s in stats)


# The Government Inspector General as the press shortens the body (baomoi 22550234 `Tổng TTCP Phan Văn Sáu`, `Phó Tổng
# TTCP Nguyễn Đức Hạnh cho biết`): the office before the name.
def test_the_inspector_general_shortened() -> None:
    from core.extract.people import find_people

    people = [(m.person.name, m.person.titles) for m in find_people(
        "Ủy viên Trung ương Đảng, Tổng TTCP Đoàn Hồng Phong chủ trì hội nghị.")]
    assert people == [("Đoàn Hồng Phong", ["Ủy viên Trung ương Đảng", "Tổng TTCP"])]
    people = [(m.person.name, m.person.titles) for m in find_people("Phó Tổng TTCP Nguyễn Đức Hạnh cho biết như vậy.")]
    assert people == [("Nguyễn Đức Hạnh", ["Phó Tổng TTCP"])]


# A quotation's speaker named after the closing mark and a dash, the office set off by a comma and run on to the verb
# (baomoi 22604797 `“… bất khả thi” - ông Mai Văn Trinh, Cục trưởng Cục Khảo thí và kiểm định chất lượng giáo dục, Bộ
# GD&ĐT cho biết.`): the speaker, as when the person opens the sentence.
def test_a_quotation_speaker_after_a_dash_across_an_open_apposition() -> None:
    from core.extract.meetings import extract_meeting
    from tests.conftest import make_article

    meeting = extract_meeting(make_article(
        "Chiều 24/6, Bộ GD&ĐT tổ chức cuộc họp báo thông tin về kỳ thi. “Đây là điều bất khả thi” - ông Lê Văn Hải, "
        "Cục trưởng Cục Khảo thí và kiểm định chất lượng giáo dục, Bộ GD&ĐT cho biết.\n"))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Lê Văn Hải"]


# A conference named only as where a trip goes (baomoi 22450000 `Sáng 4/6, Thủ tướng … rời Hà Nội, lên đường thăm chính
# thức Nhật Bản và dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo từ ngày 4-8/6`): not yet held, the news is the
# leaving; a meeting held before the leaving stays.
def test_a_conference_a_trip_sets_out_for_is_no_meeting_yet() -> None:
    from core.extract.meetings import extract_meeting
    from tests.conftest import make_article

    assert extract_meeting(make_article(
        "Sáng 4/6, Thủ tướng và Phu nhân dẫn đầu Đoàn đại biểu cấp cao Việt Nam rời Hà Nội, lên đường thăm chính thức "
        "Nhật Bản và dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo từ ngày 4-8/6.\n")) is None
    meeting = extract_meeting(make_article("Trước khi lên đường, sáng 4/6, Thủ tướng đã chủ trì cuộc họp Chính phủ.\n"))
    assert meeting is not None and meeting.kind == "cuộc họp"


# Parts named by other nouns that add up exactly to the whole opening the sentence (baomoi 22654657 `Trong số 10 nạn nhân
# cấp cứu, vẫn còn 2 bệnh nhân …; 5 bệnh nhân khác …; 1 người … và 2 người khác …`, 21476209 `Trong tổng số 15 lần chạm
# trán tại đây, Atletico để thua đến 11 trận và hòa 4 trận còn lại`): each a part of the whole, the whole no statistic.
def test_parts_that_add_up_to_the_whole_are_its_parts() -> None:
    from core.extract.statistics import extract_statistics

    stats = extract_statistics(["Trong tổng số 15 lần chạm trán tại đây, đội khách thua 11 trận và hòa 4 trận còn lại."])
    assert [(s.value, s.of) for s in stats] == [(11, 15), (4, 15)]
    # parts that do not make up the whole, of another noun, stay apart
    stats = extract_statistics(["Trong số 10 nạn nhân, 3 bệnh nhân đã xuất viện."])
    assert [(s.value, s.of) for s in stats] == [(10, None), (3, None)]


# A rite held solemnly (a provincial sangha's page: `Ban Trị sự GHPGVN tỉnh Nghệ An trang nghiêm tổ chức Đại lễ Phật
# đản …`): the manner word is no part of the holder; and an office's tail ends before `tuyên đọc` (`…, Chánh Văn phòng Ban
# Trị sự GHPGVN tỉnh tuyên đọc Diễn văn …`).
def test_a_solemn_holder_and_reading_out() -> None:
    from core.extract.meetings import extract_meeting
    from core.extract.people import find_people
    from tests.conftest import make_article

    meeting = extract_meeting(make_article(
        "Tối 19/5, tại chùa Đại Tuệ, Ban Trị sự GHPGVN tỉnh Nghệ An trang nghiêm tổ chức Đại lễ Phật đản.\n"))
    assert meeting is not None and meeting.organizer == "Ban Trị sự GHPGVN tỉnh Nghệ An"
    people = [(m.person.name, m.person.titles) for m in find_people(
        "Sau đó, ông Nguyễn Văn An, Chánh Văn phòng UBND tỉnh tuyên đọc quyết định của Chủ tịch UBND tỉnh.")]
    assert people[0] == ("Nguyễn Văn An", ["Chánh Văn phòng UBND tỉnh"])


# A teacher's honour abbreviated with a dot before the degrees and the name (a university's page: `Về phía Nhà trường có:
# NGƯT. TS. Đinh Thanh Tâm - Bí thư Đảng ủy, …`): no sentence ends at its dot, and the person keeps it.
def test_a_teachers_honour_with_a_dot_ends_no_sentence() -> None:
    from core.extract.people import find_people
    from core.tokenize import split_sentences

    sentences = split_sentences(["Về phía Nhà trường có: NGƯT. TS. Lê Văn Hải - Bí thư Đảng ủy, Hiệu trưởng Nhà trường. "
                                 "Năm học mới bắt đầu."])
    assert len(sentences) == 2
    people = [(m.person.name, m.person.titles) for m in find_people(sentences[0])]
    assert people == [("Lê Văn Hải", ["NGƯT. TS.", "Bí thư Đảng ủy", "Hiệu trưởng Nhà trường"])]


# A Mass is a ceremony (a diocese's page: `Thánh lễ tấn phong diễn ra lúc 6 giờ sáng 05-04-2013, tại khuôn viên Tòa Giám
# Mục Xuân Lộc.`): the meeting its article reports, dated.
def test_a_mass_is_a_ceremony() -> None:
    from core.extract.meetings import extract_meeting
    from tests.conftest import make_article

    meeting = extract_meeting(make_article(
        "Thánh lễ tấn phong diễn ra lúc 6 giờ sáng 05-04-2013, tại khuôn viên Tòa Giám Mục Xuân Lộc.\n"))
    assert meeting is not None and (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2013-04-05", "sáng")


# A subheading glued before the sentence that ends on a place (baomoi 22443005 `Vai trò của Mỹ Thủ tướng Australia Malcolm
# Turnbull đã phát biểu khai mạc …`): the office after the place opens the person's title.
def test_an_office_right_after_a_glued_place() -> None:
    from core.extract.people import find_people

    for sentence, expected in (
        ("Vai trò của Mỹ Thủ tướng Australia Malcolm Turnbull đã phát biểu khai mạc Đối thoại Shangri-La.",
         ("Malcolm Turnbull", ["Thủ tướng Australia"])),
        ("Hệ thống tên lửa Patriot của Mỹ Bộ trưởng Quốc phòng Mỹ James Mattis đã đến Litva.",
         ("James Mattis", ["Bộ trưởng Quốc phòng Mỹ"])),
        ("Ngoại trưởng Trung Quốc Vương Nghị cho biết như vậy.", ("Vương Nghị", ["Ngoại trưởng Trung Quốc"])),
    ):
        assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [expected], sentence
