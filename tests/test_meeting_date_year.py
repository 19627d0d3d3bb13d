"""The year of an undated article's meeting (baomoi text has no `published`), the part of day after a
caption merged before the dateline, and the meeting's place: sentences from baomoi-dev articles no
rule was tuned on; each test checks the exact value, or null."""

from hypothesis import given
from hypothesis import strategies as st

from core.extract.meetings import _Day, _location, _present_year, _restated_year, extract_meeting
from tests.conftest import make_article


def test_a_half_year_running_gives_the_year():
    text = ("Chỉ trong 6 tháng đầu năm 2017, toàn TP.HCM đã xảy ra 576 vụ cháy làm chết 20 người và gây thiệt "
            "hại tài sản hàng chục tỷ đồng.\nNgày 14/7, Cảnh sát PCCC TP.HCM đã tổ chức họp báo, thông tin tình "
            "hình PCCC và cứu hộ, cứu nạn trên địa bàn.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("họp báo", "2017-07-14", None)


def test_the_first_months_of_the_year_give_it_and_a_caption_does_not_hide_the_dateline():
    text = ("Nhiều lĩnh vực hoạt động văn hóa, thể thao, du lịch và gia đình đã được đánh giá cao trong báo cáo "
            "của Chính phủ tại phiên khai mạc kỳ họp thứ 3, Quốc hội khóa XIV.\nLĩnh vực thể thao đạt nhiều khích "
            "lệ Sáng 22/5, Phó Thủ tướng Trương Hòa Bình đã trình bày Báo cáo đánh giá bổ sung kết quả thực hiện "
            "kế hoạch phát triển kinh tế-xã hội và ngân sách nhà nước năm 2016; tình hình thực hiện kế hoạch phát "
            "triển kinh tế-xã hội và ngân sách nhà nước những tháng đầu năm 2017.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.date, m.part_of_day) == ("2017-05-22", "sáng")


def test_a_dateline_right_after_a_photo_credit_gives_the_part_of_day():
    text = ("Ông Phạm Tuấn Sơn – tác giả quyển sách “Dám làm giàu” đã gửi thư tới báo chí, thông qua đó gửi lời "
            "xin lỗi tới người dân vì gây ra những tranh cãi về hành động rải tiền từ khinh khí cầu trong buổi lễ "
            "ra mắt sách.\nTác giả cuốn sách \"Dám làm giàu\" rải tiền từ trên khinh khí cầu xuống.\nẢnh cắt từ "
            "clip Sáng 16.6, tại sân vận động Tự Do (Huế), tác giả Phạm Tuấn Sơn đã có màn ra mắt sách chẳng giống ai.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("lễ", None, "sáng")


def test_a_compared_period_or_a_longer_one_gone_by_gives_no_year():
    assert _present_year("Tăng 8 vụ so với 6 tháng đầu năm 2016.", 7) is None
    # In February, `8 tháng đầu năm 2016` is a year gone by.
    assert _present_year("UBND TP Hà Nội cũng thông báo, 8 tháng đầu năm 2016, đã có 15 đơn vị đấu giá.", 2) is None
    assert _present_year("Cơ chế một cửa đã xử lý 180.079 hồ sơ trong 6 tháng đầu năm 2017, tăng 107% so với "
                         "6 tháng đầu năm 2016.", 7) == 2017


def test_the_day_restated_with_its_year_in_a_caption_but_not_an_anniversarys():
    lead = ("Chiều 26/5, Quốc hội thảo luận ở tổ về dự thảo Nghị quyết về xử lý nợ xấu. Chiều 26/5/2017, tại Nhà "
            "Quốc hội, Quốc hội thảo luận ở tổ.")
    assert _restated_year(lead, _Day(26, 5, None)) == 2017
    history = ("Tối 14.6, tại Quảng trường Hồ Chí Minh (TP Vinh), tỉnh Nghệ An đã tổ chức Lễ kỷ niệm 60 năm Ngày "
               "Bác Hồ về thăm quê lần thứ nhất (14.6.1957 - 14.6.2017). Ngày 14.6.1957, Bác Hồ về thăm quê.")
    assert _restated_year(history, _Day(14, 6, None)) is None


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1990, 2030))
def test_a_part_of_the_year_dates_only_a_meeting_after_it(months, meeting_month, year):
    text = f"Trong {months} tháng đầu năm {year}, toàn tỉnh đã thu hút 12 dự án."
    assert _present_year(text, meeting_month) == (year if months <= meeting_month + 1 else None)
    assert _present_year("Tăng 5% so với " + text[6:], meeting_month) is None


def test_a_place_is_where_the_language_ends_it():
    assert _location("Trên đây là thông tin được Thượng tướng Lê Chiêm công bố trong buổi làm việc tại TP.HCM "
                     "sáng ngày 23/6.") == "TP.HCM"
    assert _location("Theo Bộ Ngoại giao, hôm nay (8/2), Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam – Lào "
                     "sẽ được tổ chức tại Hà Nội dưới sự chủ trì của Thủ tướng Chính phủ Nguyễn Xuân Phúc.") == "Hà Nội"
    assert _location("Ảnh cắt từ clip Sáng 16.6, tại sân vận động Tự Do (Huế), tác giả Phạm Tuấn Sơn đã có màn "
                     "ra mắt sách chẳng giống ai.") == "sân vận động Tự Do"


def test_no_place_from_an_indefinite_event_or_a_representatives_seat():
    assert _location("Ảnh: AFP/TTXVN Tại một cuộc họp báo, người phát ngôn Lee Duk-haeng của Bộ Thống nhất Hàn "
                     "Quốc nhấn mạnh lập trường của chính phủ.") is None
    assert _location("Ảnh: AFP Theo phóng viên TTXVN tại Hàn Quốc, Đặc phái viên Hong Seok-hyun cho biết trong "
                     "cuộc gặp với Ngoại trưởng Mỹ Rex Tillerson ngày 18/5, Washington mong muốn …") is None


@given(st.text(alphabet="abc ĐđàHNộ,.;:()“”TP1", max_size=60))
def test_a_place_never_holds_a_stop(tail):
    place = _location("Hội nghị diễn ra tại " + tail)
    assert place is None or (place == place.strip() and not any(c in place for c in ",;:()“”"))
