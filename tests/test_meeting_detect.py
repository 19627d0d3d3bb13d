"""Which event an article reports, and the first day of a sitting. Sentences from baomoi
articles (not the gold files); each test checks what is returned."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article


def test_an_event_dated_by_a_month_after_its_name_is_not_the_news():
    # 21473893: the statement was made at a meeting months before the news.
    text = ("Theo nguồn tin này, tuyên bố được đưa ra trong cuộc gặp của ông Harris với giới lập pháp "
            "Hàn Quốc tại Hawaii từ tháng 1/2017, nhưng mới được Bộ Quốc phòng Hàn Quốc xác nhận hôm 6/2.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_held_last_week_or_last_year_is_background():
    for sentence in (
        # 22285537
        "Thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov trong cuộc gặp diễn ra tại "
        "Nhà Trắng vào tuần trước.",
        # 22221731
        "Rodong Sinmun cho rằng Bình Nhưỡng phải thực thi những nhiệm vụ đã được công bố tại Đại hội toàn "
        "quốc lần thứ 7 của đảng Lao động Triều Tiên diễn ra hồi tháng 5 năm ngoái.",
    ):
        assert all(e.score <= 1 for e in find_events(sentence, 2)), sentence
        assert extract_meeting(make_article(sentence)) is None


def test_a_coming_session_by_month_is_a_plan():
    # 22569686: the plan goes to the council's session in December.
    sentence = ("Ông Phong phân công Phó chủ tịch UBND thành phố tiếp tục chỉ đạo hoàn chỉnh đề án để "
                "trình HĐND thành phố thông qua tại kỳ họp vào tháng 12/2017 trước khi tổ chức thực hiện.")
    assert [e.score for e in find_events(sentence, 3)] == [1]


def test_a_day_after_the_name_keeps_the_event_reported():
    # 22437161 shape, with the day written: a month later in the clause does not undo the day.
    sentence = ("Sáng 10/7, UBND tỉnh tổ chức hội nghị ngày 10/7 trong tháng 7 về phòng chống thiên tai.")
    meeting = extract_meeting(make_article(sentence, "2017-07-10"))
    assert meeting is not None
    assert meeting.date == "2017-07-10"


def test_an_event_used_as_a_point_in_time_is_background():
    # 22685980 and 22377678
    assert extract_meeting(make_article(
        "Sau khi thu hoạch xong, người nông dân này quyết định vẽ chân dung Tổng thống Nga sao cho đúng "
        "với thời điểm khai mạc Hội nghị thượng đỉnh G20.")) is None
    assert extract_meeting(make_article(
        "Trước thềm Hội nghị thượng đỉnh G7, tổ chức ở Italy, UNICEF hối thúc các nhà lãnh đạo G7 thông "
        "qua kế hoạch hành động 6 điểm.")) is None


def test_a_postponed_meeting_is_not_held():
    # 22466223
    assert extract_meeting(make_article(
        "Những bất ngờ về nhân sự khiến Ngân hàng Sài Gòn Thương Tín (Sacombank) liên tục hoãn tổ chức "
        "Đại hội cổ đông.")) is None


def test_a_closing_after_days_of_work_dates_the_first_day():
    # baomoi 22635868 and 22636200: the meeting's date is the day it opened.
    text = ("Sau hai ngày làm việc nghiêm túc, trách nhiệm, Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ Thành phố "
            "Hồ Chí Minh khóa X đã diễn ra phiên bế mạc chiều 28/6.")
    meeting = extract_meeting(make_article(text, "2017-06-28"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("hội nghị", "2017-06-27", "chiều")
    text = ("Sau 2 ngày làm việc, ngày 28-6, Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ TP HCM khóa X đã bế mạc.")
    meeting = extract_meeting(make_article(text, "2017-06-28"))
    assert meeting is not None
    assert meeting.date == "2017-06-27"


def test_a_closing_ceremony_is_dated_on_its_day():
    # 22263204: the ceremony itself is held on the closing day (a closing ceremony of a conference takes the
    # conference's kind, as `phiên bế mạc` does; its day stays the closing's).
    text = ("Ngày 13/5, tại thủ đô Tokyo (Nhật Bản), đã diễn ra Lễ Bế mạc Hội nghị Thượng đỉnh Phụ nữ Toàn cầu "
            "sau ba ngày thảo luận sôi nổi.")
    meeting = extract_meeting(make_article(text, "2017-05-13"))
    assert meeting is not None
    assert (meeting.kind, meeting.date) == ("hội nghị", "2017-05-13")


def test_a_long_inspection_is_no_sitting():
    # 22696728 shape: 45 days of work are an inspection, not days a meeting sat.
    text = ("Ngày 10/7, UBND TP tổ chức cuộc họp công bố kết luận sau 45 ngày làm việc của đoàn thanh tra, "
            "kết thúc đợt thanh tra.")
    meeting = extract_meeting(make_article(text, "2017-07-10"))
    assert meeting is not None
    assert meeting.date == "2017-07-10"


def test_an_earlier_time_in_mid_sentence_is_background():
    # 22301645: the outfit was worn earlier at a press launch; the news is another event.
    sentence = "Hai người mặc y nguyên trang phục trước đó tại buổi họp báo ra mắt MV mới của cựu thành viên 365."
    assert [e.score for e in find_events(sentence, 2)] == [0]


def test_captions_do_not_use_up_the_lead():
    # 22382355 shape: two captions with their credits before the sentence that names the event.
    text = ("Miss Teen Việt Nam chính thức trở lại sau 5 năm vắng bóng.\n"
            "Ban tổ chức cuộc thi.\n"
            "Ảnh: BTC Cuộc thi dành cho nữ sinh từ 16 đến 18 tuổi.\n"
            "Các thí sinh năm 2012.\n"
            "Ảnh: BTC Vòng sơ khảo sẽ diễn ra tại ba miền.\n"
            "Tại cuộc họp báo chiều 26/5, bà Nguyễn Thu Hằng - Trưởng ban Truyền thông của Miss Teen 2017 cho biết, "
            "cuộc thi nhằm tôn vinh vẻ đẹp bên ngoài đến nét đẹp trong tâm hồn.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("họp báo", None, "chiều")


def test_the_lead_window_still_ends():
    # Five sentences of the lead's own before the event: a mention that late is not the lead's.
    text = ("Tin kinh tế.\nGiá vàng tăng.\nGiá dầu giảm.\nChứng khoán đi ngang.\nTỷ giá ổn định.\n"
            "Tại cuộc họp báo chiều 26/5, ông A cho biết tình hình ổn định.")
    assert extract_meeting(make_article(text)) is None


def test_state_ceremonies_are_meetings_of_kind_le():
    # 22246938 and 22270740
    meeting = extract_meeting(make_article(
        "Nằm trong chương trình Hội nghị chuyên đề IPU khu vực châu Á-Thái Bình Dương, tối 11-5, tại Hội trường "
        "Thống Nhất, TP. Hồ Chí Minh đã diễn ra Lễ chuyển giao Chủ tịch Diễn đàn Nghị viện châu Á-Thái Bình Dương "
        "(ADDF) nhiệm kỳ 2017- 2018 giữa Quốc hội Cộng hòa Fiji và Quốc hội Việt Nam.", "2017-05-12"))
    assert meeting is not None  # (the sentence splitter ends a sentence on `TP.`: the date stays behind)
    assert meeting.kind == "lễ"
    assert meeting.name is not None and meeting.name.startswith("Lễ chuyển giao Chủ tịch Diễn đàn")
    meeting = extract_meeting(make_article(
        "Tân Tổng thống Pháp Macron cho rằng nước Pháp chỉ mạnh nếu nó thịnh vượng.\n"
        "Ngày 14/5, tại điện Élyseé - trung tâm thủ đô Paris đã diễn ra lễ nhậm chức Tổng thống của ông "
        "Emmanuel Macron.", "2017-05-14"))
    assert meeting is not None
    assert (meeting.kind, meeting.name) == ("lễ", "lễ nhậm chức Tổng thống của ông Emmanuel Macron")
    assert meeting.date == "2017-05-14"


def test_a_draw_is_not_a_meeting_kind_a_parade_is_a_ceremony():
    assert find_events("Chiều 14/7, lễ bốc thăm chia bảng môn bóng đá nam đã diễn ra.", 0) == []
    assert [e.kind for e in find_events("Sáng 9/5, lễ duyệt binh đã được tổ chức long trọng tại Quảng trường Đỏ.", 0)] == [
        "lễ"]


def test_a_date_in_what_the_speaker_says_is_not_the_meetings():
    # 22471099: `ngày 5/6` is when a report came in, said at the session.
    text = ("Cao ủy Liên hợp quốc về nhân quyền cáo buộc IS sát hại 163 người ở Mosul.\n"
            "Phát biểu tại kỳ họp thường kỳ lần thứ 35 của Hội đồng Nhân quyền Liên hợp quốc ở Geneva (Thụy Sĩ), "
            "ông Zeid cho biết đã nhận được báo cáo ngày 5/6 về việc ít nhất 163 người bị IS bắn chết.")
    meeting = extract_meeting(make_article(text, "2017-06-07"))
    assert meeting is not None
    assert (meeting.kind, meeting.date) == ("kỳ họp", None)
    # 22430775: the crack appeared on 30.5; the session is dated by the lead, 1.6.
    text = ("Sáng 1.6, ông Lê Văn Khoa - Phó chủ tịch UBND TP.HCM đã đến huyện Nhà Bè để kiểm tra tình trạng sạt lở "
            "bờ sông Rạch Tôm.\n"
            "Tại buổi làm việc, ông Bùi Xuân Cường – Giám đốc Sở Giao thông Vận tải TP.HCM cho biết, vết nứt xảy ra "
            "ở đường giao thông nông thôn vào sáng 30.5.")
    meeting = extract_meeting(make_article(text, "2017-06-01"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("buổi làm việc", "2017-06-01", "sáng")


def test_a_date_things_come_into_force_is_not_the_meetings():
    # 22704510: the ceasefire takes effect on 9/7; the talks were on 7/7.
    sentence = ("Thỏa thuận ngừng bắn ở Syria, có hiệu lực từ trưa ngày 9/7 (giờ Damascus), được thông báo sau cuộc "
                "hội đàm trực tiếp chính thức đầu tiên giữa Tổng thống Nga Vladimir Putin và người đồng cấp Mỹ Donald "
                "Trump bên lề Hội nghị Thượng đỉnh G20 tại thành phố Hamburg, Đức, hôm 7/7.")
    meeting = extract_meeting(make_article(sentence, "2017-07-09"))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day) == ("2017-07-07", None)


def test_a_background_opener_after_a_glued_photo_credit():
    # 22374648 and 22692811: `Trước đó` opens the sentence behind the credit.
    sentence = ("Ảnh: New York Times Trước đó, ông Trump đã không nhắc tới điều 5 hiến chương NATO trong bài phát biểu "
                "của mình tại Hội nghị thượng đỉnh không chính thức của liên minh này vừa diễn ra tại Brussels, Bỉ.")
    assert [e.score for e in find_events(sentence, 2)] == [0]
    sentence = "Ảnh: CTV Trước đó, tại hội thảo về khảo sát tìm kiếm quy tập mộ liệt sĩ, các cựu chiến binh cho biết."
    assert [e.score for e in find_events(sentence, 2)] == [0]
    # without the opener the same frame reports the event
    assert [e.score for e in find_events("Ảnh: CTV Tại hội thảo, các cựu chiến binh cho biết.", 2)] == [3]


def test_a_long_ceremony_name_still_reaches_its_verb():
    # 22231441 shape (baomoi 21491437): the holding verb stands far after the event noun.
    sentence = ("Lễ ký thỏa thuận hợp tác về việc tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính lĩnh vực "
                "đường thủy nội địa qua dịch vụ bưu chính công ích vừa được Tổng Công ty Bưu điện Việt Nam và Cục Đường "
                "thủy nội địa Việt Nam tổ chức sáng 8/2.")
    assert [e.score for e in find_events(sentence, 1)] == [3]


def test_a_press_conference_answered():
    # 22662269
    meeting = extract_meeting(make_article(
        "Trả lời họp báo sau trận, HLV Nguyễn Quốc Tuấn cho biết, dù HAGL thua trận nhưng ông vẫn hài lòng với "
        "màn trình diễn của các học trò."))
    assert meeting is not None
    assert meeting.kind == "họp báo"


def test_a_setting_frame_after_the_day_ends_at_the_main_verb():
    # 22246034: the ceremony is held within the conference; the conference is the setting.
    sentence = ("Chiều 11/5, trong khuôn khổ Hội nghị chuyên đề IPU khu vực châu Á-Thái Bình Dương về “Ứng phó với biến "
                "đổi khí hậu” đã diễn ra lễ công bố Bộ tiêu chí tự đánh giá việc thực hiện các Mục tiêu phát triển bền vững.")
    assert [(e.kind, e.score) for e in find_events(sentence, 1)] == [("hội nghị", 1), ("lễ", 3)]
    meeting = extract_meeting(make_article(sentence, "2017-05-11"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2017-05-11", "chiều")


def test_an_undated_sitting_that_reviews_last_year_is_held_this_year():
    # 22372624: the plan word belongs to what is reviewed; the sitting is in 2017, not 2016.
    text = ("Chiều 25/5, tại Kỳ họp thứ 3, Quốc hội khóa XIV, các đại biểu đã thảo luận tại tổ về đánh giá bổ sung "
            "kết quả thực hiện kế hoạch phát triển kinh tế-xã hội và ngân sách nhà nước năm 2016; tình hình thực hiện "
            "kế hoạch phát triển kinh tế-xã hội và ngân sách nhà nước những tháng đầu năm 2017.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("kỳ họp", "2017-05-25", "chiều")


def test_a_term_span_in_the_name_is_no_year():
    # 22246433: `nhiệm kỳ 2017- 2018` is a term, not the year of a ceremony held within it (an appointment's, 21479928);
    # a handover or a signing opens the span and is held in its first year (TERM_OPENING_RITES, the thirtieth round).
    text = ("Tối 11/5, tại Hội trường Thống Nhất, TPHCM, đã diễn ra Lễ công bố quyết định bổ nhiệm Phó Chủ tịch Diễn đàn "
            "Nghị viện châu Á- Thái Bình Dương (APPF) nhiệm kỳ 2017- 2018 của Quốc hội Việt Nam.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", None, "tối")
    handover = text.replace("Lễ công bố quyết định bổ nhiệm Phó Chủ tịch", "Lễ chuyển giao Chủ tịch")
    meeting = extract_meeting(make_article(handover))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2017-05-11", "tối")


def test_a_year_alone_or_a_coming_month_makes_the_session_a_plan_or_a_history():
    # 22512265 and 22512614: a year opening the clause; 22290252: `tháng Sáu tới`; 22566691: `vào đầu năm 2017`
    assert [e.score for e in find_events("Theo đó, năm 2018, tại Kỳ họp thứ 5, Quốc hội xem xét báo cáo bổ sung.", 4)] == [0]
    assert [e.score for e in find_events("Cụ thể, trong năm 2018, tại Kỳ họp thứ năm cùng với việc xem xét các báo cáo.", 2)] == [0]
    assert find_events("Khả năng Mỹ nâng lãi suất tại cuộc họp chính sách tháng Sáu tới giảm xuống 74%.", 5)[0].planned
    assert [e.score for e in find_events(
        "Trong lễ nhậm chức Tổng thống vào đầu năm 2017, ông Donald Trump cũng tuyên bố nguyên tắc cơ bản.", 3)] == [1]


def test_a_sentence_cut_after_tp_keeps_its_date():
    # 22261790: the splitter once ended a sentence on `TP.` here; it now reads `TP. Hà Nội` as the
    # city's name and keeps the sentence whole, and the day stays with the meeting.
    text = ("Sáng 13/5, Tổng Bí thư Nguyễn Phú Trọng và các đại biểu Quốc hội thuộc đơn vị bầu cử số 1 TP. Hà Nội đã "
            "tiếp xúc cử tri trước kỳ họp thứ ba, Quốc hội khóa XIV.")
    article = make_article(text, "2017-05-13")
    assert article.sentences == [text]
    meeting = extract_meeting(article)
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("tiếp xúc cử tri", "2017-05-13", "sáng")


def test_a_turkish_dotted_capital_shifts_no_event():
    # baomoi 22272892: `İ` lowers to two characters; the event must still be read where it stands
    sentence = ("Một tổ chức không rõ tên tại thành phố İzmir, tỉnh İzmir, Thổ Nhĩ Kỳ đã lên kế hoạch thực hiện "
                "buổi lễ kỷ niệm Ngày của Mẹ ở khu nghỉ dưỡng.")
    assert [sentence[e.start : e.end] for e in find_events(sentence, 0)] == ["lễ kỷ niệm"]
