"""The 5 Dec thirty-eighth round: rules found by reading what prec56, stat56, audit88 and the web pages gathered this
round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their
id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# The bodies that hold a press conference named by its verb, an aside in brackets between them and the verb (22322379
# `Công ty TNHH ô tô … và Công ty CP … (nhà nhập khẩu và nhà phân phối chính thức xe … tại VN) vừa họp báo ra mắt …`):
# the aside's words end no subject, and what the bodies are is no part of their name; a place or a short name in the
# bracket stays.
def test_an_aside_between_the_holders_and_the_verb() -> None:
    text = ("Công ty TNHH Thương mại Nam Việt và Công ty CP Phân phối Bắc Hà (nhà nhập khẩu và nhà phân phối chính thức "
            "xe điện tại Việt Nam) vừa họp báo ra mắt dòng xe mới.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert meeting.organizer == "Công ty TNHH Thương mại Nam Việt và Công ty CP Phân phối Bắc Hà"
    text = "Sở Y tế (cơ quan thường trực) vừa họp báo thông tin về vụ ngộ độc.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Sở Y tế"
    text = "Sáng 10/2, UBND xã An Phước (huyện Long Thành, Đồng Nai) tổ chức hội nghị tổng kết công tác năm 2016.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "UBND xã An Phước (huyện Long Thành, Đồng Nai)"
    text = "Sáng 10/2, Hội Nông dân tỉnh (HND) tổ chức hội nghị tổng kết công tác năm 2016.\n"
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Hội Nông dân tỉnh (HND)"
