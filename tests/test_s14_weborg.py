"""The meeting's organizer, kind and date as provincial portals and news sites write them. Sentences from baomoi-dev
articles, and where baomoi-dev has no such sentence, from the raw pages of the web development sets (no gold file);
each test checks the exact value."""

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _meeting(text: str, published: str | None = None):
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return meeting


def _headlined(title: str, body: str, published: str | None = None):
    """The meeting of an article whose headline stands apart from its sentences, as a page's or a corpus file's does."""
    article = make_article(body, published)
    article.title = title
    meeting = extract_meeting(article)
    assert meeting is not None
    return meeting


def test_an_apposition_between_the_body_and_its_verb_is_no_holder():
    # web13 u15: `đầu mối là …` says who in the faculty ran it; the faculty holds the seminar
    text = ("Nghiên cứu thời kỳ Bắc thuộc trong Lịch sử Việt Nam\n"
            "Ngày 17 tháng 8 năm 2017, Khoa Lịch sử, đầu mối là Chi đoàn Cán bộ Khoa, đã tổ chức một Tọa đàm Khoa học "
            "Quốc tế với chủ đề “Thời kỳ Bắc thuộc trong Lịch sử Việt Nam: Những nghiên cứu mới” với 3 diễn giả.")
    assert _meeting(text).organizer == "Khoa Lịch sử"
    # web11p p05: the council's term after its name
    text = ("Kỳ họp thứ hai HĐND huyện\n"
            "Ngày 27/8, HĐND huyện Châu Đức khóa V, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ hai để đánh giá kết quả kinh "
            "tế - xã hội 6 tháng đầu năm.")
    assert _meeting(text, "2021-08-28").organizer == "HĐND huyện Châu Đức khóa V"


def test_a_co_holder_or_a_place_after_the_comma_is_no_apposition():
    # 22546715: `lãnh đạo TANDTC` holds it with the party committee; the subject stays as the rules read it
    text = ("Ra mắt Chương trình Truyền hình Tòa án nhân dân\n"
            "Chiều ngày 16/6/2017, tại trụ sở TANDTC, Ban cán sự đảng, lãnh đạo TANDTC trang trọng tổ chức Lễ ra mắt "
            "Chương trình Truyền hình Tòa án nhân dân.")
    assert _meeting(text).organizer == "TANDTC"


def test_a_meeting_between_two_bodies_is_held_by_both():
    # web13 u05
    text = ("Hội nghị của Ban Thường vụ Đảng ủy Quốc hội với Ban Thường vụ Đảng ủy Chính phủ\n"
            "Sáng 6.2, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn và Thủ tướng Chính phủ Phạm Minh Chính đã chủ "
            "trì Hội nghị giữa Ban Thường vụ Đảng ủy Quốc hội với Ban Thường vụ Đảng ủy Chính phủ về Kỳ họp bất thường "
            "lần thứ 9, Quốc hội Khóa XV.")
    assert _meeting(text).organizer == "Ban Thường vụ Đảng ủy Quốc hội với Ban Thường vụ Đảng ủy Chính phủ"


def test_a_working_session_between_a_team_and_a_body_is_the_teams():
    # 22563820
    text = ("Bô xít thu lãi nghìn tỷ\n"
            "Thông tin tại buổi làm việc giữa tổ công tác của Thủ tướng với Tập đoàn Công nghiệp Than khoáng sản Việt Nam "
            "(TKV) vào sáng nay, Thứ trưởng Bộ Công thương Đỗ Thắng Hải cho rằng rất nhiều khoáng sản sẽ lỗ.")
    assert _meeting(text).organizer == "tổ công tác của Thủ tướng"


def test_the_headlines_do_x_to_chuc_names_the_holder():
    # web13 u02: the lead names the meeting and who chairs it, the headline who holds it
    title = "Họp trực tuyến về phòng, chống dịch Covid-19 do chính phủ tổ chức"
    text = ("Sáng 25.9, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 chủ "
            "trì cuộc họp trực tuyến tới 63 tỉnh, thành phố.")
    assert _headlined(title, text).organizer == "chính phủ"


