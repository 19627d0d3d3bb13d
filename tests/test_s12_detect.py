"""Meeting detection and dating, session 12: sentences from baomoi articles (not the gold files)."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def test_a_side_hosting_another_after_a_match_word_is_no_reception():
    # 22596371-like: `trận chung kết … khi TP.HCM 1 tiếp Hà Nội 1`.
    text = ("Tâm điểm lượt trận áp chót giải VĐQG nữ - cúp Thái Sơn Bắc 2017 tối 29/5 chính là trận chung kết của mùa "
            "trước khi TP.HCM 1 tiếp Hà Nội 1.")
    assert extract_meeting(make_article(text)) is None


def test_a_league_fixture_list_is_no_reception():
    text = ("Ngày 24-6, lượt về V-League 2017 sẽ khởi tranh với rất nhiều cặp đấu hấp dẫn như HAGL tiếp B.Bình Dương "
            "(BTV2, 17 giờ); SLNA gặp Than Quảng Ninh (VTC6, 17 giờ).")
    assert extract_meeting(make_article(text)) is None


def test_a_reception_with_no_match_word_is_still_one():
    text = ("Chiều 26/6, tại trụ sở Chính phủ, Phó Thủ tướng Vũ Đức Đam đã tiếp Bộ trưởng Bộ Y tế Lào Bounkong "
            "Syhavong.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.part_of_day) == ("cuộc gặp", "chiều")


def test_a_meeting_dated_hom_another_day_than_the_dateline_is_background():
    # 22469324: the cabinet meeting of 5/6 under the calls of 6/6.
    text = ("Ngày 6/6, Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan đã điện đàm với lãnh đạo các nước Qatar, Nga, Kuwait và "
            "Saudi Arabia nhằm tìm giải pháp xoa dịu căng thẳng.\n"
            "Sau cuộc họp nội các hôm 5/6, Phó Thủ tướng Thổ Nhĩ Kỳ Numan Kurtulmus cũng cho biết Ankara muốn giúp giải "
            "quyết mối bất đồng này.")
    assert extract_meeting(make_article(text)) is None


def test_a_meeting_dated_hom_the_dateline_day_is_reported():
    text = ("Ngày 5/6, Phó Thủ tướng Thổ Nhĩ Kỳ Numan Kurtulmus cho biết Ankara muốn giúp giải quyết mối bất đồng.\n"
            "Sau cuộc họp nội các hôm 5/6, ông Kurtulmus cho biết Ankara sẵn sàng làm trung gian.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc họp"


def test_an_award_year_is_the_works_year_when_the_text_writes_the_next():
    # 22500525: the 2016 ranking is handed out in 2017 (dated in the year the text writes since the forty-fifth round, as
    # the gold dates such ceremonies).
    text = ("Tối 9/6, tại Lễ trao giải “Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016”, Vietjet được vinh danh "
            "khi thuộc nhóm dẫn đầu.\n"
            "Bảng xếp hạng năm 2017 dựa trên kết quả kinh doanh 3 năm.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.date, meeting.part_of_day) == ("lễ", "2017-06-09", "tối")


def test_an_award_year_dates_the_ceremony_when_no_later_year_is_written():
    text = "Tối 21/5, Lễ trao giải Billboard 2017 đã diễn ra tại Las Vegas với nhiều màn trình diễn đặc sắc."
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.date, meeting.part_of_day) == ("2017-05-21", "tối")


def test_an_event_in_a_place_described_after_la_noi_is_background():
    text = ("Tổng thống Putin nói rằng Ljubljana nói riêng và Slovenia nói chung là nơi tuyệt vời để tổ chức cuộc gặp "
            "như vậy, theo TASS.")
    assert extract_meeting(make_article(text)) is None


def test_an_event_in_a_rule_listing_places_is_background():
    text = ("Nghiêm cấm hút thuốc lá tại những nơi đang diễn ra các cuộc họp, hội nghị và nơi làm việc trong nhà của "
            "cơ quan, tổ chức.")
    assert extract_meeting(make_article(text)) is None


def test_a_tournament_year_dates_its_press_conference_whatever_later_year_is_written():
    # 22470659: a tournament is played the year its name writes.
    text = ("Chiều 6/6, Liên đoàn bóng đá Việt Nam (VFF) tổ chức họp báo công bố nhà tài trợ chính Giải bóng đá quốc tế "
            "U15 năm 2017.\n"
            "Giải năm 2018 dự kiến có thêm hai đội tham dự.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.date, meeting.part_of_day) == ("họp báo", "2017-06-06", "chiều")


def test_an_event_someone_is_busy_with_is_the_reason_for_an_absence():
    # 22222258: the Central Committee's plenum keeps the secretary away; the voters' meeting is the news.
    text = ("Đồng tình với mức kỷ luật ông Đinh La Thăng, một số cử tri huyện Củ Chi cũng đánh giá cao sự năng động của "
            "ông Thăng.\n"
            "Sáng 9/5, Đoàn đại biểu Quốc hội TP.HCM tiếp xúc cử tri tại huyện Củ Chi.\n"
            "Trao đổi với cử tri, ông Phan Nguyễn Như Khuê cho biết do ông Thăng bận họp Hội nghị Trung ương 5 tại Hà "
            "Nội nên không thể tham dự tiếp xúc cử tri lần này.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.part_of_day) == ("tiếp xúc cử tri", "sáng")


def test_a_busy_leaders_meeting_alone_is_no_report():
    text = ("Liên lạc qua điện thoại, ông Nguyễn Quang Vịnh, Trưởng phòng CSGT Công an tỉnh Đắk Lắk, cho hay cả ngày "
            "10-7 ông bận dự một cuộc họp quan trọng của ngành công an nên chưa kịp xem kỹ clip.")
    assert extract_meeting(make_article(text)) is None


def test_a_voters_meeting_told_by_its_bare_verb_on_a_dated_opening():
    text = ("Sáng 13/5, Tổng bí thư Nguyễn Phú Trọng tiếp xúc cử tri hai quận Ba Đình, Tây Hồ trước kỳ họp thứ 3 "
            "(Quốc hội khóa XIV).")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and (meeting.kind, meeting.part_of_day) == ("tiếp xúc cử tri", "sáng")
