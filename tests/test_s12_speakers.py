"""The meeting's speakers and guests: a speaker who gave time to the words (`đã dành nhiều thời gian nói về`), one
who talks to the voters or the delegates (`Trao đổi với cử tri, …`: no interview), and the guests of `có sự góp mặt
của`. Sentences from baomoi-dev articles (no gold file); each test checks the names extracted."""

from tests.conftest import meeting_people

VOTERS = "Tiếp xúc cử tri tại Củ Chi\nSáng 6/5, Tổ đại biểu Quốc hội đơn vị số 10 tổ chức tiếp xúc cử tri huyện Củ Chi.\n"
FORUM = ("Diễn đàn du lịch miền Trung\nSáng 23/6, tại Hội An, Bộ Văn hóa, Thể thao và Du lịch tổ chức Diễn đàn “Du lịch "
         "miền Trung-Tây Nguyên hướng tới đẳng cấp thương hiệu”.\n")
CONFERENCE = ("Hội nghị Thành ủy TP.HCM\nChiều 28/6, Thành ủy TP.HCM tổ chức hội nghị lần thứ 10 Ban Chấp hành Đảng bộ "
              "TP.HCM khóa X.\n")


def test_a_speaker_who_talks_to_the_voters_was_at_the_meeting():
    body = ("Trao đổi với cử tri, ông Phan Nguyễn Như Khuê cho biết do ông Thăng bận họp tại Hà Nội nên không thể "
            "tham dự tiếp xúc cử tri lần này.")
    _chairs, attendees = meeting_people(VOTERS + body)
    assert "Phan Nguyễn Như Khuê" in attendees


def test_a_speaker_who_talks_to_the_delegates_was_at_the_meeting():
    body = ("Trao đổi với các đại biểu, Phó Thủ tướng Vũ Đức Đam nhắc lại quan điểm “xắn tay áo vào việc” của "
            "Chính phủ.")
    _chairs, attendees = meeting_people(FORUM + body)
    assert "Vũ Đức Đam" in attendees


def test_a_speaker_who_talks_to_the_press_is_still_interviewed():
    body = "Trao đổi với phóng viên, ông Phan Nguyễn Như Khuê cho biết sẽ kiến nghị lên trên."
    _chairs, attendees = meeting_people(VOTERS + body)
    assert "Phan Nguyễn Như Khuê" not in attendees


def test_a_speaker_who_gave_time_to_the_words():
    body = ("Bí thư Thành ủy Nguyễn Thiện Nhân đã dành khá nhiều thời gian nói về Nghị quyết Trung ương 4, về kỷ "
            "luật cán bộ.")
    chairs, attendees = meeting_people(CONFERENCE + body)
    assert "Nguyễn Thiện Nhân" in chairs + attendees


def test_a_speaker_after_a_dash_title_who_gave_time_to_the_words():
    body = ("Tại hội nghị, ông Nguyễn Chí Dũng – Bộ trưởng Bộ Kế hoạch và Đầu tư lại dành nhiều thời gian để nói "
            "về những điểm nổi bật của dự thảo.")
    _chairs, attendees = meeting_people(CONFERENCE + body)
    assert "Nguyễn Chí Dũng" in attendees


def test_the_guests_whose_presence_the_meeting_had():
    text = ("Cuộc gặp Putin - Trump\nNgày 7/7, Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump có cuộc gặp "
            "bên lề Hội nghị thượng đỉnh G20. Cuộc gặp có sự góp mặt của Ngoại trưởng Nga Sergey Lavrov và Ngoại "
            "trưởng Mỹ Rex Tillerson.\n")
    chairs, attendees = meeting_people(text)
    assert {"Sergey Lavrov", "Rex Tillerson"} <= set(chairs + attendees)


def test_a_presence_denied_names_no_one_there():
    text = ("Đại hội cổ đông Sacombank\nSáng 30/6, Sacombank tổ chức đại hội đồng cổ đông thường niên. Tuy nhiên, có "
            "rất nhiều ý kiến cổ đông chất vấn vì sao đại hội lần này không có sự xuất hiện của ông Trầm Bê để làm rõ "
            "trách nhiệm. Đại hội không có sự góp mặt của ông Nguyễn Văn Minh.\n")
    _chairs, attendees = meeting_people(text)
    assert "Trầm Bê" not in attendees and "Nguyễn Văn Minh" not in attendees


def test_the_lead_tells_whose_request_at_the_meeting_it_was():
    text = ("Phải đẩy lùi tín dụng đen ở nông thôn\nCần có giải pháp đẩy lùi tín dụng đen ở nông thôn. Đó là yêu cầu của "
            "Phó Thủ tướng Chính phủ Vương Đình Huệ - Ủy viên Bộ Chính trị, Trưởng Ban Chỉ đạo Tây Nam bộ tại hội nghị "
            "tổng kết 5 năm (2012 - 2016) thực hiện đề án “Củng cố, nâng cao chất lượng hoạt động tín dụng chính sách "
            "tại khu vực Tây Nam bộ” diễn ra ngày 28/6 tại Cần Thơ.\n")
    chairs, attendees = meeting_people(text)
    assert "Vương Đình Huệ" in chairs + attendees
