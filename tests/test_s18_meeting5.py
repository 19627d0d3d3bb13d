"""Meeting kind, detection and date rules of the s18 meeting5 round, on sentences from baomoi-dev articles (no gold
file); each test checks the exact value."""

from core.extract.meetings import _read_dates, extract_meeting
from tests.conftest import make_article


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
