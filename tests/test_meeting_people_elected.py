"""Who a meeting elects, or who takes up a post at it, is one of its people (the 1 Dec afternoon round): the person
right after an electing verb (`Đại hội đã thống nhất bầu ông X`), those joined to that person, and the subject of
taking up a post (`đồng chí X nhận nhiệm vụ mới`). Excerpts of baomoi articles (not the gold files, not the audit rows
the classes were found on); each test checks who is returned."""
from tests.conftest import meeting_people

_people = meeting_people


def test_the_person_a_shareholders_meeting_elects_attends_it():
    text = ("Cục trưởng Cục Hàng không làm Chủ tịch ACV\n"
            "Ngày 28/6, Tổng Công ty Cảng Hàng không Việt Nam (ACV) tổ chức Đại hội cổ đông thường niên. Đại hội đã "
            "thống nhất bầu ông Lại Xuân Thanh, Cục trưởng Cục Hàng không Việt Nam giữ chức Chủ tịch Hội đồng quản trị "
            "ACV. Phát biểu tại Đại hội, Thứ trưởng Bộ Giao thông Vận tải Lê Đình Thọ đánh giá cao những kết quả ấn "
            "tượng mà ACV đạt được trong năm 2016.")
    chairs, attendees = _people(text)
    assert chairs == []
    assert sorted(attendees) == ["Lê Đình Thọ", "Lại Xuân Thanh"]


def test_both_people_a_council_elects_attend_its_sitting():
    text = ("Hải Phòng có thêm 2 Phó Chủ tịch UBND thành phố\n"
            "Ngày 13-7, tại kỳ họp, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Phạm Văn Hà (51 tuổi, Giám đốc Sở NN-PTNT "
            "Hải Phòng) và ông Nguyễn Văn Thành (48 tuổi, Giám đốc Sở Tài chính) giữ chức Phó Chủ tịch UBND thành phố "
            "khóa 15 (nhiệm kỳ 2016-2021).")
    assert sorted(_people(text)[1]) == ["Nguyễn Văn Thành", "Phạm Văn Hà"]


def test_an_impresario_is_no_one_elected():
    # `ông bầu` is a noun (an impresario), not the verb: the singer's manager was not elected at the press conference
    text = ("Sáng 5/6, ca sĩ Hồ Ngọc Hà tổ chức họp báo ra mắt album mới tại TP.HCM. Tại buổi họp báo, ca sĩ Hồ Ngọc "
            "Hà cho biết album gồm 10 ca khúc. Trước đó, ông bầu Vũ Khắc Tiệp cũng không thể im lặng.")
    assert "Vũ Khắc Tiệp" not in _people(text)[1]


def test_who_takes_up_a_post_at_the_ceremony_attends_it():
    text = ("Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới tại Yên Bái\n"
            "Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII, triển khai quyết định của "
            "Ban Bí thư về công tác cán bộ. Lãnh đạo Bộ Xây dựng tặng hoa chúc mừng đồng chí Đỗ Đức Duy nhận nhiệm vụ "
            "mới tại hội nghị.")
    assert _people(text)[1] == ["Đỗ Đức Duy"]


def test_an_election_planned_is_not_held():
    text = ("Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII. Tại hội nghị, Phó trưởng "
            "ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình phát biểu. HĐND tỉnh sẽ bầu ông Đỗ Đức Duy giữ chức "
            "Chủ tịch UBND tỉnh tại kỳ họp tới.")
    assert "Đỗ Đức Duy" not in _people(text)[1]


def test_a_list_run_into_a_caption_goes_on_over_semicolons():
    # the caption (`… phát biểu tại lễ trao giải …`) has no full stop before the list that opens the next sentence
    text = ("Lễ trao Giải báo chí Quốc gia lần thứ XI-2016 được tổ chức tại Hà Nội vào tối 21/6.\n"
            "Chủ tịch nước Trần Đại Quang phát biểu tại lễ trao giải Báo chí quốc gia năm 2016 Tham dự Lễ trao giải có "
            "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; nguyên Chủ tịch Quốc hội Nguyễn Sinh Hùng; Phó Thủ tướng, Bộ trưởng "
            "Bộ Ngoại giao Phạm Bình Minh.")
    assert sorted(_people(text)[1]) == ["Nguyễn Sinh Hùng", "Nguyễn Thị Kim Ngân", "Phạm Bình Minh", "Trần Đại Quang"]


def test_a_speaker_after_a_photo_credit_spoke_at_the_seminar():
    # the caption's credit (`Ảnh: Đỗ Huyền/BNEWS/TTXVN`) runs into the next sentence, which its speaker opens
    text = ("Sáng 18/5, tại Hà Nội, Bộ Công Thương tổ chức hội thảo về thương mại điện tử xuyên biên giới.\n"
            "Toàn cảnh hội thảo. Ảnh: Đỗ Huyền/BNEWS/TTXVN Bà Lại Việt Anh, Phó Cục trưởng Cục Thương mại Điện tử và "
            "Công nghệ Thông tin, Bộ Công Thương, nhấn mạnh mặc dù Internet đã giúp giảm đáng kể chi phí xuất khẩu cho "
            "các doanh nghiệp vừa và nhỏ.")
    assert _people(text)[1] == ["Lại Việt Anh"]
