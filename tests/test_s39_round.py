"""The 4 Dec twenty-fourth round: what audit50 and audit51 (drawn blind, read this round) and the precision audits
prec39 and prec39b found, each checked on the 35,440 baomoi articles; the sentences are baomoi articles', named by
their id (none of them an audit set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from core.record import Meeting
from core.tokenize import split_sentences
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# A national or state body's remit after `về` is its name's, in either case, up to a stop word or a verb (22591495,
# 22373294, 22276014); after an acronym's `Quốc gia`, `về` is the topic of what is said (22215173).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 22/6, Phó Thủ tướng Chính phủ Vương Đình Huệ, Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công "
     "lập đã dẫn đầu đoàn khảo sát làm việc với Bộ Nội vụ.",
     [("Vương Đình Huệ", ["Phó Thủ tướng Chính phủ",
                          "Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập"])]),
    ("Ông Vũ Hồng Nam, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết.",
     [("Vũ Hồng Nam", ["Thứ trưởng Bộ Ngoại giao", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"])]),
    ("Theo ông Trương Đình Tuyển (nguyên Bộ trưởng Thương mại, thành viên Hội đồng Quốc gia về Phát triển bền vững và "
     "Nâng cao năng lực cạnh tranh), vấn đề hoàn thiện thể chế có ý nghĩa quan trọng.",
     [("Trương Đình Tuyển", ["nguyên Bộ trưởng Thương mại",
                             "thành viên Hội đồng Quốc gia về Phát triển bền vững và Nâng cao năng lực cạnh tranh"])]),
    ("Báo cáo gửi Phó Thủ tướng thường trực Chính phủ - Trương Hòa Bình, Chủ tịch UBATGT Quốc gia về tình hình khắc "
     "phục hậu quả của vụ tai nạn.",
     [("Trương Hòa Bình", ["Phó Thủ tướng thường trực Chính phủ", "Chủ tịch UBATGT Quốc gia"])]),
])
def test_a_national_bodys_remit_is_part_of_its_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


def _meeting(body: str, headline: str = "Tin trong nước") -> Meeting:
    meeting = extract_meeting(make_article(f"{headline}\n{body}\nNội dung khác của bài.\n"))
    assert meeting is not None
    return meeting


def _chairs(body: str) -> list[str]:
    return [p.name for p in _meeting(body, "Thông cáo kỳ họp").chairs]


# A sentence that is only a titled person and `điều hành`, after a part of the day or a photo's credit at most, names
# who ran the sitting told before it: a chair (22574137, 22344466); a body that a firm is run by is no chair.
@pytest.mark.parametrize(("body", "chairs"), [
    ("Ngày 20-6-2017, Quốc hội họp phiên toàn thể tại hội trường. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân chủ trì phiên "
     "họp. Buổi sáng, Phó Chủ tịch Quốc hội Uông Chu Lưu điều hành. Quốc hội đã nghe báo cáo.",
     ["Nguyễn Thị Kim Ngân", "Uông Chu Lưu"]),
    ("Sáng 22/5, Quốc hội khóa XIV khai mạc kỳ họp thứ 3 tại Hội trường. Tới dự phiên khai mạc có Tổng Bí thư Nguyễn "
     "Phú Trọng. Ảnh: Trọng Đức/TTXVN Phó Chủ tịch Quốc hội Phùng Quốc Hiển điều hành.",
     ["Phùng Quốc Hiển"]),
    ("Sáng 22/5, Quốc hội khóa XIV khai mạc kỳ họp thứ 3 tại Hội trường. Tới dự phiên khai mạc có Tổng Bí thư Nguyễn "
     "Phú Trọng. Quỹ do ông Trần Văn Hùng điều hành.",
     []),
])
def test_running_the_sitting_alone_is_chairing_it(body: str, chairs: list[str]) -> None:
    assert _chairs(body) == chairs


# Bare family-name-led names after an office's first holder, closed by the list item's `;` or the sentence's end, hold
# that office too (22546715); before the next person's titles, or a verb, a bare name keeps none.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dự lễ có Chánh án TANDTC Nguyễn Hòa Bình; Phó Chánh án TANDTC Nguyễn Sơn, Nguyễn Văn Thuân; Phó Chánh án TANDTC "
     "Nguyễn Thúy Hiền.",
     [("Nguyễn Hòa Bình", ["Chánh án TANDTC"]), ("Nguyễn Sơn", ["Phó Chánh án TANDTC"]),
      ("Nguyễn Văn Thuân", ["Phó Chánh án TANDTC"]), ("Nguyễn Thúy Hiền", ["Phó Chánh án TANDTC"])]),
    ("Tham dự có Bộ trưởng Bộ Tài chính Đinh Tiến Dũng, Nguyễn Văn Bình cho biết.",
     [("Đinh Tiến Dũng", ["Bộ trưởng Bộ Tài chính"]), ("Nguyễn Văn Bình", [])]),
])
def test_bare_names_closing_an_item_share_its_office(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


def _read(sentence: str) -> list[tuple[str, float, float | None, str]]:
    return [(s.text, s.value, s.of, s.kind) for s in extract_statistics([sentence])]


# A plan's or a map's scale is no share (22563142, 22323809, 21509340); an incidence that names no plan stays one
# (22524672).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tỉnh phê duyệt quy hoạch chi tiết tỷ lệ 1/500 hai khu tái định cư và 3 khu dân cư.",
     [("3 khu dân cư", 3.0, None, "count")]),
    ("UBND TP đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 khu vực thành Nội để đảm bảo ổn định cuộc sống.", []),
    ("Hội chứng Hirschsprung thường gặp ở trẻ nhỏ với tỷ lệ 1/5000 bé.", [("1/5000 bé", 1.0, 5000.0, "count")]),
])
def test_a_plans_scale_is_no_share(sentence: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert _read(sentence) == expected


# Co-authors counted are no money; the price after `đồng` stays one.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cụm công trình của 12 đồng tác giả được trao giải thưởng.", [("12 đồng tác giả", 12.0, None, "count")]),
    ("Giá vé là 20.000 đồng loại thường.", [("20.000 đồng", 20000.0, None, "money")]),
])
def test_co_authors_are_counted(sentence: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    assert _read(sentence) == expected


# A degree glued by its dot to the name after it is read as written apart (21511891, 22508159, 22448910); a degree
# before a sentence whose full stop lost its space names no one (21494995).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("TS.Nguyễn Đình Cung, Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM), cho rằng thời điểm này là phù "
     "hợp.",
     [("Nguyễn Đình Cung", ["TS.", "Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM)"])]),
    ("Ngày 8-6, ê kíp mổ gồm 6 người do PGS.TS Đồng Văn Hệ và GS.Kasumi Takizawa trực tiếp tiến hành.",
     [("Đồng Văn Hệ", ["PGS.TS"]), ("Kasumi Takizawa", ["GS."])]),
    ("TS.BS.Nguyễn Quang, Giám đốc trung tâm Nam học – Bệnh viện Việt Đức cho biết, bệnh có nhiều nguyên nhân.",
     [("Nguyễn Quang", ["TS.BS.", "Giám đốc trung tâm Nam học – Bệnh viện Việt Đức"])]),
    ("Không chính trị hóa việc phong GS, PGS.Việc phong GS, PGS là việc thuần túy mang tính chuyên môn.", []),
])
def test_a_degree_glued_to_the_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A foreign name opening its clause, with its office after a comma, is a person (21510868, 21472688, 21479886); a
# clause's first word or a news outlet before the comma is no one (22664988).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sean Spicer, thư ký báo chí Nhà Trắng, cho rằng ông Trump chỉ đề nghị nghe ý kiến.",
     [("Trump", []), ("Sean Spicer", ["thư ký báo chí Nhà Trắng"])]),
    ("Theo Natalie Gates, giám đốc Vườn Quốc gia Haleakalā, mỗi ngày có khoảng 1.000 du khách lên núi.",
     [("Natalie Gates", ["giám đốc Vườn Quốc gia Haleakalā"])]),
    ("Arkhom Termpittayapaisiht, Bộ trưởng bộ Giao thông Thái Lan chia sẻ rằng ông hy vọng dự án sớm khởi công.",
     [("Arkhom Termpittayapaisiht", ["Bộ trưởng bộ Giao thông Thái Lan"])]),
    ("Với Vinatex, Bộ trưởng đánh giá cao những nỗ lực của đơn vị này.", []),
    ("Theo Bloomberg News, chuyên gia kinh tế cho rằng lạm phát sẽ tăng.", []),
])
def test_a_foreign_name_and_its_office_after_a_comma(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A verb between an office and the office it leads to is the predicate, no word of the first (22583622); a national
# body's remit that fills the word count ends cleanly before `đã` (22478794).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị đã biểu quyết phân công ông Nguyễn Thiện Nhân, ủy viên Bộ Chính trị, Chủ tịch Ủy ban TƯ MTTQ VN làm Bí "
     "thư Thành ủy TP.HCM nhiệm kỳ 2015-2020.",
     [("Nguyễn Thiện Nhân", ["ủy viên Bộ Chính trị", "Chủ tịch Ủy ban TƯ MTTQ VN"])]),
    ("Sáng 7/6, tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt "
     "động đơn vị sự nghiệp công lập đã làm việc với các Bộ.",
     [("Vương Đình Huệ", ["Phó Thủ tướng",
                          "Trưởng Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập"])]),
])
def test_an_office_ends_before_the_verb_of_becoming(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# The Ministry of Health's department of care keeps the comma of its name (22301373, 22495921).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 17/5, PGS.TS Lương Ngọc Khuê, Cục trưởng Cục quản lý Khám, chữa bệnh cho biết, Bộ đã kiểm tra.",
     [("Lương Ngọc Khuê", ["PGS.TS", "Cục trưởng Cục quản lý Khám, chữa bệnh"])]),
])
def test_the_department_of_care_keeps_its_comma(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


def _attendees(body: str) -> list[str]:
    meeting = _meeting(body)
    return [p.name for p in (*meeting.chairs, *meeting.attendees)]


# `Trước đó` before a member the meeting is held with (a voter, a deputy) is earlier in the same meeting (22261790,
# 22685149); before anyone else it is another time.
@pytest.mark.parametrize(("body", "people"), [
    ("Sáng 13/5, Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri quận Ba Đình. Tổng Bí thư Nguyễn Phú Trọng cho biết Đảng "
     "sẽ làm tiếp. Trước đó cử tri Trần Viết Hoàn (Ba Đình) đề nghị cần phải xử lý nghiêm minh hơn nữa các vi phạm.",
     ["Nguyễn Phú Trọng", "Trần Viết Hoàn"]),
    ("Chiều 5/7, kỳ họp thứ 5 HĐND TP Hồ Chí Minh tiếp tục phiên thảo luận về an toàn thực phẩm. Trước đó, đại biểu "
     "Nguyễn Mạnh Trí cho rằng người dân rất hoang mang.",
     ["Nguyễn Mạnh Trí"]),
    ("Sáng 13/5, Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri quận Ba Đình. Trước đó, Bộ trưởng Nguyễn Văn Nam cho biết "
     "kế hoạch đã được duyệt.",
     ["Nguyễn Phú Trọng"]),
])
def test_a_member_earlier_in_the_same_meeting(body: str, people: list[str]) -> None:
    assert _attendees(body) == people


# A sentence glued to a number that ends the one before it is cut there (22589491, 22433144); a list item's number
# after a colon and a software name are not.
@pytest.mark.parametrize(("paragraph", "sentences"), [
    ("Thực hiện Quyết định số 12/2017/QĐ-TTg ngày 22/4/2017.Thủ tướng Chính phủ yêu cầu các bộ.",
     ["Thực hiện Quyết định số 12/2017/QĐ-TTg ngày 22/4/2017.", "Thủ tướng Chính phủ yêu cầu các bộ."]),
    ("Trung ương thảo luận tại Hội nghị lần thứ 7.Thứ trưởng Bộ KH&CN Trần Văn Tùng cho biết.",
     ["Trung ương thảo luận tại Hội nghị lần thứ 7.", "Thứ trưởng Bộ KH&CN Trần Văn Tùng cho biết."]),
    ("Dưới đây là danh sách: 1.Giữ thái độ im lặng.", ["Dưới đây là danh sách: 1.Giữ thái độ im lặng."]),
    ("Virus Win64.EquationDrug.gen thì cần khởi động lại.", ["Virus Win64.EquationDrug.gen thì cần khởi động lại."]),
])
def test_a_sentence_glued_to_a_number(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences([paragraph]) == sentences


# A Vietnamese full name alone as the subject of a speech verb, opening the sentence or after a comma, a dash or a
# quotation mark, is a person (22226896, 22617646, 22615463); a website's name or a ward's after its noun is not
# (22597719, 22556319).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hứa Minh Đạt chia sẻ: “Lần đầu tiên làm huấn luyện viên nên tôi rất áp lực”.", [("Hứa Minh Đạt", [])]),
    ("“Điều này hoàn toàn vu khống” - Lữ Minh Nghĩa nói.", [("Lữ Minh Nghĩa", [])]),
    ("“Ở tôi, nỗ lực và sự may mắn luôn song hành”, Triệu Lệ Dĩnh khẳng định.", [("Triệu Lệ Dĩnh", [])]),
    ("Trang Harper's Bazaar nhận xét 49,95 USD là một cái giá nhỏ.", []),
    ("Đồng thời trình báo Công an phường Lý Thái Tổ yêu cầu làm rõ vụ việc.", []),
])
def test_a_bare_full_name_before_a_speech_verb(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A calling right before a Vietnamese full name is the person's title (21511509, 22292011); inside a body's name it
# stays the body's word (22372551), and after a plural marker it names no one.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Khi được hỏi về hướng phát triển sản phẩm, sinh viên Huỳnh Ngọc Long hồ hởi nói: Chúng em sẽ cải tiến.",
     [("Huỳnh Ngọc Long", ["sinh viên"])]),
    ("Hiện tại, đội có 2 cầu thủ thuộc diện dự phòng là tiền vệ Phan Thanh Hậu và Trương Tiến Anh.",
     [("Phan Thanh Hậu", ["tiền vệ"]), ("Trương Tiến Anh", [])]),
    ("Ông Bùi Nguyên Hùng, Cục trưởng Cục Bản quyền Tác giả cho biết.",
     [("Bùi Nguyên Hùng", ["Cục trưởng Cục Bản quyền Tác giả"])]),
    ("Các sinh viên Nguyễn Văn An và Trần Văn Bình đã tham gia.", []),
])
def test_a_calling_before_a_full_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


def _organizer(body: str) -> str | None:
    return _meeting(body).organizer


# The body whose act the lead tells holds the ceremony that a later sentence names by `buổi lễ` alone (22520149,
# 22472175); a ceremony the lead names itself keeps its own holder.
@pytest.mark.parametrize(("body", "organizer"), [
    ("Sáng 13/6/2017, tại Hà Nội, Tổng Công ty Bưu điện Việt Nam đã chính thức khai trương sàn thương mại điện tử "
     "BADASA. Phát biểu tại buổi lễ, ông Phạm Anh Tuấn, Tổng Giám đốc cho biết sàn sẽ mở rộng.",
     "Tổng Công ty Bưu điện Việt Nam"),
    ("Ngày 8/2/2017, Sở Giao thông Vận tải TP.HCM đã khởi công dự án cầu vượt. Phát biểu tại buổi lễ, ông Bùi Xuân "
     "Cường, Giám đốc Sở cho biết dự án hoàn thành trong năm nay.",
     "Sở Giao thông Vận tải TP.HCM"),
])
def test_the_body_acting_holds_the_bare_ceremony(body: str, organizer: str) -> None:
    assert _organizer(body) == organizer


# A country's formal name between an office and its holder, lower-case words in it (22425006, 22247145); a shorter
# formal name keeps the reading it had (22642934).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump.",
     [("Nguyễn Xuân Phúc", ["Thủ tướng"]), ("Donald Trump", ["Tổng thống Hợp chúng quốc Hoa Kỳ"])]),
    ("Tổng Bí thư, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình chủ trì lễ đón.",
     [("Tập Cận Bình", ["Tổng Bí thư", "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa"])]),
    ("Trưa 29/6, Chủ tịch nước Trần Đại Quang đã hội kiến với Thủ tướng Liên bang Nga Medvedev.",
     [("Trần Đại Quang", ["Chủ tịch nước"]), ("Medvedev", ["Thủ tướng Liên bang Nga"])]),
])
def test_a_countrys_formal_name_in_an_office(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected
