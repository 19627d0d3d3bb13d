"""Detection and kind of the 1 Dec morning round: ceremonies named by their classifier, more ceremonies, receptions of
a person addressed `ông`/`bà`/`đồng chí`, meetings told by `họp với`, working visits told by `thăm, làm việc tại` and
what is said right after an event (sentences from baomoi articles)."""

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article

REPORTED = [
    # A ceremony told by its verb, then placed by `buổi lễ` (baomoi 22472190).
    ("Đại học Fulbright Việt Nam (FUV) vừa chính thức nhận hai khoản tài trợ với tổng trị giá 15.5 triệu USD từ Chính "
     "phủ Hoa Kỳ vào hôm nay 6/6. Tại buổi lễ, Ông Ted Osius, Đại sứ Hoa Kỳ tại Việt Nam đã công bố khoản tài trợ trị "
     "giá 7.2 triệu đô của Cơ quan Viện trợ Phát triển Quốc tế Hoa Kỳ (USAID) dành cho FUV trong 3 năm.",
     "lễ", "buổi lễ"),
    # A ceremony of the added kinds (baomoi 22527996).
    ("Sáng 14/6, CATP Hà Nội đã tổ chức lễ bế giảng và bàn giao chiến sĩ hoàn thành khóa huấn luyện chiến sĩ nghĩa "
     "vụ năm 2017.", "lễ", "lễ bế giảng và bàn giao chiến sĩ hoàn thành khóa huấn luyện chiến sĩ nghĩa vụ năm 2017"),
    # A reception of a visitor addressed `ông` (baomoi 22523456).
    ("Chiều 13/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã tiếp ông Geetesh Sharma, Chủ tịch Ủy ban "
     "Đoàn kết Ấn Độ - Việt Nam bang Tây Bengal (Ấn Độ).", "cuộc gặp", None),
    # A meeting told by `họp với` on a day (baomoi 22515810).
    ("Chiều 12-6, Thủ tướng, các Phó thủ tướng đã họp với các bộ ngành liên quan, đi đến quyết định thuê tư vấn nước "
     "ngoài nghiên cứu mở thêm một đường băng nữa, để tăng công suất khai thác sân bay Tân Sơn Nhất.", "cuộc họp", None),
    # A working visit (baomoi 22701157).
    ("Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm, làm việc tại tỉnh Bắc Kạn, kiểm tra tình hình "
     "thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng an ninh, xây dựng Đảng, xây dựng hệ thống chính trị trên địa "
     "bàn.", "buổi làm việc", None),
    # What a minister said right after talks, in the lead's second sentence (baomoi 22464942).
    ("Trung Quốc không thể dùng sức mạnh kinh tế để né tránh các trách nhiệm quốc tế ở Biển Đông và trong việc răn "
     "đe Triều Tiên, Ngoại trưởng Mỹ Rex Tillerson ngày 5/6 cảnh báo. Phát biểu sau các cuộc hội đàm với người đồng "
     "cấp Australia tại Sydney, nhà ngoại giao hàng đầu của Mỹ nhấn mạnh rằng Trung Quốc là một cường quốc.",
     "hội đàm", "hội đàm với người đồng cấp Australia"),
]


@pytest.mark.parametrize(("text", "kind", "name"), REPORTED)
def test_the_event_is_reported_with_its_kind(text, kind, name):
    m = extract_meeting(make_article(text))
    assert m is not None
    assert (m.kind, m.name) == (kind, name)


NOT_REPORTED = [
    # Ceremonies in general, not one held (baomoi 22426601).
    "Cũng giống như nhiều nhà lãnh đạo thế giới, Kim Jong Un thường xuất hiện trong những bức ảnh ông đang phát "
    "biểu, thị sát trường học hoặc nông trại và dự các buổi lễ khác nhau.",
    # The police questioning a person (baomoi 22422531).
    "Chiều 31-5, Công an phường 8, TP Đà Lạt, tỉnh Lâm Đồng đã làm việc với ông L.T.V (32 tuổi), chủ quầy đặc sản, "
    "để làm rõ hành vi hành hung bà Trần Ngọc Bích (44 tuổi).",
    # A schedule asked for (baomoi 22652280).
    "Chiều 29.6, Lao Động đã liên hệ với Phòng truyền thông VFF để đặt lịch làm việc với ông Nguyễn Hải Hường cũng "
    "như Ban kỷ luật VFF.",
    # The trip as a noun (baomoi 22382700).
    "Chuyến thăm và làm việc tại Việt Nam lần này của hai đoàn có ý nghĩa hết sức quan trọng.",
    # A wedding to come (baomoi 22685267): a wedding held is a ceremony (`lễ`), one planned is no meeting.
    "Nam diễn viên Song Joong Ki và nữ diễn viên Song Hye Kyo sẽ tổ chức lễ cưới vào ngày 31 tháng 10 năm 2017.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_no_meeting_is_reported(text):
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_told_in_a_quotation_of_a_press_conference_stays_the_press_conference():
    # `… cho biết: Chiều 13/7, Ủy ban … đã họp với …` is the news of the press conference (baomoi 22751395).
    text = ("Tại buổi họp báo thường kỳ sáng 14/7, Thứ trưởng Bộ Công Thương Đỗ Thắng Hải cho biết: Chiều 13/7, Ủy ban "
            "Kiểm tra TƯ đã họp với Ban cán sự Đảng Bộ của Bộ Công Thương thông báo công bố kết luận về những vi phạm.")
    m = extract_meeting(make_article(text))
    assert m is not None
    assert m.kind == "họp báo"


QUOTED_AND_GATHERINGS = [
    # A quoted name after the frame, ending at its closing mark (baomoi 22488074).
    ("Việt Nam và Czech có nhiều tiềm năng nâng cao kim ngạch thương mại. Đây là nội dung trao đổi của các đại biểu "
     "tại \"Diễn đàn doanh nghiệp Việt Nam - Czech\" do Phòng Thương mại và Công nghiệp Việt Nam tổ chức.",
     "diễn đàn", "Diễn đàn doanh nghiệp Việt Nam - Czech"),
    # A gathering of a body (baomoi 21472659), the list's `cuộc họp` as its noun writes it.
    ("Ngày 6-2, UBND tỉnh Bà Rịa-Vũng Tàu tổ chức họp mặt Doanh nghiệp và Nhà đầu tư Xuân Đinh Dậu 2017.",
     "cuộc họp", "họp mặt Doanh nghiệp và Nhà đầu tư Xuân Đinh Dậu 2017"),
    # A session of answers to questions (baomoi 22526562).
    ("Sáng 14/6, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện tiếp tục trả lời chất vấn của các đại "
     "biểu Quốc hội. Ngay từ đầu phiên trả lời chất vấn, Bộ trưởng đã trả lời câu hỏi của đại biểu Nguyễn Sỹ Cương.",
     "phiên họp", "phiên trả lời chất vấn"),
]


@pytest.mark.parametrize(("text", "kind", "name"), QUOTED_AND_GATHERINGS)
def test_quoted_names_gatherings_and_sessions_of_answers(text, kind, name):
    m = extract_meeting(make_article(text))
    assert m is not None
    assert (m.kind, m.name) == (kind, name)


def test_attending_told_as_done_in_a_later_sentence_that_opens_on_its_day():
    # (baomoi 22556372)
    text = ("Thu hút đầu tư vào nông nghiệp tỉnh Hải Dương vẫn còn hạn chế với 1,6 nghìn DN đăng ký. Ngày 18/6, tại Hải "
            "Dương, Bộ trưởng Bộ NN-PTNT Nguyễn Xuân Cường đã dự hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh.")
    m = extract_meeting(make_article(text))
    assert m is not None
    # (the field invested in goes on the name since the thirty-ninth round: `đầu tư vào`, prec59 B13)
    assert (m.kind, m.name) == ("hội nghị", "hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh")
