"""Person titles (s12): a body's noun in lower case before its own name, a city's leader named after another
person's titles, and a second office joined by `đồng thời là`.

Sentences from baomoi-dev articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_a_lower_case_body_noun_takes_the_bodys_name_into_the_title() -> None:
    # 22236289, 21474451, 22739820
    assert _people("Trao đổi với báo chí, ông Nguyễn Văn Phú – Tổng Biên tập báo Bóng đá cho hay: “Sau 12 năm”") == [
        ("Nguyễn Văn Phú", ["Tổng Biên tập báo Bóng đá"])]
    assert _people("Bà Lê Thị Thúy, Hiệu trưởng trường Mầm non Đồng Thắng, lý giải hôm đó, nhà trường cho nghỉ học.") == [
        ("Lê Thị Thúy", ["Hiệu trưởng trường Mầm non Đồng Thắng"])]
    assert _people("Đánh giá về điểm sàn năm nay, thày Vũ Văn Hóa, Hiệu trưởng trường ĐH Công nghệ & Kinh doanh cho "
                   "biết, mặc dù điểm sàn năm nay cao hơn") == [
        ("Vũ Văn Hóa", ["Hiệu trưởng trường ĐH Công nghệ & Kinh doanh"])]


def test_a_school_named_after_a_person_is_no_person() -> None:
    # 22376857, 21509102, 22542435: the school's name is shaped like a person's
    assert _people("Theo ông Nguyễn Xuân Thảo, Hiệu trưởng trường THPT Nguyễn Khuyến sự việc trên xảy ra tại trường vào "
                   "sáng 25/5, ngay sau lễ tri ân.") == [("Nguyễn Xuân Thảo", ["Hiệu trưởng trường THPT Nguyễn Khuyến"])]
    assert _people("Theo bà Nguyễn Thị Nhâm Huyền, Hiệu trưởng Trường THPT Phan Đình Phùng, đây là sự cố đáng tiếc và lần "
                   "đầu tiên xảy ra tại trường này.") == [
        ("Nguyễn Thị Nhâm Huyền", ["Hiệu trưởng Trường THPT Phan Đình Phùng"])]
    assert _people("Còn ở Quảng Ninh, ông Ngô Bá Uyên, hiệu trưởng trường THPT Lê Hồng Phong, TP Cẩm Phả, Quảng Ninh cho "
                   "hay có 306 thí sinh dự thi tại đây.")[0] == ("Ngô Bá Uyên", ["hiệu trưởng trường THPT Lê Hồng Phong"])


def test_a_citys_leader_after_another_persons_titles_is_a_person() -> None:
    # 22618669, 21758712: not one person with the next one's office and name as a title
    assert _people("Tham dự còn có lãnh đạo một số bộ, ngành Trung ương, Bí thư Thành ủy Hải phòng Lê Văn Thành, Chủ tịch "
                   "UBND Thành phố Nguyễn Văn Tùng, cán bộ chủ chốt của TP. Hải Phòng.") == [
        ("Lê Văn Thành", ["Bí thư Thành ủy Hải phòng"]), ("Nguyễn Văn Tùng", ["Chủ tịch UBND Thành phố"])]
    assert _people("Dự buổi diễn tập có Thứ trưởng Bộ Y tế Nguyễn Thanh Long, Phó Chủ tịch UBND Thành phố Ngô Văn Quý cùng "
                   "lãnh đạo các sở, ngành.") == [
        ("Nguyễn Thanh Long", ["Thứ trưởng Bộ Y tế"]), ("Ngô Văn Quý", ["Phó Chủ tịch UBND Thành phố"])]


def test_a_second_office_joined_by_dong_thoi_la() -> None:
    # 22235972
    assert _people("Hãng tin Tân Hoa ngày 10/5 cho biết Chủ tịch Trung Quốc Tập Cận Bình, đồng thời là Chủ tịch Quân ủy "
                   "Trung ương, vừa ký một sắc lệnh.") == [
        ("Tập Cận Bình", ["Chủ tịch Trung Quốc", "Chủ tịch Quân ủy Trung ương"])]
    # not before a word that opens no office
    assert _people("Ông Nguyễn Văn An, Giám đốc Sở Y tế, đồng thời khẳng định sẽ kiểm tra.") == [
        ("Nguyễn Văn An", ["Giám đốc Sở Y tế"])]

