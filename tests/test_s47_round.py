"""The 5 Dec thirty-second round: rules found by reading the 35,440 baomoi articles' undetected leads and what audit66
(drawn and annotated blind at this round's start) found, each checked on the 35,440 articles; the sentences are
modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# The text's first paragraph before a paragraph that opens on a photo's credit is the lead, not a caption (22373146,
# 22506955, 22369327): the caption, when kept, is glued before its credit in the next paragraph.
def test_the_first_paragraph_before_a_credit_paragraph_is_the_lead() -> None:
    text = ("Trong cuộc họp thường kỳ của Bộ Ngoại giao chiều 25.5, người phát ngôn Bộ Ngoại giao trả lời câu hỏi về vụ "
            "va chạm giữa tàu cá hai nước.\nẢnh: RMN Về thông tin 5 tàu cá bị bắt giữ, người phát ngôn cho biết hai bên "
            "đang giải quyết vụ việc.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc họp" and meeting.part_of_day == "chiều"
    assert meeting.organizer == "Bộ Ngoại giao"
    # the same sentence glued before its credit in one paragraph stays a caption
    glued = ("Ông Nguyễn Văn A phát biểu tại cuộc họp thường kỳ của Bộ Ngoại giao chiều 25.5. Ảnh: RMN Về thông tin 5 tàu "
             "cá bị bắt giữ, người phát ngôn cho biết hai bên đang giải quyết vụ việc.\n")
    assert extract_meeting(make_article(glued)) is None


# A body's fields listed by commas alone, three or more (21512373 `Cục Quản lý chất lượng nông, lâm, thủy sản`,
# 22522490 `Bộ Văn hóa, thể thao, du lịch`), and a parent ministry written with `&` in brackets (`(Bộ NN&PTNT)`,
# `(Sở LĐ-TB&XH TP Hà Nội)`: 36 corpus sentences) are the title's.
def test_comma_listed_fields_and_an_ampersand_ministry_in_brackets_stay_in_the_title() -> None:
    from tests.conftest import named_people

    assert named_people("Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT) Nguyễn Như Tiệp cho biết: "
                        "năm qua vi phạm đã giảm.") == [
        ("Nguyễn Như Tiệp", ["Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT)"])]
    assert named_people("Ông Hoàng Thanh Vân, Cục trưởng Cục Chăn nuôi (Bộ NN&PTNT) cho biết đã giải cứu được một nửa.") == [
        ("Hoàng Thanh Vân", ["Cục trưởng Cục Chăn nuôi (Bộ NN&PTNT)"])]
    # two lower-case words after a comma are the clause's, not a third field
    assert named_people("Giám đốc Sở Y tế Nguyễn Văn A, phát biểu, nhấn mạnh việc này.") == [
        ("Nguyễn Văn A", ["Giám đốc Sở Y tế"])]


# The dot below escaped as `%3b` by a crawler, the mark riding the letter after the escape (22487741, 22662271,
# 22434301): put back on the vowel before it, no `3` left to read as a count.
def test_an_escaped_dot_below_is_put_back() -> None:
    from core.decode import decode_bytes
    from tests.conftest import sentence_statistics

    decoded = decode_bytes("Chiều 5/6, UBND TP đã chủ trì cuô%3ḅc họp về tiến đô%3ḅ thực hiê%3ḅn đề án phố đi bô%3ḅ; "
                           "số liê%3bụ thống kê của 61.276 doanh nghiê%3ḅp.".encode())
    assert decoded.text == ("Chiều 5/6, UBND TP đã chủ trì cuộc họp về tiến độ thực hiện đề án phố đi bộ; số liệu thống kê "
                            "của 61.276 doanh nghiệp.")
    assert "mojibake_repaired" in decoded.warnings
    assert [s[0] for s in sentence_statistics(decoded.text)] == ["61.276 doanh nghiệp"]
    assert decode_bytes(b"https://x.vn/?q=a%3b").text == "https://x.vn/?q=a%3b"


# A legislature's sitting told by its verb after the programme's continuation and the day (22441654, 22414244,
# 22479894): the day still opens the sentence.
def test_a_sitting_after_the_programmes_continuation_and_its_day() -> None:
    text = ("Tiếp tục chương trình làm việc, chiều 2/6, Quốc hội thảo luận ở hội trường về dự án Luật Quản lý, sử dụng "
            "vũ khí.\nĐại biểu Lê Tấn Tới cho rằng cần quy định rõ hơn.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.part_of_day == "chiều"
    assert meeting.organizer == "Quốc hội"
    # the continuation of a visit's programme opens a trip, not a sitting
    trip = ("Tiếp tục chương trình chuyến thăm, chiều 5/7, Thủ tướng và Phu nhân thăm bang Rheinland-Pfalz.\n"
            "Nội dung khác.\n")
    assert extract_meeting(make_article(trip)) is None


# A remit's or a body's fields listed in lower case, one of four syllables (`chống buôn lậu, gian lận thương mại và
# hàng giả`: 22720354, 22654393, 21511481; `Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II`: 22292762); not a
# clause after a body's capitalised name (22288315 `Phó chủ tịch UBND quận 1, thường kiểm tra và xử phạt gắt gao`).
def test_a_four_syllable_field_in_a_lower_case_list_stays_in_the_title() -> None:
    from tests.conftest import named_people

    assert named_people("Ông Lê Quang Tùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chống buôn lậu, gian lận thương "
                        "mại và hàng giả tỉnh Quảng Ninh cho biết, ban chỉ đạo đã đề nghị.") == [
        ("Lê Quang Tùng", ["Phó Chủ tịch UBND tỉnh",
                           "Trưởng Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Quảng Ninh"])]
    assert named_people("Đoạn đường này trước đây ông Đoàn Ngọc Hải, Phó chủ tịch UBND quận 1, thường kiểm tra và xử "
                        "phạt gắt gao.") == [("Đoàn Ngọc Hải", ["Phó chủ tịch UBND quận 1"])]


# A verb of stating written with a capital inside a title opens the sentence glued to it (22410208, 22541890); a
# stating noun in a body's name stays (22546715 `Ban Chỉ đạo công tác Thông tin - tuyên truyền`).
def test_a_capitalised_stating_verb_inside_a_title_opens_the_next_sentence() -> None:
    from tests.conftest import named_people

    assert named_people("Ông Hiroshi Karashima, Chủ tịch Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam (JBAV) Phát biểu "
                        "tại diễn đàn giữa kỳ, ông nhắc tới lo ngại về tiền lương.") == [
        ("Hiroshi Karashima", ["Chủ tịch Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam (JBAV)"])]
    assert named_people("Bà Nguyễn Thúy Hiền, Trưởng ban Ban Chỉ đạo công tác Thông tin - tuyên truyền TAND nêu rõ "
                        "yêu cầu.")[0][1] == ["Trưởng ban Ban Chỉ đạo công tác Thông tin"]


# `Ảnh` before a capitalised credit with no colon (`Ảnh Reuters`, `Ảnh Internet`) closes a caption as `Ảnh:` does
# (22713298: a summit named only in the caption before `Ảnh Reuters`, then in the body's sentence); `Ảnh hưởng` opens a
# sentence.
def test_a_credit_without_a_colon_closes_the_caption_before_it() -> None:
    text = ("Một lệnh ngừng bắn tại miền Tây Nam Syria đã có hiệu lực vào ngày 9-7.\nTổng thống Nga Vladimir Putin và "
            "Tổng thống Mỹ Donald Trump tại Hội nghị G20. Ảnh Reuters Kế hoạch ngừng bắn đã được công bố vào ngày 7-7 tại "
            "Hội nghị thượng đỉnh G20 ở Hamburg, Đức.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name == "Hội nghị thượng đỉnh G20"
    from core.extract.meetings import _is_caption

    assert not _is_caption(["Ông A dự hội nghị tại Hà Nội.", "Ảnh hưởng của bão rất lớn."], 0)


# The body a meeting's name carries keeps its bracketed short name, as written (22463401, 22279766, 22580665: the
# body then goes on after it); a bracketed date still ends it.
def test_the_body_a_meetings_name_carries_keeps_its_bracketed_short_name() -> None:
    text = ("Đại hội đồng cổ đông bất thường Ngân hàng TMCP Bưu điện Liên Việt (LienVietPostBank) diễn ra chiều nay "
            "(5/6/2017) đã bầu chủ tịch mới.\nNội dung khác.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Ngân hàng TMCP Bưu điện Liên Việt (LienVietPostBank)"
    text = ("Chiều 12/6, Hội nghị Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam lần thứ XII đã diễn ra "
            "tại Hà Nội.\nNội dung khác.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam"


# A time ahead written before the mention in its clause (`Ngày mai (13/6), …` 22509440) makes it a plan, as one after it
# does.
def test_a_time_ahead_before_the_mention_makes_it_a_plan() -> None:
    text = ("Ngày mai (13/6), Thủ tướng Chính phủ và 4 Bộ trưởng bắt đầu trả lời chất vấn tại Kỳ họp thứ 3, Quốc hội khóa "
            "XIV.\nBộ trưởng sẽ trả lời về đầu tư công.\n")
    assert extract_meeting(make_article(text)) is None


# An office written right before a rank and the name after it is the ranked person's too (22626651 `Bộ trưởng Bộ Công an
# Thượng tướng Tô Lâm`, 22547448, 22519231), and a marshal is a rank (22753073 `Thống tướng Tea Banh`): the office
# before the next rank and name is the next person's.
def test_an_office_before_a_rank_and_a_marshals_rank() -> None:
    from tests.conftest import named_people

    assert named_people("Trong kiến nghị gửi Bộ trưởng Bộ Công an Thượng tướng Tô Lâm, GS Bình cho biết cụ thể.") == [
        ("Tô Lâm", ["Bộ trưởng Bộ Công an", "Thượng tướng"])]
    assert named_people("Tham dự buổi lễ có Bộ trưởng Bộ Quốc phòng Thống tướng Tea Banh, Tổng tư lệnh Quân đội Hoàng gia "
                        "Thống tướng Pol Saroeun cùng một số tùy viên.") == [
        ("Tea Banh", ["Bộ trưởng Bộ Quốc phòng", "Thống tướng"]),
        ("Pol Saroeun", ["Tổng tư lệnh Quân đội Hoàng gia", "Thống tướng"])]


# A day written with dots between the person and the attending verb is when it was done (22330589): the person attends.
def test_a_dotted_day_between_the_person_and_the_attending_verb() -> None:
    text = ("Ông Donald Trump cùng Ngoại trưởng Mỹ Rex Tillerson ngày 20.5 đã tham dự lễ ký hợp đồng bán vũ khí cho Ả Rập "
            "Saudi.\nNội dung khác.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Donald Trump", "Rex Tillerson"]


# An expert's field runs up to four words before the name (21477905 `chuyên gia tư vấn tâm lý Bùi Nhài`, 22705640) and,
# closed by a mark, up to eight after it (a019's kind: `ThS Nguyễn Hữu Thiện, chuyên gia nghiên cứu độc lập về biến đổi
# khí hậu, cần …`); a group's experts name no one (22387335 `đội ngũ chuyên gia tư vấn tâm lý Thành Đạt`).
def test_an_experts_field_before_and_after_the_name() -> None:
    from tests.conftest import named_people

    assert named_people("Theo chuyên gia tư vấn tâm lý Bùi Nhài, trẻ bị bạo lực rất dễ có ám ảnh.") == [
        ("Bùi Nhài", ["chuyên gia tư vấn tâm lý"])]
    assert named_people("Theo ThS Nguyễn Hữu Thiện, chuyên gia nghiên cứu độc lập về biến đổi khí hậu, cần nhìn nhận "
                        "đúng.") == [("Nguyễn Hữu Thiện", ["ThS", "chuyên gia nghiên cứu độc lập về biến đổi khí hậu"])]
    assert named_people("Theo đội ngũ chuyên gia tư vấn tâm lý Thành Đạt thì tỷ lệ này đang tăng.") == []
    assert named_people("Chuyên gia tên lửa Mỹ David Wright ước tính tầm bắn lên đến 6.700 km.") == [
        ("David Wright", ["Chuyên gia tên lửa Mỹ"])]


# The dollar index's basket of currencies is counted, no money (`so với 6 đồng tiền chủ chốt`: 25 corpus sentences).
def test_currencies_counted_are_no_money() -> None:
    from tests.conftest import sentence_statistics

    assert sentence_statistics("Chỉ số đồng USD so với 6 đồng tiền chủ chốt tăng 0,2%.") == [
        ("6 đồng tiền chủ chốt", "count", 6.0, "đồng tiền chủ chốt", None), ("0,2%", "percent", 0.2, "%", None)]
    assert sentence_statistics("Anh nhận 730.000 đồng tiền trợ cấp.")[0][1] == "money"


# A calling before the name stays the first title when offices follow the name (audit69 a006's kind: 22471939 `đội
# viên Vàng Thị Mai, Bí thư Đoàn thanh niên …`; 21495202 `Thầy giáo Nguyễn Quốc Bình, Hiệu trưởng …`).
def test_a_calling_before_the_name_and_offices_after_it() -> None:
    from tests.conftest import named_people

    assert named_people("Tại hội nghị, đội viên Vàng Thị Mai, Bí thư Đoàn thanh niên thị trấn Mèo Vạc (Hà Giang) cho "
                        "rằng có nhiều mô hình hay.") == [
        ("Vàng Thị Mai", ["đội viên", "Bí thư Đoàn thanh niên thị trấn Mèo Vạc (Hà Giang)"])]
