"""Who attends a meeting and in what role (the audit13 classes): a chair named after the chairing frame or resumed by a
pronoun, a co-chair after a chain of attending verbs, speakers of a seminar, list items after `;`, the titles after a
meeting verb's noun. Sentences from baomoi-dev articles (no gold file); each test checks the names and roles."""

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _roles(text: str) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_a_chairing_frame_after_an_opening_clause_makes_the_chair():
    text = ("Chốt phương án sửa chữa tàu vỏ thép\n"
            "Tại cuộc họp chốt phương án sửa chữa, khắc phục tàu vỏ thép đóng theo NĐ 67 giữa các chủ tàu và 2 đơn vị "
            "đóng tàu diễn ra vào chiều 11/7 vừa qua, chủ trì cuộc họp ông Phan Trọng Hổ, Giám đốc Sở NN-PTNT Bình Định, "
            "nêu rõ vai trò của tổ đăng kiểm do Bộ NN-PTNT cử về.")
    chairs, attendees = _roles(text)
    assert chairs == ["Phan Trọng Hổ"]
    assert "Phan Trọng Hổ" not in attendees
    text = ("Tôm hùm chết hàng loạt\n"
            "Chiều 10/7, UBND tỉnh Phú Yên tổ chức cuộc họp báo thông tin về việc tôm hùm nuôi chết hàng loạt.\n"
            "Sau khi nghe các ý kiến, chủ trì cuộc họp, ông Trần Hữu Thế, Phó Chủ tịch UBND tỉnh Phú Yên, chia sẻ: "
            "Thiệt hại của người nuôi tôm hùm nơi đây là quá lớn.")
    chairs, _ = _roles(text)
    assert chairs == ["Trần Hữu Thế"]


def test_a_chair_resumed_by_a_pronoun_after_khi():
    text = ("Phát triển ngành tôm\n"
            "Ngày 6/2, tại Cà Mau, hội nghị phát triển ngành tôm Việt Nam đã diễn ra.\n"
            "Đó là phát biểu của Thủ tướng Nguyễn Xuân Phúc khi ông chủ trì hội nghị phát triển ngành tôm Việt Nam, "
            "ngày 6/2 tại Cà Mau.")
    chairs, attendees = _roles(text)
    assert chairs == ["Nguyễn Xuân Phúc"]
    assert attendees == []


def test_a_co_chair_after_a_chain_of_attending_verbs():
    text = ("Thủ tướng Lào tới Việt Nam, đồng chủ trì Kỳ họp Ủy ban liên Chính phủ\n"
            "Ngày 7/2, Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu "
            "Chính phủ Lào tới Việt Nam tham dự và đồng chủ trì Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam-Lào được "
            "tổ chức tại Hà Nội, theo lời mời của Thủ tướng Chính phủ Nguyễn Xuân Phúc.")
    chairs, attendees = _roles(text)
    assert chairs == ["Thongloun Sisoulith"]
    assert "Nguyễn Xuân Phúc" not in attendees


