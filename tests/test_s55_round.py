"""The 5 Dec thirty-ninth round: rules found by reading what prec58, stat57, audit91 and the web pages gathered this
round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their
id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A document numbered and dated a few days before an undated meeting day was issued in its run-up (21480594 `Chiều
# 6/2, … tổ chức lễ trao giấy chứng nhận …` | `… chấp thuận chủ trương đầu tư tại văn bản số 152/TTg-CN, ngày
# 25/1/2017`): the meeting's year. Not an effective day after it, nor a law's name.
def test_a_document_issued_days_before_dates_the_meeting() -> None:
    lead = "Chiều 6/2, Ban Quản lý Khu kinh tế tỉnh tổ chức lễ trao giấy chứng nhận đăng ký đầu tư cho dự án.\n"
    text = lead + "Thủ tướng đã chấp thuận chủ trương đầu tư tại văn bản số 152/TTg-CN, ngày 25/1/2017 cho dự án.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date == "2017-02-06"
    text = lead + "Luật Đầu tư sửa đổi có hiệu lực thi hành từ ngày 1/2/2018.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date is None
    text = lead + "Văn bản số 152/TTg-CN, ngày 25/3/2016 đã giao nhiệm vụ cho tỉnh.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date is None


# An anniversary's span that starts before 1900 (22295371 `Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh
# (19-5-1890/ 19-5-2017), sáng 17-5, … tổ chức khai mạc Triển lãm …`) gives an undated meeting day near it its year.
def test_an_anniversary_span_from_the_nineteenth_century_dates_the_meeting() -> None:
    text = ("Nhân kỷ niệm 195 năm Ngày sinh nhà thơ Nguyễn Đình Chiểu (1-7-1822/ 1-7-2017), sáng 28-6, Tỉnh ủy, UBND tỉnh "
            "tổ chức khai mạc Triển lãm ảnh về cuộc đời nhà thơ.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date == "2017-06-28"


# In a list of people named by the surname (22716837 `bao gồm: ông Trump, ông Putin, Ngoại trưởng Lavrov, Ngoại trưởng
# Tillerson cùng hai phiên dịch viên`, 22703469 `Theo ông Lavrov, Tổng thống Trump và Tổng thống Putin đã …`), an office
# and one name before the next item are the next person, not the surname's titles; a full name keeps its office.
def test_an_office_and_a_surname_in_a_list_are_the_next_person() -> None:
    from core.extract.people import find_people

    def people(sentence: str) -> list[tuple[str, list[str]]]:
        return [(m.person.name, m.person.titles) for m in find_people(sentence)]

    assert people("Cuộc gặp chỉ có 6 người tham gia, bao gồm: ông Trump, ông Putin, Ngoại trưởng Lavrov, Ngoại trưởng "
                  "Tillerson cùng hai phiên dịch viên.") == [("Trump", []), ("Putin", [])]
    assert people("Theo chia sẻ của ông Luyện Công Minh, Chủ tịch Viglacera và ông Nguyễn Anh Tuấn, Tổng giám đốc Công "
                  "ty, tiềm năng rất lớn.") == [("Luyện Công Minh", ["Chủ tịch Viglacera"]),
                                                ("Nguyễn Anh Tuấn", ["Tổng giám đốc Công ty"])]


# Twenty-foot equivalent units measure a port's throughput or a ship's capacity (baomoi `tàu container sức chở
# 2.000 TEU`; a portal's port report `đạt 16,8 triệu TEUs`, web45 w018).
def test_container_units_are_a_measure() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Tàu container sức chở 2.000 TEU đã cập cảng, sản lượng năm đạt 16,8 triệu TEUs."])
    assert [(s.kind, s.value, s.unit) for s in found] == [("measure", 2000.0, "TEU"), ("measure", 16_800_000.0, "TEUs")]


# A purpose clause with no subject of its own after the meeting's sentence tells what the meeting reviews and plans (a
# commune portal's `Ngày 19/12/2021 HĐND xã …, tổ chức kỳ họp thứ 3.` | `Nhằm đánh giá kết quả … năm 2021, bàn và quyết
# nghị 1 số nhiệm vụ, giải pháp năm 2022.`, web45 w006).
def test_a_purpose_sentence_after_the_meeting_gives_its_plan_year() -> None:
    text = ("Ngày 19/12/2021 HĐND xã Tân Phú tổ chức kỳ họp thứ 3.\n"
            "Nhằm đánh giá kết quả thực hiện các Nghị quyết của HĐND xã, bàn và quyết nghị một số nhiệm vụ, giải pháp năm "
            "2022.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.plan_year == 2022


# Pay counted in months' salaries is an amount, not a period (baomoi `phải nâng mức hoàn trả từ 3 đến 5 tháng lương lên
# từ 5 đến 10 tháng lương`, `hưởng trợ cấp chuyển vùng bằng 12 tháng lương cơ sở`); a bare month stays a period.
def test_months_of_salary_are_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Người gây oan sai phải hoàn trả từ 3 đến 5 tháng lương trong 6 tháng."])
    assert [(s.kind, s.value, s.unit) for s in found] == [("count", 3.0, "tháng lương"), ("count", 5.0, "tháng lương")]


# A total broken down by place or by name right after it (web39 w022's shape `317 nhà hư hỏng … gồm: Hà Giang (42), …`;
# baomoi 21471877 `có 380 chỉ tiêu hệ chuyên (Anh: 210, Pháp: 35, …)`, 22449759 `529 bàn ở cấp độ CLB (Sporting Lisbon: 5,
# MU: 118, Real: 406)`): each part counts what the total counts; a list of ages after names parts no total.
def test_a_total_broken_down_by_place() -> None:
    from core.extract.statistics import extract_statistics

    def read(sentence: str) -> list[tuple[str, float, str]]:
        return [(s.text, s.value, s.unit) for s in extract_statistics([sentence])]

    assert read("Có 120 nhà bị hư hỏng gồm: Hà Giang (42), Bắc Kạn (19), Tuyên Quang (51).") == [
        ("120 nhà", 120.0, "nhà"), ("42", 42.0, "nhà"), ("19", 19.0, "nhà"), ("51", 51.0, "nhà")]
    assert read("Cristiano Ronaldo ghi 529 bàn ở cấp độ CLB (Sporting Lisbon: 5, MU: 118, Real: 406).") == [
        ("529 bàn", 529.0, "bàn"), ("5", 5.0, "bàn"), ("118", 118.0, "bàn"), ("406", 406.0, "bàn")]
    # a part may carry an aside in brackets (web47 w010)
    assert [v for _, v, _ in read("Nhà tốc mái: 200 nhà (Quảng Ngãi: 150 (đang phân loại mức độ thiệt hại), Bình Định: 30, "
                                   "Phú Yên: 20).")] == [200.0, 150.0, 30.0, 20.0]
    # the parts add up to more than the total: no breakdown of it
    assert read("Đội có 30 cầu thủ (Pepe: 34, Ronaldo: 32, Ramos: 31).") == [("30 cầu thủ", 30.0, "cầu thủ")]


# A match's figures set as a table the text flattens, each label between the two sides' numbers (baomoi `Thông số trận
# đấu: … 14(7) Sút khung thành 8(3) 18 Phạm lỗi 17 9 Phạt góc 2 …`, `… 11 Aces 7 3 Lỗi kép 2`): each number counts what
# the label names; one label alone in prose is no table.
def test_a_flattened_match_table() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Thông số trận đấu: Hà Nội Thông số Hải Phòng 12(5) Sút khung thành 9(2) 14 Phạm lỗi 10 "
                                "6 Phạt góc 3 55% Thời gian kiểm soát bóng 45%"])
    assert [(s.value, s.unit) for s in found] == [
        (12.0, "sút khung thành"), (5.0, "sút khung thành"), (9.0, "sút khung thành"), (2.0, "sút khung thành"),
        (14.0, "phạm lỗi"), (10.0, "phạm lỗi"), (6.0, "phạt góc"), (3.0, "phạt góc"), (55.0, "%"), (45.0, "%")]
    assert [s.value for s in extract_statistics(["Trọng tài rút 3 Thẻ vàng 2 lần trong hiệp một."])] != [3.0, 2.0]


# A headline labelled by the event its news comes from (baomoi 22572234 `Kỳ họp thứ 3, Quốc hội khóa XIV: Thông qua 2 dự
# án Luật` over `Tiếp tục chương trình làm việc chiều 20/6, các đại biểu Quốc hội đã biểu quyết thông qua …`): where the
# body names no meeting, the label's event is the one reported; not a label of an event to come.
def test_a_headline_label_names_the_meeting() -> None:
    from dataclasses import replace

    body = ("Tiếp tục chương trình làm việc chiều 20/6, các đại biểu Quốc hội đã biểu quyết thông qua Luật Cảnh vệ.\n"
            "Kết quả biểu quyết cho thấy có 420 đại biểu tán thành.\n")
    article = replace(make_article(body), title="Kỳ họp thứ 5, Quốc hội khóa XIV: Thông qua 2 dự án Luật")
    meeting = extract_meeting(article)
    assert meeting is not None and (meeting.kind, meeting.name) == ("kỳ họp", "Kỳ họp thứ 5, Quốc hội khóa XIV")
    assert meeting.organizer == "Quốc hội khóa XIV"
    planned = replace(article, title="Hội nghị thượng đỉnh G20: Tổng thống Mỹ mong đợi cuộc gặp với ông Putin")
    assert extract_meeting(planned) is None


# A sentence that opens on the review itself after the meeting's tells the year reviewed (a city portal's `… tổ chức kỳ
# họp thứ 6, HĐND TP … khóa XII` | `Qua đánh giá, 6 tháng đầu năm 2022, tình hình kinh tế - xã hội có nhiều chuyển biến
# tích cực.`, web43 w002).
def test_a_review_sentence_after_the_meeting_gives_its_year() -> None:
    text = ("Ngày 14-7, Thường trực HĐND thành phố đã tổ chức kỳ họp thứ 6, HĐND thành phố khóa XII.\n"
            "Qua đánh giá, 6 tháng đầu năm 2022, tình hình kinh tế - xã hội có nhiều chuyển biến tích cực.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.review_year == 2022


# The names of the things counted, listed after their noun and closed by `và` (stat57 `3 ngành Công an, VKS và Tòa án`;
# baomoi `3 dòng xe Vios, Corolla Altis và Innova`, `2 tiền vệ Xuân Trường và Tuấn Anh`): the first name is no part of
# the counted noun; a capitalised word after a comma alone may open the next clause.
def test_names_listed_after_the_counted_noun() -> None:
    from core.extract.statistics import extract_statistics

    def units(sentence: str) -> list[str | None]:
        return [s.unit for s in extract_statistics([sentence])]

    assert units("Lãnh đạo 3 ngành Công an, VKS và Tòa án đã họp bàn.") == ["ngành"]
    assert units("Toyota tặng lệ phí trước bạ cho 3 dòng xe Vios, Corolla Altis và Innova.") == ["dòng xe"]
    assert units("Có 3 tỷ phú Vietlott mới trong tháng.") == ["tỷ phú vietlott"]


# A meeting agreed on and then postponed never took place (prec59 A13, baomoi 22669572 `Cuộc hội đàm giữa Ngoại trưởng và
# Bộ trưởng Quốc phòng hai nước … dự kiến được tổ chức vào giữa tháng Bảy hoãn …`, `… đã thỏa thuận tổ chức cuộc hội đàm
# … vào khoảng ngày 14/7`): the plan word after the event's name and the agreement to hold it make it a plan.
def test_talks_agreed_and_postponed_are_no_meeting() -> None:
    text = ("Cuộc hội đàm giữa Ngoại trưởng và Bộ trưởng Quốc phòng hai nước dự kiến được tổ chức vào giữa tháng Bảy hoãn "
            "do Ngoại trưởng không thể có mặt.\n"
            "Chính phủ hai nước đã thỏa thuận tổ chức cuộc hội đàm tại Washington vào khoảng ngày 14/7.\n")
    assert extract_meeting(make_article(text)) is None


# The office that owns what a sentence's opening clause tells (prec59 A24, baomoi 21473789 `Sau báo cáo của Giám đốc Sở
# GD- ĐT, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu …`; 22647920 `Trước khi công bố quyết định của Thủ tướng, ông
# X, Vụ trưởng …`) is no title of the subject after the comma; a degree chains on (`Theo đánh giá của PGS, TS X`).
def test_an_owner_office_in_the_opening_clause_is_not_the_subjects() -> None:
    from core.extract.people import find_people

    def people(sentence: str) -> list[tuple[str, list[str]]]:
        return [(m.person.name, m.person.titles) for m in find_people(sentence)]

    assert people("Sau báo cáo của Giám đốc Sở GD-ĐT, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu xử lý nghiêm.") == [
        ("Nguyễn Đức Chung", ["Chủ tịch UBND TP Hà Nội"])]
    assert people("Theo đánh giá của PGS, TS Bùi Văn Liên, đây là cổ vật quý.") == [("Bùi Văn Liên", ["PGS", "TS"])]


# `vào` after `đầu tư` is the field invested in, no end of the meeting's name (prec59 B13, baomoi 22556372 `Ngày 18/6,
# …, Bộ trưởng … đã dự hội nghị xúc tiến đầu tư vào nông nghiệp Hải Dương năm 2017.`): the whole name, and its year.
def test_invested_into_goes_on_the_name() -> None:
    text = ("Ngày 18/6, tại Hải Dương, Bộ trưởng Bộ NN-PTNT Nguyễn Xuân Cường đã dự hội nghị xúc tiến đầu tư vào nông "
            "nghiệp Hải Dương năm 2017.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name == "hội nghị xúc tiến đầu tư vào nông nghiệp Hải Dương năm 2017"
    assert meeting.date == "2017-06-18"


# The contest a ceremony is of, whose holder a lead sentence opened by the same noun names (prec59 B11, baomoi 22591883
# `Lễ phát động cuộc thi “…” …` | `Cuộc thi “…” giai đoạn 2017 – 2020 do Bộ Nông nghiệp & Phát triển nông thôn phối hợp
# với … tổ chức.`): the contest's holder holds its ceremony.
def test_a_contests_holder_holds_its_ceremony() -> None:
    text = ("Lễ phát động cuộc thi “Báo chí viết về nông thôn mới” giai đoạn 2017 – 2020 vừa diễn ra chiều 22/6/2017, tại "
            "Hà Nội.\n"
            "Cuộc thi “Báo chí viết về nông thôn mới” giai đoạn 2017 – 2020 do Bộ Nông nghiệp và Phát triển nông thôn tổ "
            "chức.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Bộ Nông nghiệp và Phát triển nông thôn"


# A document's number whose parts stand apart by a dot dates the document, not the meeting (a Buddhist portal's `Chiều
# 19-9, … đã họp phiên đầu tiên công bố Quyết định số 354/QĐ.HĐTS ngày 9-9-2011 …`, web47 w020): the meeting's own day,
# its year from the document issued ten days before.
def test_a_dotted_document_number_dates_no_meeting() -> None:
    text = ("Chiều 19-9, Ban Trị sự Phật giáo tỉnh đã họp phiên đầu tiên công bố Quyết định số 354/QĐ.HĐTS ngày 9-9-2011 "
            "của Chủ tịch Hội đồng Trị sự.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.date, meeting.part_of_day) == ("2011-09-19", "chiều")


# A list of people over `;` that ends on coming to attend (`… đến dự`) attends whole, as one ending on `đã dự` does (a
# youth union's page: `Các đồng chí A - Phó Bí thư Thành đoàn; B - …; C-Phó Chủ tịch UBND huyện đến dự chương trình.`,
# web47 w015).
def test_a_list_ending_on_coming_to_attend() -> None:
    from tests.conftest import meeting_people

    text = ("Sáng 2/3/2016, Ban Thường vụ Huyện đoàn tổ chức Lễ khởi động Tháng Thanh niên năm 2016.\n"
            "Các đồng chí Đào Văn An - Phó Bí thư Thành đoàn; Lê Văn Bình - Phó Bí thư thường trực Huyện ủy; Trần Văn "
            "Cường-Phó Chủ tịch UBND huyện đến dự chương trình.\n")
    _chairs, attendees = meeting_people(text)
    assert attendees == ["Đào Văn An", "Lê Văn Bình", "Trần Văn Cường"]


# A day written as a sentence of its own before the one it dates (a commune page's `Chiều nay 26 tháng 9 năm 2011. Ban
# chỉ đạo phòng chống bão lụt xã … tiến hành họp tại hội trường UBND xã.`, web47 w009): the two read as one.
def test_a_bare_day_sentence_dates_the_next() -> None:
    text = ("Chiều nay 26 tháng 9 năm 2011. Ban chỉ đạo phòng chống bão lụt xã tiến hành họp tại hội trường UBND xã.\n"
            "Tham dự buổi họp có các đồng chí trong Ban chỉ đạo.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.date, meeting.part_of_day) == ("2011-09-26", "chiều")
    assert meeting.organizer == "Ban chỉ đạo phòng chống bão lụt xã"


# Counts listed with their share of the whole in brackets (a Party committee's page: `Hình thức kỷ luật đảng viên: khiển
# trách 28 (chiếm 45%), cảnh cáo 21 (34%), …`, web36 w029; baomoi `… là 43.461 (chiếm 66,06%), số em chọn … là 22.337
# (chiếm 33,94%)`): a count each; not a year's, a rank's or a match table's label.
def test_counts_listed_with_their_shares() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Hình thức kỷ luật: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%), khai trừ 12 (19%)."])
    assert [(s.kind, s.value) for s in found] == [("count", 28.0), ("percent", 45.0), ("count", 21.0), ("percent", 34.0),
                                                  ("count", 12.0), ("percent", 19.0)]
    found = extract_statistics(["Số vé năm 2015 (93%) và năm 2016 (95%) đều cao."])
    assert [s.kind for s in found] == ["percent", "percent"]


# A place whose last syllable is an identifier's word (`Hải Phòng`: `phòng`, a room) before a count (a results page's `Vĩnh
# Phúc có 63 học sinh, …; Hải Phòng 57 học sinh`, web36 w016; baomoi `Bệnh viện Quốc tế Hải Phòng 170 giường`): the count
# is read; a room's number stays none.
def test_a_place_ending_on_an_identifier_word_before_a_count() -> None:
    from core.extract.statistics import extract_statistics

    assert [s.value for s in extract_statistics(["Vĩnh Phúc có 63 học sinh, Hải Phòng 57 học sinh đoạt giải."])] == [
        63.0, 57.0]
    assert extract_statistics(["Anh ở phòng 57 tầng 3."]) == []


# Houses for the poor, Party units and a session's papers as the provincial portals capitalise them (`vận động xây dựng
# được 64 Mái ấm tình thương`, web36 w021; `đã thông qua 33 Báo cáo và Tờ trình`, web40 w018): counted after a lower-case
# word, as the other capitalised common nouns are.
def test_capitalised_portal_nouns_are_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Hội đã vận động xây dựng được 64 Mái ấm tình thương cho hội viên."])
    assert [(s.value, s.unit) for s in found] == [(64.0, "mái ấm tình thương")]


# A nominalised act opening the sentence is no holder (a veterans' page: `Sự chỉ đạo trực tiếp của BCH Đảng bộ xã … vào
# ngày 11/3/2022 tại Nhà văn hóa … Hội cựu chiến binh xã long trọng tổ chức Đại hội …`, web36 w008).
def test_a_nominalised_act_holds_no_meeting() -> None:
    text = ("Sự chỉ đạo trực tiếp của BCH Đảng bộ xã An Bình vào ngày 11/3/2022 tại Nhà văn hóa trung tâm xã An Bình Hội "
            "cựu chiến binh xã long trọng tổ chức Đại hội đại biểu Hội cựu chiến binh xã An Bình lần thứ VIII.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and not (meeting.organizer or "").startswith("Sự")


# `có` opening who is there ends the meeting's name (a district page's `Chủ trì kỳ họp có bà X và ông Y, Phó chủ tịch
# HĐND`, web39 w027; baomoi 22654393 `Lễ kỷ niệm có đồng chí Trương Hòa Bình …`).
def test_who_is_there_ends_the_name() -> None:
    text = "Chủ trì kỳ họp có bà Nguyễn Thị Hoa và ông Lê Văn Đen, Phó chủ tịch HĐND huyện.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name == "kỳ họp"
    meeting = extract_meeting(make_article("Sáng 12/5, Lễ kỷ niệm có đồng chí Trương Hòa Bình tham dự.\n"))
    assert meeting is not None and meeting.name == "Lễ kỷ niệm"


# All over a place ends the counted noun (stat57 `1.050 ngôi làng khắp đất nước`; baomoi `hơn 40 quốc gia khắp thế giới`).
def test_all_over_a_place_ends_the_counted_noun() -> None:
    from core.extract.statistics import extract_statistics

    assert [s.unit for s in extract_statistics(["Wi-Fi miễn phí cho 1.050 ngôi làng khắp đất nước."])] == ["ngôi làng"]


# Presiding (`chủ tọa`) over a meeting named after it is chairing it, as the Buddhist and local portals write it (`Chủ tọa
# Hội nghị là Đại Đức Thích Quảng Dũng, …`, web49 w020; `Chủ tọa Hội nghị có ông A, …; ông B, …`).
def test_presiding_over_the_meeting_chairs_it() -> None:
    from tests.conftest import meeting_people

    text = ("Sáng 5/3, UBND huyện tổ chức Hội nghị tổng kết công tác năm 2023.\n"
            "Chủ tọa Hội nghị có ông Nguyễn Văn An, Chủ tịch UBND huyện; ông Lê Văn Bình, Phó Chủ tịch UBND huyện.\n")
    chairs, _attendees = meeting_people(text)
    assert chairs == ["Nguyễn Văn An", "Lê Văn Bình"]
    text = ("Sáng 5/3, Ban Trị sự Phật giáo huyện tổ chức Hội nghị tổng kết công tác Phật sự năm 2023.\n"
            "Chủ tọa Hội nghị là Đại Đức Thích Quảng Dũng, Ủy viên Ban Trị sự tỉnh; Thượng Tọa Thích Quảng Duyên, Phó "
            "Trưởng Ban Trị sự huyện; Ni sư Thích Nữ Minh Thục, Phó Trưởng Ban Trị sự huyện.\n")
    chairs, _attendees = meeting_people(text)
    assert chairs == ["Thích Quảng Dũng", "Thích Quảng Duyên", "Thích Nữ Minh Thục"]


# A portal's headline closed by a full stop right above the page's date line, the date's line carrying the print
# button (`Đoàn đại biểu tỉnh … lần thứ IX, nhiệm kỳ 2019 – 2024.` / `Ngày đưa:  20/09/2019 01:44:30 PM In bài`, web45
# w017): the headline and the publication date.
def test_a_dotted_headline_above_a_posted_date_with_a_print_button() -> None:
    from core.clean.dates import parse_stamp_line

    stamp = parse_stamp_line("Ngày đưa:  20/09/2019 01:44:30 PM In bài")
    assert stamp is not None and stamp.iso == "2019-09-20T13:44:30+07:00"
    assert parse_stamp_line("Cập nhật 20/09/2019 có 3 bình luận mới") is None
    stamp = parse_stamp_line("03:06 PM 13/12/2020 |   Lượt xem: 4186 |   In bài viết |")
    assert stamp is not None and stamp.day.isoformat() == "2020-12-13"
    from core.clean.lines import classify_lines

    result = classify_lines("Đoàn đại biểu tỉnh Quảng Ngãi đi dự Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần "
                            "thứ IX, nhiệm kỳ 2019 – 2024.\nNgày đưa:  20/09/2019 01:44:30 PM In bài\n\nTheo Thông tri "
                            "Triệu tập số 38/TT-MTTW-BTT ngày 26/8/2019, đoàn đại biểu tỉnh gồm 12 đồng chí đã lên đường dự "
                            "Đại hội.\n")
    assert result.title is not None and result.title.startswith("Đoàn đại biểu tỉnh Quảng Ngãi")
    assert result.published == "2019-09-20T13:44:30+07:00"


# A table's row of figures dumped with its cells' bars (a coffee price page's `Đắk Lắk | 112.000 | +500 |`, web49 w017)
# is the text's data, not a menu nor a caption in a cell; a menu's items hold no figures.
def test_a_table_row_of_figures_is_text() -> None:
    from core.clean.lines import classify_lines

    lead = ("Giá cà phê hôm nay tăng nhẹ tại các tỉnh Tây Nguyên, với mức tăng phổ biến 500 đồng/kg so với hôm trước "
            "theo khảo sát của phóng viên.")
    result = classify_lines(f"Giá cà phê hôm nay tăng nhẹ\n{lead}\nĐắk Lắk | 112.000 | +500 |\nGia Lai | 111.500 | +500 |\n"
                            "Trang chủ | Tin tức | Liên hệ |\n")
    assert result.paragraphs == [lead, "Đắk Lắk | 112.000 | +500 |", "Gia Lai | 111.500 | +500 |"]
