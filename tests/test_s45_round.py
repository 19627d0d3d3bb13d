"""The 5 Dec thirtieth round: what audit60 (drawn blind last round, read this round) and audit61 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people, sentence_statistics


# The National Assembly's social affairs committee capitalises the `Về` of its official name; the office runs on
# through it to `của Quốc hội` as it does in lower case (22261574, 21512370, 22416350).
def test_a_committee_named_with_a_capital_ve_keeps_its_whole_name() -> None:
    for ve in ("Về", "về"):
        sentence = (f"Tham dự có Ủy viên Thường trực Ủy ban {ve} các vấn đề xã hội của Quốc hội Lê Văn An; Phó cục "
                    "trưởng Cục Quản lý công sản, Bộ Tài chính Trần Văn Bình.")
        assert named_people(sentence)[0] == (
            "Lê Văn An", [f"Ủy viên Thường trực Ủy ban {ve} các vấn đề xã hội của Quốc hội"])
    after = "ĐBQH Lê Thị Hoa, Ủy viên Ủy ban Về các vấn đề xã hội của Quốc hội chia sẻ: “Tôi rất lo.”"
    assert named_people(after) == [("Lê Thị Hoa", ["ĐBQH", "Ủy viên Ủy ban Về các vấn đề xã hội của Quốc hội"])]
    # (a capitalised `Về` after another body opens a glued sentence, as before)
    assert named_people("Ông Lê Văn An, Chủ tịch Hội đồng Về dự án này, ông cho biết.")[0][1] != [
        "Chủ tịch Hội đồng Về dự án này"]


# A team's formation counts nothing (22383273, 22332436, 21494181); a defeat named by its noun gives the score-line
# (21493783, 22605539), as a win or a loss does.
def test_a_formation_counts_nothing_and_a_defeat_gives_its_score_line() -> None:
    assert sentence_statistics("Ngay cả Arsene Wenger cũng bị 3-4-3 mê hoặc.") == []
    assert sentence_statistics("Sơ đồ chiến thuật 4-2-3-1 chính là chìa khóa của đội với 3 hậu vệ.") == [
        ("3 hậu vệ", "count", 3.0, "hậu vệ", None)]
    assert sentence_statistics("Với thất bại 0-2 trước Hà Nội FC, Hải Phòng tụt xuống vị trí thứ 6.") == [
        ("0-2", "score", 0.0, "điểm", None), ("0-2", "score", 2.0, "điểm", None), ("vị trí thứ 6", "rank", 6.0, "hạng", None)]
    # (a date written with dashes keeps its day, month and year out, as before; a range stays a range)
    assert sentence_statistics("Ngày 1-6-2017 có 5-7 người đến.") == [
        ("5-7 người", "count", 5.0, "người", None), ("5-7 người", "count", 7.0, "người", None)]


# A session the reporter holds is the article's interview, not a meeting it reports (22618502, 22434530, 21477862); the
# reporter answered at a press conference leaves the press conference held (22214455).
def test_a_reporters_session_is_an_interview_not_a_meeting() -> None:
    text = ("Bình rượu rắn khổng lồ\nGần đây, thông tin về bình rượu rắn ở Hà Nội khiến nhiều người tò mò. Để tìm hiểu rõ "
            "hơn, PV đã có cuộc gặp với ông Nguyễn V.N (Hoàng Mai, Hà Nội), chủ nhân của bình rượu.\nÔng N cho hay, ông "
            "mua con rắn từ năm 2010.\n")
    assert extract_meeting(make_article(text)) is None
    outlet = text.replace("PV đã có cuộc gặp với", "phóng viên báo Tiền Phong đã có buổi làm việc với")
    assert extract_meeting(make_article(outlet)) is None
    held = ("Đắk Nông thông tin vụ việc\nChiều 6/2, ông Lê Văn An, Chánh Văn phòng UBND tỉnh, trả lời PV trong cuộc họp "
            "báo về vụ việc.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(held))
    assert meeting is not None and meeting.kind == "họp báo"


# A year in the topic a sitting discusses after `bàn` is the topic's, not the sitting's (22627293, 22627618); `bàn
# giao` (handing over) is no debate.
def test_a_year_in_the_topic_after_ban_does_not_date_the_sitting() -> None:
    text = ("Lương tối thiểu vùng\nNgày 27/6, Hội đồng tiền lương quốc gia họp phiên đầu tiên bàn mức tăng lương tối "
            "thiểu vùng năm 2018.\nNhiều phương án tăng lương khác nhau được đưa ra.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.date is None
    handover = ("Lễ bàn giao\nNgày 14/6, Trung đoàn tổ chức lễ bế giảng và bàn giao chiến sĩ hoàn thành khóa huấn luyện "
                "năm 2017.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(handover))
    assert meeting is not None and meeting.date == "2017-06-14"


# A company's form may be followed by its line of business in lower case before its name, which is the company's, not
# a person's (22653164, 22258113, 22325560); a one-word acronym name stays before the holder's name.
def test_a_companys_line_of_business_comes_before_its_name() -> None:
    assert named_people("Ông Lê Văn An, Chủ tịch HĐQT Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai cho biết.") == [
        ("Lê Văn An", ["Chủ tịch HĐQT Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai"])]
    assert named_people("Ông Trần Văn Bình, Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương cho biết: Đơn vị đã thi công.") == [
        ("Trần Văn Bình", ["Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương"])]
    assert named_people("TGĐ công ty cổ phần cơ điện lạnh REE Nguyễn Thị Mai Thanh cho biết.") == [
        ("Nguyễn Thị Mai Thanh", ["TGĐ công ty cổ phần cơ điện lạnh REE"])]


# What stands after the agencies' end mark on the last line of text is the page's: a caption, a teaser, a prompt
# (22374302, 22432752, 22553121); a long box after it stays (22627473).
def test_a_short_piece_after_the_end_mark_is_no_text() -> None:
    from core.clean.lines import classify_lines
    body = ("Bộ Tài chính cho rằng cần bổ sung quy định các nơi phải ghi rõ lý do thanh lý tài sản để bảo đảm minh "
            "bạch./. ")
    raw = "Thanh lý ôtô công\nBộ Tài chính đề xuất sửa quy định về thanh lý tài sản công trong năm nay.\n"
    result = classify_lines(raw + body + "Ông Lê Văn An, Phó Cục trưởng Cục Quản lý công sản lý giải về điều kiện "
                            "thanh lý ôtô.\n")
    assert result.paragraphs[-1].endswith("minh bạch./.") and "Ông Lê Văn An" not in " ".join(result.paragraphs)
    result = classify_lines(raw + body + ">> Huy động thành công 5.865 tỷ đồng trái phiếu Chính phủ\n")
    assert result.paragraphs[-1].endswith("minh bạch./.")
    box = "Lộ trình thực hiện được chia làm 3 giai đoạn: " + "giai đoạn đầu tập trung quản lý phương tiện; " * 5
    result = classify_lines(raw + body + box + "\n")
    assert result.paragraphs[-1].endswith(box.strip())


# A gallery the last paragraph announces: its photos' captions after the colon are no text (22252222, 22654387,
# 22638345); the announcing sentence stays, and a photo credit's colon announces nothing (22313155).
def test_a_gallery_announced_at_the_end_is_its_captions() -> None:
    from core.clean.lines import classify_lines
    raw = ("Ra mắt MV mới\nCa sĩ Lê Văn An vừa ra mắt MV mới tại TP.HCM trong sự kiện chiều 11.5 với nhiều khách mời.\n"
           "Sự kiện diễn ra trong không khí ấm cúng với sự góp mặt của nhiều nghệ sĩ và người hâm mộ. Cùng xem thêm một số "
           "hình ảnh tại sự kiện: Lê Văn An và bố mẹ. Diễn viên Hoài An cũng đến chúc mừng\n")
    result = classify_lines(raw)
    assert result.paragraphs[-1].endswith("một số hình ảnh tại sự kiện:")
    assert result.captions == ["Lê Văn An và bố mẹ. Diễn viên Hoài An cũng đến chúc mừng"]
    credit = raw.replace("Cùng xem thêm một số hình ảnh tại sự kiện: Lê Văn An và bố mẹ. Diễn viên Hoài An cũng đến "
                         "chúc mừng", "Một số hình ảnh hiện trường vụ tai nạn (Ảnh: Reuters) Hà Liên")
    result = classify_lines(credit)
    assert "Một số hình ảnh hiện trường vụ tai nạn" in result.paragraphs[-1] and result.authors == ["Hà Liên"]
    # (a long run after the colon is the article going on, not a gallery)
    long = raw.replace("Diễn viên Hoài An cũng đến chúc mừng", "Diễn viên Hoài An cũng đến chúc mừng. " * 60)
    assert classify_lines(long).paragraphs[-1].endswith("cũng đến chúc mừng.")


# A session told bare is the National Assembly's when the lead writes it with its term or the session's sentence names
# it bare (22339660, 22574467); an office or a body's name holding the word names no organizer (`Văn phòng Quốc hội`).
def test_a_bare_session_is_held_by_the_national_assembly_the_article_names() -> None:
    text = ("Nợ xấu\nChính phủ đã báo cáo Bộ Chính trị về xử lý nợ xấu. Tại kỳ họp này, Chính phủ trình Quốc hội xem xét "
            "thông qua Nghị quyết về xử lý nợ xấu.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "kỳ họp" and meeting.organizer == "Quốc hội"
    termed = ("Bế mạc kỳ họp\nSáng nay, 21/06/2017, kỳ họp thứ ba, Quốc hội khóa XIV sẽ bế mạc sau 1 tháng làm việc. Theo "
              "chương trình làm việc, ngày diễn ra phiên bế mạc của kỳ họp, được Văn phòng Quốc hội công bố, có 6 nội "
              "dung chính.\nNội dung khác.\n")
    meeting = extract_meeting(make_article(termed))
    assert meeting is not None and meeting.organizer == "Quốc hội khóa XIV"
    office = text.replace("Chính phủ trình Quốc hội xem xét", "Văn phòng Quốc hội trình bày")
    meeting = extract_meeting(make_article(office))
    assert meeting is None or meeting.organizer is None


# An office set before the addressed person and cut from the name by a dash is the person's (22554829, 22727717); a
# firm's chief written `CEO` is an office, the firm's brand before the holder's name (21474392, 21478430).
def test_an_office_before_a_dash_and_a_ceo_are_the_persons_titles() -> None:
    assert named_people("Giám đốc thể thao của AC Milan - ông Mirabelli khẳng định đã đề nghị cho thủ môn này bản hợp "
                        "đồng trị giá 50 triệu Euro, nhưng Donnarumma nhất quyết từ chối.")[0] == (
        "Mirabelli", ["Giám đốc thể thao của AC Milan"])
    # (a sentence with no comma at all: 22618518)
    assert named_people("Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ) - ông Phạm Trọng Đạt nêu quan điểm.") == [
        ("Phạm Trọng Đạt", ["Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ)"])]
    assert named_people("Tại phiên họp, cán bộ phòng Quản lý băng đĩa - bà Thanh Huyền phát biểu.") == [
        ("Thanh Huyền", ["cán bộ phòng Quản lý băng đĩa"])]
    assert named_people("CEO Uber Travis Kalanick đã xin rút khỏi hội đồng cố vấn.") == [("Travis Kalanick", ["CEO Uber"])]
    assert named_people("Tại hội nghị, CEO Audi Mỹ - ông Scott Keogh đã cảnh báo các đại lý.") == [
        ("Scott Keogh", ["CEO Audi Mỹ"])]
    assert named_people("CEO VietJet Air Nguyễn Thị Phương Thảo cho rằng không phải lo.") == [
        ("Nguyễn Thị Phương Thảo", ["CEO VietJet Air"])]


# A rite that opens a term or a programme's phase its name writes is held in the span's first year (22245907,
# 22523634); an appointment's ceremony naming the term it falls in is not dated by it (21479928).
def test_a_rite_opening_a_term_is_dated_by_the_terms_first_year() -> None:
    text = ("Chuyển giao APPF\nTối 11/5, tại TP.HCM, Lễ chuyển giao Chủ tịch Diễn đàn Nghị viện Châu Á – Thái Bình Dương "
            "(APPF) nhiệm kỳ 2017-2018 đã diễn ra trọng thể.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ" and meeting.date == "2017-05-11"
    signed = ("Ký kết\nNgày 13/6, UBND TP Hà Nội tổ chức Lễ ký kết Chương trình phối hợp công tác giai đoạn 2017 - 2021 "
              "với Thông tấn xã Việt Nam.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(signed))
    assert meeting is not None and meeting.date == "2017-06-13"
    appointed = ("Bổ nhiệm\nNgày 6/1, Đại học Đà Nẵng tổ chức lễ công bố quyết định bổ nhiệm Hiệu trưởng nhiệm kỳ "
                 "2014-2019.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(appointed))
    assert meeting is not None and meeting.date is None


# The round's bylines, found by reading what ends the baomoi texts without an author, each read from a paragraph's
# tail: (paragraph, the writers read).
GLUED_BYLINES = [
    # a publication's regional bureau after the slash (21481462, 21478327); a staff credit opening on `Nhóm` (22581617,
    # 22248277)
    ("Lễ hội càng được giữ gìn\" - ông Trần Tuấn cho biết./. Lê Hiếu/VOV-miền Trung", ("Lê Hiếu",)),
    ("Các thí sinh cần nắm vững quy chế thi, tránh sai sót./. Nhóm PV/VOV-Miền Trung", ("Nhóm PV",)),
    ("Xe buýt này chỉ xứng đáng là xe buýt chất lượng cao. NHÓM PV THỜI SỰ", ("NHÓM PV THỜI SỰ",)),
    # a name of two or three syllables whose first word opens sentences too (21481099, 22262928, 22336042)
    ("Vụ việc đang được Công an thành phố tiếp tục điều tra, xử lý. Ba Lan", ("Ba Lan",)),
    ("Vụ việc đang được Công an thành phố tiếp tục điều tra, xử lý. Từ Huy", ("Từ Huy",)),
    ("Vụ việc đang được Công an thành phố tiếp tục điều tra, xử lý. Liên Châu", ("Liên Châu",)),
    # a pen name doubling its one syllable (22364065); initials the crawl printed twice, read once (22236734)
    ("Erik cũng là giọng ca phù hợp với mình nhất\" - Min nói. Huyền Huyền", ("Huyền Huyền",)),
    ("Nhà đầu tư nên cân nhắc trước diễn biến tiếp theo của thị trường. N.Tùng N.Tùng", ("N.Tùng",)),
    # two one-syllable writers joined by a dash (22722027)
    ("Phó Thủ tướng Trương Hòa Bình nhấn mạnh tại hội nghị. Hiếu - Hải", ("Hiếu", "Hải")),
    # a teaser's prompt left before the writer (22471457, 21476435, 21510358, 22336547)
    *((f"HLV Mourinho đang gặp khó trong việc giải ngân cho phiên chợ hè. {prompt} Huyền Anh", ("Huyền Anh",))
      for prompt in ("Bấm xem ngay >>", "Bấm xem >>", "Xem tiếp", "(Xem tiếp)", "Xem thêm:")),
    # a source credited in brackets before the writer (22222232); a note after the name (21472191)
    ("Washington biết rõ Moscow sẽ trả đũa. (Theo Yonhap/Reuters) Gia Bảo", ("Gia Bảo",)),
    ("Bộ váy vừa thanh lịch lại vô cùng quyến rũ. Ba Lan (Tổng hợp)", ("Ba Lan",)),
    # who conducted the interview or took it down (21478618, 22591367, 22359237)
    ("Xin cảm ơn ông về cuộc trao đổi này! Quốc Bảo thực hiện", ("Quốc Bảo",)),
    ("Xin cảm ơn ông về cuộc trao đổi này! Quốc Bảo (thực hiện)", ("Quốc Bảo",)),
    ("Xin cảm ơn ông về cuộc trao đổi này! QUỐC BẢO ghi", ("QUỐC BẢO",)),
    # digits inside the bracketed outlet or source (21472390, 21478369)
    ("Đội bóng đã chơi rất tốt trong trận đấu. Theo Minh Hùng (Thể Thao 247)", ("Minh Hùng",)),
    ("Ông muốn ra công tác ở nước ngoài. Kim Thoa (Theo BBC News, 2/2017)", ("Kim Thoa",)),
    # an outlet's or a photographer's credit glued to the last syllable (21478015, 21491455)
    ("Anh ấy có pha tăng tốc thần sầu. Vũ MạnhThể thao & Văn hóa", ("Vũ Mạnh",)),
    ("Cô được nhiều bạn trẻ ngưỡng mộ. Nghệ NhiẢnh: Bánh Cam", ("Nghệ Nhi",)),
    # a last stop of a short place's (22499524, 21494542)
    ("Phó Giám đốc Sở cho biết./. Hà Khánh/VOV - TP. HCM", ("Hà Khánh",)),
    ("Nghi phạm đã bị bắt giữ. Dã Quỳ (Tổng hợp theo báo Vnexpress, Công an TP. HCM)", ("Dã Quỳ",)),
    # a photo's or a video's credit after the writer (22261293, 21511441)
    ("Vở diễn được đầu tư nghiêm túc. Ngát Ngọc Ảnh: BTC", ("Ngát Ngọc",)),
    ("Cầu thủ phải nhập viện vì rách mắt trái. Lê Hiếu - Video: Hoàng Hiệp", ("Lê Hiếu",)),
]
# Tails of the same shapes that sign nothing.
NOT_BYLINES = [
    "Tàu cá đã cập bến an toàn. Nhóm người dân kéo đến",  # a sentence opening on `Nhóm`
    "Tàu cá đã cập bến an toàn. Lê Hiếu/miền Trung",  # a slash of the text
    "Vụ việc đang được Công an thành phố tiếp tục điều tra, xử lý. Tại Hà Nội",  # a place after a preposition
    "Vụ việc đang được Công an thành phố tiếp tục điều tra, xử lý. Từ UBND Tỉnh",  # an acronym
    "Phó Thủ tướng Trương Hòa Bình nhấn mạnh tại hội nghị. Hà Nội - Huế",  # two places
    "HLV Mourinho đang gặp khó trong việc giải ngân. Xem thêm: Hà Nội đón mưa lớn",  # a prompt before a headline
    "Tàu được sửa chữa tại Cảng quốc tế Cam Ranh. Ông Quốc Chính (TTXVN)",  # a form of address (22423641)
    "Xin cảm ơn ông về cuộc trao đổi này! Dự án được thực hiện",  # a sentence ending on the verb
    "Lịch thi đấu vòng 7: Sài Gòn - B. Bình Dương (HTV Thể thao, BTV2 trực tiếp 18 giờ).",  # a bracket closing a sentence
    "Vở diễn được đầu tư nghiêm túc. Ảnh: BTC",  # a credit alone
]


@pytest.mark.parametrize(("paragraph", "names"), GLUED_BYLINES)
def test_the_rounds_glued_bylines_are_read(paragraph: str, names: tuple[str, ...]) -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline(paragraph)
    assert found is not None and found[1].names == names


@pytest.mark.parametrize("paragraph", NOT_BYLINES)
def test_tails_of_the_same_shapes_sign_nothing(paragraph: str) -> None:
    from core.clean.byline import split_glued_byline
    assert split_glued_byline(paragraph) is None


# A byline after the end mark is cut off the text, which keeps the mark (22499524); a brand's inner capital is no glued
# outlet (22220849).
def test_the_end_mark_stays_with_the_text_and_a_brand_is_not_cut() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Lễ hội càng được giữ gìn\" - ông Trần Tuấn cho biết./. Lê Hiếu/VOV-miền Trung")
    assert found is not None and found[0].endswith("cho biết./.")
    found = split_glued_byline("Mạng xã hội này có 1,28 tỷ người sử dụng mỗi ngày. TUẤN ANH VnExpress")
    assert found is None or "Vn" not in found[1].names