def test_the_headlines_subject_of_hop_holds_the_sitting():
    # web13 t06
    title = "Thường trực Hội đồng nhân dân huyện Giồng Trôm họp lệ kỳ tháng 12 năm 2018"
    text = ("Chiều ngày 24 tháng 12 năm 2018, tại Phòng họp HĐND huyện, ông Võ Văn Phê, Chủ tịch HĐND huyện chủ trì cuộc "
            "họp lệ kỳ tháng 12.")
    meeting = _headlined(title, text)
    assert meeting.organizer == "Thường trực Hội đồng nhân dân huyện Giồng Trôm"
    assert meeting.date == "2018-12-24"


def test_a_headlines_common_noun_is_no_holder():
    # 21488835: `Trường học` is any school
    title = "Trường học tổ chức lễ tốt nghiệp sớm cho nam sinh có cha bị ung thư"
    text = "Nam sinh Everett được dự lễ tốt nghiệp sớm ngày 8/2 cùng người cha bị ung thư giai đoạn cuối."
    assert _headlined(title, text).organizer is None


def test_a_reception_and_working_session_is_a_meeting_with_the_guest():
    # 22739126
    text = ("Việt Nam tăng cường quảng bá các địa phương tại Hoa Kỳ\n"
            "Trong buổi tiếp và làm việc với lãnh đạo các địa phương Việt Nam chiều 14/7, Thống đốc bang Virginia, Ngài "
            "Terry McAuliffe đã nhiệt liệt chào mừng các địa phương.")
    meeting = _meeting(text)
    assert meeting.kind == "cuộc gặp"
    assert meeting.organizer is None


def test_a_year_the_name_writes_past_the_comma_it_was_cut_at():
    # web12r r04: no `published`; the exercise's year is the name's
    text = ("Hội nghị rút kinh nghiệm diễn tập\n"
            "Sáng nay (9/10), Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị rút kinh nghiệm diễn tập khu vực phòng thủ, diễn "
            "tập phòng chống lụt bão, tìm kiếm cứu nạn cấp huyện năm 2023.")
    meeting = _meeting(text)
    assert meeting.date == "2023-10-09"
    assert meeting.organizer == "Bộ Chỉ huy Quân sự tỉnh"
    # 22547900: a target's year lends none
    text = ("Hà Nội cấm xe máy nội thành từ 2030 là quá nóng vội?\n"
            "Ngày 16/6, UB MTTQ TP Hà Nội tổ chức hội nghị phản biện dự thảo nghị quyết của HĐND TP về tăng cường quản lý "
            "phương tiện nhằm giảm ùn tắc giao thông và ô nhiễm môi trường trên địa bàn, giai đoạn 2017-2020 tầm nhìn "
            "2030.")
    assert _meeting(text).date != "2030-06-16"


def test_a_school_years_meeting_takes_the_year_of_its_season():
    # 21489817: a mid-year review in February is in the school year's second year
    text = ("TP.HCM: Kỳ thi tuyển sinh lớp 10 sẽ diễn ra đầu tháng 6\n"
            "Đó là khẳng định của ông Nguyễn Tiến Đạt, Phó giám đốc Sở GD&ĐT TP.HCM tại Hội nghị sơ kết học kỳ 1 năm học "
            "2016-2017 bậc Trung học do Sở GD&DT TP.HCM tổ chức sáng 8-2.")
    assert _meeting(text).date == "2017-02-08"
    # web12r r06: in August, the review of the year that ends
    text = ("Bậc tiểu học tổng kết nhiệm vụ năm học 2016-2017\n"
            "TTH - Ngày 17/8, Phòng Giáo dục tiểu học thuộc Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức hội nghị tổng kết "
            "nhiệm vụ năm học 2016-2017 và triển khai nhiệm vụ năm học 2017-2018.")
    assert _meeting(text).date == "2017-08-17"
