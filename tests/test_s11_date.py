"""The meeting's date in an article with no `published`: the year the text writes with the meeting's own day comes
before a year of its name (a prize's year), and a document's issue date after its number is no event's day. Sentences
from baomoi-dev articles (no gold file); each test checks the exact value."""

from core.extract.meetings import _dates_in, extract_meeting
from tests.conftest import make_article


def test_an_anniversary_span_around_the_day_outranks_the_prize_year_of_the_name():
    text = ("Vinh danh các tác giả đạt Giải Báo chí Quốc gia lần thứ XI\n"
            "Kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 – 21/6/2017), tối 21/6, Hội Nhà báo Việt Nam long "
            "trọng tổ chức Lễ trao giải Báo chí Quốc gia lần thứ XI năm 2016 tại Cung Văn hóa Hữu nghị Việt Xô.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day) == ("2017-06-21", "tối")


def test_a_date_after_a_documents_number_is_the_documents():
    sentence = ("Đồng thời, tại Kỳ họp thứ sáu, QH sẽ tiến hành lấy phiếu tín nhiệm đối với người giữ chức vụ do Quốc "
                "hội bầu và phê chuẩn theo Nghị quyết số 85/2014/QH13, ngày 28.11.2014 của QH.")
    assert _dates_in(sentence) == []
    sentence = ("Sở GD&ĐT Bến Tre nhận được Công văn số 132/SKHĐT-XD ngày 23/1/2017 của Sở Kế hoạch và Đầu tư.")
    assert _dates_in(sentence) == []
    assert [(d.day, d.month, d.year) for _, d, _ in _dates_in("Sáng 12/6, tại hội nghị, tỷ lệ 10/11 đại biểu")] == [
        (12, 6, None)]


def test_a_part_of_day_after_a_documents_number_dates_the_meeting():
    sentence = ("Tham dự cuộc họp phổ biến Nghị định 49/2017/NĐ-CP sáng 22/6 tại Cục Viễn thông có Thứ trưởng Bộ TT&TT "
                "Phạm Hồng Hải.")
    assert [(d.day, d.month, p) for _, d, p in _dates_in(sentence)] == [(22, 6, "sáng")]


def test_a_closing_dated_in_the_lead_goes_back_by_the_days_another_lead_sentence_counts():
    text = ("Bế mạc Kỳ họp thứ tư Hội đồng nhân dân thành phố Hà Nội khóa XV\n"
            "Kỳ họp thứ tư Hội đồng nhân dân thành phố Hà Nội khóa XV đã bế mạc vào chiều 5/7.\n"
            "Sau 3 ngày làm việc, với tinh thần trách nhiệm cao trước cử tri, chiều 5/7, Kỳ họp thứ tư Hội đồng Nhân dân "
            "thành phố Hà Nội khóa XV đã hoàn thành chương trình đề ra. Kỳ họp đã thông qua Nghị quyết về nhiệm vụ 6 tháng "
            "cuối năm 2017 của thành phố.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day) == ("2017-07-03", "chiều")
    other_day = text.replace("Sau 3 ngày làm việc, với tinh thần trách nhiệm cao trước cử tri, chiều 5/7",
                             "Sau 3 ngày làm việc, với tinh thần trách nhiệm cao trước cử tri, chiều 4/7")
    meeting = extract_meeting(make_article(other_day))
    assert meeting is not None and meeting.date == "2017-07-05"  # the count belongs to another day's news


def test_a_bare_year_after_the_plan_word_dates_a_february_meeting():
    text = ("Bí thư Thăng 'giật mình' với giá nhà xã hội 15 triệu/m2\n"
            "Nhà ở xã hội là câu chuyện được Bí thư Đinh La Thăng đặc biệt quan tâm trong buổi làm việc với Liên đoàn Lao "
            "động TP.HCM chiều 10/2 về tình hình hoạt động năm 2016 và kế hoạch 2017.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day, meeting.plan_year) == ("2017-02-10", "chiều", 2017)
