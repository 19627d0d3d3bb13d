"""Meeting kind, detection and date rules of the s18 meeting5 round, on sentences from baomoi-dev articles (no gold
file); each test checks the exact value."""

from core.extract.meetings import _read_dates, _sitting_of, extract_meeting
from tests.conftest import make_article


def test_a_discussion_sitting_of_a_session_takes_the_session_kind():
    # 22681097
    text = ("Người mẫu môi giới mại dâm trên Internet\n"
            "Sáng 5-7, tại phiên thảo luận kỳ họp thứ 5 HĐND TP.HCM khóa IX, nhiều đại biểu bày tỏ quan điểm trước "
            "thực trạng tội phạm hiện nay và tệ nạn gái bán dâm chèo kéo khách trên các tuyến phố ở TP.HCM.")
    meeting = extract_meeting(make_article(text, published="2017-07-05"))
    assert meeting is not None
    assert meeting.kind == "kỳ họp"
    assert meeting.date == "2017-07-05"
    assert meeting.organizer == "HĐND TP.HCM khóa IX"


def test_part_sittings_and_their_links():
    # 22677084, 22698729, 22684618, 22681850, 22256411
    assert _sitting_of("phiên họp", "phiên thảo luận tổ kỳ họp HĐND TP.HCM") == "kỳ họp"
    assert _sitting_of("phiên họp", "phiên chất vấn kỳ họp HĐND Đà Nẵng lần thứ tư khóa IX") == "kỳ họp"
    assert _sitting_of("phiên họp", "phiên thảo luận của kỳ họp HĐND lần 5 khóa IX") == "kỳ họp"
    assert _sitting_of("phiên họp", "phiên thảo luận tại hội trường của kỳ họp HĐND") == "kỳ họp"
    assert _sitting_of("phiên họp", "phiên thảo luận của hội nghị") == "hội nghị"
    # the name stops at the sitting, or goes on to no event: a sitting still
    assert _sitting_of("phiên họp", "phiên thảo luận") == "phiên họp"
    assert _sitting_of("phiên họp", "phiên chất vấn và trả lời chất vấn") == "phiên họp"
    assert _sitting_of("phiên họp", "phiên họp thường kỳ tháng 5") == "phiên họp"


def test_an_event_of_last_weekend_is_not_the_news_meeting():
    # 22734477
    text = ("Ông Abe giục ông Tập cắt nguồn dầu sang Triều Tiên\n"
            "Ông Shinzo Abe đã thúc giục ông Tập Cận Bình ngừng xuất khẩu dầu sang Triều Tiên, khi hai lãnh đạo gặp "
            "bên lề Hội nghị thượng đỉnh G20 cuối tuần qua tại Đức, Nikkei ngày 11/7 dẫn các nguồn tin thân cận với "
            "chính phủ cho hay.")
    assert extract_meeting(make_article(text)) is None


def test_a_day_and_month_joined_by_an_en_dash():
    # 22754430, 22280189
    assert [(d.day, d.month, part) for _, d, part in _read_dates("Chiều ngày 14 – 7, Thứ trưởng Bộ GTVT …")] == [
        (14, 7, "chiều")]
    assert [(d.day, d.month) for _, d, _ in _read_dates("Ngày 15 – 5, Đoàn công tác do Phó Thủ tướng …")] == [(15, 5)]
    assert _read_dates("Đội chủ nhà thắng 2 – 1 trước đội khách.") == []


def test_a_working_session_dated_with_an_en_dash_is_found():
    # 22754430
    text = ("Khẩn trương khắc phục sai sót tại dự án đường ô tô vượt biển dài nhất Việt Nam\n"
            "Chiều ngày 14 – 7, Thứ trưởng Bộ GTVT Nguyễn Văn Công và Thứ trưởng Bộ Xây dựng Lê Quang Hùng đã làm "
            "việc với Ban Quản lý dự án và các nhà thầu dự án đường ô tô Tân Vũ – Lạch Huyện (Hải Phòng).")
    meeting = extract_meeting(make_article(text, published="2017-07-14"))
    assert meeting is not None
    assert meeting.kind == "buổi làm việc"
    assert meeting.date == "2017-07-14"
    assert meeting.part_of_day == "chiều"


def test_a_half_year_review_ceremony_is_a_rite():
    # `lễ sơ kết`, the half-year sibling of `lễ tổng kết`
    text = ("Sơ kết 6 tháng đầu năm\n"
            "Ngày 14/7/2018, Bệnh viện Trường Đại học Y Dược Huế đã tổ chức lễ sơ kết 6 tháng đầu năm.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "lễ"
    assert meeting.date == "2018-07-14"
    assert meeting.organizer == "Bệnh viện Trường Đại học Y Dược Huế"
