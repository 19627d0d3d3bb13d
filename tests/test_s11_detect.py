"""Whether an article reports a meeting, on real text: sentences from baomoi articles (not the gold files)."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_plan_after_a_source_and_the_frame_is_not_held():
    # 22486476: the resolution says what the fifth session will do.
    text = ("Với đa số phiếu tán thành, chiều nay, Quốc hội đã chính thức thông qua Nghị quyết chương trình xây dựng "
            "Luật, pháp lệnh.\n"
            "Theo Nghị quyết, tại kỳ họp thứ 5, Quốc hội sẽ xem xét, thông qua Luật Đơn vị hành chính - kinh tế "
            "đặc biệt.")
    assert extract_meeting(make_article(text)) is None
    found = find_events("Theo Nghị quyết, tại kỳ họp thứ 5, Quốc hội sẽ xem xét, thông qua Luật Đơn vị hành chính.", 0)
    assert [(e.kind, e.planned) for e in found] == [("kỳ họp", True)]


def test_a_plan_after_a_connective_merged_behind_a_caption_is_not_held_today():
    # 22512614: `sáng nay` belongs to the caption the page merged before `Đồng thời, …`.
    text = ("Các ĐBQH ấn nút thông qua nghị quyết và dự thảo luật sáng nay (ảnh L.Hiển) Đồng thời, tại Kỳ họp thứ "
            "sáu, QH sẽ tiến hành lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu "
            "và phê chuẩn theo Nghị quyết số 85/2014/QH13, ngày 28/11/2014 của Quốc hội khóa XIII.")
    assert extract_meeting(make_article(text)) is None
    found = find_events(text, 0)
    assert [(e.kind, e.planned) for e in found] == [("kỳ họp", True)]


def test_a_past_act_after_a_source_and_the_frame_is_no_plan():
    # 22739860: `đã đưa ra quan điểm sẽ …` tells what was done at the sitting.
    found = find_events("Theo ông Tôn Thất Giáp, tại phiên họp, chính quyền đã đưa ra quan điểm sẽ di dời lăng mộ của "
                        "bà Cửu giai Tài nhân họ Lê.", 0)
    assert [(e.kind, e.planned) for e in found] == [("phiên họp", False)]


def test_a_bare_frame_keeps_its_plan():
    # 22646399: `Tại đại hội …, Sacombank sẽ bầu lại …` alone is a plan.
    found = find_events("Tại đại hội đồng cổ đông thường niên năm 2017, Sacombank sẽ bầu lại thành viên HĐQT và Ban "
                        "kiểm soát nhiệm kỳ 2017-2021.", 0)
    assert [(e.kind, e.planned) for e in found] == [("đại hội", True)]


def test_an_event_dated_after_its_name_on_another_day_than_the_lead_is_background():
    # 22638161: the rally of 27.6 under the news of 28.6.
    text = ("Ngày 28.6, các đảng đối lập lớn ở Nhật Bản đồng loạt yêu cầu Bộ trưởng Quốc phòng Tomomi Inada từ chức "
            "vì phát ngôn gây tranh cãi.\n"
            "Theo Đài NHK, trong buổi mít tinh ngày 27.6, bà Inada kêu gọi cử tri ủng hộ ứng viên của đảng cầm quyền "
            "LDP trong cuộc bầu cử nghị viện thủ đô Tokyo vào tháng 7.")
    assert extract_meeting(make_article(text)) is None


def test_an_event_dated_with_its_year_after_its_name_on_another_day_is_background():
    # 22452470: the talk of 30/5/2017 under the ministry's news of 4/6.
    text = ("Sáng 4/6, Bộ Văn hóa, Thể thao và Du lịch phát thông cáo báo chí chỉ đạo thu hồi văn bản gửi Hiệp hội "
            "Du lịch thành phố Đà Nẵng.\n"
            "Theo đó, ngày 2/6/2017, Bộ Văn hóa, Thể thao và Du lịch (Bộ VHTT&DL) ban hành văn bản về việc phát ngôn "
            "của ông Huỳnh Tấn Vinh tại Tọa đàm ngày 30/5/2017.")
    assert extract_meeting(make_article(text)) is None


def test_an_event_dated_on_the_leads_day_stays_reported():
    text = ("Ngày 20/6, Thanh tra Sở Văn hóa - Thể thao tỉnh Thừa Thiên - Huế cho biết, đơn vị đã tiến hành xử phạt "
            "hành chính đối với Công ty.\n"
            "Tại lễ ra mắt cuốn sách “Dám làm giàu” vào sáng ngày 20/6, công ty đã tổ chức biểu diễn nghệ thuật "
            "không có giấy phép.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"


def test_working_at_the_police_office_is_a_questioning_not_a_meeting():
    # 22502356: a lawyer's story of a paternity dispute.
    text = ("Tại buổi làm việc ở cơ quan công an, cả 7 người đàn ông đều một mực khẳng định, đứa bé mà chị Xuân sinh "
            "ra chính là con của mình.")
    assert extract_meeting(make_article(text)) is None
    found = find_events("Tại buổi làm việc với UBND tỉnh, ông Nguyễn Văn Huyện cho biết sẽ miễn phí cho cư dân.", 0)
    assert [e.kind for e in found] == ["buổi làm việc"]


def test_talks_asked_about_are_not_held():
    # 22261094: a question whether talks will be held; 22637957: whether the meeting takes place.
    found = find_events('"Chúng tôi sẽ có đối thoại với các điều kiện có ở đó", bà nhấn mạnh khi được hỏi liệu Triều '
                        'Tiên có sẵn sàng tổ chức các cuộc hội đàm với chính quyền Trump hay không.', 0)
    assert [(e.kind, e.planned) for e in found] == [("hội đàm", True)]
    found = find_events("Nhà Trắng cho biết chưa có quyết định cuối cùng liệu cuộc gặp có diễn ra hay không.", 0)
    assert [(e.kind, e.planned) for e in found] == [("cuộc gặp", True)]


def test_a_question_about_a_held_meeting_leaves_it_held():
    # 22241704: the meeting took place; the question is about its effect.
    found = find_events("Khi được hỏi liệu việc sa thải Giám đốc FBI James Comey có ảnh hưởng đến cuộc họp hay không, "
                        "ông Trump khẳng định: “Không hề”.", 0)
    assert [(e.kind, e.planned) for e in found] == [("cuộc họp", False)]
