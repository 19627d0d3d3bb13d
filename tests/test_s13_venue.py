"""The meeting's location and its name as users read them: a place after `ở` where no `tại` places it, the first
sentence's dateline place, a place ended by a verb or a partner, no count or `tại sao` taken for a place, and a name cut
where it runs on into the clause. Sentences from baomoi-dev articles (no gold file); each test checks the exact value."""

from core.extract.meetings import _location, _place_name, extract_meeting
from tests.conftest import make_article


def _meeting(text: str):
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return meeting


def test_a_place_after_o_is_the_venue_and_leaves_the_name():
    meeting = _meeting(
        "Phát biểu tại cuộc họp báo ở Tokyo ngày 19/5 sau phiên họp nội các, Bộ trưởng Quốc phòng Nhật Bản Tomomi "
        "Inada cho biết hai máy bay trên được cử đi chặn một vật thể giống như máy bay không người lái (UAV).")
    assert (meeting.name, meeting.location) == ("cuộc họp báo", "Tokyo")


def test_an_o_place_ends_at_its_capitalised_name():
    assert _place_name("Nhà Trắng Tổng thống Donald Trump tuyên bố") == "Nhà Trắng"
    assert _place_name("Lyon nhờ bộ trang phục rất nổi bật của mình") == "Lyon"
    assert _place_name("thủ đô Doha") == "thủ đô Doha"
    assert _place_name("Cagayan de Oro") == "Cagayan de Oro"


def test_the_first_sentences_dateline_place_places_a_later_sentences_meeting():
    meeting = _meeting(
        "Chiều 7/2, tại Cục Viễn thông (Bộ TT&TT), đại diện các doanh nghiệp viễn thông đã báo cáo về công tác chuẩn bị "
        "cho việc đổi mã vùng điện thoại cố định giai đoạn 1.\n"
        "Thứ trưởng Bộ TT&TT Phan Tâm phát biểu chỉ đạo tại cuộc họp. Tham dự buổi họp có Thứ trưởng Bộ TT&TT Phan Tâm.")
    assert meeting.location == "Cục Viễn thông"


def test_a_verb_or_a_partner_ends_the_place():
    assert _location("GD&TĐ - Ngày 7/2, tại Trường Đại học Văn Hiến tổ chức lễ ký kết thỏa thuận hợp tác giữa Công ty "
                     "Cổ phần giáo dục Hùng Hậu.") == "Trường Đại học Văn Hiến"
    assert _location("Lực lượng CSGT Công an Thị xã Hồng Lĩnh đã có mặt tại hiện trường cùng với người dân cứu hai nạn "
                     "nhân.") == "hiện trường"
    assert _location("Các đêm diễn tại Đài Loan là hoạt động cuối cùng của nhóm.") == "Đài Loan"


def test_a_count_an_event_phrase_or_tai_sao_is_no_place():
    assert _location("Vietnamobile vừa tổ chức lễ kỷ niệm 1 năm thành lập và chuẩn bị cho mục tiêu phủ sóng 3G đến hơn "
                     "90% dân số tại 63 tỉnh thành, vào tháng 7/2017.") is None
    assert _location("Bộ trưởng nêu vấn đề \"tại sao văn bản quy phạm khá đồng bộ mà các vụ ngộ độc ngày càng nhiều\"."
                     ) is None
    assert _location("Tại sự kiện Audi Summit diễn ra tại Barcelona – Tây Ban Nha ngày 11/7/2017, Audi đã ra mắt mẫu xe "
                     "mới.") == "Barcelona – Tây Ban Nha"


def test_a_name_ends_before_vua_and_a_holding_verb():
    meeting = _meeting(
        "Lễ khai mạc LHP CANNES lần thứ 70 vừa diễn ra vào chiều tối ngày 17/5 (giờ địa phương), với sự tham gia của "
        "những ngôi sao hàng đầu đến từ khắp thế giới.")
    assert meeting.name == "Lễ khai mạc LHP CANNES lần thứ 70"
    meeting = _meeting(
        "Vấn đề đặt ra tại buổi tọa đàm \"Hà Nội hạn chế xe cá nhân\" tổ chức sáng nay. Việc hạn chế xe máy sẽ được mở "
        "rộng dần.")
    assert meeting.name == "tọa đàm \"Hà Nội hạn chế xe cá nhân\""


def test_a_name_ends_before_its_day_and_a_second_clause():
    meeting = _meeting(
        "Bà Dick cho biết trong cuộc họp báo hôm 4/6 rằng cuộc điều tra diễn ra rất nhanh chóng.")
    assert meeting.name == "cuộc họp báo"
    meeting = _meeting(
        "Thay mặt các đồng chí lãnh đạo Đảng, Nhà nước, đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ "
        "chức Trung ương về dự Lễ kỷ niệm 60 năm Bác Hồ về thăm quê lần thứ nhất (14/6/1957 - 14/6/2017) và có bài phát "
        "biểu nhấn mạnh những nội dung tỉnh Nghệ An cần tiếp tục thực hiện trong thời gian tới.")
    assert meeting.name == "Lễ kỷ niệm 60 năm Bác Hồ về thăm quê lần thứ nhất (14/6/1957 - 14/6/2017)"


def test_a_name_ends_before_a_person_who_opens_the_next_clause():
    meeting = _meeting(
        "Tại hội nghị ông Mai Văn Chính - Phó trưởng ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị về "
        "việc điều chuyển ông Đinh La Thăng.")
    assert meeting.name == "hội nghị"
