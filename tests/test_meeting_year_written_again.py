"""The year of an undated article's meeting from a dateline deep in the body that restates its day, from a
quarter of the year running, from the edition year written after its name and from an anniversary written with its
span (full days, with a dash or a slash between them, or bare years); a target year or a history leaves it null; the
day of a lead sentence that only holds the meeting: sentences from baomoi-dev articles (no gold file); each test checks
the exact value, or null."""

from core.extract.meetings import (
    _anniversary_year,
    _dateline_year,
    _Day,
    _present_year,
    extract_meeting,
)
from tests.conftest import make_article


def test_a_dateline_deep_in_the_body_restates_the_year():
    body = ("Đánh giá cao những thành tựu kinh tế xã hội của Iran thời gian qua, Thủ tướng mong muốn ngài Đại sứ đóng "
            "góp, đưa mối quan hệ nhiều mặt giữa hai nước phát triển tốt đẹp hơn nữa. Chiều 24/5/2017, tại Trụ sở "
            "Chính Phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Cộng hòa Hồi giáo Iran tại Việt Nam Saleh Abidi.")
    assert _dateline_year(body, _Day(24, 5, None)) == 2017
    assert _dateline_year(body, _Day(25, 5, None)) is None  # another day: no year from it


def test_an_anniversary_span_or_a_dateline_older_than_the_body_gives_no_year():
    anniversary = ("Ngày 19/6/2017, Bộ Tài chính đã tổ chức Lễ kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam "
                   "(21/6/1925 - 21/6/2017) nhằm ghi nhận những đóng góp tích cực.")
    assert _dateline_year(anniversary, _Day(21, 6, None)) is None  # in brackets, not a dateline
    history = ("Sáng 31/3/2015, bà Nguyễn Thị Thạnh, con gái ông Rượu, mang quyển sổ tiết kiệm đến Ngân hàng. "
               "Hết quý II/2017, đã bán phần vốn.")
    assert _dateline_year(history, _Day(31, 3, None)) is None  # a later year is written: a history


def test_a_quarter_begun_or_gone_by_tells_the_present_year():
    assert _present_year("Hết quý II/2017, đã bán phần vốn NN không cần nắm giữ tại 22 DN với tổng giá trị theo sổ "
                         "sách là 666,8 tỷ đồng.", 7) == 2017
    assert _present_year("Tính đến Quý I/2017, số lượng tên miền quốc tế được nhà đăng ký báo cáo là 236.", 5) == 2017


def test_a_planned_quarter_gives_no_year():
    # not begun by a June meeting
    assert _present_year("Hãng sản xuất chip di động Qualcomm gần đây thông báo rằng họ sẽ cung cấp giải pháp máy quét "
                         "vân tay dưới màn hình đến tay khách hàng vào Quý 4/2017.", 6) is None
    # a first quarter years ahead: `vào` a plan's
    assert _present_year("Theo Phó Thủ tướng, hiện hai bên đang hoàn tất công tác chuẩn bị để khởi công công trình vào "
                         "ngày 18/7, bàn giao vào quý I/2020, hoàn tất các công tác đào tạo.", 5) is None


def test_the_edition_year_after_the_name_dates_the_meeting():
    text = ("Sáng 17/5, tại Trung tâm Hội nghị Quốc gia Hà Nội , Thủ tướng Chính phủ Nguyễn Xuân Phúc đã dự và phát "
            "biểu khai mạc Hội nghị của Thủ tướng Chính phủ với Doanh nghiệp lần thứ hai, năm 2017, với chủ đề "
            "\"Đồng hành cùng doanh nghiệp\".")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("hội nghị", "2017-05-17", "sáng")


def test_a_sentence_that_holds_the_meeting_dates_it_before_its_holding_verb():
    text = ("Chiều 12-6, tại TP Phan Thiết (Bình Thuận), Cảng vụ Hàng hải Bình Thuận và Trung tâm Phối hợp tìm kiếm cứu "
            "nạn hàng hải khu vực III, Sở Tài nguyên và Môi trường Bình Thuận cùng đại lý hàng hải tổ chức họp xử lý "
            "các vấn đề liên quan tàu Chemroad Journey chở gần 30 nghìn tấn hóa chất bị mắc cạn tại vùng biển Bình "
            "Thuận ngày 10-6 vừa qua.\nTại cuộc họp, các cơ quan, đơn vị chức năng yêu cầu Công ty Đại lý vận tải "
            "Highsea phối hợp chủ tàu khẩn trương kiểm tra tình trạng hiện tại của tàu.")
    m = extract_meeting(make_article(text, published="2017-06-13"))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("cuộc họp", "2017-06-12", "chiều")


