"""Titles of round 21's web pages: China's provinces before their holders' names, bodies' names in sentence case
whose tail holds `phát triển`.

Sentences from baomoi articles (file id in the comment) or written for the shape.
"""

from core.extract.people import find_people
from core.normalize import normalize_line


def people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(normalize_line(sentence))]


def test_a_chinese_province_is_no_part_of_its_holders_name() -> None:
    # 22262228
    assert ("Quách Thụ Thanh", ["Thống đốc tỉnh Sơn Đông"]) in people(
        "Đó là Phó Thủ tướng Mã Khải và Thống đốc tỉnh Sơn Đông Quách Thụ Thanh.")
    # written for the shape: a province whose first syllable is a family name
    assert people("Tổng lãnh sự Việt Nam tại Thượng Hải Nguyễn Thế Tùng đã hội kiến Phó Tỉnh trưởng tỉnh Giang Tô "
                  "Phương Vĩ.") == [("Nguyễn Thế Tùng", ["Tổng lãnh sự Việt Nam tại Thượng Hải"]),
                                    ("Phương Vĩ", ["Phó Tỉnh trưởng tỉnh Giang Tô"])]


def test_a_given_name_like_a_province_stays_a_name() -> None:
    # `An Huy` is kept out of the places: a Vietnamese given name
    assert people("Ông Nguyễn An Huy, Phó Chánh Thanh tra TP Hà Nội, cho biết.") == [
        ("Nguyễn An Huy", ["Phó Chánh Thanh tra TP Hà Nội"])]


def test_a_sentence_case_body_keeps_its_field_of_development() -> None:
    # 22369131
    assert people("Ông Hoàng Minh Trí, Phó viện trưởng Viện Nghiên cứu phát triển thành phố cho biết, Viện đang có "
                  "đề án nghiên cứu.") == [
        ("Hoàng Minh Trí", ["Phó viện trưởng Viện Nghiên cứu phát triển thành phố"])]
    # written for the shape: five lower-case words after the capitalised one
    assert people("Ông Nguyễn Văn An, Viện trưởng Viện Nghiên cứu phát triển du lịch khẳng định du lịch cần đi "
                  "trước.") == [("Nguyễn Văn An", ["Viện trưởng Viện Nghiên cứu phát triển du lịch"])]


def test_a_sentence_case_body_of_five_lower_case_words() -> None:
    # written after `Cục Quản lý lao động ngoài nước đang` (baomoi)
    assert people("Ông Tống Hải Nam, Cục trưởng Cục Quản lý lao động ngoài nước cho biết như vậy.") == [
        ("Tống Hải Nam", ["Cục trưởng Cục Quản lý lao động ngoài nước"])]


def test_a_verb_after_a_body_still_ends_its_title() -> None:
    assert people("Ông Nguyễn Văn An, Giám đốc Sở Y tế phát quà cho các cháu.") == [
        ("Nguyễn Văn An", ["Giám đốc Sở Y tế"])]


def test_a_word_broken_at_its_hyphen_is_no_name() -> None:
    # 22434184
    assert people("Tham dự hội thảo có Đại sứ Việt Nam tại Pháp Nguyễn Ngọc Sơn; Vụ trưởng Vụ Phát triển doanh nghiệp "
                  "quốc tế của CCI Paris Ile-de- France, bà Marianne Sasserant, cùng đại diện nhiều doanh nghiệp "
                  "Pháp.") == [("Nguyễn Ngọc Sơn", ["Đại sứ Việt Nam tại Pháp"]), ("Marianne Sasserant", [])]
