"""Whether an article reports a meeting (s13): background, provenance and passing mentions, on sentences from
baomoi-dev articles (not the gold files)."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_law_passed_at_a_session_is_the_laws_provenance():
    # 22738284: the news is the promulgation; the session is where the laws were passed.
    text = ("Chiều 12/7, thừa ủy quyền Chủ tịch nước, Phó Chủ nhiệm Thường trực Văn phòng Chủ tịch nước Giang Sơn đã "
            "tiếp tục công bố Lệnh của Chủ tịch nước về việc công bố 6 Luật mới được thông qua tại kỳ họp thứ 3 Quốc "
            "hội khóa XIV.")
    assert extract_meeting(make_article(text)) is None


def test_priorities_adopted_at_a_conference_are_its_history():
    # 22228788: the priorities were adopted at an earlier meeting.
    found = find_events("Các cuộc họp liên quan sẽ tập trung vào việc tiếp tục thúc đẩy triển khai các nội dung hợp tác "
                        "then chốt của APEC và các ưu tiên được thông qua tại Hội nghị SOM 1.", 1)
    assert [(e.kind, e.score <= 1) for e in found if e.start > 60] == [("hội nghị", True)]


def test_a_project_passed_at_a_sitting_that_day_is_reported():
    # 22673415: the sitting is dated `sáng nay`: the vote is the news.
    text = ("Với tỷ lệ phiếu tán thành trên 90%, Đề án quản lý phương tiện giao thông vừa được HĐND thành phố Hà Nội "
            "thông qua trong phiên họp sáng nay (4/7).")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.part_of_day) == ("phiên họp", "sáng")


def test_a_congress_dated_by_a_bracketed_month_is_a_history():
    # 22449386 and 22508611: a party congress recalled with its month and year in brackets.
    for sentence in ("Tại Đại hội đại biểu toàn quốc lần thứ VI (tháng 12-1986), Đảng ta đã chỉ rõ: “Toàn Đảng, toàn dân "
                     "và toàn quân ta phát huy sức mạnh”.",
                     "Trước những diễn biến phức tạp của tình hình thế giới, tại Đại hội lần thứ VII (tháng 6-1991), Đảng "
                     "ta tiếp tục chủ trương mở rộng quan hệ đối ngoại."):
        assert [(e.kind, e.score <= 1) for e in find_events(sentence, 1)] == [("đại hội", True)]
        assert extract_meeting(make_article("Bộ Công an tổng kết công tác bảo vệ an ninh.\n" + sentence)) is None


def test_a_conference_dated_by_its_day_in_brackets_stays_reported():
    # 21472832: `(ngày 21/1/2017)` gives the day: a report's dating.
    found = find_events("Tại Hội nghị triển khai nhiệm vụ năm 2017 của Cục Hải quan Hải Phòng (ngày 21/1/2017), Thứ trưởng "
                        "Bộ Tài chính đánh giá cao kết quả xử lý hàng tồn đọng của Cục Hải quan Hải Phòng.", 1)
    assert [(e.kind, e.score) for e in found] == [("hội nghị", 3)]


def test_a_press_conference_as_the_verb_after_an_aspect_word_is_held():
    # 22376488: the ministry held the press conference that day.
    text = ("Chiều 25/5, Bộ Tài chính đã họp báo về Dự thảo Luật Quản lý, sử dụng tài sản công.\n"
            "Ông Nguyễn Tân Thịnh, Phó cục trưởng Cục Quản lý công sản cho biết dự thảo đã được chỉnh lý.")
    meeting = extract_meeting(make_article(text, published="2017-05-26"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("họp báo", "2017-05-25", "chiều")


def test_a_press_conference_as_the_verb_after_a_today_dateline_is_held():
    # 22734525: `Sáng nay 12/7,` opens the sentence, the office holds the press conference.
    text = ("Sáng nay 12/7, Văn phòng Chủ tịch nước họp báo công bố Lệnh của Chủ tịch nước về 6 Luật vừa được Quốc hội "
            "khóa XIV thông qua tại kỳ họp thứ 3 vừa qua.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.part_of_day, meeting.organizer) == ("họp báo", "sáng", "Văn phòng Chủ tịch nước")
