"""Person names (s12): a rare family name before `Thị`, a foreign name set off by commas after a title, and a
list of names opened by a colon.

Sentences from baomoi-dev articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_a_rare_family_name_before_thi_opens_the_name() -> None:
    # 22581237, 21472846
    assert _people("Phó Tổng Biên tập Cát Thị Kim Xuân nhận hoa chúc mừng từ Tổng cục Dạy nghề.") == [
        ("Cát Thị Kim Xuân", ["Phó Tổng Biên tập"])]
    assert _people("Trao đổi với PV Báo Giao thông vào sáng 6/2, bà Mùa Thị Sinh, Phó Chủ tịch UBND huyện cho biết.") == [
        ("Mùa Thị Sinh", ["Phó Chủ tịch UBND huyện"])]


def test_thi_of_a_unit_opens_no_name() -> None:
    # 22252324: `Phường Thị Nại` is a ward
    assert _people("Chủ tịch UBND Phường Thị Nại Nguyễn Văn Hùng phát biểu.") == [
        ("Nguyễn Văn Hùng", ["Chủ tịch UBND Phường Thị Nại"])]


def test_a_foreign_name_set_off_by_commas_after_a_title_is_the_titles_holder() -> None:
    # 21495018, 22271809, 22756757
    assert _people("Đáp lại tin đồn, Chủ tịch Atletico, Enrique Cerezo, chế nhạo Quỷ đỏ bằng cách gọi Man United là đội "
                   "bóng nhỏ.") == [("Enrique Cerezo", ["Chủ tịch Atletico"])]
    assert _people("Trong khi đó, Thủ tướng Pakistan, Nawaz Sharif, một đồng minh thân cận của Trung Quốc, dự diễn đàn.")[0] == (
        "Nawaz Sharif", ["Thủ tướng Pakistan"])
    assert _people("Cảnh sát trưởng London, Cressida Dick, cho biết cảnh sát đã bắt giữ 12 người.") == [
        ("Cressida Dick", ["Cảnh sát trưởng London"])]


def test_the_name_set_off_after_an_owners_title_is_not_the_owners() -> None:
    # 22670894: Ushakov is Putin's adviser, not the president
    assert ("Yuri Ushakov", ["Tổng thống Putin"]) not in _people(
        "AP dẫn lời cố vấn đối ngoại của Tổng thống Putin, Yuri Ushakov, cho biết, chính phủ Nga đã áp dụng chính sách.")


def test_a_list_of_names_after_a_colon_is_a_list_of_persons() -> None:
    # 22703614, 22525543
    assert _people("Nhận được tin báo, tổ công tác Đội Cảnh sát Hình sự gồm 3 đồng chí: Đặng Việt Quảng, Vũ Thái Sơn, "
                   "Nguyễn Đình Phương đã tới hiện trường.") == [
        ("Đặng Việt Quảng", []), ("Vũ Thái Sơn", []), ("Nguyễn Đình Phương", [])]
    assert _people("Ban Chấp hành gồm các ông: Nguyễn Việt Chiến, Bùi Việt Mỹ, Nguyễn Sĩ Đại.") == [
        ("Nguyễn Việt Chiến", []), ("Bùi Việt Mỹ", []), ("Nguyễn Sĩ Đại", [])]


def test_a_list_of_places_after_a_colon_is_no_person() -> None:
    # 21481011
    assert _people("Toàn huyện đã xây dựng các công trình hạ tầng mới như: Hồ Đồng Lá, kè sông Chu, đường Tân Thịnh.") == []
    assert _people("Mưa lớn ở các tỉnh gồm: Lâm Đồng, Hà Giang, Lào Cai.") == []
