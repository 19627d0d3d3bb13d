"""Detection precision on real text: sentences from baomoi articles (not the gold files); each test
checks the meeting returned, or None, and its kind."""
from dataclasses import replace

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def test_an_event_told_in_an_interview_answer_is_not_the_meeting():
    # 22470137: the round table of 30-5 is what the interviewee recalls after `PV: Thưa ông, …?`.
    text = ("Chiều ngày 6-6 tại trụ sở Tổng cục Du lịch, ông Nguyễn Văn Tuấn, Tổng cục trưởng Tổng cục Du lịch đã "
            "gặp gỡ một số báo chí liên quan tới vụ việc thu hồi văn bản gửi hiệp hội Du lịch Đà Nẵng.\n"
            "Mở đầu, ông Tuấn trả lời báo chí, nói: \"Mong mỏi tinh thần chân thành cầu thị. Sẵn sàng trao đổi lắng "
            "nghe báo chí\". PV: Thưa ông, từ đâu Tổng cục Du lịch tham mưu văn bản ngày 2-6 vừa qua gửi Hiệp hội du "
            "lịch Đà Nẵng gây bức xúc dư luận? Ông Tuấn: \"Câu chuyện là một quá trình, sau khi có ý kiến của anh "
            "Huỳnh Tấn Vinh trong buổi Tọa đàm ngày 30-5 tại Bộ VH-TT&DL, Phó Thủ tướng đã chỉ đạo Bộ VH-TT&DL xem "
            "xét, báo cáo về nội dung kiến nghị của anh Vinh.\"")
    assert extract_meeting(make_article(text)) is None


def test_an_event_told_in_an_interview_question_is_not_the_meeting():
    # 22532652: the Prime Minister's meeting of 12-6 is the premise of the reporter's question.
    text = ("Sáng 14-6, PV Pháp Luật TP.HCM đã gặp gỡ ông Trần Ngọc Hải, Tổng Giám đốc Công ty Cổ phần Đầu tư Long "
            "Biên - đơn vị chủ đầu tư sân golf Tân Sơn Nhất (TSN). Để rộng đường dư luận, chúng tôi xin giới thiệu "
            "nguyên văn nội dung buổi trao đổi này. Phóng viên: Tại cuộc họp chiều 12-6, Thủ tướng đã chỉ đạo dừng "
            "thực hiện các công trình phụ trợ trong sân golf TSN. Ông có biết thông tin này? + Ông Trần Ngọc Hải: Tới "
            "giờ chúng tôi chỉ mới biết thông tin trên báo chí về chỉ đạo của Thủ tướng.")
    assert extract_meeting(make_article(text)) is None


def test_an_interview_given_on_the_sidelines_before_its_first_turn_keeps_the_session():
    # 22562594: the session is told before the first `Phóng viên:` turn, as where the interview was given.
    text = ("Đại biểu Trần Anh Tuấn cho rằng, Chính phủ sẽ có cơ chế để tháo gỡ về xác định giá trị doanh nghiệp để "
            "đẩy mạnh quá trình cổ phần hóa.\n"
            "Trao đổi bên lề Kỳ họp thứ 3, Quốc hội khóa XIV với phóng viên TTXVN, Đại biểu Trần Anh Tuấn, đoàn đại "
            "biểu Thành phố Hồ Chí Minh cho rằng, từ nay đến năm 2020, các doanh nghiệp dù có khó khăn trong quá trình "
            "xác định giá trị thì cũng được tiến hành. Phóng viên: Ông đánh giá thế nào về việc quá trình thực hiện cổ "
            "phần hóa doanh nghiệp nhà nước trong thời gian vừa qua? Đại biểu Trần Anh Tuấn: Thời gian qua, trong chỉ "
            "đạo điều hành thực hiện cổ phần hóa có sự quyết liệt nhất định.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "kỳ họp"


def test_a_bare_ceremony_after_a_festival_is_named_is_that_festival():
    # 21473795: `buổi lễ` is the opening of the Yên Tử spring festival the lead names (`lễ hội Xuân Yên Tử`).
    text = ("Không được gài tiền lên tượng, không dâng lễ mặn vào chùa, không mặc trang phục phản cảm... là những quy "
            "định đối với du khách khi đến lễ hội Xuân Yên Tử 2017.\n"
            "Sáng 6/2 (mùng 10 tháng Giêng), ông Nguyễn Đức Long - Chủ tịch UBND tỉnh Quảng Ninh đã chính chức đánh "
            "trống khai hội Xuân Yên Tử tại Chùa Trình, thành phố Uông Bí, tỉnh Quảng Ninh. Hàng ngàn du khách cùng "
            "lãnh đạo tỉnh Quảng Ninh tham dự lễ cầu quốc thái, dân an tại buổi lễ.")
    assert extract_meeting(make_article(text)) is None


def test_a_bare_ceremony_after_a_parade_is_named_stays_the_ceremony():
    # 22226271: parades are not rites; the President's speech at the Victory Day ceremony is reported.
    text = ("Ngày 9/5, 10.000 binh sĩ Nga cùng các khí tài hiện đại đã có cuộc diễu binh trên Quảng trường Đỏ kỷ niệm "
            "72 năm Ngày Chiến thắng Phát xít.\n"
            "Phát biểu tại buổi lễ, Tổng thống Nga Vladimir Putin nhấn mạnh tầm quan trọng của cuộc chiến vệ quốc vĩ "
            "đại.")
    meeting = extract_meeting(replace(make_article(text), title="Toàn cảnh lễ diễu binh kỷ niệm Ngày Chiến thắng ở Nga"))
    assert meeting is not None
    assert meeting.kind == "lễ"
