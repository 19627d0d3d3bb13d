"""People a meeting report names whom the reading used to miss (the 1 Dec late-morning round): the speakers of a
meeting the body restates past the lead, a titled speaker's turn set off by a colon and a quotation, an official
answering the press at a press conference, and people listed together before what places them at the event.
Excerpts of baomoi articles (not the gold files, not the audit rows the classes were found on); each test checks who
is returned."""
from tests.conftest import meeting_people

_people = meeting_people


def test_the_people_of_a_meeting_the_body_restates_are_read_over_the_article():
    # The lead names the opening only as done; the body restates its words with the ceremony (`Lễ khánh thành …`):
    # who attended it, named before the restatement, counts, not only the people of the restatement's sentences.
    text = ("Ngay trước Tết Nguyên đán Đinh Dậu 2017, Nhãn hàng Cô Gái Hà Lan (thuộc công ty FrieslandCampina Việt Nam) "
            "đã chính thức khánh thành trường Đèn Đom Đóm thứ 20 - trường mẫu giáo Hàm Cần tại xã Hàm Cần, huyện Hàm "
            "Thuận Nam, tỉnh Bình Thuận.\n"
            "Ngôi trường được xây dựng từ nguồn kinh phí của chương trình “1 hộp sữa, 1 viên gạch” do nhãn hàng Cô Gái "
            "Hà Lan khởi xướng để tiếp nối hành trình thắp sáng ước mơ được đến trường, tạo điều kiện cho thầy cô và và "
            "trẻ em ở Hàm Cần được dạy và học tốt hơn. Đây là một trong những hoạt động ý nghĩa của nhãn hàng Cô Gái Hà "
            "Lan để đánh dấu cột mốc 20 năm nuôi dưỡng tương lai, 20 năm xây nền sức khỏe, gắn kết gia đình tại Việt "
            "Nam. Buổi lễ khánh thành trường Đèn Đom Đóm thứ 20 có sự tham gia của ông Simon van der Burg, Tổng lãnh sự "
            "Hà Lan tại TP.HCM và đại diện các sở, ban, ngành tại địa phương. Lễ khánh thành trường Đèn Đom Đóm thứ 20 - "
            "trường mẫu giáo Hàm Cần tại xã Hàm Cần, huyện Hàm Thuận Nam, tỉnh Bình Thuận Trường mẫu giáo Hàm Cần được "
            "xây dựng trên khuôn viên 407m 2 bao gồm 4 phòng học khang trang và 1 bếp ăn để phục vụ nhu cầu học tập cho "
            "gần 100 trẻ em tại địa phương. Bên cạnh đó, nhãn hàng Cô Gái Hà Lan còn tài trợ thêm bộ sân chơi liên hoàn "
            "để hỗ trợ việc vui chơi và vận động hàng ngày của các em. Phát biểu tại buổi lễ khánh thành trường Đèn Đom "
            "Đóm thứ 20, ông Arnoud van den Berg, Tổng giám đốc FrieslandCampina Việt Nam, cho biết: “Trường mẫu giáo "
            "Hàm Cần là thành quả của chương trình.”")
    chairs, attendees = _people(text)
    assert chairs == []
    assert sorted(attendees) == ["Arnoud van den Berg", "Simon van der Burg"]


def test_a_titled_speakers_turn_with_a_quotation_is_said_at_the_press_conference():
    text = ("Buổi họp báo Giọng hát Việt 2017 đã được diễn ra thành công trong không khí ấm cúng.\n"
            "Vì có kế hoạch trước đó nên HLV Đông Nhi vắng mặt trong buổi họp báo lần này. Giám đốc Âm nhạc Hồ Hoài "
            "Anh: “Chương trình năm nay sẽ có sự khốc liệt hơn ở các vòng trong.”")
    assert "Hồ Hoài Anh" in _people(text)[1]


def test_an_official_answering_the_reporters_speaks_at_the_press_conference():
    text = ("Văn phòng Cao ủy Nhân quyền Liên Hợp Quốc (OHCHR) không xác nhận thông tin Bộ Ngoại giao Mỹ nói về nhà tù "
            "Sednaya ở Syria thiêu xác tù nhân.\n"
            "Đó là tuyên bố hôm 16/5 của bà Ravina Shamdasani đại diện OHCHR trong cuộc họp báo ở Geneva. \"Về thông báo "
            "thiêu xác, hiện thời chúng tôi chưa thể xác nhận có thực không, hay đó là trong tình huống nào\", bà Ravina "
            "Shamdasani trả lời câu hỏi của phóng viên.")
    assert _people(text)[1] == ["Ravina Shamdasani"]


