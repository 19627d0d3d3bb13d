"""The 5 Dec thirty-first round: what audit62 (drawn blind last round, read this round) and audit63 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A festival's opening rite is a ceremony the news reports (21473561, 21472041); held `lại` (again, by custom) its
# holder is the subject without the adverb (21511973).
def test_a_festivals_opening_rite_is_a_ceremony_and_its_holder_drops_lai() -> None:
    text = ("Hàng vạn du khách dự lễ khai hội Xuân Yên Tử 2017\nSáng 6/2 (tức ngày 10 tháng Giêng), tại Quảng Ninh, hàng vạn người đến dự "
            "lễ khai hội Xuân Yên Tử 2017 tại sân chùa.\nDự lễ khai hội có nguyên Phó Chủ tịch nước Nguyễn Thị Doan, cùng "
            "hàng nghìn phật tử. Mở đầu là nghi thức rước lễ long trọng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ" and meeting.date == "2017-02-06"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Nguyễn Thị Doan", ["nguyên Phó Chủ tịch nước"])]
    again = ("Lễ hội Minh Thề\nNăm nay, xã Thuận Thiên (huyện Kiến Thụy, TP Hải Phòng) lại tổ chức lễ khai hội Minh Thề "
             "tại đình làng.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(again))
    assert meeting is not None and meeting.organizer == "xã Thuận Thiên (huyện Kiến Thụy, TP Hải Phòng)"
