"""People a meeting report quotes who did not take part: a person the reporter interviews apart from any
event, and someone whose words, quoted with a colon, were said at another time. Excerpts of baomoi articles
(not the gold files); each test checks who is returned."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, meeting_people

_people = meeting_people


def test_a_person_interviewed_apart_from_the_meeting_is_quoted_from_the_interview():
    text = ("Chủ tịch SSI: 'Nghe người thành công nói chuyện dễ bị tẩu hỏa nhập ma'\n"
            "Tối 7/2, tại Hội thảo định hướng nghề nghiệp do Hiệp hội Thương mại Mỹ tại Việt Nam tổ chức, ông Nguyễn "
            "Duy Hưng, Chủ tịch HĐQT Chứng khoán Sài Gòn SSI, đã có những chia sẻ với các bạn sinh viên. "
            "Trao đổi với Kinh tế & Đô thị, ông Charles Morrison - Chuyên gia cao cấp của Trung tâm Đông - Tây tại "
            "Hawaii, Hoa Kỳ khẳng định, đây là một xu hướng chung. "
            "Ông Charles Morrison cho biết thêm, sinh viên Việt Nam ngày càng năng động.")
    assert _people(text) == ([], ["Nguyễn Duy Hưng"])


def test_an_interview_on_the_meetings_sidelines_is_taking_part():
    text = ("SOM 2 APEC 2017 tìm hướng đi cho ngành công nghiệp ô tô\n"
            "Ngày 10/5, tại Hà Nội diễn ra cuộc họp của Nhóm Đối thoại về công nghiệp ô tô. "
            "Trao đổi với phóng viên VOV bên lề cuộc họp, bà Irma Wananka Tasti, quan chức cấp cao của Bộ Thương Mại "
            "Indonesia cho biết, ngành công nghiệp ô tô trong khối APEC có nhiều tiềm năng. "
            "Bà Irma Wananka Tasti lưu ý: Sắp tới, Việt Nam và Indonesia được hưởng thuế suất 0%.")
    assert _people(text)[1] == ["Irma Wananka Tasti"]


def test_telling_a_body_is_no_interview():
    text = ("Thi THPT quốc gia 2017: Lo nhất khâu in sao đề, coi thi\n"
            "Ngày 9/5, Ban chỉ đạo thi THPT quốc gia của Bộ GD&ĐT có buổi làm việc với Sở GD&ĐT Ninh Bình. "
            "Chia sẻ với Ban chỉ đạo thi THPT quốc gia của Bộ GD&ĐT, ông Vũ Văn Kiểm cho biết trong công tác tổ "
            "chức thi, Sở nhận thấy có một số khó khăn. “Chúng tôi đánh giá phần mềm của Bộ GD&ĐT đã khắc phục được "
            "những hạn chế” - ông Vũ Văn Kiểm cho hay.")
    assert _people(text)[1] == ["Vũ Văn Kiểm"]


def test_words_a_person_once_said_are_not_said_at_the_meeting():
    text = ("Toàn văn phát biểu khai mạc Hội nghị của Thủ tướng Chính phủ với doanh nghiệp\n"
            "Sáng 17/5, tại Hà Nội, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã dự và phát biểu khai mạc Hội nghị của "
            "Thủ tướng Chính phủ với Doanh nghiệp lần thứ hai. "
            "Ông kể lại câu chuyện vị tổng thống Mỹ John Adams từng nói: “Chúng tôi phải học quân sự để con chúng "
            "tôi học kỹ thuật”.")
    assert _people(text)[1] == ["Nguyễn Xuân Phúc"]


def test_who_attends_and_chairs_chairs():
    text = ("Sơ kết công tác Công an 6 tháng đầu năm 2017\n"
            "Ngày 3.7, Bộ Công an đã tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm; định hướng giải pháp "
            "công tác trọng tâm năm 2017 và những năm tiếp theo. Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ "
            "trưởng Bộ Công an dự và chủ trì hội nghị.")
    assert _people(text) == (["Tô Lâm"], [])


def test_chairing_another_kind_of_event_is_no_chair_of_this_one():
    text = ("Tổng Bí thư tiếp Thủ tướng Lào Thongloun Sisoulith\n"
            "Chiều 7-2, tại trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Ủy viên Bộ Chính trị, Thủ "
            "tướng Lào Thongloun Sisoulith sang Việt Nam tham dự và đồng chủ trì kỳ họp lần thứ 39 Ủy ban liên Chính "
            "phủ Việt Nam-Lào.")
    chairs, attendees = _people(text)
    assert chairs == []
    assert sorted(attendees) == ["Nguyễn Phú Trọng", "Thongloun Sisoulith"]


def test_what_a_call_says_wherein_has_no_speaker_of_its_own():
    text = ("Trung Quốc kêu gọi Mỹ kiềm chế\n"
            "Chiều 6/2, Bộ Ngoại giao Trung Quốc tổ chức họp báo thường kỳ. Người phát ngôn Bộ Ngoại giao Trung Quốc "
            "Lục Khảng cho biết Bắc Kinh mong muốn quan hệ ổn định với Washington. "
            "Ngày 3/2, ông Dương Khiết Trì, Ủy viên Quốc vụ Trung Quốc, đã có cuộc điện đàm với Cố vấn An ninh quốc "
            "gia Mỹ Michael Flynn, trong đó bày tỏ hy vọng sẽ phối hợp với Washington để quản lý và kiểm soát những "
            "tranh chấp.")
    assert _people(text)[1] == ["Lục Khảng"]


def test_what_a_letter_says_was_written_not_said_at_the_meeting():
    text = ("FBI: Ông Comey không bảo vệ ông Trump\n"
            "Chiều 11/5, tại phiên họp của Ủy ban Tình báo Thượng viện, quyền Giám đốc FBI Andrew McCabe "
            "cho biết ông Comey được nhân viên FBI ủng hộ mạnh mẽ. "
            "Trong lá thư gửi ông Comey, ông Donald Trump nói: “Tôi đánh giá cao việc ông ba lần báo tin cho tôi”.")
    assert _people(text)[1] == ["Andrew McCabe"]


def test_information_given_or_received_is_no_speech():
    text = ("Nhà Trắng bác tin Trump đe dọa Comey\n"
            "Ông Sean Spicer, Phát ngôn viên Nhà Trắng, trong cuộc họp báo chiều 12/5 khẳng định cảnh báo của ông "
            "Trump không phải là lời đe dọa. "
            "Không có dấu hiệu nào cho thấy ông James Comey đã làm lộ thông tin nhạy cảm.")
    assert _people(text)[1] == ["Sean Spicer"]


def test_a_reaction_to_the_news_is_a_comment_made_apart():
    text = ("Tổng thống Trump bị tố tiết lộ thông tin tối mật cho Nga\n"
            "Ngày 10/5, Tổng thống Mỹ Donald Trump đã có cuộc gặp với Ngoại trưởng Nga Sergei Lavrov tại Nhà Trắng. "
            "Một số nhà phân tích cho rằng đây là hành động nguy hiểm. "
            "Phản hồi trước tin này, Thượng nghị sĩ Dick Durbin nói rằng, nếu đúng thì đây là hành động rất nguy "
            "hiểm.")
    assert "Dick Durbin" not in _people(text)[1]


def test_a_name_misspelt_once_is_the_same_person():
    text = ("Kiến nghị mở thêm cổng 'giải cứu' sân bay Tân Sơn Nhất\n"
            "Tại buổi làm việc giữa lãnh đạo TPHCM với đoàn công tác của Bộ GTVT chiều 10.7, Sở GTVT TPHCM kiến nghị "
            "Bộ GTVT nghiên cứu mở thêm cổng ra vào sân bay Tân Sơn Nhất. "
            "Theo ông Bùi Xuân Cương - GĐ Sở GTVT TPHCM, sản lượng hành khách sân bay Tân Sơn Nhất trong năm 2016 "
            "đạt khoảng 32,5 triệu hành khách. "
            "Ông Bùi Xuân Cường cho biết, hệ thống giao thông kết nối khu vực sân bay chỉ có một lối ra vào. "
            "“Cần mở thêm cổng”, ông Bùi Xuân Cường nói.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Bùi Xuân Cường", ["GĐ Sở GTVT TPHCM"])]
