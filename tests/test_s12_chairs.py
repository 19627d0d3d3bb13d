"""Chairs versus attendees: `chủ tọa`, the formal word for chairing, and a chairing verb that names a rite or talks apart
from the meeting reported. Sentences from baomoi-dev articles (no gold file); each test checks the names extracted."""

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _roles(text: str) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_a_person_who_chu_toa_the_conference_chairs_it():
    chairs, attendees = _roles(
        "Khai mạc Hội nghị bàn tròn cấp cao Vành đai và Con đường\n"
        "Ngày 15/5, Hội nghị bàn tròn cấp cao Diễn đàn hợp tác quốc tế \"Vành đai và Con đường\" đã được tổ chức tại Bắc "
        "Kinh (Trung Quốc). Chủ tịch Trung Quốc Tập Cận Bình chủ tọa Hội nghị, với sự tham dự của các vị đứng đầu nhà "
        "nước và chính phủ của 29 quốc gia khác.")
    assert chairs == ["Tập Cận Bình"]
    assert "Tập Cận Bình" not in attendees


def test_under_su_chu_toa_cua_names_the_chair():
    chairs, _ = _roles(
        "Ủy ban Thường vụ Quốc hội họp phiên thứ 10\n"
        "Từ ngày 15 đến 17/5, Ủy ban Thường vụ Quốc hội khóa XIV đã họp phiên thứ 10 tại Hà Nội dưới sự chủ tọa của Chủ "
        "tịch Quốc hội Nguyễn Thị Kim Ngân và điều hành của các Phó Chủ tịch Quốc hội.")
    assert chairs == ["Nguyễn Thị Kim Ngân"]


def test_a_co_chair_noun_in_apposition_ends_the_title():
    # `đồng chủ tọa VBF 2017` after the title is a role, not part of the title
    meeting = extract_meeting(make_article(
        "Diễn đàn Doanh nghiệp Việt Nam giữa kỳ 2017\n"
        "Sáng 16/6, Diễn đàn Doanh nghiệp Việt Nam giữa kỳ 2017 đã diễn ra tại Hà Nội. Ông Karashima, Chủ tịch Hiệp hội "
        "DN Nhật Bản tại VN (JBAV), đồng chủ tọa VBF 2017, cho rằng việc tăng lương tối thiểu sẽ khiến VN mất đi khả "
        "năng cạnh tranh."))
    assert meeting is not None
    people = {p.name: p.titles for p in [*meeting.chairs, *meeting.attendees]}
    assert people.get("Karashima") == ["Chủ tịch Hiệp hội DN Nhật Bản tại VN (JBAV)"]


def test_chairing_the_welcome_ceremony_is_no_chair_of_the_talks():
    chairs, attendees = _roles(
        "Bộ trưởng Quốc phòng hội đàm với Phó Chủ tịch Quân ủy Trung ương Trung Quốc\n"
        "Kết thúc hội đàm, Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã ký kết Thỏa thuận hợp tác đào tạo "
        "giữa Bộ Quốc phòng 2 nước. Chiều 18/6, tại trụ sở Bộ Quốc phòng, Đại tướng, Bộ trưởng Ngô Xuân Lịch đã chủ trì "
        "lễ đón đoàn đại biểu quân sự cấp cao Trung Quốc do Thượng tướng, Phó chủ tịch Quân ủy TƯ Trung Quốc Phạm "
        "Trường Long dẫn đầu.")
    assert chairs == []
    assert "Ngô Xuân Lịch" in attendees


def test_chairing_a_press_conference_after_a_ceremony_is_no_chair_of_it():
    chairs, _ = _roles(
        "Lễ đón chính thức Chủ tịch nước Trần Đại Quang tại Belarus\n"
        "Đúng 10h sáng 27/6, theo giờ địa phương, lễ đón chính thức Chủ tịch nước Trần Đại Quang và Đoàn đại biểu cấp "
        "cao Việt Nam thăm chính thức Cộng hòa Belarus được tổ chức trọng thể tại Cung độc lập ở Thủ đô Minsk. Tổng "
        "thống Cộng hòa Belarus Lukashenko chủ trì lễ đón. Chủ tịch nước Trần Đại Quang và Tổng thống Lukashenko chủ "
        "trì họp báo.")
    assert chairs == ["Lukashenko"]


def test_chairing_a_meeting_named_loosely_still_chairs():
    # another kind's noun outside APART_KINDS (`hội nghị` in a report of a `buổi làm việc`) keeps the chair
    chairs, _ = _roles(
        "Phó Thủ tướng làm việc về thoái vốn doanh nghiệp nhà nước\n"
        "Chiều 6/2 tại trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ chủ trì cuộc làm việc với các Bộ, ngành về phương "
        "án sắp xếp các doanh nghiệp nhà nước.")
    assert chairs == ["Vương Đình Huệ"]


def test_do_names_the_agent_of_the_chairing_verb():
    chairs, attendees = _roles(
        "Phó Thủ tướng dự Diễn đàn Du lịch miền Trung - Tây Nguyên\n"
        "Ngày 10/6, tại Quảng Nam, Phó Thủ tướng Vũ Đức Đam đã dự và phát biểu tại Diễn đàn “Du lịch miền Trung-Tây "
        "Nguyên hướng tới đẳng cấp thương hiệu”. Trao đổi với các đại biểu, Phó Thủ tướng Vũ Đức Đam nhắc lại Hội nghị "
        "về du lịch do Thủ tướng Nguyễn Xuân Phúc chủ trì tại Hội An với quan điểm “xắn tay áo vào việc”.")
    assert "Vũ Đức Đam" not in chairs
    assert "Vũ Đức Đam" in attendees


def test_a_speaker_before_a_meeting_chaired_by_a_body_is_no_chair():
    chairs, _ = _roles(
        "Họp bàn việc di dời lăng mộ\n"
        "Chiều 7/7, UBND phường Thủy Xuân tổ chức cuộc họp với các bên liên quan. Chánh thanh tra Sở VH-TT tỉnh TT-Huế "
        "Nguyễn Văn Hà cho biết, tại cuộc họp giữa các bên liên quan do Sở chủ trì, các bên đã thống nhất phương án.")
    assert chairs == []


def test_agent_marker_is_not_so_or_free():
    from core.extract.people import assigned

    assert assigned(" nhắc lại Hội nghị về du lịch do Thủ tướng Nguyễn Xuân Phúc ")
    assert not assigned(" và do đó ")
    assert not assigned(", Chủ tịch Đảng Tự do ")


def test_under_whose_chairing_the_welcome_ceremony_took_place_is_no_chair_of_the_talks():
    chairs, _ = _roles(
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Campuchia\n"
        "Chiều 23/6, Lễ đón chính thức Chủ tịch Quốc hội Campuchia Heng Samrin và Đoàn được tổ chức trọng thể tại Nhà "
        "Quốc hội, dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân. Ngay sau lễ đón, Chủ tịch Quốc hội Nguyễn "
        "Thị Kim Ngân đã hội đàm với Chủ tịch Quốc hội Heng Samrin.")
    assert chairs == []


def test_under_whose_chairing_the_meeting_itself_took_place_chairs():
    chairs, _ = _roles(
        "Ban Bí thư họp xem xét kỷ luật\n"
        "Ngày 25/5, tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng để "
        "xem xét báo cáo của Ủy ban Kiểm tra Trung ương.")
    assert chairs == ["Nguyễn Phú Trọng"]
