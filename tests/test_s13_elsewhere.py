"""People a meeting report names at another event: a sentence past the lead that opens on an event dated back by its
opening clause (`Tại cuộc làm việc cách đây 2 ngày …`), or on an event of another kind named by words the lead does not
write (`Trong Hội nghị Sơ kết vụ lúa Hè Thu … được tổ chức tại Cần Thơ vào cuối tháng 6, …` in a report of a diễn
đàn); and the meeting's own parts, which keep their people. Excerpts of baomoi articles (not the gold files)."""
from core.extract.meetings import _opens_on_another_event
from core.normalize import normalize_tone, same_length_lower
from tests.conftest import meeting_people


def test_an_event_of_another_kind_named_past_the_lead_is_another_event():
    text = ("Nam bộ đối mặt với dịch rầy nâu\n"
            "Ngày 5/7, tại thành phố Cần Thơ, Trung tâm Khuyến nông quốc gia tổ chức Diễn đàn với chủ đề Biện pháp phòng "
            "chống rầy nâu và bệnh vàng lùn, lùn xoắn lá trên cây lúa tại các tỉnh Nam bộ.\n"
            "Ông Trần Văn Khởi, Quyền Giám đốc Trung tâm Khuyến nông quốc gia cho biết, tình hình rầy nâu có chiều hướng "
            "gia tăng trong năm 2017. Trong Hội nghị Sơ kết vụ lúa Hè Thu 2017 và triển khai kế hoạch sản xuất vụ lúa Thu "
            "Đông tại Đồng bằng sông Cửu Long được tổ chức tại Cần Thơ vào cuối tháng 6, Thứ trưởng Bộ Nông nghiệp và "
            "Phát triển nông thôn Lê Quốc Doanh cho rằng, nếu không chủ động phòng bệnh hiệu quả thì bệnh vàng lùn sẽ "
            "quay lại.")
    chairs, attendees = meeting_people(text)
    assert attendees == ["Trần Văn Khởi"]
    assert "Lê Quốc Doanh" not in chairs


def test_a_reception_named_in_a_forum_report_is_another_event():
    text = ("Thủ tướng đến Phnom Penh dự Diễn đàn Kinh tế thế giới về ASEAN\n"
            "Chiều 11/5, tại Phnom Penh, Thủ tướng Nguyễn Xuân Phúc bắt đầu tham dự các hoạt động tại Hội nghị Diễn đàn "
            "Kinh tế thế giới về ASEAN lần thứ 26.\n"
            "Phát biểu tại phiên khai mạc, Thủ tướng đề xuất Diễn đàn WEF-ASEAN xem xét thành lập một nhóm công tác. "
            "Tại buổi tiếp ông Kim Lập Quần, Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB), Thủ tướng Nguyễn "
            "Xuân Phúc hoan nghênh AIIB tích cực góp phần thúc đẩy liên kết kinh tế khu vực.")
    chairs, attendees = meeting_people(text)
    assert "Kim Lập Quần" not in chairs + attendees
    assert "Nguyễn Xuân Phúc" in chairs + attendees


def test_an_event_dated_back_by_its_opening_clause_is_another_event():
    text = ("Kiến nghị giữ nguyên hiện trạng Sơn Trà\n"
            "Nhiều nhà khoa học đã bày tỏ kiến nghị giữ nguyên hiện trạng bán đảo Sơn Trà (Đà Nẵng) tại Tọa đàm “Phát "
            "triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà” diễn ra ngày 30/5 tại Hà Nội do Bộ VH-TT&DL tổ "
            "chức.\n"
            "Ông Huỳnh Tấn Vinh - Chủ tịch Hiệp hội Du lịch Đà Nẵng - chia sẻ, vẫn giữ nguyên quan điểm của mình. "
            "Tại cuộc làm việc cách đây 2 ngày về vấn đề này, Phó Thủ tướng Vũ Đức Đam đã đề nghị, thành phố Đà Nẵng "
            "cần chủ động xem xét tất cả các vấn đề, rồi báo cáo chính thức với Thủ tướng.")
    chairs, attendees = meeting_people(text)
    assert attendees == ["Huỳnh Tấn Vinh"]
    assert "Vũ Đức Đam" not in chairs


def test_a_reception_within_a_visit_keeps_its_host():
    text = ("Đoàn đại biểu cấp cao của Quốc hội Cu Ba thăm và làm việc tại Bến Tre\n"
            "Ngày 17/6, Chủ tịch Quốc hội Cộng hòa Cu Ba Juan Esteban Lazo Hernandez dẫn đầu Đoàn đại biểu cấp cao Quốc "
            "hội Cu Ba thăm và làm việc tại tỉnh Bến Tre.\n"
            "Đồng chí Tòng Thị Phóng, Phó Chủ tịch Quốc hội cùng tham dự buổi tiếp, làm việc cùng Đoàn. Tại buổi tiếp "
            "thân mật và hữu nghị, Chủ tịch UBND tỉnh Bến Tre Cao Văn Trọng chào đón và thông tin những nét chính tới "
            "Đoàn đại biểu cấp cao của Quốc hội Cu Ba về tình hình phát triển kinh tế- xã hội của địa phương.")
    assert "Cao Văn Trọng" in meeting_people(text)[1]


