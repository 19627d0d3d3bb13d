"""The 6 Dec fiftieth round: rules found by reading what prec71, stat68, audit124–126 and the web pages gathered this
round show, each checked on the 35,440 baomoi articles; the sentences are baomoi articles', named by their id, or
modelled on the round's web pages."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from core.record import Meeting
from core.tokenize import split_sentences
from tests.conftest import make_article, meeting_people


def facts(sentence: str) -> list[tuple[str, float, str, str, float | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.of) for s in extract_statistics([sentence])]


def meeting_of(text: str) -> Meeting:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return meeting


def people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# The run after a district's, a town's or a city's Party committee (`Huyện ủy`, `Thị ủy`, `Thành ủy`) is the unit's name,
# as after the unit's own word, before the holder's name or after it (baomoi 21487282, 22403337; web75 w001); a
# three-syllable name after the committee is still its holder's.
def test_the_run_after_a_district_party_committee_is_the_districts_name() -> None:
    assert people("PV đã có cuộc trao đổi với ông Nguyễn Văn Quyn -Thành ủy viên, Bí thư Huyện ủy Vĩnh Bảo, TP. Hải Phòng.") == [
        ("Nguyễn Văn Quyn", ["Thành ủy viên", "Bí thư Huyện ủy Vĩnh Bảo"])]
    assert people("Đồng chí Ngô Khắc Ngọc- Tỉnh ủy viên, Bí thư Huyện ủy Đak Pơ nhấn mạnh việc đối thoại.") == [
        ("Ngô Khắc Ngọc", ["Tỉnh ủy viên", "Bí thư Huyện ủy Đak Pơ"])]
    assert people("Bí thư Huyện ủy Đak Pơ cho biết, huyện đã tổ chức 12 cuộc đối thoại.") == []
    assert people("Dự có Phó Bí thư Thường trực Thành ủy Võ Công Trí.") == [
        ("Võ Công Trí", ["Phó Bí thư Thường trực Thành ủy"])]


# After a degree alone before the name, a bare office then a comma is the person's own, and the body after it too, as
# after a rank (baomoi 22753375): the degree's person had lost both.
def test_a_bare_office_after_a_degreed_name_is_the_persons() -> None:
    assert people("Còn theo PGS.TS Nguyễn Bá Hoàng, Phó Hiệu trưởng, Trường Đại học Giao thông vận tải Tp. Hồ Chí Minh, "
                  "cần tính toán bài toán giao thông.") == [
        ("Nguyễn Bá Hoàng", ["PGS.TS", "Phó Hiệu trưởng", "Trường Đại học Giao thông vận tải Tp. Hồ Chí Minh"])]


# A road's width or length in metres, even with the one-letter unit, is a measure: a street's number takes no unit
# (baomoi 21477883, 22235502); a street named by a date stays no figure.
def test_a_roads_width_in_metres_is_a_measure() -> None:
    assert facts("Hạ tầng được thiết kế theo hai mặt cắt đường 12,5m là tuyến đường chính, mặt đường 10m là đường nhánh.") == [
        ("12,5m", 12.5, "measure", "m", None), ("10m", 10, "measure", "m", None)]
    assert facts("Tuyến có vận tốc thiết kế 80 km/h; mặt cắt ngang đường 60 m, đảm bảo sáu làn xe.") == [
        ("80 km/h", 80, "measure", "km/h", None), ("60 m", 60, "measure", "m", None)]
    assert facts("Cửa hàng nằm trên đường 3/2, quận 10.") == []


# The national news agency's name, `Thông Tấn xã`, ends on a commune's word: capitalised, it is the body, no person
# `Thông Tấn` (baomoi 22737913, whose whole attendance list had been lost to that item).
def test_the_news_agency_is_a_body_not_a_person() -> None:
    assert people("Tới dự, có các đồng chí Ủy viên T.Ư Đảng: Nguyễn Đức Lợi, Tổng Giám đốc (TGĐ) Thông Tấn xã Việt Nam; "
                  "Trần Bình Minh, TGĐ Đài Truyền hình Việt Nam.") == [
        ("Nguyễn Đức Lợi", ["Tổng Giám đốc (TGĐ) Thông Tấn xã Việt Nam"]),
        ("Trần Bình Minh", ["TGĐ Đài Truyền hình Việt Nam"])]


# A transliterated name after its given name's initial opens on a Vietnamese letter as often as not (`A. Cô-bi-a-cốp`,
# `A. Méc-ken`: baomoi 22628083, 22414843): the initial is the name's, the sentence runs on past its dot, and the name is
# read whole; a Vietnamese word after a letter and a dot still opens a sentence.
def test_a_transliterated_name_after_an_initial_is_read_whole() -> None:
    text = "Thủ tướng A. Cô-bi-a-cốp bày tỏ vui mừng được đón Chủ tịch nước. Hai đội thuộc bảng B. Tuy nhiên, lịch thi đấu đổi."
    assert split_sentences([text]) == ["Thủ tướng A. Cô-bi-a-cốp bày tỏ vui mừng được đón Chủ tịch nước.",
                                       "Hai đội thuộc bảng B.", "Tuy nhiên, lịch thi đấu đổi."]
    assert people("Ông đã sớm trao đổi với Thủ tướng Đức A. Méc-ken về việc này.") == [("A. Méc-ken", ["Thủ tướng Đức"])]


# A meeting's name ends before a straight closing mark it never opened: the quotation it stands in closes there
# (baomoi 22232712, 22544867); a curly mark the name opened and a straight one closes stays whole.
def test_a_meetings_name_ends_before_the_quotation_it_stands_in_closes() -> None:
    said = 'Sáng 10/5, ông Nguyễn Tấn Bỉnh cho biết: "Chiều nay, Sở Y tế tổ chức họp báo thông tin về vấn đề này".'
    assert meeting_of(said + " Sở đã yêu cầu bệnh viện kiểm điểm.").name == "họp báo thông tin về vấn đề này"


# `sử dụng` (using) right after a figure opens no counted noun: the noun was left out or the number is a name's
# (baomoi 22731842, 21480159).
def test_using_after_a_figure_counts_nothing() -> None:
    assert facts("Tổng chỉ tiêu xét tuyển năm nay có khoảng hơn 290 sử dụng kết quả thi THPT quốc gia.") == []
    assert facts("Mẫu Boeing 488 sử dụng loại động cơ mới.") == []


# An item of an attendance list whose first title is glued to the name, the comma left out, is read as its neighbours
# are (a city portal's page of the web sets: the list's first guest had been lost).
def test_a_list_item_with_its_title_glued_to_the_name_attends() -> None:
    meeting = meeting_of(
        "Sáng 13/5, đồng chí Lê Tiến Châu, Bí thư Thành ủy tiếp xã giao đồng chí Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam. "
        "Cùng dự có các đồng chí: Hoàng Minh Cường Phó Chủ tịch UBND thành phố; Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh "
        "tế Hải Phòng và lãnh đạo các Sở.")
    assert [(p.name, p.titles) for p in meeting.attendees][2:] == [
        ("Hoàng Minh Cường", ["Phó Chủ tịch UBND thành phố"]),
        ("Lê Trung Kiên", ["Trưởng Ban Quản lý Khu kinh tế Hải Phòng"])]


# An undated article that points at a year, a month or a quarter with `này` (`trong quý IV/2017 này`, `tháng 7-2017
# này`) names the year running: its meeting's day takes that year (baomoi 22754740, 22570445); a target's year with
# `này` (`vào năm 2021 này`, baomoi 21474193) names none.
def test_a_year_pointed_at_with_nay_is_the_year_running() -> None:
    lead = ("Ngày 14/7, Bộ trưởng Bộ Tài chính Đinh Tiến Dũng đã làm việc với Tổng cục Dự trữ Nhà nước về công tác dự trữ "
            "quốc gia. ")
    meeting = meeting_of(lead + "Tổng cục tiếp tục hoàn thiện 5 thông tư để trình Bộ ban hành trong quý "
                                                  "IV/2017 này.")
    assert meeting.date == "2017-07-14"
    meeting = meeting_of(lead + "Ngành đặt mục tiêu xuất khẩu đạt 2 tỉ USD vào năm 2021 này.")
    assert meeting.date is None


# A plan for a part of the year pointed at with `này` is still of the year running (baomoi 21477883: `cam kết sẽ thi công
# … nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017 này`).
def test_a_plan_for_a_month_pointed_at_with_nay_dates_the_meeting() -> None:
    lead = "Sáng ngày 06/01, Công ty CP Đầu tư và Xây dựng 501 đã tổ chức lễ ra quân thi công dự án Khu phố chợ."
    plan = " Công ty cam kết sẽ thi công đạt chất lượng nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017 này."
    assert meeting_of(lead + plan).date == "2017-01-06"


# A professor's and a doctor's degrees glued with no mark between (`PGSTS`) are a degree before the name (a university's
# page of the web sets).
def test_glued_professor_and_doctor_degrees_are_a_degree() -> None:
    assert people("Tham dự có PGSTS Đỗ Ngọc Mỹ, Phó Hiệu trưởng Nhà trường.") == [
        ("Đỗ Ngọc Mỹ", ["PGSTS", "Phó Hiệu trưởng Nhà trường"])]


# A price for a few units (`17.000 đồng/10 quả`, `60.000 đồng/ 1 bát`) keeps its base after the slash, as a bare scaled
# figure's does, and the count in the base is no count of its own (baomoi 22378751, 21494586).
def test_a_price_for_a_few_units_keeps_its_base() -> None:
    assert facts("Giá trứng gà công nghiệp 17.000 đồng/10 quả.") == [("17.000 đồng/10 quả", 17_000, "money", "VND", None)]
    assert facts("Một bát phở có giá 60.000 đồng/ 1 bát.") == [("60.000 đồng/ 1 bát", 60_000, "money", "VND", None)]


# After a form of address, a Vietnamese name whose family name the table lacks and that ends on a given name that is
# also a country's (`Anh`, `Mỹ`, `Việt`) is a person (baomoi 21494080, 21758753); a title holding a two-word place is not.
def test_a_rare_family_name_ending_on_a_country_word_is_a_name() -> None:
    assert people("Giám đốc Sở KH-ĐT TP, ông Sử Ngọc Anh, cho biết đã và đang triển khai các giải pháp.") == [
        ("Sử Ngọc Anh", ["Giám đốc Sở KH-ĐT TP"])]
    assert people("Chủ tịch Quốc hội tặng quà Bà Mẹ Việt Nam Anh hùng.") == []


# The meeting as a noun, the place it was held in, then whom it was with: the person after `với` met there, as after
# `cuộc gặp với` (baomoi 22692716).
def test_whom_a_meeting_at_a_place_was_with_attends() -> None:
    _, attendees = meeting_people(
        "Ngày 6/7, Tổng thống Pháp Emmanuel Macron kêu gọi các nước hành động nhiều hơn. Nhà lãnh đạo Pháp đưa ra tuyên bố "
        "trên trong cuộc họp báo chung tại Paris với Chủ tịch Ngân hàng Thế giới (WB) Jim Yong Kim.")
    assert "Jim Yong Kim" in attendees
