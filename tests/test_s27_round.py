"""The 3 Dec twelfth round: shapes the round's audits and blind sets found read wrong, each written from a
baomoi article other than the audits' and checked for what is returned."""
from core.extract.meetings import extract_meeting, find_events
from core.extract.people import find_people, role_cues
from core.extract.statistics import extract_statistics
from tests.conftest import make_article, named_people


def _qualified(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(s.text, s.value, s.qualifier) for s in extract_statistics([sentence])]


def _money(sentence: str) -> list[tuple[str, str, float, str]]:
    return [(s.text, s.kind, s.value, s.unit) for s in extract_statistics([sentence])]


def _meeting(text: str, published: str | None = None):
    return extract_meeting(make_article(text, published))


def test_a_rally_held_as_a_ceremony_is_a_rally():
    # 22324745
    m = _meeting("Sáng 19/5, Tổ chức Hòa bình và Đoàn kết toàn Ấn Độ đã long trọng tổ chức lễ míttinh kỷ niệm 127 năm "
                 "ngày sinh Chủ tịch Hồ Chí Minh.", "2017-05-19")
    assert m is not None and (m.kind, m.date) == ("mít tinh", "2017-05-19")
    # a ceremony of another name stays a ceremony
    m = _meeting("Sáng 19/5, Bộ Y tế tổ chức lễ kỷ niệm 70 năm ngày thành lập ngành.", "2017-05-19")
    assert m is not None and m.kind == "lễ"


def test_a_dialogue_held_as_a_conference_is_a_conference():
    # 22636710, 22565024: the head noun gives the kind (9 of 9 gold files that meet one write `hội nghị`)
    m = _meeting("Ngày 28/6, Bảo hiểm xã hội Việt Nam tổ chức hội nghị đối thoại chính sách pháp luật về bảo hiểm y tế.",
                 "2017-06-28")
    assert m is not None and m.kind == "hội nghị"
    m = _meeting("Chiều 19/6, Hội nghị Đối thoại Chính sách cao cấp về du lịch bền vững đã diễn ra tại Hạ Long.",
                 "2017-06-19")
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("hội nghị", "2017-06-19", "chiều")
    # a dialogue named on its own stays one
    m = _meeting("Chiều 19/6, UBND tỉnh tổ chức buổi đối thoại với doanh nghiệp về thủ tục hành chính.", "2017-06-19")
    assert m is not None and m.kind == "đối thoại"


def test_the_assembly_debating_in_its_groups_holds_a_sitting():
    # 22372814, 22415034: the Assembly's verb, not `hội thảo` read across `Quốc hội thảo luận`
    text = ("Chiều 25/5, Quốc hội thảo luận tại tổ về đánh giá bổ sung kết quả thực hiện kế hoạch phát triển kinh tế-xã "
            "hội năm 2016.\nĐại biểu Phạm Phú Quốc (Đoàn TP Hồ Chí Minh) cho rằng cần có cơ sở phấn đấu.")
    m = _meeting(text, "2017-05-25")
    assert m is not None
    assert (m.kind, m.name, m.date, m.part_of_day, m.organizer) == ("phiên họp", None, "2017-05-25", "chiều", "Quốc hội")
    assert [p.name for p in m.attendees] == ["Phạm Phú Quốc"]
    # a day of plenary debate, its subject a few words before the verb (22364830)
    m = _meeting("Ngày 24-5, Quốc hội dành trọn ngày để thảo luận tại hội trường về dự án Luật Hình sự.", "2017-05-24")
    assert m is not None and (m.kind, m.date, m.organizer, m.location) == ("phiên họp", "2017-05-24", "Quốc hội", "hội trường")
    # the group is the debate's format, no venue
    m = _meeting("Chiều 30/5, Quốc hội thảo luận tại tổ Dự án Luật Tố cáo (sửa đổi).", "2017-05-30")
    assert m is not None and m.location is None
    # the deputies of a council debate its sitting
    m = _meeting("Chiều 5/7, các đại biểu HĐND TP Hà Nội thảo luận tại hội trường về an toàn thực phẩm.", "2017-07-05")
    assert m is not None and (m.kind, m.organizer) == ("phiên họp", "HĐND TP Hà Nội")


def test_a_debates_record_or_a_session_named_with_it_is_not_the_sitting_told():
    # 22476910: the record of what was said in the groups
    assert _meeting("Ngày 6/6, Tổng thư ký Quốc hội đã gửi các vị đại biểu báo cáo tổng hợp ý kiến thảo luận tại tổ về "
                    "dự thảo nghị quyết.", "2017-06-06") is None
    # the session the sentence names is the one reported
    found = find_events("Tiếp tục chương trình Kỳ họp thứ 3, Quốc hội khóa XIV, chiều 26/5, Quốc hội thảo luận ở tổ về "
                        "dự thảo Nghị quyết về xử lý nợ xấu.", 0)
    assert [(e.kind, e.score) for e in found] == [("kỳ họp", 3), ("phiên họp", 1)]


