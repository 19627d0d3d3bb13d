"""Meeting detection round 4 on real text: sentences from baomoi articles (not the gold files); each test checks the
meeting returned (its kind and name), or None."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_a_meeting_spoken_of_as_a_condition_is_no_meeting():
    # 21477897: `… nếu cuộc gặp này thúc đẩy …` makes the meeting before it hypothetical too.
    text = ("Điện Kremlin đánh giá tích cực cuộc gặp giữa Tổng thống Mỹ Donald Trump với người đồng cấp Ukraine Petr "
            "Poroshenko nếu cuộc gặp này thúc đẩy giải quyết cuộc xung đột bên trong Ukraine.\n"
            "Và nếu cuộc gặp như trên diễn ra trong bất cứ trường hợp nào, bằng cách nào đó thúc đẩy giải quyết cuộc xung "
            "đột trong nội bộ Ukraine, thì chúng tôi rất vui mừng.")
    assert [e.score for e in find_events(text.split("\n")[0], 0)] == [0, 0]
    assert extract_meeting(make_article(text)) is None


def test_a_summit_protested_against_is_no_meeting():
    # 22702259: the news is the protest.
    text = ("Ít nhất 111 cảnh sát đã bị thương trong cuộc biểu tình phản đối Hội nghị thượng đỉnh nhóm 20 (G20) diễn ra "
            "tại Hamburg, Đức.")
    assert extract_meeting(make_article(text)) is None


def test_a_session_whose_agenda_takes_a_draft_is_no_meeting():
    # 22353696: an op-ed; the session opening that day is only the draft's agenda.
    text = ("Xử lý tài sản đảm bảo là việc không ai muốn, nhưng bắt buộc phải làm.\n"
            "Dự thảo nghị quyết về xử lý nợ xấu đã được đưa vào chương trình kỳ họp thứ ba của Quốc hội, khai mạc sáng "
            "22/5.")
    assert extract_meeting(make_article(text)) is None


def test_a_sitting_told_by_its_programme_is_still_a_meeting():
    # 22372819: `Tiếp tục chương trình làm việc tại Kỳ họp thứ 3, chiều 25/5, …` is no agenda.
    text = ("Tiếp tục chương trình làm việc tại Kỳ họp thứ 3, chiều 25/5, các đại biểu Quốc hội làm việc tại Tổ, thảo "
            "luận về đánh giá bổ sung kết quả thực hiện kế hoạch phát triển kinh tế - xã hội.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "kỳ họp"


def test_an_event_a_past_month_opens_and_the_next_sentence_points_back_to_is_background():
    # 22709374: a 2016 meeting behind a pop-star story.
    text = ("Nữ ca sĩ được MTV Asia cho phủ sóng gần như hết chương trình của tháng 7 này.\n"
            "Đầu tháng 11/2016 vừa qua, Đông Nhi đã nhận lời mời của ban tổ chức MTV EMA và MTV Asia sang Rotterdam - Hà "
            "Lan tham dự lễ trao giải EMA 2016. Tại sự kiện này, Đông Nhi đã có buổi gặp gỡ và làm việc với đại diện của "
            "MTV Asia về việc quảng bá hình ảnh.")
    assert extract_meeting(make_article(text)) is None


def test_a_year_opening_a_history_is_background():
    # 21474150: `Năm 2014, tại lễ khánh thành …`.
    sentence = ("Năm 2014, tại lễ khánh thành Bảo tàng khoa học mới, lần đầu tiên Nữ hoàng gửi đi thông điệp Twitter.")
    assert [e.score for e in find_events(sentence, 1)] == [0]


def test_a_meeting_dated_another_day_than_the_news_is_background():
    # 22323756: the news is told `hôm nay`, the meeting `hôm 15/5`.
    text = ("Tổng thống Rodrigo Duterte hôm nay cho biết ông đã thảo luận vấn đề Biển Đông với Chủ tịch Tập Cận Bình "
            "trong cuộc gặp giữa hai nhà lãnh đạo hôm 15/5.")
    assert extract_meeting(make_article(text)) is None


def test_a_press_conference_the_same_day_as_the_news_stays():
    # 22658021: `hôm qua (1/7)` | `trả lời họp báo tại Rome hôm 1/7`.
    text = ("Bộ trưởng Ngoại giao Qatar hôm qua (1/7) khẳng định yêu cầu của các nước Arab là không thực tế.\n"
            "Bộ trưởng Ngoại giao Qatar phát biểu tại cuộc họp báo tại Rome hôm 1/7.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"


def test_the_ceremony_where_the_leads_news_was_made_is_found_past_the_lead():
    # 22285932: the lead's news is restated, then `Tại lễ tuyên dương, …`.
    text = ("Em Vũ Văn Đại (học sinh lớp 4A2, Trường Tiểu học Chu Văn An, TP Nam Định) vừa được tuyên dương vì hành động "
            "trả lại 50 triệu đồng nhặt được cho người bị mất.\n"
            "Em Đại được tuyên dương vì hành động đẹp của mình (Ảnh: Trường TH Chu Văn An) Ngày 15.5, Trường Tiểu học Chu "
            "Văn An, TP Nam Định đã tổ chức tuyên dương em Vũ Văn Đại, học sinh lớp 4A2 vì hành động trả lại 50 triệu "
            "đồng nhặt được cho người bị mất. Cụ thể, vào 13h30 phút ngày 12.4, tại khu vực cổng phụ của trường, em Vũ Văn "
            "Đại nhặt được một cọc tiền trị giá 50 triệu đồng. Sau đó, em Đại báo lên cô giáo chủ nhiệm và Ban giám hiệu. "
            "Nhà trường đã chuyển thông tin tới Công an phường Thống Nhất. Qua xác minh, Công an phường Thống Nhất xác "
            "định anh Phạm Thanh Tùng (37 tuổi trú tại phường Hạ Long, TP Nam Định) chính là chủ nhân của số tiền 50 "
            "triệu đồng. Tại lễ tuyên dương, em Vũ Văn Đại đã cùng cô hiệu trưởng đã tự tay trao lại 50 triệu đồng nhặt "
            "được cho người đánh rơi - anh Phạm Thanh Tùng.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    # (the ceremony the lead tells by its act since the forty-fifth round: `đã tổ chức tuyên dương em Vũ Văn Đại`)
    assert meeting.name in ("lễ tuyên dương", "tuyên dương em Vũ Văn Đại")


def test_an_event_told_in_passing_past_the_lead_is_no_meeting():
    # 22434232: the restatement is followed by talks told in passing, not as the frame of the news.
    text = ("Suốt thời gian USS Carl Vinson làm nhiệm vụ tại vùng Đông Bắc Á, thành tựu về kỹ thuật vũ khí của Bình Nhưỡng "
            "liên tục được phô diễn, thách thức Washington.\n"
            "A. B. C. D. E. Không những vậy, từ khi USS Carl Vinson đến làm nhiệm vụ tại vùng Đông Bắc Á thì tình hình "
            "trên bán đảo Triều Tiên cũng như tại khu vực này đã có nhiều biến đổi. Việc nối lại kênh “ngoại giao 1.5” "
            "qua cuộc hội đàm không chính thức giữa Mỹ và Triều Tiên diễn ra trong 2 ngày 8-9/5 tại Na Uy, được cho là "
            "một sự xuống nước của Washington.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_wanted_or_urged_is_no_meeting():
    # 22637957: `muốn có cuộc gặp …`, `thúc giục tổ chức một cuộc họp …`.
    text = ("Tổng thống Mỹ Donald Trump muốn có cuộc gặp song phương đầy đủ nghi thức ngoại giao với Tổng thống Nga "
            "Vladimir Putin khi cả hai ở Đức.\n"
            "Tuy nhiên, Trump và một số người khác trong chính quyền đang thúc giục tổ chức một cuộc họp song phương đầy "
            "đủ giữa hai bên.")
    assert extract_meeting(make_article(text)) is None


def test_someone_wanting_something_else_at_a_seminar_leaves_the_seminar():
    # 22711137: `những người muốn khởi nghiệp tại hội thảo …` wants to start a business.
    text = ("Ông Brad Sugars, tỷ phú người Úc, đã chia sẻ những bí quyết kinh doanh cho các doanh nhân Việt Nam cũng như "
            "những người muốn khởi nghiệp tại hội thảo “Bilionairer Tour 2017” do BCA.Corp tổ chức tại TP.HCM vừa qua.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "hội thảo"


def test_an_event_that_only_times_the_news_is_background():
    # 22284914: `… vài giờ trước khi Bắc Kinh tổ chức Diễn đàn …`.
    text = ("Theo trang mạng Scmp.com, các nhà quan sát cho rằng Trung Quốc có thể ủng hộ một loạt các lệnh trừng phạt "
            "sau khi Bình Nhưỡng tiến hành một vụ phóng thử tên lửa mới chỉ vài giờ trước khi Bắc Kinh tổ chức Diễn đàn "
            "\"Vành đai và Con đường\".")
    assert extract_meeting(make_article(text)) is None


def test_a_statement_made_at_a_meeting_keeps_its_future_to_itself():
    # 22720426: the `sẽ` is what was said (`… được … đưa ra tại cuộc họp khai mạc …`).
    text = ("Tuyên bố Kiev sẽ không nộp đơn gia nhập NATO được Tổng thống Ukraine Piotr Poroshenko đưa ra tại cuộc họp "
            "khai mạc của Ủy ban Ukraine — NATO.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc họp"
    assert meeting.name == "cuộc họp khai mạc của Ủy ban Ukraine — NATO"


def test_meetings_a_quantified_set_of_holders_held_are_a_round_up():
    # 22370716 (audit4 row 45): the district conferences of a campaign month.
    text = ("Tổng kết tháng hành động vì vệ sinh an toàn thực phẩm (VSATTP) năm nay, Hà Nội vừa tiêu hủy gần 3.000 lít "
            "rượu không rõ nguồn gốc.\n"
            "Sau khi có kế hoạch của thành phố, 30/30 quận, huyện và 584/584 xã, phường, thị trấn đã xây dựng và tổ chức "
            "hội nghị triển khai kế hoạch trên địa bàn.")
    assert extract_meeting(make_article(text)) is None
    # 22232546: `khi đa phần các nhà băng đã tiến hành đại hội`.
    sentence = ("Mùa đại hội đồng cổ đông (ĐHCĐ) ngân hàng đang dần đi qua, với cao điểm là tháng 4 khi đa phần các nhà "
                "băng đã tiến hành đại hội để trình cổ đông thông qua kế hoạch hành động năm 2017.")
    assert [e.score for e in find_events(sentence, 0)][-1] == 0


def test_a_postponed_meeting_is_no_meeting():
    # 22232546: `lùi thời gian tổ chức ĐHCĐ sang ngày 26/5`.
    text = ("Còn với Sacombank, Ngân hàng đã có thông báo lùi thời gian tổ chức ĐHCĐ sang ngày 26/5, thay vì ngày 28/4 "
            "như dự kiến ban đầu.")
    assert extract_meeting(make_article(text)) is None


def test_a_plan_said_inside_a_quotation_governs_the_meeting_it_quotes():
    # 22702180: `“… nói rằng sẽ sớm gặp nhau trong cuộc họp riêng”`; the meeting held is the next sentences' `Cuộc gặp`.
    text = ("\"Hai nguyên thủ đã bắt tay nhau và nói rằng sẽ sớm gặp nhau trong cuộc họp riêng\", phát ngôn viên Kremlin "
            "Dmitry Peskov cho biết.\n"
            "Theo RT, Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Putin hôm nay, 7/7 đã có cuộc tiếp xúc trực "
            "tiếp đầu tiên kể từ khi ông Trump lên nắm quyền ở Nhà Trắng. Cuộc gặp giữa hai nhà lãnh đạo diễn ra khá ngắn "
            "ngủi khi toàn bộ các nguyên thủ quốc tế tập hợp trước thềm Hội nghị Thượng đỉnh G20 diễn ra tại Hamburg (Đức).")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.name) == ("cuộc gặp", "Cuộc gặp giữa hai nhà lãnh đạo")
