"""Titles set after a name whose body's name goes on in lower case past a capitalised syllable up to the person's
verb (`Cục Văn | hóa cơ sở không đồng tình`), and words of manner that open the predicate.

Sentences from baomoi articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_body_name_goes_on_to_the_speech_verb() -> None:
    # 22261304, 22572176, 22345251
    assert _people("Bà Lee Lai Choo, Giám đốc Trung tâm Phát triển bền vững các thành phố châu Á cho rằng, điều quan "
                   "trọng nhất") == [("Lee Lai Choo", ["Giám đốc Trung tâm Phát triển bền vững các thành phố châu Á"])]
    assert _people("Đây là thông tin được ông Nguyễn Chí Cường, Phó giám đốc Dự án Đầu tư xây dựng công trình giao thông "
                   "TP Hà Nội cho biết tại cuộc họp") == [
        ("Nguyễn Chí Cường", ["Phó giám đốc Dự án Đầu tư xây dựng công trình giao thông TP Hà Nội"])]
    assert _people("Ông Hwang Woo Deok, Chủ tịch THT Nông nghiệp nhân sâm Kang Hwa cho biết, hiện nay") == [
        ("Hwang Woo Deok", ["Chủ tịch THT Nông nghiệp nhân sâm Kang Hwa"])]


def test_body_name_goes_on_past_an_adverb_a_negation_or_a_dash() -> None:
    # 22660286, 22353379
    assert _people("Bà Ninh Thị Thu Hương, Phó cục trưởng Cục Văn hóa cơ sở không đồng tình với ý kiến này") == [
        ("Ninh Thị Thu Hương", ["Phó cục trưởng Cục Văn hóa cơ sở"])]
    assert _people("Bà Dragana Strinic, Giám đốc Quốc gia Tổ chức Cứu trợ Trẻ em tại Việt Nam - nhấn mạnh: Không có") == [
        ("Dragana Strinic", ["Giám đốc Quốc gia Tổ chức Cứu trợ Trẻ em tại Việt Nam"])]


def test_no_verb_or_another_office_keeps_the_title_short() -> None:
    # 22650746: another office before the verb; a title that ends on a place or an acronym is not read on
    (name, titles), = _people("bổ nhiệm ông Đoàn Công Huynh, Cục trưởng Cục Thông tin cơ sở giữ chức Cục trưởng Cục "
                              "Thông tin đối ngoại, Bộ TT&TT.")
    assert name == "Đoàn Công Huynh" and len(titles) == 1 and "giữ chức" not in titles[0]
    assert _people("Ông Nguyễn Văn An, Giám đốc Sở GTVT hôm qua cho biết") == [("Nguyễn Văn An", ["Giám đốc Sở GTVT"])]


def test_word_of_manner_opens_the_predicate() -> None:
    # 22579350, 22703213
    assert _people("BS Trần Minh Trường, Phó Giám đốc Bệnh viện Chợ Rẫy vui mừng cho biết, sau thành công") == [
        ("Trần Minh Trường", ["BS", "Phó Giám đốc Bệnh viện Chợ Rẫy"])]
    assert _people("Ông Nguyễn Việt Sơn, Phó Tổng cục trưởng Tổng cục Năng lượng thẳng thắn chỉ rõ, dự án") == [
        ("Nguyễn Việt Sơn", ["Phó Tổng cục trưởng Tổng cục Năng lượng"])]


def test_country_then_a_name_opening_on_vuong_is_no_king() -> None:
    # 21493651, 21486326: `Trung Quốc Vương Nghị` holds no `Quốc vương`
    assert _people("Ngoại trưởng Trung Quốc Vương Nghị (Wang Yi) ngày 7/2 kêu gọi thúc đẩy") == [
        ("Vương Nghị", ["Ngoại trưởng Trung Quốc"])]
    assert _people("Chủ tịch nước tiếp Quốc vương Brunei Hassanal Bolkiah") == [
        ("Hassanal Bolkiah", ["Quốc vương Brunei"])]


def test_tense_adverb_closes_the_body_name() -> None:
    # 22278588, 22565385, 22225550: `vừa`, `đã` open the predicate; a guild's profession and a hospital's own name
    # stay in the body's name
    assert _people("Ông Bùi Đức Thụ, Phó trưởng Ban Công tác đại biểu vừa xác nhận, tại phiên họp") == [
        ("Bùi Đức Thụ", ["Phó trưởng Ban Công tác đại biểu"])]
    assert _people("ông Ngô Chí Tùng, Chủ tịch Liên Chi hội Nhà báo ngành Tài chính đã gửi lời cám ơn") == [
        ("Ngô Chí Tùng", ["Chủ tịch Liên Chi hội Nhà báo ngành Tài chính"])]
    assert _people("TS Đặng Quốc Tuấn, Phó trưởng Khoa Hồi sức tích cực Bệnh viện Bạch Mai đã có mặt, sẵn sàng") == [
        ("Đặng Quốc Tuấn", ["TS", "Phó trưởng Khoa Hồi sức tích cực Bệnh viện Bạch Mai"])]
