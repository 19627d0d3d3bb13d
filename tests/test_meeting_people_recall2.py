"""People a meeting report names whom the grammar used to miss or cut (the 1 Dec morning round): the host who
receives a delegation, a leader whose direction at the event is the news (`Đây là chỉ đạo của X tại …`), speakers
who worry, explain or argue, the First Secretary of the Youth Union, a city's leader named after `thành phố`, and titles set after a name in lower case
(`chuyên gia kinh tế`, `Trưởng phòng quản lý đô thị quận …`, `Đại sứ quán`). Excerpts of baomoi articles (not
the gold files, not the sample the rules were found on); each test checks who is returned and with which titles."""
from tests.conftest import meeting_people, named_people

_people = meeting_people


_named = named_people


def test_the_host_who_receives_a_delegation_attends():
    text = ("Phó Chủ tịch Quốc hội Đỗ Bá Tỵ tiếp Đoàn Ủy ban Quân vụ Hạ viện Hoa Kỳ\n"
            "Chiều 6/7, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Đỗ Bá Tỵ đã tiếp Đoàn Ủy ban Quân vụ Hạ viện Hoa Kỳ "
            "do ông Michael Rogers, Chủ tịch Tiểu ban về các lực lượng chiến lược, Ủy ban Quân vụ làm trưởng Đoàn.")
    assert "Đỗ Bá Tỵ" in _people(text)[1]
    # `tiếp tục` is no meeting: its subject gets no role from it
    text = ("Hà Nội tiếp tục ra quân\n"
            "Sáng 6/7, tại cuộc họp giao ban, Chủ tịch UBND TP Nguyễn Đức Chung chủ trì. "
            "Ông Nguyễn Văn A tiếp tục đoàn kiểm tra của mình.")
    assert "Nguyễn Văn A" not in _people(text)[1]


def test_a_leaders_direction_at_the_event_places_the_leader_there():
    text = ("Cùng trao đổi, rút kinh nghiệm để các cuộc thanh tra đạt kết quả cao\n"
            "Đó là chỉ đạo của Phó Tổng Thanh tra Chính phủ Ngô Văn Khánh tại buổi làm việc với tập thể cán bộ, công "
            "chức Vụ Thanh tra kinh tế ngành (Vụ 1) nhằm rút kinh nghiệm qua công tác thanh tra năm 2016.")
    assert _people(text)[1] == ["Ngô Văn Khánh"]
    # a direction carried out, given at an earlier conference, is not this meeting's
    text = ("Ủy ban Kiểm tra Trung ương sơ kết công tác\n"
            "Sáng 10/7, Ủy ban Kiểm tra Trung ương tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm.\n"
            "UBKT các cấp sẽ thực hiện nghiêm túc sự chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị toàn quốc "
            "tổng kết công tác kiểm tra, giám sát năm 2016.")
    assert "Nguyễn Phú Trọng" not in _people(text)[1]


def test_a_deputy_who_worries_or_argues_speaks_at_the_sitting():
    text = ("Dự án cảng hàng không quốc tế Long Thành: Làm rõ chính sách hỗ trợ đền bù\n"
            "Tiếp tục chương trình làm việc tại Kỳ họp thứ 3, Quốc hội khóa XIV, chiều 1/6, các đại biểu thảo luận tại "
            "hội trường về dự án Cảng hàng không quốc tế Long Thành.\n"
            "Tuy nhiên, đại biểu Bùi Văn Phương (Ninh Bình) lo ngại tách thành phần để làm trước việc đền bù cho dân có "
            "đúng quy định của pháp luật không.")
    assert _people(text)[1] == ["Bùi Văn Phương"]


def test_the_youth_unions_first_secretary_is_a_title_and_its_body_no_family_name():
    assert _named("Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng và Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong "
                  "trao giải nhất cho các tác giả đạt giải.") == [
        ("Võ Văn Thưởng", ["Trưởng Ban Tuyên giáo Trung ương"]),
        ("Lê Quốc Phong", ["Bí thư thứ nhất Trung ương Đoàn"])]
    assert _named("Phát biểu tổng kết tại hội nghị, Bí thư T.Ư Đoàn Bùi Quang Huy cảm ơn những chia sẻ.") == [
        ("Bùi Quang Huy", ["Bí thư T.Ư Đoàn"])]


def test_a_citys_leader_is_named_after_thanh_pho_and_a_city_is_not():
    assert _named("Chủ tịch UBND Thành phố Nguyễn Đức Chung yêu cầu các Sở, ban, ngành xác định đây là khâu đột "
                  "phá.") == [("Nguyễn Đức Chung", ["Chủ tịch UBND Thành phố"])]
    assert _named("Chủ tịch UBND thành phố Phan Thiết cho biết như vậy.") == []
    # in the titles after a name the run is the city's
    assert _named("Ông Nguyễn Văn A, Chủ tịch UBND thành phố Phan Rang Tháp Chàm cho biết.") == [
        ("Nguyễn Văn A", ["Chủ tịch UBND thành phố Phan Rang Tháp Chàm"])]


