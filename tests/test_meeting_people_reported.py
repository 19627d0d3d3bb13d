"""People a meeting report names who were not at the meeting: named inside a speaker's quotation, said to
be absent, a spokesperson briefing the press on a meeting, the subject of a `việc` clause. Excerpts of baomoi
articles (not the gold files); each test checks who is returned."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(text: str, published: str | None = None) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_a_person_named_inside_a_speakers_quotation_was_not_there():
    # 22262980: the party leader talks about Đinh La Thăng's case at a meeting with voters
    text = ("'Chưa bao giờ Trung ương xử lý một loạt cán bộ cao cấp như vừa rồi'\n"
            "Chiều 13/5, phát biểu kết luận tại buổi tiếp xúc cử tri tại quận Hoàn Kiếm (Hà Nội), Tổng bí thư "
            "Nguyễn Phú Trọng cho rằng chưa thời kỳ nào như vừa rồi, Trung ương đã tiến hành xử lý một loạt cán bộ "
            "cao cấp, kể cả về hưu. \"Sắp tới công bố nữa, các vụ khác nữa, một số nơi khác đang làm. Đặc biệt, vụ "
            "đồng chí Đinh La Thăng, rất cảm ơn các bác đã đồng tình với xử lý của Trung ương. Cũng có ý kiến bảo "
            "nhẹ quá\", Tổng bí thư Nguyễn Phú Trọng nhấn mạnh. \"Ông Đinh La Thăng vi phạm ở giai đoạn lãnh đạo "
            "dầu khí thôi, thừa nhận đồng chí cũng năng nổ, quyết liệt khi làm giao thông\", Tổng bí thư nói.")
    chairs, attendees = _people(text)
    assert "Đinh La Thăng" not in chairs + attendees
    assert "Nguyễn Phú Trọng" in chairs + attendees


def test_a_curly_quotation_runs_over_sentences_until_it_closes():
    # 21471482: the quotation opens after the colon and closes two sentences on
    text = ("Chủ tịch Hà Nội yêu cầu đình chỉ chức vụ 1 hiệu trưởng\n"
            "Tại cuộc họp giao ban báo chí chiều 7/2, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã yêu cầu Sở GD&ĐT "
            "xem xét xử lý nghiêm 2 cô giáo. Chủ tịch Hà Nội nhấn mạnh: “Đây là sự việc mà dư luận rất quan tâm. "
            "Đặc biệt, Phó Thủ tướng Vũ Đức Đam đã yêu cầu làm rõ ba lần. Mặc dù là sự việc nhỏ nhưng gây bức xúc”. "
            "Giám đốc Sở GD&ĐT Nguyễn Hữu Độ đã giải trình về những vấn đề này.")
    chairs, attendees = _people(text)
    assert "Vũ Đức Đam" not in chairs + attendees
    assert {"Nguyễn Đức Chung", "Nguyễn Hữu Độ"} <= set(chairs + attendees)


def test_a_quotation_left_unclosed_does_not_silence_the_next_speaker():
    # 22441462: the paragraph ends the quotation without its mark; a new one opens before any closes
    text = ("Áp dụng công nghệ để quản lý xe hợp đồng, xử lý xe khách trá hình\n"
            "Sáng 29/5, Bộ GTVT tổ chức tọa đàm về quản lý xe hợp đồng. Về quan điểm của Hiệp hội, ông Nguyễn Văn "
            "Thanh, Chủ tịch Hiệp hội Vận tải ô tô Việt Nam khẳng định: “Chúng tôi chỉ mong các loại hình vận tải "
            "bình đẳng về các ràng buộc tiêu chuẩn, đặc biệt thuế. Theo ông Nguyễn Tuyển, Phó phòng Quản lý vận tải, "
            "Sở Giao thông Vận tải Hà Nội, trước tình trạng xe dù bến cóc diễn biến phức tạp, TP đã yêu cầu Sở xử "
            "lý triệt để. “Về cơ chế chính sách, chúng tôi tích cực phối hợp với Bộ Giao thông Vận tải.")
    _, attendees = _people(text)
    assert "Nguyễn Tuyển" in attendees


def test_a_straight_mark_after_a_word_closes_a_quotation_opened_a_sentence_before():
    # 21484800: `"Là người quản lý … | Tôi xin làm đơn giải thể trường", bà X … nói`
    text = ("Trường mầm non Sen Vàng giải thể sau vụ cô giáo bạo hành trẻ\n"
            "\"Là người quản lý, tôi xin nhận trách nhiệm về vụ bạo hành. Tôi xin làm đơn giải thể trường\", bà "
            "Phạm Thị Tân, Hiệu trưởng trường mầm non Sen Vàng nói tại buổi làm việc với 73 phụ huynh chiều 10/2.")
    _, attendees = _people(text)
    assert attendees == ["Phạm Thị Tân"]


def test_a_person_said_to_be_absent_is_no_participant():
    # 22222258: the headline places him at the meeting only to say he was not there
    text = ("Ông Đinh La Thăng vắng mặt tại buổi tiếp xúc cử tri TP.HCM\n"
            "Sáng 9/5, Đoàn đại biểu Quốc hội TP.HCM tiếp xúc cử tri tại huyện Củ Chi. Một đại biểu Quốc hội khác "
            "của cụm Củ Chi và Hóc Môn là ông Đinh La Thăng, Bí thư Thành ủy TP.HCM, vắng mặt.")
    chairs, attendees = _people(text)
    assert "Đinh La Thăng" not in chairs + attendees


def test_a_spokesperson_who_comments_on_a_meeting_did_not_attend_it():
    # 22246923: the Russian foreign ministry's spokeswoman on the Trump - Lavrov meeting
    text = ("Nga lên tiếng chuyện phóng viên Mỹ bị 'cấm cửa' trong cuộc gặp Trump - Lavrov\n"
            "Cuộc họp kín giữa Tổng thống Mỹ Donald Trump và Ngoại trưởng Nga Sergei Lavrov hôm 10.5 tại Nhà Trắng "
            "đã làm dấy nhiều đồn đoán tiêu cực trong giới truyền thông Mỹ. Liên quan tới vấn đề này, người phát "
            "ngôn Bộ Ngoại giao Nga Maria Zakharova cho biết toàn bộ chương trình của cuộc họp do nước chủ nhà, cụ "
            "thể là Nhà Trắng, lên kế hoạch và chuẩn bị.")
    chairs, attendees = _people(text)
    assert "Maria Zakharova" not in chairs + attendees


def test_the_subject_of_a_viec_clause_with_a_plan_is_talked_about():
    # 22649366: a later visit the host welcomes, not this meeting's delegate
    text = ("Quan hệ hợp tác Việt Nam - LB Nga phụ thuộc nhiều vào tầm nhìn của cộng đồng doanh nghiệp\n"
            "Tiếp tục chuyến thăm chính thức Liên bang Nga, sáng 30-6, Chủ tịch nước Trần Đại Quang đã tham dự Tọa "
            "đàm kinh tế Việt Nam - Liên bang Nga do Bộ Kế hoạch và Đầu tư Việt Nam và Bộ Kinh tế Liên bang Nga phối "
            "hợp tổ chức. Chủ tịch "
            "Đu-ma quốc gia bày tỏ vui mừng trước việc Chủ tịch Quốc hội Nguyễn Thị Kim Ngân sẽ dẫn đầu đoàn đại "
            "biểu Quốc hội Việt Nam tham dự Đại hội đồng Liên minh Nghị viện thế giới IPU-137 do Nga đăng cai tổ "
            "chức vào tháng 10-2017.")
    chairs, attendees = _people(text)
    assert "Nguyễn Thị Kim Ngân" not in chairs + attendees
    assert "Trần Đại Quang" in chairs + attendees


def test_a_press_secretary_is_one_title():
    # 21481258, 22572349
    found = find_people("Thư ký báo chí Tổng thống Nga, ông Dmitry Peskov nhấn mạnh: \"Chúng tôi không có quyền bình luận\"")
    assert [(m.person.name, m.person.titles) for m in found] == [("Dmitry Peskov", ["Thư ký báo chí Tổng thống Nga"])]
    found = find_people("Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov cũng cho biết mình chờ đợi cơ hội xem bộ phim.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Dmitry Peskov", ["Thư ký báo chí của Tổng thống Nga"])]
    found = find_people("Thư ký báo chí Nhà Trắng Sean Spicer khẳng định, Mỹ có đủ thẩm quyền để tự vệ.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Sean Spicer", ["Thư ký báo chí Nhà Trắng"])]


def test_an_owners_office_named_before_a_name_keeps_the_name():
    # 22448447: the name after the owner's office is the owner's, named in the adviser's office (as the gold writes
    # `phát ngôn viên của Tổng thống Duterte`, `cố vấn an ninh hàng đầu của ông Moon`), not a person met
    found = find_people("Ông Birol Erdem, Cố vấn của Thủ tướng Thổ Nhĩ Kỳ Binali Yildirim.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Birol Erdem", ["Cố vấn của Thủ tướng Thổ Nhĩ Kỳ Binali Yildirim"])]


def test_an_office_another_person_holds_is_not_added_to_a_chain():
    # 22523776: the minister questioned is named with the office alone; the chair's chain across the comma
    # must not give her the minister's office
    text = ("Thông cáo số 17 kỳ họp thứ 3, Quốc hội khóa XIV\n"
            "Ngày 13/6/2017, Quốc hội họp phiên toàn thể tại hội trường. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân chủ "
            "trì phiên họp. Từ 8 giờ 25 đến 11 giờ 30, Quốc hội tiến hành chất vấn Bộ trưởng Bộ Nông nghiệp và Phát "
            "triển nông thôn Nguyễn Xuân Cường. Kết thúc phần trả lời chất vấn của Bộ trưởng Bộ Nông nghiệp và Phát "
            "triển nông thôn, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu một số vấn đề đề nghị Bộ trưởng tập "
            "trung giải quyết, khắc phục.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    titles = {p.name: p.titles for p in (*meeting.chairs, *meeting.attendees)}
    assert titles["Nguyễn Thị Kim Ngân"] == ["Chủ tịch Quốc hội"]


def test_two_countries_speakers_keep_the_bare_office():
    # 22517194: `Chủ tịch Quốc hội` without a country has a holder in each
    text = ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Cuba\n"
            "Chiều 13/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Ủy viên Bộ Chính trị "
            "Đảng Cộng sản Cuba, Chủ tịch Quốc hội Esteban Lazo Hernández.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    titles = {p.name: p.titles for p in (*meeting.chairs, *meeting.attendees)}
    assert titles["Esteban Lazo Hernández"] == ["Ủy viên Bộ Chính trị Đảng Cộng sản Cuba", "Chủ tịch Quốc hội"]
    assert titles["Nguyễn Thị Kim Ngân"] == ["Chủ tịch Quốc hội"]


def test_the_person_whose_case_is_talked_about_was_not_there():
    # 22261310 (read in the fresh sample this rule came from)
    text = ("Tổng bí thư Nguyễn Phú Trọng: Xử lý ông Đinh La Thăng mới chỉ về mặt đảng\n"
            "Sáng 13.5, Tổng bí thư Nguyễn Phú Trọng phát biểu tại hội nghị tiếp xúc cử tri của Đoàn ĐBQH Hà Nội. "
            "Trả lời những câu hỏi cụ thể của cử tri về trường hợp ông Đinh La Thăng , Tổng bí thư cho hay vừa qua "
            "đã xử lý một loạt các cán bộ nguyên Ủy viên T.Ư.")
    chairs, attendees = _people(text)
    assert "Đinh La Thăng" not in chairs + attendees
    assert "Nguyễn Phú Trọng" in chairs + attendees
