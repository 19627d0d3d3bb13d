"""The 3 Dec fourteenth round: shapes the round's audit and its opened blind set found read wrong, each written from a
baomoi article other than the audits' and checked for what is returned."""
from core.extract.meetings import _LEADING_TIME_RE, extract_meeting
from tests.conftest import make_article
from tests.conftest import named_people as _titles
from tests.conftest import sentence_statistics as _stats


def test_a_time_opened_by_vao_is_no_part_of_the_subject():
    # 21487612: `Vào ngày 25/1 vừa qua, TAND quận …`; a page's `Vào ngày 05/8/2024 tại Hội trường UBND xã tổ chức …`
    # had given the organizer `Vào`
    assert _LEADING_TIME_RE.sub("", "Vào ngày 25/1 vừa qua, TAND quận Nam Từ Liêm") == "TAND quận Nam Từ Liêm"
    # (22741645: the time's own comma is left for the clause cut that follows)
    assert _LEADING_TIME_RE.sub("", "Vào chiều 12/7, đoàn công tác").lstrip(", ") == "đoàn công tác"


def test_a_working_session_dated_after_its_host():
    # 22318315: the day written after the host of `làm việc với`
    text = "Tổ công tác của Thủ tướng làm việc với Bộ Lao động - Thương binh và Xã hội sáng 19/5."
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.part_of_day, m.organizer) == ("buổi làm việc", "sáng", "Tổ công tác của Thủ tướng")
    # 22693615: said while at the session (`khi làm việc với … vào sáng nay (6/7)`)
    text = ("Đây là yêu cầu của Thủ tướng Nguyễn Xuân Phúc với tập đoàn BMW khi làm việc với các doanh nghiệp hàng đầu của "
            "Đức vào sáng nay (6/7).")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.part_of_day) == ("buổi làm việc", "sáng")
    # 22288561: the police and suspects, a sentence run into the next: no session
    text = ("Công an tiến hành làm việc với các đối tượng Đến rạng sáng ngày 16-5, lực lượng đã vây bắt thành công nhiều "
            "nhóm thanh niên đang tìm cách tẩu thoát.")
    assert extract_meeting(make_article(text)) is None


def test_an_office_elect_or_outgoing_keeps_its_holder():
    # 22269209, 22215456, 22273531: `đắc cử`, `mãn nhiệm` after the office or after its country
    assert _titles("Tổng thống đắc cử Pháp Emmanuel Macron đã tuyên thệ nhậm chức tại điện Elysee.") == [
        ("Emmanuel Macron", ["Tổng thống đắc cử Pháp"])]
    assert _titles("Tổng thống Pháp đắc cử Emmanuel Macron và Tổng thống Nga Vladimir Putin.") == [
        ("Emmanuel Macron", ["Tổng thống Pháp đắc cử"]), ("Vladimir Putin", ["Tổng thống Nga"])]
    assert _titles("Sau cuộc gặp riêng với Tổng thống mãn nhiệm Francois Hollande, Tổng thống Pháp phát biểu.") == [
        ("Francois Hollande", ["Tổng thống mãn nhiệm"])]


def test_or_more_after_a_figure_is_a_lower_bound():
    # 22453463, 22713195, 22373593
    assert _stats("Trẻ sốt cao 39,5 độ C hoặc cao hơn cần được đưa đến bệnh viện.") == [
        ("39,5 độ C hoặc cao hơn", "measure", 39.5, "độ C", "over")]
    assert _stats("Tỷ lệ này có thể lên tới 45% hoặc hơn.")[0][0::4] == ("45% hoặc hơn", "over")
    assert _stats("Trong trường hợp có 2 đội hoặc nhiều hơn cùng bảng bằng điểm nhau.") == [
        ("2 đội hoặc nhiều hơn", "count", 2, "đội", "over")]
    # a threshold's own words still read as before
    assert _stats("Người từ 25 tuổi trở lên.")[0][4] == "over"


