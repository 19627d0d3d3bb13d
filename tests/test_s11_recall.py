"""Meeting detection recall on real text: sentences from baomoi articles (not the gold files) that name their meeting by
the verb `họp`, by the event as the subject right after the dateline, or by an attendance list (`Tham dự buổi lễ có …`);
each test checks the meeting returned (kind, organizer, part of day, name) or None."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def _meeting(text: str, published: str | None = None):
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return meeting


def test_a_body_that_meets_on_a_dated_day_holds_a_meeting():
    # 21510931, 22372340, 21484990
    m = _meeting("Thành phố Hồ Chí Minh sẽ tăng cường công tác kiểm tra.\nChiều 10/2, Sở Giao thông vận tải và các sở ngành "
                 "liên quan họp sơ kết việc thực hiện quyết định của Ủy ban nhân dân Thành phố Hồ Chí Minh về thành lập đoàn "
                 "kiểm tra liên ngành.")
    assert (m.kind, m.name, m.part_of_day, m.organizer) == (
        "cuộc họp", None, "chiều", "Sở Giao thông vận tải và các sở ngành liên quan")
    m = _meeting("Ngày 25/5/2017, tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp dưới sự chủ trì của đồng chí Tổng Bí thư "
                 "Nguyễn Phú Trọng để xem xét báo cáo của Ủy ban Kiểm tra Trung ương.")
    assert (m.kind, m.date, m.organizer) == ("cuộc họp", "2017-05-25", "Ban Bí thư")
    assert [p.name for p in m.chairs] == ["Nguyễn Phú Trọng"]
    m = _meeting("Ngày 6-2, Bộ GTVT họp nghe báo cáo về phương án, kế hoạch phát triển, cải tạo Cảng hàng không quốc tế "
                 "Tân Sơn Nhất.")
    assert (m.kind, m.organizer) == ("cuộc họp", "Bộ GTVT")


def test_a_meeting_held_by_a_body_that_convenes_it_takes_that_body():
    # 22325030: `đã có cuộc triệu tập họp bàn`
    m = _meeting("Như BizLIVE đã thông tin, chiều qua 19/5 Thành ủy TP.HCM đã có cuộc triệu tập họp bàn về tình hình sốt "
                 "đất tại Thành phố thời gian qua.")
    assert (m.kind, m.organizer, m.part_of_day) == ("cuộc họp", "Thành ủy TP.HCM", "chiều")


def test_the_verb_is_no_meeting_untimed_unnamed_planned_or_in_a_schedule():
    # 21492100: no day; 22673159: a quotation with no subject named; 22721879: tomorrow; 22430939: a directive;
    # 21476194: a schedule's item; 22631313: `sum họp`; 21488423: the setting of a brawl.
    for text in (
        "Ông Võ Đức Tây cho biết cơ quan quản lý xuất nhập cảnh đã họp bàn nhiều lần để tìm cách tạo điều kiện.",
        "\"Sáng nay chúng tôi đã họp bàn triển khai và huy động tất cả các lực lượng để tiếp tục tìm kiếm cháu Nghĩa\".",
        "Ngày mai (12.7), Bộ GDĐT mới họp để đưa ra ngưỡng đảm bảo chất lượng (điểm sàn).",
        "Ông Khoa yêu cầu UBND huyện Nhà Bè ngay trong hôm nay (1-6) phải tổ chức họp dân, không chỉ riêng những hộ dân bị "
        "ảnh hưởng.",
        "Ngày thi cụ thể như sau: Sáng 21/6: Họp cán bộ coi thi tại các điểm thi Chiều 21/6: Thí sinh đến phòng thi.",
        "Ngày Gia đình Việt Nam năm nay (thứ Tư - 28/6/2017) với ý nghĩa trân trọng những giây phút sum họp của mọi gia "
        "đình Việt Nam.",
        "Theo đó, vào khoảng 22h ngày 5/2, trong lúc xóm 14 xã Quỳnh Văn (Quỳnh Lưu) đang họp chi đoàn tại nhà văn hóa "
        "xóm thì bất ngờ nhóm thanh niên mang hung khí xông vào xô xát.",
    ):
        assert extract_meeting(make_article(text)) is None, text


def test_an_event_noun_subject_of_the_verb_is_the_meeting():
    # 22590238: the summit meets; 22664354: `họp trực tuyến phiên họp thường kỳ` names its sitting.
    m = _meeting("Theo phóng viên TTXVN tại Brussels, chiều 22/6, Hội nghị thượng đỉnh các nước Liên minh châu Âu (EU) đã "
                 "bắt đầu nhóm họp tại thủ đô Brussels của Bỉ.")
    assert (m.kind, m.part_of_day) == ("hội nghị", "chiều")
    m = _meeting("Sáng 3/7, dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc, Chính phủ họp trực tuyến phiên họp thường kỳ "
                 "tháng 6 năm 2017.")
    assert (m.kind, m.name, m.organizer) == ("phiên họp", "phiên họp thường kỳ tháng 6 năm 2017", "Chính phủ")


def test_the_event_right_after_the_dateline_was_held_that_day():
    # 22677212, 22684249, 22246817, 22738267
    m = _meeting("Chiều 4/7, Lễ đón Chủ tịch Quốc hội Lào Pany Yathotou và Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội "
                 "nước Cộng hòa Dân chủ Nhân dân Lào diễn ra trang trọng tại Trung tâm Hội nghị tỉnh Sơn La.",
                 published="2017-07-04")
    assert (m.kind, m.date, m.part_of_day) == ("lễ", "2017-07-04", "chiều")
    m = _meeting("Sáng 5/7, kỳ họp thứ 5, HĐND TP Hồ Chí Minh khóa IX tiếp tục diễn ra với nội dung thảo luận về tình hình "
                 "nhiệm vụ kinh tế, văn hóa, xã hội.")
    # (the body and its term after the sitting's number are the name's, as in RECORD.md's `Kỳ họp thứ ba, Quốc hội khóa XIV`)
    assert (m.kind, m.name, m.organizer, m.part_of_day) == (
        "kỳ họp", "kỳ họp thứ 5, HĐND TP Hồ Chí Minh khóa IX", "HĐND TP Hồ Chí Minh khóa IX", "sáng")
    m = _meeting("Chiều 11/5, buổi làm việc của Đoàn công tác của Tổng cục Du lịch và Hiệp hội Du lịch TP.Đà Nẵng đã không đạt "
                 "kết quả do các bên không thỏa thuận được nội dung làm việc.")
    assert (m.kind, m.part_of_day) == ("buổi làm việc", "chiều")
    text = ("Chiều 12/7, Lễ ký kết hợp tác truyền thông giữa tỉnh Quảng Ninh và 4 cơ quan báo chí Trung ương: Báo Nhân dân, "
            "Thông tấn xã Việt Nam đã diễn ra tại Hà Nội.")
    assert [(e.kind, e.score) for e in find_events(text, 0)] == [("lễ", 3)]


def test_a_forum_after_the_dateline_is_a_body_and_a_planned_event_stays_a_plan():
    # 21511170, 21511693
    assert extract_meeting(make_article(
        "Ngày 10/2, Diễn đàn thông tin công nghệ TechSauce Thailand vừa đưa ra báo cáo thường niên “Top 75 công ty "
        "fintech tiêu biểu khu vực Đông Nam Á”.")) is None
    text = ("Ngày 11/2, Lễ khai mạc và công bố Năm Du lịch Quốc gia Lào Cai-Tây Bắc năm 2017 sẽ diễn ra tại thành phố Lào "
            "Cai (tỉnh Lào Cai) với chủ đề “Sắc màu Tây Bắc.”")
    assert extract_meeting(make_article(text, published="2017-02-08")) is None


def test_an_attendance_list_places_its_people_at_the_event_reported():
    # 21490971, 22652701
    m = _meeting("Sáng ngày 8/2, TP.HCM đã khởi công cầu vượt tại nút giao Trường Sơn với đường Tân Sơn Nhất – Bình Lợi – "
                 "Vành đai ngoài.\nTham dự buổi lễ có Bí thư Thành ủy TP.HCM Đinh La Thăng và lãnh đạo một số sở ngành TP.")
    # (the ceremony is named by its rite, the lead's own verb on its day: see test_s51_round)
    assert (m.kind, m.part_of_day) == ("lễ", "sáng") and (m.name or "").startswith("khởi công cầu vượt")
    assert [p.name for p in m.attendees] == ["Đinh La Thăng"]
    text = ("Tàu cá vỏ thép tại Bình Định hư hỏng phải nằm bờ Tham dự cuộc họp có đại diện Tổng cục Hậu cần Kỹ thuật (Bộ "
            "Công an); Cục Quản lý Công nghệ - An ninh và Doanh nghiệp.")
    assert [(e.kind, e.score) for e in find_events(text, 1)] == [("cuộc họp", 3)]
