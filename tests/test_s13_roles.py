"""Chairs and titles (s13 roles round): closing remarks (`Kết luận buổi làm việc, X …`) make a speaker, not a chair
(RECORD names chairs only from `chủ trì`, `đồng chủ trì`, `điều hành`); a post one is elected or assigned to (`bầu ông
X làm Trưởng đoàn`) is no title held; an executive chairman's office (`Chủ tịch điều hành Tập đoàn …`) is read whole.
Excerpts of baomoi-dev articles (not the gold files, not the audit rows); each test checks what is returned."""
from tests.conftest import meeting_people, named_people


def test_concluding_a_working_session_makes_no_chair():
    # baomoi-dev 22643484: the delegation's head closes the session; no one is told chairing it
    text = ("Chọn Bắc Ninh 'làm điểm' về giết mổ, chế biến lợn\n"
            "Chiều 29/6, đoàn công tác Chính phủ do Phó Thủ tướng Trịnh Đình Dũng làm Trưởng đoàn đã có buổi làm việc "
            "với lãnh đạo tỉnh Bắc Ninh về phát triển Dự án giết mổ, chế biến thực phẩm theo chuỗi.\n"
            "Tại buổi làm việc, Bộ trưởng Bộ NN-PTNT Nguyễn Xuân Cường cho rằng cần có giải pháp đồng bộ.\n"
            "Kết luận buổi làm việc, Phó Thủ tướng Trịnh Đình Dũng cho rằng, những tháng đầu năm nay, việc tiêu thụ các "
            "sản phẩm chăn nuôi hết sức khó khăn.")
    chairs, attendees = meeting_people(text)
    assert chairs == []
    assert sorted(attendees) == ["Nguyễn Xuân Cường", "Trịnh Đình Dũng"]


def test_closing_remarks_of_a_meeting_make_no_chair():
    # baomoi-dev 22563475
    text = ("Thái Nguyên họp khẩn về sự cố thấm nước hồ Núi Cốc\n"
            "Chiều 20/6, UBND tỉnh Thái Nguyên tổ chức cuộc họp về sự cố thấm nước tại hồ Núi Cốc.\n"
            "Kết luận cuộc họp, ông Đoàn Văn Tuấn, Phó Chủ tịch Ủy ban Nhân dân tỉnh Thái Nguyên nhất trí thành lập Hội "
            "đồng tư vấn ngay trong ngày.")
    chairs, attendees = meeting_people(text)
    assert chairs == []
    assert attendees == ["Đoàn Văn Tuấn"]


def test_chairing_frame_still_makes_a_chair():
    text = ("Chiều 20/6, UBND tỉnh Thái Nguyên tổ chức cuộc họp về sự cố thấm nước tại hồ Núi Cốc.\n"
            "Chủ trì cuộc họp, ông Đoàn Văn Tuấn, Phó Chủ tịch Ủy ban Nhân dân tỉnh Thái Nguyên nhất trí thành lập Hội "
            "đồng tư vấn ngay trong ngày.")
    assert meeting_people(text)[0] == ["Đoàn Văn Tuấn"]


def test_a_delegations_head_keeps_only_the_titles_written_with_the_name():
    # baomoi-dev 22643484: `làm Trưởng đoàn` is the part taken in the event, not a title (s18 attend: web14-16 gold)
    people = named_people("Chiều 29/6, đoàn công tác Chính phủ do Phó Thủ tướng Trịnh Đình Dũng làm Trưởng đoàn đã có "
                          "buổi làm việc với lãnh đạo tỉnh Bắc Ninh.")
    assert people == [("Trịnh Đình Dũng", ["Phó Thủ tướng"])]


def test_a_post_one_is_assigned_to_is_no_title():
    # baomoi-dev 22583622 (`… và sẽ phân công ông làm Trưởng đoàn ĐBQH khóa 14 của TP`), with the name written
    people = named_people("Bộ Chính trị sẽ phân công ông Nguyễn Thiện Nhân làm Trưởng đoàn ĐBQH khóa 14 của TP.")
    assert people == [("Nguyễn Thiện Nhân", [])]


def test_a_post_one_is_elected_to_is_no_title():
    # baomoi-dev 22237897 (`… đã thống nhất bầu ông làm Trưởng đoàn`), with the name written
    people = named_people("Sau đó các thành viên trong Đoàn ĐBQH đã thống nhất bầu ông Nguyễn Văn Thể làm Trưởng đoàn.")
    assert people == [("Nguyễn Văn Thể", [])]


def test_an_executive_chairman_keeps_the_whole_office():
    # baomoi-dev 22378743
    people = named_people("Sáng 22/5, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Eric Schmidt, Chủ "
                          "tịch điều hành Tập đoàn Alphabet (công ty mẹ của Google).")
    assert ("Eric Schmidt", ["Chủ tịch điều hành Tập đoàn Alphabet"]) in people


def test_an_executive_vice_chairman_before_the_name():
    # baomoi-dev 22442864
    people = named_people("Phó chủ tịch điều hành Ed Woodward sẵn sàng cung cấp cho Mourinho 400 triệu bảng.")
    assert ("Ed Woodward", ["Phó chủ tịch điều hành"]) in people
