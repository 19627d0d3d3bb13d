"""The 2 Dec seventh round (audit23, web22): `hồi` before a clock time, a voters' meeting held as a conference or told
by a bare verb after `Sáng nay,`, its deputies after `của`, sentences glued by a lost space, a stamp glued to the
headline, a section printed beside the date. Sentences from the baomoi corpus or written in the pages' shapes."""

import pytest

from core.clean.dates import split_leading_stamp
from core.clean.lines import classify_lines
from core.tokenize import split_sentences
from tests.test_s11_recall import _meeting as meeting


def test_hoi_before_a_clock_time_dates_the_event_it_opens():
    m = meeting("Lễ đón chính thức Thủ tướng và đoàn cấp cao Việt Nam đã diễn ra trọng thị tại Nhà khách Quốc gia. "
                "Theo đặc phái viên, vào hồi 18 giờ chiều 6/6, Lễ đón chính thức Thủ tướng và Đoàn cấp cao Việt Nam "
                "đã diễn ra trọng thị tại Nhà khách Quốc gia.", "2017-06-06")
    assert (m.kind, m.date, m.part_of_day) == ("lễ", "2017-06-06", "chiều")


def test_hoi_without_a_clock_still_opens_a_history():
    m = meeting("Sáng 12/6, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2016. "
                "Hồi tháng 5, ngày 3/5, tỉnh cũng đã tổ chức hội nghị sơ kết.", "2017-06-12")
    assert m.date == "2017-06-12"


@pytest.mark.parametrize("text, organizer", [
    ("Tối 15.6, tại Hội nghị tiếp xúc cử tri phường 7, Ban chỉ huy quân sự phường đã công khai xin lỗi bà Loan.", None),
    ("Tổng bí thư phát biểu tại hội nghị tiếp xúc cử tri sáng nay của Đoàn ĐBQH Hà Nội. Nhiều cử tri đã phát biểu.",
     "Đoàn ĐBQH Hà Nội"),
])
def test_a_voters_meeting_held_as_a_conference_is_a_voters_meeting(text, organizer):
    m = meeting(text, "2017-06-16")
    assert (m.kind, m.organizer) == ("tiếp xúc cử tri", organizer)


def test_a_voters_meeting_told_by_the_bare_verb_after_sang_nay():
    m = meeting("Cử tri Trần Văn Hoàn cho biết người dân hoan nghênh quyết tâm chống tham nhũng. Sáng nay, Tổng bí thư "
                "Nguyễn Phú Trọng dẫn đầu đoàn ĐBQH TP Hà Nội tiếp xúc cử tri hai quận Ba Đình, Tây Hồ trước kỳ họp "
                "thứ 3. Cử tri Vũ Văn Toán bày tỏ quan tâm đến hội nghị Trung ương 5 vừa diễn ra.")
    assert (m.kind, m.part_of_day, m.organizer) == ("tiếp xúc cử tri", "sáng", "đoàn ĐBQH TP Hà Nội")


def test_sentences_glued_by_a_lost_space_come_apart():
    assert split_sentences(["Ông được bổ nhiệm làm Phó Giám đốc Học viện Ngoại giao.Tại cuộc họp báo, bà Hằng cảm ơn "
                            "ông.Thời gian công tác tại Vụ Thông tin kéo dài 10 năm."]) == [
        "Ông được bổ nhiệm làm Phó Giám đốc Học viện Ngoại giao.", "Tại cuộc họp báo, bà Hằng cảm ơn ông.",
        "Thời gian công tác tại Vụ Thông tin kéo dài 10 năm."]


@pytest.mark.parametrize("paragraph", [
    "Cục Thuế Tp.Hồ Chí Minh thu 3 tỷ đồng.",  # a city's abbreviation in capitals
    "Cục Thuế tp.Hồ Chí Minh thu 3 tỷ đồng.",  # and in lower case
    "Bài của ths.Nguyễn Văn An đăng trên tạp chí.",  # a degree
    "Sở GTVT TP.HCM đã họp xong.UBND tỉnh họp sau.",  # an acronym after the stop
])
def test_abbreviations_and_acronyms_glued_to_a_word_end_no_sentence(paragraph):
    assert split_sentences([paragraph]) == [paragraph]


def test_a_stamp_glued_to_the_headline_comes_apart():
    assert split_leading_stamp("22/10/2018 01:25Khánh thành hai bệnh viện mới ở Hà Nam") == (
        "22/10/2018 01:25", "Khánh thành hai bệnh viện mới ở Hà Nam")
    assert split_leading_stamp("22/10/2018 01:25đây là") == ("22/10/2018", "01:25đây là")  # a capital only


def test_a_section_printed_beside_the_date_under_the_headline():
    page = ("Bộ Công Thương mong các cơ quan báo chí tiếp tục phối hợp và đồng hành\n"
            "Tin hoạt động Thứ ba, 14/06/2022 - 19:33\n"
            "Thay mặt Lãnh đạo Bộ, Thứ trưởng gửi những lời chúc mừng tốt đẹp nhất tới các phóng viên, nhà báo và "
            "gửi lời cảm ơn sự phối hợp rất chặt chẽ và hiệu quả đối với toàn ngành trong năm qua.\n"
            "Chia sẻ với các phóng viên, Thứ trưởng cho biết năm 2022 Việt Nam tập trung vào việc phục hồi và phát "
            "triển kinh tế, chỉ số sản xuất toàn ngành công nghiệp vẫn duy trì ở tốc độ tăng trưởng rất tốt.\n")
    result = classify_lines(page)
    assert result.title == "Bộ Công Thương mong các cơ quan báo chí tiếp tục phối hợp và đồng hành"
    assert result.section == "Tin hoạt động"
    assert (result.published or "")[:10] == "2022-06-14"


@pytest.mark.parametrize("sentence", [
    # the others counted with the person, then the verb far on; a thousands dot in between ends no clause
    "Phó Chủ tịch HĐND tỉnh Đỗ Tấn Kiết, cùng 286 đại biểu chính thức đại diện 4.400 đảng viên trong toàn Đảng bộ "
    "huyện đã tham dự.",
    "Thứ trưởng Ngoại giao Kiyoshi Odawara, cùng khoảng 300 lãnh đạo doanh nghiệp Việt Nam và Nhật Bản đã tham dự.",
])
def test_an_attendee_with_others_counted_before_the_verb(sentence):
    m = meeting("Chiều 5-8, Đại hội đại biểu Đảng bộ huyện lần thứ XII đã diễn ra phiên trù bị. " + sentence, "2020-08-05")
    assert len(m.attendees) == 1 and m.attendees[0].name in sentence


def test_a_stop_before_the_verb_still_ends_the_clause():
    m = meeting("Chiều 5-8, Đại hội đại biểu Đảng bộ huyện lần thứ XII đã diễn ra phiên trù bị. Phó Chủ tịch HĐND tỉnh "
                "Đỗ Tấn Kiết phát biểu. Nhiều đại biểu khác cùng 286 đảng viên đã tham dự.", "2020-08-05")
    assert [p.name for p in m.attendees] == ["Đỗ Tấn Kiết"]


@pytest.mark.parametrize("sentence, value, unit", [
    ("Chủ tịch Quốc hội đã trao 11 Huân chương Độc lập hạng Nhì cho các tập thể.", 11, "huân chương độc lập hạng nhì"),
    ("Tổng Liên đoàn Lao động Việt Nam đã trao 5 Kỷ niệm chương cho các cá nhân.", 5, "kỷ niệm chương"),
    ("UBND tỉnh đón nhận Bằng xếp hạng đối với 2 Di tích lịch sử đôi bờ sông.", 2, "di tích lịch sử đôi bờ sông"),
])
def test_a_capitalised_award_or_heritage_site_is_counted(sentence, value, unit):
    from core.extract.statistics import extract_statistics
    found = [s for s in extract_statistics([sentence]) if s.kind == "count"]
    assert [s.value for s in found] == [value]
    assert found[0].unit is not None and unit.startswith(found[0].unit.lower())


def test_a_byline_printed_beside_the_date_stays_the_byline():
    page = ("Hội nghị tổng kết công tác năm 2024 của Hội Nông dân tỉnh\n"
            "Bùi Ánh 12/01/2025 09:30\n"
            "Sáng 11/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024, "
            "triển khai nhiệm vụ năm 2025 với sự tham dự của đại diện lãnh đạo các sở, ngành của tỉnh.\n"
            "Năm 2024, các cấp Hội đã vận động hội viên phát triển kinh tế, xây dựng nông thôn mới và giữ gìn an ninh "
            "trật tự ở cơ sở, đạt nhiều kết quả nổi bật trên các lĩnh vực công tác.\n")
    result = classify_lines(page)
    assert result.section is None
    assert result.authors == ["Bùi Ánh"]


@pytest.mark.parametrize("text, review", [
    ("Chiều 6/4, Văn phòng UBND TP Hà Nội tổ chức họp báo thông tin về tình hình kinh tế - xã hội Quý I/2022.", 2022),
    ("Trong cuộc họp báo quý 2/2017 của Bộ Công Thương diễn ra ngày hôm nay, lãnh đạo Bộ đã trả lời báo chí.", 2017),
])
def test_a_quarter_the_name_carries_is_reviewed(text, review):
    assert meeting(text, "2022-04-07").review_year == review


def test_kinh_te_xa_hoi_with_a_comma_does_not_end_the_name():
    m = meeting("Chiều 20/6, UBND TP tổ chức cuộc họp về tình hình kinh tế, xã hội của TP 6 tháng đầu năm và công tác "
                "trọng tâm 6 tháng cuối năm 2017.", "2017-06-21")
    assert m.name == ("cuộc họp về tình hình kinh tế, xã hội của TP 6 tháng đầu năm và công tác trọng tâm 6 tháng "
                      "cuối năm 2017")


