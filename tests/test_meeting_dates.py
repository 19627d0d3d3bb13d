"""The meeting's day and part of day on unseen baomoi leads (sentences from articles no rule was
tuned on), each built with a `published` date so that the exact ISO date is checked."""

import pytest

from core.extract.meetings import _dates_in, extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A relative day restated with its date after a comma: the date, with the part of day.
        ("Sáng nay, 7/6, Công ty CP Tập đoàn Indevco (Tập đoàn Indevco) đã tổ chức lễ trao tặng và bàn giao "
         "thực địa 2 lô đất trong Công viên An Lạc tại Hoành Bồ, Quảng Ninh.", "2017-06-07", ("2017-06-07", "sáng")),
        ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã nói như vậy tại cuộc giao ban giữa UBND TP Hà Nội với "
         "lãnh đạo các sở, ban ngành của TP vào sáng nay, 6-2.", "2017-02-06", ("2017-02-06", "sáng")),
        ("Thông tin đưa ra tại họp báo về tình hình kinh tế - xã hội 6 tháng đầu năm do Tổng cục Thống kê tổ "
         "chức sáng qua, 29/6.", "2017-06-30", ("2017-06-29", "sáng")),
        ("Chủ tịch UBND Hà Nội Nguyễn Đức Chung đã bày tỏ như vậy tại cuộc họp tập thể các sở, ngành sáng nay, "
         "6.2, của UBND TP Hà Nội.", "2017-02-06", ("2017-02-06", "sáng")),
        # A day of the week between the part of day and the date.
        ("Chiều Chủ nhật 28-5, dù là ngày nghỉ, Phó Thủ tướng Vũ Đức Đam vẫn chủ trì cuộc họp nghe Bộ VH-TT&DL "
         "và UBND TP Đà Nẵng báo cáo về việc triển khai dự án phát triển khu du lịch tại bán đảo Sơn Trà.",
         "2017-05-29", ("2017-05-28", "chiều")),
        # The same day written again in another clock: the one the lead gives first.
        ("Chiều 31/5 tức ngày 1/6 theo giờ Hà Nội, tại Nhà trắng, thủ đô Washington D.C, Hoa Kỳ, Thủ tướng "
         "Nguyễn Xuân Phúc hội đàm với Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump.", "2017-06-01",
         ("2017-05-31", "chiều")),
        ("Tiếp tục các hoạt động tại New York trong khuôn khổ chuyến thăm chính thức Hợp chúng quốc Hoa Kỳ, ngày "
         "29/5 theo giờ New York, tức rạng sáng 30/5 theo giờ Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp một số "
         "doanh nhân, trí thức gốc Việt tại Hoa Kỳ.", "2017-05-30", ("2017-05-29", None)),
        # A mention in the lead's summary with no day: the dateline of the sentence after it.
        ("Công ty đóng tàu Đại Nguyên Dương vắng mặt tại cuộc họp, UBND tỉnh Bình Định đã chỉ đạo giúp đỡ ngư "
         "dân khởi kiện.\nChiều 26/6, UBND tỉnh Bình Định họp với các sở, ngành, các đơn vị đóng tàu, chính "
         "quyền một số huyện và TP Quy Nhơn về vụ tàu vỏ thép han rỉ, không đúng hợp đồng.", "2017-06-27",
         ("2017-06-26", "chiều")),
        # A dateline after a photo caption merged before it dates the meeting it opens.
        ("Ủy viên phụ trách kinh tế EU bày tỏ hy vọng chính sách bảo hộ thương mại của Mỹ nằm trong khung quy "
         "tắc quốc tế.\nTổng thống Mỹ Donald Trump phát biểu tại Washington, DC ngày 4/5. (Nguồn: AFP/TTXVN) "
         "Ngày 12/5, các bộ trưởng tài chính Nhóm các nước công nghiệp phát triển (G7) đã nhóm họp tại thành phố "
         "cảng Bari ở miền Nam Italy nhằm tìm kiếm quan điểm chung trong vấn đề thương mại. Cuộc họp diễn ra "
         "trong bối cảnh gia tăng quan ngại về chiến lược kinh tế.", "2017-05-13", ("2017-05-12", None)),
    ],
)
def test_the_meetings_day_on_corpus_leads(text, published, expected):
    m = extract_meeting(make_article(text, published))
    assert m is not None
    assert (m.date, m.part_of_day) == expected