def _opens(sentence: str, kind: str, lead: str = "") -> bool:
    return _opens_on_another_event(normalize_tone(same_length_lower(sentence)), kind,
                                   normalize_tone(same_length_lower(lead)))


def test_an_opener_tied_to_another_event_or_a_sitting_is_not_another_event():
    # a joint press conference after the talks, a sitting of a session, a bare `Tại buổi tiếp xúc,` of voters
    assert not _opens("Trong cuộc họp báo chung với ông Shinzo Abe sau hội đàm tại Nhà Trắng, ông Donald Trump gọi "
                      "liên minh Mỹ - Nhật là nền tảng của hòa bình.", "hội nghị")
    assert not _opens("Tại phiên thảo luận tổ chiều 5/6, đại biểu Nguyễn Văn A cho rằng …", "kỳ họp")
    assert not _opens("Tại phiên thảo luận tổ, đại biểu Nguyễn Văn A cho rằng …", "hội nghị")
    assert not _opens("Tại buổi tiếp xúc, cử tri Trần Quang Minh (quận Tây Hồ) đặt câu hỏi.", "tiếp xúc cử tri")
    # the meeting named again as the lead names it
    assert not _opens("Tại Hội thảo Thế giới thông tin, ông A phát biểu.", "hội nghị",
                      "Hội nghị APEC và Hội thảo Thế giới thông tin về việc làm")


def test_an_opener_dated_back_is_another_event_whatever_its_kind():
    assert _opens("Tại buổi làm việc với Sở Giao thông Vận tải cuối năm ngoái, Bí thư Thành ủy TP.HCM Đinh La Thăng "
                  "yêu cầu chủ đầu tư triển khai ngay dự án.", "buổi làm việc")
    assert _opens("Tại cuộc họp hồi tháng 12/2015, Hội đồng AFF đã đề xuất độ tuổi tham dự.", "cuộc họp")
    assert not _opens("Tại cuộc họp, ông A cho biết trước đó đã có kế hoạch.", "cuộc họp")


def test_a_bullet_same_day_sentence_glued_to_the_one_before_tells_the_next_thing_done():
    text = ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đón, hội đàm với Chủ tịch Quốc hội Cuba\n"
            "Sáng 12/6, Lễ đón chính thức Chủ tịch Quốc hội Cuba Esteban Lazo Hernández và Đoàn đã diễn ra trọng thể tại "
            "Nhà Quốc hội dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.\n"
            "Ngay sau Lễ đón, hai bên đã tiến hành Hội đàm. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân gửi lời chúc nhân dân "
            "Cuba anh hùng tiếp tục vững bước. + Chiều cùng ngày, Đoàn đại biểu cấp cao Quốc hội Cuba do Chủ tịch Quốc "
            "hội Esteban Lazo Hernández dẫn đầu sẽ hội kiến Thủ tướng Nguyễn Xuân Phúc; chào xã giao Chủ tịch nước Trần "
            "Đại Quang.")
    chairs, attendees = meeting_people(text)
    # (the talks `Ngay sau Lễ đón` turns to are the meeting, which the host attends; she chaired the welcome)
    assert chairs == [] and "Nguyễn Thị Kim Ngân" in attendees
    assert "Trần Đại Quang" not in attendees and "Nguyễn Xuân Phúc" not in attendees


def test_who_is_named_before_the_glued_bullet_keeps_the_role_read():
    text = ("Hoạt động của lãnh đạo Đảng, Nhà nước\n"
            "Trong hai ngày 9 và 10-2, đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận T.Ư cùng Đoàn "
            "công tác của Ban Dân vận T.Ư thăm, làm việc tại tỉnh Điện Biên.\n"
            "Tại buổi làm việc với Đoàn, đồng chí Trần Văn Sơn, Bí thư Tỉnh ủy Điện Biên đã báo cáo khái quát tình hình "
            "thực hiện nhiệm vụ năm 2016. Đồng chí Trương Thị Mai đề nghị tỉnh quan tâm công tác dân vận. * Chiều cùng "
            "ngày, đồng chí Đinh La Thăng, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh làm việc với Liên đoàn Lao "
            "động TP Hồ Chí Minh. Đồng chí Đinh La Thăng cho rằng, việc thành lập mới công đoàn cơ sở còn chậm.")
    chairs, attendees = meeting_people(text)
    assert "Trần Văn Sơn" in attendees and "Trương Thị Mai" in chairs + attendees
    assert "Đinh La Thăng" not in chairs + attendees


def test_an_opening_frame_dated_back_is_another_time():
    assert _opens("Trong cuộc phỏng vấn với hãng truyền thông nhà nước SANA hồi tháng 12 năm ngoái, Tổng thống Assad đã "
                  "gọi ông Trump là đồng minh.", "hội đàm")
    assert _opens("Trong chuyến viếng thăm Riyadh cách đây 2 tuần, Tổng thống Mỹ Donald Trump đã kêu gọi các nước.",
                  "hội nghị")
    # a mark in brackets dates the bracket, not the frame
    assert not _opens("Tại tòa phúc thẩm liên bang Khu vực 4 (bên đã giữ nguyên quyết định hồi tháng 5), thẩm phán Paul "
                      "Niemeyer hỏi luật sư.", "phiên họp")
