"""A committee named by its field after `về` (`Ban Chỉ đạo về …`, `Ủy ban về …`): the `về` is
part of the body's name, not the meeting's topic."""

from __future__ import annotations

from core.extract.meetings import extract_meeting

from .conftest import make_article


def test_a_committee_of_a_field_holds_its_meeting() -> None:
    # (baomoi 22479866)
    meeting = extract_meeting(make_article(
        "Cuộc họp lần thứ VIII của Ban Chỉ đạo về các giải pháp ổn định đời sống và sản xuất, kinh doanh cho "
        "nhân dân 4 tỉnh miền Trung bị ảnh hưởng bởi sự cố môi trường biển đã diễn ra tại Trụ sở Chính phủ.",
        published="2017-06-10"))
    assert meeting is not None
    assert meeting.organizer == "Ban Chỉ đạo về các giải pháp ổn định đời sống và sản xuất"


def test_a_committee_of_a_field_organizes() -> None:
    # (a baomoi lead: `Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị …`)
    meeting = extract_meeting(make_article(
        "Chiều 25/5, tại Hà Nội, Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị đánh giá kết "
        "quả thực hiện nhiệm vụ về khu vực phòng thủ.", published="2017-05-26"))
    assert meeting is not None
    assert meeting.organizer == "Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội"


def test_the_topic_after_a_body_stays_out() -> None:
    meeting = extract_meeting(make_article(
        "Sáng 9/6, Quốc hội tổ chức phiên thảo luận của Quốc hội về tình hình kinh tế - xã hội.",
        published="2017-06-09"))
    assert meeting is not None and meeting.organizer == "Quốc hội"
