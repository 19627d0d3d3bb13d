import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract.meetings import extract_meeting, find_events
from core.extract.people import find_people
from core.normalize import normalize_line
from core.record import Article


def people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(normalize_line(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Đồng chí Trần Văn Nam- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện dự hội nghị.",
         [("Trần Văn Nam", ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"])]),
        ("Dự có đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.",
         [("Lê Thị Hoa", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"])]),
        ("Phó Chủ tịch Thường trực UBND tỉnh Phạm Minh Đức phát biểu.",
         [("Phạm Minh Đức", ["Phó Chủ tịch Thường trực UBND tỉnh"])]),
        ("Giám đốc sở Tư pháp - Hồ Văn Bình, Chủ tịch UBND huyện - Đỗ Thanh Tâm dự.",
         [("Hồ Văn Bình", ["Giám đốc sở Tư pháp"]), ("Đỗ Thanh Tâm", ["Chủ tịch UBND huyện"])]),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Ngô Quang Huy cho biết.",
         [("Ngô Quang Huy", ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"])]),
        ("Thủ tướng Anh Theresa May và Tổng thống Hàn Quốc Moon Jae-in gặp nhau.",
         [("Theresa May", ["Thủ tướng Anh"]), ("Moon Jae-in", ["Tổng thống Hàn Quốc"])]),
        ("Thứ trưởng Bộ Lao động - Thương binh và Xã hội Vũ Thị Lan phát biểu.",
         [("Vũ Thị Lan", ["Thứ trưởng Bộ Lao động - Thương binh và Xã hội"])]),
        ("Người phát ngôn của Bộ Ngoại giao Lê Thị Thu Hằng cho biết.",
         [("Lê Thị Thu Hằng", ["Người phát ngôn của Bộ Ngoại giao"])]),
        ("Trợ lý của Tổng thống Donald Trump cho biết.", [("Donald Trump", ["Tổng thống"])]),
    ],
)
def test_name_and_title_shapes(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Diễn đàn hợp tác kinh tế châu Á - Thái Bình Dương họp tại Hà Nội.",
        "Lễ hội cà phê Buôn Ma Thuột diễn ra ở Đắk Lắk.",
        "Chủ tịch HĐQT Công ty Hợp Lực phát biểu.",
        "Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu dự.",
    ],
)
def test_places_and_bodies_are_not_people(sentence):
    assert people(sentence) == []


def article(text: str, published: str | None = "2024-03-29") -> Article:
    paragraphs = [p for p in text.split("\n") if p]
    from core.tokenize import split_sentences

    return Article(path="x.txt", sha256="0" * 64, bytes=1, format="text", encoding="utf-8",
                   published=published, text=text, sentences=split_sentences(paragraphs))


def test_meeting_from_a_typical_lead():
    a = article(
        "Sáng 14/2, UBND huyện Tân Phú tổ chức hội nghị tổng kết công tác năm 2023, triển khai "
        "nhiệm vụ năm 2024. Đồng chí Trần Văn Nam, Chủ tịch UBND huyện chủ trì hội nghị. Dự hội "
        "nghị có đồng chí Lê Thị Hoa- Phó Giám đốc Sở Nội vụ.",
        published="2024-02-15",
    )
    m = extract_meeting(a)
    assert m is not None
    assert (m.kind, m.date, m.part_of_day, m.organizer) == ("hội nghị", "2024-02-14", "sáng", "UBND huyện Tân Phú")
    assert (m.review_year, m.plan_year) == (2023, 2024)
    assert [(p.name, p.titles) for p in m.chairs] == [("Trần Văn Nam", ["Chủ tịch UBND huyện"])]
    assert [(p.name, p.titles) for p in m.attendees] == [("Lê Thị Hoa", ["Phó Giám đốc Sở Nội vụ"])]


def test_year_comes_from_the_plan_year_without_publication_date():
    a = article("Chiều 11/01, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.",
                published=None)
    m = extract_meeting(a)
    assert m is not None and m.date == "2024-01-11"


def test_chair_by_passive_and_counterpart_names():
    a = article("Chiều 4/7, Hội đồng An ninh quốc gia tổ chức cuộc họp khẩn cấp. Cuộc họp được chủ trì "
                "bởi Kim Min-su - cố vấn an ninh của tổng thống.")
    m = extract_meeting(a)
    assert m is not None and [p.name for p in m.chairs] == ["Kim Min-su"]


def test_held_date_wins_over_travel_date():
    a = article("Ngày 5/7, Tổng thống Pháp Emmanuel Macron lên đường để tham dự Hội nghị thượng đỉnh G20 "
                "tại Hamburg. Hội nghị thượng đỉnh G20 sẽ diễn ra trong hai ngày 7 và 8/7.", published="2017-07-06")
    m = extract_meeting(a)
    assert m is not None and m.date == "2017-07-07" and m.location == "Hamburg"
    assert [p.name for p in m.attendees] == ["Emmanuel Macron"]


@pytest.mark.parametrize(
    "text",
    [
        "Giá vàng trong nước giảm nhẹ sau ngày vía thần tài. Các cửa hàng đông khách.",
        "Nga không được thông báo về sự cố tại khách sạn nơi phái đoàn nghỉ khi tham gia hội nghị thượng đỉnh G20.",
        "Lễ hội cà phê diễn ra tại Buôn Ma Thuột. Du khách rất đông.",
        "Bà con nông dân thu hoạch lúa. Sau đó hội nghị sẽ được bàn tới trong một bài khác.",
    ],
)
def test_no_meeting(text):
    assert extract_meeting(article(text)) is None


def test_event_kinds():
    kinds = [e.kind for e in find_events("Sau buổi họp báo, lễ khai mạc và kỳ họp thứ 5 tại Trung tâm Hội nghị Quốc gia", 0)]
    assert kinds == ["họp báo", "lễ", "kỳ họp"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=160), min_size=1, max_size=5), st.sampled_from([None, "2024-01-02"]))
def test_extract_meeting_never_raises(sentences, published):
    a = Article(path="x", sha256="0" * 64, bytes=1, format="text", encoding="utf-8",
                published=published, text="\n".join(sentences), sentences=sentences)
    m = extract_meeting(a)
    if m is not None:
        assert m.kind and m.part_of_day in (None, "sáng", "trưa", "chiều", "tối")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Đồng chí", "Nguyễn Văn An", "-", ",", "Chủ tịch", "UBND", "tỉnh", "Hà Nội", "Phó", "Bí thư",
     "Thủ tướng", "Anh", "Theresa May", "chủ trì", "dự", "hội nghị", "bởi", "của", "và", "."]), max_size=30))
def test_find_people_never_raises_on_title_soup(words):
    for mention in find_people(" ".join(words)):
        assert mention.person.name and mention.start <= mention.end


def test_dotted_dates_periods_and_repeated_people():
    a = article("Sáng 12.7, dưới sự điều hành của Phó Chủ tịch Quốc hội Phùng Văn An, Ủy ban Thường vụ "
                "Quốc hội tiến hành bế mạc phiên họp thứ 12 về vốn giai đoạn 2012-2015. Phó Chủ tịch "
                "Quốc hội An phát biểu tại phiên họp.", published=None)
    m = extract_meeting(a)
    assert m is not None and m.kind == "phiên họp" and m.part_of_day == "sáng"
    assert m.date is None  # no publication date and no `năm YYYY`: a period is not the year
    assert [p.name for p in m.chairs] == ["Phùng Văn An"]
    b = article("Ngày 6/7, Thủ tướng Đức Angela Merkel dự hội nghị thượng đỉnh G20. Bà Merkel phát biểu tại hội nghị.")
    m = extract_meeting(b)
    assert m is not None and [p.name for p in m.attendees] == ["Angela Merkel"]
