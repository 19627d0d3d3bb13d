"""The 5 Dec thirty-fourth round: rules found by reading what audit73 (drawn and annotated blind at this round's start),
prec49 and stat49 show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles',
named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# The speaker whose own predicate places them at `một` (an) event of the meeting's kind (22521874 `Người phát ngôn Cho
# June-hyuck … tuyên bố tại một cuộc họp báo`, 22711525 `… Christine Lagarde trong một phiên thảo luận`) attends it.
def test_placed_at_an_indefinite_event() -> None:
    text = ("Bộ Ngoại giao Hàn Quốc tuyên bố coi trọng quan hệ với Việt Nam.\n"
            "Người phát ngôn Cho June-hyuck của bộ này tuyên bố tại một cuộc họp báo rằng hai nước cần hướng tới tương lai.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Cho June-hyuck", ["Người phát ngôn"])]
