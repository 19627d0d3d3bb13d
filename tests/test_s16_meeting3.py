"""Session 16, meeting3: detection, kind, date and organizer as real web pages write them (sentences from baomoi-dev)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.extract.meetings import extract_meeting, find_events
from core.record import Meeting
from tests.conftest import make_article


def _meeting(text: str, published: str | None = "2017-06-23", title: str | None = None) -> Meeting | None:
    article = make_article(text, published)
    if title is not None:
        article = replace(article, title=title)
    return extract_meeting(article)


def _organizer(text: str, published: str | None = "2017-06-23", title: str | None = None) -> str | None:
    meeting = _meeting(text, published, title)
    assert meeting is not None
    return meeting.organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # `toàn quốc` between the event noun and the body its name carries (baomoi-dev 22591183, 22229627)
        ("Chiều 22/6, Đại hội đại biểu toàn quốc Liên đoàn Vovinam VN (VVF) khóa III nhiệm kỳ 2017-2022 tại TP.HCM "
         "đã bầu doanh nhân 48 tuổi Mai Hữu Tín làm chủ tịch VVF.", "Liên đoàn Vovinam VN (VVF)"),
        ("Tại Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ VIII diễn ra ngày 25/9/2014, ông Nguyễn "
         "Thiện Nhân được hiệp thương cử giữ chức Chủ tịch.", "Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_nationwide_congress_body(text: str, organizer: str) -> None:
    assert _organizer(text) == organizer


def test_body_from_headline_name() -> None:
    # the lead names the meeting by its bare noun; the headline's name carries the body (baomoi-dev headline)
    title = "Thông báo Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"
    text = "Từ ngày 7 đến ngày 10/5/2017, tại Hà Nội, đã diễn ra Hội nghị. Hội nghị đã thảo luận nhiều nội dung."
    assert _organizer(text, title=title) == "Ban Chấp hành Trung ương Đảng khóa XII"


@pytest.mark.parametrize(
    "sentence",
    [
        # an event in a `Căn cứ …` clause is the document's or the agenda's subject (baomoi-dev 22515002, 22442491)
        "Căn cứ vào kết quả thảo luận của Quốc hội tại phiên họp sáng 26/5/2017, Ủy ban Thường vụ Quốc hội nhận thấy "
        "dự án Luật còn nhiều ý kiến khác nhau.",
        "Căn cứ vào chương trình kỳ họp, ý kiến, kiến nghị cử tri, vấn đề xã hội quan tâm và phiếu chất vấn của ĐBQH, "
        "UB Thường vụ QH đã trình QH quyết định nhóm vấn đề chất vấn.",
    ],
)
def test_preamble_event_is_no_report(sentence: str) -> None:
    assert [e.score for e in find_events(sentence, 0)] == [0]


def test_preamble_then_the_meeting_held() -> None:
    # the meeting held is the one after the `Thực hiện Kế hoạch …` clause, and its holder the subject there
    text = ("Thực hiện Kế hoạch số 12/KH-UBND về tổ chức hội nghị tổng kết công tác năm 2016, sáng 10/2, UBND huyện Đông "
            "Anh đã tổ chức hội nghị tổng kết công tác năm 2016.")
    meeting = _meeting(text)
    assert meeting is not None and meeting.organizer == "UBND huyện Đông Anh" and meeting.date == "2017-02-10"


@pytest.mark.parametrize(
    "sentence",
    [
        # a name ending on a bare `tổ chức` before its day: held that day (baomoi-dev 22370384, 22600362)
        "Doanh nghiệp mía đường trong nước cho biết gặp nhiều khó khăn vì đường lậu Thái Lan tại Hội nghị giải pháp "
        "tiêu thụ ngành đường tổ chức chiều 24-5.",
        "Hội nghị khoa học thường niên Hội Thấp khớp học Việt Nam tổ chức vào các ngày 12-14/5 tại Hà Nội.",
    ],
)
def test_name_held_on_its_day(sentence: str) -> None:
    assert max(e.score for e in find_events(sentence, 0)) == 3


def test_indefinite_event_held_on_a_day_stays_background() -> None:
    # `một cuộc tọa đàm tổ chức ngày 30.5`: no name, a remark's setting (baomoi-dev 22452630)
    sentence = ("Theo đó, ngày 2.6, Bộ Văn hóa - Thể thao & Du lịch ban hành văn bản số 2383/BVHTTDL-TCDL về việc phát "
                "ngôn của ông Huỳnh Tấn Vinh tại một cuộc tọa đàm tổ chức ngày 30.5.")
    assert [e.score for e in find_events(sentence, 0)] == [1]


def test_conferring_ceremony_is_a_rite() -> None:
    # `lễ phong tặng`, `lễ truy tặng`: a ceremony conferring a State title (baomoi-dev 22590000)
    sentence = "Ngày 10/6, tỉnh tổ chức lễ phong tặng, truy tặng cho 103 Mẹ Việt Nam anh hùng."
    assert [(e.kind, e.score) for e in find_events(sentence, 0)] == [("lễ", 3)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the receiving leader named, then the title set off by commas, then the verb (adapted from baomoi-dev 22559062)
        ("Chiều 18-6, tại Phủ Chủ tịch, ông Trần Đại Quang, Chủ tịch nước, tiếp Thượng tướng Phạm Trường Long, Phó Chủ "
         "tịch Quân ủy Trung ương Trung Quốc.", "cuộc gặp"),
        ("Ngày 12/6, bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, làm việc với Đoàn đại biểu Quốc hội tỉnh Bến Tre.",
         "buổi làm việc"),
    ],
)
def test_verb_after_apposed_title(text: str, kind: str) -> None:
    meeting = _meeting(text)
    assert meeting is not None and meeting.kind == kind


def test_listed_acts_after_a_title_stay_unread() -> None:
    # the piece before the verb holds a verb of its own: a list of a visit's acts, no subject set off (baomoi-dev 22681753)
    sentence = ("Chiều tối 4/7, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã đến chào Tổng thống Ấn Độ Pranab "
                "Mukherjee, tiếp Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arun Jaitley.")
    assert not any(e.kind == "cuộc gặp" and e.verb and e.start > 100 for e in find_events(sentence, 0))


def test_bare_held_after_a_term_apposition() -> None:
    # the body's term set off after its name (`…, nhiệm kỳ 2016-2021`, as baomoi-dev 22668628 writes it) is part of
    # the subject's clause of the bare verb `họp`
    text = ("Ngày 17/8/2020, Thường trực HĐND huyện khóa XI, nhiệm kỳ 2016-2021 họp thường kỳ tháng 8/2020 đánh giá "
            "tình hình hoạt động của Thường trực HĐND huyện.")
    meeting = _meeting(text, None)
    assert meeting is not None
    assert (meeting.kind, meeting.organizer, meeting.date) == ("cuộc họp", "Thường trực HĐND huyện khóa XI", "2020-08-17")


def test_bracketed_term_ends_the_holder() -> None:
    # a bracketed term after the body's name (`khóa 15 (nhiệm kỳ 2016-2021)`, baomoi-dev 22746011) is no part of it
    text = "Ngày 18/12, HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức Kỳ họp thứ 15."
    assert _organizer(text, "2023-12-20") == "HĐND huyện Kbang khóa VIII"


def test_trip_done_in_a_morning_is_a_session() -> None:
    # `đã có chuyến thăm và làm việc tại …` in a sentence opening on a part of one day: that morning's working session
    text = ("Sáng 22-6, Thủ tướng Nguyễn Xuân Phúc đã có chuyến thăm và làm việc tại Trường đại học Việt - Đức, kiểm tra "
            "tình hình thực hiện dự án.")
    meeting = _meeting(text)
    assert meeting is not None and (meeting.kind, meeting.date) == ("buổi làm việc", "2017-06-22")


def test_trip_over_days_stays_a_trip() -> None:
    # a trip over several days is not one session (baomoi-dev 22257945)
    text = ("Đoàn đại biểu Tòa án Nhân dân Tối cao Việt Nam do ông Nguyễn Hòa Bình, Chánh án Tòa án Nhân dân Tối cao dẫn "
            "đầu, đã có chuyến thăm làm việc tại Italy từ ngày 9-14/5.")
    assert _meeting(text) is None


def test_scientific_conference_body() -> None:
    # `khoa học` between the event noun and the body a hospital's or a university's conference name carries
    text = "Sáng 12/5, Hội nghị khoa học Bệnh viện Bạch Mai lần thứ 32 khai mạc tại Hà Nội."
    assert _organizer(text) == "Bệnh viện Bạch Mai"


@pytest.mark.parametrize(
    "sentence",
    [
        # a rally or a contest of a hobby or a martial art named `đại hội` (baomoi-dev 22568445, 22522663)
        "Chúng tôi luôn bảo chứng, ấn chứng võ công, võ đạo tại các đại hội võ thuật trong nước, quốc tế.",
        "Để trả thù, cô đã tiết lộ bí mật về thân thế của anh tại Đại hội võ lâm bằng cách gián tiếp.",
        "Một biker trong lúc lái môtô từ TP Hồ Chí Minh về Đồng Nai dự đại hội môtô Việt Nam 2018 đã gặp tai nạn.",
    ],
)
def test_hobby_rally_is_no_congress(sentence: str) -> None:
    assert find_events(sentence, 0) == []


def test_working_visit_called_talks_later() -> None:
    # a working session told by its verb, which the next sentence calls talks: the talks' kind
    text = ("Ngày 25/6, Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Kỷ Hằng làm trưởng đoàn đã sang thăm và làm "
            "việc với lãnh đạo tỉnh Hà Giang.\nTại buổi hội đàm, hai bên đã trao đổi về hợp tác biên giới.")
    meeting = _meeting(text)
    assert meeting is not None and meeting.kind == "hội đàm"
