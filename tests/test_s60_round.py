"""The 5 Dec forty-fourth round: rules found by reading what prec65, stat62, audit106, audit108 and web63 (the web pages
gathered this round) show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles',
named by their id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A `diễn đàn` named with the web's words is a website's forum (baomoi 22466987, 22528451): no meeting. A forum held with
# web words elsewhere in the article stays one.
def test_a_website_forum_is_no_meeting() -> None:
    for lead in (
        "Tâm sự của cô gái về chuyện chia tay đòi quà tại diễn đàn Đại học Kinh tế quốc dân mới đây gây tranh cãi trên "
        "mạng. Nữ chính là sinh viên một trường đại học ở Hà Nội.",
        "Tại một diễn đàn lớn dành cho giới trẻ, đoạn video dài 2 phút thu hút hơn 70.000 lượt xem, 3.000 like cùng hàng "
        "nghìn bình luận trái chiều. Theo đó, một chàng trai liên tục nhảy trước đám đông.",
    ):
        assert extract_meeting(make_article(lead + "\n")) is None, lead


def test_a_forum_held_stays_a_meeting() -> None:
    meeting = extract_meeting(make_article(
        "Chiều 10-7, Thủ tướng Nguyễn Xuân Phúc đã tham dự Diễn đàn doanh nghiệp Việt Nam-Hà Lan do Phòng Thương mại và "
        "Công nghiệp Việt Nam tổ chức tại thành phố La Haye. Bài phát biểu của Thủ tướng được chia sẻ rộng rãi trên mạng "
        "xã hội.\n"
    ))
    assert meeting is not None and meeting.kind == "diễn đàn"
    assert meeting.organizer == "Phòng Thương mại và Công nghiệp Việt Nam"


# A count after `cùng` opens the next people's shared title as after `và` (baomoi 22260141 `Tổng Bí thư X cùng hai ĐBQH
# Y, Z đã tiếp xúc cử tri`): the first person shares the verb, read before as no one's subject.
def test_a_count_after_cung_joins_the_people_who_share_the_verb() -> None:
    meeting = extract_meeting(make_article(
        "Sáng 13/5, Chủ tịch nước Trần Văn Nam cùng hai ĐBQH Lê Thị Hoa, Phạm Văn Bình đã tiếp xúc cử tri quận Ba Đình.\n"
    ))
    assert meeting is not None and meeting.kind == "tiếp xúc cử tri"
    names = [p.name for p in meeting.chairs + meeting.attendees]
    assert names[:1] == ["Trần Văn Nam"] and {"Lê Thị Hoa", "Phạm Văn Bình"} <= set(names)


# A span of days that writes `ngày` again before its last day (`Từ ngày 27 đến ngày 30-6-2017`, baomoi 22667741; web63
# w011 `từ ngày 24 đến ngày 25/9/2023`) opens on its first, as `từ ngày 27 đến 30-6-2017` does; a list after a comma
# (`tháng 5, ngày 3/6`) stays the one day it writes.
def test_a_span_of_days_with_ngay_before_its_last_day() -> None:
    meeting = extract_meeting(make_article(
        "Từ ngày 27 đến ngày 30-6-2017, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15.\n"
    ))
    assert meeting is not None and meeting.date == "2017-06-27"
    meeting = extract_meeting(make_article(
        "Tại buổi họp báo thường kỳ tháng 5/2017, ngày 3/6, Thứ trưởng Bộ Tài chính Trần Xuân Hà cho biết giá xăng "
        "dầu sẽ giảm.\n"
    ))
    assert meeting is not None and meeting.date == "2017-06-03"


# An undated article that compares the year running (`năm nay`) with `cùng kỳ năm Y` is set in Y + 1 (prec65 B12, baomoi
# 22599837): the meeting's day takes that year. A review of last year compared with the year before it writes no
# `năm nay` and dates nothing.
def test_the_year_running_compared_with_the_same_period_of_the_year_before() -> None:
    body = ("Ngày 23-6, Bộ NN&PTNT tổ chức hội nghị bàn giải pháp phát triển bền vững ngành hàng cá tra. Tổng kim ngạch "
            "xuất khẩu cá tra sáu tháng đầu năm nay đạt trên 519 triệu USD, tăng 2,7% so với cùng kỳ năm 2016.\n")
    meeting = extract_meeting(make_article(body))
    assert meeting is not None and meeting.date == "2017-06-23"
    meeting = extract_meeting(make_article(body.replace("sáu tháng đầu năm nay", "năm 2016").replace("2016.", "2015.")))
    assert meeting is not None and meeting.date is None


# A counted noun phrase stops at five words or a stop word, sometimes inside a word of several syllables (stat62: `xử phạt
# vi|phạm`, `cầu thủ dự|bị`, `nhu|cầu`): the word is left out whole, read in underthesea's own dictionary of words; a
# syllable that closes a word with the one before it, or a name's, stays.
def test_a_counted_noun_is_not_cut_inside_a_word() -> None:
    from core.extract.statistics import extract_statistics

    for sentence, text, unit in (
        ("Năm qua, lực lượng chức năng ban hành 82.074 quyết định xử phạt vi phạm hành chính.", "82.074 quyết định xử phạt",
         "quyết định xử phạt"),
        ("Đội mang theo 7 cầu thủ dự bị trên băng ghế.", "7 cầu thủ", "cầu thủ"),
        ("Biên phòng bắt giữ 12 người di cư bất hợp pháp.", "12 người di cư", "người di cư"),
        ("Có khoảng 1.000 cán bộ thuộc diện Bộ Chính trị quản lý.", "khoảng 1.000 cán bộ", "cán bộ"),
        ("Vụ tai nạn khiến 1 nạn nhân tử vong tại chỗ.", "1 nạn nhân", "nạn nhân"),
        ("Hiện có trên 55.000 người Nghệ An sinh sống ở nước ngoài.", "trên 55.000 người Nghệ An", "người nghệ an"),
    ):
        stats = extract_statistics([sentence])
        assert [(s.text, s.unit) for s in stats] == [(text, unit)], sentence


def test_the_lexicon_holds_words_of_several_syllables() -> None:
    from core.lexicon import compound_words

    words = compound_words()
    assert {"vi phạm", "nhu cầu", "cầu thủ", "bất hợp pháp"} <= words
    assert all(" " in w and w == w.lower() for w in words)


# An adverb that opens the predicate ends the counted noun (stat62 `2 thị trường đồng thời`; baomoi `cả 6 cô gái lập tức`).
def test_a_counted_noun_ends_before_an_adverb_of_the_predicate() -> None:
    from core.extract.statistics import extract_statistics

    assert [s.unit for s in extract_statistics(["Thỏa thuận đẩy mạnh thương mại giữa 2 thị trường đồng thời làm giảm "
                                                "cơ hội kinh doanh."])] == ["thị trường"]
    assert [s.unit for s in extract_statistics(["Thấy vậy, cả 6 cô gái lập tức bỏ chạy ra ngoài."])] == ["cô gái"]


# A trade union and the Youth Union's committees open a body's name (audit106 a017, web63 w019); a committee alone names
# the one of the article's place (`do Tỉnh đoàn phối hợp với … tổ chức`); `các cấp` names no one holder.
def test_union_bodies_hold_their_meetings() -> None:
    for lead, organizer in (
        ("Đại hội Công đoàn (CĐ) Công ty CP Bách Hưng Sinh (quận Bình Thạnh, TP HCM) lần thứ nhất đã diễn ra.",
         "Công đoàn (CĐ) Công ty CP Bách Hưng Sinh"),
        ("Sáng 3/6, Lễ phát động chiến dịch Thanh niên tình nguyện của Thành đoàn Hà Nội diễn ra tại quận Long Biên.",
         "Thành đoàn Hà Nội"),
        ("Sáng 24/9, Hội nghị Tổng kết Mô hình Hội đồng trẻ em cấp tỉnh do Tỉnh đoàn phối hợp với tổ chức Plan tổ chức.",
         "Tỉnh đoàn"),
    ):
        meeting = extract_meeting(make_article(lead + "\n"))
        assert meeting is not None and meeting.organizer == organizer, lead


def test_bodies_at_every_level_hold_nothing() -> None:
    from core.extract.meetings import _is_body

    assert not _is_body("Công đoàn các cấp")
    assert _is_body("Công đoàn cơ sở Công ty CP Bách Hưng Sinh")


# A WordPress theme's comment box left in English (web63 w007: `Leave a Reply`, `Your email address will not be
# published. Required fields are marked *`) is chrome.
def test_an_english_comment_box_is_chrome() -> None:
    from core.clean.lines import classify_lines

    page = (
        "Lễ khánh thành cầu giao thông nông thôn\n\n"
        "UBND tỉnh lập kế hoạch tổ chức lễ khánh thành các cầu giao thông nông thôn do ngân hàng tài trợ xây dựng "
        "tại ba huyện biên giới, với sự tham dự của lãnh đạo tỉnh và đại diện các nhà tài trợ.\n\n"
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
    )
    body = [line.text for line in classify_lines(page).lines if line.label == "B"]
    assert len(body) == 1 and body[0].startswith("UBND tỉnh")


# After a rank alone, a capitalised body right after the name's comma is the person's affiliation, as after a degree
# (audit106 a020 `Đại tá Lê Thế Mẫu, Viện Chiến lược quốc phòng chỉ rõ`); a body that acts after it is the next subject.
def test_a_ranked_persons_affiliation() -> None:
    from core.extract.people import find_people

    found = [(m.person.name, m.person.titles) for m in find_people(
        "Đại tá Trần Văn Hùng, Viện Chiến lược quốc phòng chỉ rõ, cuộc cách mạng này phát triển rất nhanh.")]
    assert found == [("Trần Văn Hùng", ["Đại tá", "Viện Chiến lược quốc phòng"])]
    found = [(m.person.name, m.person.titles) for m in find_people(
        "Thượng tướng Trần Văn Hùng, Bộ Quốc phòng đã chỉ đạo các đơn vị khắc phục hậu quả.")]
    assert found == [("Trần Văn Hùng", ["Thượng tướng"])]


# A body in brackets right after a name, the person speaking right after it, is the person's affiliation (audit108 a031
# `Chị X (Cty TOTO Việt Nam) bày tỏ mong muốn …`); a place in brackets stays out (`Đại biểu X (Thành phố Hồ Chí Minh)`).
def test_a_bracketed_body_before_the_speech_verb() -> None:
    from core.extract.people import find_people

    found = [(m.person.name, m.person.titles) for m in find_people(
        "Chị Phạm Thị Bích Hà (Cty TOTO Việt Nam) bày tỏ mong muốn thành phố xem xét hỗ trợ nhà ở cho công nhân.")]
    assert found == [("Phạm Thị Bích Hà", ["Cty TOTO Việt Nam"])]
    found = [(m.person.name, m.person.titles) for m in find_people(
        "Đại biểu Trần Văn Anh (Thành phố Hồ Chí Minh) phát biểu về dự án sân bay.")]
    assert found == [("Trần Văn Anh", ["Đại biểu"])]


# A sentence opening on attending another kind of event that the sentence before told at another time lists that event's
# people (prec65 A25: `Trước đó, vào sáng 12-5 đã diễn ra Tọa đàm … . Dự tọa đàm còn có …` in a reception's article); the
# meeting named again by another noun keeps its list (`Tham dự cuộc gặp trên còn có …` after `buổi làm việc`).
def test_the_list_of_an_earlier_event_of_another_kind() -> None:
    text = ("Chiều 12-5, tại Bắc Kinh, Chủ tịch nước Trần Văn An đã hội kiến với Thủ tướng Trung Quốc Lý Minh. Hai bên "
            "nhất trí tăng cường hợp tác. Trước đó, vào sáng 12-5 đã diễn ra Tọa đàm Hợp tác kinh tế, thương mại do Bộ "
            "Kế hoạch và Đầu tư tổ chức. Dự tọa đàm còn có Phó Thủ tướng Vương Văn Huệ và Phó Thủ tướng Trung Quốc Uông "
            "Dương.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    names = {p.name for p in meeting.chairs + meeting.attendees}
    assert "Trần Văn An" in names and "Vương Văn Huệ" not in names


# `cả N` (all N of them) is written with its `cả`, as the dev gold writes `Cả 3 đối tượng` (stat62: 5 spans); not the
# `cả` of a word (`tất cả`, `giá cả`).
def test_all_of_n_keeps_its_ca() -> None:
    from core.extract.statistics import extract_statistics

    assert [s.text for s in extract_statistics(["Cả 3 đối tượng đã bị bắt giữ."])] == ["Cả 3 đối tượng"]
    assert [s.text for s in extract_statistics(["Công an đã bắt cả 3 đối tượng."])] == ["cả 3 đối tượng"]
    assert [s.text for s in extract_statistics(["Tất cả 22 Chi cục đều tham gia."])] == ["22 Chi cục"]
