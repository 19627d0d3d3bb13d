"""The 4 Dec twenty-ninth round: what audit58 (drawn blind last round, read this round) and audit59 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A meeting the lead names bare, written in full with its year by the next sentence on the same day, takes the year
# of its full name (22448321, 21484474).
def test_a_bare_meeting_named_in_full_the_same_day_is_dated_by_its_full_name() -> None:
    text = ("Họp báo về thương mại\n\"Chúng tôi sẽ hỗ trợ doanh nghiệp\", Thứ trưởng Trần Văn An nói trong cuộc họp báo "
            "chiều 3/6.\nChiều 3/6, Bộ trưởng Lê Văn Bình chủ trì cuộc họp báo Chính phủ thường kỳ tháng 5/2017, thông "
            "tin về tình hình kinh tế.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert meeting.date == "2017-06-03" and meeting.part_of_day == "chiều"
    # (another day in the full name's sentence: another meeting, no year taken)
    other = text.replace("Chiều 3/6, Bộ trưởng", "Chiều 5/6, Bộ trưởng")
    meeting = extract_meeting(make_article(other))
    assert meeting is not None and meeting.date is None
