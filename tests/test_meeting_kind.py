"""The kind a meeting gets from the event noun that names it (sentences from baomoi articles)."""

from dataclasses import replace

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article

KIND_LEADS = [
    # `cuộc làm việc` is a working session (baomoi 21477972, 22729794).
    ("Chiều 6/2 tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ chủ trì cuộc làm việc với các Bộ, ngành "
     "về phương án sắp xếp các doanh nghiệp nhà nước.", "2017-02-06", "buổi làm việc"),
    ("Trong khuôn khổ chuyến thăm chính thức làm việc tại Hà Lan, sáng 11-7 (giờ địa phương), Thủ tướng Chính phủ "
     "Nguyễn Xuân Phúc đã tới thăm thành phố Rotterdam và có cuộc làm việc với Thị trưởng Rotterdam Ahmed "
     "Aboutaleb. Tại cuộc gặp, Thủ tướng Chính phủ Nguyễn Xuân Phúc bày tỏ ấn tượng về thành tựu của thành phố.",
     "2017-07-11", "buổi làm việc"),
    # A press conference after talks tells what they decided: the talks are the meeting
    # (baomoi 22249542, 22714319, 22649192).
    ("“Chúng tôi chỉ bố trí các hệ thống phòng thủ để bảo vệ chủ quyền cho các nước”, ông Mattis nói tại buổi họp "
     "báo sau cuộc hội đàm với Tổng thống Litva Dalia Grybauskaite ở Vilnius.", "2017-05-11", "hội đàm"),
    ("Phát biểu tại cuộc họp báo sau cuộc gặp với Tổng thống Ukraine Petro Poroshenko, Ngoại trưởng Mỹ cho biết "
     "Washington tiếp tục ủng hộ Kiev.", "2017-07-10", "cuộc gặp"),
    ("Phát biểu tại cuộc họp báo sau hội nghị, Tổng Thư ký NATO Jens Stoltenberg thông báo các nước thành viên đã "
     "có những tiến bộ.", "2017-06-30", "hội nghị"),
    # A press conference of its own stays one (baomoi 21491821).
    ("Phát biểu tại buổi họp báo ngày 8/2, Chánh văn phòng Nội các Nhật Bản Yoshihide Suga cho biết Thủ tướng "
     "Shinzo Abe sẽ có hội đàm với Tổng thống Mỹ Donald Trump tại thủ đô Washington.", "2017-02-08", "họp báo"),
    # The conference a trip is framed by, after the day and the place, is the setting: the reception
    # is the news (baomoi 22454511).
    ("Chiều 4/6, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á "
     "lần thứ 23, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã tiếp ông Masaru Hashimoto, Thống đốc tỉnh Ibaraki. Tại buổi tiếp, Thủ tướng Nguyễn Xuân Phúc khẳng định Chính phủ Việt Nam "
     "luôn coi trọng quan hệ với Nhật Bản.", "2017-06-04", "cuộc gặp"),
]


@pytest.mark.parametrize(("text", "published", "kind"), KIND_LEADS)
def test_kind_from_the_noun_that_names_the_meeting(text, published, kind):
    m = extract_meeting(make_article(text, published))
    assert m is not None
    assert m.kind == kind


FAN_MEETINGS = [
    # A star's fan meeting written with `họp` (baomoi 22288910, 22590402).
    "Ngày 15.5, Cát Phượng và Kiều Minh Tuấn đã tổ chức buổi họp fan tại TP.HCM với hơn 300 người hâm mộ.",
    "Album remix được ca sĩ Du Thiên cho ra mắt đúng vào dịp sinh nhật, được tổ chức đồng thời với buổi họp "
    "Fans giữa năm tại Hà Nội.",
]


# A side hosting a match receives no one (baomoi 22330031, 22293308).
MATCHES = [
    "Kết quả của trận tiếp Middlesbrough tại vòng đấu cuối ngày 21/5 có ý nghĩa quyết định tới tấm vé dự Cup C1.",
    "Ngày 21/5, Arsenal sẽ chơi trên sân nhà tiếp Everton, trong khi Liverpool gặp Middlesbrough.",
]


@pytest.mark.parametrize("text", FAN_MEETINGS + MATCHES)
def test_fan_meetings_and_matches_are_no_meeting(text):
    assert extract_meeting(make_article(text, "2017-06-15")) is None


WELCOME_LEAD = ("Chiều 19/6, Lễ đón chính thức Chủ tịch Thượng viện Haiti được tổ chức trọng thể tại Nhà Quốc hội, "
                "dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân. Ngay sau lễ đón, Chủ tịch Quốc hội Nguyễn "
                "Thị Kim Ngân đã tiến hành hội đàm với Chủ tịch Thượng viện Cộng hòa Haiti.")


@pytest.mark.parametrize(("title", "kind"), [
    # The headline names the talks that follow the welcome (baomoi 22566127) …
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Thượng viện Cộng hòa Haiti", "hội đàm"),
    # … or the welcome itself (baomoi 22245244).
    ("Lễ đón chính thức Chủ tịch Thượng viện Haiti tại Nhà Quốc hội", "lễ"),
])
def test_welcome_ceremony_yields_to_the_talks_the_headline_names(title, kind):
    a = replace(make_article(WELCOME_LEAD, "2017-06-19"), title=title)
    m = extract_meeting(a)
    assert m is not None
    assert m.kind == kind


@pytest.mark.parametrize("text", [
    # `phiên họp báo` is a press conference, the compound's head `họp báo`, and the body its name carries holds it
    # (baomoi 21473658, 22449008).
    "Tại phiên họp báo Chính phủ thường kỳ tháng 1/2017, chiều 03/02, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai "
    "Tiến Dũng cho biết chủ trương cổ phần hóa doanh nghiệp nhà nước năm nay khác với mọi năm.",
    "Chiều nay, 3-6, dưới sự chủ trì của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng và Bộ trưởng Bộ "
    "Thông tin và Truyền thông Trương Minh Tuấn, phiên họp báo Chính phủ thường kỳ tháng 5 đã diễn ra tại Hà Nội.",
])
def test_phien_hop_bao_is_a_press_conference(text):
    m = extract_meeting(make_article(text, "2017-06-05"))
    assert m is not None
    assert (m.kind, m.organizer) == ("họp báo", "Chính phủ")


@pytest.mark.parametrize(("text", "kind"), [
    # a restricted meeting joined to the talks it opens is the visit's talks (baomoi 22644153)
    ("Tiếp tục chuyến thăm chính thức Liên bang Nga, ngày 29-6, Chủ tịch nước Trần Đại Quang đã có cuộc gặp hẹp và "
     "hội đàm với Tổng thống Liên bang Nga Vladimir Putin tại điện Kremlin.", "hội đàm"),
    # a joint press conference with the partner after the talks tells what the talks decided (baomoi 21512084)
    ("Trong cuộc họp báo chung với ông Shinzo Abe sau hội đàm tại Nhà Trắng, ông Donald Trump gọi liên minh Mỹ - "
     "Nhật là nền tảng của hòa bình và ổn định ở khu vực Thái Bình Dương.", "hội đàm"),
    # a press conference of its own stays one (baomoi 22449008)
    ("Chiều nay, 3-6, dưới sự chủ trì của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng, phiên họp báo "
     "Chính phủ thường kỳ tháng 5 đã diễn ra tại Hà Nội.", "họp báo"),
])
def test_the_kind_of_joined_events(text, kind):
    m = extract_meeting(make_article(text, "2017-06-29"))
    assert m is not None
    assert m.kind == kind