def test_an_anniversary_span_dates_a_meeting_held_for_the_occasion():
    text = ("Chiều 10/7, thông tin về các hoạt động kỷ niệm 70 năm ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017), "
            "Bộ trưởng Lao động, Thương binh và Xã hội Đào Ngọc Dung bày tỏ việc còn trên 200.")
    assert _anniversary_year(text, _Day(10, 7, None)) == 2017
    assert _anniversary_year(text, _Day(15, 8, None)) == 2017  # a few weeks after the occasion
    assert _anniversary_year(text, _Day(20, 12, None)) is None  # far from it either side


def test_an_anniversary_span_that_does_not_count_its_years_gives_no_year():
    text = ("Sáng ngày 1/7, tại Hà Nội, Bộ Công Thương tổ chức kỷ niệm 50 năm Ngày truyền thống của lực lượng Quản lý "
            "thị trường (3/7/1957-3/7/2017).")  # 60 years, not 50: a misreading, no year
    assert _anniversary_year(text, _Day(1, 7, None)) is None
    m = extract_meeting(make_article(text.replace("50 năm", "60 năm") + "\nTại buổi lễ, Phó Thủ tướng phát biểu."))
    assert m is not None and m.date == "2017-07-01"


def test_an_anniversary_span_of_bare_years_dates_the_meeting():
    text = ("Hôm nay (8/7), tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức lễ kỷ niệm 55 năm thành lập Tổng cục Tiêu "
            "chuẩn - Đo lường - Chất lượng (1962-2017).")
    assert _anniversary_year(text, _Day(8, 7, None)) == 2017
    assert _anniversary_year(text.replace("55 năm", "50 năm"), _Day(8, 7, None)) is None  # the span counts 55


def test_an_anniversary_span_of_bare_years_that_a_plan_names_gives_no_year():
    text = ("Tuy nhiên, ngay cả khi ông Moon thuyết phục được người hàng xóm Triều Tiên, ông vẫn phải đối mặt với một trở "
            "ngại nữa từ Anh, Uruguay và Argentina vì 3 nước này cũng đang đưa ra một kế hoạch chung để tổ chức giải bóng "
            "đá lớn nhất hành tinh này vào đúng dịp kỷ niệm 100 năm thành lập (1930-2030).")
    assert _anniversary_year(text, _Day(21, 6, None)) is None


def test_an_anniversary_span_with_a_slash_between_its_days_dates_the_meeting():
    text = ("Ngày 17-5, tại Hà Nội, nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27-7-1947/27-7-2017), hướng tới Đại "
            "hội Đoàn toàn quốc lần thứ XII, Trung ương Hội Liên hiệp Thanh niên Việt Nam tổ chức buổi gặp gỡ báo chí "
            "phát động chương trình Hành trình \"Theo bước chân những người Anh hùng\".\nQuang cảnh buổi gặp gỡ báo chí.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.date, m.part_of_day) == ("2017-05-17", None)


def test_a_target_year_or_a_history_leaves_the_meeting_undated():
    target = ("Ngày 3/6, tại thành phố Hà Giang, Bộ Xây dựng phối hợp với Ủy ban Nhân dân tỉnh Hà Giang tổ chức Hội nghị "
              "Công bố Quy hoạch xây dựng Công viên Địa chất toàn cầu Cao nguyên đá Đồng Văn tỉnh Hà Giang đến năm 2030.")
    m = extract_meeting(make_article(target))
    assert m is not None and (m.kind, m.date) == ("hội nghị", None)
    history = ("Chiều 11/7, kiến trúc sư Nguyễn Xuân Thắng cho biết mọi công tác chuẩn bị cho lễ truy điệu hài cốt của các "
               "chiến sĩ hy sinh tại sân bay Biên Hòa năm 1968 đã chuẩn bị xong.")
    assert _anniversary_year(history, _Day(11, 7, None)) is None
    assert _present_year(history, 7) is None


def test_a_count_of_months_in_words_tells_the_present_year():
    assert _present_year("Trong ba tháng đầu năm 2017, lượng khách du lịch Đức tới Việt Nam đạt gần 62 nghìn lượt.", 6) == 2017
    assert _present_year("Trình bày về trọng tâm công tác Mặt trận sáu tháng cuối năm 2017, Phó Chủ tịch, Tổng Thư ký "
                         "Trần Thanh Mẫn cho biết.", 6) == 2017
    # nine months not over by a March meeting: a year gone by
    assert _present_year("Chín tháng đầu năm 2010 lỗ gần 13 tỉ đồng.", 3) is None


def test_this_year_with_its_year_in_brackets_tells_the_present_year():
    assert _present_year("Năm nay (2017), lễ hội Trò Trám chính thức được chứng nhận là di sản văn hóa phi vật thể cấp "
                         "Quốc gia khiến chúng tôi hết sức vui mừng.", 2) == 2017
    # a season's two years: no one year
    assert _present_year("Nhưng ở mùa giải năm nay (2016-17), số tiền thưởng sẽ tăng lên đáng kể.", 5) is None
