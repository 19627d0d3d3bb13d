"""Speakers at the meeting named with a long apposition between the name and the speech verb: pieces that go on
describing the person after the office (`một trong hai Phó đoàn …`, `đại diện cho 50 DN …`, an address), a
parenthesis inside a piece, an office opened by a single dash, and a colon after titles closed by their comma.
Sentences from baomoi-dev articles (no gold file); each test checks the names extracted."""

from core.extract.meetings import extract_meeting
from tests.conftest import make_article

LEAD = "Sáng 26/6, tại Hà Nội, Bộ Kế hoạch và Đầu tư tổ chức hội thảo về điều kiện kinh doanh.\n"


def _attendees(body: str) -> list[str]:
    meeting = extract_meeting(make_article("Hội thảo về điều kiện kinh doanh\n" + LEAD + body))
    assert meeting is not None
    return [p.name for p in meeting.attendees]


def test_a_piece_on_whom_the_person_represents_goes_on_the_apposition():
    body = ("Ông Nguyễn Tuấn, Giám đốc Cty TNHH Thiên Phúc An, đại diện cho 50 DN kinh doanh ô tô vừa và nhỏ bày tỏ: "
            "“Không biết khi xây dựng ĐKKD các bộ ngành có bị tác động của yếu tố nước ngoài hay không.”")
    assert "Nguyễn Tuấn" in _attendees(body)


def test_a_long_office_then_a_role_in_the_delegation():
    body = ("Ông Nguyễn Trọng Hổ, Vụ trưởng vụ thể thao thành tích cao II, một trong hai Phó đoàn còn lại của đoàn TTVN "
            "tại SEA Games 29 cho biết: \"Trong thời gian vừa qua, chúng ta đều biết áp lực lên Đoàn rất nhiều.\"")
    assert "Nguyễn Trọng Hổ" in _attendees(body)


def test_a_parenthesis_inside_the_office_and_a_piece_on_the_body():
    body = ("Đối với dự án Nhà máy Nhiên liệu sinh học Dung Quất, ông Nguyễn Hoài Giang, Tổng Giám đốc Công ty Lọc hóa dầu "
            "Bình Sơn (BSR), đơn vị vận hành nhà máy cũng cho rằng một trong những vướng mắc là không được chi thêm tiền.")
    assert "Nguyễn Hoài Giang" in _attendees(body)


def test_an_office_opened_by_a_single_dash():
    body = ("“Đây là hình thức kỷ luật tương đối nặng”, ông Bùi Thanh Bình – Chánh VP UBND tỉnh Kon Tum chia sẻ.")
    assert "Bùi Thanh Bình" in _attendees(body)


def test_a_label_after_a_dash_is_no_office():
    body = ("Pano ghi Lý Nhã Kỳ - The New Voice (Lý Nhã Kỳ - Tiếng nói mới), đại diện truyền thông của Lý Nhã Kỳ cho rằng "
            "việc thay chỉ vì dòng chữ có nhầm lẫn.")
    assert "Lý Nhã Kỳ" not in _attendees(body)


def test_a_colon_after_titles_closed_by_their_comma():
    body = ("Ông Hoàng Như Cương, Phó Ban quản lý đường sắt đô thị, bổ sung: Robot TBM là do nhà thầu mua sắm, sử "
            "dụng, tự khấu hao từ trong giá thành thi công.")
    assert "Hoàng Như Cương" in _attendees(body)


def test_a_list_item_before_a_colon_is_no_speaker():
    body = ("Chương trình quy tụ dàn nghệ sỹ nổi tiếng như: NSƯT Đăng Dương, NSƯT Thanh Hương, các ca sĩ: Tân Nhàn, "
            "Trọng Tấn cùng gần 200 diễn viên.")
    assert "Thanh Hương" not in _attendees(body)


def test_judging_and_pointing_out_are_speech():
    body = ("Đại biểu Nguyễn Thanh Hiền (Nghệ An) nhìn nhận điều quan trọng nhất là khâu tổ chức quản lý điều hành. "
            "ĐB Nguyễn Tuấn Anh (Bình Phước) cũng chỉ ra, vừa qua số tăng thu chủ yếu là tăng thu từ đất.")
    names = _attendees(body)
    assert "Nguyễn Thanh Hiền" in names and "Nguyễn Tuấn Anh" in names
