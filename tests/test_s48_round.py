"""The 5 Dec thirty-third round: rules found by reading what audit70 (drawn and annotated blind at this round's start)
and the 35,440 baomoi articles' undetected leads show, each checked on the 35,440 articles; the sentences are modelled
on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A sentence past the lead says where the lead's news was said, on the lead's own day (22404173, 22630664, 22539224):
# that event is the meeting; without the lead's day it is not (the body's history of other briefings).
def test_the_lead_days_news_said_at_a_later_named_briefing() -> None:
    lead = ("Ngày 29-5, quân đội nước này tuyên bố lực lượng chính phủ đã kiểm soát gần như toàn bộ thành phố.\n"
            "Các cuộc không kích vẫn tiếp diễn ở khu vực phía nam.\nHàng nghìn người dân đã rời khỏi khu vực.\n"
            "Lực lượng cứu hộ đang tìm kiếm người mắc kẹt.\nGiao tranh khiến nhiều tòa nhà bị phá hủy.\n"
            "Chính quyền đã ban bố thiết quân luật trên toàn đảo.\nGiá lương thực trong vùng tăng mạnh.\n")
    said = "“Thông tin một nửa thành phố bị kiểm soát là sai sự thật”, ông Restituto Padilla cho biết tại buổi họp báo ngày 29-5.\n"
    meeting = extract_meeting(make_article(lead + said))
    assert meeting is not None and meeting.kind == "họp báo"
    assert [p.name for p in meeting.chairs + meeting.attendees] == ["Restituto Padilla"]
    # another day: a briefing of the past, not the lead's
    other_day = said.replace("ngày 29-5", "ngày 20-5")
    assert extract_meeting(make_article(lead + other_day)) is None
    # no verb of saying before the event: only a mention of it
    mention = "Chiều 29-5, nhiều phóng viên đã chờ đợi tại buổi họp báo ngày 29-5 nhưng không có thông tin mới.\n"
    assert extract_meeting(make_article(lead + mention.replace("Chiều 29-5, ", ""))) is None


# A photo's credit glued before the next sentence's dateline (22593420, 22434530, 22735691): the sentence starts at the
# dateline, so the credit's name holds nothing, and a meeting the sentence names after a credit is the sentence's own.
def test_a_credit_glued_before_a_dateline_holds_nothing() -> None:
    text = ("Giám đốc Công an thành phố cho biết sẽ xử lý nghiêm các vụ chống người thi hành công vụ.\n"
            "Ông Nguyễn Văn An phát biểu tại hội nghị.\n"
            "Ảnh: Trường Phong Sáng 23/6, thành phố Hà Nội tổ chức hội nghị giao ban trực tuyến với lãnh đạo các quận, "
            "huyện.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer == "thành phố Hà Nội" and meeting.part_of_day == "sáng"
    # a bracketed credit ends at its bracket
    bracketed = ("Hai nước đẩy mạnh hợp tác tư pháp trong thời gian tới.\n"
                 "(Ảnh: Ngự Bình/Vietnam+) Sáng 10/5, Tòa án Nhân dân Tối cao Việt Nam tổ chức hội thảo về cải cách tư "
                 "pháp.\n")
    meeting = extract_meeting(make_article(bracketed))
    assert meeting is not None and meeting.kind == "hội thảo" and meeting.organizer == "Tòa án Nhân dân Tối cao Việt Nam"


# `Tối cao` in a court's name after a lower-case word (`Tòa án nhân dân Tối cao`, 258 corpus sentences) opens no merged
# sentence as `Tối` (evening) would: the event after it is still the sentence's.
def test_toi_cao_in_a_name_starts_no_sentence() -> None:
    from core.extract.meetings import _own_start

    sentence = ("Trong thời gian thăm Italy, đoàn đại biểu cấp cao Tòa án nhân dân Tối cao Việt Nam đã có cuộc gặp với "
                "Chánh án Tòa án Tối cao Italy.")
    assert _own_start(sentence, sentence.index("cuộc gặp")) == 0
    merged = "Bà Nguyễn Thị B tại buổi lễ Tối 8/6, Hội Nhà báo tổ chức lễ trao giải."
    assert _own_start(merged, merged.index("lễ trao")) == merged.index("Tối 8/6")


# The Arabic article written apart and the Filipino `dela` stand inside a foreign name (22433524 `Tổng thống Bashar al
# Assad`, 22434646 `Tư lệnh Cảnh sát quốc gia Philippines Ronald dela Rosa`, 22547426 `ông Abdalla al Ashal`).
def test_al_and_dela_inside_foreign_names() -> None:
    from tests.conftest import named_people

    assert named_people("Cảnh sát trưởng Ronald dela Rosa cho biết tên này có lẽ chỉ định cướp tiền.") == [
        ("Ronald dela Rosa", ["Cảnh sát trưởng"])]
    assert named_people("Cựu Trợ lý Bộ trưởng Ngoại giao Ai Cập, ông Abdalla al Ashal nói với Sputnik như vậy.") == [
        ("Abdalla al Ashal", ["Cựu Trợ lý", "Bộ trưởng Ngoại giao Ai Cập"])]
    # a Vietnamese lower-case word between capitals is no particle
    assert named_people("Ông Nguyễn Văn An la lên khi thấy Trần Văn Bình chạy tới.")[0][0] == "Nguyễn Văn An"


# A legislature's question time told by the answer where the lead names no event (22527844, 22541450, 22540396): a
# dated `phiên họp` the Assembly holds; not a plan (22476742 `… sẽ diễn ra từ ngày 13 - 16/6`) nor an answer with no
# deputies (22462537, a prime minister answering voters on television).
def test_question_time_told_by_the_answer() -> None:
    text = ("Sáng ngày 14/6, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã đăng đàn trả lời chất vấn trước Quốc hội.\n"
            "Trong năm 2016, hơn 7.000 cán bộ y tế đã bị kỷ luật.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.name is None
    assert meeting.part_of_day == "sáng" and meeting.organizer == "Quốc hội"
    assert [p.name for p in meeting.chairs + meeting.attendees] == ["Nguyễn Thị Kim Tiến"]
    after = ("Đó là khẳng định của Phó Thủ tướng Trương Hòa Bình khi trả lời chất vấn của đại biểu Quốc hội chiều 15/6, "
             "xung quanh việc bổ nhiệm người nhà.\n")
    meeting = extract_meeting(make_article(after))
    assert meeting is not None and meeting.kind == "phiên họp" and meeting.part_of_day == "chiều"
    planned = "Theo chương trình, hoạt động trả lời chất vấn của đại biểu Quốc hội sẽ diễn ra từ ngày 13/6.\n"
    assert extract_meeting(make_article(planned)) is None
    television = "Tối 2/6, Thủ tướng Theresa May trả lời chất vấn trực tiếp trên truyền hình BBC về những vấn đề cử tri quan tâm.\n"
    assert extract_meeting(make_article(television)) is None


# The place an event names (`nơi diễn ra lễ khai hội`, `Hamburg, nơi diễn ra hội nghị thượng đỉnh G20`, `địa điểm tổ
# chức lễ cưới`: 21474260, 22702088, 22327531) tells no event held.
def test_the_place_of_an_event_tells_none_held() -> None:
    text = ("Qua nhiều năm, lễ hội ngày càng được tổ chức quy củ, được chuẩn bị chu đáo từ nơi diễn ra lễ khai hội cho tới "
            "những chòi hát quan họ.\nNăm nay, lễ hội vẫn được tổ chức tại đồi Lim.\n")
    assert extract_meeting(make_article(text)) is None
    held = "Sáng 9/2, tại đồi Lim, huyện Tiên Du đã diễn ra lễ khai hội Lim năm 2017.\n"
    meeting = extract_meeting(make_article(held))
    assert meeting is not None and meeting.kind == "lễ"


# Who performs the rite is at the ceremony (22307361 `Chủ tịch nước … cùng đoàn lãnh đạo TP HCM đã làm lễ dâng hương …`,
# 22653506 `… cùng các thành viên nội các mới đã làm lễ tuyên thệ nhậm chức`).
def test_who_performs_the_rite_attends_the_ceremony() -> None:
    text = ("Sáng 19/5, tại Nghệ An, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh cùng đoàn đại biểu tỉnh đã làm lễ dâng hương "
            "tưởng niệm các anh hùng liệt sĩ.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Đặng Thị Ngọc Thịnh", ["Phó Chủ tịch nước"])]


# A special region's head written `Trưởng Đặc khu (hành chính)` before the name (22653506, 22642896, 22705563).
def test_the_head_of_a_special_region() -> None:
    from tests.conftest import named_people

    assert named_people("Ông Tập đã có cuộc gặp với Trưởng Đặc khu hành chính Hong Kong Lương Chấn Anh và các quan chức.") == [
        ("Lương Chấn Anh", ["Trưởng Đặc khu hành chính Hong Kong"])]
    text = ("Sáng 1/7, tân Trưởng Đặc khu hành chính Hong Kong Lâm Trịnh Nguyệt Nga cùng các thành viên nội các mới đã làm "
            "lễ tuyên thệ nhậm chức.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Lâm Trịnh Nguyệt Nga"]


# A bare scaled figure priced for a few units (22647997 `giá 130 nghìn/2 con`, 22397535 `30 nghìn/1 bát`, 22650778
# `552 triệu/12 tháng`) is money; another figure after the slash is no unit.
def test_a_bare_scaled_price_for_a_few_units() -> None:
    from tests.conftest import sentence_statistics

    assert sentence_statistics("Loại 7 lạng giá 130 nghìn/2 con; loại 1kg giá 160 nghìn/2 con.") == [
        ("7 lạng", "measure", 7.0, "lạng", None), ("130 nghìn/2 con", "money", 130000.0, "VND", None),
        ("1kg", "measure", 1.0, "kg", None), ("160 nghìn/2 con", "money", 160000.0, "VND", None)]
    assert sentence_statistics("Thu nhập từ lương như nhau là 552 triệu/12 tháng.") == [
        ("552 triệu/12 tháng", "money", 552000000.0, "VND", None)]
    assert sentence_statistics("Căn nhà được bán với giá 36,2 tỉ/54 tỉ.") == []


# A Party document's number written with a dash before its date (22702478 `Quyết định số 469-QĐNS/TW ngày 21/3/2017`,
# 21488094 `Chỉ thị số 15-CT/TU ngày 16/12/2016`): the day it was issued dates no meeting.
def test_a_party_documents_date_dates_no_meeting() -> None:
    text = ("Ngày 7/7, Đoàn kiểm tra theo Quyết định số 469-QĐNS/TW ngày 21/3/2017 của Bộ Chính trị do đồng chí Trần Quốc "
            "Vượng, Ủy viên Bộ Chính trị làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng.\n")
    meeting = extract_meeting(make_article(text, published="2017-07-08T09:00:00+07:00"))
    assert meeting is not None and meeting.date == "2017-07-07"
    assert extract_meeting(make_article(text)).date is None  # (no year the meeting's own day can take)


# A legislature's chamber is a body a title runs over, also as a house's bracketed other name (22628395 `Chủ tịch Viện
# Đại biểu Quốc hội (Hạ viện) Belarus`, 22292044 `Hội đồng Liên bang (Thượng viện) Nga`, 22668908 `Chủ tịch Thượng viện
# Hợp chúng quốc Hoa Kỳ`, 22502617 `Chủ tịch Nghị viện châu Âu Antonio Tajani`).
def test_a_legislatures_chamber_in_a_title() -> None:
    from tests.conftest import named_people

    assert named_people("Chủ tịch nước đã hội kiến Chủ tịch Viện Đại biểu Quốc hội (Hạ viện) Belarus Vladimir "
                        "Andreichenko.") == [("Vladimir Andreichenko", ["Chủ tịch Viện Đại biểu Quốc hội (Hạ viện) Belarus"])]
    assert named_people("Bà Kim Ngân gửi điện mừng tới ngài Paul Ryan, Chủ tịch Hạ viện Hợp chúng quốc Hoa Kỳ.")[-1] == (
        "Paul Ryan", ["Chủ tịch Hạ viện Hợp chúng quốc Hoa Kỳ"])
    assert named_people("Trong khi đó, Chủ tịch Nghị viện châu Âu Antonio Tajani cho rằng cuộc bầu cử này có thể mở đường "
                        "cho một chính phủ yếu kém.") == [("Antonio Tajani", ["Chủ tịch Nghị viện châu Âu"])]


# The honorific capitalised before a foreign name ends the title before it (22565256 `Chủ tịch Thượng viện Ngài Youri
# Latortue`, 21489778 `Tổng thư ký LHQ Ngài Antonio Guterres`, 22628395 `… Quốc hội Belarus Ngài V. Andreichenko`).
def test_a_capitalised_honorific_ends_the_title() -> None:
    from tests.conftest import named_people

    assert named_people("Chủ tịch Thượng viện Ngài Youri Latortue cảm ơn Chủ tịch Quốc hội.")[0] == (
        "Youri Latortue", ["Chủ tịch Thượng viện"])
    assert named_people("Chủ tịch nước tiếp Đại sứ Nhật Bản Ngài Umeda Kunio.") == [("Umeda Kunio", ["Đại sứ Nhật Bản"])]


# Months, days or quarters listed after their word are calendar references (22496653 `vào tháng 9 và 11 hàng năm`,
# 22452681 `các tháng 4, 5, 6 hàng năm`, 21493687 `vào ngày 10 và 25 hằng tháng`), not counts; a clause after a day's
# comma still counts (`Ngày 15, 3 người`), and so does a figure with a unit (`tháng 3 và 167,7 triệu USD`). `tỷ suất` is
# a rate, no scale (22423412).
def test_a_list_of_months_or_days_is_no_count() -> None:
    from tests.conftest import sentence_statistics

    assert sentence_statistics("Theo dự báo thường xuất hiện đỉnh dịch vào tháng 9 và 11 hàng năm.") == []
    assert sentence_statistics("Sạt lở diễn ra nhiều nhất vào các tháng 4, 5, 6 hàng năm.") == []
    assert sentence_statistics("Báo được phát hành vào ngày 10 và 25 hằng tháng.") == []
    assert sentence_statistics("Ngày 15, 3 người bị thương.") == [("3 người", "count", 3.0, "người", None)]
    assert [s[2] for s in sentence_statistics("Nhập khẩu đạt 114,6 triệu USD trong tháng 3 và 167,7 triệu USD vào tháng "
                                              "4/2016.")] == [114600000.0, 167700000.0]
    assert [s[2] for s in sentence_statistics("Tháng 9, 10 tỷ suất nắng cao hơn cả.")] == [10.0]


# A branch named by number (22461969, 21491213: `Nhánh 1 hướng từ Nguyễn Kiệm …`, `nhánh 2 từ điểm giao với
# nhánh 1`) is no count; the branches counted before their noun are.
def test_a_numbered_branch_is_no_count() -> None:
    from tests.conftest import sentence_statistics

    assert sentence_statistics("Cầu vượt gồm 3 nhánh: Nhánh 1 hướng Hoàng Minh Giám, nhánh 2 hướng Nguyễn Kiệm dài 367m.") == [
        ("3 nhánh", "count", 3.0, "nhánh", None), ("367m", "measure", 367.0, "m", None)]


# A foreign name an attending or meeting word introduces, its titles after a comma (22731099 `… giữa ông với Rob
# Goldstone, chuyên gia luật, …`, 22628297 `đối với Nick Evans, chuyên gia bắt rắn ở Durban`).
def test_a_foreign_name_introduced_with_its_titles_after_a_comma() -> None:
    from tests.conftest import named_people

    assert named_people("Hội thảo có sự tham dự của Michael Kofman, chuyên gia về Nga.") == [
        ("Michael Kofman", ["chuyên gia về Nga"])]
    assert named_people("Các bức thư trao đổi giữa ông với Rob Goldstone, chuyên gia luật, đã được công bố.") == [
        ("Rob Goldstone", ["chuyên gia luật"])]


# An office over several ministries after a name is the next item of the list, not the name's title (22539368, 22583267
# `Các Phó Thủ tướng A, B, Vương Đình Huệ, Bộ trưởng các Bộ Công thương, Giao thông vận tải, …`); another body after
# `các` is the person's own (22265376 `Giáo sư các đại học Princeton và New York`).
def test_an_office_of_several_ministries_is_the_next_item() -> None:
    from tests.conftest import named_people

    assert named_people("Các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ, Bộ trưởng các Bộ Công thương, "
                        "Giao thông vận tải đã trả lời chất vấn.")[-1] == ("Vương Đình Huệ", ["Phó Thủ tướng"])
    assert named_people("Ông Trần Công Khanh, Chánh văn phòng các KCX-KCN TP, cho biết như vậy.") == [
        ("Trần Công Khanh", ["Chánh văn phòng các KCX-KCN TP"])]


# Degrees chained by a glued comma or a dash are one title as written (22288983 `Thượng tướng, GS,TS Tô Lâm`, 22462350
# `Phó Giáo sư – Tiến sỹ Lương Ngọc Khuê`), as `PGS.TS` is; a comma and a space list them apart (22256847 `Giáo sư, Tiến
# sĩ Nguyễn Ngọc Trân`).
def test_degrees_chained_by_a_comma_or_a_dash_are_one_title() -> None:
    from tests.conftest import named_people

    assert named_people("Thượng tướng, GS,TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu.") == [
        ("Tô Lâm", ["Thượng tướng", "GS,TS", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])]
    assert named_people("Phó Giáo sư – Tiến sỹ Lương Ngọc Khuê phát biểu.") == [
        ("Lương Ngọc Khuê", ["Phó Giáo sư – Tiến sỹ"])]
    # a rank and a degree stay apart, and degrees listed with a comma and a space
    assert named_people("Đại tá, Tiến sĩ Nguyễn Văn An phát biểu.")[0][1] == ["Đại tá", "Tiến sĩ"]
    assert named_people("Giáo sư, Tiến sĩ Nguyễn Ngọc Trân nhận xét như vậy.")[0][1] == ["Giáo sư", "Tiến sĩ"]


# A capitalised demonstrative after a title's dash opens the person's words (22266466 `Theo ông Lê Văn Thành - Bí thư
# Thành ủy Hải Phòng - Đây là dự án …`); a department's own dash stays (22495327 `Phòng Kế hoạch - Điều độ`).
def test_a_dash_before_a_demonstrative_closes_the_title() -> None:
    from tests.conftest import named_people

    assert named_people("Theo ông Lê Văn Thành - Bí thư Thành ủy Hải Phòng - Đây là dự án có ý nghĩa đặc biệt.") == [
        ("Lê Văn Thành", ["Bí thư Thành ủy Hải Phòng"])]
    assert named_people("Ông Nguyễn Hồng Lộc, Trưởng Phòng Kế hoạch - Điều độ Công ty Cảng Vũng Rô cho biết.") == [
        ("Nguyễn Hồng Lộc", ["Trưởng Phòng Kế hoạch - Điều độ Công ty Cảng Vũng Rô"])]


# Exchanging with the body met is no interview (22341564 `Trao đổi với Ủy ban Nhân dân tỉnh Hậu Giang, ông Min Kim, Tổng
# Giám đốc … cho hay`, 21469367 `Trao đổi với lãnh đạo TP.HCM, ông Nguyễn Văn Hùng …`); talking to a medium still is.
def test_exchanging_with_the_body_met_is_no_interview() -> None:
    lead = ("Chiều 25/5, Phó Chủ tịch UBND tỉnh Hậu Giang Trương Cảnh Tuyên đã có buổi làm việc với Công ty TNHH Hand & "
            "Hand.\n" + "".join(f"Tỉnh có nhiều chính sách ưu đãi số {i}.\n" for i in range(6)))
    said = ("Trao đổi với Ủy ban Nhân dân tỉnh Hậu Giang, ông Min Kim, Tổng Giám đốc Công ty Hand & Hand cho hay, mục đích "
            "của công ty là kết nối.\n")
    meeting = extract_meeting(make_article(lead + said))
    assert meeting is not None and "Min Kim" in [p.name for p in meeting.attendees]
    told = said.replace("Ủy ban Nhân dân tỉnh Hậu Giang", "VnExpress")
    meeting = extract_meeting(make_article(lead + told))
    assert meeting is not None and "Min Kim" not in [p.name for p in meeting.attendees]


# A bare ordinal after a noun with its whole after it is a position of the whole (22649366 `đối tác thứ 23 trên tổng số
# 119 quốc gia`, 22747610 `chiếc xe thứ 147 trên 250 chiếc`, read before as `trên 250 chiếc`, over 250); not a feat in a
# span (22659548 `danh hiệu thứ 3 trong 3 năm`) nor a turn (`lần thứ 2 trong 3 năm`).
def test_a_nouns_ordinal_of_a_whole_is_a_rank() -> None:
    from core.extract.statistics import extract_statistics

    def read(sentence: str) -> list[tuple[str, str, float, float | None]]:
        return [(s.text, s.kind, s.value, s.of) for s in extract_statistics([sentence])]

    assert read("Nga là đối tác thứ 23 trên tổng số 119 quốc gia có đầu tư tại Việt Nam.") == [
        ("thứ 23 trên tổng số 119 quốc gia", "rank", 23.0, 119.0)]
    assert read("Chiếc xe này là chiếc thứ 147 trên 250 chiếc được sản xuất.")[0][1:] == ("rank", 147.0, 250.0)
    assert read("Chile sẽ có danh hiệu thứ 3 trong 3 năm gần đây.") == []
    assert read("Juventus vào chung kết lần thứ 2 trong 3 năm.") == []


# A level exceeded is `over` (22653388 `điều chỉnh vượt mức 5% so với mức giá đã kê khai`, 22657500 `có thể vượt
# mức 7 triệu euro`), as `vượt mốc` and `vượt ngưỡng` are.
def test_vuot_muc_is_over() -> None:
    from tests.conftest import sentence_statistics

    assert sentence_statistics("Trường hợp điều chỉnh vượt mức 5% so với mức giá đã kê khai.") == [
        ("vượt mức 5%", "percent", 5.0, "%", "over")]


# A two-word verb opening the sentence on the office it addresses takes that office as its object (22531987 `Chất vấn
# Bộ trưởng, đại biểu Nguyễn Thị Kim Thúy (Đà Nẵng) nêu rõ …`): no title of the person after the comma.
def test_a_verb_opening_on_the_office_it_addresses() -> None:
    from tests.conftest import named_people

    assert named_people("Chất vấn Bộ trưởng Kế hoạch và Đầu tư, ĐB Lê Công Nhường (Bình Định) dẫn báo cáo của Bộ.") == [
        ("Lê Công Nhường", ["ĐB"])]
    assert named_people("Chất vấn Bộ trưởng, đại biểu Nguyễn Thị Kim Thúy nêu rõ như vậy.") == [
        ("Nguyễn Thị Kim Thúy", ["đại biểu"])]
