"""The 4 Dec twenty-eighth round: what audit56 (drawn blind last round, read this round) and audit57 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# An emergency sitting named with its council and no `của` is the council's (22265189, 22334569).
def test_an_emergency_sitting_of_a_council_is_the_councils() -> None:
    text = ("Hàn Quốc họp khẩn\nSáng 14/5, Tổng thống Hàn Quốc Moon Jae-in đã triệu tập một cuộc họp khẩn cấp Hội đồng An "
            "ninh Quốc gia để thảo luận về vụ phóng tên lửa.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc họp"
    assert meeting.organizer == "Hội đồng An ninh Quốc gia"


# The day after the host of a sentence-opening `Làm việc với` closes the host's clause past a dotted abbreviation in
# the host's name (`lãnh đạo TP.HCM`, `H.Phúc Thọ`: 22734137, 21487898).
def test_a_working_session_whose_host_has_a_dotted_abbreviation() -> None:
    text = ("Bộ trưởng nói về sân golf\nQuân đội sẵn sàng thu hồi sân golf.\nLàm việc với lãnh đạo TP.HCM và Tổng công "
            "ty Tân cảng Sài Gòn sáng 12/7, Bộ trưởng Quốc phòng Ngô Xuân Lịch cho biết quân đội sẵn sàng thu hồi đất."
            "\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc" and meeting.part_of_day == "sáng"
    assert [p.name for p in meeting.attendees] == ["Ngô Xuân Lịch"]
