"""The year of an undated article's meeting from the near plans it writes, from a series' year in the body,
from the meeting's own day restated after `kể từ`, and the part of day of a dated day from another lead
sentence: sentences from baomoi-dev articles (no gold file); each test checks the exact value, or null."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.extract.meetings import (
    PLANNED_SLACK_DAYS,
    PLANNED_WITHIN_DAYS,
    _campaign_year,
    _datelines,
    _Day,
    _planned_year,
    _restated_year,
    _series_year,
    extract_meeting,
)
from tests.conftest import make_article


def test_a_near_plan_dates_the_meeting():
    text = ("Chiều 7/6, tại Osaka, Nhật Bản, Thủ tướng Nguyễn Xuân Phúc đã tới dự lễ công bố đường bay đi/đến Osaka "
            "của hai hãng hàng không Vietnam Airlines và Jetstar Pacific.\nDự kiến các chuyến bay đầu tiên sẽ bắt "
            "đầu khai thác từ đầu tháng 9/2017, tần suất 4 chuyến khứ hồi mỗi tuần từ cả hai thành phố bằng tàu bay "
            "Airbus A320 (180 ghế).")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("lễ", "2017-06-07", "chiều")


def test_a_plan_month_a_few_months_ahead_gives_its_year():
    assert _planned_year("Dự kiến, Dự án sẽ được thông xe kỹ thuật vào tháng 8/2017.", _Day(14, 7, None)) == 2017
    plan = ("Dự kiến khóa họp thường kỳ tiếp theo của Hội đồng Nhân quyền sẽ được tổ chức vào tháng 9/2017 tại "
            "Geneva, Thụy Sĩ.")
    assert _planned_year(plan, _Day(22, 6, None)) == 2017


def test_a_far_plan_a_past_plan_or_a_done_thing_gives_no_year():
    # a plan more than half a year ahead of a July meeting, or one that starts before it
    assert _planned_year("Dự kiến, quý II/2018 Dự án sẽ đưa vào khai thác thương mại.", _Day(10, 7, None)) is None
    # `sắp xếp` is no plan word, and `hồi tháng 6-2016` a history
    assert _planned_year("người được cho là giúp sắp xếp cuộc gặp mặt tại Tháp Trump hồi tháng 6-2016 giữa ông và "
                         "một phụ nữ", _Day(12, 7, None)) is None
    # a plan someone once had
    assert _planned_year("ông chủ của Sony là Kaz Hirai từng tuyên bố The Amazing Spiderman 3 sẽ được chiếu vào tháng "
                         "7/2017, trong một bài phát biểu trước 750 khách.", _Day(20, 6, None)) is None
    # no plan word: a month alone is as often a history's
    assert _planned_year("Nhóm lớp này được cấp phép hoạt động từ tháng 6/2015, đang trông giữ 20 trẻ.",
                         _Day(7, 5, None)) is None


def test_plans_that_disagree_give_no_year():
    text = "Dự kiến, Dự án sẽ được thông xe kỹ thuật vào tháng 8/2017. Dự kiến, quý II/2018 Dự án sẽ đưa vào khai thác."
    assert _planned_year(text, _Day(1, 3, None)) is None  # 1/3/2017 before August, 1/3/2018 before April
    # a plan already behind the meeting says nothing: the other decides
    assert _planned_year(text, _Day(1, 12, None)) == 2017


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12))
def test_a_planned_month_dates_a_day_only_within_the_window(year, month, day, meeting_month):
    found = _planned_year(f"Hội nghị sẽ được tổ chức vào tháng {month}/{year} tại Hà Nội.", _Day(day, meeting_month, None))
    start = date(year, month, 1)
    fitting = [y for y in (year - 1, year)
               if -PLANNED_WITHIN_DAYS <= (date(y, meeting_month, day) - start).days <= PLANNED_SLACK_DAYS]
    assert found == (fitting[0] if len(fitting) == 1 else None)
    if found is not None:
        assert date(found, meeting_month, day) <= start + timedelta(days=PLANNED_SLACK_DAYS)


def test_a_series_year_in_the_body_dates_a_meeting_of_that_series():
    body = ("Đây là quan điểm được Đại diện Thương mại Mỹ Robert Lighthizer đưa ra tại cuộc họp báo về kết quả Hội "
            "nghị Bộ trưởng phụ trách thương mại (MRT) của Diễn đàn Hợp tác kinh tế Châu Á – Thái Bình Dương (APEC), "
            "diễn ra trưa 21-5 tại Hà Nội. Là nước chủ nhà APEC 2017, Việt Nam tiếp tục khẳng định chủ trương hội "
            "nhập quốc tế sâu rộng.")
    name = "cuộc họp báo về kết quả Hội nghị Bộ trưởng phụ trách thương mại (MRT) của Diễn đàn Hợp tác kinh tế (APEC)"
    assert _series_year("Mỹ không thay đổi quan điểm rút lui TPP", name, body) == 2017
    article = replace(make_article(body), title="Mỹ không thay đổi quan điểm rút lui TPP")
    m = extract_meeting(article)
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("họp báo", "2017-05-21", "trưa")


def test_a_series_target_or_a_forecast_year_gives_no_year():
    title = "Khai mạc Hội nghị Bộ trưởng phụ trách thương mại APEC"
    # a target after `tầm nhìn`, a forecast's year after `năm`
    assert _series_year(title, "Hội nghị", "định hướng cho tầm nhìn APEC 2020 nhằm thúc đẩy tự do hóa thương mại.") is None
    assert _series_year(title, "Hội nghị", "Tăng trưởng của khu vực APEC năm 2019 dự kiến đạt 3,6%.") is None
    # two editions: no year
    assert _series_year(title, "Hội nghị", "Là nước chủ nhà APEC 2017. Peru là chủ nhà APEC 2016.") is None


def test_the_meetings_own_day_restated_after_ke_tu_gives_its_year():
    lead = ("chiều 15/6, Ban Chấp hành Hội NVHN đã thông qua nghị quyết như sau: … chấp thuận nguyện vọng của ông Phạm "
            "Xuân Nguyên thôi chức danh Chủ tịch Hội NVHN và ra khỏi Hội nhà văn kể từ ngày 15/6/2017\".")
    assert _restated_year(lead, _Day(15, 6, None)) == 2017
    assert _restated_year(lead, _Day(14, 6, None)) is None


def test_a_dated_day_takes_the_part_another_lead_sentence_holding_the_event_writes():
    text = ("Ngày 25/5, buổi sáng, Quốc hội họp phiên toàn thể tại hội trường. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân "
            "chủ trì phiên họp.\nSáng 25/5/2017, Quốc hội họp phiên toàn thể tại Hội trường.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.date, m.part_of_day) == ("2017-05-25", "sáng")


def test_a_campaign_or_festival_named_with_its_year_gives_the_year():
    assert _campaign_year("Với hai show diễn đắc sắc và nhiều hoạt động bên lề thú vị, Liên hoan Thiếu nhi ASEAN+ "
                          "2017 được kỳ vọng sẽ trở thành cầu nối.") == 2017
    text = ("Nhân dịp này, Chủ tịch nước Trần Đại Quang đánh giá cao sự ủng hộ và phối hợp chặt chẽ của Trung Quốc "
            "trong Năm APEC 2017; đề nghị hai bên tiếp tục phối hợp chặt chẽ.")
    assert _campaign_year(text) == 2017


def test_a_clause_a_sentence_opener_or_two_years_give_no_campaign_year():
    # the head opens a clause that runs to a history's year
    assert _campaign_year("Ông Hoàng Xuân Minh cho biết, Lễ hội chọi trâu Đồ Sơn được phục dựng lại từ những năm "
                          "1990.") is None
    # `Năm …` opening a sentence is a time phrase
    assert _campaign_year("Năm nay công ty đạt lợi nhuận 2017 tỷ đồng.") is None
    # two editions disagree
    assert _campaign_year("Tại Festival Huế 2016, đoàn đã biểu diễn. Tại Festival Huế 2018 sẽ có 40 đoàn.") is None


def test_a_dateline_after_a_credit_ending_in_a_name_dates_the_lead():
    text = ("Theo báo cáo của Chính phủ, hiện nay tài sản công đang được ghi nhận và quản lý là khoảng 2,56 triệu tỷ "
            "đồng, tương đương chỉ khoảng 12-15% giá trị tài sản công thực tế của quốc gia.\nQuốc hội họp phiên toàn "
            "thể tại hội trường để nghe Tờ trình và Báo cáo thẩm tra dự án Luật tố cáo (sửa đổi); thảo luận về một số "
            "nội dung còn ý kiến khác nhau của của dự án Luật quản lý, sử dụng tài sản nhà nước (sửa đổi). Ảnh: Văn "
            "Điệp – TTXVN Sáng 29/5, Quốc hội thảo luận ở hội trường về một số nội dung còn ý kiến khác nhau của dự án "
            "Luật Quản lý, sử dụng tài sản nhà nước (sửa đổi).")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("phiên họp", None, "sáng")  # no year in the text
    dated = _datelines("Ảnh: Quang Quyết-TTXVN Ngày 20/5, tại Bộ Y tế, Phó Thủ tướng Vương Đình Huệ đã làm việc với Bộ Y tế.")
    assert [(d.day, d.month, part) for _, d, part in dated] == [(20, 5, None)]
    # not a date deeper in a caption's own words
    assert _datelines("Ảnh: TTXVN Người dân xếp hàng từ sáng, đến chiều 12/5 vẫn đông.") == []