def test_the_items_of_a_delegation_list_over_semicolons_are_read_after_its_honorific():
    text = ("Thủ tướng Lào tới Việt Nam, đồng chủ trì Kỳ họp Ủy ban liên Chính phủ\n"
            "Ngày 7/2, Thủ tướng Lào Thongloun Sisoulith tới Hà Nội tham dự Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt "
            "Nam-Lào.\n"
            "Cùng đi với Thủ tướng có các đồng chí Somdy Douangdy, Ủy viên Trung ương Đảng, Phó Thủ tướng, Bộ trưởng Bộ Tài "
            "chính; Souphanh Keomixay, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Kế hoạch Đầu tư; Souvone Leuangbounmy, Thứ "
            "trưởng Bộ Quốc phòng; Malaythong Kommasith, Thứ trưởng, Thư ký Thủ tướng.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    people = {p.name: p.titles for p in meeting.attendees}
    assert people["Souphanh Keomixay"] == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Kế hoạch Đầu tư"]
    assert people["Souvone Leuangbounmy"] == ["Thứ trưởng Bộ Quốc phòng"]
    assert people["Malaythong Kommasith"] == ["Thứ trưởng", "Thư ký Thủ tướng"]


def test_speakers_of_a_seminar():
    text = ('Hội thảo "Chọn chiến lược đầu tư tối ưu thời chứng khoán bùng nổ"\n'
            'Sáng 25/5, Hội thảo "Chọn chiến lược đầu tư tối ưu thời chứng khoán bùng nổ" đã diễn ra tại Hà Nội.\n'
            "Đồng quan điểm trên, ông Lê Đăng Doanh bổ sung, việc đẩy mạnh cổ phần hóa DNNN chính là một trong những "
            "nhân tố quan trọng cho thị trường chứng khoán Việt. Đồng quan điểm trên, ông Dương Văn Chung - Giám đốc đầu "
            "tư, Công ty Chứng khoán MBS bổ sung rằng GDP năm nay sẽ tăng trưởng khoảng 6,35%. \"Tôi cũng lạc quan về "
            "TTCK, nhưng lạc quan trong thận trọng\", chuyên gia tài chính Nguyễn Trí Hiếu kết luận.")
    _, attendees = _roles(text)
    assert {"Lê Đăng Doanh", "Dương Văn Chung"} <= set(attendees)


def test_a_bare_supplementing_verb_is_no_speech():
    text = ("Họp bàn ngân sách\n"
            "Sáng 6/6, UBND tỉnh tổ chức cuộc họp bàn về ngân sách.\n"
            "Ông Nguyễn Văn An bổ sung kinh phí cho các huyện.")
    _, attendees = _roles(text)
    assert "Nguyễn Văn An" not in attendees


def test_presenters_heard_and_presenters_across_a_closed_apposition():
    text = ("Hội thảo về môi trường đầu tư tại Paris\n"
            "Ngày 20/6, hội thảo “Môi trường kinh doanh và triển vọng đầu tư tại Bình Dương” đã diễn ra tại Paris.\n"
            "Đánh giá về môi trường đầu tư ở Việt Nam, luật sư Thierry Gougy – người đã làm việc lâu năm tại Việt Nam, "
            "phụ trách Công ty luật DFDL Mekong, trình bày tham luận về những thách thức và cơ hội làm ăn. Trong phần cuối "
            "của buổi hội thảo, các đại biểu đã nghe ông Nguyễn Việt Long, Giám đốc quan hệ Quốc tế và Chiến lược của Tập "
            "đoàn Becamex trình bày tham luận về dự án thành phố thông minh.")
    _, attendees = _roles(text)
    assert {"Thierry Gougy", "Nguyễn Việt Long"} <= set(attendees)


def test_the_titles_after_a_meeting_verbs_noun_are_the_visitors_not_the_hosts():
    mentions = find_people("Tại cuộc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed, Thủ tướng Nguyễn Xuân Phúc "
                           "đánh giá cao hoạt động của Vamed.")
    assert [(m.person.name, m.person.titles) for m in mentions] == [("Nguyễn Xuân Phúc", ["Thủ tướng"])]


def test_a_shrine_is_no_person():
    mentions = find_people("Trả lời về vấn đề này, bà Phạm Thị Oanh, Phó chủ tịch UBND TP Nam Định, Trưởng ban tổ chức "
                           "Lễ Khai ấn đền Trần Nam Định cho biết, sẽ cho người kiểm tra.")
    assert [(m.person.name, m.person.titles) for m in mentions] == [
        ("Phạm Thị Oanh", ["Phó chủ tịch UBND TP Nam Định", "Trưởng ban tổ chức Lễ Khai ấn đền Trần Nam Định"])]


def test_the_deputy_whose_question_is_answered_attends_and_the_answerer_stays():
    text = ("Bộ trưởng Văn hóa trả lời chất vấn\n"
            "Sáng 14/6, Quốc hội họp phiên chất vấn tại hội trường.\n"
            "Ngay từ đầu phiên trả lời chất vấn, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đã trả lời câu hỏi "
            "của đại biểu Nguyễn Sỹ Cương (Ninh Thuận) về việc quản lý các lễ hội còn nhiều bất cập. Bộ trưởng Bộ Y tế "
            "Nguyễn Thị Kim Tiến trả lời chất vấn của các đại biểu Quốc hội sáng 14/6 tại phiên chất vấn.")
    _, attendees = _roles(text)
    assert {"Nguyễn Sỹ Cương", "Nguyễn Thị Kim Tiến"} <= set(attendees)


def test_the_titles_after_a_meeting_noun_mid_clause_go_on_naming_the_one_received():
    mentions = find_people("Chiều 16/6, Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân đã có buổi tiếp Ủy viên "
                           "Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Cộng hòa Cuba Juan Esteban Lazo Hernandez.")
    assert [(m.person.name, m.person.titles) for m in mentions][1] == (
        "Juan Esteban Lazo Hernandez", ["Ủy viên Bộ Chính trị Đảng Cộng sản Cuba", "Chủ tịch Quốc hội Cộng hòa Cuba"])
