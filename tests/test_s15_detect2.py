"""Meeting detection, kind and date, s15 (detect2): sentences from baomoi-dev articles (not the gold files)."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def test_learning_from_a_years_work_is_its_review():
    # 21511152: `rút kinh nghiệm … năm 2016, triển khai công tác năm 2017`, past a long list of the meeting's parties.
    text = ("Ngày 10/2, tại Phủ Chủ tịch, Văn phòng Chủ tịch nước chủ trì tổ chức cuộc gặp mặt truyền thống giữa Văn "
            "phòng Trung ương Đảng, Văn phòng Chủ tịch nước, Văn phòng Chính phủ và Văn phòng Quốc hội nhằm trao đổi, "
            "rút kinh nghiệm việc thực hiện Quy chế phối hợp công tác năm 2016, triển khai công tác năm 2017.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year, meeting.date) == (2016, 2017, "2017-02-10")


def test_a_target_quarter_past_an_abbreviation_gives_no_year():
    # 22695135: `sẽ … tại TP. Hồ Chí Minh đi vào hoạt động trong quý III/2017` is a target, not the talks' year.
    text = ("Tối 6/7 (giờ địa phương), Thủ tướng Nguyễn Xuân Phúc đã có cuộc hội đàm với Thủ tướng CHLB Đức Angela "
            "Merkel tại Hamburg.\n"
            "Thủ tướng khẳng định Chính phủ Việt Nam sẽ tạo điều kiện thuận lợi cho dự án Ngôi nhà Đức tại TP. Hồ Chí "
            "Minh đi vào hoạt động trong quý III/2017, đồng thời sẵn sàng đối thoại với phía Đức.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "hội đàm"
    assert meeting.date is None


def test_a_plan_word_in_what_is_reviewed_then_a_later_plan():
    # web11p-like provincial lead: `đánh giá … nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024`.
    text = ("Ngày 1/12, đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh đánh giá "
            "công tác lãnh đạo, chỉ đạo nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024 và xem xét nhiều nội dung.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year) == (2023, 2024)


def test_a_documents_name_stops_at_a_semicolon():
    # `Nghị quyết số 11-NQ/TU; Tổng kết công tác y tế năm 2023`: 2023 is the year reviewed, not the resolution's.
    text = ("Chiều ngày 29-12, Sở Y tế đã tổ chức Hội nghị Sơ kết 02 năm thực hiện Nghị quyết số 11-NQ/TU; Tổng kết "
            "công tác y tế năm 2023, phương hướng nhiệm vụ năm 2024 của toàn ngành y tế tỉnh.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year) == (2023, 2024)


def test_a_capital_opener_after_a_comma_goes_on_with_the_sentence():
    # web13-like lead: `Sáng ngày 2-12, Tại Trung tâm Hội nghị tỉnh, …`: no merged caption ends in a comma.
    text = ("Sáng ngày 2-12, Tại Trung tâm Hội nghị tỉnh, đồng chí Nguyễn Trọng Nghĩa, Bí thư Trung ương Đảng, Trưởng "
            "ban Tuyên giáo Trung ương đã có buổi làm việc với Ban Thường vụ Tỉnh ủy về công tác tuyên giáo tỉnh.")
    meeting = extract_meeting(make_article(text, published="2022-12-02"))
    assert meeting is not None and meeting.kind == "buổi làm việc"
    assert (meeting.date, meeting.part_of_day) == ("2022-12-02", "sáng")
    # 22374782: `Ngày 25.5, Tại TP. Hội An (Quảng Nam) đã diễn ra hội thảo …`
    text = ("Ngày 25.5, Tại TP. Hội An (Quảng Nam) đã diễn ra hội thảo quốc gia nghiên cứu về quá trình xói lở và các "
            "biện pháp bảo vệ bờ biển Hội An.")
    meeting = extract_meeting(make_article(text, published="2017-05-26"))
    assert meeting is not None and meeting.kind == "hội thảo" and meeting.date == "2017-05-25"