def test_a_dateline_deep_in_the_body_is_another_events_day():
    text = ("Thủ phạm vụ đâm xe ở Paris đã từng tới Thổ Nhĩ Kỳ\n"
            "Công tố viên Paris, Francois Molins ngày 22/6 cho biết thủ phạm vụ tấn công-đâm xe vào xe cảnh sát "
            "trên Đại lộ Champs Elysees đầu tuần vừa qua, đã tới Thổ Nhĩ Kỳ nhiều lần vào năm 2016.\n"
            "Thi thể đối tượng lao xe tải vào xe cảnh sát trên đại lộ Champs Elysees ngày 19/6. Ảnh: AFP/ TTXVN "
            "Phát biểu tại cuộc họp báo, ông Molins đồng thời nói thêm rằng kẻ tấn công cũng từng mong muốn tới Syria.\n"
            "Hôm 19/6, đối tượng Adam D đã điều khiển một xe chở vũ khí và chất nổ đâm vào một xe cảnh sát.")
    m = extract_meeting(make_article(text, "2017-06-23"))
    assert m is not None and m.kind == "họp báo"
    assert m.date != "2017-06-19"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Hôm nay, ngày 10.7, quyết định giảm 0,25% các lãi suất điều hành", [(10, 7, None)]),
        ("Chiều 29/5 giờ New York, Mỹ (tức sáng 30/5 giờ Việt Nam), Thủ tướng tiếp", [(29, 5, "chiều")]),
        ("mua cá lóc nướng trong ngày 10/1 âm lịch (tức 17/2 dương lịch 2016).", [(17, 2, None)]),
        ("Sáng nay, 1.000 người dân đổ về quảng trường", []),
        ("vào chiều tối thứ Sáu, ngày 10.2, Công ty xổ số điện toán Việt Nam", [(10, 2, "chiều")]),
        ("phát sóng lúc 21 giờ ngày thứ tư 15.2 trên kênh THVL1", [(15, 2, "tối")]),  # the hour tells the part
    ],
)
def test_dates_a_sentence_writes(sentence, days):
    found = [(d.day, d.month, d.year if d.year else part) for _, d, part in _dates_in(sentence)]
    assert found == [(d, m, y) for d, m, y in days]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The date written right after the meeting's name is its own, not the nearer one before it.
        ("Theo đó, ngày 2/6/2017, Bộ Văn hóa, Thể thao và Du lịch (Bộ VHTT&DL) ban hành văn bản về việc phát "
         "ngôn của ông Huỳnh Tấn Vinh tại Tọa đàm ngày 30/5/2017.", "2017-06-05", "2017-05-30"),
        ("Cuối giờ chiều ngày 25-5, trao đổi với Pháp Luật TP.HCM, Tổng thư ký Quốc hội Nguyễn Hạnh Phúc cho hay: "
         "trong phiên thảo luận tại hội trường ngày 24-5 về dự án Luật sửa đổi, bổ sung một số điều của BLHS "
         "2015, vẫn còn 24 ý kiến chưa được phát biểu.", "2017-05-26", "2017-05-24"),
        ("Cambodia Daily hôm 6/2 thông tin, Đại sứ Mỹ tại Campuchia ông William Heidt trong cuộc họp báo hôm 3.2 "
         "khẳng định rằng Mỹ sẽ không cân nhắc xóa nợ cho Campuchia.", "2017-02-07", "2017-02-03"),
        # Said at the meeting: the day of saying is the meeting's.
        ("Ngày 10/5, Nhà Trắng cho biết trong buổi tiếp Ngoại trưởng Nga Sergei Lavrov đang ở thăm Washington, "
         "Tổng thống Mỹ Donald Trump đã nhấn mạnh mong muốn xây dựng quan hệ tốt đẹp hơn với Nga.", "2017-05-11",
         "2017-05-10"),
        # The day of a notice or a report about the meeting is not the meeting's: no day.
        ("Ngày 25/5, Văn phòng Chính phủ ra thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại cuộc họp về "
         "phương án đầu tư dự án đường bộ cao tốc Bắc Nam.", "2017-05-26", None),
        ("Ngày 6/2, Bộ Công Thương phát đi thông tin cho biết, mới đây, Thứ trưởng Hoàng Quốc Vượng đã chủ trì "
         "cuộc họp của Ban chỉ đạo Bộ Công Thương xử lý các vấn đề tồn tại ở các dự án lớn chậm tiến độ, kém "
         "hiệu quả.", "2017-02-07", None),
        ("Ngày 16/6, kênh truyền hình CNN tiếng Thổ cho biết Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cùng "
         "người đồng cấp Pháp Emmanuel Macron và Quốc vương Qatar Sheikh Tamim bin Hamad Al-Thani đã tổ chức "
         "cuộc họp 3 bên qua điện thoại để thảo luận về cuộc khủng hoảng tại Qatar.", "2017-06-17", None),
        # (the day of setting out on a trip that includes the meeting: no meeting yet, test_s59_round)
    ],
)
def test_which_day_of_the_sentence_is_the_meetings(text, published, expected):
    m = extract_meeting(make_article(text, published))
    assert m is not None
    assert m.date == expected
