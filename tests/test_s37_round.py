"""The 4/5 Dec twenty-second round: what the round's reads (audit47, read this round) found lost, each checked on the
35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# Whoever chairs an event is at it: what a `khi chủ trì` clause follows was said or done there (22633337), unlike a
# `khi tham dự` background (`bị thương khi tham dự lễ hội`); `có khi chủ trì` (at times chaired) stays background.
@pytest.mark.parametrize(("lead", "name"), [
    ("Thứ trưởng Công an Bùi Văn Nam thông tin như vậy khi chủ trì buổi họp báo về công tác của ngành sáu tháng đầu "
     "năm.", "buổi họp báo về công tác của ngành sáu tháng đầu năm"),
    ("Thứ trưởng Công an Bùi Văn Nam chỉ đạo như vậy khi chủ trì cuộc họp giao ban sáng qua.", "cuộc họp giao ban"),
    ("Trong nhiều cuộc họp hội đồng thành viên bà Thanh luôn có mặt, có khi chủ trì cuộc họp.", None),
])
def test_chairing_clause_places_the_news_at_the_event(lead: str, name: str | None) -> None:
    meeting = extract_meeting(make_article(f"Gia hạn thanh tra nội bộ\n{lead}\nNội dung khác của bài.\n"))
    assert (meeting and meeting.name) == name


# The person met after a meeting's noun with its classifier and a longer run of qualifiers (21511801, 21512031); a bare
# verb keeps its short reach (`gặp và nảy sinh tình cảm với X` meets no one at an event).
@pytest.mark.parametrize(("lead", "met"), [
    ("Ngày 10/2, Tổng thống Mỹ Donald Trump đã tổ chức cuộc gặp thượng đỉnh chính thức đầu tiên với Thủ tướng Nhật Bản "
     "Shinzo Abe tại Nhà Trắng.", "Shinzo Abe"),
    ("Mới đây, cựu danh thủ của Arsenal Ian Wright đã có một buổi gặp mặt và nói chuyện với HLV Arsene Wenger.",
     "Arsene Wenger"),
])
def test_met_after_a_long_qualified_meeting_noun(lead: str, met: str) -> None:
    meeting = extract_meeting(make_article(f"Gặp gỡ đầu tiên\n{lead}\nNội dung khác của bài.\n"))
    assert meeting is not None
    assert met in [p.name for p in meeting.attendees]


# A sentence that points into the photo (`X (trái) và Y (phải) tại lễ ký …`) is a caption merged into the text, whatever
# credit follows it (22516489, `EPA/TTXVN`): the event it names is not the one reported.
def test_caption_pointing_into_the_photo_names_no_meeting() -> None:
    text = ("Xung quanh thương vụ mua bán vũ khí giữa Mỹ và Saudi Arabia\n"
            "Kho vũ khí của Saudi Arabia sẽ trở nên khổng lồ sau khi nước này ký với Mỹ hợp đồng mua vũ khí trị giá 110 "
            "tỷ USD.\n"
            "Tổng thống Mỹ Donald Trump (trái) và Quốc vương Salman Bin Abdul Aziz (phải) tại lễ ký các thỏa thuận hợp tác "
            "song phương. EPA/TTXVN Chuyến công du nước ngoài đầu tiên của Tổng thống Mỹ Donald Trump kể từ khi nhậm "
            "chức đã gặt hái thành công ở nhiều khía cạnh.\n")
    assert extract_meeting(make_article(text)) is None
    # the same sentence without the photo's places is the lead's own news
    assert extract_meeting(make_article(text.replace(" (trái)", "").replace(" (phải)", ""))) is not None


# A province's department bears its ministry's official name whatever the case of its second field (22626670), as the
# ministry does; a list after the first field stays a list.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ông Phạm Văn Đại, Phó Giám đốc Sở Giáo dục và đào tạo thành phố Hà Nội cho biết: “Kết quả tuyển sinh trực tuyến "
     "tạo ra điểm mới”.", [("Phạm Văn Đại", ["Phó Giám đốc Sở Giáo dục và đào tạo thành phố Hà Nội"])]),
])
def test_provincial_department_official_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A part of the day closing a name is its given name (22404579, 22650644, 22403337), unless a day follows it, the time of
# a sentence whose full stop went missing.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chiều 29/5, thiếu tá Lê Ngọc Sáng – Đội trưởng đội CSGT Phía bắc, Công an tỉnh Hà Tĩnh cho biết, đơn vị vừa bắt "
     "giữ lô hàng.", [("Lê Ngọc Sáng", ["thiếu tá", "Đội trưởng đội CSGT Phía bắc"])]),
    ("Trước đó, trao đổi với báo chí, ông Vũ Xuân Sáng cho biết những ngày gần đây ông liên tục phải làm việc với công an.",
     [("Vũ Xuân Sáng", [])]),
    ("Trao đổi qua điện thoại, ông Mai Xuân Sáng cho biết, từ năm 1996 - 1998, ông có học cấp 3.", [("Mai Xuân Sáng", [])]),
    ("Thủ tướng Nguyễn Xuân Phúc Sáng 5/7 đã chủ trì hội nghị.", [("Nguyễn Xuân Phúc", ["Thủ tướng"])]),
    ("Thủ tướng Nguyễn Xuân Phúc Chiều cùng ngày đã chủ trì hội nghị.", [("Nguyễn Xuân Phúc", ["Thủ tướng"])]),
])
def test_part_of_day_as_a_given_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A co-chair's office (`đồng Chủ tịch`) is a title like the chair's (22285509, 22541109, 22424899).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ông Donald Campbell, đồng chủ tịch Hội đồng hợp tác kinh tế Thái Bình Dương (PECC), chỉ rõ bối cảnh của APEC.",
     [("Donald Campbell", ["đồng chủ tịch Hội đồng hợp tác kinh tế Thái Bình Dương (PECC)"])]),
    ("Đồng chủ tịch Liên minh Diễn đàn Doanh nghiệp Việt Nam - ông Sagara Hirohide cũng cho rằng, mối liên kết còn yếu.",
     [("Sagara Hirohide", ["Đồng chủ tịch Liên minh Diễn đàn Doanh nghiệp Việt Nam"])]),
])
def test_co_chair_is_a_title(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A summit named by an international body's acronym alone is that body's (22374314, 22710263), spelt out in the article
# or not; a meeting's own acronym (`SOM`) names no body.
@pytest.mark.parametrize(("lead", "organizer"), [
    ("Phát biểu tại hội nghị thượng đỉnh NATO tại Bỉ ngày 25/5, Tổng thống Donald Trump cho rằng một số nước thành viên "
     "còn nợ Mỹ và NATO một khoản tiền lớn.", "NATO"),
    ("Không chỉ nhầm lẫn chức vụ của Chủ tịch Trung Quốc Tập Cận Bình, trong thông cáo báo chí tại Hội nghị Thượng đỉnh "
     "G20 tổ chức ở Hamburg (Đức), Văn phòng báo chí Nhà Trắng còn sai luôn cả chức vụ của Thủ tướng Nhật Bản.", "G20"),
    ("Sáng 12/5, Hội nghị SOM 2 đã khai mạc tại Hà Nội.", None),
])
def test_summit_of_an_international_body(lead: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(f"Thượng đỉnh\n{lead}\nNội dung khác của bài.\n"))
    assert meeting is not None
    assert meeting.organizer == organizer


# A foreign name set off after a title's comma and closed by the speech verb it is the subject of is the titled person
# (22585740, 21473654); a medium after a place's comma is not (22581907).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bộ trưởng An ninh Argentina, Patricia Bullrich nói một số đồ vật còn có hình ảnh của Hitler.",
     [("Patricia Bullrich", ["Bộ trưởng An ninh Argentina"])]),
    ("Chủ tịch NOC, Mustafa Sanalla cho biết Sharara hiện nay đang sản xuất 161.000 thùng/ngày.",
     [("Mustafa Sanalla", ["Chủ tịch NOC"])]),
    ("Máy bay chở Bộ trưởng Quốc phòng Nga Sergey Shoigu trên vùng trời biển Baltic, Russia Today cho biết ngày 21-6.",
     [("Sergey Shoigu", ["Bộ trưởng Quốc phòng Nga"])]),
])
def test_foreign_name_after_a_title_comma_closed_by_speech(
        sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected
