"""Attendees and their titles (s18 attend round): `do X làm Trưởng đoàn` gives X no title `Trưởng đoàn` (the part X
takes in the event, not an office written with the name). Excerpts of baomoi-dev articles (not the gold files); each
test checks what is returned."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people


def _attendees(text: str) -> dict[str, list[str]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return {p.name: p.titles for p in meeting.attendees}


def test_heading_the_delegation_is_no_title():
    # baomoi-dev 22432493
    assert named_people("Đoàn công tác của Chính phủ do Phó Thủ tướng Vương Đình Huệ làm Trưởng đoàn đã có buổi làm việc "
                        "với Bộ KHCN.") == [("Vương Đình Huệ", ["Phó Thủ tướng"])]


def test_the_delegations_head_still_attends_with_the_titles_written_with_the_name():
    # baomoi-dev 22260622
    text = ("Sáng 7/3, Đoàn công tác của Bộ Chính trị do ông Trần Quốc Vượng, Chủ nhiệm Ủy ban Kiểm tra Trung ương làm "
            "Trưởng đoàn đã làm việc với Ban Cán sự đảng Bộ Giao thông vận tải.")
    assert _attendees(text) == {"Trần Quốc Vượng": ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]}
