"""The 5 Dec thirty-first round: what audit62 (drawn blind last round, read this round) and audit63 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article, meeting_people, named_people


# A festival's opening rite is a ceremony the news reports (21473561, 21472041); held `lại` (again, by custom) its
# holder is the subject without the adverb (21511973).
def test_a_festivals_opening_rite_is_a_ceremony_and_its_holder_drops_lai() -> None:
    text = ("Hàng vạn du khách dự lễ khai hội Xuân Yên Tử 2017\nSáng 6/2 (tức ngày 10 tháng Giêng), tại Quảng Ninh, hàng vạn người đến dự "
            "lễ khai hội Xuân Yên Tử 2017 tại sân chùa.\nDự lễ khai hội có nguyên Phó Chủ tịch nước Nguyễn Thị Doan, cùng "
            "hàng nghìn phật tử. Mở đầu là nghi thức rước lễ long trọng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ" and meeting.date == "2017-02-06"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Nguyễn Thị Doan", ["nguyên Phó Chủ tịch nước"])]
    again = ("Lễ hội Minh Thề\nNăm nay, xã Thuận Thiên (huyện Kiến Thụy, TP Hải Phòng) lại tổ chức lễ khai hội Minh Thề "
             "tại đình làng.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(again))
    assert meeting is not None and meeting.organizer == "xã Thuận Thiên (huyện Kiến Thụy, TP Hải Phòng)"


# An office, a comma and a foreign name closed by a verb of stating or judging: the office is the named person's
# (22654749 `Giám đốc điều hành Facebook, Mark Zuckerberg tuyên bố`, 22459440 `Tổng Giám đốc IATA, Alexandre de
# Juniac nhận định`, 22423396); a place after the comma stays no one.
def test_an_office_a_comma_and_a_foreign_name_before_a_statement_verb() -> None:
    assert named_people("Trước đó, Giám đốc điều hành Facebook, Mark Zuckerberg tuyên bố mạng xã hội này đã cán mốc "
                        "2 tỷ người dùng.") == [("Mark Zuckerberg", ["Giám đốc điều hành Facebook"])]
    assert named_people("Ảnh: AFP/TTXVN Tổng Giám đốc IATA, Alexandre de Juniac nhận định vụ tấn công có thể là một "
                        "đòn giáng.") == [("Alexandre de Juniac", ["Tổng Giám đốc IATA"])]
    assert named_people("Đại sứ Mỹ tại Afghanistan, Hugo Llorens lên án vụ đánh bom.") == [
        ("Hugo Llorens", ["Đại sứ Mỹ tại Afghanistan"])]
    assert named_people("Chủ tịch UBND quận Đồ Sơn, Hải Phòng tuyên bố sẽ xử lý nghiêm.") == []


# A monarch met again without the reign's numeral is the one the article named with it (22355276): `VI`, spelled as a
# Vietnamese syllable, no longer hides the foreign name.
def test_a_monarch_met_again_without_the_reigns_numeral_takes_the_full_name() -> None:
    text = ("Phó Thủ tướng yết kiến Nhà vua Tây Ban Nha\nTại cuộc gặp, Phó Thủ tướng Phạm Bình Minh chuyển lời mời của "
            "Chủ tịch nước mời Nhà vua Tây Ban Nha sang thăm Việt Nam.\nChiều 23/5, Phó Thủ tướng Phạm Bình Minh đã yết "
            "kiến Nhà vua Tây Ban Nha Felipe VI. Tại cuộc gặp, Nhà Vua Tây Ban Nha Felipe nhiệt liệt chào mừng Phó Thủ "
            "tướng.\n")
    chairs, attendees = meeting_people(text)
    assert "Felipe VI" in chairs + attendees and "Felipe" not in chairs + attendees


# A site credited by its handle or its address after the last sentence is the page's credit, no writer (22573585,
# 22614384, 22735504, 21474176, 22287278); `Theo` before a clause word or a document is the text's.
@pytest.mark.parametrize(("paragraph", "text", "sources", "names"), [
    ("Quân đội Syria sẽ bị tấn công nếu bị phát hiện. Theo dantri", "Quân đội Syria sẽ bị tấn công nếu bị phát hiện.",
     ("dantri",), ()),
    ("Ông ta là đối tượng điều tra tiếp theo. Theo vnexpress", "Ông ta là đối tượng điều tra tiếp theo.", ("vnexpress",), ()),
    ("Chất lượng đầu vào do các trường tự xác định. - Theo vtv.vn", "Chất lượng đầu vào do các trường tự xác định.",
     ("vtv.vn",), ()),
    ("Câu chuyện vẫn là tấm gương để chúng ta noi theo. Theo VTC14", "Câu chuyện vẫn là tấm gương để chúng ta noi theo.",
     ("VTC14",), ()),
    ("Đoạn đường vừa nâng cấp\", cán bộ điều tra nói. Theo Cửu Long/vnexpress",
     "Đoạn đường vừa nâng cấp\", cán bộ điều tra nói.", ("vnexpress",), ("Cửu Long",)),
    # a closing quotation mark before the writer, no stop (22292840, 21480651, 22468345)
    ("Gia đình sẽ thu xếp cho cháu Thắm lên viện điều trị” Phạm Bắc",
     "Gia đình sẽ thu xếp cho cháu Thắm lên viện điều trị”", (), ("Phạm Bắc",)),
    ("Câu chuyện được chuyển thể thành phim \"Băng qua đường\" Q.H (Tổng hợp Dailymail)",
     "Câu chuyện được chuyển thể thành phim \"Băng qua đường\"", ("Tổng hợp Dailymail",), ("Q.H",)),
])
def test_a_site_credited_by_its_handle_is_the_pages_credit(paragraph: str, text: str, sources: tuple[str, ...],
                                                            names: tuple[str, ...]) -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline(paragraph)
    assert found is not None and found[0] == text and found[1].sources == sources and found[1].names == names


def test_theo_before_a_clause_word_or_a_document_is_the_texts() -> None:
    from core.clean.byline import split_glued_byline
    assert split_glued_byline("Năm nay thời tiết rất đẹp. Theo tôi") is None
    assert split_glued_byline("Việc này đã được quy định. Theo Nghị định 15") is None
    # (a name closed by a full stop after a quotation is the sentence's, 22738964)
    assert split_glued_byline("Chu Đông Vũ được xếp cạnh “Nữ thần giải Kim Ưng” Đường Yên.") is None


_HEAD = "Xe công chây ì ở sân bay\nBộ Tài chính đề nghị các đơn vị rà soát việc sử dụng xe công trong năm nay.\n"
_LAST = ("Các đơn vị cần có phương án phân bổ xe công hợp lý theo đúng tiêu chuẩn, định mức với một số chức danh theo quy "
         "định, không dôi dư.")


# A related clip's teaser glued after the last sentence (22244974, 22714775), or standing as the last line with the
# colon that announced its player (21480716, 21511922), is no text; a clip's caption the article goes on after stays
# the rule it was.
def test_a_clips_teaser_at_the_end_is_no_text() -> None:
    from core.clean.lines import classify_lines
    for teaser in (" Video: Xe công chây ì, bất chấp quy định cấm dừng đỗ ở sân bay",
                   " Clip: Lê Thanh Bình ghi bàn đẹp mắt vào lưới Thái Lan",
                   "\nVideo: Phát hiện mới: Con đầu lòng dễ thành công hơn con thứ:"):
        result = classify_lines(_HEAD + _LAST + teaser + "\n")
        assert result.paragraphs[-1] == _LAST, teaser
    # (a clip named inside a sentence is the text's)
    inside = _LAST + " Video: clip này cho thấy nhiều xe vẫn dừng đỗ sai quy định, ông An nói. Đơn vị sẽ xử lý."
    assert classify_lines(_HEAD + inside + "\n").paragraphs[-1] == inside


# Related pages' headlines glued after the last sentence, each after `>>` (22318465, 21472144, 22266405), are no text,
# their figures no statistics; a `>>` the article goes on after with sentences of its own is left.
def test_related_headlines_after_the_last_sentence_are_no_text() -> None:
    from core.clean.lines import classify_lines
    for links in (" >>Thủ tướng chuyển lời nói thành hành động, ban hành Nghị định gỡ khó cho DN ngay tại hội nghị",
                  " >> Học sinh gãy chân trong trường: Hiệu trưởng vô cảm? >> Học sinh gãy chân ở trường: Phụ huynh "
                  "'tố', trường nói 'vô can'",
                  " >>> Chiếc Rolex của vua Bảo Đại dự kiến được bán đấu giá hơn 1,5 triệu USD"):
        result = classify_lines(_HEAD + _LAST + links + "\n")
        assert result.paragraphs[-1] == _LAST, links
    more = _LAST + " >> Nhiều xe vẫn dừng đỗ sai quy định ở sân bay. Theo các chuyên gia, tình trạng này còn kéo dài."
    assert classify_lines(_HEAD + more + "\n").paragraphs[-1] == more


# `ngày càng` (increasingly) after a counted noun is the predicate's (22626903, 22434113, 22695545), not the unit's.
def test_ngay_cang_ends_a_counted_noun() -> None:
    from tests.conftest import sentence_statistics
    assert sentence_statistics("Quan hệ giữa 2 quốc gia ngày càng phát triển.") == [
        ("2 quốc gia", "count", 2.0, "quốc gia", None)]
    assert sentence_statistics("Gần 100 triệu dân ngày càng giàu lên.") == [
        ("Gần 100 triệu dân", "count", 100000000.0, "dân", "about")]


# `lần lượt` (respectively, one after another) ends a counted noun (22657274, 22404507), and a name's number right
# before it counts nothing (22719648 `RON 95 lần lượt là`, 22692947 `dầu diesel 10 lần lượt bằng`).
def test_lan_luot_ends_a_counted_noun_and_a_names_number_before_it_counts_nothing() -> None:
    from tests.conftest import sentence_statistics
    assert sentence_statistics("Có 3 đội lần lượt lên nhận giải.") == [("3 đội", "count", 3.0, "đội", None)]
    assert sentence_statistics("Giá xăng RON 92 và RON 95 lần lượt là 16.060 đồng/lít và 16.760 đồng/lít.") == [
        ("16.060 đồng/lít", "money", 16060.0, "VND", None), ("16.760 đồng/lít", "money", 16760.0, "VND", None)]
    assert sentence_statistics("Họ đã thử 3 lần, lần lượt thất bại.") == [("3 lần", "count", 3.0, "lần", None)]


# A time adverbial after a counted noun (22373637 `4 ca khúc đêm nay`, 22553619 `Hơn 1.000 người hôm nay tập trung`,
# 22237647 `8 đội ngày hôm nay`) and `càng thêm` (22547539) end it; `tôm càng xanh` is a prawn (21491081).
def test_a_time_adverbial_after_a_counted_noun_ends_it() -> None:
    from tests.conftest import sentence_statistics
    assert sentence_statistics("Ca sĩ sẽ hát 4 ca khúc đêm nay.") == [("4 ca khúc", "count", 4.0, "ca khúc", None)]
    assert sentence_statistics("Hơn 1.000 người hôm nay tập trung tại quảng trường.") == [
        ("Hơn 1.000 người", "count", 1000.0, "người", "over")]
    assert sentence_statistics("Có 8 đội ngày hôm nay bước vào vòng chung kết.") == [("8 đội", "count", 8.0, "đội", None)]
    assert sentence_statistics("Từ đó, 2 nước càng thêm khăng khít.") == [("2 nước", "count", 2.0, "nước", None)]
    assert sentence_statistics("Xã có 42 hộ nuôi tôm càng xanh.") == [
        ("42 hộ nuôi tôm càng xanh", "count", 42.0, "hộ nuôi tôm càng xanh", None)]


# Trades and standings news introduces private people by, before a Vietnamese full name (22503845 `ngư dân Trần Đình
# Sơn`, 22471939 `đội viên Triệu Thị Múi`, 22686250 `chủ tàu Nguyễn Duy Muộn`); not the people of a case.
def test_more_callings_title_the_private_person_they_introduce() -> None:
    assert named_people("Tại hội nghị, ngư dân Trần Đình Sơn ở xã Mỹ An, chủ tàu vỏ thép, đã mang tới lá đơn.")[0] == (
        "Trần Đình Sơn", ["ngư dân"])
    assert named_people("Đó là góp ý của đội viên Triệu Thị Múi ở Vĩnh Quang tại Hội nghị.") == [
        ("Triệu Thị Múi", ["đội viên"])]
    assert named_people("Công nhân Bùi Văn Đông (công đoạn ủi) thì chia sẻ: “Tôi rất vui”.") == [
        ("Bùi Văn Đông", ["Công nhân"])]
    assert named_people("Tòa tuyên phạt bị cáo Lý Nguyễn Chung 3 năm tù.") == []


# A grand rite held (21493550 `chùa Bàng Long long trọng tổ chức đại lễ cầu quốc thái dân an`, 22236594 `tổ chức Đại lễ
# Phật đản`) is a ceremony; the Great Hall of the People stays the place of the talks held there (22244997).
def test_a_grand_rite_is_a_ceremony_and_the_great_hall_a_place() -> None:
    text = ("Chùa Bàng Long tổ chức đại lễ cầu quốc thái dân an\nNgày 8/2 tại thủ đô Vientiane, chùa Bàng Long long trọng "
            "tổ chức đại lễ cầu quốc thái dân an.\nTham dự buổi lễ có Tham tán Công sứ Bùi Duy Hải.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ" and meeting.name == "đại lễ cầu quốc thái dân an"
    talks = ("Chuyến thăm Trung Quốc của Chủ tịch nước\nTheo đặc phái viên TTXVN, chiều 11/5, tại Đại lễ đường Nhân dân ở thủ "
             "đô Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.\nNội "
             "dung khác của bài.\n")
    meeting = extract_meeting(make_article(talks))
    assert meeting is not None and meeting.kind == "hội đàm" and meeting.location == "Đại lễ đường Nhân dân ở thủ đô Bắc Kinh"


# A sentence glued after the meeting's name, its stop lost with a caption's line, ends the name (21473747, 22508656,
# 21486478); the capitalised words of a name stay (`Năm Du lịch`, `Ngày Chiến thắng`, `Bà Rịa - Vũng Tàu`).
def test_a_sentence_glued_after_the_name_ends_it() -> None:
    text = ("Khởi công trạm biến áp\nSáng 8/2, Tổng công ty Điện lực miền Trung tổ chức Lễ khởi công dự án Trạm biến áp 110 kV "
            "Ngũ Hành Sơn Ông Ngô Tấn Cư phát biểu tại buổi lễ.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.name == "Lễ khởi công dự án Trạm biến áp 110 kV Ngũ Hành Sơn"
    kept = ("Ra mắt nhóm kiểm soát\nSáng 6/5, Cục Hải quan tổ chức lễ ra mắt Nhóm kiểm soát cảng Bà Rịa - Vũng Tàu.\nNội "
            "dung khác của bài.\n")
    meeting = extract_meeting(make_article(kept))
    assert meeting is not None and meeting.name == "lễ ra mắt Nhóm kiểm soát cảng Bà Rịa - Vũng Tàu"


# `lại` (on the other hand, again) after an office ends it (22686250: `Tổng Giám đốc Công ty … lại cho rằng`).
def test_lai_ends_a_title() -> None:
    assert named_people("Ông Đỗ Quang Dương - Tổng Giám đốc Công ty Cổ phần Đại Dương lại cho rằng: Công ty rất nhiệt "
                        "tình.") == [("Đỗ Quang Dương", ["Tổng Giám đốc Công ty Cổ phần Đại Dương"])]
