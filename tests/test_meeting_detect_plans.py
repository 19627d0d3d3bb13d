"""Previews, requests and background mentions of meetings on real text: sentences from baomoi
articles (not the gold files); each test checks the meeting returned, or None."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_plan_named_first_stays_a_plan_in_the_later_lead():
    # 22364761: the summit `sẽ được tổ chức` in the 2nd sentence; `tại hội nghị thượng đỉnh` later is it.
    text = ("Liên quan đến cuộc đấu tranh chống chủ nghĩa khủng bố, NATO là một tổ chức vô dụng, vì vậy đừng hy "
            "vọng nó sẽ tác động lớn đến vấn đề này, chuyên gia Dmitry Danilov cho biết.\n"
            "Hội nghị thượng đỉnh NATO sẽ được tổ chức vào ngày 25 tháng Năm trong tổng hành dinh mới của NATO "
            "tại Brussels theo chương trình rút gọn.\n"
            "Theo ông Danilov, chống khủng bố và ngân sách quốc phòng là hai chủ đề rất bất tiện.\n"
            "Vì lý do này, không nên mong đợi hiệu ứng thảo luận về các chủ đề này tại hội nghị thượng đỉnh.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_told_as_held_first_is_not_undone_by_its_planned_length():
    # 22336169: the sitting opened this morning; `kỳ họp sẽ kéo dài …` does not make it a plan.
    text = ("Sáng nay 22/5, Kỳ họp thứ 3, Quốc hội khóa XIV khai mạc tại Hội trường Diên Hồng, Nhà Quốc hội "
            "(Hà Nội).\n"
            "Theo dự kiến, kỳ họp sẽ kéo dài 22,5 ngày từ 22/5 đến 21/6.\n"
            "Tại kỳ họp này, lần đầu tiên, chất vấn và trả lời chất vấn sẽ tăng từ 2,5 ngày lên 3 ngày.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "kỳ họp"


def test_a_dateline_before_a_saying_verb_dates_the_saying_not_the_plan():
    # 22552978: the spokesman spoke on 17/6; the meeting is to come.
    text = ("Ngày 17/6, người phát ngôn của Văn phòng Thủ tướng Anh cho biết Thủ tướng Theresa May sẽ gặp các nạn "
            "nhân, các tình nguyện viên và đại diện các cộng đồng dân cư tại Văn phòng Thủ tướng ở nhà số 10 phố "
            "Downing sau khi chủ trì cuộc họp với sự tham dự của tất cả các đảng chính trị.")
    assert extract_meeting(make_article(text)) is None


def test_a_requested_meeting_is_not_held():
    # 21494923 and 22732124: `yêu cầu`/`đề xuất` X `tổ chức` the meeting.
    for text in (
        "Sở GD-ĐT yêu cầu Trường THPT Phan Đình Phùng tổ chức các cuộc họp theo quy trình để xem xét, kiểm điểm "
        "các cá nhân liên quan, nếu có sai phạm sẽ xử lý nghiêm khắc.",
        "Cục đề xuất lãnh đạo Bộ tổ chức buổi làm việc với UBND TP Hải Phòng tại Hà Nội để xem xét cụ thể việc "
        "tổ chức lễ hội trong thời gian tới.",
    ):
        assert extract_meeting(make_article(text)) is None, text


def test_a_steering_committee_is_a_body_not_a_directive():
    # 21493161: `Ban chỉ đạo … tổ chức họp báo` holds the press conference.
    text = ("Mới đây, tại Hà Nội, Ban chỉ đạo Tây Nguyên phối hợp với UBND tỉnh Đắk Lắk tổ chức họp báo về việc tổ "
            "chức Lễ hội cà phê Buôn Ma Thuột lần thứ 6.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "họp báo"


def test_a_negated_holding_is_no_meeting():
    # 22363838
    text = ("Chiều 24.5, Ngân hàng TMCP Sài Gòn Thương tín (Sacombank) thông tin không tổ chức đại hội đồng cổ "
            "đông thường niên (ĐHĐCĐ) như dự kiến vào ngày 26.5.")
    assert extract_meeting(make_article(text)) is None


def test_the_holding_as_a_noun_is_a_topic():
    # 22452923
    sentence = ("Theo ngài đại sứ, chuyến thăm thể hiện cam kết và sự ủng hộ của Australia đối với sự phát triển "
                "kinh tế - xã hội của TP Đà Nẵng, trong đó có việc tổ chức Hội nghị Thượng đỉnh APEC 2017.")
    assert [e.score for e in find_events(sentence, 3)] == [1]


def test_an_event_that_dates_later_news_is_background():
    # 22252995: `1 tháng sau khi … có cuộc gặp`
    text = ("Trung Quốc ngày 12/5 đã thông báo đạt thỏa thuận với Mỹ về nối lại hoạt động nhập khẩu thịt bò.\n"
            "Thỏa thuận trên đạt được 1 tháng sau khi Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Donald Trump có "
            "cuộc gặp đầu tiên tại khu nghỉ mát Mar-a-Lago ở bang Florida (Mỹ) của ông Trump.")
    assert extract_meeting(make_article(text)) is None


def test_an_event_held_later_this_week_is_a_plan():
    # 22669625
    text = ("Thủ tướng Đức Angela Merkel bày tỏ hy vọng rằng Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế "
            "giới (G20) sẽ đạt đồng thuận về vấn đề chống khủng bố quốc tế tại hội nghị thượng đỉnh của nhóm diễn "
            "ra vào cuối tuần này ở Hamburg (Đức).")
    assert extract_meeting(make_article(text)) is None


def test_the_last_session_looked_back_on_is_background():
    # 22493930
    sentence = ("Trong phiên họp vừa rồi, Chính phủ cũng quan tâm, quy định chính sách về mầm non 5 tuổi, không phân "
                "biệt người dân tộc.")
    assert all(e.score <= 1 for e in find_events(sentence, 2))


def test_a_future_said_at_the_event_does_not_make_it_a_plan():
    # 22448550: a subhead merged before the sentence; what was said (`sẽ trình`) is no plan of the briefing.
    text = ("Tăng giá điện: Nếu vượt thẩm quyền, sẽ trình Chính phủ Nói điều này tại buổi họp báo Chính phủ tối "
            "3/6, Thứ trưởng Bộ Công Thương Đỗ Thắng Hải khẳng định, giá điện là mặt hàng quan trọng.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.part_of_day) == ("họp báo", "tối")


def test_a_planned_speech_at_an_event_keeps_it_a_plan():
    # 22261596: `sẽ dự và phát biểu tại Tọa đàm`
    text = ("Theo chương trình, ngay khi đặt chân đến Bắc Kinh, Chủ tịch nước Trần Đại Quang sẽ dự và phát biểu tại "
            "Tọa đàm hợp tác Kinh tế Thương mại Việt – Trung tại Phúc Kiến.")
    assert extract_meeting(make_article(text)) is None


def test_a_reception_written_hoi_kien_voi_is_a_meeting():
    # 22642934
    meeting = extract_meeting(make_article(
        "Trưa 29/6, Chủ tịch nước Trần Đại Quang đã hội kiến với Thủ tướng Liên bang Nga Medvedev.", "2017-06-29"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("cuộc gặp", "2017-06-29", "trưa")


def test_a_sitting_that_goes_on_is_held():
    # 22368647 and 22565613: `tiếp tục kỳ họp`, `Tiếp tục chương trình Kỳ họp` open the day's work.
    text = ("Dự thảo Luật Quản lý nợ công (sửa đổi) được nhiều đại biểu quan tâm.\n"
            "Sáng nay 25/5, tiếp tục kỳ họp thứ 3, Quốc hội khóa XIV, Quốc hội đã thảo luận Dự thảo Luật Quản lý "
            "nợ công (sửa đổi).")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "kỳ họp"
    text = ("Quốc hội đã thông qua Luật sửa đổi Bộ luật Hình sự.\n"
            "Tiếp tục Chương trình Kỳ họp thứ 3, chiều 20/6, các đại biểu Quốc hội làm việc tại Hội trường, biểu "
            "quyết thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự.")
    meeting = extract_meeting(make_article(text, "2017-06-20"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("kỳ họp", "2017-06-20", "chiều")


def test_a_hoped_for_dialogue_is_not_held():
    # 22218680: `hy vọng tiếp tục cuộc đối thoại` is a wish, not the frame of a sitting going on.
    sentence = ("Các quan chức của Mỹ và Triều Tiên đã tổ chức đàm phán không chính thức, qua đó dấy lên hy vọng "
                "tiếp tục cuộc đối thoại chính thức giữa hai nước.")
    assert all(e.score <= 1 for e in find_events(sentence, 2))
