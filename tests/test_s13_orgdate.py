"""The meeting's organizer and date, on sentences from baomoi-dev articles (no gold file); each test checks the exact
value."""

from core.extract.meetings import extract_meeting
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
