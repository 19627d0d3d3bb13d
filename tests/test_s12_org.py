"""s12 organizer: a comma inside a body's name closed by its bracketed alias (sentences from baomoi-dev)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # baomoi 22729106: the name runs through its comma to the alias that closes it
        ("Chiều 11/7, tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ chủ trì phiên họp thứ hai của Ủy ban Chỉ "
         "đạo quốc gia về Cơ chế một cửa quốc gia, Cơ chế một cửa ASEAN và tạo thuận lợi thương mại (Ủy ban Chỉ đạo "
         "1899), đánh giá kết quả 6 tháng đầu năm, đề ra giải pháp cho 6 tháng cuối năm 2017.",
         "Ủy ban Chỉ đạo quốc gia về Cơ chế một cửa quốc gia, Cơ chế một cửa ASEAN và tạo thuận lợi thương mại "
         "(Ủy ban Chỉ đạo 1899)"),
        # a body's name with its own comma (baomoi 22302276's `của Tổ chức Văn hóa, Khoa học và Giáo dục …`)
        ("Sáng 5/6, hội nghị thường niên của Tổ chức Văn hóa, Khoa học và Giáo dục Liên Hiệp Quốc (UNESCO) khai mạc "
         "tại Paris.", "Tổ chức Văn hóa, Khoa học và Giáo dục Liên Hiệp Quốc (UNESCO)"),
    ],
)
def test_name_through_comma(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer


def test_comma_then_body_word_stays_a_cut() -> None:
    """A piece after the comma that opens with a body word is another body (`Bộ Y tế, Ngân hàng … (BIDV)`): the
    name does not run through that comma."""
    from core.extract.meetings import _NAME_COMMA_RE

    assert _NAME_COMMA_RE.search("Bộ Y tế, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)") is None
    assert _NAME_COMMA_RE.search("Bộ Xây dựng, Bộ Khoa học và Công nghệ (KH&CN)") is None


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # baomoi 21511500: `tổ chức gặp mặt` in the lead, `buổi gặp mặt` named after it
        ("Sáng 10-2, Tổng cục Chính trị Quân đội nhân dân Việt Nam tổ chức gặp mặt các cơ quan thông tấn báo chí, "
         "đánh giá kết quả phối hợp tuyên truyền. Tại buổi gặp mặt, Thượng tướng Lương Cường phát biểu.",
         "Tổng cục Chính trị Quân đội nhân dân Việt Nam"),
        # baomoi 22657202: `long trọng tổ chức kỷ niệm`, then `buổi lễ`
        ("Tối 1/7, UBND tỉnh Bến Tre long trọng tổ chức kỷ niệm 195 năm Ngày sinh nhà thơ yêu nước Nguyễn Đình "
         "Chiểu (1/7/1822 - 1/7/2017). Tại buổi lễ, ông Cao Văn Trọng phát biểu.", "UBND tỉnh Bến Tre"),
        # baomoi 21494974: `đã tổ chức khởi công`
        ("Sáng 8/2, Sở GTVT TP.HCM đã tổ chức khởi công hai cầu vượt thép tại giao lộ Trường Sơn. Tại buổi lễ, ông "
         "Bùi Xuân Cường phát biểu.", "Sở GTVT TP.HCM"),
    ],
)
def test_holding_act_verb(text: str, organizer: str) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer
