"""Meetings the lead dates by month alone, and years that belong to a document in the name.
Sentences from baomoi articles (not the gold files)."""
from core.extract.meetings import extract_meeting, find_events
from tests.conftest import make_article

article = make_article


def test_an_event_dated_by_month_alone_is_background():
    sentence = ("Tháng 5/1941, tại Hội nghị Trung ương lần 8 diễn ra tại Pác Bó, Cao Bằng, "
                "ông Trường Chinh được bầu làm Tổng Bí thư.")
    assert [e.score for e in find_events(sentence, 1)] == [0]
    assert extract_meeting(article("Cuộc đời nhà cách mạng\n" + sentence)) is None


def test_a_past_organised_event_dated_by_month_is_not_the_news():
    text = ("Chủ tịch UBND TP Hà Nội đề nghị xem xét lại phương án đánh chuyển cây xà cừ.\n"
            "Phục vụ tiến độ GPMB thi công đường Vành đai III, tháng 5/2017, Sở Xây dựng đã tổ chức "
            "hội nghị bàn về phương án xử lý 1.300 cây xanh trên đường Phạm Văn Đồng.")
    assert extract_meeting(article(text)) is None


def test_an_event_dated_by_its_day_is_still_reported():
    text = ("Khó quản lý an toàn thực phẩm từ gốc\n"
            "Ngày 23-5, Ban Văn hóa - Xã hội HĐND TPHCM phối hợp với Viện Nghiên cứu phát triển TPHCM "
            "tổ chức hội thảo khoa học “Quản lý an toàn thực phẩm từ gốc - Thực trạng và giải pháp”.")
    meeting = extract_meeting(article(text, "2017-05-23"))
    assert meeting is not None
    assert meeting.kind == "hội thảo"
    assert meeting.date == "2017-05-23"


def test_a_lower_case_law_in_the_name_gives_no_year():
    text = ("Phát triển hợp tác xã nông nghiệp\n"
            "Ông Huệ nhấn mạnh ý trên tại hội nghị “Sơ kết thi hành luật hợp tác xã năm 2012 trong lĩnh vực "
            "nông nghiệp vùng ĐBSCL và Đông Nam bộ” diễn ra chiều 28-6 tại thành phố Cần Thơ.")
    meeting = extract_meeting(article(text))
    assert meeting is not None
    assert meeting.date is None
    assert meeting.review_year is None
    assert meeting.part_of_day == "chiều"


def test_a_fan_meeting_is_no_meeting():
    sentence = ("Sau khi ra mắt MV Yêu không đường lui kỷ niệm 7 năm yêu và đạt thành tích triệu view, tối ngày 4/6, "
                "Ngô Kiến Huy và Khổng Tú Quỳnh đã có buổi gặp gỡ thân mật và tri ân người hâm mộ.")
    assert find_events(sentence, 1) == []
    assert extract_meeting(article("Ngô Kiến Huy tri ân người hâm mộ\n" + sentence, "2017-06-05")) is None


def test_a_leader_meeting_young_people_still_counts():
    sentence = ("Ngày 21/5, đồng chí Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh "
                "cùng lãnh đạo Thành phố đã có buổi gặp gỡ với gần 100 thanh niên tiêu biểu của Thành phố "
                "trên nhiều lĩnh vực.")
    assert [(e.kind, e.score) for e in find_events(sentence, 1)] == [("cuộc gặp", 3)]


FIREWORKS_LEAD = ("Anh, Úc và Ý giành quyền thi đấu tại đêm Chung kết DIFF2017\n"
                  "GD&TĐ - Ngày 4/6, Ban Giám khảo lễ hội Pháo hoa quốc tế Đà Nẵng 2017 (DIFF2017) tổ chức buổi họp "
                  "chọn và công bố 3 đội thi có điểm số cao nhất thi đấu tại đêm chung kết.\n")


def test_the_body_naming_the_meeting_this_morning_gives_its_part_of_day():
    body = ("Các phiếu chấm điểm của các giám khảo tại mỗi đêm trình diễn được Tổ thư ký niêm phong, lưu giữ, "
            "và chỉ được công bố trong cuộc họp sáng nay.")
    meeting = extract_meeting(article(FIREWORKS_LEAD + body))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("cuộc họp", None, "sáng")


def test_no_part_of_day_without_one_written():
    body = "Các phiếu chấm điểm của các giám khảo tại mỗi đêm trình diễn được Tổ thư ký niêm phong, lưu giữ."
    meeting = extract_meeting(article(FIREWORKS_LEAD + body))
    assert meeting is not None
    assert meeting.part_of_day is None


def test_several_bodies_as_written_organise():
    text = ("Kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh\n"
            "Sáng 11/6, Tỉnh ủy, UBND, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh tổ chức lễ kỷ niệm "
            "60 năm ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957 - 15/6/2017), 10 năm thành lập TP. Hà Tĩnh.")
    meeting = extract_meeting(article(text, "2017-06-11"))
    assert meeting is not None
    assert meeting.organizer == "Tỉnh ủy, UBND, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2017-06-11", "sáng")


def test_a_list_ending_in_a_clause_is_no_organizer():
    from core.extract.meetings import _is_body_list

    assert not _is_body_list("Tỉnh ủy, UBND tỉnh đã chỉ đạo các ngành")
    assert _is_body_list("Ban Tuyên giáo Trung ương, Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam")


def test_the_span_of_a_state_visit_is_not_the_talks_date():
    text = ("Đưa quan hệ Việt Nam - Hà Lan đi vào chiều sâu và phát triển bền vững\n"
            "Thủ tướng Chính phủ Nguyễn Xuân Phúc và Thủ tướng Mark Rutte nhất trí như vậy tại buổi hội đàm giữa hai "
            "nhà lãnh đạo nhân chuyến thăm chính thức và làm việc tại Vương quốc Hà Lan của Thủ tướng Chính phủ "
            "Nguyễn Xuân Phúc cùng Đoàn đại biểu cấp cao Chính phủ Việt Nam theo lời mời của Thủ tướng Vương quốc "
            "Hà Lan Mark Rutte, từ ngày 08-11/7/2017.")
    meeting = extract_meeting(article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.date) == ("hội đàm", None)



def test_a_meeting_held_in_a_year_alone_is_background():
    sentence = ("Cuộc họp thượng đỉnh liên Triều cuối cùng diễn ra vào năm 2007, giữa cựu tổng thống Hàn Quốc "
                "Roh Moo-hyun và nhà lãnh đạo Triều Tiên Kim Jong-il, cha của ông Kim Jong-un.")
    assert [(e.kind, e.score) for e in find_events(sentence, 1)] == [("cuộc họp", 1)]
    assert extract_meeting(article("Hàn Quốc muốn đối thoại với Triều Tiên\n" + sentence)) is None


def test_a_meeting_held_on_a_day_still_counts():
    sentence = ("Ngày 23-5, Ban Văn hóa - Xã hội HĐND TPHCM phối hợp với Viện Nghiên cứu phát triển TPHCM tổ chức "
                "hội thảo khoa học “Quản lý an toàn thực phẩm từ gốc - Thực trạng và giải pháp”.")
    assert [(e.kind, e.score) for e in find_events(sentence, 1)] == [("hội thảo", 3)]
