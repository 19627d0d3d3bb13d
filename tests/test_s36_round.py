"""The 4 Dec twenty-first round: ranks and listed holders the round's reads (audit46, read this round) found lost, each
checked on the 35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit
set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# A brigadier general's rank is a rank like the others before a name (22527685, 22684911), and an office before it,
# closed by a comma, chains to it as any rank's (22577267).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 13/6, Phó Tổng tham mưu trưởng các lực lượng vũ trang Iran, Chuẩn tướng Massoud Jazayeri cáo buộc tổ chức "
     "Nhà nước Hồi giáo (IS) tiến hành các cuộc tấn công.",
     [("Massoud Jazayeri", ["Chuẩn tướng"])]),
    ("Người phát ngôn quân đội Philippines, Chuẩn tướng Restituto Padilla ngày 21/6 thông báo quân đội đã đẩy lùi vụ "
     "tấn công.",
     [("Restituto Padilla", ["Người phát ngôn quân đội Philippines", "Chuẩn tướng"])]),
])
def test_brigadier_general_is_a_rank(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A count of several before an office whose holders are then listed gives the office to each of them, as `các` does
# (22260141, 22582868, 22544265, 21472163); a count of one, or a name with titles of its own, does not share it.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sáng nay 13/5, Tổng Bí thư Nguyễn Phú Trọng cùng hai ĐBQH Trần Thị Phương Hoa, Nguyễn Doãn Anh đã tiếp xúc cử "
     "tri quận Ba Đình, Tây Hồ.",
     [("Nguyễn Phú Trọng", ["Tổng Bí thư"]), ("Trần Thị Phương Hoa", ["ĐBQH"]), ("Nguyễn Doãn Anh", ["ĐBQH"])]),
    ("Đội tuyển trẻ U18 Việt Nam tập trung dưới sự dẫn dắt của 2 HLV Nguyễn Thu Ngọc (Thông tin Lienvietpostbank) và "
     "Nguyễn Thị Hoàng Oanh (Vĩnh Long).",
     [("Nguyễn Thu Ngọc", ["HLV"]), ("Nguyễn Thị Hoàng Oanh", ["HLV"])]),
    ("Trên sân tập, cả 2 HLV Hữu Thắng và Hoàng Anh Tuấn luôn quan sát, dõi theo Phượng.",
     [("Hữu Thắng", ["HLV"]), ("Hoàng Anh Tuấn", ["HLV"])]),
    ("Tham dự có 1 Phó Chủ tịch UBND tỉnh Nguyễn Văn An và ông Trần Văn Bình.",
     [("Nguyễn Văn An", ["Phó Chủ tịch UBND tỉnh"]), ("Trần Văn Bình", [])]),
    ("Dự có hai Thứ trưởng Bộ Y tế Nguyễn Viết Tiến và Lê Quang Cường, Phó Chủ tịch UBND tỉnh.",
     [("Nguyễn Viết Tiến", ["Thứ trưởng Bộ Y tế"]), ("Lê Quang Cường", ["Phó Chủ tịch UBND tỉnh"])]),
])
def test_count_before_an_office_shares_it_with_the_listed_holders(
        sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A meeting with the press written `buổi gặp mặt báo chí` is read as a press conference, but its kind is the noun the
# text writes, `cuộc gặp` (22750689); a `cuộc họp báo` stays `họp báo`.
@pytest.mark.parametrize(("lead", "kind"), [
    ("Sáng 14/7, tại Tổng cục Thể dục thể thao (Hà Nội) đã diễn ra buổi gặp mặt báo chí thông tin về các hoạt động "
     "chuẩn bị cho SEA Games 29.", "cuộc gặp"),
    ("Sáng 14/7, tại Tổng cục Thể dục thể thao (Hà Nội) đã diễn ra cuộc họp báo thông tin về các hoạt động chuẩn bị "
     "cho SEA Games 29.", "họp báo"),
])
def test_meeting_with_the_press_keeps_its_written_noun(lead: str, kind: str) -> None:
    meeting = extract_meeting(make_article(f"Đoàn Thể thao Việt Nam dự SEA Games 29\n{lead}\n"))
    assert meeting is not None
    assert meeting.kind == kind


# The artist's calling is a title before a name, a stage name with no family name included (22280973, 22361573); a
# country after it is no one (22649947).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nghệ sĩ Trung Dân sau đó bỏ về vì bức xúc với đáp án của Hương Giang.", [("Trung Dân", ["Nghệ sĩ"])]),
    ("Ví dụ tập nào có cải lương thì mời nghệ sỹ Kim Tử Long.", [("Kim Tử Long", ["nghệ sỹ"])]),
    ("Hơn nữa, nghệ sĩ Việt Nam khá thiệt thòi, quy mô hoạt động cũng trái ngược với quốc tế.", []),
])
def test_artist_is_a_title_before_a_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A commune, a ward or a town after a comma is the place of the title before it, a title of its own as a district's
# or a province's is (22522899, 22701308, 22619923; dev2's gold splits such a chain at its commas).
@pytest.mark.parametrize(("sentence", "name", "titles"), [
    ("Chiều cùng ngày, ông Lê Đình Ba, Phó trưởng thôn Hoành, xã Đồng Tâm cho biết thông qua báo chí ông đã nắm được.",
     "Lê Đình Ba", ["Phó trưởng thôn Hoành", "xã Đồng Tâm"]),
    ("Theo ông Nguyễn Thanh Nguyên, Phó Chủ tịch UBND xã Thủy Bằng, thị xã Hương Thủy, việc phá hoại rừng thông đặc "
     "dụng trên địa bàn xã của một số người.", "Nguyễn Thanh Nguyên", ["Phó Chủ tịch UBND xã Thủy Bằng", "thị xã Hương Thủy"]),
    ("Ông Trần Văn Phùng, trưởng ấp Thừa Trung, xã Thừa Đức, cho hay dân ở đây mong dự án sớm hoàn thành.",
     "Trần Văn Phùng", ["trưởng ấp Thừa Trung", "xã Thừa Đức"]),
])
def test_commune_after_a_comma_is_the_titles_place(sentence: str, name: str, titles: list[str]) -> None:
    assert dict(_people(sentence))[name] == titles


# Whom a meeting was held with, named right after `cuộc họp với`, takes part in it, as after `buổi làm việc với`
# (22346920); the chair stays the chair.
def test_whom_a_meeting_is_held_with_attends() -> None:
    meeting = extract_meeting(make_article(
        "Bộ GTVT thống nhất với lãnh đạo TP Đà Nẵng về cảng Liên Chiểu\n"
        "Theo tin từ Văn phòng UBND TP Đà Nẵng, ngày 22/5, tại trụ sở Bộ Giao thông vận tải (GTVT), Thứ trưởng Bộ GTVT "
        "Nguyễn Văn Công đã chủ trì cuộc họp với Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ bàn về kế hoạch đầu tư xây dựng "
        "cảng Liên Chiểu và công suất khai thác cảng Tiên Sa.\n"))
    assert meeting is not None
    assert [p.name for p in meeting.chairs] == ["Nguyễn Văn Công"]
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Huỳnh Đức Thơ", ["Chủ tịch UBND TP Đà Nẵng"])]
