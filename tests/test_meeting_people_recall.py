"""People an article names as taking part whom the grammar used to miss: a monk or a priest by the clergy's
rank, a state's leader (`lãnh đạo Palestine Mahmoud Abbas`), a speaker whose office runs on past what the titles
read (set off by dashes, or opened by a comma and closed by the verb), and a delegate whose province is written
`(Đoàn TP. Hồ Chí Minh)`. Excerpts of baomoi articles (not the gold files); each test checks who is returned."""
from core.tokenize import split_sentences
from tests.conftest import meeting_people, named_people

_people = meeting_people


_named = named_people


def test_the_clergys_rank_heads_a_religious_name():
    assert _named("Phát biểu tại lễ khai mạc, Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng trị sự Giáo hội "
                  "Phật giáo Việt Nam cho biết: Lễ hội xuân Yên Tử tổ chức hàng năm.") == [
        ("Thích Thiện Nhơn", ["Hòa thượng", "Chủ tịch Hội đồng trị sự Giáo hội Phật giáo Việt Nam"])]
    assert _named("Thượng tọa Thích Thanh Duệ, Phó trưởng ban Nghi lễ Trung ương Giáo hội Phật giáo Việt Nam "
                  "cũng cho rằng không có ngôi sao nào chiếu vào con người.")[0][0] == "Thích Thanh Duệ"


def test_a_priest_who_speaks_to_the_deputies_attends_the_meeting():
    text = ("Quốc hội sẽ giám sát chặt hoạt động của Nhà máy Giấy Hậu Giang\n"
            "Tiếp tục chương trình tiếp xúc cử tri sau kỳ họp, sáng 28/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và "
            "Đoàn đại biểu Quốc hội Thành phố Cần Thơ đã tiếp xúc cử tri tại xã Thạnh Tiến, huyện Vĩnh Thạnh, TP Cần "
            "Thơ. Linh mục Phan Đình Sơn kiến nghị: “Người dân đồng bằng sông Cửu Long rất lo sợ vì nước biển ngày "
            "một dâng, lấn chiếm vùng nước ngọt”.")
    assert _people(text)[1] == ["Nguyễn Thị Kim Ngân", "Phan Đình Sơn"]


def test_a_states_leader_is_a_title_before_a_country():
    assert _named("Hồi đầu tháng 5, Tổng thống Trump cũng từng tuyên bố sẵn sàng gặp nhà lãnh đạo Triều Tiên "
                  "Kim Jong-un nếu như các điều kiện cho phép.")[-1] == ("Kim Jong-un", ["nhà lãnh đạo Triều Tiên"])
    assert _named("Tổng thống Trump đang ở thành phố Bethlehem, khu Bờ Tây và có cuộc gặp gỡ với lãnh đạo "
                  "Palestine Mahmoud Abbas.") == [("Mahmoud Abbas", ["lãnh đạo Palestine"])]
    # a leader who is no title's head: a verb, a noun for the bodies' heads
    assert _named("Lãnh đạo các sở, ngành Hà Nội dự hội nghị.") == []
    assert _named("Lãnh đạo Việt Nam và Trung Quốc đã hội đàm.") == []


def test_the_other_party_named_by_a_leaders_title_attends_the_meeting():
    text = ("Tổng thống Trump gặp lãnh đạo Palestine, tìm kiếm hòa bình\n"
            "Tổng thống Mỹ Donald Trump có cuộc gặp với lãnh đạo Palestine Mahmoud Abbas ở Bethlehem ngày 23/5.")
    assert _people(text)[1] == ["Donald Trump", "Mahmoud Abbas"]


def test_an_office_set_off_by_dashes_or_closed_by_the_verb_belongs_to_the_speaker():
    text = ("Công nhân muốn thủ tục hành chính thuận lợi hơn\n"
            "17 lượt ý kiến với 40 vấn đề được nêu lên tại Hội nghị đối thoại CNLĐ các KCN và chế xuất Hà Nội "
            "do UBND TP.Hà Nội tổ chức sáng 19.5. "
            "Cùng chung ý kiến trên, chị Nguyễn Thị Phương Thảo - công nhân (CN) Cty Nippon Paint (KCN Thăng Long) - "
            "cho rằng, CNLĐ đa số là ngoại tỉnh. "
            "Bà Phan Thanh Hải, Chủ tịch công đoàn cơ sở Meiko KCN Thạch Thất và Quốc Oai cũng phản ánh tình trạng "
            "khi công nhân đi thực hiện các thủ tục hành chính mất rất nhiều thời gian.")
    assert _people(text)[1] == ["Nguyễn Thị Phương Thảo", "Phan Thanh Hải"]


def test_a_person_object_of_a_verb_before_an_open_apposition_does_not_speak():
    text = ("Chủ tịch nước tiếp Bộ trưởng Thương mại Indonesia\n"
            "Chiều 21/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã có buổi tiếp Bộ trưởng Thương mại "
            "Indonesia Enggartiasto Lukita. "
            "Bộ trưởng Thương mại Enggartiasto Lukita cho biết, sẽ báo cáo Tổng thống Joko Widodo, Bộ Hàng hải và "
            "Nghề cá Indonesia đề nghị của Việt Nam liên quan vấn đề ngư dân.")
    assert "Joko Widodo" not in _people(text)[1]