def test_an_anniversarys_span_dates_no_ceremony():
    # 22582864: the ceremony's own day (`Tối qua (21/6)`), the span's comma left out before the subject
    text = ("Tối qua (21/6), nhân kỷ niệm 92 năm Ngày báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2017) Hội Nhà báo "
            "Việt Nam đã tổ chức lễ trao Giải báo chí quốc gia lần thứ XI năm 2016 tại Hà Nội.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day, m.organizer) == (
        "lễ", "2017-06-21", "tối", "Hội Nhà báo Việt Nam")
    # 22532314: no day but the span's: null rather than the day commemorated
    text = ("Thay mặt các đồng chí lãnh đạo Đảng, Nhà nước, đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Bí thư Trung "
            "ương Đảng, Trưởng Ban Tổ chức Trung ương về dự Lễ kỷ niệm 60 năm Bác Hồ về thăm quê lần thứ nhất (14/6/1957 "
            "- 14/6/2017) và có bài phát biểu nhấn mạnh những nội dung tỉnh Nghệ An cần tiếp tục thực hiện.")
    m = extract_meeting(make_article(text))
    assert m is not None and m.kind == "lễ" and m.date is None
    # 22677095: the day the lead opens on
    text = ("Ngày 4-7, nhân kỷ niệm 70 năm ngày Thương binh Liệt sỹ (27-7-1947 – 27-7-2017), Ban Quản lý Di tích lịch sử "
            "Nhà tù Hỏa Lò đã tổ chức khai mạc trưng bày chuyên đề “Thép nơi ngục lửa”.")
    m = extract_meeting(make_article(text))
    assert m is not None and m.date == "2017-07-04"


def test_va_glued_to_a_name_parts_it_from_the_next():
    # 22635772, 22269682: `Trumpvà Thủ tướng …`, `Mạnhvà Nguyễn …`
    assert _titles("Sự chú trọng được khởi động tại cuộc gặp giữa ông Trumpvà Thủ tướng Ấn Độ Narendra Modi vào ngày 27/6.") == [
        ("Trump", []), ("Narendra Modi", ["Thủ tướng Ấn Độ"])]
    assert [n for n, _ in _titles("Di ảnh hai anh em Nguyễn Hữu Mạnhvà Nguyễn Hữu Dũng.")] == [
        "Nguyễn Hữu Mạnh", "Nguyễn Hữu Dũng"]


def test_a_latin_unit_joined_by_a_hyphen_is_a_measure():
    # 21510179, 21495297: `5,8-inch`, `10.2-inch`, as the annotated sets read them
    assert _stats("Phiên bản iPhone 8 đặc biệt có màn hình kích cỡ 5,8-inch, sử dụng màn hình công nghệ OLED.") == [
        ("5,8-inch", "measure", 5.8, "inch", None)]
    assert _stats("Xe có màn hình cảm ứng 10.2-inch, phát Wi-Fi di động.") == [("10.2-inch", "measure", 10.2, "inch", None)]
    # 21495423: a document's number and issuer, no terabytes
    assert _stats("Thành ủy Hà Nội vừa có thông báo số 537-TB/TU về kết luận của Thường trực Thành ủy.") == []


def test_the_counted_noun_ends_before_a_verb_of_winning_hiding_drinking_or_registering():
    # 22575568, 21490449, 22340454, 22227287
    assert _stats("Kiên Giang có 545 thí sinh đăng ký dự thi chỉ để xét tuyển vào ĐH.") == [
        ("545 thí sinh", "count", 545, "thí sinh", None)]
    assert _stats("Trao giải cho 3 khách hàng trúng giải Jackpot tại các kỳ quay số mở thưởng.")[0][3] == "khách hàng"
    assert _stats("Biên vận chuyển 490 bánh heroin giấu trong 3 bình gas công nghiệp.")[0][3] == "bánh heroin"
    assert _stats("Đến 16h, Hưng mua 2 lon bia uống lấy tinh thần.")[0][3] == "lon bia"
    # the compounds stay whole: a drink (22503311), a shot on target (22354412), a registration certificate (21478990)
    assert _stats("Đây là 7 loại đồ uống sẽ giúp bạn nói lời tạm biệt với trọng lượng dư thừa.")[0][3].startswith(
        "loại đồ uống")
    assert ("95 cú sút trúng đích", "count", 95, "cú sút trúng đích", None) in _stats(
        "Đội bóng có 225 tình huống tấn công, 95 cú sút trúng đích và 24 bàn thắng.")
    assert _stats("Ông Nguyễn Văn Trình đã trao 8 giấy chứng nhận đăng ký đầu tư.")[0][3].startswith(
        "giấy chứng nhận đăng ký")


def test_am_before_a_percent_or_a_temperature_is_below_zero():
    # 22665409, 22561993; `ghi âm 360 độ` (22329059) records, no temperature
    assert _stats("Nếu như trước đây 1 năm, ngành nông nghiệp tăng trưởng âm 0,18%, thì 6 tháng năm nay đã tăng 2,65%.") == [
        ("âm 0,18%", "percent", -0.18, "%", None), ("2,65%", "percent", 2.65, "%", None)]
    assert [s[2] for s in _stats(
        "Nhiệt độ trên bề mặt Mặt Trăng là khoảng âm 170 độ C vào ban đêm và 120 độ C vào ban ngày.")] == [-170, 120]
    assert _stats("Smartphone Nokia 9 có thể ghi âm 360 độ.") == []
