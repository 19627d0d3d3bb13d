"""Meeting detection, s14: sentences from baomoi-dev articles (not the gold files)."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_meeting_a_history_of_1953_tells_is_no_report():
    # 22256015: the emergency sitting is told in a story of 1953.
    text = ("Cái tên \"101\" có nghĩa là tập kích trả hận.\n"
            "Tối ngày 12 tháng 10 năm 1953, lực lượng du kích Ả-rập lợi dụng sương mù và bóng đêm xâm nhập vào Israel, "
            "tập kích vào một ngôi làng nhỏ tên là Yahad.\n"
            "Vụ việc này đã gây nên làn sóng phẫn nộ khắp nơi trên đất Israel.\n"
            "4 giờ sáng ngày 13 tháng 10, Thủ tướng Ben Gourion triệu tập phiên họp khẩn cấp với sự tham dự của quyền "
            "Bộ trưởng Bộ Quốc phòng Rafen.")
    assert extract_meeting(make_article(text, published="2017-06-01")) is None
    # With no publication day, the latest year the article writes (a source's note) is its year.
    assert extract_meeting(make_article(text + "\n(Trích từ cuốn sách, Nhà xuất bản Công an Nhân dân năm 2003)")) is None


def test_a_speech_dated_1986_is_no_report():
    # 21494480: an anniversary story recalls a conference of 1986.
    text = ("Kỷ niệm 110 năm ngày sinh TBT Trường Chinh (9/2/1907 – 9/2/2017).\n"
            "Trong bài phát biểu tại hội nghị cán bộ nghiên cứu dự thảo Báo cáo chính trị ngày 10/7/1986, Trường Chinh "
            "đã nêu ra 3 bài học lớn.")
    assert extract_meeting(make_article(text, published="2017-02-09")) is None


def test_since_a_year_frames_no_history():
    # 22336365: `kể từ năm 1996` counts a span; the press conference after the match is the news.
    text = ("Arsenal đã kết thúc mùa giải ở vị trí thứ 5 mặc dù giành chiến thắng 3-1 trước Everton.\n"
            "Đây là lần đầu tiên kể từ năm 1996 Pháo thủ hoàn thành mùa giải bên ngoài top 4.\n"
            "Trong buổi họp báo sau trận đấu, chiến lược gia người Pháp thừa nhận tương lai bất định của ông.")
    meeting = extract_meeting(make_article(text, published="2017-05-22"))
    assert meeting is not None and meeting.kind == "họp báo"


def test_a_target_year_is_not_the_articles_year():
    # 21473385: `năm 2030` is a target; the lead's `năm 2016` is no history.
    text = ("Việt Nam đang đứng thứ 3 về sản xuất tôm trên thế giới, năm 2016 xuất khẩu thu về hơn 3 tỷ USD.\n"
            "Tại Hội nghị ngành tôm Việt Nam, diễn ra ngày 6/2 tại Cà Mau, đại diện Bộ NN-PTNT cho hay, sản lượng "
            "tôm đạt 600.000 tấn/năm.\n"
            "Mục tiêu kim ngạch xuất khẩu đạt 4,5 tỷ USD và năm 2030 đạt 10 tỷ USD.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name == "Hội nghị ngành tôm Việt Nam"


def test_a_visit_frame_after_a_source_keeps_its_talks_a_setting():
    # 22472845: the talks set the Prime Minister's remark; the article is about buying ships.
    text = ("Trong tương lai, Việt Nam có khả năng cao sẽ mua sắm thêm nhiều loại tàu tuần duyên của Mỹ.\n"
            "Còn theo Cổng thông tin điện tử Chính phủ, trong chuyến thăm Hoa Kỳ và có cuộc hội đàm với Tổng thống "
            "Donald Trump, Thủ tướng Nguyễn Xuân Phúc đã bày tỏ sự quan tâm tới việc tiếp nhận thêm trang thiết bị "
            "quốc phòng từ Hoa Kỳ.")
    assert extract_meeting(make_article(text, published="2017-06-06")) is None
    found = find_events("Còn theo Cổng thông tin điện tử Chính phủ, trong chuyến thăm Hoa Kỳ và có cuộc hội đàm với "
                        "Tổng thống Donald Trump, Thủ tướng Nguyễn Xuân Phúc đã bày tỏ sự quan tâm.", 1)
    assert {(e.kind, e.score) for e in found} == {("hội đàm", 1)}


def test_remarks_in_the_assemblys_corridor_report_no_later_meeting():
    # 22462887: the minister spoke to the press in the corridor; the hospital's review meeting is other news.
    text = ("Bộ trưởng Y tế Nguyễn Thị Kim Tiến cho biết, trong tuần này sẽ có kết luận của Hội đồng chuyên môn.\n"
            "Trao đổi với báo chí bên hành lang Quốc hội chiều nay (5/6), Bộ trưởng Y tế Nguyễn Thị Kim Tiến cho biết, "
            "trong tuần này sẽ có kết luận của Hội đồng chuyên môn vụ 8 người tử vong khi chạy thận tại Hòa Bình.\n"
            "Trong chiều nay, Bệnh viện Đa khoa tỉnh Hòa Bình đã họp để kiểm thảo các trường hợp tử vong.")
    assert extract_meeting(make_article(text, published="2017-06-05")) is None


def test_a_meeting_told_before_the_corridor_remarks_stands():
    # 22515731: the Government's standing members met; the minister's corridor remarks come after.
    text = ("Chiều muộn ngày 12/6, Thường trực Chính phủ họp bàn xem xét cụ thể về vấn đề mở rộng sân bay Tân Sơn "
            "Nhất.\n"
            "Thông tin trên được Bộ trưởng GTVT Trương Quang Nghĩa trao đổi với báo chí bên hành lang Quốc hội chiều "
            "12/6.")
    meeting = extract_meeting(make_article(text, published="2017-06-13"))
    assert meeting is not None and meeting.kind == "cuộc họp" and meeting.date == "2017-06-12"



def test_a_future_said_at_a_press_conference_is_no_plan():
    # 22727966: `Phát biểu tại cuộc họp báo …, ông … bày tỏ tin tưởng rằng sẽ …`: the future is what was said.
    text = ("Thủ tướng Australia tuyên bố muốn ký kết thỏa thuận thương mại tự do (FTA) với Anh sau khi Brexit kết thúc.\n"
            "Phát biểu tại cuộc họp báo chung với Thủ tướng Anh Theresa May tại thủ đô London, ông Malcolm Turnbull bày "
            "tỏ tin tưởng rằng sẽ sớm đạt được thỏa thuận thương mại với Anh vào năm 2019.")
    meeting = extract_meeting(make_article(text, published="2017-07-10"))
    assert meeting is not None and meeting.kind == "họp báo"
    assert meeting.name == "cuộc họp báo chung với Thủ tướng Anh Theresa May"



def test_a_rite_usually_held_is_a_custom():
    # 21511425: how the seal festival is usually held, in a story on seals sold early.
    text = ("Mặc dù chưa đến thời điểm phát ấn đền Trần.\n"
            "Tuy nhiên, nhiều du khách vẫn có trong tay ấn đền Trần.\n"
            "Lễ Khai ấn đền Trần thường diễn ra vào giờ Tý ngày 14 rạng ngày 15 tháng giêng hằng năm.")
    assert extract_meeting(make_article(text, published="2017-02-10")) is None
