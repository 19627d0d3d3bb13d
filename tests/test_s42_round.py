"""The 4 Dec twenty-seventh round: what audit54 (drawn blind last round, read this round) found, each checked on the
35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit set's)."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A ceremony the subject `đã làm` is held by it, as `đã tổ chức` one is (21491499, 21472016).
def test_the_body_that_has_performed_the_ceremony_holds_it() -> None:
    text = ("Tin địa phương\n"
            "Sáng 6/2, UBND huyện Thạch Hà, Phòng Giáo dục huyện đã làm lễ tuyên dương, khen thưởng em Nguyễn Thị Lan "
            "Anh, học sinh lớp 4A.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.organizer == "UBND huyện Thạch Hà, Phòng Giáo dục huyện"


def test_a_family_that_performs_a_rite_holds_no_meeting_as_a_body() -> None:
    text = ("Tin địa phương\nSáng 6/6, gia đình ông Lê Văn Chính trú xóm 5, xã Diễn Yên đã làm lễ mai táng cho con trai."
            "\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is None or meeting.organizer is None
