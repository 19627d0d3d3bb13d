"""Which sentences a meeting's people are read from, and what the meeting's year and organizer are taken from (s19
scope round). Excerpts of baomoi-dev articles (not the gold files); each test checks what is returned."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _people(text: str) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_an_earlier_opener_glued_after_a_related_links_bracket_tells_another_event():
    # baomoi-dev 22405054
    text = ("Chiều 29/5, tại Trụ sở Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã thân mật tiếp Đoàn đại biểu Đảng Dân "
            "tiến Nhật Bản do ông Edano Yukio, Phó Tổng thư ký Đảng Dân tiến Nhật Bản dẫn đầu.\n"
            "Trong cuộc tiếp, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân bày tỏ vui mừng trước sự phát triển của quan hệ hai nước.\n"
            "Các nghị sỹ của Đảng Dân tiến Nhật Bản sẽ tích cực tham gia hoạt động của Liên minh Nghị sỹ hữu nghị Nhật-Việt. "
            "[Quan hệ Việt-Nhật: Hứa hẹn mở ra những khả năng hợp tác tiềm năng] Trước đó, tại Trụ sở Trung ương Đảng, Đoàn "
            "đại biểu Đảng Dân tiến Nhật Bản đã đến chào xã giao ông Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ "
            "chức Trung ương. Ông Phạm Minh Chính đánh giá cao ý nghĩa chuyến thăm lần này của Đoàn.")
    chairs, attendees = _people(text)
    assert "Phạm Minh Chính" not in chairs + attendees
    assert "Nguyễn Thị Kim Ngân" in attendees


def test_a_photo_credit_before_the_opener_does_not_hide_it():
    # baomoi-dev 22420289 (shape)
    text = ("Sáng 30/5, tại Hà Tĩnh, Bộ Tài nguyên và Môi trường tổ chức cuộc họp về sự cố của Formosa.\n"
            "Tại cuộc họp, Thứ trưởng Võ Tuấn Nhân cho biết, đoàn kiểm tra sẽ làm rõ nguyên nhân. "
            "Khói bốc ra sau tiếng nổ tại Formosa. (Ảnh: P. Trường) Trước đó, Phó Chủ tịch UBND tỉnh Hà Tĩnh "
            "Đặng Quốc Vinh cho biết Hội đồng Giám sát đã đồng ý cho vận hành thử lò cao số 1.")
    chairs, attendees = _people(text)
    assert "Đặng Quốc Vinh" not in chairs + attendees
    assert "Võ Tuấn Nhân" in attendees


def test_a_frame_of_another_event_after_hearsay_and_a_day_of_its_own():
    # baomoi-dev 21477862
    text = ("Chiều 6/2, Đội Điều tra Tổng hợp Công an quận Hai Bà Trưng đã có buổi làm việc với đại diện nhà trường.\n"
            "Đại diện đội Điều tra Tổng hợp cho hay, các cô giáo có liên quan đã thừa nhận hành vi của mình. "
            "Điều này trái ngược với lời khai của cô này tại cơ quan công an. Vụ việc đang được làm rõ.\n"
            "Được biết, trưa 6/2, trong cuộc họp của UBND TP.Hà Nội với Giám đốc, Thủ trưởng các sở, ban, ngành... ông "
            "Nguyễn Đức Chung – Chủ tịch UBND TP. Hà Nội đã yêu cầu báo cáo cụ thể vụ việc.")
    chairs, attendees = _people(text)
    assert "Nguyễn Đức Chung" not in chairs + attendees


def test_a_dated_frame_of_an_event_years_before():
    # baomoi-dev 21487586
    text = ("Ngày 9/1, Sở Thông tin và Truyền thông tỉnh tổ chức hội nghị tổng kết công tác năm 2016.\n"
            "Hội nghị có sự tham dự của Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng.\n"
            "Đài truyền thanh cơ sở đã có bước phát triển mạnh. Ngày 29/8/1995, trong lễ ký duyệt Quy hoạch Truyền dẫn, "
            "phát sóng Phát thanh cả nước, Thủ tướng Võ Văn Kiệt nêu rõ: yêu cầu thông tin nhanh chóng là cấp thiết.")
    chairs, attendees = _people(text)
    assert "Võ Văn Kiệt" not in chairs + attendees


def test_who_convenes_a_meeting_attends_it_not_chairs_it():
    # baomoi-dev 22333844
    text = ("Tổng thống Hàn Quốc Moon Jae-in đã triệu tập một cuộc họp khẩn cấp với Hội đồng An ninh Quốc gia sau khi quân "
            "đội Hàn Quốc tuyên bố Triều Tiên bắn tiếp một tên lửa vào chiều ngày 14/5.")
    chairs, attendees = _people(text)
    assert chairs == []
    assert attendees == ["Moon Jae-in"]


def test_who_convenes_and_speaks_attends():
    # baomoi-dev 22678844 (shape)
    text = ("Chiều 4/7, Tổng thống Hàn Quốc Moon Jae-in triệu tập cuộc họp khẩn cấp với Hội đồng an ninh quốc gia.\n"
            "Tại cuộc họp, Tổng thống Moon Jae-in kêu gọi miền Bắc dừng hành động khiêu khích và nhấn mạnh sẽ đáp trả.")
    chairs, attendees = _people(text)
    assert chairs == []
    assert attendees == ["Moon Jae-in"]


def test_an_index_named_in_the_ceremonys_name_gives_no_year():
    # baomoi-dev 21766484
    text = ("Một buổi Biz Café được tổ chức bên lề Lễ Công bố xếp hạng năng lực cạnh tranh cấp tỉnh (PCI) 2016 do VCCI tổ "
            "chức ngày 14/03 là nơi các địa phương chia sẻ những sáng kiến cải cách từ cơ sở.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.date is None


def test_a_ceremonys_own_year_still_dates_it():
    # baomoi-dev 21481445
    text = "Sáng 6/2, tại Hà Nội đã diễn ra Lễ Công bố Giải Bóng chuyền nữ Quốc tế Cup LienVietPostBank năm 2017."
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date == "2017-02-06"


def test_who_an_opening_on_the_matter_names_is_talked_about_not_speaking():
    # baomoi-dev 22320867
    text = ("Chiều 2/6, Văn phòng Quốc hội tổ chức buổi họp báo về kết quả kỳ họp.\n"
            "Về căn cứ điều chuyển đoàn đại biểu Quốc hội từ Tp.HCM về Thanh Hóa với ông Đinh La Thăng, ông Nguyễn Hạnh Phúc "
            "cho biết điều này căn cứ vào nguyện vọng của ông Thăng.")
    chairs, attendees = _people(text)
    assert "Đinh La Thăng" not in chairs + attendees
    assert "Nguyễn Hạnh Phúc" in attendees


def test_a_sides_list_is_no_matter_talked_about():
    # baomoi-dev (`Về phía …, có các đồng chí`)
    text = ("Sáng 10/5, UBND tỉnh Nghệ An tổ chức hội nghị xúc tiến đầu tư.\n"
            "Về phía tỉnh Nghệ An, có đồng chí Nguyễn Xuân Đường, Chủ tịch UBND tỉnh.")
    _, attendees = _people(text)
    assert "Nguyễn Xuân Đường" in attendees
