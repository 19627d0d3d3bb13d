"""The 4 Dec twenty-fifth round: what audit52 (drawn blind last round, read this round) and the precision audit prec40
found, each checked on the 35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them
an audit set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from core.record import Meeting
from tests.conftest import make_article


def _meeting(body: str, headline: str = "Tin trong nước") -> Meeting:
    meeting = extract_meeting(make_article(f"{headline}\n{body}\nNội dung khác của bài.\n"))
    assert meeting is not None
    return meeting


def _attendees(body: str, headline: str = "Tin trong nước") -> list[str]:
    meeting = _meeting(body, headline)
    return [p.name for p in (*meeting.chairs, *meeting.attendees)]


# A Party badge handed over at the ceremony (`trao huy hiệu 80 năm tuổi Đảng cho …`): who receives it is there, as the
# receiver of a decision or a medal is (22573685, 22573549).
@pytest.mark.parametrize(("body", "people"), [
    ("Chiều 20/6, tại trụ sở Chính phủ, Đảng ủy Văn phòng Chính phủ tổ chức lễ trao Huy hiệu Đảng cho các đồng chí "
     "lãnh đạo. Thủ tướng Nguyễn Xuân Phúc trao tặng Huy hiệu 50 năm tuổi Đảng cho đồng chí Nguyễn Tấn Dũng, nguyên "
     "Ủy viên Bộ Chính trị, nguyên Thủ tướng Chính phủ.",
     ["Nguyễn Xuân Phúc", "Nguyễn Tấn Dũng"]),
    ("Chiều tối nay, tại trụ sở Chính phủ, Đảng ủy Văn phòng Chính phủ tổ chức lễ trao huy hiệu Đảng cho các nguyên "
     "lãnh đạo. Thủ tướng Nguyễn Xuân Phúc đã trao huy hiệu 80 năm tuổi Đảng cho nguyên Bí thư TƯ Đảng Nguyễn Văn Trân.",
     ["Nguyễn Xuân Phúc", "Nguyễn Văn Trân"]),
])
def test_who_receives_a_party_badge_attends(body: str, people: list[str]) -> None:
    assert _attendees(body) == people


# A list the meeting's name holds goes on over its comma to the `và` a word or two later (22297810, 22251981); a comma
# before a capitalised word or a longer clause still ends the name.
@pytest.mark.parametrize(("body", "name"), [
    ("Ngày 17-5 tại Nghĩa trang liệt sĩ Quốc gia Đường 9, UBND tỉnh Quảng Trị đã long trọng tổ chức lễ đón, truy điệu "
     "và an táng 21 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam đã anh dũng hy sinh.",
     "lễ đón, truy điệu và an táng 21 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam"),
    ("Ngày 12/5, tại Hà Nội, Hội thảo về giáo dục, dạy nghề và an sinh xã hội do Nhóm công tác về phát triển nguồn "
     "nhân lực tổ chức diễn ra trong khuôn khổ Hội nghị lần thứ 2 các quan chức cao cấp APEC.",
     "Hội thảo về giáo dục, dạy nghề và an sinh xã hội"),
    ("Sáng 12/5, tại Hà Nội, Bộ Y tế tổ chức hội thảo về giáo dục, Thứ trưởng Nguyễn Viết Tiến chủ trì.",
     "hội thảo về giáo dục"),
])
def test_a_list_inside_a_meetings_name_goes_on_over_its_comma(body: str, name: str) -> None:
    assert _meeting(body).name == name


# The venue ends before what follows it: a time after (`sau cuộc gặp`), a verb (`tiếp tục`), a period (`thời gian
# qua`), an invitation or a rule (`theo lời mời`) (22621158, 22228788).
@pytest.mark.parametrize(("body", "location"), [
    ("Phát biểu với báo giới tại Vườn Hồng sau cuộc gặp đầu tiên với Thủ tướng Ấn Độ, Tổng thống Trump nói: \"Chế độ "
     "tại Triều Tiên đang gây ra các vấn đề\".", "Vườn Hồng"),
    ("Trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp (SOM 2) APEC và các cuộc họp liên quan, ngày 10/5, tại "
     "Hà Nội tiếp tục diễn ra các cuộc họp về khai khoáng, người khuyết tật.", "Hà Nội"),
])
def test_a_venue_ends_before_what_follows_it(body: str, location: str) -> None:
    assert _meeting(body).location == location


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# A capitalised firm noun, a foreign brand of one word, then the holder's foreign name of two words (22355070,
# 22283737, 22466688); a firm's own English words, or Vietnamese syllables, keep the run the firm's (22495019, 22704863).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bà Choi Soon-sil và Chủ tịch Tập đoàn Lotte Shin Dong-bin cũng có mặt tại tòa án hôm 23-5.",
     [("Choi Soon-sil", []), ("Shin Dong-bin", ["Chủ tịch Tập đoàn Lotte"])]),
    ("Trước đó, Chủ tịch Tập đoàn Microsoft Brad Smith đã cáo buộc Chính phủ Mỹ chịu trách nhiệm một phần.",
     [("Brad Smith", ["Chủ tịch Tập đoàn Microsoft"])]),
    ("Trả lời câu hỏi của Chủ tịch Tập đoàn Sumitomo Kuniharu Nakamura về quan điểm của Việt Nam đối với TPP.",
     [("Kuniharu Nakamura", ["Chủ tịch Tập đoàn Sumitomo"])]),
    ("Ông Dương là Chủ tịch kiêm Giám đốc điều hành Công ty California Waste Solutions (CWS).", []),
    ("Giám đốc hãng Taxi Ba Sao cho hay, hiện hãng này đang bị giữ 11 xe.", []),
])
def test_a_foreign_holder_after_a_firms_brand(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# Corruption and the general staff name departments and staffs in lower case (`Cục chống tham nhũng`, `Bộ Tổng tham
# mưu`): their `tham` is no attending verb there (22708914, 22380441, 21487814, 22722294).
@pytest.mark.parametrize(("sentence", "titles"), [
    ("Ông Phạm Trọng Đạt, Cục trưởng Cục Phòng, chống tham nhũng, Trưởng đoàn thanh tra của Thanh tra Chính phủ cho "
     "biết.", ["Cục trưởng Cục Phòng, chống tham nhũng", "Trưởng đoàn thanh tra của Thanh tra Chính phủ"]),
    ("Ông Phạm Trọng Đạt - Cục trưởng Cục chống tham nhũng cho biết.", ["Cục trưởng Cục chống tham nhũng"]),
    ("Trung tướng Sergey Rudskoi, Cục trưởng Cục tác chiến Bộ Tổng tham mưu quân đội Nga cho biết.",
     ["Trung tướng", "Cục trưởng Cục tác chiến Bộ Tổng tham mưu quân đội Nga"]),
])
def test_corruption_and_the_general_staff_name_bodies(sentence: str, titles: list[str]) -> None:
    assert [t for _, t in _people(sentence)] == [titles]


# A department's head (`Trưởng khoa`) takes the department's name in lower case, as `Trưởng phòng` does (22618193,
# 22637239, 22707851); the office as a noun stays no one's (22442252).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("PGS.TS Vũ Minh Phúc, Trưởng khoa tim mạch – BV Nhi đồng 1 cho biết, sau khi tiếp nhận bệnh nhân.",
     [("Vũ Minh Phúc", ["PGS.TS", "Trưởng khoa tim mạch – BV Nhi đồng 1"])]),
    ("TS. BS Nguyễn Minh Tuấn – Trưởng khoa sốt xuất huyết (Bệnh viện Nhi đồng 1) cho biết.",
     [("Nguyễn Minh Tuấn", ["TS. BS", "Trưởng khoa sốt xuất huyết"])]),
    ("Chiều 8/7, bác sĩ Trần Giám, Trưởng khoa tai mũi họng (Bệnh viện Đa khoa Quảng Nam), cho biết.",
     [("Trần Giám", ["bác sĩ", "Trưởng khoa tai mũi họng (Bệnh viện Đa khoa Quảng Nam)"])]),
    ("Dù đã xin phép trưởng khoa và gửi báo cáo xin đi hội nghị tự túc từ trước, ông vẫn bị kỷ luật.", []),
])
def test_a_departments_head_takes_its_name_in_lower_case(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A verb of judging, warning or confirming ends the title before it, though it places no one at a meeting (22662271,
# 22280301, and the sentences of 35,440 baomoi articles where such a title had run on or been cut).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tại buổi họp báo do Tổng cục Thống kê tổ chức mới đây, ông Nguyễn Bích Lâm, Tổng cục trưởng Tổng cục Thống kê "
     "nhận định, tăng trưởng đã phục hồi.", [("Nguyễn Bích Lâm", ["Tổng cục trưởng Tổng cục Thống kê"])]),
    ("Ông Nguyễn Trọng Quyết, Giám đốc Kinh doanh showroom Hyundai Hà Đông nhận định, xe cỡ nhỏ vẫn sẽ chiếm thị phần "
     "chính trong năm 2017.", [("Nguyễn Trọng Quyết", ["Giám đốc Kinh doanh showroom Hyundai Hà Đông"])]),
    ("PGS.TS.Nguyễn Thị Lâm, nguyên Phó Viện trưởng Viện Dinh dưỡng Quốc gia cảnh báo, không phải ai ăn dứa cũng tốt.",
     [("Nguyễn Thị Lâm", ["PGS.TS.", "nguyên Phó Viện trưởng Viện Dinh dưỡng Quốc gia"])]),
    ("Thông tin về vụ việc, ông Lê Văn Thêu, Chủ tịch UBND xã Phụng Châu xác nhận sự việc nói trên.",
     [("Lê Văn Thêu", ["Chủ tịch UBND xã Phụng Châu"])]),
    ("Ông Mark Rowley, trợ lý lãnh đạo lực lượng cảnh sát TP London, cũng xác nhận ba nghi phạm mang theo áo khoác giả.",
     [("Mark Rowley", ["trợ lý lãnh đạo lực lượng cảnh sát TP London"])]),
])
def test_a_verb_of_judging_ends_a_title(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# The SI prefixes spelled out are measures, their decimal comma a decimal (22687833, 21494615, 22639493).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mỗi 100g sả chứa đến 24,205 microgam beta-carotene.", [("100g", 100, "g"), ("24,205 microgam", 24.205, "microgam")]),
    ("39 xentimet đó gì nghiêm trọng.", [("39 xentimet", 39, "xentimet")]),
])
def test_si_prefixes_spelled_out_are_measures(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    found = extract_statistics([sentence])
    assert [(s.text, s.value, s.unit) for s in found] == expected
    assert all(s.kind == "measure" for s in found)


# A body's field in lower case that opens on a verb's syllable (`điều hành`, `điều tra`, `kiểm soát`, `phát triển`) goes
# on the body's name after its noun (22272139, 22426036, 22416718); the firm's name after such a field is the
# firm's, no person's (22415937).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cựu giám đốc Cục điều tra liên bang Mỹ (FBI) James Comey cho biết ông chỉ chấp thuận điều trần công khai.",
     [("James Comey", ["Cựu giám đốc Cục điều tra liên bang Mỹ (FBI)"])]),
    ("Theo Vụ trưởng Vụ kiểm soát vũ khí thuộc Bộ Ngoại giao Nga Mikhail Ulyanovsk: \"Rõ ràng, Nga có quyền\".",
     [("Mikhail Ulyanovsk", ["Vụ trưởng Vụ kiểm soát vũ khí thuộc Bộ Ngoại giao Nga"])]),
    ("Ông Nguyễn Hoàng Hải, Giám đốc Trung tâm điều hành giao thông đô thị Hà Nội cho biết, khách đi lại rất đông.",
     [("Nguyễn Hoàng Hải", ["Giám đốc Trung tâm điều hành giao thông đô thị Hà Nội"])]),
    ("Thủ tướng Nguyễn Xuân Phúc tiếp ông Liam Mallon, Chủ tịch Công ty phát triển Exxon Mobile.",
     [("Nguyễn Xuân Phúc", ["Thủ tướng"]), ("Liam Mallon", ["Chủ tịch Công ty phát triển Exxon Mobile"])]),
    ("Theo giáo sư Trịnh Hồng Sơn, Phó Giám đốc Bệnh viện Việt Đức, Giám đốc Trung tâm điều phối tạng quốc gia, ca ghép "
     "phổi sẽ gặp nhiều khó khăn.", [("Trịnh Hồng Sơn", ["giáo sư", "Phó Giám đốc Bệnh viện Việt Đức",
                                                        "Giám đốc Trung tâm điều phối tạng quốc gia"])]),
    ("Sáng 12.7, đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng kiểm tra, làm việc tại Tổng công "
     "ty Tân Cảng Sài Gòn.", [("Ngô Xuân Lịch", ["đại tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"])]),
])
def test_a_bodys_field_opening_on_a_verbs_syllable(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# The head of an agency (`Thủ trưởng Cơ quan CSĐT`), mostly the police's investigation agency, is an office (22352690,
# 22692093); the office as a plural noun names no one (22301762).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chiều 23-5, Thượng tá Phạm Thế Tùng, Thủ trưởng Cơ quan CSĐT Công an tỉnh Hưng Yên cho biết Công an đã bắt được "
     "hung thủ.", [("Phạm Thế Tùng", ["Thượng tá", "Thủ trưởng Cơ quan CSĐT Công an tỉnh Hưng Yên"])]),
    ("Đại tá Bùi Đình Quang, Thủ trưởng Cơ quan CSĐT, Phó giám đốc Công an tỉnh Hà Tĩnh sáng nay cho hay.",
     [("Bùi Đình Quang", ["Đại tá", "Thủ trưởng Cơ quan CSĐT", "Phó giám đốc Công an tỉnh Hà Tĩnh"])]),
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ khắc phục những hạn chế.", []),
])
def test_the_head_of_an_agency(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# `đi` and its particle after counted people is their verb, not their noun (reports of riders and voters: `10 thanh
# niên đi trên 6-7 xe máy`, `47 triệu cử tri Anh đi bỏ phiếu`); a noun `đi` closes stays whole (`4 cửa đi`).
@pytest.mark.parametrize(("sentence", "units"), [
    ("Khoảng 10 thanh niên đi trên 6-7 xe máy chạy với tốc độ cao.", ["thanh niên", "xe máy", "xe máy"]),
    ("Gần 47 triệu cử tri Anh đi bỏ phiếu bầu 650 ghế trong Hạ viện.", ["cử tri anh", "ghế"]),
    ("Nhà ga có 4 cửa đi và đến bằng ống lồng.", ["cửa đi"]),
])
def test_going_after_counted_people_is_their_verb(sentence: str, units: list[str]) -> None:
    assert [s.unit for s in extract_statistics([sentence])] == units


# A sentence glued after a caption or a subheading that opens on another event names that event's people, not the
# meeting's (22384037, 21479106); the meeting named again by the lead's words stays the meeting (22291607).
def test_a_glued_sentence_opening_on_another_event() -> None:
    body = ("Sáng 6/2, UBND TP Hà Nội tổ chức cuộc họp khẩn về công tác quản lý lễ hội. Phó Chủ tịch UBND TP Ngô Văn "
            "Quý chủ trì cuộc họp. Hà Nội quyết không để tái diễn cảnh tranh cướp lộc Tại cuộc họp giao ban chủ tịch, "
            "phó chủ tịch UBND TP với giám đốc các sở diễn ra sáng 6/2, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đề cập "
            "đến hàng loạt vấn đề nóng.")
    assert _attendees(body) == ["Ngô Văn Quý"]
    again = ("Chiều 16-5, TP.HCM tổ chức buổi gặp gỡ báo chí công bố phát sóng chương trình Ca sĩ giấu mặt mùa thứ ba. "
             "Nghệ sĩ Trường Giang tiếp tục là người dẫn dắt chương trình Tại buổi gặp gỡ, bà Lê Quỳnh Anh, Giám đốc "
             "truyền thông Công ty CJ Blue, cũng chia sẻ về chương trình.")
    assert "Lê Quỳnh Anh" in _attendees(again)