@pytest.mark.parametrize("line, section", [("Xã hội 17-06-2022", "Xã hội"), ("Kết quả xổ số ngày 6/2/2017", None)])
def test_a_section_label_and_the_whole_date_on_one_line(line, section):
    page = ("Huyện Dương Minh Châu: Cần đẩy nhanh tiến độ giải phóng mặt bằng và giải ngân vốn xây dựng cơ bản\n"
            f"{line}\n"
            "Chiều 15.6, đoàn công tác của UBND tỉnh có buổi làm việc với huyện Dương Minh Châu về tình hình phát triển "
            "kinh tế, xã hội và xây dựng cơ bản 6 tháng đầu năm 2022 tại trụ sở huyện.\n"
            "Theo báo cáo, 6 tháng đầu năm, tình hình kinh tế của huyện tiếp tục phát triển, thu ngân sách đạt khá so "
            "với dự toán được giao, các công trình trọng điểm được triển khai đúng tiến độ.\n")
    result = classify_lines(page)
    assert result.section == section
    assert (result.published or "")[:10] == ("2022-06-17" if section else "")


def test_a_badges_class_is_no_age():
    from core.extract.statistics import extract_statistics
    found = extract_statistics(["Thủ tướng đã trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Nguyễn Văn An.",
                                "Cụ năm nay đã 82 tuổi đời và 56 tuổi Đảng, được tặng huy hiệu cho 3 đảng viên."])
    assert [(s.value, s.unit) for s in found] == [(82, "tuổi"), (56, "tuổi"), (3, "đảng viên")]


def test_skip_links_and_a_view_caption_under_the_date_are_no_headline():
    page = ("Truy cập nội dung luôn\n"
            "Skip to main content\n"
            "Sơn Tịnh tham dự Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với nông dân trên địa bàn tỉnh năm 2022\n"
            "05/12/2022 16:55\n"
            "Quang cảnh tại điểm cầu huyện Sơn Tịnh tham dự Hội nghị\n"
            ".\n"
            "Sáng ngày 25/11/2022, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với nông "
            "dân trên địa bàn tỉnh năm 2022, kết nối trực tuyến đến các huyện, thị xã và thành phố.\n"
            "Tại hội nghị, có 15 ý kiến của hội viên nông dân gửi đến lãnh đạo UBND tỉnh, tập trung vào các chính sách "
            "hỗ trợ sản xuất nông nghiệp, tiêu thụ sản phẩm và vốn vay.\n")
    result = classify_lines(page)
    assert result.title == ("Sơn Tịnh tham dự Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với nông dân trên địa bàn "
                            "tỉnh năm 2022")
    assert result.section is None
    assert (result.published or "")[:10] == "2022-12-05"


@pytest.mark.parametrize("listed, names", [
    ("đồng chí Đinh Trọng Yếu, Bí thư Đảng ủy xã, đồng chí Đinh Văn", ["Đinh Trọng Yếu"]),  # a name cut on its middle name
    ("đồng chí Vũ Việt Văn, Phó Chủ tịch Thường trực UBND tỉnh", ["Vũ Việt Văn"]),  # `Văn` as the given name
])
def test_a_name_cut_on_a_middle_name_is_no_person(listed, names):
    m = meeting(f"Sáng ngày 02/8/2023, Đảng ủy xã Sơn Mùa tổ chức Hội nghị sơ kết giữa nhiệm kỳ. Dự hội nghị có {listed}",
                "2023-08-03")
    assert [p.name for p in m.attendees] == names


def test_a_bodys_name_ends_at_its_term_not_the_terms_years():
    m = meeting("Chiều 6.7, phiên chất vấn và trả lời chất vấn kỳ họp thứ 4 HĐND TP.Đà Nẵng khóa IX nhiệm kỳ 2016-2021 "
                "bắt đầu với nhiều câu hỏi của các đại biểu.", "2017-07-06")
    assert m.organizer == "HĐND TP.Đà Nẵng khóa IX"


def test_a_speaker_after_a_photo_credits_colon_is_read():
    m = meeting("Chiều 6.7, phiên chất vấn kỳ họp thứ 4 HĐND TP.Đà Nẵng khóa IX bắt đầu diễn ra. Đại biểu Cao Xuân Thắng "
                "cho biết, hiện Đà Nẵng thiếu bãi đỗ xe. Ông Vũ Quang Hùng trả lời chất vấn. Ảnh: Đình Thiên Đại biểu Huỳnh "
                "Minh Chức cho rằng, trong 6 tháng đầu năm, tình trạng xây dựng trái phép tăng mạnh.", "2017-07-06")
    assert ("Huỳnh Minh Chức", ["Đại biểu"]) in [(p.name, p.titles) for p in m.attendees]