def test_a_debates_topic_year_is_not_the_sittings():
    # 22356028, 22515716: no published date, and the year is the topic's
    m = _meeting("Sáng 23-5, Quốc hội (QH) đã thảo luận tại tổ về dự kiến chương trình xây dựng luật, pháp lệnh và hoạt động "
                 "giám sát của QH năm 2018.")
    assert m is not None and (m.date, m.part_of_day, m.organizer) == (None, "sáng", "Quốc hội")
    m = _meeting("Quốc hội thảo luận về quyết toán\nSáng 12/6, Quốc hội thảo luận tại hội trường về quyết toán ngân sách nhà "
                 "nước năm 2015.")
    assert m is not None and m.date is None


def test_a_figure_around_a_level_is_about_it():
    # 21488239, 22736650
    assert _qualified("Giá vàng chốt phiên Mỹ quanh 1.233 USD, giảm khoảng 2 USD.") == [
        ("quanh 1.233 USD", 1233, "about"), ("khoảng 2 USD", 2, "about")]
    assert _qualified("Dòng tiền đang tụt dần xuống quanh 3.000 tỷ đồng.") == [("quanh 3.000 tỷ đồng", 3_000_000_000_000, "about")]
    # a range: both ends (22239540)
    assert [q for _, _, q in _qualified("Giá vàng miếng quanh 36,34 - 36,55 triệu đồng/lượng.")] == ["about", "about"]
    # what a story turns around, or what lies around a place, is no estimate (22503168)
    assert _qualified("Cổ phiếu này có giá ở mức xung quanh 1.000 đồng.") == [("1.000 đồng", 1000, None)]
    assert _qualified("Hàng trăm người dân lao ra và vây quanh 2 người lạ mặt này.") == [("2 người lạ mặt", 2, None)]


def test_a_delegation_after_a_leader_and_an_abbreviated_city_holds_the_voters_meeting():
    # 22616350: `TP.` with its dot and a space
    m = _meeting("Sáng 26/6, Thủ tướng Nguyễn Xuân Phúc và Đoàn đại biểu Quốc hội TP. Hải Phòng đã có cuộc tiếp xúc cử tri "
                 "thành phố Hải Phòng tại Câu lạc bộ Bạch Đằng.", "2017-06-26")
    assert m is not None and (m.kind, m.organizer) == ("tiếp xúc cử tri", "Đoàn đại biểu Quốc hội TP. Hải Phòng")


def test_a_meeting_and_dialogue_held_together_is_a_dialogue():
    # 22363569
    m = _meeting("Sau cuộc gặp gỡ, đối thoại với Thủ tướng Nguyễn Xuân Phúc nhân dịp sang thăm, ông Lý Gia Thành cho biết "
                 "sẽ đầu tư thêm.", "2017-06-06")
    assert m is not None and m.kind == "đối thoại"


def test_the_title_of_the_one_received_before_a_comma_is_not_the_hosts():
    # 22729794, 22740181: after `sau`, as after `tại`
    assert named_people("Sau cuộc tiếp Thị trưởng Rotterdam, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã gặp Phó Cao ủy "
                        "Hermen Borst.")[0] == ("Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"])


def test_an_event_on_a_day_to_come_is_no_meeting_held():
    # 22669431: the day in brackets, then `tới`
    assert _meeting("Cảnh sát vừa bắt giữ một đối tượng bị tình nghi lên kế hoạch ám sát Tổng thống Emmanuel Macron trong "
                    "buổi lễ diễu hành nhân dịp Quốc khánh Pháp (14/7) tới.", "2017-07-01") is None
    # a day gone by, written the same way, is held
    m = _meeting("Chiều 30/6, Bộ Ngoại giao tổ chức lễ kỷ niệm nhân dịp Quốc khánh (30/6).", "2017-07-01")
    assert m is not None and m.date == "2017-06-30"


def test_a_clause_opening_on_agreement_names_a_speaker():
    # 22475580, 22334772: a speaker whatever the verb after the name
    text = ("Sáng 7/6, Quốc hội thảo luận tại hội trường về dự thảo Nghị quyết về xử lý nợ xấu.\nĐại biểu Hoàng Thị Thu "
            "Trang cho rằng cần quy định rõ. Đồng quan điểm, đại biểu Phạm Phú Quốc, đoàn TP.HCM, chỉ ra điểm bất cập tại "
            "Điều 7.")
    m = _meeting(text, "2017-06-07")
    assert m is not None and [p.name for p in m.attendees] == ["Hoàng Thị Thu Trang", "Phạm Phú Quốc"]
    # not one agreeing in the clause's middle, whom the clause's subject already names
    clause = "Bà Lê Thị A đồng tình, phân tích thêm."
    first = role_cues(clause, find_people(clause))[0]
    assert (first.role, clause[first.start : first.end]) == ("speak", "đồng tình")