def test_titles_set_after_a_name_in_lower_case_are_read_to_their_end():
    assert _named("Trong khi đó, TS Trần Du Lịch, chuyên gia kinh tế, đề xuất một số giải pháp.") == [
        ("Trần Du Lịch", ["TS", "chuyên gia kinh tế"])]
    assert _named("Đó là thông tin được ông Hoàng Minh Tiến - Trưởng phòng an ninh mạng (Cục công nghệ tin học - "
                  "Ngân hàng Nhà nước- NHNN) cho biết ngày 15-5.")[0][1][0].startswith("Trưởng phòng an ninh mạng")
    # `làm Trưởng đoàn sang thăm` is the predicate: the titles end before it
    assert _named("Ông Robert Kalinak, Phó Thủ tướng, Bộ trưởng Nội vụ làm Trưởng đoàn sang thăm Việt Nam.")[0][1] == [
        "Phó Thủ tướng", "Bộ trưởng Nội vụ"]


def test_an_embassy_is_a_body_inside_a_title():
    assert _named("Theo bà Yoko Putamoto, Bí thư thứ nhất Đại sứ quán Nhật Bản tại Lào, các nhà đầu tư Nhật Bản "
                  "đang rất quan tâm.") == [("Yoko Putamoto", ["Bí thư thứ nhất Đại sứ quán Nhật Bản tại Lào"])]


def test_voters_listed_with_their_wards_in_parts_speak_at_the_meeting():
    text = ("Chủ tịch nước tiếp xúc cử tri Quận 1, Quận 3, Quận 4\n"
            "Ngày 7/7, tại Thành phố Hồ Chí Minh, Chủ tịch nước Trần Đại Quang cùng Đoàn đại biểu Quốc hội Thành phố "
            "Hồ Chí Minh đã có buổi tiếp xúc cử tri Quận 1, Quận 3, Quận 4.\n"
            "Các cử tri Đặng Thanh Bình (phường Nguyễn Cư Trinh, Quận 1), Nguyễn Thị Mỹ Hạnh (Phường 8, quận 4) bày "
            "tỏ kiến nghị về việc ngừng xuất khẩu cát.")
    attendees = _people(text)[1]
    assert "Đặng Thanh Bình" in attendees and "Nguyễn Thị Mỹ Hạnh" in attendees
    # the place in parts is the mention's, no title's
    assert _named("Đại biểu Nguyễn Quang Nga (phường Tân Chính, quận Thanh Khê), chất vấn: vì sao?") == [
        ("Nguyễn Quang Nga", ["Đại biểu"])]


def test_royals_an_npc_chairman_and_an_initialled_name_with_a_vietnamese_capital_are_read():
    assert _named("Ngày 6/6, Thủ tướng Nguyễn Xuân Phúc và Phu nhân hội kiến Nhà vua Nhật Bản Akihito và Hoàng hậu "
                  "Michiko.")[1:] == [("Akihito", ["Nhà vua Nhật Bản"]), ("Michiko", ["Hoàng hậu"])]
    assert _named("Trong cuộc gặp tại Vatican, Giáo hoàng Francis đã tặng cho ông Trump một lá thư.")[0] == (
        "Francis", ["Giáo hoàng"])
    # a cup named after the king names no one
    assert _named("Barcelona đã giành vé vào chơi trận chung kết Cúp Nhà vua Tây Ban Nha với chiến thắng 3 - 2.") == []
    assert _named("Ủy viên trưởng Trương Đức Giang đánh giá cao những tiến triển tích cực.") == [
        ("Trương Đức Giang", ["Ủy viên trưởng"])]
    assert _named("Phát biểu trong cuộc họp báo chung, Tổng thống Pháp Ê.Ma-crông nhấn mạnh, Nga và Pháp cần hợp "
                  "tác.") == [("Ê.Ma-crông", ["Tổng thống Pháp"])]


def test_a_minister_who_thanks_with_the_variant_spelling_speaks():
    text = ("Phó Thủ tướng Vương Đình Huệ: Tự chủ ở bậc đại học thực hiện nhanh, mạnh càng tốt\n"
            "Chiều 20/5, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ đã làm việc với Bộ Giáo dục và Đào tạo về đổi mới cơ "
            "chế quản lý.\n"
            "Tại cuộc làm việc, Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ cám ơn những ý kiến gợi mở của Phó Thủ "
            "tướng.")
    assert "Phùng Xuân Nhạ" in _people(text)[1]


def test_a_bodys_two_syllable_word_is_read_whole_before_an_adverb_or_with_its_number():
    assert _named("Ông Nguyễn Việt Sơn – Phó Tổng cục trưởng Tổng cục Năng lượng thẳng thắn chỉ rõ, dự án chỉ còn "
                  "phương án cho phá sản.") == [("Nguyễn Việt Sơn", ["Phó Tổng cục trưởng Tổng cục Năng lượng"])]
    assert _named("Báo cáo với đoàn làm việc, ông Nguyễn Tiến Khoa, Phó tổng giám đốc Cty Phát điện 1 cho biết, vấn "
                  "đề bảo vệ môi trường rất được quan tâm.") == [
        ("Nguyễn Tiến Khoa", ["Phó tổng giám đốc Cty Phát điện 1"])]


def test_who_reads_the_address_at_the_ceremony_attends_it():
    text = ("Những khoảnh khắc ấn tượng tại lễ nhậm chức tổng thống Pháp\n"
            "Ông Emmanuel Macron hôm nay làm lễ nhậm chức, chính thức trở thành tổng thống trẻ nhất trong lịch sử nước "
            "Pháp.\n"
            "Lễ nhậm chức tổng thống Pháp diễn ra tại Điện Elysee ở thủ đô Paris. "
            "Trong ảnh, ông Macron đang đọc diễn văn tại buổi lễ chuyển giao quyền lực.")
    assert _people(text)[1] == ["Emmanuel Macron"]
