"""The 3 Dec sixteenth round: shapes the round's blind set (audit39, 40 baomoi articles annotated by hand) read wrong,
each checked on the 35,440 baomoi articles; the sentences are baomoi articles' outside every audit, named by their id."""
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
