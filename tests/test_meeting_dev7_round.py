"""Classes found on the dev7 set (1 Dec morning round), tested on other baomoi articles: a delegation whose leader's
`do … làm Trưởng đoàn,` clause closes with a comma before the verb still holds the visit, and a numbered district or
ward ends the body in a title (`Phó Chủ tịch UBND quận 8`). Excerpts of baomoi articles, not of the gold files."""
from core.extract.meetings import _visitor, extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def test_a_delegation_holds_the_visit_past_its_leaders_clause_and_comma():
    # the words before the verb of the visit: the delegation, not its leader, and the comma closing the `do` clause
    assert _visitor("Chiều 15/5, Đoàn kiểm tra của Bộ Chính trị do Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực "
                    "Chính phủ Trương Hòa Bình làm Trưởng đoàn, đã ") == "Đoàn kiểm tra của Bộ Chính trị"
    assert _visitor("Ngày 6/7, Đoàn công tác của Chính phủ do đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Phó Thủ "
                    "tướng Chính phủ làm Trưởng đoàn, đã ") == "Đoàn công tác của Chính phủ"
    # a comma inside the leader's clause is no closing comma: a person stays no body
    assert _visitor("Chiều 15/5, Thứ trưởng Bộ Y tế Nguyễn Viết Tiến, đã ") is None


def test_a_numbered_district_or_ward_ends_the_title():
    named = [(m.person.name, m.person.titles) for m in find_people(
        "Phó chủ tịch UBND quận 1 Nguyễn Thị Thu Hường cho hay, quận đang cho lát đá granit vỉa hè.")]
    assert named == [("Nguyễn Thị Thu Hường", ["Phó chủ tịch UBND quận 1"])]
    named = [(m.person.name, m.person.titles) for m in find_people(
        "Sau khi tiếp nhận tài liệu, bà Phan Kiều Thanh Hương, Phó Chủ tịch UBND quận 8, ngay lập tức tổ chức cuộc họp.")]
    assert named == [("Phan Kiều Thanh Hương", ["Phó Chủ tịch UBND quận 8"])]


def test_a_bare_body_word_after_cua_stands_for_the_body_a_leaders_title_names():
    text = ("Thoái vốn, cổ phần hóa đang 'dồn' việc cho 6 tháng cuối năm\n"
            "Phó Thủ tướng Vương Đình Huệ yêu cầu dứt khoát hoàn thành kế hoạch thoái vốn, cổ phần hóa năm 2017.\n"
            "Ủy viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ, Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp "
            "đã nhấn mạnh như vậy tại cuộc họp sơ kết công việc 6 tháng đầu năm của Ban chỉ đạo, triển khai nhiệm vụ "
            "6 tháng cuối năm 2017.")
    meeting = extract_meeting(make_article(text, None))
    assert meeting is not None
    # the body the leader's title opens (cut at `và` as the title reader cuts it), not nothing
    assert meeting.organizer is not None and meeting.organizer.startswith("Ban chỉ đạo đổi mới")
