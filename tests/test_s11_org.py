"""The organizer of a meeting (s11 round): a press briefing's or themed meeting's word before the body its name
carries, and `họp báo` written as the verb after a body. Sentences from baomoi articles, none in a gold set."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # `báo chí` between the event noun and the body the name carries
        ("Chiều 20/6, tại buổi giao ban báo chí Thành ủy Hà Nội, Phó giám đốc Ban quản lý dự án đầu tư xây dựng "
         "công trình giao thông Hà Nội Nguyễn Chí Cường cho biết UBND thành phố vừa phê duyệt dự án.",
         "Thành ủy Hà Nội"),
        # `chuyên đề` between the event noun and the body
        ("Sáng 13-5, tại TP Hồ Chí Minh, Hội nghị chuyên đề Liên minh Nghị viện Thế giới (IPU) khu vực châu Á - "
         "Thái Bình Dương về ứng phó với biến đổi khí hậu đã bế mạc.", "Liên minh Nghị viện Thế giới (IPU)"),
        # `họp báo` as the verb right after a body
        ("Sáng nay 12/7, Văn phòng Chủ tịch nước họp báo công bố Lệnh của Chủ tịch nước về 6 Luật vừa được "
         "Quốc hội khóa XIV thông qua tại kỳ họp thứ 3 vừa qua.", "Văn phòng Chủ tịch nước"),
        ("Sáng 30/6, Thường trực HĐND TP Hà Nội đã họp báo giới thiệu về kỳ họp thứ 4, HĐND TP khóa XV, nhiệm kỳ "
         "2016 - 2021. Phó Chủ tịch Thường trực HĐND TP Nguyễn Ngọc Tuấn chủ trì buổi họp báo.",
         "Thường trực HĐND TP Hà Nội"),
    ],
)
def test_organizer(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer


def test_person_before_bare_press_holds_nothing() -> None:
    """A person before a bare `họp báo` is no body: `Dàn huấn luyện viên … họp báo ra mắt`."""
    meeting = extract_meeting(make_article(
        "Chiều 22/6, ca sĩ Lương Gia Huy họp báo ra mắt hai album bolero tại TP.HCM."))
    assert meeting is None or meeting.organizer is None


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("GD&TĐ - Ngày 7/2, tại Trường Đại học Văn Hiến tổ chức lễ ký kết thỏa thuận hợp tác giữa Công ty Cổ phần "
         "giáo dục Hùng Hậu và Công ty Cổ phần nông nghiệp Hùng Hậu.", "Trường Đại học Văn Hiến"),
        ("Trung tuần tháng 5, tại Trung tâm nghiên cứu chiến lược và quốc tế Mỹ (CSIS) đã tổ chức cuộc hội thảo về "
         "vấn đề, những loại vũ khí trang bị nào Nga sẽ chế tạo.", "Trung tâm nghiên cứu chiến lược và quốc tế Mỹ (CSIS)"),
        # a place that is no body stays a place: the subject after it holds
        ("Ngày 6/6, tại Hà Nội, Bộ Y tế tổ chức Lễ kỷ niệm 60 năm y, dược cổ truyền Việt Nam.", "Bộ Y tế"),
    ],
)
def test_host_written_as_the_place(text: str, organizer: str) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer
