"""Meeting organizer and detection rules of the s17 meeting round, on sentences from baomoi-dev articles (no gold
file); each test checks the exact value."""

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _organizer(text: str) -> str | None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return meeting.organizer


def test_named_partners_after_phoi_hop_voi_are_part_of_the_organizer():
    # 22647095
    text = ("Tổng điều tra kinh tế năm 2017: Phác họa bức tranh từng ngành kinh tế\n"
            "Sáng 30/6, tại huyện Đông Hưng, tỉnh Thái Bình, Tổng cục Thống kê phối hợp với UBND tỉnh Thái Bình tổ "
            "chức Lễ ra quân Tổng điều tra kinh tế năm 2017 (giai đoạn 2) nhằm thu thập thông tin về các cơ sở kinh "
            "tế.")
    assert _organizer(text) == "Tổng cục Thống kê phối hợp với UBND tỉnh Thái Bình"


def test_a_second_phoi_hop_before_the_verb_is_no_partner():
    # 22424184: `… phối hợp với Hiệp hội sữa Việt Nam phối hợp tổ chức Hội thảo …`
    text = ("Tetra Pak chia sẻ các cơ hội kinh doanh mới trong ngành sữa\n"
            "Trong khuôn khổ triển lãm sản phẩm sữa Vietnam Dairy 2017, ngày 31/5, Vụ Công nghiệp nhẹ (Bộ Công Thương) "
            "phối hợp với Hiệp hội sữa Việt Nam phối hợp tổ chức Hội thảo “Công nghệ tiệt trùng - Tương lai ngành sữa "
            "Việt Nam trước xu hướng mới”.")
    assert _organizer(text) == "Vụ Công nghiệp nhẹ (Bộ Công Thương) phối hợp với Hiệp hội sữa Việt Nam"


def test_partners_left_unnamed_leave_the_holder_alone():
    # 21492668: `phối hợp với các đơn vị liên quan`
    text = ("Sam Sung C&T tài trợ sửa chữa, xây mới nhà ở cho người nghèo\n"
            "Thực hiện chương trình hỗ trợ sữa chữa, xây cất nhà ở cho cư dân ở Hà Tĩnh do Công ty Sam Sung C&T tài "
            "trợ, chiều 8/2, Ban Thường trực UBMTTQ tỉnh phối hợp với các đơn vị liên quan tổ chức cuộc họp thống nhất "
            "các nội dung triển khai dự án.")
    assert _organizer(text) == "Ban Thường trực UBMTTQ tỉnh"


def test_the_fronts_run_together_short_form_opens_a_body():
    # the Front's committee written `UBMTTQ`, `MTTQVN` (baomoi-dev 21492668, 22681928): a body word as `MTTQ` is
    from core.extract.meetings import _BODY_HEAD_RE, _body_in_name

    assert _BODY_HEAD_RE.match("UBMTTQ tỉnh") is not None
    assert _BODY_HEAD_RE.match("MTTQVN thành phố Đà Nẵng") is not None
    assert _body_in_name("Đại hội đại biểu MTTQVN tỉnh lần thứ X (nhiệm kỳ 2019-2024)", "") == "MTTQVN tỉnh"


def test_a_page_published_with_its_month_only_gives_the_meetings_year():
    # 22647095's lead under a page that writes only `2017-06` as its date (web14 v14, w14 give such pages)
    text = ("Tổng điều tra kinh tế năm 2017: Phác họa bức tranh từng ngành kinh tế\n"
            "Sáng 30/6, tại huyện Đông Hưng, tỉnh Thái Bình, Tổng cục Thống kê phối hợp với UBND tỉnh Thái Bình tổ "
            "chức Lễ ra quân Tổng điều tra kinh tế.")
    meeting = extract_meeting(make_article(text, published="2017-06"))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day) == ("2017-06-30", "sáng")
    december = extract_meeting(make_article(text.replace("30/6", "28/12"), published="2018-01"))
    assert december is not None
    assert december.date == "2017-12-28"


def test_partners_with_a_bracketed_alias_or_a_time_after_them():
    # 22382716: a partner's alias in brackets; 22495454: the day after the partner
    text = ("Cần đẩy mạnh thương mại điện tử để mở rộng thị trường Trung Quốc\n"
            "Chiều 26/5, tại Hà Nội, Trung tâm Trung Quốc – ASEAN đã phối hợp cùng Phòng Thương mại và Công nghiệp Việt "
            "Nam (VCCI) tổ chức tọa đàm thương mại, đầu tư Việt Nam - Trung Quốc.")
    assert _organizer(text) == "Trung tâm Trung Quốc – ASEAN phối hợp cùng Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"
    text = ("Bình Định: Hội nghị chuyên đề đóng mới tàu cá\n"
            "UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT sáng nay tổ chức hội nghị chuyên đề đóng mới, nâng cấp tàu cá "
            "theo Nghị định 67/CP.")
    assert _organizer(text) == "UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT"


def test_phoi_hop_to_chuc_names_no_partner_even_with_a_later_to_chuc():
    # `X phối hợp tổ chức <event> … và tổ chức …` (as in 22424184's `phối hợp tổ chức Hội thảo`): no partner written
    text = ("Tập huấn phòng chống dịch\n"
            "Sáng 5/6, Sở Y tế phối hợp tổ chức hội nghị tập huấn phòng chống dịch cho cán bộ Trung tâm Y tế và tổ chức "
            "lễ phát động.")
    assert _organizer(text) == "Sở Y tế"


def test_a_body_that_will_hold_the_same_kind_of_event_later_does_not_hold_the_one_reported():
    # 22635868's `… Ủy ban Nhân dân thành phố sẽ tổ chức hội nghị chuyên đề …` after a lead on another conference
    text = ("Cải cách hành chính phải thực chất\n"
            "Tại hội nghị sơ kết công tác 6 tháng đầu năm diễn ra sáng 28/6, các đại biểu đã thảo luận nhiều nội dung "
            "quan trọng.\n"
            "Với quyết tâm thực hiện cải cách hành chính, ông Nguyễn Thiện Nhân đề nghị trong quý 3/2017, Ủy ban Nhân "
            "dân thành phố sẽ tổ chức hội nghị chuyên đề về cải cách hành chính.")
    assert _organizer(text) is None
