"""Session 15, organizer: how Vietnamese news and portal pages name the body that holds a meeting."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _organizer(text: str, published: str | None = "2017-05-10") -> str | None:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return meeting.organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a compound written with a comma is one name, not a list of bodies (names as baomoi-dev writes them)
        ("Sáng 10/5, Ban Chỉ đạo phòng, chống tham nhũng Trung ương tổ chức phiên họp thứ 11.",
         "Ban Chỉ đạo phòng, chống tham nhũng Trung ương"),
        ("Sáng 10/5, Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh tổ chức hội nghị tổng kết công tác "
         "năm 2016.", "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"),
        ("Sáng 10/5, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh tổ chức lễ ra quân.",
         "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"),
        ("Hội nghị tổng kết do Tổng cục Phòng, chống thiên tai tổ chức sáng 10/5.", "Tổng cục Phòng, chống thiên tai"),
        # a list of bodies is still cut at its commas
        ("Ngày 10/5, Tỉnh ủy, HĐND, UBND tỉnh tổ chức Lễ kỷ niệm 42 năm Ngày giải phóng tỉnh.", "Tỉnh ủy, HĐND, UBND tỉnh"),
    ],
)
def test_comma_compound_names(text: str, organizer: str) -> None:
    assert _organizer(text) == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a quarter between the event noun and the body its name carries (baomoi-dev 22756932)
        ("Tại buổi họp báo thường kỳ quý II Bộ Công Thương, Thứ trưởng Đỗ Thắng Hải thông tin một số vấn đề liên quan "
         "tới kết luận của Ủy ban Kiểm tra Trung ương.", "Bộ Công Thương"),
        ("Trong cuộc họp báo quý 2/2017 của Bộ Công Thương diễn ra ngày hôm nay, lãnh đạo Bộ đã trả lời báo chí nhiều "
         "vấn đề nóng.", "Bộ Công Thương"),
    ],
)
def test_quarter_before_the_body(text: str, organizer: str) -> None:
    assert _organizer(text) == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # the owner after `của` ends before the meeting's business (baomoi-dev 21512119, 22364622)
        ("Ngày 10/2, tại trụ sở Chính phủ, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Chủ tịch Ủy ban Trung ương Mặt trận "
         "Tổ quốc Việt Nam Nguyễn Thiện Nhân chủ trì Hội nghị liên tịch thường niên của Chính phủ và Ủy ban Trung ương "
         "Mặt trận Tổ quốc Việt Nam kiểm điểm việc phối hợp công tác năm 2016, bàn nhiệm vụ trọng tâm năm 2017.",
         "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Ngày 31-3, tại cuộc họp của UBND TP đánh giá tình hình kinh tế-xã hội, thu chi ngân sách quý I, Chủ tịch UBND TP "
         "Nguyễn Thành Phong yêu cầu các sở rà soát.", "UBND TP"),
        # a committee named for a task keeps it
        ("Chiều 10/5, Phó Thủ tướng chủ trì cuộc họp của Ban Chỉ đạo triển khai thực hiện Đề án 06.",
         "Ban Chỉ đạo triển khai thực hiện Đề án 06"),
        # `năm nay` after the owner is a time (baomoi-dev 22653406)
        ("Cũng như những lần trước, tại đại hội cổ đông thường niên của Hoàng Anh Gia Lai (HAGL) năm nay, bầu Đức lại "
         "trút hết ruột gan.", "Hoàng Anh Gia Lai (HAGL)"),
    ],
)
def test_owner_ends_before_business(text: str, organizer: str) -> None:
    assert _organizer(text, None) == organizer


def test_between_read_past_a_cut_name() -> None:
    # the name stops at `với`; the meeting is still held by the first party (baomoi-dev 21473376)
    text = ("Lãnh đạo các đơn vị quản lý hai di tích Hoàng Thành Thăng Long và Văn Miếu đã bị chủ tịch UBND TP Hà Nội phê "
            "bình trực tiếp tại hội nghị giao ban giữa UBND TP Hà Nội với các sở, ban ngành vào sáng nay, 6-2.")
    assert _organizer(text) == "UBND TP Hà Nội"


def test_passive_agent_keeps_a_comma_named_body() -> None:
    text = "Sáng 10/5, Hội thảo “Phát triển du lịch bền vững” được Sở Văn hóa, Thể thao và Du lịch tổ chức tại TP Vinh."
    assert _organizer(text) == "Sở Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize(
    ("text", "kind", "organizer"),
    [
        # the opening or closing sitting of a session takes the session's kind (baomoi-dev 22684885, 22700813)
        ("Sáng 6/7, phiên khai mạc kỳ họp thứ 4 Hội đồng nhân dân TP Đà Nẵng khóa IX diễn ra tại Trung tâm Hành chính "
         "thành phố.", "kỳ họp", "Hội đồng nhân dân TP Đà Nẵng khóa IX"),
        ("Sáng 7/7, Chủ tịch UBND tỉnh Đồng Nai Đinh Quốc Thái phát biểu tại phiên bế mạc Kỳ họp thứ 4 HĐND tỉnh Đồng Nai "
         "khóa IX.", "kỳ họp", "HĐND tỉnh Đồng Nai khóa IX"),
        # a bare opening sitting belongs to the congress the lead reports opening (as a portal writes it)
        ("Phát biểu trong phiên khai mạc, Tổng bí thư cho rằng cần khơi dậy khát vọng phát triển đất nước. Sáng 26/1, Đại "
         "hội Đại biểu toàn quốc lần thứ XIII của Đảng khai mạc tại Trung tâm Hội nghị Quốc gia.", "đại hội", "Đảng"),
        # a sitting of its own stays one
        ("Sáng 10/5, phiên khai mạc diễn ra tại Hà Nội.", "phiên họp", None),
    ],
)
def test_opening_sitting_takes_the_session(text: str, kind: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text, "2017-07-07"))
    assert meeting is not None
    assert (meeting.kind, meeting.organizer) == (kind, organizer)


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # more ceremonies a body holds (baomoi-dev 21473318, 21491501)
        ("Sáng 6/2, tại thành phố Vĩnh Yên, Hội Nông dân Việt Nam phối hợp với tỉnh Vĩnh Phúc tổ chức lễ hưởng ứng “Tết "
         "trồng cây đời đời nhớ ơn Bác Hồ” do Chủ tịch nước phát động.", "Hội Nông dân Việt Nam phối hợp với tỉnh Vĩnh Phúc"),
        ("Ngày 8/2, Quận đoàn Tây Hồ tổ chức Lễ báo công dâng Bác - tôn vinh thanh niên tình nguyện lên đường nhập ngũ "
         "năm 2017.", "Quận đoàn Tây Hồ"),
    ],
)
def test_more_ceremonies(text: str, organizer: str) -> None:
    meeting = extract_meeting(make_article(text, "2017-02-08"))
    assert meeting is not None
    assert (meeting.kind, meeting.organizer) == ("lễ", organizer)
