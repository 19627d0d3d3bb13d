"""Session 17: meeting dates under a month-only `published` (sentences from baomoi-dev)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article

# baomoi-dev 22363060 (the day moved for the turn of the year)
TRAINING = ("Sáng {day}, Công an TP Hà Nội tổ chức hội nghị tập huấn chuyên sâu các văn bản quy định chi tiết hướng "
            "dẫn thi hành Luật Công an nhân dân 2014 cho đội ngũ cán bộ chỉ huy, lãnh đạo các đơn vị.")


@pytest.mark.parametrize(
    ("day", "published", "expected"),
    [
        ("24/5", "2017-05", "2017-05-24"),  # the page's month: its year
        ("28/12", "2018-01", "2017-12-28"),  # a late-December meeting on a January page: the year before
        ("24/5", "2017-06", "2017-05-24"),  # the month before the page's
        ("24/5", None, None),  # no year anywhere: null, not a guess
    ],
)
def test_month_only_published_gives_the_year(day: str, published: str | None, expected: str | None) -> None:
    meeting = extract_meeting(make_article(TRAINING.format(day=day), published))
    assert meeting is not None
    assert meeting.date == expected


def test_a_day_long_after_a_month_only_published_is_not_the_meeting_s() -> None:
    # (a day four months past the page's month is another event's or a plan's, as under a full `published`)
    meeting = extract_meeting(make_article(TRAINING.format(day="24/9"), "2017-05"))
    assert meeting is not None
    assert meeting.date is None


# baomoi-dev 22625412: the meeting's own sentence writes no years, the next tells what it reviews and plans
QUARTERLY = ("\"Trong bất cứ hoàn cảnh nào, Đảng, Nhà nước và nhân dân luôn ủng hộ quân đội, tạo điều kiện tốt nhất cho "
             "quân đội\", Thủ tướng phát biểu tại hội nghị quân chính sáng 27/6. {next}")


@pytest.mark.parametrize(
    ("following", "years"),
    [
        ("Hội nghị nhằm đánh giá kết quả lãnh đạo, chỉ đạo, thực hiện nhiệm vụ quân sự, quốc phòng 6 tháng đầu năm, "
         "triển khai nhiệm vụ 6 tháng cuối năm 2017.", (2017, 2017)),
        # (baomoi-dev 22561993: what scientists revealed at it is no plan of the meeting's)
        ("Tại hội nghị, các nhà khoa học đã tiết lộ vô số nhiệm vụ liên quan tới chương trình thám hiểm Mặt Trăng "
         "trong năm 2018.", (None, None)),
        # (another sitting of the kind, named by its ordinal: not this one's agenda)
        ("Tại Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII, Chính phủ đã báo cáo kế hoạch phát triển kinh "
         "tế - xã hội năm 2018.", (None, None)),
    ],
)
def test_years_from_the_sentence_telling_the_agenda(following: str, years: tuple[int | None, int | None]) -> None:
    meeting = extract_meeting(make_article(QUARTERLY.format(next=following), None))
    assert meeting is not None
    assert (meeting.review_year, meeting.plan_year) == years