def test_a_count_of_sides_after_a_name_opens_the_next_sentence():
    # 22637044, 21471900: a caption that lost its full stop
    assert named_people("Chủ tịch nước hội kiến Chủ tịch Hội đồng Liên bang Nga V.Matvienko Hai bên bày tỏ mong muốn "
                        "thúc đẩy hợp tác.") == [("V.Matvienko", ["Chủ tịch Hội đồng Liên bang Nga"])]
    # after a family or a middle name `Hai` is the given name
    assert named_people("Ông Nguyễn Văn Hai bên cạnh đó cho biết thêm.") == [("Nguyễn Văn Hai", [])]


def test_offices_spelt_with_y_and_a_delegations_head_are_read():
    # 22687274, 22668296, 22269304
    assert named_people("Theo phóng viên TTXVN tại Nam Mỹ, nghị sỹ Miguel Pizarro thông báo một số nghị sỹ đã bị "
                        "thương.") == [("Miguel Pizarro", ["nghị sỹ"])]
    assert named_people("Ban giám khảo trao giải Ba cho tác phẩm “Biển chết” của họa sỹ Nguyễn Nhân.") == [
        ("Nguyễn Nhân", ["họa sỹ"])]
    assert named_people("Ngày 5/7, trưởng phái đoàn Nga Alexander Lavrentiev cho biết.") == [
        ("Alexander Lavrentiev", ["trưởng phái đoàn Nga"])]
    # the office as a noun names no one
    assert named_people("Các nghị sỹ bang Hessen tăng cường hợp tác.") == []
    # and the `i` spellings
    assert named_people("Theo trợ lí Tổng thống Yuri Ushakov, cuộc gặp diễn ra tốt đẹp.") == [
        ("Yuri Ushakov", ["trợ lí Tổng thống"])]


def test_a_representative_after_a_degree_or_a_bracketed_body_is_the_persons_office():
    # 21491402: after a rank or a degree alone the office follows the name
    assert named_people("PGS.TS Lê Huy Hoàng, đại diện Sở Y tế cho biết.") == [
        ("Lê Huy Hoàng", ["PGS.TS", "đại diện Sở Y tế"])]
    # 22417941: the body in brackets is written as a title, and the titles go on after it
    found = named_people("Trong khi đó, PGS. TS Lê Huy Hoàng (Trường ĐH Sư phạm Hà Nội), đại diện Bộ Giáo dục và Đào tạo "
                         "cho biết, giáo dục STEM đã được chú trọng.")
    assert found == [("Lê Huy Hoàng", ["PGS. TS", "Trường ĐH Sư phạm Hà Nội", "đại diện Bộ Giáo dục và Đào tạo"])]
    # after an office, a representative after the comma is the list's next item (as before)
    assert named_people("Thứ trưởng Lê Văn A, đại diện Văn phòng Chính phủ Trần B dự.")[0] == ("Lê Văn A", ["Thứ trưởng"])
    # a place in brackets is not written (as before)
    assert named_people("Đại biểu Ngô Thị Minh (Quảng Ninh), Phó Chủ nhiệm Ủy ban Tài chính phát biểu.") == [
        ("Ngô Thị Minh", ["Đại biểu", "Phó Chủ nhiệm Ủy ban Tài chính"])]


def test_pounds_under_a_thousand_as_a_price_per_period_are_money():
    # 22498133, 22525270
    assert _money("Ông ở căn phòng với chi phí giá đắt đỏ: 816 bảng mỗi đêm.") == [("816 bảng", "money", 816, "GBP")]
    assert _money("Căn hộ được hét giá thuê tới 850 bảng/tháng.") == [("850 bảng/tháng", "money", 850, "GBP")]
    # a group of a tournament stays counted
    assert _money("Sẽ có 1 bảng gồm 5 đội.") == [("1 bảng", "count", 1, "bảng"), ("5 đội", "count", 5, "đội")]


def test_a_vice_chairman_abbreviated_is_an_office():
    # 22259412, 22698232
    assert named_people("Ông Nguyễn Xuân Bình, PCT UBND TP Hải Phòng cho rằng đây là hiện tượng cá biệt.") == [
        ("Nguyễn Xuân Bình", ["PCT UBND TP Hải Phòng"])]
    assert named_people("Phó CT UBND tỉnh Hà Tĩnh Dương Tất Thắng tham gia ký kết.") == [
        ("Dương Tất Thắng", ["Phó CT UBND tỉnh Hà Tĩnh"])]


def test_a_place_ending_on_dong_before_its_holding_verb_keeps_it():
    # web27's `Đảng bộ xã Đại Đồng tổ chức Đại hội …`: `Đồng` is the place's, not `đồng tổ chức`
    m = _meeting("Ngày 22/7, UBND xã Đại Đồng tổ chức hội nghị tổng kết công tác năm.", "2025-07-22")
    assert m is not None and m.organizer == "UBND xã Đại Đồng"
    # co-holders after the verb's own `đồng` (as before)
    m = _meeting("Ngày 22/7, Bộ Y tế và Tổng Liên đoàn Lao động Việt Nam đồng tổ chức Lễ vinh danh.", "2025-07-22")
    assert m is not None and m.organizer == "Bộ Y tế và Tổng Liên đoàn Lao động Việt Nam"