def test_people_listed_before_what_places_them_at_the_event_all_attend():
    text = ("Quỹ Tim mạch Việt Nam phối hợp với Viện Tim mạch Việt Nam chiều nay tổ chức họp báo về thực trạng đáng báo "
            "động về bệnh tăng huyết áp tại Việt Nam nhân dịp Ngày Thế giới phòng chống tăng huyết áp (17/5).\n"
            "GS.TS Nguyễn Lân Việt, GS.TS Đỗ Doãn Lợi và PGS.TS Phạm Mạnh Hùng trong cuộc họp báo.")
    assert sorted(_people(text)[1]) == ["Nguyễn Lân Việt", "Phạm Mạnh Hùng", "Đỗ Doãn Lợi"]


def test_words_to_the_press_apart_from_the_meeting_are_not_said_at_it():
    text = ("Ngày 14/7, Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu đã hội đàm với người đồng cấp Qatar Sheikh Mohammed bin "
            "Abdulrahman Al Thani về các biện pháp giải quyết khủng hoảng ngoại giao vùng Vịnh.\n"
            "Cùng ngày, phát biểu với báo giới, người phát ngôn Bộ Ngoại giao Đức, ông Martin Schaefer, khẳng định Berlin "
            "sẽ làm tất cả để thúc đẩy việc nối lại đàm phán.")
    assert "Martin Schaefer" not in _people(text)[1]
    # told to the press after the talks the clause names: at them
    text = ("Ngày 14/7, Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu đã hội đàm với người đồng cấp Qatar Sheikh Mohammed bin "
            "Abdulrahman Al Thani về các biện pháp giải quyết khủng hoảng ngoại giao vùng Vịnh.\n"
            "Phát biểu với báo giới sau cuộc hội đàm, Ngoại trưởng Al Thani nhận định cuộc khủng hoảng tại vùng Vịnh hiện "
            "nay không thể giải quyết trong \"một sớm một chiều\".")
    assert any(name.endswith("Al Thani") for name in _people(text)[1])


def test_people_listed_after_the_group_they_belong_to_attend():
    text = ("Cuộc hội đàm giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Donald Trump tập trung bàn về thúc đẩy quan hệ "
            "đối tác toàn diện Việt - Mỹ, đặc biệt trong lĩnh vực thương mại.\n"
            "Hai lãnh đạo sau đó có cuộc gặp riêng. Cuộc họp mở rộng có sự tham gia của các lãnh đạo hàng đầu như Phó "
            "tổng thống Mike Pence, Ngoại trưởng Rex Tillerson, Bộ trưởng Thương mại Wilbur Ross.")
    attendees = _people(text)[1]
    assert {"Mike Pence", "Rex Tillerson", "Wilbur Ross"} <= set(attendees)


def test_the_host_who_welcomes_a_guest_meets_the_guest():
    text = ("Lễ đón Chủ tịch nước Trần Đại Quang được tổ chức trọng thể với nghi thức cao nhất dành cho nguyên thủ quốc "
            "gia.\n"
            "Tổng thống Belarus Lukashenko đón Chủ tịch nước Trần Đại Quang tại nơi đỗ xe, bắt tay và nhiệt liệt chào "
            "mừng Chủ tịch nước Trần Đại Quang sang thăm chính thức.")
    assert sorted(_people(text)[1]) == ["Lukashenko", "Trần Đại Quang"]


def test_who_hands_a_decision_over_and_who_receives_it_attend():
    text = ("Theo quyết định của Ban Bí thư, Thứ trưởng Bộ Xây dựng Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy Yên Bái.\n"
            "Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII triển khai quyết định của "
            "Ban Bí thư về công tác cán bộ. Tại hội nghị, thay mặt Ban Tổ chức Trung ương, Phó trưởng ban Thường trực Ban "
            "Tổ chức Trung ương, ông Nguyễn Thanh Bình đã trao quyết định và tặng hoa chúc mừng cho ông Đỗ Đức Duy.")
    assert sorted(_people(text)[1]) == ["Nguyễn Thanh Bình", "Đỗ Đức Duy"]
