"""The meeting's organizer and date, on sentences from baomoi-dev articles (no gold file); each test checks the exact
value."""

from datetime import date

from core.extract.meetings import _news_day_written, extract_meeting
from tests.conftest import make_article


def test_a_caption_dating_another_days_meeting_lends_no_organizer():
    # 22343608: the photo shows a sitting of the European Parliament on 17/5; the news is the 22/5 meeting in Brussels.
    text = ("EU 'bật đèn xanh' cho đàm phán Brexit với Anh\n"
            "Ngày 22/5, ngoại trưởng các nước thành viên Liên minh châu Âu (EU) đã nhất trí ủy quyền cho ông Michel "
            "Barnier - Trưởng đoàn đàm phán của EU - khởi động các cuộc đàm phán với Anh về việc nước này rời khỏi EU "
            "(gọi là Brexit).\n"
            "Trưởng đoàn đàm phán của EU về Brexit Michel Barnier tại cuộc họp của Nghị viện châu Âu ở Strasbourg, Pháp "
            "ngày 17/5. Ảnh: EPA/TTXVN Các quan chức cho biết trong cuộc họp tại Brussels, Hội đồng đối ngoại 27 nước "
            "thành viên EU đã nhất trí thông qua các chỉ thị định hướng cũng như nhóm đàm phán Brexit.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer is None


def test_a_caption_of_the_same_meeting_with_no_other_day_still_names_its_holder():
    # 22677194: the caption names the holder the news sentence writes only as `của Ủy ban`.
    text = ("Phải giảm cho được số vụ, số người thương vong vì TNGT\n"
            "Phó Thủ tướng Trương Hòa Bình yêu cầu, trong 6 tháng cuối năm, các ngành, các cấp phải thực hiện cho được "
            "mục tiêu kéo giảm số vụ TNGT, số người chết và số người bị thương do TNGT từ 5-10%.\n"
            "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, chủ trì Hội nghị trực tuyến toàn quốc sơ kết công tác "
            "6 tháng của Ủy ban ATGT quốc gia. Ảnh: VGP/Lê Sơn. Chiều 4/7, tại Trụ sở Chính phủ, Ủy viên Bộ Chính trị, "
            "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Chủ tịch Ủy ban An toàn giao thông (ATGT) quốc gia đã "
            "chủ trì Hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng của Ủy ban.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == "Ủy ban ATGT quốc gia"


def test_a_full_date_said_of_today_dates_the_meetings_day():
    # 22574467: the closing sitting is the day the body writes in full after `Sáng nay`.
    text = ("Quốc hội làm gì trong ngày làm việc cuối cùng của kỳ họp thứ 3?\n"
            "Sáng nay, 21/06/2017, kỳ họp thứ ba, Quốc hội khóa XIV sẽ bế mạc sau 1 tháng làm việc khẩn trương, sôi "
            "nổi. Tuy nhiên, trước khi bế mạc, các ĐBQH sẽ còn phải thông qua một loạt Nghị quyết quan trọng, trong đó có "
            "Nghị quyết về xử lý nợ xấu.\n"
            "Quốc hội biểu quyết thông qua Nghị quyết về việc thi hành Bộ luật Hình sự vào chiều 20/06/2017. Theo chương "
            "trình làm việc ngày 21/06, ngày diễn ra phiên bế mạc của kỳ họp, được Văn phòng Quốc hội công bố, sẽ có 6 "
            "nội dung chính diễn ra trong buổi sáng nay.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.date == "2017-06-21"


def test_the_day_written_with_today_or_yesterday_is_read_only_when_all_agree():
    assert _news_day_written(["Kỳ thi thử đầu tiên được mở từ hôm nay, 10/2/2017 đến ngày 21/2/2017."]) == date(2017, 2, 10)
    assert _news_day_written(["Hôm nay, ngày 11.6.2017 dương lịch tức ngày mồng 17 tháng 5 năm 2017 âm lịch."]) == date(
        2017, 6, 11)
    assert _news_day_written(["Sáng nay, 21/06/2017, kỳ họp bế mạc.", "Chiều qua, ngày 2/5/2017, có mưa."]) is None
    assert _news_day_written(["Trong ngày 21/06/2017, kỳ họp bế mạc."]) is None
