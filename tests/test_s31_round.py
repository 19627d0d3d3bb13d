"""The 3 Dec sixteenth round: shapes the round's read sets (audit39 and audit40, baomoi articles annotated by hand) read
wrong, each checked on the 35,440 baomoi articles; the sentences are baomoi articles' outside every audit, named by their
id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article
from tests.conftest import named_people as _titles
from tests.conftest import sentence_statistics as _stats


def test_leaders_witnessing_a_ceremony_report_it():
    # 22424859: the ceremony the leaders witnessed, not their bare meeting
    text = ("Ngày 31/5 (giờ địa phương), Thủ tướng Nguyễn Xuân Phúc và Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross cùng chứng "
            "kiến lễ trao thỏa thuận hợp tác kinh tế giữa doanh nghiệp Việt Nam và Hoa Kỳ.")
    m = extract_meeting(make_article(text, "2017-06-01"))
    assert m is not None and (m.kind, m.date) == ("lễ", "2017-05-31")
    assert m.name is not None and m.name.startswith("lễ trao thỏa thuận hợp tác kinh tế")


def test_a_day_of_the_lunar_calendar_counts_nothing():
    # 21495318 (`Mối buôn ở Hong Kong thường nghỉ qua rằm (15 âm lịch), thậm chí hết tháng.`), with a count after it
    sentence = "Mối buôn ở Hong Kong thường nghỉ qua rằm (15 âm lịch), thậm chí hết tháng, 3 cửa hàng vẫn mở."
    assert _stats(sentence) == [("3 cửa hàng", "count", 3.0, "cửa hàng", None)]


def test_a_prosecutor_is_an_office_before_a_name():
    # 21492026 and 22406586: a prosecutor abroad, with the country or the deputy's word; prosecutors in the plural name no one
    assert _titles("Công tố viên Colombia Nelson Martinez cho biết số tiền quyên góp được chuyển qua một bên thứ ba.") == [
        ("Nelson Martinez", ["Công tố viên Colombia"])]
    assert _titles("Trong khi đó, Phó công tố viên Muhammad Iskandar Ahmad kêu gọi bình tĩnh.") == [
        ("Muhammad Iskandar Ahmad", ["Phó công tố viên"])]
    assert _titles("Các công tố viên Tây Ban Nha phát hiện rằng công ty nắm bản quyền hình ảnh của ông.") == []


def test_quan_opens_a_name():
    # 21492124 (`Ông Quản Chí Công, Phó Chủ tịch UBND …`) and 22721314 (`Luật sư Quản Văn Minh - Chủ tịch Hội đấu giá
    # viên Hà Nội`): after a title the name was cut at `Văn`, a family name of the table, and the title took `Quản`
    assert _titles("Luật sư Quản Văn Minh - Chủ tịch Hội đấu giá viên Hà Nội cho biết phiên đấu giá đã sẵn sàng.") == [
        ("Quản Văn Minh", ["Luật sư", "Chủ tịch Hội đấu giá viên Hà Nội"])]
    # the district `Quản Bạ` in a list of places names no one
    assert _titles("Các huyện Yên Minh, Quản Bạ, Bắc Mê được hỗ trợ.") == []


def _titled_people(text: str, published: str) -> dict[str, list[str]]:
    """Titles by name of everyone at the meeting `text` reports (one must be found)."""
    m = extract_meeting(make_article(text, published))
    assert m is not None
    return {p.name: p.titles for p in m.chairs + m.attendees}


def test_a_plural_office_before_a_colon_heads_each_item_of_its_list():
    # 22517194 (`Tham dự Lễ đón, Hội đàm có các Ủy viên Trung ương Đảng: Chủ nhiệm Ủy ban Đối ngoại X; Tổng thư ký Quốc
    # hội Y; …`): each item's person holds the office too, before the titles of the item
    text = ("Sáng 12/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Cuba Esteban Lazo Hernández. "
            "Tham dự hội đàm có các Ủy viên Trung ương Đảng: Chủ nhiệm Ủy ban Đối ngoại Nguyễn Văn Giàu; Trưởng Ban "
            "Công tác đại biểu Trần Văn Túy.")
    people = _titled_people(text, "2017-06-12")
    assert people["Nguyễn Văn Giàu"] == ["Ủy viên Trung ương Đảng", "Chủ nhiệm Ủy ban Đối ngoại"]
    assert people["Trần Văn Túy"] == ["Ủy viên Trung ương Đảng", "Trưởng Ban Công tác đại biểu"]
    # 22738267: a first item of several names closes the office's group at its `;`
    text = ("Sáng 5/7, tại Quảng Ninh đã diễn ra lễ ký kết chương trình phối hợp. Tham dự Lễ ký kết có các đồng chí Ủy "
            "viên Trung ương Đảng: Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Đức Lợi, Tổng Giám đốc Đài Tiếng nói Việt "
            "Nam Nguyễn Thế Kỷ; Phó Tổng Biên tập Báo Nhân dân Phan Huy Hiển.")
    people = _titled_people(text, "2017-07-05")
    assert people["Nguyễn Thế Kỷ"] == ["Ủy viên Trung ương Đảng", "Tổng Giám đốc Đài Tiếng nói Việt Nam"]
    assert people["Phan Huy Hiển"] == ["Phó Tổng Biên tập Báo Nhân dân"]


def test_an_office_and_a_surname_after_an_object_name_are_the_next_subject():
    # 22496014 (`phát biểu sau cuộc gặp với người đồng cấp Qatar Mohammed Al-Thani, Ngoại trưởng Gabriel nhấn mạnh`),
    # 22440566 (`… của Tổng Thư ký Guterres`): the owner's titles no longer take the next subject's office and surname
    assert _titles("Về chính sách của Tổng thống Vladimir Putin, Ngoại trưởng Lavrov nhấn mạnh các bên cần sự ổn "
                   "định.") == [("Vladimir Putin", ["Tổng thống"])]
    assert _titles("Phát biểu sau cuộc gặp với người đồng cấp Qatar Mohammed Al-Thani, Ngoại trưởng Gabriel nhấn mạnh "
                   "các bên cần sự ổn định.") == [("Mohammed Al-Thani", [])]
    # a name that opens its clause keeps its body's one word
    assert _titles("Ông Phạm Nhật Vượng, Chủ tịch Vingroup cho biết doanh thu tăng.") == [
        ("Phạm Nhật Vượng", ["Chủ tịch Vingroup"])]


def test_a_glued_byline_compiled_by_or_set_off_from_its_source_by_a_comma():
    from core.clean.byline import split_glued_byline

    # 22284940 (`… tiếp theo vào 21/4/2019. Tổng hợp Cự Giải`): `Tổng hợp` (compiled by) before the writer's name
    split = split_glued_byline("Xe phải đăng kiểm lại vào 21/4/2019. Tổng hợp Cự Giải")
    assert split is not None and split[0] == "Xe phải đăng kiểm lại vào 21/4/2019." and split[1].names == ("Cự Giải",)
    # 22234636 (`… đã 54 tuổi. Trang Đỗ, Theo Thời Đại`): the source after the comma is no writer
    split = split_glued_byline("Bà Trogneux đã 54 tuổi. Trang Đỗ, Theo Thời Đại")
    assert split is not None and split[1].names == ("Trang Đỗ",) and split[1].sources == ("Thời Đại",)
    # 22268156 (`… Sa, Theo Trí Thức Trẻ`): one word is a writer's name in this place
    split = split_glued_byline("Cô xuất hiện cùng con trai riêng của chồng. Sa, Theo Trí Thức Trẻ")
    assert split is not None and split[1].names == ("Sa",)
    # a sentence that opens on `Tổng hợp` is no byline
    assert split_glued_byline("Buổi họp kết thúc. Tổng hợp các ý kiến khác nhau") is None


def test_a_source_after_a_dash_and_a_role_before_the_name_are_no_writers():
    from core.clean.byline import split_glued_byline

    # 21472210 (`… chưa thực sự đáp ứng. Hà An - Theo VnExpress`): the source after the writer's dash
    split = split_glued_byline("Chất lượng thực tế chưa thực sự đáp ứng. Hà An - Theo VnExpress")
    assert split is not None and split[1].names == ("Hà An",) and split[1].sources == ("VnExpress",)
    # 21473855 (`… tiếp tục làm rõ./. CTV Nhật Minh/VOV.VN`): the collaborator's role before the name
    split = split_glued_byline("Vụ việc đang được cơ quan chức năng tiếp tục làm rõ./. CTV Nhật Minh/VOV.VN")
    assert split is not None and split[1].names == ("Nhật Minh",)
