"""The 5 Dec thirty-sixth round: rules found by reading what audit81 (drawn and annotated blind at this round's start),
the last round's blind sets (audit78, audit80), prec52 and stat52 show, or the corpus itself, each checked on the 35,440
baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.clean.lines import BODY, CHROME, classify_lines
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from core.pipeline import extract_fields
from core.tokenize import Tokenizer, is_bracketed_headline, split_sentences
from tests.conftest import make_article


def _labelled(raw: str) -> list[tuple[str, str]]:
    return [(line.label, line.text) for line in classify_lines(raw).lines if line.label in (BODY, CHROME)]


# A debate's turns set out as a list after a stop (22497266 `… bất ổn. + ĐB X (Bình Định): Yêu cầu …`, 22497408 `… nói
# gì? - Bộ trưởng Bộ GD-ĐT X: Việc tuyển dụng …`): each item is a sentence of its own, as underthesea splits them.
def test_a_list_item_after_a_stop_opens_a_sentence() -> None:
    assert split_sentences(["Cuộc sống của ngư dân ngày càng bất ổn. + ĐB Lý Văn Hạnh (Bình Định): Yêu cầu đặt ra là "
                            "ngư dân phải yên tâm. - Bộ trưởng Bộ KH-ĐT Nguyễn Chí Dũng: Mục tiêu là cao."]) == [
        "Cuộc sống của ngư dân ngày càng bất ổn.", "+ ĐB Lý Văn Hạnh (Bình Định): Yêu cầu đặt ra là ngư dân phải yên tâm.",
        "- Bộ trưởng Bộ KH-ĐT Nguyễn Chí Dũng: Mục tiêu là cao."]


# A quotation's attribution stays with it (22695105 `… tài sản người dân…” - Phó Thủ tướng X bày tỏ lo ngại tại hội
# nghị …`), and a dash before a digit may sign it (`5. -3 độ`).
def test_an_attribution_after_a_quotation_and_a_signed_number_stay() -> None:
    assert len(split_sentences(["“Tài nguyên có giới hạn.” - Phó Thủ tướng Trương Hòa Bình bày tỏ tại hội nghị."])) == 1
    assert len(split_sentences(["Nhiệt độ thấp nhất là 5. -3 độ là mức của vùng núi."])) == 1


def test_the_turns_of_a_sitting_set_out_as_a_list_attend_it() -> None:
    text = ("Tại phiên thảo luận tại hội trường chiều 9-6, chuyện tàu vỏ thép hư hỏng được các đại biểu (ĐB) quan tâm.\n"
            "+ ĐB Nguyễn Bá Sơn (Đà Nẵng): Chỉ mới đóng 37 chiếc nhưng đã có 18 con tàu hư hỏng nặng.\n"
            "Ngư dân đóng tàu để vươn khơi, vậy mà có đại diện một công ty giải thích rằng tàu hỏng là do nước biển mặn. "
            "Tôi không thể tưởng tượng nổi câu trả lời này. Cuộc sống của ngư dân ngày càng trở nên bất ổn. + ĐB Lý "
            "Tiết Hạnh (Bình Định): Yêu cầu đặt ra là ngư dân phải yên tâm, gắn bó với những con tàu.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Nguyễn Bá Sơn", ["ĐB"]), ("Lý Tiết Hạnh", ["ĐB"])]


# A holder's nationality between the title and the name (22555981 `Nhà khoa học người Pháp Jean-Christophe Boni đã
# tuyên bố như vậy tại cuộc họp báo`, 21479688 `HLV người Nhật Bản Toshiya Miura`).
def test_a_nationality_between_title_and_name_is_part_of_the_title() -> None:
    from core.extract.people import find_people

    found = find_people("Đội bóng do HLV người Nhật Bản Hidehiro Isirawa dẫn dắt chỉ thua hai trận.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Hidehiro Isirawa", ["HLV người Nhật Bản"])]
    text = ("Nhà khoa học người Pháp Jean-Christophe Boni đã tuyên bố như vậy tại cuộc họp báo ở Kaspersky Lab hôm qua.\n"
            "Theo ông, vũ khí của tương lai sẽ là vũ khí năng lượng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Jean-Christophe Boni", ["Nhà khoa học người Pháp"])]


# Taking up what another said (22565256 `Đồng ý với những đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch Quốc hội X
# cho rằng`, 22721371 `Nhất trí với so sánh của Phó Thủ tướng Hà Lan, Thủ tướng X`): the title after `của` is the other's.
def test_the_owner_of_what_is_taken_up_is_not_the_subjects_title() -> None:
    from core.extract.people import find_people

    found = find_people("Nhất trí với so sánh của Phó Thủ tướng Hà Lan, Thủ tướng Nguyễn Xuân Phúc cho rằng hai nước "
                        "sẽ hợp tác chặt chẽ.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Nguyễn Xuân Phúc", ["Thủ tướng"])]
    chained = find_people("Dưới sự chủ trì của Ủy viên Bộ Chính trị, Bí thư Thành ủy Hoàng Trung Hải, hội nghị đã họp.")
    assert [(m.person.name, m.person.titles) for m in chained] == [
        ("Hoàng Trung Hải", ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"])]


# Institutes counted, capitalised as writers do (21493936 `đi kiểm tra thực tiễn tại 4 Viện trên`, 22655953 `có 221
# Viện bảo tàng`); an ordinal before one stays an ordinal.
def test_capitalised_institutes_are_counted() -> None:
    from core.extract.statistics import extract_statistics

    found = extract_statistics(["Bộ trưởng đã đi kiểm tra thực tiễn tại 4 Viện trên địa bàn Hà Nội."])
    assert [(s.text, s.value, s.kind, s.unit) for s in found] == [("4 Viện", 4.0, "count", "viện")]
    assert extract_statistics(["Đây là lần thứ 16 Viện Nghiên cứu tổ chức giải thưởng này."]) == []


# A central steering committee's remit after `về` is its name's (22479688 `Phó Trưởng Ban Chỉ đạo Trung ương về phòng,
# chống tham nhũng`, 22754678 `Ủy viên Thường trực Ban chỉ đạo Trung ương về phòng chống thiên tai`).
def test_a_central_committees_remit_is_part_of_the_title() -> None:
    from core.extract.people import find_people

    found = find_people("Theo ông Văn Phú Chính, Chánh văn phòng Ban chỉ đạo Trung ương về phòng, chống thiên tai, lũ "
                        "trên các sông ở mức không cao.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Văn Phú Chính", ["Chánh văn phòng Ban chỉ đạo Trung ương về phòng, chống thiên tai"])]


# English grouping with an English decimal point, copied from wire text (21481763 `1,232.5 USD/ounce`, 21487928
# `20,090.29 điểm`): one figure, not an unreadable one.
def test_an_english_grouped_decimal_is_read() -> None:
    from core.extract.numbers import parse_number
    from core.extract.statistics import extract_statistics

    assert parse_number("1,232.5") == 1232.5 and parse_number("20,090.29") == 20090.29
    assert parse_number("1.234.567,5") == 1234567.5
    found = extract_statistics(["Giá vàng thế giới hiện đang giao ở ngưỡng 1,232.5 USD/ounce."])
    assert [(s.value, s.kind, s.unit) for s in found] == [(1232.5, "money", "USD")]


# The event a state visit is paired with is the trip's programme when the lead tells the trip begun or ended (22685393
# `… bắt đầu chuyến thăm chính thức làm việc tại CHLB Đức nhân dịp dự Hội nghị Thượng đỉnh G20 tại Ham-buốc, Đức.` then
# `Tại đây, Thủ tướng … đã có cuộc làm việc với …`); the trip as a subject with its day still reports the summit.
def test_a_trips_paired_summit_is_not_the_lead_meeting() -> None:
    text = ("Chiều 5-7, Thủ tướng Nguyễn Xuân Phúc và Phu nhân đã đến thành phố Mainz, bắt đầu chuyến thăm chính thức "
            "làm việc tại Cộng hòa Liên bang Đức nhân dịp dự Hội nghị Thượng đỉnh G20 tại Hamburg, Đức.\n"
            "Tại đây, Thủ tướng Nguyễn Xuân Phúc đã có cuộc làm việc với Bà Malu Dreyer, Chủ tịch Hội đồng Liên bang Đức."
            "\nTại cuộc làm việc, hai bên đánh giá quan hệ giữa Quốc hội hai nước không ngừng được củng cố.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc"
    summit = ("Chuyến thăm và tham dự hội nghị thượng đỉnh NATO của Tổng thống Mỹ Donald Trump vào hôm nay 25/5 được coi "
              "là lịch sử đối với liên minh.\n")
    held = extract_meeting(make_article(summit))
    assert held is not None and held.kind == "hội nghị"
    # (the trip as the subject, its programme listed by commas, no day: 22734144)
    trip = ("Chuyến thăm, làm việc tại Cộng hòa Liên bang Đức, dự Hội nghị Thượng đỉnh G20 và thăm chính thức Vương quốc "
            "Hà Lan của Thủ tướng Nguyễn Xuân Phúc đã thành công tốt đẹp.\n")
    assert extract_meeting(make_article(trip)) is None


# A demonstrative after the gallery's noun points back to what the text told (22222075 `Những khoảnh khắc ấy thật sự
# xúc động và đúng như câu nói: Quyền huynh thế phụ. Giờ đây, …`): the quotation goes on, no gallery's captions follow.
def test_moments_pointed_back_to_announce_no_gallery() -> None:
    from core.clean.lines import CAPTION

    raw = ("Xúc động khoảnh khắc anh trai đưa em gái vào lễ đường\n\n"
           "MC Minh Khang vừa sang Mỹ dự lễ cưới của em gái. Anh tâm sự: “Thay ba dìu em, tôi thấy nụ cười của mọi người "
           "xung quanh. Những khoảnh khắc ấy thật sự xúc động và đúng như câu nói: Quyền huynh thế phụ. Giờ đây, tôi "
           "hoàn toàn an tâm khi trao gửi em gái cho Eric”.\n")
    assert [label for label, _ in _labelled(raw)] == [BODY]
    gallery = ("Lễ hội hoa xuân năm nay\n\nLễ hội thu hút đông đảo người dân tới tham quan trong suốt ba ngày qua. Một số "
               "hình ảnh tại lễ hội: Du khách chụp ảnh bên những chậu hoa. Các gian hàng trưng bày nhiều loài hoa lạ.\n")
    assert CAPTION in [line.label for line in classify_lines(gallery).lines]


# A statement as a noun names its speaker at the meeting (22256370 `Như tuyên bố của Đại sứ Triều Tiên tại Nga X trong
# cuộc họp báo ở Moskva, …`, 22383393 `Cuộc gặp gỡ kết thúc bằng tuyên bố của ngư dân X`).
def test_the_speaker_of_a_statement_at_the_meeting_attends() -> None:
    text = ("Như tuyên bố của Đại sứ Triều Tiên tại Nga Kim Hyun Joong trong cuộc họp báo ở Moskva hôm qua, tình báo hai "
            "nước đã tuyển mộ người này từ năm 2014.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Kim Hyun Joong", ["Đại sứ Triều Tiên tại Nga"])]


# A photo's position note is no word of the text (21488370 `Bà X, …, Bí thư Tỉnh ủy An Giang và ông Y, Tổng Giám đốc …
# (người đứng) tại buổi làm việc.`, 22407329 `Tổng thống Nga Vladimir Putin (trái) và người đồng cấp Pháp …`).
def test_a_photos_position_note_does_not_break_a_list_of_people() -> None:
    text = ("Sáng 5/7, UBND tỉnh An Giang đã có buổi làm việc với Tập đoàn Sao Mai về phát triển du lịch.\n"
            "Theo báo cáo, tập đoàn đã đầu tư nhiều dự án lớn trên địa bàn tỉnh.\n"
            "Bà Võ Thị Ánh Xuân, Bí thư Tỉnh ủy An Giang và ông Lê Thanh Thuấn, Tổng Giám đốc Tập đoàn Sao Mai (người "
            "đứng) tại buổi làm việc.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees] == [
        ("Võ Thị Ánh Xuân", ["Bí thư Tỉnh ủy An Giang"]), ("Lê Thanh Thuấn", ["Tổng Giám đốc Tập đoàn Sao Mai"])]


# A country inside the capitalised run of a body's name, then a foreign name (21480335 `Bộ trưởng Bộ Công Thương Lào
# Khemmani Pholsena`, 22264674 `Bộ trưởng Quốc Phòng Mỹ James Mattis`): the holder's name starts after the country.
def test_a_foreign_holder_after_the_country_of_a_capitalised_body() -> None:
    from core.extract.people import find_people

    found = find_people("Có Bộ trưởng Bộ Tài chính Lào Somdy Douangdy, Bộ trưởng Bộ Công Thương Lào Khemmani Pholsena và "
                        "các quan chức cấp cao khác của Lào.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Somdy Douangdy", ["Bộ trưởng Bộ Tài chính Lào"]), ("Khemmani Pholsena", ["Bộ trưởng Bộ Công Thương Lào"])]
    assert [m.person.name for m in find_people("Chủ tịch Hội Hữu nghị Việt Nam Nguyễn Văn An phát biểu.")] == [
        "Nguyễn Văn An"]


# A list going on in a sentence of its own (21480335 `Ngoài ra còn có Bộ trưởng Bộ Tài chính Lào X, …`).
def test_a_list_of_attendees_going_on_after_ngoai_ra_con_co() -> None:
    text = ("Sáng 7/2, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
            "Dự hội đàm có Phó Thủ tướng Phạm Bình Minh.\n"
            "Ngoài ra còn có Bộ trưởng Bộ Tài chính Lào Somdy Douangdy và các quan chức cấp cao khác của Lào.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert "Somdy Douangdy" in [p.name for p in meeting.attendees]


# A page folded in its HTML source: the visible lines end short of the width anywhere, a paragraph's first word may stand
# alone (`Chiều` / `ngày 14/9/2021, ông … đại biểu Hội đồng` / `nhân dân (HĐND) huyện …`).
def test_a_page_folded_in_its_source_is_read_back_to_its_paragraphs() -> None:
    from core.clean.unwrap import unwrap_lines

    raw = ("12/10/2022\n"
           "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã Tân Phú\n"
           "Sáng\n"
           "ngày 10/10/2022, ông Nguyễn Văn Hòa và bà Lê Thị Mai, đại biểu Hội đồng\n"
           "nhân dân (HĐND) huyện khóa XII, nhiệm kỳ 2021 - 2026, tiếp xúc cử tri xã Tân\n"
           "Phú, thông báo kết quả kỳ họp thứ 5 HĐND huyện và trả lời các kiến nghị của cử\n"
           "tri trước kỳ họp thứ 5 HĐND huyện.\n"
           "Tại\n"
           "buổi tiếp xúc, có 8 ý kiến, kiến nghị của cử tri. Đại biểu HĐND huyện đã trả lời\n"
           "trực tiếp 3 ý kiến, còn 5 ý kiến được tiếp thu để trả lời trong lần tiếp xúc\n"
           "sau, cử tri đều đồng tình và thống nhất với các nội dung đã được thông báo.\n"
           "Minh Anh\n")
    text, width = unwrap_lines(raw)
    assert width is not None
    assert text.split("\n")[2].startswith("Sáng ngày 10/10/2022, ông Nguyễn Văn Hòa") and "xã Tân Phú, thông báo" in text
    assert text.split("\n")[1] == "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã Tân Phú"
    assert "Tại buổi tiếp xúc, có 8 ý kiến" in text and text.rstrip().endswith("\nMinh Anh")


# A plenary sitting of a conference takes the conference's kind (`Phiên toàn thể Hội nghị khoa học lần thứ 14`).
def test_a_plenary_sitting_of_a_conference_is_the_conference() -> None:
    text = ("Ngày 11/11/2024, Trường Đại học Bách khoa đã tổ chức Phiên toàn thể Hội nghị khoa học lần thứ 12 với chủ đề "
            "“Công nghệ xanh”.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "hội nghị"


# The rite as the lead's own verb on its day (21494958 `Ngày 8/2, Sở Giao thông Vận tải TPHCM khởi công hai cầu vượt …`),
# also after a site's source tag (`(GLO)- Ngày 13-12, UBND xã … khánh thành phòng học …`); a plan is none.
def test_a_groundbreaking_told_as_the_leads_verb_is_a_ceremony() -> None:
    meeting = extract_meeting(make_article("Ngày 8/2, Sở Giao thông Vận tải Đà Nẵng khởi công hai cầu vượt tại nút giao "
                                           "Ngã Ba Huế.\n", published="2017-02-09"))
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.organizer) == ("lễ", "2017-02-08", "Sở Giao thông Vận tải Đà Nẵng")
    tagged = extract_meeting(make_article("(QNO)- Sáng 13-12, UBND xã Tam Hòa phối hợp với Công ty Minh Long khánh thành "
                                          "phòng học tại điểm trường thôn 3.\n", published="2025-12-13"))
    assert tagged is not None and (tagged.kind, tagged.part_of_day) == ("lễ", "sáng")
    assert tagged.organizer == "UBND xã Tam Hòa phối hợp với Công ty Minh Long"  # the partner who performs it too
    assert extract_meeting(make_article("Ngày 8/2, Sở cho biết dự án sẽ khởi công vào tháng 5 tới.\n")) is None
    # (the holding verb and the ribbon between, an unnamed partner left out: web36 w028's shape)
    ribbon = extract_meeting(make_article("Ngày 28/7, Công ty TNHH May Hòa Bình cùng chính quyền địa phương tổ chức cắt "
                                          "băng khánh thành nhà máy may tại xã Thanh Liên.\n", published="2017-07-29"))
    assert ribbon is not None and (ribbon.kind, ribbon.organizer) == ("lễ", "Công ty TNHH May Hòa Bình")


# Who has a meeting with someone meets there (web34 w009's shape: `Bí thư Tỉnh ủy X có buổi gặp gỡ, đối thoại với hơn 500
# cán bộ`; 22725381 `HLV Hữu Thắng có buổi gặp gỡ, chia sẻ thông tin với các đơn vị truyền thông`), and whom he meets.
def test_who_has_a_meeting_with_others_attends_it() -> None:
    meeting = extract_meeting(make_article("Sáng 24/3, Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh có buổi gặp gỡ, đối thoại với "
                                           "hơn 500 cán bộ, đoàn viên thanh niên.\n"))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Nguyễn Đắc Vinh"]
    met = extract_meeting(make_article("Tổng thống Mỹ Donald Trump đang ở thành phố Bethlehem và có cuộc gặp gỡ với lãnh đạo "
                                       "Palestine Mahmoud Abbas.\n"))
    assert met is not None and "Mahmoud Abbas" in [p.name for p in met.attendees]


# A portal's abbreviated membership glued to the office (`đồng chí X, UVBTV Phó chủ tịch HĐND xã, đồng chí Y, UVBTV Chủ
# tịch UBMTTQ Việt Nam xã`): one title each, the office not handed to the next person.
def test_a_glued_membership_and_office_are_one_title() -> None:
    from core.extract.people import find_people

    found = find_people("Tới dự có đồng chí Lò Văn Thắng, UVBTV Phó chủ tịch HĐND xã, đồng chí Hà Văn Sơn, UVBTV Chủ tịch "
                        "UBMTTQ Việt Nam xã.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Lò Văn Thắng", ["UVBTV Phó chủ tịch HĐND xã"]), ("Hà Văn Sơn", ["UVBTV Chủ tịch UBMTTQ Việt Nam xã"])]


# The list an attending or receiving opener opens after a clause of its own (`Tiếp đón đoàn đại biểu đến từ Đại sứ quán,
# về phía trường … gồm có PGS, TS X - Phó hiệu trưởng; ThS Y - …`): who it lists attends.
def test_the_list_an_opener_opens_after_its_own_clause_attends() -> None:
    text = ("Ngày 14/11/2024, PGS, TS Lê Thu Hương - Phó Hiệu trưởng Trường Đại học Thương mại đã chủ trì buổi tiếp đón và "
            "làm việc với đoàn của Đại sứ quán Australia.\n"
            "Tiếp đón đoàn đại biểu đến từ Đại sứ quán, về phía nhà trường gồm có PGS, TS Lê Thu Hương - Phó hiệu trưởng; "
            "ThS Đào Thị Thu Trang - Phó trưởng phòng Hợp tác Quốc tế và các cán bộ của nhà trường.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Đào Thị Thu Trang"]


# A stage name after a performer's calling is whole (22269011 `ca sĩ Hương Giang Idol đã có buổi gặp một số báo chí`,
# read before as `Giang Idol` with `Hương` in the title; 22369771 `nam diễn viên Lăng Tiêu Túc`).
def test_a_stage_name_after_a_performers_calling_is_whole() -> None:
    from core.extract.people import find_people

    found = find_people("Chiều 14-5, ca sĩ Hương Giang Idol đã có buổi gặp một số báo chí.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Hương Giang Idol", ["ca sĩ"])]
    assert [m.person.name for m in find_people("Nhạc sĩ Trần Tiến đến dự.")] == ["Trần Tiến"]


# Another article's headline a news agency's page sets in brackets between two paragraphs, inline in a flattened crawl
# (22549221 `… vũ khí.  [Quan chức Mỹ-Hàn Quốc thảo luận về …]  Cố vấn Moon nói: …`, 22330873, 22293631): a sentence of
# its own, which the text keeps and the extractors read past.
def test_a_bracketed_headline_between_sentences_is_a_sentence_of_its_own() -> None:
    assert split_sentences(["Hai bên đã nhất trí tăng cường hợp tác. [Bộ trưởng Công Thương tiếp Đại sứ Hà Lan]  "
                            "Ông Lê Minh nói thêm về dự án.", "Cuộc họp kết thúc lúc 11 giờ. [7 người thiệt mạng trong "
                            "vụ sạt lở ở Yên Bái]"]) == [
        "Hai bên đã nhất trí tăng cường hợp tác.", "[Bộ trưởng Công Thương tiếp Đại sứ Hà Lan]",
        "Ông Lê Minh nói thêm về dự án.", "Cuộc họp kết thúc lúc 11 giờ.", "[7 người thiệt mạng trong vụ sạt lở ở Yên Bái]"]
    # (a marker, a note's number, a bracket inside a sentence or holding a sentence's stop stays where it stands)
    for kept in ("[VIDEO] Trận đấu diễn ra trên sân Thống Nhất với nhiều bàn thắng.",
                 "[4] Theo Từ điển Bách khoa Việt Nam, tập một, trang 112.",
                 "Ông nói: “Họ [các doanh nghiệp nhỏ hơn] đã đồng ý”.",
                 "Kết quả đã rõ. [Đây là ghi chú. Nó có hai câu nhỏ] Sau đó mọi người về."):
        assert not any(is_bracketed_headline(s) for s in split_sentences([kept])), kept


def test_the_extractors_read_past_a_bracketed_headline() -> None:
    text = ("Sáng 12/6, tại TP Cần Thơ, Sở Công Thương tổ chức hội nghị xúc tiến thương mại với 120 doanh nghiệp. "
            "[Bão số 2 làm 15 người thiệt mạng tại Hà Giang] Phát biểu tại hội nghị, Giám đốc Sở Công Thương Trần Văn "
            "Hai cho biết năm nay tỉnh đã đón 35 đoàn doanh nghiệp.\n")
    article = extract_fields(make_article(text))
    assert [s.text for s in article.statistics] == ["120 doanh nghiệp", "35 đoàn doanh nghiệp"]
    assert [s.sentence for s in article.statistics] == [0, 2]  # (the sentences the record lists: the headline among them)
    assert article.sentences[1] == "[Bão số 2 làm 15 người thiệt mạng tại Hà Giang]"
    assert article.meeting is not None and article.meeting.kind == "hội nghị"
    assert article.meeting.location == "TP Cần Thơ"
    assert [p.name for p in article.meeting.attendees + article.meeting.chairs] == ["Trần Văn Hai"]


def test_the_tokenizing_path_splits_a_bracketed_headline_too() -> None:
    sentences, tokens = Tokenizer().segment(["Hai bên đã nhất trí tăng cường hợp tác. [Bộ trưởng Công Thương tiếp Đại "
                                             "sứ Hà Lan] Ông Lê Minh nói thêm về dự án."])
    assert sentences[1:] == ["[Bộ trưởng Công Thương tiếp Đại sứ Hà Lan]", "Ông Lê Minh nói thêm về dự án."]
    assert tokens[1][0] == "[" and tokens[1][-1] == "]" and tokens[2][0] == "Ông"


# A rate's period of a day and its night (stat53 S033, 22495019 `công suất … m3/ngày đêm`, 22266872 `xe/ngày đêm`).
def test_a_rate_per_day_and_night_keeps_its_whole_period() -> None:
    found = extract_statistics(["Nhà máy nước có công suất 8.000 m 3 /ngày đêm, đường cao tốc đón 21.000 xe/ngày đêm "
                                "và phà chở 350 lượt/ngày-đêm; giá thuê 400.000 đồng/ngày."])
    assert [(s.text, s.unit) for s in found] == [
        ("8.000 m 3 /ngày đêm", "m 3 /ngày đêm"), ("21.000 xe/ngày đêm", "xe/ngày đêm"),
        ("350 lượt/ngày-đêm", "lượt/ngày-đêm"), ("400.000 đồng/ngày", "VND")]


# A price with a second base, a period, a head or a turn (stat54: `180 triệu đồng/ha/năm`, `250.000 đồng/người/ngày`);
# a base of two syllables stops where it did (`đồng/tháng/học sinh`).
def test_a_price_per_unit_per_period_keeps_both_bases() -> None:
    found = extract_statistics(["Mô hình cho lãi 150 triệu đồng/ha/năm, phụ cấp 230.000 đồng/người/ngày, vé "
                                "90.000 đồng/vé/tháng và học phí 120.000 đồng/tháng/học sinh."])
    assert [s.text for s in found] == ["150 triệu đồng/ha/năm", "230.000 đồng/người/ngày", "90.000 đồng/vé/tháng",
                                       "120.000 đồng/tháng"]
    assert [s.value for s in found] == [150_000_000, 230_000, 90_000, 120_000]


# Answering an office: the office is the one answered, not the next person's title (prec54 A09's shape).
def test_the_office_answered_is_not_the_speakers_title() -> None:
    found = find_people("Đáp lời Bộ trưởng, ông Trần Văn Khải, Giám đốc Công ty cổ phần Thủy sản Sao Mai cho rằng "
                        "mục tiêu là khả thi.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Trần Văn Khải", ["Giám đốc Công ty cổ phần Thủy sản Sao Mai"])]


# A lecturer's or a researcher's post after the name (prec54 A11's shape; 22496654, 22220141).
def test_a_lecturers_or_researchers_post_is_a_title() -> None:
    found = find_people("Phát biểu tại hội thảo, TS Hoàng Minh Đức, giảng viên Trường Đại học Kinh tế Quốc dân cho "
                        "rằng tăng trưởng sẽ chậm lại.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Hoàng Minh Đức", ["TS", "giảng viên Trường Đại học Kinh tế Quốc dân"])]
    found = find_people("Ông Peter Collins, nghiên cứu viên cấp cao tại Viện Chính sách Lowy, đánh giá cao kết quả.")
    assert [(m.person.name, m.person.titles) for m in found] == [
        ("Peter Collins", ["nghiên cứu viên cấp cao tại Viện Chính sách Lowy"])]