def test_a_city_abbreviation_in_a_parenthesis_ends_no_sentence():
    assert split_sentences(["Luật sư Nguyễn Anh Thơm (Đoàn Luật sư TP. Hà Nội) cũng cho hay: Ăn, mặc là quyền "
                            "tự do của cá nhân. Bà A nói."]) == [
        "Luật sư Nguyễn Anh Thơm (Đoàn Luật sư TP. Hà Nội) cũng cho hay: Ăn, mặc là quyền tự do của cá nhân.",
        "Bà A nói."]
    # outside a parenthesis the dot still ends a sentence on `thành phố` before an ordinary word
    assert len(split_sentences(["Nhiều người về TP. Trường hợp khác thì ở lại."])) == 2


def test_whom_the_meeting_sentence_says_was_met_attends_past_the_lead():
    text = ("Ông Trump phê chuẩn hiệp ước phòng thủ chung với NATO\n"
            "Trong lúc cam kết tôn trọng phòng thủ chung ông Trump cũng gián tiếp nhắc nhở NATO chuyện tiền nong.\n"
            "Hơn nửa tháng sau khi trở về từ hội nghị NATO ở Bỉ, Tổng thống Mỹ Donald Trump mới cam kết tôn trọng "
            "Điều 5 về phòng thủ chung trong Hiệp ước NATO. “Tôi cam kết Mỹ tôn trọng Điều 5, tất nhiên chúng tôi ở "
            "đây để bảo vệ. Tôi tuyệt đối tuân thủ Điều 5” – ông Trump nói tại cuộc họp báo chung với Tổng thống "
            "Romania Klaus Iohannis.")
    assert _people(text)[1] == ["Donald Trump", "Klaus Iohannis"]


def test_the_other_meetings_of_a_visit_after_a_semicolon_are_not_this_one():
    text = ("Thủ tướng kết thúc chuyến thăm Hà Lan\n"
            "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã rời La Hay, kết thúc chuyến thăm chính thức Hà Lan. "
            "Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp. "
            "Hai bên ra Tuyên bố chung. "
            "Trong khuôn khổ chuyến thăm, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã hội đàm và dự chiêu đãi với Thủ "
            "tướng Mark Rutte; gặp Chủ tịch Thượng viện Ankie Broekers-Knol và Chủ tịch Hạ viện Khadija Arib.")
    attendees = _people(text)[1]
    assert "Ankie Broekers-Knol" not in attendees and "Khadija Arib" not in attendees


def test_an_office_written_again_without_its_holders_name_stands_for_the_holder():
    text = ("3 đơn vị bị nhắc nhở vì sai sót ở cầu vượt biển gần 12.000 tỷ\n"
            "Lãnh đạo Bộ GTVT nhắc nhở 3 đơn vị và chỉ đạo đến tháng 8 tất cả những sai sót kỹ thuật phải được khắc "
            "phục, sửa chữa xong.\n"
            "Ngày 14/7, Thứ trưởng Bộ GTVT Nguyễn Văn Công đã trực tiếp xuống công trường dự án cầu vượt biển Tân Vũ "
            "- Lạch Huyện (Hải Phòng) để làm việc với đại diện chủ đầu tư. Tại cuộc họp, Thứ trưởng Bộ GTVT đã nhắc "
            "nhở 3 đơn vị để xảy ra hàng loạt sai sót.")
    chairs, attendees = _people(text)
    assert [*chairs, *attendees] == ["Nguyễn Văn Công"]


def test_a_continent_after_a_lower_case_noun_is_no_part_of_the_name():
    assert _named("Cùng ngày, Thủ tướng còn có các cuộc gặp với Chủ tịch Hội đồng châu Âu Donald Tusk và Chủ tịch "
                  "Ủy ban châu Âu Jean-Claude Juncker.") == [
        ("Donald Tusk", ["Chủ tịch Hội đồng châu Âu"]), ("Jean-Claude Juncker", ["Chủ tịch Ủy ban châu Âu"])]
    assert _named("Bộ trưởng Âu Văn Hoàn phát biểu.") == [("Âu Văn Hoàn", ["Bộ trưởng"])]


def test_an_arts_profession_heads_a_stage_name_and_a_guild_holds_one():
    assert _named("Là một ca sĩ nhưng lại lấn sân diễn xuất, ca sĩ Minh Quân tự tin cho biết: “Tôi không hề sợ”.") == [
        ("Minh Quân", ["ca sĩ"])]
    # `Hội Nhà văn`, `Hội Nhà báo`: a guild's name, not the next title of the chain
    assert _named("Chủ tịch Hội Nhà báo Việt Nam Thuận Hữu phát biểu.") == [
        ("Thuận Hữu", ["Chủ tịch Hội Nhà báo Việt Nam"])]


def test_a_writer_who_speaks_at_the_launch_attends_it():
    text = ("Ra mắt Viện Phan Chu Trinh tại Hội An\n"
            "Nguyên Phó Chủ tịch nước Nguyễn Thị Bình được mời là Chủ tịch danh dự Viện Phan Chu Trinh mới ra mắt ở "
            "Hội An, Quảng Nam.\n"
            "Phát biểu tại lễ ra mắt, nhà văn Nguyên Ngọc – Chủ tịch Viện cho biết, hơn một trăm năm trước, Phan Châu "
            "Trinh là người đầu tiên đã nhận ra mối họa lớn.")
    assert "Nguyên Ngọc" in _people(text)[1]
