"""People as Vietnamese news introduces them, and their roles at a meeting.

Every sentence here is taken from the baomoi corpus (file id in the comment), from articles
that are no gold file: the grammar is checked on prose it was not tuned on.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract.meetings import extract_meeting
from core.extract.people import HONORIFICS, RANKS, TITLE_HEADS, complete_person, find_people
from core.normalize import normalize_line
from core.record import Article, Person


def people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(normalize_line(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # honorific + name + titles in parentheses; an ethnic-minority name (Jrai)
        ("Sáng 14.6, ông Ksor Bon (Trưởng Công an xã Ia Der, huyện Ia Grai, Gia Lai) cho biết, cơ quan "
         "chức năng đang xác minh.",  # 22527769
         [("Ksor Bon", ["Trưởng Công an xã Ia Der", "huyện Ia Grai"])]),
        # Ê Đê names, with no family name a table could hold
        ('"Tổng cộng có hơn chục khối, chủ yếu là gỗ bạch tùng" - ông Y Te Bkrông cho biết thêm.',  # 22271959 kind
         [("Y Te Bkrông", [])]),
        ("Theo tin tức trên báo VOV, đến 21 giờ, ông Y Quý K'rông (Phó Công an xã) và công an viên "
         "Nguyễn Văn Đàn bắt gặp khoảng 10 thanh niên.",  # 22555072
         [("Y Quý K'rông", ["Phó Công an xã"])]),
        # academic titles as dotted abbreviations, a title chain with commas, then the name
        ("Thay mặt cho các bên tiếp nhận sử dụng xe, GS.TS, Anh hùng Lao động Nguyễn Anh Trí, Viện trưởng "
         "Viện Huyết học và Truyền máu Trung ương bày tỏ cảm ơn sự hỗ trợ của BIDV.",  # 22289884
         [("Nguyễn Anh Trí", ["GS.TS", "Anh hùng Lao động",
                              "Viện trưởng Viện Huyết học và Truyền máu Trung ương"])]),
        ("Trả lời phóng viên báo Dân Việt về vấn đề này, PGS.TS Bùi Thị An - Chủ tịch Hội nữ trí thức "
         "Hà Nội, Đại biểu Quốc Hội khóa XIII cho rằng, cần mạnh tay hơn.",  # 21491406
         [("Bùi Thị An", ["PGS.TS", "Chủ tịch Hội nữ trí thức Hà Nội", "Đại biểu Quốc Hội khóa XIII"])]),
        # ranks, and a foreign name recognised after the title that introduces it
        ("Chiều 26/6, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã tiếp bà Meirav "
         "Eilon Shahar, Đại sứ Đặc mệnh toàn quyền Israel tại Việt Nam đến chào từ biệt.",  # 22618406
         [("Ngô Xuân Lịch", ["Đại tướng", "Bộ trưởng Bộ Quốc phòng"]),
          ("Meirav Eilon Shahar", ["Đại sứ Đặc mệnh toàn quyền Israel tại Việt Nam"])]),
        ("Phát biểu tại buổi họp báo, Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, "
         "Trưởng Ban chỉ đạo Tây Nguyên nhấn mạnh: Lễ hội hướng tới mục tiêu.",  # 21479759
         [("Tô Lâm", ["Thượng tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an",
                      "Trưởng Ban chỉ đạo Tây Nguyên"])]),
        ("Thượng tướng Tô Lâm - Bộ trưởng Bộ Công an vừa có điện gửi các Tổng cục.",  # 21494422
         [("Tô Lâm", ["Thượng tướng", "Bộ trưởng Bộ Công an"])]),
        # Korean, Russian, transliterated Chinese names after a title and a country
        ("Sau khi giành chiến thắng trong cuộc bầu cử, tân Tổng thống Hàn Quốc Moon Jae-in đã tuyên bố.",  # 22236043
         [("Moon Jae-in", ["tân Tổng thống Hàn Quốc"])]),
        ("Mới đây, Thượng nghị sĩ Mỹ John McCain đã phát biểu xúc phạm Ngoại trưởng Nga Sergei Lavrov và "
         "Tổng thống Nga Vladimir Putin.",  # 22344380
         [("John McCain", ["Thượng nghị sĩ Mỹ"]), ("Sergei Lavrov", ["Ngoại trưởng Nga"]),
          ("Vladimir Putin", ["Tổng thống Nga"])]),
        ("Chủ tịch Tập Cận Bình cho biết ngày 1/7 tới là tròn 20 năm Trung Quốc thu hồi Hong Kong.",  # 22642896
         [("Tập Cận Bình", ["Chủ tịch"])]),
        # a place in the body of a title, then a Vietnamese name: the family name closes the title
        ("Ông Nguyễn Đắc Tài - Phó Chủ tịch UBND tỉnh Khánh Hòa, Trưởng ban tổ chức cho biết, Festival "
         "Biển là sự kiện được tổ chức 2 năm một lần.",  # 22504765
         [("Nguyễn Đắc Tài", ["Phó Chủ tịch UBND tỉnh Khánh Hòa", "Trưởng ban tổ chức"])]),
        ("Tham dự lễ khai mạc có ngài Bertrand Lortholary - Đại sứ Cộng hòa Pháp tại Việt Nam, Chủ tịch "
         "UBND tỉnh Bình Định Hồ Quốc Dũng cùng 120 nhà khoa học.",  # 22717371
         [("Bertrand Lortholary", ["Đại sứ Cộng hòa Pháp tại Việt Nam"]),
          ("Hồ Quốc Dũng", ["Chủ tịch UBND tỉnh Bình Định"])]),
        # titles before a form of address and the name
        ("Sáng 12/6, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội nước Cộng hòa Cuba, đồng "
         "chí Esteban Lazo Hernandez đã phát biểu tại Phiên họp.",  # 22514816
         [("Esteban Lazo Hernandez", ["Ủy viên Bộ Chính trị Đảng Cộng sản Cuba",
                                      "Chủ tịch Quốc hội nước Cộng hòa Cuba"])]),
        # a body's abbreviation closes its name; a transliterated name follows (22599392)
        ("Tân Hoa xã dẫn lời Chủ tịch Hội đồng châu Âu (EC) Đô-nan Tu-xcơ (Donald Tusk) cho biết, chống "
         "khủng bố là chủ đề đầu tiên.",
         [("Đô-nan Tu-xcơ", ["Chủ tịch Hội đồng châu Âu (EC)"])]),
        # `không` is a syllable of `Hàng không` (22478587); `các` inside a body (22322953)
        ("Ông Dương Trí Thành - Tổng giám đốc Tổng công ty Hàng không Việt Nam cho biết: Nhật Bản nằm "
         "trong top 5.",
         [("Dương Trí Thành", ["Tổng giám đốc Tổng công ty Hàng không Việt Nam"])]),
        ("Bà Nguyễn Thị Tuyến - Chủ tịch LĐLĐ TP.Hà Nội; ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN "
         "Hà Nội - đồng chủ trì hội nghị.",
         [("Nguyễn Thị Tuyến", ["Chủ tịch LĐLĐ TP.Hà Nội"]),
          ("Phạm Quốc Tuấn", ["Trưởng ban Quản lý các KCN Hà Nội"])]),
        # a name in capitals, with a family name (22322076)
        ("Chiều 19-5, tại Hà Nội, Đồng chí VƯƠNG ĐÌNH HUỆ, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ dự "
         "Diễn đàn Doanh nhân trẻ.",
         [("VƯƠNG ĐÌNH HUỆ", ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"])]),
        # a title in lower case closed by a name (22246923); an office as complement (22344396)
        ("Liên quan tới vấn đề này, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova cho biết toàn bộ "
         "chương trình do nước chủ nhà chuẩn bị.",
         [("Maria Zakharova", ["người phát ngôn Bộ Ngoại giao Nga"])]),
        ("Phát biểu tại Hội thảo, ông Vũ Quang Minh, Trợ lý Bộ trưởng Bộ Ngoại giao Việt Nam đánh giá cao "
         "vai trò của Liên minh.",
         [("Vũ Quang Minh", ["Trợ lý Bộ trưởng Bộ Ngoại giao Việt Nam"])]),
        # `Thông` is a given name (21478126); a verb ends the body (22533416)
        ("Tổng Giám đốc Cty TNHH Thông Thuận - ông Trương Hữu Thông - cho rằng cần có quy hoạch.",
         [("Trương Hữu Thông", ["Tổng Giám đốc Cty TNHH Thông Thuận"])]),
        ("Thay mặt lãnh đạo, ông Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương tin "
         "tưởng, với lịch sử.",
         [("Phạm Minh Chính", ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"])]),
        # a list after `có`, items closed by `;`
        ("Dự hội nghị có Thượng tướng Lương Cường, Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị; "
         "Trung tướng Phan Văn Giang, Tổng tham mưu trưởng.",  # 22623978
         [("Lương Cường", ["Thượng tướng", "Bí thư Trung ương Đảng", "Chủ nhiệm Tổng cục Chính trị"]),
          ("Phan Văn Giang", ["Trung tướng"])]),
    ],
)
def test_people_as_the_news_introduces_them(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a ward and a district named after people are places (22603486 kind)
        "Lực lượng chức năng phường Nguyễn Thái Bình, quận Hai Bà Trưng ra quân.",
        # a country after a head is no one's name
        "Tổng thống Belarus đã tới dự tọa đàm.",
        # an office named without its holder
        "Chủ tịch HĐQT Công ty Hợp Lực phát biểu.",
        "Hàng trăm ngàn máy tính chạy những hệ điều hành phiên bản cũ đã bị tấn công.",  # 22302796
        # acronyms in capitals are no name (`ông TNHH ZION` in 35,440 articles is a typo's leftover)
        "Chủ tịch UBND TP HCM dự. Chủ tịch UBND tỉnh ĐẮK LẮK phát biểu.",
        # a hospital's own name (22441257); a city misspelt after `TP` (21473376)
        "Thậm chí các bác sĩ Bệnh viện Bạch Mai cũng đang cân nhắc việc sử dụng.",
        "Do vậy, chủ tịch UBND TP Hà Nôi yêu cầu các đơn vị liên quan cần rút kinh nghiệm.",
    ],
)
def test_no_person(sentence):
    assert people(sentence) == []


def test_a_name_does_not_run_into_the_next_sentence():
    # 22258156: a full stop lost between a name and `Chiều 12.5`
    assert people("Chủ tịch nước Trần Đại Quang hội kiến với Thủ tướng Trung Quốc Lý Khắc Cường Chiều 12.5, "
                  "trong cuộc hội kiến.") == [("Trần Đại Quang", ["Chủ tịch nước"]),
                                              ("Lý Khắc Cường", ["Thủ tướng Trung Quốc"])]


def test_a_place_after_an_administrative_unit_in_the_titles_after_a_name():
    # `phường X` after the person is the ward's name; `tỉnh Bình Định Hồ Quốc Dũng` above is a person
    # baomoi 22317115, 21478918: wards named after people
    assert people("Tại địa bàn nhu cầu đỗ xe rất lớn, ông Dương Tuấn Anh, Chủ tịch UBND phường Phạm Đình Hổ "
                  "cho biết, hiện nay lực lượng công an liên tục phải dẹp.") == [
        ("Dương Tuấn Anh", ["Chủ tịch UBND phường Phạm Đình Hổ"])]
    assert people("Ngay từ sáng sớm, bà Nguyễn Thị Huệ, Chủ tịch UBND phường Bùi Thị Xuân, quận Hai Bà Trưng, "
                  "Hà Nội đã có mặt tại phố Trần Nhân Tông để chỉ đạo công tác an ninh.") == [
        ("Nguyễn Thị Huệ", ["Chủ tịch UBND phường Bùi Thị Xuân", "quận Hai Bà Trưng"])]


def article(*sentences: str, authors: list[str] | None = None) -> Article:
    return Article(path="x.txt", sha256="0" * 64, bytes=1, format="text", encoding="utf-8",
                   published="2017-06-01", authors=authors or [], text="\n".join(sentences),
                   sentences=list(sentences))


def roles(*sentences: str) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    m = extract_meeting(article(*sentences))
    assert m is not None
    return [(p.name, p.titles) for p in m.chairs], [(p.name, p.titles) for p in m.attendees]


def test_coordinated_chairs_before_the_verb():
    # 22693384
    chairs, attendees = roles("Chủ tịch Quốc hội Việt Nam Nguyễn Thị Kim Ngân và Chủ tịch Quốc hội Lào "
                              "Pany Yathotou đồng chủ trì hội thảo.")
    assert chairs == [("Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc hội Việt Nam"]),
                      ("Pany Yathotou", ["Chủ tịch Quốc hội Lào"])]
    assert attendees == []


def test_chairs_listed_after_the_chairing_noun_phrase():
    # 21494686
    chairs, _ = roles("Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt-Lào diễn ra từ ngày 7 tới 8/2 tại Hà Nội "
                      "dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith.")
    assert chairs == [("Nguyễn Xuân Phúc", ["Thủ tướng"]), ("Thongloun Sisoulith", ["Thủ tướng Lào"])]


def test_who_runs_a_session_chairs_it():
    # 22463330, with the lead of a session report
    chairs, _ = roles("Sáng 12/7, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 12.",
                      "Phó Chủ tịch Quốc hội Phùng Quốc Hiển điều hành phiên họp.")
    assert chairs == [("Phùng Quốc Hiển", ["Phó Chủ tịch Quốc hội"])]


def test_attendees_after_du_hoi_nghi_co():
    # 22623978
    chairs, attendees = roles(
        "Sáng 20/6, Quân ủy Trung ương tổ chức hội nghị sơ kết 6 tháng đầu năm.",
        "Dự hội nghị có Thượng tướng Lương Cường, Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị; "
        "Trung tướng Phan Văn Giang, Tổng tham mưu trưởng.")
    assert chairs == []
    assert attendees == [("Lương Cường", ["Thượng tướng", "Bí thư Trung ương Đảng", "Chủ nhiệm Tổng cục Chính trị"]),
                         ("Phan Văn Giang", ["Trung tướng"])]


def test_speakers_of_a_meeting_report_attend_and_the_subject_only():
    # 21473413 and 21479706 set after a press-conference lead
    chairs, attendees = roles(
        "Sáng 10/2, UBND tỉnh Đắk Lắk tổ chức họp báo về Lễ hội cà phê Buôn Ma Thuột.",
        "Lễ hội diễn ra từ ngày 9 đến 13/3.",
        "Theo kế hoạch, sẽ có 10 chương trình chính.",
        "Ông Nguyễn Tuấn Hà, Phó Chủ tịch UBND tỉnh Đắk Lắk, Phó Trưởng Ban tổ chức Lễ hội cho biết: "
        "điểm mới của Lễ hội lần này là tên gọi.",
        "Sự việc được ông Hà thông báo cho Chủ tịch UBND tỉnh Phạm Ngọc Nghị.")
    assert chairs == []
    assert attendees == [("Nguyễn Tuấn Hà", ["Phó Chủ tịch UBND tỉnh Đắk Lắk", "Phó Trưởng Ban tổ chức Lễ hội"])]


def test_a_person_named_bare_where_the_role_is_told_has_the_titles_given_elsewhere():
    # baomoi 22494475
    _, attendees = roles(
        "Đây là phát biểu của ông Choi Moonsoon, Thống đốc tỉnh Gangwon tại Hội nghị hợp tác kinh tế "
        "Gangwon-Thành phố Hồ Chí Minh do Nghiệp đoàn Doanh nghiệp nhỏ và vừa Hàn Quốc (KBIZ) và Đoàn doanh "
        "nghiệp tỉnh Gangwon tổ chức tại Thành phố Hồ Chí Minh, ngày 9/6.",
        "Theo ông Choi Moonsoon, giao lưu kinh tế giữa các địa phương là cầu nối và động lực quan trọng thúc "
        "đẩy hợp tác kinh tế giữa hai quốc gia.")
    assert attendees == [("Choi Moonsoon", ["Thống đốc tỉnh Gangwon"])]


def test_authors_are_not_attendees():
    m = extract_meeting(article("Sáng 3/6, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2016.",
                                "Ông Trần Văn Minh cho biết thêm về hội nghị.", authors=["Trần Văn Minh"]))
    assert m is not None and m.attendees == []


_SOUP = ["Đồng chí", "ông", "Bà", "Nguyễn Văn An", "Ksor Bon", "H'Hen Niê", "Moon Jae-in", "-", "–", ",", "(",
         ")", ";", "Chủ tịch", "UBND", "tỉnh", "Hà Nội", "phường", "Phó", "Bí thư", "GS.TS", "Đại tướng",
         "Thủ tướng", "Anh", "Theresa May", "chủ trì", "dự", "hội nghị", "bởi", "của", "và", ".", "tại",
         "Việt Nam", "Ban", "chỉ đạo", "cho biết"]
_FORBIDDEN_IN_NAMES = {w for w in (*HONORIFICS, *TITLE_HEADS, *RANKS) if " " in w} | {"đồng chí", "chủ tịch"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=30))
def test_names_hold_no_honorific_or_title_and_come_from_the_text(words):
    sentence = " ".join(words)
    for mention in find_people(sentence):
        name = mention.person.name
        assert name and name in sentence
        assert 0 <= mention.start < mention.end <= len(sentence)
        low = name.lower()
        assert not any(f" {w} " in f" {low} " for w in _FORBIDDEN_IN_NAMES)
        assert low.split()[0] not in HONORIFICS
        for title in mention.person.titles:
            assert title and title in sentence


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_find_people_never_raises_on_any_text(text):
    for mention in find_people(text):
        assert mention.person.name in text


def people_at(*sentences: str) -> tuple[list[str], list[str]]:
    """The role functions on their own, whatever detection decides about the lead."""
    from core.extract.meetings import EventMention, _people

    chairs, attendees = _people(article(*sentences), EventMention("cuộc gặp", 0, 0, 0, 3))
    return [p.name for p in chairs], [p.name for p in attendees]


def test_who_receives_and_who_is_received_attend():
    # 22618406
    assert people_at(
        "Chiều 26/6, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã tiếp bà Meirav Eilon "
        "Shahar, Đại sứ Đặc mệnh toàn quyền Israel tại Việt Nam đến chào từ biệt.",
        "Tại buổi tiếp, Đại tướng Ngô Xuân Lịch nhấn mạnh, Việt Nam luôn coi trọng quan hệ hữu nghị.",
    ) == ([], ["Ngô Xuân Lịch", "Meirav Eilon Shahar"])


def test_tiep_tuc_is_no_meeting_verb_and_theo_reports_speech():
    # 22532197-like lead (a person who goes on doing something), 22501910 (`Theo ông X, …`)
    assert people_at(
        "Trong thời gian tới, ông Đoàn Văn Hải sẽ tiếp tục xuống đường dẹp vỉa hè.",
        "Sáng 14/6, Bộ Nông nghiệp tổ chức hội nghị sơ kết.",
        "Theo ông Ma Quang Trung, Cục trưởng Cục Kinh tế Hợp tác và Phát triển nông thôn (Bộ Nông nghiệp và "
        "Phát triển Nông thôn), bên cạnh những kết quả đã đạt được, còn nhiều khó khăn.",
    ) == ([], ["Ma Quang Trung"])


def test_an_attending_verb_is_not_everyone_s_in_its_clause():
    # two sentences glued by a lost full stop (22727717 kind): the verb is the speaker's only
    assert people_at(
        "Sáng 5/7, Cục Nghệ thuật biểu diễn tổ chức cuộc họp.",
        "Đây là buổi họp đầu tiên kể từ khi ông Nguyễn Văn Chương bị điều chuyển Tại phiên họp, cán bộ "
        "phòng Quản lý - bà Lê Thu Huyền phát biểu về môi trường làm việc.",
    ) == ([], ["Lê Thu Huyền"])


def test_a_foreign_name_said_by_its_given_name_later_is_the_same_person():
    # 22564492
    assert people_at(
        "Sáng 20/5, Bộ Văn hóa tổ chức đối thoại chính sách.",
        "Ông Roger Philip Wigglesworth, Trưởng đoàn New Zealand đánh giá: Đối thoại là ý tưởng sáng tạo.",
        "Ông Roger cho rằng Việt Nam đã tổ chức rất tốt các hoạt động du lịch.",
    ) == ([], ["Roger Philip Wigglesworth"])


def test_a_planned_meeting_gives_no_role():
    # 22644360
    assert people_at(
        "Thủ tướng Nguyễn Xuân Phúc lên đường dự Hội nghị thượng đỉnh G20.",
        "Tại Đức, Thủ tướng Nguyễn Xuân Phúc dự kiến sẽ có cuộc hội đàm với Thủ tướng Angela Merkel.",
    ) == ([], ["Nguyễn Xuân Phúc"])


def test_an_interview_in_the_body_is_not_the_meeting():
    # 22740813, 22403442: later in the article, the newspaper's own interview
    assert people_at(
        "Sáng 20/7, UBND tỉnh Thừa Thiên - Huế tổ chức cuộc họp về việc di dời lăng mộ.",
        "Theo kế hoạch, việc di dời sẽ hoàn thành trong năm nay.",
        "Ông Nguyễn Văn Cao, Chủ tịch UBND tỉnh cho biết tỉnh sẽ lấy ý kiến các nhà khoa học.",
        "Việc trùng tu được nhiều người quan tâm.",
        "Trao đổi với báo Pháp Luật TP.HCM, ông Tôn Thất Giáp cho hay nếu UBND tỉnh kiên quyết di dời thì "
        "gia tộc sẽ làm đơn.",
    ) == ([], ["Nguyễn Văn Cao"])


def test_a_chairing_verb_handed_to_someone_else_is_not_the_subject_s():
    # 21511557: the vice-chairman hands the study to a department; 22677438: `giao thông` is no handing
    assert people_at(
        "Sáng 10/2, UBND TP.HCM tổ chức hội nghị triển khai nhiệm vụ năm 2017.",
        "Phương án này đã được Phó chủ tịch UBND TP.HCM Lê Văn Khoa giao Sở Lao động - Thương binh và Xã hội "
        "chủ trì nghiên cứu, báo cáo UBND TP quyết định.",
    ) == ([], [])  # not a chair (nor said to attend in these two sentences)
    assert people_at(
        "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Chủ tịch Ủy ban An toàn giao thông quốc gia đã "
        "chủ trì Hội nghị.",
    ) == (["Trương Hòa Bình"], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deputy or acting holder of any office (21493729, 21480158)
        ("Phát biểu tại Hội thảo, bà Hazama Emiko, Phó Thị trưởng Thành phố Sakai chia sẻ những đánh giá.",
         [("Hazama Emiko", ["Phó Thị trưởng Thành phố Sakai"])]),
        ("Quyền Tổng thống kiêm Thủ tướng Hàn Quốc Hwang Kyo-ahn ngày 7/2 đã lên tiếng cảnh báo.",
         [("Hwang Kyo-ahn", ["Quyền Tổng thống kiêm Thủ tướng Hàn Quốc"])]),
        # a department's field in lower case (22448612); `nông thôn` names no hamlet (22581600)
        ("Đề cập đến hạ tầng giao thông, Giám đốc Sở Giao thông vận tải Bùi Xuân Cường cho biết TP cần vốn.",
         [("Bùi Xuân Cường", ["Giám đốc Sở Giao thông vận tải"])]),
        ("Phát biểu tại buổi lễ, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường nhấn mạnh.",
         [("Nguyễn Xuân Cường", ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"])]),
        # a hyphen glued between a name and its title (21477951)
        ("Ông Nguyễn Hồng Lĩnh-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu khẳng định.",
         [("Nguyễn Hồng Lĩnh", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu"])]),
        # a delegate with the province in parentheses (22471636)
        ("Đồng tình với vấn đề này, ĐB Trần Hồng Hà (Vĩnh Phúc) cho rằng đây là chức vụ do Quốc hội bầu.",
         [("Trần Hồng Hà", ["ĐB"])]),
        # `Trưởng đoàn ĐBQH tỉnh` is one title; `của ĐBQH` is the delegates, no one's title (22532244, 22443830)
        ("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Nguyễn Đắc Vinh phát biểu.",
         [("Nguyễn Đắc Vinh", ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"])]),
        ("Giải trình về các ý kiến góp ý của ĐBQH, Chủ nhiệm Ủy ban Quốc phòng-An ninh Võ Trọng Việt cho biết.",
         [("Võ Trọng Việt", ["Chủ nhiệm Ủy ban Quốc phòng-An ninh"])]),
        # a coach at a press conference (22635893)
        ("Trong cuộc họp báo sau trận đấu, HLV trưởng Ljubo Petrovic cho biết rằng ông cảm thấy hài lòng.",
         [("Ljubo Petrovic", ["HLV trưởng"])]),
        # `của` before an office keeps the chain (22449008)
        ("Dưới sự chủ trì của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng, phiên họp báo đã diễn ra.",
         [("Mai Tiến Dũng", ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"])]),
    ],
)
def test_titles_of_deputies_fields_delegates(sentence, expected):
    assert people(sentence) == expected


def test_the_first_person_after_a_frame_at_the_event_attends():
    # 21492193, 22448612: whatever the verb, who the clause opened at the meeting names was there
    assert people_at(
        "Trong buổi làm việc với các cơ quan chức năng, bà Phạm Thị Tân - Hiệu trưởng trường mầm non Sen Vàng "
        "đã xin giải thể trường học.",
    ) == ([], ["Phạm Thị Tân"])
    assert people_at(
        "Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân phát biểu tại buổi làm việc.",
        "Mục tiêu mà cuộc gặp hướng đến là làm cầu nối giữa chính quyền và doanh nghiệp.",
        "Hạ tầng là vấn đề lớn.",
        "Phát biểu tại đây, Phó chủ tịch UBND TP.HCM Lê Văn Khoa thừa nhận rằng TP đang đứng trước áp lực.",
    ) == ([], ["Nguyễn Thiện Nhân", "Lê Văn Khoa"])


def test_a_parenthesised_body_after_the_titles_keeps_the_speaker():
    # 22425637: `(Bộ Công Thương)` stands between the titles and the verb
    assert people_at(
        "Sáng 10/2, Bộ Công Thương tổ chức hội nghị triển khai đề án.",
        "Hạ tầng là vấn đề lớn.",
        "Ông Dương Duy Hưng, Vụ trưởng Vụ Kế hoạch (Bộ Công Thương) cho biết, đến nay đề án đã xác định "
        "8 nhóm vấn đề.",
    ) == ([], ["Dương Duy Hưng"])
    # not a frame at the event: a time, or a person before the comma
    assert people_at(
        "Sáng 10/2, UBND TP.HCM tổ chức hội nghị triển khai nhiệm vụ năm 2017.",
        "Hạ tầng là vấn đề lớn.",
        "Trong thời gian qua, ông Nguyễn Văn A, Giám đốc Sở Xây dựng đã ký nhiều văn bản.",
    ) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city's or a district's party committee written lower-case is still the body of the title
        ("Bí thư thành ủy Thái Nguyên Trần Xuyên Bình: 6 năm rưỡi.",  # 22503488
         [("Trần Xuyên Bình", ["Bí thư thành ủy Thái Nguyên"])]),
        ("Đúng như ý nghĩa của lễ hội, ông Lương Văn Lành (Bí thư huyện ủy Định Hóa) cho biết, lễ hội Lồng Tồng "
         "xuân Đinh Dậu 2017 là sự tiếp nối.",  # 21481011
         [("Lương Văn Lành", ["Bí thư huyện ủy Định Hóa"])]),
        # a seat of government shaped like a name is the body of a title, never a person
        ('Tại cuộc họp báo, phát ngôn viên Lầu Năm Góc Jeff Davis nói: "Chúng tôi tiếp tục phối hợp chặt chẽ '
         'với Chính phủ Hàn Quốc".',  # 22419425
         [("Jeff Davis", ["phát ngôn viên Lầu Năm Góc"])]),
        ("Phát biểu với báo giới, người phát ngôn Nhà Xanh Park Soo-hyun nhấn mạnh ông Song Young-moo là người "
         "phù hợp để dẫn dắt việc cải cách quân đội.",  # 22507301
         [("Park Soo-hyun", ["người phát ngôn Nhà Xanh"]), ("Song Young-moo", [])]),
        ("Tuy nhiên, người phát ngôn Lầu Năm Góc, Jeff Davis, cho biết hồi tháng 5, chính quyền Trump đã không "
         "đưa ra bất kỳ thay đổi nào.",  # 22579314: no person `Lầu Năm Góc` (the name set off by
         [])                               # commas after the body is not read yet)
    ],
)
def test_party_committees_and_seats_of_government_in_titles(
    sentence: str, expected: list[tuple[str, list[str]]],
) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a team's captain, named without a family name as sport reports do
        ("Tham dự cuộc họp báo, đội trưởng Duy Mạnh của U23 Việt Nam chia sẻ: “Cũng như HLV Hữu Thắng đã nói.",
         [("Duy Mạnh", ["đội trưởng"]), ("Hữu Thắng", ["HLV"])]),  # 21472357
        # the head of a police squad: `Đội` opens the body, not a name
        ("Đại úy Nguyễn Thế Quyết, Đội trưởng Đội CSGT Công an huyện Sông Lô (tỉnh Vĩnh Phúc) cho biết sáng nay, "
         "đơn vị vừa xử lý.",  # a baomoi CSGT report
         [("Nguyễn Thế Quyết", ["Đại úy", "Đội trưởng Đội CSGT Công an huyện Sông Lô"])]),
        # the commander-in-chief, whole
        ("Ngân dẫn đầu bay thẳng từ Việt Nam đến Cu-ba để dự lễ tang Tổng tư lệnh Phi-đen Ca-xtơ-rô (Fidel Castro).",
         [("Phi-đen Ca-xtơ-rô", ["Tổng tư lệnh"])]),  # 22516067
        # an army is the body of a title (`quân đội Philippines`)
        ("“Chúng tôi muốn vãn hồi tình trạng bình thường trong khu vực”, người phát ngôn quân đội Philippines "
         "Edgar Arevalo cho biết.",  # 22359183
         [("Edgar Arevalo", ["người phát ngôn quân đội Philippines"])]),
    ],
)
def test_captains_squad_heads_and_commanders(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert people(sentence) == expected


def test_who_leads_the_visiting_delegation_attends():
    # 22464232: the head of the visiting team, told by `do X làm trưởng đoàn`, attends; the role is not a title
    assert people_at(
        "Ngày 5/6, UBND tỉnh Quảng Bình đã có buổi làm việc với Đoàn công tác của Tổng cục Đường bộ Việt Nam "
        "do đồng chí Nguyễn Văn Huyện, Tổng cục trưởng Tổng cục Đường bộ Việt Nam làm trưởng đoàn về phương án "
        "xử lý bất cập tại Trạm thu giá.",
    ) == ([], ["Nguyễn Văn Huyện"])
    assert people("do đồng chí Nguyễn Văn Huyện, Tổng cục trưởng Tổng cục Đường bộ Việt Nam làm trưởng đoàn.") == [
        ("Nguyễn Văn Huyện", ["Tổng cục trưởng Tổng cục Đường bộ Việt Nam"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised word that opens the sentence does not hide the title after it
        ("Theo Tổng thư ký QH Nguyễn Hạnh Phúc, dự kiến thời gian tiến hành kỳ họp là 22,5 ngày làm việc.",  # 22303470
         [("Nguyễn Hạnh Phúc", ["Tổng thư ký QH"])]),
        ("Theo Phó thủ tướng Thường trực Trương Hòa Bình, việc thực hiện đề án đã đạt được kết quả bước đầu.",  # 22339660
         [("Trương Hòa Bình", ["Phó thủ tướng Thường trực"])]),
        # the object of an opening verb is not chained to the subject's titles
        ("Tiếp Chủ tịch Tập đoàn P&G, Thủ tướng Nguyễn Xuân Phúc đánh giá cao hoạt động kinh doanh của P&G.",  # 22255328
         [("Nguyễn Xuân Phúc", ["Thủ tướng"])]),
        # a form of address between an academic title and the name is neither
        ("GS.TS Ông Bùi Xuân Cậy (nguyên trưởng bộ môn Công trình, ĐH Giao thông) thông tin, đa số các nước "
         "cho phép người dân sử dụng xe máy.",  # 22549365
         [("Bùi Xuân Cậy", ["GS.TS", "nguyên trưởng bộ môn Công trình", "ĐH Giao thông"])]),
        # an apposition runs to its comma when a speech verb follows it
        ("Trong khi đó, ông Nguyễn Như Tiệp, Cục trưởng Cục Quản lý chất lượng nông lâm sản và thủy sản, cho "
         "biết năm 2016, các cơ quan đã tổ chức thanh kiểm tra.",  # 21510599
         [("Nguyễn Như Tiệp", ["Cục trưởng Cục Quản lý chất lượng nông lâm sản và thủy sản"])]),
    ],
)
def test_titles_read_to_where_the_language_ends_them(sentence, expected):
    assert people(sentence) == expected


def test_the_subject_of_a_speech_verb_across_an_apposition_attends():
    # 22355026: the apposition holds lower-case words and a parenthesised affiliation with a comma
    assert people_at(
        "Ngày 23-5, Ban Văn hóa - Xã hội HĐND TPHCM tổ chức hội thảo khoa học về an toàn thực phẩm.",
        "Ông Nguyễn Nguyên Phương (Phòng Thương mại, Sở Công thương TPHCM) cho rằng, thực tế quá trình "
        "thực phẩm đi vào chợ còn nhiều khe hở.",
        "Bà Nguyễn Thanh Hà, Phó Giám đốc Công ty TNHH Quản lý và kinh doanh chợ nông sản Thủ Đức, cho rằng, "
        "với số lượng hàng nhập vào chợ rất lớn, việc kiểm soát khó.",
    ) == ([], ["Nguyễn Nguyên Phương", "Nguyễn Thanh Hà"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rarer family name opens the name (not `Chu Lưu` with `Uông` in the title)
        ("Cơ bản tán thành với Báo cáo, Phó Chủ tịch Quốc hội Uông Chu Lưu nêu qua tiếp xúc cử tri cho thấy, "
         "cử tri rất quan tâm.",  # 22291243
         [("Uông Chu Lưu", ["Phó Chủ tịch Quốc hội"])]),
        # a visitor received under a title the heads did not hold
        ("Chiều 1/6, tại buổi tiếp Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti, Phó Thủ tướng Vương Đình Huệ "
         "khẳng định đây là dịp để hai bên chia sẻ.",  # 22433022
         [("Máxima Zorreguieta Cerruti", ["Hoàng hậu Hà Lan"]), ("Vương Đình Huệ", ["Phó Thủ tướng"])]),
        # a voter speaking at a meeting with deputies
        ("Cử tri Dương Xuân Biển (Phường 6, Quận 4) đề nghị được thông tin thêm về việc xử lý 12 dự án.",  # 22699953
         [("Dương Xuân Biển", ["Cử tri"])]),
        # a deputy head written after the body's noun
        ("Ông Phạm Viết Hương, Cục phó Cục Dolab, khẳng định đây là năm thứ 3 liên tiếp.",  # 21476341
         [("Phạm Viết Hương", ["Cục phó Cục Dolab"])]),
    ],
)
def test_more_heads_and_family_names(sentence, expected):
    assert people(sentence) == expected


def test_a_place_of_two_words_opens_no_name():
    # baomoi 21511108: the firm's name starts with a city's; no person `Sài Gòn Triển Vọng`
    assert people("Về các tiêu chí, ông Nguyễn Tiến Dũng - Tổng Giám đốc Công ty CP Sài Gòn Triển Vọng "
                  "(Savistar), chuyên quản lý nhà chung cư - cho biết.") == [
        ("Nguyễn Tiến Dũng", ["Tổng Giám đốc Công ty CP Sài Gòn Triển Vọng (Savistar)"])]


def test_what_a_person_said_as_a_noun_counts_and_an_opinion_sought_does_not():
    # 22692238; `xin ý kiến của Thủ tướng` asks an absent leader
    assert people_at(
        "Đó là khẳng định của ông Lê Thanh Liêm, Phó Chủ tịch UBND TP Hồ Chí Minh tại phiên chất vấn và trả lời "
        "chất vấn tại kỳ họp thứ 5 khóa IX HĐND TP Hồ Chí Minh diễn ra vào sáng 6/7.",
        "Tại kỳ họp, Sở Tài chính xin ý kiến của Thủ tướng Nguyễn Xuân Phúc về việc này.",
    ) == ([], ["Lê Thanh Liêm"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # abbreviations each closed by a dot and a space
        ("Theo PGS. TS Nguyễn Thiện Tống, nguyên Chủ nhiệm bộ môn Kỹ thuật Hàng không, có thể lấy một phần "
         "đất của sân golf.",  # 21494958
         [("Nguyễn Thiện Tống", ["PGS. TS", "nguyên Chủ nhiệm bộ môn Kỹ thuật Hàng không"])]),
        # a title's syllables written as a name's, inside a capitalised run
        ("Báo cáo tại buổi làm việc, Bí thư Tỉnh ủy Hưng Yên Đỗ Tiến Sỹ cho biết: Việc triển khai được "
         "thực hiện nghiêm túc.",  # 22684895
         [("Đỗ Tiến Sỹ", ["Bí thư Tỉnh ủy Hưng Yên"])]),
        # a school's name after its noun is no foreign-shaped name
        ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu tạm đình chỉ chức vụ đối với Hiệu trưởng Trường "
         "Tiểu học Nam Trung Yên (quận Cầu Giấy).",  # 21474989
         [("Nguyễn Đức Chung", ["Chủ tịch UBND TP Hà Nội"])]),
        # a capitalised word that opens the next sentence where a full stop went missing
        ("Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân (phải) trao quyết định của Thủ tướng cho ông Đặng Xuân Hoan Theo ông "
         "Khánh, Ban cán sự Đảng bộ của Bộ Nội vụ đã nhiều lần họp cho ý kiến về chủ trương nhân sự.",  # 22647920
         [("Lê Vĩnh Tân", ["Bộ trưởng Bộ Nội vụ"]), ("Đặng Xuân Hoan", [])]),
        # a lower-case title closed by a three-syllable name after an administrative unit
        ("Qua xem xét, chủ tịch UBND tỉnh Nguyễn Ngọc Hai có ý kiến chỉ đạo giao cho Sở Nội vụ.",  # 21473338
         [("Nguyễn Ngọc Hai", ["chủ tịch UBND tỉnh"])]),
    ],
)
def test_name_shapes_and_ends(sentence, expected):
    assert people(sentence) == expected


def test_a_name_run_on_into_the_next_sentence_is_cut_where_the_article_ends_it():
    # 21487467: a caption glued to the next sentence (`… Phùng Xuân Nhạ Ngành giáo dục …`)
    assert people_at(
        "Ngày 7.2, Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ có buổi làm việc với lãnh đạo Thành ủy và UBND TP.Cần Thơ.",
        "Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ Ngành giáo dục TP.Cần Thơ đưa ra 11 đề xuất, kiến nghị.",
    ) == ([], ["Phùng Xuân Nhạ"])


def test_a_ward_named_after_a_person_is_no_person():
    # 22543996: `phường Lê Thanh Nghị` is written after a person's name as the ward in his title
    assert people_at(
        "Sáng 15/6, UBND phường tổ chức cuộc họp về vụ việc.",
        "Tại cuộc họp, ông Lê Văn Hậu, Phó Chủ tịch UBND phường Lê Thanh Nghị xác nhận có những cán bộ vây bắt chó.",
        "“Các hộ dân cần chú ý đảm bảo trật tự”, Phó Chủ tịch UBND phường Lê Thanh Nghị cho biết.",
    ) == ([], ["Lê Văn Hậu"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name written with its given name's initial, alone or after a transliterated country
        ("Tổng thống Nga V.Pu-tin (Vladimir Putin) đã trở thành nguyên thủ quốc gia đầu tiên thăm Pháp.",  # 22414843
         [("V.Pu-tin", ["Tổng thống Nga"])]),
        ("* Tại cuộc gặp Tổng thống Chi-lê M.Ba-chê-lết, Chủ tịch nước Trần Đại Quang khẳng định.",  # 22282636
         [("M.Ba-chê-lết", ["Tổng thống Chi-lê"]), ("Trần Đại Quang", ["Chủ tịch nước"])]),
        # the post ends the office: a name of any shape follows
        ("Ngày 25/5, Thứ trưởng Bộ Ngoại giao Vũ Hồng Nam đã tiếp Đại sứ Iran tại Hà Nội Saleh Adibi.",  # 22373079
         [("Vũ Hồng Nam", ["Thứ trưởng Bộ Ngoại giao"]), ("Saleh Adibi", ["Đại sứ Iran tại Hà Nội"])]),
    ],
)
def test_foreign_names_by_where_they_stand(sentence, expected):
    assert people(sentence) == expected


def test_who_meets_whom_in_the_lead():
    # 22247228: both subjects of `đã tiến hành hội đàm`; 21511502: the visitor of `tiếp` with titles after
    assert people_at(
        "Ngay sau lễ đón, Chủ tịch nước Trần Đại Quang và Tổng bí thư - Chủ tịch Tập Cận Bình đã tiến hành hội "
        "đàm tại Đại lễ đường Nhân dân.",
    ) == ([], ["Trần Đại Quang", "Tập Cận Bình"])
    assert people_at(
        "Sáng 10-2, tại Trụ sở Chính phủ, Phó Thủ tướng Trịnh Đình Dũng tiếp ông M.Dô-y-rơ, Phó Thủ tướng, "
        "Bộ trưởng Nông nghiệp và nguồn nước Cộng hòa U-dơ-bê-ki-xtan.",
    ) == ([], ["Trịnh Đình Dũng", "M.Dô-y-rơ"])


def test_a_meeting_wished_for_gives_no_role():
    # 21511142
    assert people_at(
        "Tổng thống Nga Vladimir Putin ngày 10.2 nói sẵn sàng gặp Tổng thống Mỹ Donald Trump tại thủ đô Ljubljana.",
    ) == ([], [])


def test_a_body_after_a_name_opens_what_was_said_unless_the_speech_verb_follows():
    # baomoi 22261258, 22280269, 22297523, 22243222
    def read(s: str) -> list[tuple[str, list[str]]]:
        return [(m.person.name, m.person.titles) for m in find_people(s)]

    assert read("Theo ông Nguyễn Sự, Hiệp hội Du lịch Đà Nẵng chỉ là hội nghề nghiệp nên tiếng nói "
                "chỉ ở mức độ nào đó.") == [("Nguyễn Sự", [])]
    assert read("Về việc làm nhiệm vụ đại biểu của ông Võ Kim Cự, Ủy ban Thường vụ Quốc hội đã biểu "
                "quyết, nhất trí về việc cho thôi.") == [("Võ Kim Cự", [])]
    assert read("Ông Lê Xuân Trường, Công ty cổ phần Đầu tư Logistics Bắc Kỳ cho rằng cần có chính "
                "sách ưu thế.") == [("Lê Xuân Trường", ["Công ty cổ phần Đầu tư Logistics Bắc Kỳ"])]


@pytest.mark.parametrize("sentence, expected", [
    # baomoi 22228884, 22587477, 22245142, 22754038, 22484266
    ("Tổng thống Syria Bashar al-Assad tuyên bố sẽ tiếp tục chiến dịch.", [("Bashar al-Assad", ["Tổng thống Syria"])]),
    ("Theo sắc lệnh hoàng gia, tân Thái tử Mohammed bin Salman cũng được thăng chức phó thủ tướng.",
     [("Mohammed bin Salman", ["tân Thái tử"])]),
    ("Ngoại trưởng Mỹ Rex Tillerson đã hội đàm với người đồng cấp Qatar Sheikh Mohammed bin Abdulrahman Al Thani.",
     [("Rex Tillerson", ["Ngoại trưởng Mỹ"]), ("Sheikh Mohammed bin Abdulrahman Al Thani", [])]),
    ("Ngoại trưởng Bahrain Sheikh Khalid bin Ahmed Al Khalifa nói, ông nghi ngờ.",
     [("Sheikh Khalid bin Ahmed Al Khalifa", ["Ngoại trưởng Bahrain"])]),
    ("HLV Louis van Gaal cho biết", [("Louis van Gaal", ["HLV"])]),
    # a Vietnamese name takes no particle after it
    ("bà Nguyễn Thị Da de Hà", [("Nguyễn Thị Da", [])]),
])
def test_foreign_names_keep_their_particles(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == expected


def test_titles_chained_by_dashes_after_a_comma_are_the_next_persons():
    # baomoi 22505130 (not a gold file): `A, Ủy viên Bộ Chính trị - Phó Thủ tướng B`.
    sentence = ("Tới dự buổi lễ có Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Trưởng Ban Tuyên giáo Trung ương "
                "Võ Văn Thưởng, Ủy viên Bộ Chính trị - Phó Thủ tướng Vương Đình Huệ, Phó Chủ tịch Quốc hội Uông Chu Lưu.")
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [
        ("Võ Văn Thưởng", ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tuyên giáo Trung ương"]),
        ("Vương Đình Huệ", ["Ủy viên Bộ Chính trị", "Phó Thủ tướng"]),
        ("Uông Chu Lưu", ["Phó Chủ tịch Quốc hội"]),
    ]


def test_name_after_a_city_of_the_table_is_read_and_an_unknown_city_is_no_name():
    # baomoi 22582864 (not a gold file)
    sentence = "Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân dự."
    assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == [
        ("Nguyễn Thiện Nhân", ["Bí thư Thành ủy Thành phố Hồ Chí Minh"])]
    assert find_people("Chủ tịch UBND thành phố Phan Thiết cho biết.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # degrees written in lower case, chained by commas before the name (22441309, 22754070)
        ("Giáo sư, tiến sỹ khoa học Gheoocghi Toloraya, Giám đốc trung tâm chiến lược Nga tại Châu Á- Viện "
         "hàn lâm khoa học Nga phân tích.",
         [("Gheoocghi Toloraya", ["Giáo sư", "tiến sỹ khoa học",
                                 "Giám đốc trung tâm chiến lược Nga tại Châu Á- Viện hàn lâm khoa học Nga"])]),
        ("Giáo sư, tiến sỹ, nhà giáo nhân dân Nguyễn Viết Chung cho biết.",
         [("Nguyễn Viết Chung", ["Giáo sư", "tiến sỹ", "nhà giáo nhân dân"])]),
        # an office in lower case after a comma is a noun, not a title of the person after it
        ("Trong buổi tiếp xúc cử tri, Tổng Bí thư Nguyễn Phú Trọng nói.",
         [("Nguyễn Phú Trọng", ["Tổng Bí thư"])]),
        # a police chief abroad (22454032)
        ("Cảnh sát trưởng London, bà Cressida Dick hôm 4/6 cho biết, hiện tại số thương vong đã tăng.",
         [("Cressida Dick", ["Cảnh sát trưởng London"])]),
        # the name of an alliance or a union runs on in lower case to its abbreviation (22245907, 22414102)
        ("Dự lễ có Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; ông Saber Chowdhury, Chủ tịch Liên minh Nghị viện "
         "thế giới (IPU); ông Martin Chungong, Tổng Thư ký IPU.",
         [("Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc hội"]),
          ("Saber Chowdhury", ["Chủ tịch Liên minh Nghị viện thế giới (IPU)"]),
          ("Martin Chungong", ["Tổng Thư ký IPU"])]),
        ("Cùng quan điểm này, ông Phan Văn Trường, Phó Chủ tịch Liên hiệp hội khoa học kỹ thuật Đà Nẵng cho "
         "rằng: Nên có điều chỉnh.",
         [("Phan Văn Trường", ["Phó Chủ tịch Liên hiệp hội khoa học kỹ thuật Đà Nẵng"])]),
    ],
)
def test_degrees_and_bodies_in_titles(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a former office keeps its `nguyên` after the name (22261258) and before it (22661504)
        ("Tối 12/5, ông Nguyễn Sự, nguyên Bí thư Thành ủy, Chủ tịch HĐND TP Hội An, đã gọi điện cho PV "
         "Infonet.",
         [("Nguyễn Sự", ["nguyên Bí thư Thành ủy", "Chủ tịch HĐND TP Hội An"])]),
        ("Tại một sự kiện ở Indonesia, cựu Tổng thống Barack Obama đã lên tiếng chỉ trích việc người kế "
         "nhiệm Donald Trump rút Mỹ khỏi hiệp ước chống biến đổi khí hậu.",
         [("Barack Obama", ["cựu Tổng thống"])]),
        # `nguyên` as a word of its own opens no title (21472800)
        ("Nguyên nhân thứ ba được ông Long chỉ ra đó là Việt Nam cũng như một số quốc gia láng giềng.",
         []),
    ],
)
def test_a_former_office_is_written_as_former(sentence, expected):
    assert people(sentence) == expected


def test_a_city_before_a_foreign_name_goes_to_the_title():
    # 22350271: `Manchester` is no place of the table, but the article writes it as one
    sentences = (
        "Vụ nổ xảy ra ở thành phố Manchester, Tây Bắc nước này vào đêm 22/5.",
        "Tại cuộc họp báo sáng 23/5, Cảnh sát trưởng Manchester Ian Hopkins cho biết đến thời điểm này, "
        "họ tin rằng vụ tấn công trên là do 1 nam giới tiến hành.",
    )
    from core.extract.meetings import EventMention, _people

    _, attendees = _people(article(*sentences), EventMention("họp báo", 1, 0, 0, 3))
    assert [(p.name, p.titles) for p in attendees] == [("Ian Hopkins", ["Cảnh sát trưởng Manchester"])]


def test_a_foreign_first_name_never_written_as_a_place_stays():
    person = Person("Juan Esteban Lazo", ["Chủ tịch Quốc hội"])
    complete_person(person, "Chủ tịch Quốc hội Juan Esteban Lazo tới Hà Nội. Ông Juan cho biết.")
    assert (person.name, person.titles) == ("Juan Esteban Lazo", ["Chủ tịch Quốc hội"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a representative of a body, written after the name (21481187, 22668235)
        ("Ông Dương Anh Tuấn, Đại diện Tập đoàn DOJI cho biết: Sản phẩm gà mỹ nghệ đã được tiêu thụ hết.",
         [("Dương Anh Tuấn", ["Đại diện Tập đoàn DOJI"])]),
        ("Bà Jariya Chirathivat, Đại diện Central Group tại Việt Nam cho biết, ngay sau khi thông quan, trái "
         "vải thiều Lục Ngạn đã được đưa ra trưng bày.",
         [("Jariya Chirathivat", ["Đại diện Central Group tại Việt Nam"])]),
        # the body after `đại diện` is named after a family, not a person (22690056)
        ("Ngày 3/7, ông Tôn Thất Giáp, đại diện Hội đồng trị sự Nguyễn Phước Tộc cho biết đã tiếp cận được bài "
         "vị bà Tài nhân họ Lê.",
         [("Tôn Thất Giáp", ["đại diện Hội đồng trị sự Nguyễn Phước Tộc"])]),
    ],
)
def test_a_representative_of_a_body(sentence, expected):
    assert people(sentence) == expected


def test_who_concluded_the_meeting_attended_it():
    # 22383166: the government's notice of what the Prime Minister concluded at the meeting
    assert people_at(
        "Ngày 25/5, Văn phòng Chính phủ ra thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại cuộc họp "
        "về phương án đầu tư dự án đường bộ cao tốc Bắc Nam.",
    ) == ([], ["Nguyễn Xuân Phúc"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body's fields listed by commas, the last joined by `và` (22450119, 22515904)
        ("Tháp tùng Thủ tướng có Bộ trưởng Bộ Lao động, Thương binh và Xã hội Đào Ngọc Dung; Bộ trưởng Bộ "
         "Công Thương Trần Tuấn Anh.",
         [("Đào Ngọc Dung", ["Bộ trưởng Bộ Lao động, Thương binh và Xã hội"]),
          ("Trần Tuấn Anh", ["Bộ trưởng Bộ Công Thương"])]),
        ("Phát biểu tại buổi lễ, ông Nông Quốc Thành, Phó Cục trưởng Cục Di sản, Bộ Văn hóa, Thể thao và Du "
         "lịch cho biết, việc công nhận Di tích Quốc gia có ý nghĩa vô cùng đặc biệt.",
         [("Nông Quốc Thành", ["Phó Cục trưởng Cục Di sản", "Bộ Văn hóa, Thể thao và Du lịch"])]),
    ],
)
def test_a_body_lists_its_fields(sentence, expected):
    assert people(sentence) == expected


def test_a_body_s_last_field_after_va_and_the_body_above_it_in_parentheses():
    # 22701581
    assert people(
        "Trong buổi đối thoại với các cơ sở y tế tư nhân diễn ra mới đây, ông Nguyễn Tá Tỉnh, Trưởng ban Dược "
        "và vật tư y tế (BHXH Việt Nam) cho biết, các bệnh viện tư nhân đang có xu hướng chọn mua thuốc."
    ) == [("Nguyễn Tá Tỉnh", ["Trưởng ban Dược và vật tư y tế (BHXH Việt Nam)"])]


def test_a_unit_s_number_ends_its_name():
    # 22664417
    assert people(
        "Phó Chủ tịch UBND TP.HCM Lê Văn Khoa đã trao quyết định của UBND TP bổ nhiệm ông Võ Khánh Hưng – Giám "
        "đốc Khu Quản lý giao thông đô thị số 3 - giữ chức vụ Phó Giám đốc Sở Giao thông Vận tải TP."
    ) == [("Lê Văn Khoa", ["Phó Chủ tịch UBND TP.HCM"]),
          ("Võ Khánh Hưng", ["Giám đốc Khu Quản lý giao thông đô thị số 3"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a name a form of address opens a clause with, the capitalised run a title holds
        # is the body's name, however it is shaped: foreign, a person's, a place's
        ("Ông Dominic Scriven, chủ tịch Dragon Capital, quỹ đầu tư thành lập từ năm 1994 tại Việt Nam, đi xuyên "
         "qua các cơn sóng kinh tế.",  # 21490963
         [("Dominic Scriven", ["chủ tịch Dragon Capital"])]),
        ("Trao đổi với PV, ông Nguyễn Công Đức – Hiệu trưởng Trường Tiểu học Thạch Văn cho biết, đây là lần "
         "thứ hai.",  # 21475757
         [("Nguyễn Công Đức", ["Hiệu trưởng Trường Tiểu học Thạch Văn"])]),
        ("Ông Đỗ Đức Dục, Phó Giám đốc Ngân hàng NN&PTNT Chi nhánh Hà Tây cho biết, đầu tư tín dụng vào "
         "nông nghiệp ứng dụng CNC là đòn bẩy quan trọng.",  # 21512256
         [("Đỗ Đức Dục", ["Phó Giám đốc Ngân hàng NN&PTNT Chi nhánh Hà Tây"])]),
        ("Bà Nguyễn Thị Nhiếp, Hiệu trưởng Trường THPT Yên Hòa (Cầu Giấy), người được phân công làm điểm "
         "trưởng cho rằng, cách thức này đòi hỏi cán bộ coi thi phải nắm vững quy chế.",  # 22567153
         [("Nguyễn Thị Nhiếp", ["Hiệu trưởng Trường THPT Yên Hòa (Cầu Giấy)"])]),
        # after a verb the addressed person is its object and the comma ends the clause: the
        # title after it is the subject's, with the subject's name
        ("Hôm 6-7, một ngày trước khi gặp ông Vladimir Putin, Tổng thống Donald Trump khẳng định tại một "
         "cuộc họp báo rằng.",  # 22711112
         [("Vladimir Putin", []), ("Donald Trump", ["Tổng thống"])]),
        ("Khi được hỏi về việc AP đưa tin ông Trump muốn có cuộc gặp song phương đầy đủ với ông Putin, phát "
         "ngôn viên Điện Kremlin Dmitry Peskov nói với các phóng viên rằng hai nhà lãnh đạo sẽ cùng tham dự.",  # 22637957
         [("Trump", []), ("Putin", []), ("Dmitry Peskov", ["phát ngôn viên Điện Kremlin"])]),
        # a run that opens on a body's noun names the body, not a person
        ("Bà hiện là Chủ tịch Cty Lens Technology, chuyên cung cấp kính điện thoại.",  # 21758040
         []),
    ],
)
def test_a_title_after_a_name_holds_its_body_s_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # `do X làm Trưởng đoàn`: heading the delegation is the part X takes, not a title (s18 attend)
        ("Đoàn công tác của Bộ Chính trị do ông Trần Quốc Vượng, Chủ nhiệm Ủy ban Kiểm tra Trung ương làm Trưởng "
         "đoàn đã làm việc với Ban Cán sự đảng Bộ Giao thông vận tải.",  # 22260622
         [("Trần Quốc Vượng", ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"])]),
        ("Đoàn công tác do PGS.TS Lương Ngọc Khuê làm trưởng đoàn. Thông tin ban đầu, có 18 bệnh nhân.",  # 22404040
         [("Lương Ngọc Khuê", ["PGS.TS"])]),
        # new office heads: a governor, a special envoy, an abbreviated director
        ("Theo ông Amir Cicek, Thống đốc tỉnh Muğla thì toàn bộ các nạn nhân xấu số đều là công dân.",  # 22272892
         [("Amir Cicek", ["Thống đốc tỉnh Muğla"])]),
        ("Thông tin trên được ông Bùi Xuân Cường – GĐ Sở GTVT TPHCM báo cáo tại kỳ họp thứ 5 HĐND TPHCM "
         "khóa IX.",  # 22684719
         [("Bùi Xuân Cường", ["GĐ Sở GTVT TPHCM"])]),
    ],
)
def test_a_delegation_s_head_and_more_office_heads(sentence, expected):
    assert people(sentence) == expected



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body's abbreviation of two acronyms in parentheses, then the name (21512211)
        ("Sáng qua (10/2), Thủ tướng Chính phủ Nguyễn Xuân Phúc và Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc "
         "(UBTW MTTQ) Việt Nam Nguyễn Thiện Nhân đã đồng chủ trì Hội nghị liên tịch.",
         [("Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"]),
          ("Nguyễn Thiện Nhân", ["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam"])]),
        # after a degree alone, a body written after the name is the person's affiliation (22232140)
        ("Giáo sư Đặng Quốc Bảo, Học viện Quản lý giáo dục, khẳng định hệ thống giáo dục cần kiến tạo tư duy.",
         [("Đặng Quốc Bảo", ["Giáo sư", "Học viện Quản lý giáo dục"])]),
    ],
)
def test_abbreviated_bodies_and_affiliations_after_a_degree(sentence, expected):
    assert people(sentence) == expected


def test_a_side_s_list_after_ve_phia_co_attends():
    # 22532244: `Về phía tỉnh … có các đồng chí: A - …; B – …`
    _, attendees = roles(
        "Tối 14/6, Tỉnh ủy tỉnh Nghệ An tổ chức Lễ kỷ niệm 60 năm ngày Bác Hồ về thăm quê lần thứ nhất.",
        "Về phía tỉnh Nghệ An có các đồng chí: Nguyễn Xuân Sơn – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND "
        "tỉnh; Nguyễn Xuân Đường – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert attendees == [("Nguyễn Xuân Sơn", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"]),
                         ("Nguyễn Xuân Đường", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])]


def test_a_list_opened_by_a_role_noun_after_the_chair_goes_on_over_semicolons():
    # 22215643
    chairs, attendees = roles(
        "Ngày 8/5, tại thành phố Vũng Tàu, Phó Tổng cục trưởng Tổng cục Hải quan Vũ Ngọc Anh chủ trì lễ ra mắt "
        "Nhóm kiểm soát cảng, với sự tham dự của ông Robert Chambers, Tổng lãnh sự Australia; Phó Chủ tịch "
        "UBND tỉnh Bà Rịa- Vũng Tàu Nguyễn Thành Long; lãnh đạo Chương trình kiểm soát container toàn cầu.")
    assert chairs == [("Vũ Ngọc Anh", ["Phó Tổng cục trưởng Tổng cục Hải quan"])]
    assert attendees == [("Robert Chambers", ["Tổng lãnh sự Australia"]),
                         ("Nguyễn Thành Long", ["Phó Chủ tịch UBND tỉnh Bà Rịa- Vũng Tàu"])]


def test_a_person_met_by_the_given_names_has_the_full_name_written_elsewhere():
    # 21472482: `HLV Hữu Thắng` is HLV Nguyễn Hữu Thắng
    _, attendees = roles(
        "Tại buổi họp báo vào trưa 6/2 ở TP.HCM, HLV Nguyễn Hữu Thắng tỏ ra khá thoải mái.",
        "HLV Hữu Thắng đánh giá: “Tôi nghĩ đây sẽ là trận đấu thú vị.")
    assert attendees == [("Nguyễn Hữu Thắng", ["HLV"])]


def test_a_pronoun_after_the_comma_is_the_speaker_not_the_person_before_it():
    # 22583530: Kerry met the Prime Minister at another meeting; `ông` (Kerry) made the proposal
    _, attendees = roles(
        "Hôm qua 21.6 tại Hà Nội, ông Nguyễn Thiện Nhân, Bí thư Thành ủy TP.HCM, đã tiếp cựu Ngoại trưởng Mỹ "
        "John Kerry.",
        "Ông John Kerry hiện cộng tác cùng ĐH Yale (Mỹ).",
        "Ông Kerry cũng bày tỏ mong muốn cùng các đối tác Mỹ hỗ trợ TP.HCM.",
        "Ông John Kerry cũng cho biết một chủ đề chính của chuyến thăm là năng lượng sạch.",
        "Trong cuộc gặp với Thủ tướng Nguyễn Xuân Phúc, ông đã đề xuất về việc thúc đẩy hợp tác giữa hai nước.")
    # (this excerpt takes its meeting from the last sentence, `cuộc gặp với Thủ tướng …`: the Prime Minister is
    # that meeting's other party, met, not the speaker of `đã đề xuất`; the article itself takes `Tại buổi gặp`)
    assert [name for name, _ in attendees] == ["Nguyễn Thiện Nhân", "John Kerry", "Nguyễn Xuân Phúc"]


def test_attending_in_a_list_of_plans_is_planned():
    # 22371739: the press conference announces the Prime Minister's visit
    _, attendees = roles(
        "Ngày 25-5, tại buổi họp báo thường kỳ, người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng đã thông "
        "báo về chuyến thăm.",
        "Trong khuôn khổ chuyến thăm, Thủ tướng Nguyễn Xuân Phúc sẽ hội đàm với tổng thống Hoa Kỳ, gặp gỡ một số "
        "nghị sĩ, dự tọa đàm và gặp gỡ các doanh nghiệp nước này.")
    assert attendees == [("Lê Thị Thu Hằng", ["người phát ngôn Bộ Ngoại giao Việt Nam"])]


def test_the_office_a_body_serves_is_part_of_the_body_s_name():
    # 22738284: `Văn phòng Chủ tịch nước` is a body, not the title of the person after it
    assert people("Chiều 12/7, Phó Chủ nhiệm Thường trực Văn phòng Chủ tịch nước Giang Sơn đã tiếp tục công bố "
                  "Lệnh của Chủ tịch nước.") == [
        ("Giang Sơn", ["Phó Chủ nhiệm Thường trực Văn phòng Chủ tịch nước"])]


def test_who_announces_a_decision_at_the_meeting_attends():
    # 22246202: `công bố` quyết định at the conference
    _, attendees = roles(
        "Ngày 11/5, Ban Kinh tế Trung ương đã tổ chức hội nghị triển khai quyết định của Bộ Chính trị về công tác "
        "cán bộ.",
        "Tại hội nghị ông Mai Văn Chính - Phó trưởng ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị.")
    assert attendees == [("Mai Văn Chính", ["Phó trưởng ban Tổ chức Trung ương"])]


def test_a_statement_or_an_interview_outside_the_meeting_gives_no_role():
    # 22454032: said in a statement; 22720921: said to the press by phone, in the lead
    _, attendees = roles(
        "Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin trong cuộc gặp bên lề Hội nghị Thượng đỉnh "
        "G20 tại Hamburg, Đức ngày 7/7.",
        "Trả lời phỏng vấn báo giới qua điện thoại, ông Dmitry Peskov cho biết hai nhà lãnh đạo chỉ tuyên bố sẵn "
        "sàng làm việc.",
        "Lãnh đạo đảng này, ông Jeremy Corbyn cho biết trong một tuyên bố.")
    assert attendees == [("Donald Trump", ["Tổng thống Mỹ"]), ("Vladimir Putin", ["Tổng thống Nga"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an expert's field stands between the head and the name (22318242, 21512357, 22547900)
        ("Chia sẻ tại tọa đàm, chuyên gia kinh tế Phan Chánh Dưỡng nhấn mạnh, Trung Quốc là thị trường lớn.",
         [("Phan Chánh Dưỡng", ["chuyên gia kinh tế"])]),
        ("Chuyên gia giấc ngủ Timothy Morgenthaler (tại Mayo Clinic) cho hay.",
         [("Timothy Morgenthaler", ["Chuyên gia giấc ngủ"])]),
        # plural: experts in general, no one's title
        ("Các chuyên gia Kaspersky Lab chưa biết có thể giải mã được hay không.", []),
    ],
)
def test_an_expert_s_field_is_part_of_the_title(sentence, expected):
    assert people(sentence) == expected


def test_an_expert_quoted_outside_the_meeting_s_sentences_is_no_attendee():
    # 22318242 (at the tọa đàm) and 22351217 (a pundit quoted on the matter)
    _, attendees = roles(
        "Sáng 18/5, Báo Công Thương tổ chức tọa đàm về thị trường Trung Quốc.",
        "Chia sẻ tại tọa đàm, chuyên gia kinh tế Phan Chánh Dưỡng nhấn mạnh, Trung Quốc là thị trường lớn.",
        "Hàng Việt phải đảm bảo an toàn thực phẩm.",
        "Thực tế, theo bà Nguyễn Kim Thanh, chuyên gia về chuỗi cung ứng: sản phẩm phải an toàn.")
    assert attendees == [("Phan Chánh Dưỡng", ["chuyên gia kinh tế"])]


def test_a_person_s_own_predicate_placed_at_the_meeting_attends():
    # 22373456: `Thông tin được ông X, … đưa ra tại cuộc họp báo …`; 22528802: `… chất vấn Bộ trưởng X …
    # trong phiên chất vấn`
    _, attendees = roles(
        "Chiều 25/5, Bộ Tài chính tổ chức họp báo chuyên đề về dự án Luật Quản lý, sử dụng tài sản công.",
        "Cơ quan nhà nước sẽ không được dùng xe biếu tặng vượt tiêu chuẩn.",
        "Xe sẽ được điều chuyển cho đơn vị khác.",
        "Đây là thông tin được ông Nguyễn Tân Thịnh, Cục phó Cục Quản lý công sản (Bộ Tài chính) đưa ra tại cuộc "
        "họp báo chuyên đề, chiều 25-5.")
    assert attendees == [("Nguyễn Tân Thịnh", ["Cục phó Cục Quản lý công sản (Bộ Tài chính)"])]


def test_a_foreign_person_met_by_the_surname_takes_the_full_name_written_bare():
    # 22329737: `Saeb Erekat` is written without a title; 21487475: `Ủy ban châu Âu Jean-Claude Juncker`
    from core.extract.people import given_names_before

    text = ("Trưởng đoàn đàm phán Palestine Saeb Erekat cho rằng đây là bước đi đúng. Ông Erekat cho biết thêm. "
            "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker phát biểu. Ông Juncker nói. "
            "Tổng thống Pháp Emmanuel Macron và phu nhân Brigitte Macron. Ông Macron nói.")
    assert given_names_before("Erekat", text) == "Saeb Erekat"
    assert given_names_before("Juncker", text) == "Jean-Claude Juncker"
    assert given_names_before("Macron", text) is None  # two people share the surname
    assert given_names_before("V.Pu-tin", "Tổng thống Nga V.Pu-tin. V.Pu-tin nói.") is None


def test_a_title_cut_before_a_verb_syllable_runs_to_the_body_above_it():
    # 22589437: `Đăng kiểm` holds a verb's syllable; the parenthesised body and the verb close the title
    assert people("Còn ông Đào Ngọc Đức, Giám đốc Trung tâm Đăng kiểm tàu cá (Tổng cục Thủy sản) cho hay, lãnh "
                  "đạo cơ quan đăng kiểm nhận những sai sót.") == [
        ("Đào Ngọc Đức", ["Giám đốc Trung tâm Đăng kiểm tàu cá (Tổng cục Thủy sản)"])]


def test_a_province_opening_on_an_honorific_like_word_is_no_person():
    # 22618966: `Bà Rịa-Vũng Tàu` was read as `bà` + the name `Rịa-Vũng Tàu`
    assert people("Ngày 26/6, tại thành phố Vũng Tàu, Bộ Nông nghiệp và Phát triển nông thôn phối hợp với UBND tỉnh "
                  "Bà Rịa-Vũng Tàu tổ chức hội nghị góp ý Đề án Phát triển nghề khai thác viễn dương.") == []
    assert people("Đoàn công tác của tỉnh Bà Rịa-Vũng Tàu do ông Lê Văn Hải dẫn đầu.") == [("Lê Văn Hải", [])]


def test_a_body_s_last_field_after_va_closes_before_a_speech_verb():
    # 22618966 and 22604929: the title was cut at `Phát`, `Kiểm`
    assert people("Phát biểu tại hội nghị, ông Vũ Văn Tám, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn cho "
                  "biết, đề án phải trình Thủ tướng Chính phủ trong tháng 6 này.") == [
        ("Vũ Văn Tám", ["Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"])]
    assert people("Ông Mai Văn Trinh, Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục khẳng định: Xuất "
                  "phát từ phương thức tổ chức thi") == [
        ("Mai Văn Trinh", ["Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục"])]
    # an adverb after a body that has no `và` field is not taken into the title, and the two-syllable word before
    # it is read whole (22703213)
    assert people("Ông Nguyễn Việt Sơn – Phó Tổng cục trưởng Tổng cục Năng lượng thẳng thắn chỉ rõ") == [
        ("Nguyễn Việt Sơn", ["Phó Tổng cục trưởng Tổng cục Năng lượng"])]


def test_a_foreign_name_after_a_body_s_words():
    # 22676235, 21474115: a given name and a surname after `Hạ viện`, `Ngoại trưởng`, `Quốc phòng`
    assert people("Phó Chủ tịch Quốc hội Uông Chu Lưu đã hội kiến với Chủ tịch Hạ viện Nhật Bản - ông Tadamori "
                  "Oshima, Phó Chủ tịch Hạ viện Tatsuo Kawabata và Phó Chủ tịch Thượng viện Gunji Akira") == [
        ("Uông Chu Lưu", ["Phó Chủ tịch Quốc hội"]), ("Tadamori Oshima", ["Chủ tịch Hạ viện Nhật Bản"]),
        ("Tatsuo Kawabata", ["Phó Chủ tịch Hạ viện"]), ("Gunji Akira", ["Phó Chủ tịch Thượng viện"])]
    assert people("Không ngoài mong đợi, Bộ trưởng Quốc phòng James Mattis ngày 3-6 đã có bài phát biểu.") == [
        ("James Mattis", ["Bộ trưởng Quốc phòng"])]
    # after an administrative unit the run is the unit's name (22433185)
    assert people("Trưởng Công an huyện Krông Búk, đại tá Đỗ Văn Xuyền cho biết, lúc bắt đã khám sức khỏe.") == [
        ("Đỗ Văn Xuyền", ["Trưởng Công an huyện Krông Búk", "đại tá"])]


def test_who_opens_the_sentence_chairing_the_meeting_chairs_it():
    # 22703213: `Ngày 7.7, chủ trì cuộc họp …, Thứ trưởng X khẳng định`
    chairs, attendees = roles(
        "Ngày 7.7, chủ trì cuộc họp tháo gỡ khó khăn, xây dựng phương án xử lý 5 dự án thuộc ngành dầu khí, Thứ "
        "trưởng Bộ Công Thương Hoàng Quốc Vượng khẳng định: “Nếu các dự án không chuyển biến thì nhân sự phải "
        "chuyển biến”.")
    assert chairs == [("Hoàng Quốc Vượng", ["Thứ trưởng Bộ Công Thương"])]
    assert attendees == []


def test_who_questions_debates_or_answers_at_question_time_attends():
    # 22557573, 22531735: deputies who question or debate and ministers who answer are at the session
    _, attendees = roles(
        "Vấn đề trẻ em bị gameshow khai thác đời tư để câu khách đã làm nóng diễn đàn Quốc hội.",
        "Tại phiên chất vấn ngày thứ 2, sáng 14.6, đại biểu Phạm Thị Minh Hiền (Phú Yên) tranh luận với Bộ trưởng "
        "VHTTDL Nguyễn Ngọc Thiện về các giải pháp Bộ trưởng đưa ra.",
        "Nhiều gameshow đã khai thác đời tư của trẻ em.",
        "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến trả lời chất vấn của các đại biểu Quốc hội sáng 14/6.",
        "Đại biểu Trần Văn Minh (Quảng Ninh) chất vấn về tình trạng lạm chi ngân sách.")
    assert attendees == [("Phạm Thị Minh Hiền", ["đại biểu"]), ("Nguyễn Thị Kim Tiến", ["Bộ trưởng Bộ Y tế"]),
                         ("Trần Văn Minh", ["Đại biểu"])]


def test_a_person_greetings_are_sent_to_is_no_speaker():
    # 22433252, 22515170: `gửi lời chào đến X, …, tin tưởng`, `gửi lời chào trân trọng đến Chủ tịch X và cho biết`
    _, attendees = roles(
        "Thủ tướng Thái Lan Prayut Chan-o-cha ngày 1/6 đã tiếp Đại sứ đặc mệnh toàn quyền Việt Nam Nguyễn Tất Thành.",
        "Thông qua Đại sứ Nguyễn Tất Thành, Thủ tướng Prayut Chan-o-cha gửi chời chào đến Thủ tướng Nguyễn Xuân "
        "Phúc, Chính phủ và nhân dân Việt Nam, tin tưởng quan hệ Việt Nam-Thái Lan sẽ phát triển.")
    assert [name for name, _ in attendees] == ["Prayut Chan-o-cha", "Nguyễn Tất Thành"]


def test_who_concludes_the_meeting_speaks_at_it_and_chairs_nothing():
    # 21510599: `Kết luận hội nghị, Bộ trưởng X yêu cầu …`: closing remarks make a speaker, not a chair (RECORD names
    # chairs only from `chủ trì`, `đồng chủ trì`, `điều hành`; s13 audit)
    chairs, attendees = roles(
        "Câu chuyện xử lý người đứng đầu được nhiều đại biểu dành thời gian trao đổi tại hội nghị trực tuyến "
        "triển khai năm cao điểm hành động vệ sinh an toàn thực phẩm.",
        "Thiếu tướng Nguyễn Ngọc Thế, Cục trưởng Cục An ninh Nông nghiệp nông thôn (Bộ Công an), cho rằng phải "
        "mạnh tay với làm ăn gian dối.",
        "Kết luận hội nghị, Bộ trưởng NN&PTNT Nguyễn Xuân Cường yêu cầu các đơn vị tập trung triển khai nhiệm vụ.")
    assert chairs == []
    assert sorted(name for name, _ in attendees) == ["Nguyễn Ngọc Thế", "Nguyễn Xuân Cường"]
    # 22702838: `Phát biểu kết luận buổi làm việc, Đại tướng X khẳng định`
    chairs, _ = roles("Phát biểu kết luận buổi làm việc, Đại tướng Ngô Xuân Lịch khẳng định: Thành tựu của Viettel "
                      "là niềm tự hào.")
    assert chairs == []


def test_a_speaker_whose_titles_close_on_a_comma_is_placed_at_the_event():
    # 22539946: `Bà X, Người Phát ngôn …, tuyên bố như vậy trong cuộc họp báo …` (no speech verb of the table)
    chairs, attendees = roles(
        "Bà Lê Thị Thu Hằng, Người Phát ngôn Bộ Ngoại giao Việt Nam, tuyên bố như vậy trong cuộc họp báo thường "
        "kỳ chiều 15/6 để trả lời câu hỏi của phóng viên.")
    assert chairs == []
    assert attendees == [("Lê Thị Thu Hằng", ["Người Phát ngôn Bộ Ngoại giao Việt Nam"])]
    # 22563742: `Ông X, Tổng Cục trưởng …, chỉ đạo như vậy tại buổi đối thoại với doanh nghiệp`
    _, attendees = roles(
        "Ông Nguyễn Văn Huyện, Tổng Cục trưởng Tổng cục Đường bộ Việt Nam, chỉ đạo như vậy tại buổi đối thoại với "
        "doanh nghiệp về công tác cấp giấy phép lưu hành xe quá tải.")
    assert attendees == [("Nguyễn Văn Huyện", ["Tổng Cục trưởng Tổng cục Đường bộ Việt Nam"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence glued on after a photo credit in capitals opens on its form of address
        ("Ảnh: Nam Thái/TXVN Ông Trần Văn Thành, Chủ tịch UBND huyện Gò Công Đông cho biết, đến nay địa phương "
         "hình thành được 23 tổ hợp tác.",  # 21480097
         [("Trần Văn Thành", ["Chủ tịch UBND huyện Gò Công Đông"])]),
        ("Tập huấn về ATVSLĐ trong Tháng CN của CĐ KKT Hải Phòng. Ảnh: CTV Bà Phạm Thị Hằng – Chủ tịch CĐ Khu Kinh "
         "tế Hải Phòng – cho biết: Hiện tại, CĐ KKT có 157 CĐCS.",  # 22343544
         [("Phạm Thị Hằng", ["Chủ tịch CĐ Khu Kinh tế Hải Phòng"])]),
        # a place that opens like a form of address after an acronym stays a place
        ("3 ngày nay, nhiều người dân tìm tới nhà anh Nguyễn Văn Cường (27 tuổi, ngụ phường Phước Nguyên, TP Bà Rịa, "
         "tỉnh Bà Rịa - Vũng Tàu) để được nhìn con cá nặng 7 kg.",  # 22227310
         [("Nguyễn Văn Cường", [])]),
    ],
)
def test_a_form_of_address_after_a_credit_in_capitals(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the chief of the general staff and the deputy; after a place's name a lower-case verb is the
        # predicate, not a syllable of the body's name (`… Việt Nam trao Quyết định`)
        ("Thượng tướng Phạm Ngọc Minh - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam trao Quyết định cho "
         "Đại úy Nguyễn Quốc Khánh.",  # 22384032
         [("Phạm Ngọc Minh", ["Thượng tướng", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"]),
          ("Nguyễn Quốc Khánh", ["Đại úy"])]),
        ("Tổng Tham mưu trưởng quân đội Philippines Eduardo Ano.",  # 22595317
         [("Eduardo Ano", ["Tổng Tham mưu trưởng quân đội Philippines"])]),
        # the general director abbreviated after `Tổng`
        ("Ông Bùi Sơn Nam, Phó Tổng GĐ MobiFone đề xuất đối với các thuê bao đã có thông tin đăng ký chính xác.",  # 22588718
         [("Bùi Sơn Nam", ["Phó Tổng GĐ MobiFone"])]),
    ],
)
def test_general_staff_and_abbreviated_general_director(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert people(sentence) == expected


def test_a_person_met_again_by_one_name_is_the_full_name_the_article_writes():
    # 22702906: `Hội nghị do ông Chung chủ trì`: the chair is the Chủ tịch Nguyễn Đức Chung of the lead
    chairs, attendees = roles(
        "Đó là khẳng định của Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung tại hội nghị thông qua dự thảo kết luận "
        "thanh tra việc quản lý, sử dụng đất đai diễn ra ngày 7-7 tại trụ sở UBND huyện Mỹ Đức.",
        "Hội nghị do ông Chung chủ trì và có sự tham dự của đại diện các cơ quan như Thanh tra Chính phủ.")
    assert chairs == [("Nguyễn Đức Chung", ["Chủ tịch UBND TP Hà Nội"])]
    assert attendees == []
    # 22433253: `bà Kang nói`: a Korean name, written family name first
    _, attendees = roles(
        "Bà Kang Kyung-wha, người được Tổng thống Hàn Quốc chỉ định làm Ngoại trưởng, ngày 1/6 tuyên bố rằng Chính "
        "phủ Hàn Quốc cần xem xét việc nối lại viện trợ nhân đạo cho Triều Tiên.",
        "Phát biểu tại một cuộc họp với nhiều quan chức của các tổ chức phi lợi nhuận, bà Kang nói: \" Trong khi "
        "phải áp dụng các biện pháp cứng rắn\".")
    assert attendees == [("Kang Kyung-wha", [])]


def test_one_name_the_article_does_not_resolve_is_no_person():
    # 22702906 (cut): no full name ends in `Chung`: no one is listed by the word alone
    chairs, attendees = roles(
        "Hội nghị thông qua dự thảo kết luận thanh tra diễn ra ngày 7-7 tại trụ sở UBND huyện Mỹ Đức.",
        "Hội nghị do ông Chung chủ trì và có sự tham dự của đại diện các cơ quan như Thanh tra Chính phủ.")
    assert chairs == [] and attendees == []


@given(st.sampled_from(["ông", "bà", "Ông", "Bà"]), st.sampled_from(["Chung", "Kang", "Tuấn", "Hà", "Trong"]),
       st.sampled_from([" cho biết.", ", Chủ tịch UBND tỉnh, nói.", " chủ trì hội nghị."]))
@settings(max_examples=60)
def test_one_name_is_read_only_when_asked(honorific: str, word: str, rest: str) -> None:
    sentence = f"Tại hội nghị, {honorific} {word}{rest}"
    assert find_people(sentence) == [] or all(" " in m.person.name for m in find_people(sentence))
    short = find_people(sentence, short=True)
    assert all(m.person.name == word for m in short)
    assert len(short) <= 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title and one name, then a verb or a mark: read only when asked (`short`)
        ("Về việc đàm phán với thị trường Trung Quốc, Bộ trưởng Cường cho biết: Bộ đã cử một đồng chí Thứ trưởng "
         "2 lần sang đàm phán.",  # 22519869
         [("Cường", ["Bộ trưởng"])]),
        ("Do vậy, Thứ trưởng Nghĩa yêu cầu Sở Giáo dục và Đào tạo Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc.",  # 21479214
         [("Nghĩa", ["Thứ trưởng"])]),
        # a body after the title is no name, whatever follows
        ("Thủ tướng Chính phủ nhấn mạnh, Hội nghị Trung ương 5 sẽ thảo luận.", []),  # 22296733 kind
        ("Chủ tịch Hội cho biết, năm nay hội sẽ tổ chức nhiều hoạt động.", []),
    ],
)
def test_a_title_and_one_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(m.person.name, m.person.titles) for m in find_people(normalize_line(sentence), short=True)] == expected
    assert all(" " in m.person.name for m in find_people(normalize_line(sentence)))


def test_a_title_and_one_name_takes_the_full_name_and_titles():
    # 22519869: `Bộ trưởng Cường cho biết` at the question time where the Minister Nguyễn Xuân Cường answered
    _, attendees = roles(
        "Bộ trưởng Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường là người đầu tiên đăng đàn tại phiên chất "
        "vấn của Quốc hội kỳ này.",
        "Về việc đàm phán với thị trường Trung Quốc, Bộ trưởng Cường cho biết: Bộ đã cử một đồng chí Thứ trưởng 2 "
        "lần sang đàm phán.")
    assert attendees == [("Nguyễn Xuân Cường", ["Bộ trưởng Nông nghiệp và Phát triển nông thôn"])]


def test_the_host_who_receives_a_person_introduced_by_a_title_attends():
    # 22350393: `Thủ tướng X tiếp Tổng Giám đốc Quỹ … (gọi tắt là OFID), ông Y`: the host attends with the guest
    _, attendees = roles(
        "Sáng 23/5, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Giám đốc Quỹ Phát triển quốc tế của "
        "Tổ chức các nước xuất khẩu dầu mỏ (gọi tắt là OFID), ông Suleiman Jasir Al-Herbish.",
        "Tại buổi tiếp, ông Suleiman Jasir Al-Herbish cho biết, Quỹ hoạt động rất tích cực ở 130 nước đang phát triển.")
    assert [name for name, _ in attendees] == ["Nguyễn Xuân Phúc", "Suleiman Jasir Al-Herbish"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the office another person stands in for is not that person's title
        ("Thay mặt Chủ tịch Quốc hội Việt Nam, Phó Chủ tịch thường trực Quốc hội Tòng Thị Phóng đã tiếp nhận chuyển "
         "giao chức Chủ tịch APPF.",  # 22245907
         [("Tòng Thị Phóng", ["Phó Chủ tịch thường trực Quốc hội"])]),
        # after a place's name a lower-case word opens the predicate, not a body's word
        ("Đây là câu hỏi ĐBQH Phạm Khánh Phong Lan, Phó giám đốc Sở Y tế TP.HCM đặt ra trong phiên thảo luận tổ "
         "chiều 25.",  # 22372786
         [("Phạm Khánh Phong Lan", ["ĐBQH", "Phó giám đốc Sở Y tế TP.HCM"])]),
        ("GS.TS Trần Ngọc Ân - Chủ tịch Hội Thấp khớp học Việt Nam đưa ra tại Hội nghị khoa học thường niên.",  # 22268482
         [("Trần Ngọc Ân", ["GS.TS", "Chủ tịch Hội Thấp khớp học Việt Nam"])]),
        # a one-syllable place may open a word: `Pháp luật`
        ("Nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hội Phan Trung Lý cho rằng, tinh giản biên chế thực tế rất "
         "khó.",  # 22388000
         [("Phan Trung Lý", ["Nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hội"])]),
    ],
)
def test_titles_that_are_not_the_persons_own(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country the title names closes the title: it is no syllable of the name (22370517, 22235746)
        ("Ngày 24/5, đồng chí Phạm Sanh Châu đã có các buổi làm việc với Ngoại trưởng Nicaragua Denis Moncada "
         "Colindres và lãnh đạo Ủy ban Giáo dục quốc gia Nicaragua.",
         [("Phạm Sanh Châu", []), ("Denis Moncada Colindres", ["Ngoại trưởng Nicaragua"])]),
        ("Tổng thống Moldova Igor Dodon tuyên bố như vậy trong cuộc gặp tại thủ đô Moskva ngày 10/5.",
         [("Igor Dodon", ["Tổng thống Moldova"])]),
        # `Quốc gia` goes on a body's name (`Duma Quốc gia`), never a person's (22650172, 22677438)
        ("Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin khẳng định mối quan hệ là mối quan hệ đặc biệt.",
         [("Vyacheslav Volodin", ["Chủ tịch Duma Quốc gia Nga"])]),
        ("Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Chủ tịch Ủy ban An toàn giao thông quốc gia "
         "chủ trì hội nghị.",
         [("Trương Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ", "Chủ tịch Ủy ban An toàn giao thông quốc gia"])]),
    ],
)
def test_a_country_or_a_national_body_closes_the_title(sentence, expected):
    assert people(sentence) == expected


def test_a_states_long_name_stays_in_the_title():
    # 22692972, 22478908: `chủ`, `hòa` open no verb inside a state's name
    assert people("Tới dự buổi lễ có đồng chí Pa Ny Tho Tu, Ủy viên Bộ chính trị, Chủ tịch nước Cộng hòa dân "
                  "chủ nhân dân Lào; các đồng chí lãnh đạo Đảng.") == [
        ("Pa Ny Tho Tu", ["Ủy viên Bộ chính trị", "Chủ tịch nước Cộng hòa dân chủ nhân dân Lào"])]
    assert people("Nhận lời mời của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đại Quang, Tổng thống "
                  "Cộng hòa Séc Milos Zeman và Phu nhân đã thăm cấp Nhà nước.") == [
        ("Trần Đại Quang", ["Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"]),
        ("Milos Zeman", ["Tổng thống Cộng hòa Séc"])]


def test_a_body_that_opens_on_quoc_gia_is_no_person():
    # 22650172's headline
    assert people("Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Duma Quốc gia Nga") == [
        ("Trần Đại Quang", ["Chủ tịch nước"])]


def test_a_name_cut_short_merges_into_the_full_name():
    # baomoi 21486503: `ông Vương Hi` is `Phó Bí thư Đảng ủy BOC Vương Hi Toàn` written short
    chairs, attendees = roles(
        "Ngân hàng Trung Quốc (BOC) ngày 6/2 đã khai trương trái phép chi nhánh tại cái gọi là thành phố Tam Sa. "
        "Phát biểu tại lễ khai trương, Phó Bí thư Đảng ủy BOC Vương Hi Toàn ngang ngược tuyên bố BOC sẵn sàng "
        "tiếp tục hợp tác với cái gọi là thành phố Tam Sa.",
        "Theo ông Vương Hi, BOC chi nhánh Tam Sa được thành lập một năm trước.")
    assert [name for name, _ in chairs + attendees] == ["Vương Hi Toàn"]
    assert (chairs + attendees)[0][1] == ["Phó Bí thư Đảng ủy BOC"]
