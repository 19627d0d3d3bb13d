"""Meetings told without an event noun before them: a working session told by `làm việc với` with its day after the
host, a session named with the activity it joins, a leader heading a group. Sentences from baomoi-dev articles (no gold
file); each test checks the exact value."""

from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def _kinds(sentence: str) -> list[tuple[str, int, str]]:
    return [(e.kind, e.score, sentence[e.start : e.end]) for e in find_events(sentence, 0)]


def test_a_session_verb_opening_the_sentence_with_its_day_after_the_host_is_the_session_held():
    text = ("Bí thư Thành ủy chất vấn công an quận 2\n"
            "Làm việc với Quận ủy quận 2 sáng 7/2/2017, Bí thư Thành ủy TP HCM Đinh La Thăng yêu cầu công an giải trình "
            "nguyên nhân phạm pháp hình sự tăng.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("buổi làm việc", "2017-02-07", "sáng")
    assert [p.name for p in meeting.chairs + meeting.attendees] == ["Đinh La Thăng"]
    sentence = ("Làm việc với cán bộ chủ chốt của tỉnh, chiều 7/7, Tổng Bí thư Nguyễn Phú Trọng hoan nghênh những nỗ lực "
                "cố gắng của Đảng bộ.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "Làm việc với cán")]
    sentence = ("Xuống làm việc với tỉnh Bình Dương hôm 5/2, Bí thư Thành ủy TP HCM Đinh La Thăng đánh giá cao mô hình "
                "nhà ở 100 triệu.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "làm việc với tỉnh")]


def test_a_session_verb_after_khi_of_what_was_said_is_the_session_held():
    sentence = ("Đây là yêu cầu của Thủ tướng Nguyễn Xuân Phúc với tập đoàn BMW khi làm việc với các doanh nghiệp hàng "
                "đầu của Đức vào sáng nay (6/7).")
    assert _kinds(sentence) == [("buổi làm việc", 3, "làm việc với các")]
    sentence = ("Đó là khẳng định của Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng khi đến thăm và làm việc với Tập "
                "đoàn Viễn thông Quân đội (Viettel), sáng 7-7.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "làm việc với Tập")]


def test_the_press_the_police_background_a_deadline_or_no_day_is_no_session():
    for sentence in (
        "Làm việc với phóng viên TTXVN ngày 30/5, Trung tá Nguyễn Hữu Thái - Phó trưởng Công an huyện cho biết.",
        "Làm việc với cơ quan điều tra, Thal khai chiều 19/6, anh ta có uống nhiều rượu.",
        "Trước đó, làm việc với đoàn kiểm tra của Bộ Chính trị, ngày 25/5, Chủ tịch UBND tỉnh Bình Định cam kết.",
        "Lãnh đạo Sở TN&MT cam kết làm việc với các huyện và thống nhất số liệu trước ngày 20/5/2017.",
        "Các doanh nghiệp cần thận trọng khi làm việc với đối tác nước ngoài.",
        "Làm việc với các chuyên gia, ông Minh cho biết dự án sẽ sớm hoàn thành.",
    ):
        assert [e for e in find_events(sentence, 0) if e.score > 0] == [], sentence


def test_a_session_named_with_the_activity_it_joins():
    sentence = ("Đó là tinh thần chỉ đạo của ông Hà Công Tuấn, Thứ trưởng Bộ NN-PTNT tại buổi kiểm tra, làm việc với Cục "
                "BVTV và Cục Chăn nuôi ngày 7/2 tại Hà Nội.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "buổi kiểm tra, làm việc")]
    sentence = ("Trong buổi tiếp và làm việc với lãnh đạo các địa phương Việt Nam, Thống đốc bang Virginia, Ngài Terry "
                "McAuliffe đã nhiệt liệt chào mừng các địa phương.")
    # a leader receiving visitors is a reception (RECORD: `tiếp`, kind `cuộc gặp`)
    assert _kinds(sentence) == [("cuộc gặp", 3, "buổi tiếp và làm việc")]


def test_a_leader_heading_a_group_far_before_the_verb_holds_the_session():
    sentence = ("Ngày 22/6, Phó Thủ tướng Chính phủ Vương Đình Huệ, Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự "
                "nghiệp công lập đã dẫn đầu đoàn khảo sát làm việc với Bộ Nội vụ.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "làm việc với Bộ")]
    sentence = ("Thống đốc Georgy Pontavchenko thông báo, tháng 12/2015 ông đã dẫn đầu đoàn đại biểu cấp cao và nhiều doanh "
                "nghiệp hàng đầu của Saint Petersburg thăm và làm việc tại TP.HCM.")
    assert _kinds(sentence) == []


def test_said_in_the_press_room_is_said_at_a_press_conference():
    sentence = "HLV Hoàng Anh Tuấn đã khẳng định như thế trong phòng họp báo trước trận đấu chiều 9/5."
    assert _kinds(sentence) == [("họp báo", 3, "họp báo")]
    sentence = ("Trao đổi với báo chí trong phòng họp báo sau trận đấu, HLV họ Hoàng nói: “Về chuyên môn, tôi có phần còn "
                "chưa hài lòng”.")
    assert _kinds(sentence) == [("họp báo", 3, "họp báo")]
    for sentence in (
        "Tầng 1 gồm phòng y tế, phòng cấp phát thẻ, phòng họp báo lớn, phòng phục vụ và các khu vực phụ trợ khác.",
        "Phóng viên này bị hai nhân viên an ninh buộc ra khỏi phòng họp báo sau khi đặt câu hỏi cho bà Marine Le Pen.",
    ):
        assert [e.score for e in find_events(sentence, 0)] == [1], sentence


def test_a_leader_with_a_long_title_holds_a_timed_session():
    sentence = ("Sáng 7/6, tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ , Trưởng Ban Chỉ đạo Nhà nước về đổi mới cơ "
                "chế hoạt động đơn vị sự nghiệp công lập đã làm việc với các Bộ Giao thông Vận tải, Công Thương.")
    assert _kinds(sentence) == [("buổi làm việc", 3, "làm việc với các")]
    sentence = "Cục đã tích cực đôn đốc và làm việc với các doanh nghiệp để tháo gỡ khó khăn trong sản xuất kinh doanh."
    assert _kinds(sentence) == []
