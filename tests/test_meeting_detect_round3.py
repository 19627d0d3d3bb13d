"""Meeting detection round 3 on real text: sentences from baomoi articles (not the gold files); each test checks the
meeting returned (its kind and name), or None."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def test_talks_held_on_the_sidelines_of_a_summit_are_the_meeting():
    # 22702399: the summit only places the talks.
    text = ("Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hôm nay 7/7 đã chính thức bắt đầu cuộc hội đàm "
            "đầu tiên bên lề hội nghị thượng đỉnh G-20 ở thành phố Hamburg của Đức.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "hội đàm"
    assert meeting.name is not None and meeting.name.startswith("hội đàm đầu tiên")


def test_news_announced_after_talks_on_a_summits_sidelines_is_told_at_the_talks():
    # 22704510: `được thông báo sau cuộc hội đàm … bên lề Hội nghị Thượng đỉnh G20`.
    text = ("Reuters đưa tin, Nga, Mỹ và Jordan đã đạt được một thỏa thuận ngừng bắn ở khu vực Tây Nam Syria hôm 7/7.\n"
            "Thỏa thuận ngừng bắn ở Syria, có hiệu lực từ trưa ngày 9/7 (giờ Damascus), được thông báo sau cuộc hội đàm "
            "trực tiếp chính thức đầu tiên giữa Tổng thống Nga Vladimir Putin và người đồng cấp Mỹ Donald Trump bên lề "
            "Hội nghị Thượng đỉnh G20 tại thành phố Hamburg, Đức, hôm 7/7.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "hội đàm"


def test_a_meeting_looked_forward_to_at_a_summit_is_no_meeting():
    # 22701642: `trông đợi cuộc gặp … tại Hội nghị thượng đỉnh G20`: a wish; the summit only places it.
    text = ("Trên mạng Twitter, Tổng thống Mỹ chia sẻ ông trông đợi cuộc gặp đầu tiên với Tổng thống Nga Putin tại Hội "
            "nghị thượng đỉnh G20, nơi chắc chắn có \"nhiều vấn đề cần thảo luận\".")
    assert extract_meeting(make_article(text)) is None


def test_a_wish_for_a_working_session_is_no_meeting():
    # 22439838: `bày tỏ mong muốn có buổi làm việc với sinh viên này`.
    text = ("Ông Vũ Hồng Phương - Phó tổng giám đốc Ban quản lý dự án đã gửi tin nhắn xin lỗi sinh viên Đào Mạnh Sơn "
            "về sơ suất sử dụng bản đồ mà chưa được sự đồng ý của tác giả, đồng thời bày tỏ mong muốn có buổi làm việc "
            "với sinh viên này để trao đổi về việc sử dụng bản đồ trên.")
    assert extract_meeting(make_article(text)) is None


def test_a_city_described_as_where_a_summit_is_held_is_no_meeting():
    # 22707883: `tại Hamburg, nơi diễn ra Hội nghị G-20`.
    text = ("Nước chủ nhà Đức đã điều động thêm 2.000 cảnh sát từ các địa phương khác về tăng cường đảm bảo an ninh trật "
            "tự tại Hamburg, nơi diễn ra Hội nghị G-20.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_in_a_relative_clause_of_a_place_is_no_meeting():
    # 22237826: `… nơi anh ta có cuộc gặp chớp nhoáng với một người Đức`.
    text = ("Anh ta rời khỏi quán cà phê tại Tây Đức trong thời tiết lạnh giá, nơi anh ta có cuộc gặp chớp nhoáng với "
            "một người Đức để thảo luận việc thuê căn hộ.")
    assert extract_meeting(make_article(text)) is None


def test_sports_games_are_no_congress():
    # 21472515: `Đại hội Thể thao châu Á mùa Đông` is a contest.
    text = ("Chính phủ Nhật Bản đã quyết định cho phép các vận động viên (VĐV) và quan chức Triều Tiên vào Nhật Bản để "
            "tham dự Đại hội Thể thao châu Á mùa Đông Sapporo 2017.")
    assert extract_meeting(make_article(text)) is None


def test_an_organising_committee_holds_nothing():
    # 22700956: `theo đúng quy định của Ban Tổ chức đại hội`: a committee's name, and the games are no congress.
    text = ("Theo đó, Bộ trưởng Thiện cho rằng, Tổng cục TDTT cần tham mưu cơ cấu, thành phần đoàn TTVN tham dự các Đại "
            "hội thể thao quốc tế theo đúng quy định của Ban Tổ chức đại hội.")
    assert extract_meeting(make_article(text)) is None


def test_a_side_hosting_a_match_receives_no_visitor():
    # 21494431: `Dortmund tiếp Hertha Berlin … trên sân nhà`.
    text = ("Hai đội cho thấy sự cân tài cân sức và chỉ có thể giải quyết thắng thua trên chấm luân lưu 11m.\n"
            "Dortmund tiếp Hertha Berlin bằng đội hình mạnh nhất của mình với kỳ vọng giải quyết sớm đội khách trên sân "
            "nhà.")
    assert extract_meeting(make_article(text)) is None


def test_a_leader_receiving_a_visitor_is_still_a_reception():
    # 22343484: no match word after `tiếp`.
    text = ("Chiều 22/5, Trung tướng Phan Văn Giang, Tổng Tham mưu trưởng QĐND Việt Nam tiếp Đại tướng Phuông Si-phan, "
            "Phó Quốc vụ khanh Quốc phòng, kiêm Trưởng Ban Tuyển sinh và Đào tạo Bộ Quốc phòng Campuchia.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "cuộc gặp"


def test_the_national_assembly_discussing_is_no_workshop():
    # 22432520: `Quốc hội thảo luận` reads `hội thảo`; the sitting in the group is the meeting.
    text = ("Các đại biểu Quốc hội thảo luận tại Tổ 9 chiều 1/6 Tại phiên thảo luận ở Tổ 9 (gồm đoàn Đồng Nai, Thái "
            "Bình, Cao Bằng), Trưởng đoàn Đại biểu Quốc hội tỉnh Đồng Nai Phan Thị Mỹ Thanh nhấn mạnh: Cả người dân và "
            "chính quyền tỉnh Đồng Nai đều đang rất mong mỏi việc giải phóng mặt bằng.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "phiên họp"
    assert meeting.name is not None and meeting.name.startswith("phiên thảo luận ở Tổ 9")


def test_an_event_described_as_held_every_year_is_no_meeting():
    # 22437161: what the forum is, in an interview before the trip to it.
    text = ("Diễn đàn Tương lai châu Á do báo Nikkei tổ chức hàng năm là một diễn đàn rất có uy tín trong khu vực và trên "
            "thế giới.")
    assert extract_meeting(make_article(text)) is None


def test_a_conference_described_as_yearly_is_no_meeting():
    # 22732330: `… là một hội nghị được tổ chức hàng năm`.
    text = ("Phó chủ tịch tập đoàn Samsung - ông Lee Jae-Yong sẽ bỏ lỡ buổi hội nghị Allen & Company Sun Valley do đang "
            "phải dính vào vòng lao lý.\n"
            "Allen & Company Sun Valley Conference là một hội nghị được tổ chức hàng năm.")
    assert extract_meeting(make_article(text)) is None


def test_talks_on_the_sidelines_a_lead_opens_with_are_the_meeting():
    # 22703682: `Bên lề hội nghị thượng đỉnh G20 ngày 7/7, … đã có cuộc hội đàm …`.
    text = ("Bên lề hội nghị thượng đỉnh G20 ngày 7/7, Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Putin "
            "đã có cuộc hội đàm kéo dài hơn 2 giờ đồng hồ.\n"
            "Cuộc hội đàm được mô tả là \"tích cực và mang tính xây dựng\".")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "hội đàm"
    assert meeting.name is not None and meeting.name.startswith("hội đàm kéo dài")


def test_a_bilateral_meeting_told_after_a_sidelines_lead_is_the_meeting():
    # 22712859: the lead names only the summit; the next sentences report the meeting on its sidelines.
    text = ("Bên lề Hội nghị thượng đỉnh G20, Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch Trung Quốc Tập Cận Bình đã nhất "
            "trí tăng cường đối thoại với mục tiêu cải thiện quan hệ song phương.\n"
            "Trong cuộc gặp ngày 8/7 bên lề Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu "
            "thế giới (G20) ở Hamburg (Đức), Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch Trung Quốc Tập Cận Bình đã nhất "
            "trí tăng cường đối thoại.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "cuộc gặp"


def test_a_statement_on_a_summits_sidelines_keeps_the_summit():
    # 22702383: `Phát biểu bên lề Hội nghị …` is said at the summit; the later meeting with Putin is another story.
    text = ("Phát biểu bên lề Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) "
            "tại Hamburg, Đức, Tổng thống Moon nêu rõ vấn đề hạt nhân và tên lửa Triều Tiên \"đang là một thách thức "
            "nghiêm trọng\".\n"
            "Sau cuộc gặp với người đồng cấp Nga Vladimir Putin bên lề Hội nghị, Tổng thống Moon tuyên bố ông ủng hộ "
            "đối thoại với Triều Tiên.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "hội nghị"
    assert meeting.name is not None and meeting.name.startswith("Hội nghị thượng đỉnh")


def test_talks_after_a_phone_call_are_the_call():
    # 21512164: `cuộc đối thoại` names the call the lead told of.
    text = ("Tổng thống Mỹ Donald Trump tuyên bố chính quyền của ông sẽ tôn trọng chính sách “một Trung Quốc” trong cuộc "
            "điện đàm đầu tiên với Chủ tịch Tập Cận Bình.\n"
            "Reuters dẫn thông cáo của Nhà Trắng cho biết cuộc đối thoại diễn ra “kéo dài và tốt đẹp”.")
    assert extract_meeting(make_article(text)) is None


def test_a_background_opener_after_a_merged_caption_is_background():
    # 22696728: `… tham dự buổi công bố dự thảo kết quả thanh tra Trước đó, tại buổi đối thoại … hôm 22/4, …`.
    text = ("Sáng nay (7/7), Chủ tịch UBND TP Hà Nội- ông Nguyễn Đức Chung đã về huyện Mỹ Đức để công bố dự thảo kết "
            "luận thanh tra vụ việc sai phạm đất đai ở xã Đồng Tâm.\n"
            "Đông đảo người dân xã Đồng Tâm cùng đại diện của các bộ, ban, ngành tham dự buổi công bố dự thảo kết quả "
            "thanh tra Trước đó, tại buổi đối thoại với người dân xã Đồng Tâm hôm 22/4, ông Nguyễn Đức Chung đã cam kết: "
            "“Sau khi kết thúc thanh tra, cả thanh tra thành phố và tôi sẽ về đây đọc dự thảo kết luận thanh tra”.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_soon_is_not_today_whatever_day_the_page_tells():
    # 22425186: `Giá vàng hôm nay 1/6 …`: `sắp có cuộc họp` is a coming meeting.
    text = ("Giá vàng hôm nay 1/6 có cơ hội chinh phục đỉnh cao mới do đồng USD suy yếu và vẫn đang trong xu hướng "
            "giảm bất chấp nước Mỹ sắp có cuộc họp quyết định chính sách mới.")
    assert extract_meeting(make_article(text)) is None


def test_a_day_after_a_plan_word_is_the_plans_day():
    # 22589488: `Dự kiến ngày 28/6/2017, Bộ Y tế sẽ tổ chức lễ bàn giao …` opens with no dateline.
    text = ("Dự kiến ngày 28/6/2017, Bộ Y tế sẽ tổ chức lễ bàn giao 7 bác sỹ trẻ khóa I về công tác tại huyện Bắc Hà, "
            "tỉnh Lào Cai.")
    assert extract_meeting(make_article(text)) is None


def test_a_statement_made_while_attending_a_ceremony_is_told_there():
    # 22754756: `Tuyên bố được ông Macron đưa ra khi tham dự lễ kỷ niệm …`.
    text = ("Tổng thống Pháp Emmanuel Macron ngày 14/7, đánh giá cao quan hệ Mỹ - Pháp, trong đó nhấn mạnh, đây là mối "
            "quan hệ không thể chia cắt.\n"
            "Tuyên bố được ông Macron đưa ra khi tham dự lễ kỷ niệm Quốc khánh Pháp lần thứ 228 cùng với Tổng thống Mỹ "
            "Donald Trump đang ở thăm Paris.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "lễ"
    assert meeting.name is not None and meeting.name.startswith("lễ kỷ niệm Quốc khánh Pháp")


def test_a_statement_before_attending_a_summit_is_not_told_there():
    # 22373265: `Phát biểu trước khi tham dự hội nghị thượng đỉnh NATO …`.
    text = ("Phát biểu trước khi tham dự hội nghị thượng đỉnh NATO tại Brussels, Thủ tướng May cho biết bà sẽ “làm rõ với "
            "Tổng thống Trump rằng các thông tin tình báo được chia sẻ giữa các cơ quan thực thi pháp luật hai nước phải "
            "được bảo mật”.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_looked_forward_to_with_an_appositive_is_no_meeting():
    # 22701642: `mong đợi cuộc gặp mặt với …, trong đó có Tổng thống Nga … tại Hội nghị thượng đỉnh …`.
    text = ("Tổng thống Mỹ Donald Trump ngày 7/7 khẳng định ông mong đợi cuộc gặp mặt với các nhà lãnh đạo thế giới, "
            "trong đó có Tổng thống Nga Vladimir Putin tại Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới "
            "nổi hàng đầu thế giới (G20) ở Hamburg, Đức.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_announced_is_a_plan():
    # 22406331: `thông báo triệu tập cuộc họp an ninh`: the meeting is held later.
    text = ("CHDCND Triều Tiên lại thử tên lửa.\n"
            "Ngày 29-5, Thủ tướng Nhật Bản S.A-bê thông báo triệu tập cuộc họp an ninh sau vụ phóng tên lửa của Triều "
            "Tiên, đồng thời cam kết phối hợp hành động với các nước khác, nhằm ngăn Bình Nhưỡng tái diễn vụ việc nêu "
            "trên.")
    assert extract_meeting(make_article(text)) is None


def test_an_event_named_as_a_time_before_it_is_no_meeting():
    # 21488115: `tham dự đại tiệc trước lễ trao giải`: the luncheon before the ceremony.
    text = ("Các diễn viên và êkip làm phim được đề cử giải Oscar năm nay đã quy tụ tại Beverly Hills để tham dự đại tiệc "
            "trước lễ trao giải hàng năm của Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh Hoa Kỳ.")
    assert extract_meeting(make_article(text)) is None


def test_speaking_at_a_press_conference_without_tai_is_placed_there():
    # 22562273: `phát biểu họp báo ngày 19/6, phó phát ngôn viên … khẳng định …`.
    text = ("Theo phóng viên TTXVN tại Seoul, phát biểu họp báo ngày 19/6, phó phát ngôn viên của Bộ Thống nhất Hàn Quốc "
            "Lee Eugene khẳng định chương trình hạt nhân của Triều Tiên là \"vấn đề quốc tế\".")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "họp báo"


def test_a_future_in_the_statement_said_at_a_press_conference_is_no_plan():
    # 22307385: `… – Smith nói tại cuộc họp báo cùng các thành viên giám khảo sẽ quyết định …`.
    text = ("Đầy phấn khích giữa “rừng” phóng viên báo chí, nam tài tử Mỹ Will Smith đã sẵn sàng cho vai trò thành viên "
            "giám khảo tại LHP Cannes năm nay.\n"
            "“Tôi vô cùng phấn khích khi được có mặt ở đây, để học hỏi” – Smith nói tại cuộc họp báo cùng các thành viên "
            "giám khảo sẽ quyết định bộ phim nào sẽ đoạt Cành cọ Vàng vào ngày 28/5.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "họp báo"


def test_the_next_meeting_of_its_kind_is_a_plan():
    # 22433220: `tại cuộc gặp tới, các lãnh đạo EU và Trung Quốc sẽ …`.
    text = ("Chủ tịch Hội đồng châu Âu ngày 1/6 kêu gọi Tổng thống Mỹ Donal Trump không rút Washington khỏi Hiệp định "
            "Paris về chống biến đổi khí hậu.\n"
            "Các nguồn tin EU cho biết tại cuộc gặp tới, các lãnh đạo EU và Trung Quốc sẽ tích cực thúc đẩy thực thi đầy "
            "đủ Hiệp định Paris cho dù Mỹ có tiếp tục tham gia hay không.")
    assert extract_meeting(make_article(text)) is None
