import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.clean.dates import parse_stamp_line, split_leading_stamp


@pytest.mark.parametrize(
    ("line", "iso", "labelled", "weekday"),
    [
        ("(20:00:00 11/01/2023)", "2023-01-11T20:00:00+07:00", False, False),
        ("15/02/2023", "2023-02-15", False, False),
        ("Thứ 6, 29/03/2024 | 11:12:24 [GMT +7]", "2024-03-29T11:12:24+07:00", False, True),
        ("Ngày đăng: 08/07/2017 10:25", "2017-07-08T10:25:00+07:00", True, False),
        ("24/05/2017 | 19:16:49", "2017-05-24T19:16:49+07:00", False, False),
        ("Thứ 5 Ngày 14/5/2020, 10:13:21 PM", "2020-05-14T22:13:21+07:00", False, True),
        ("ngày 02 tháng 02 năm 2024", "2024-02-02", False, False),
        ("Cập nhật lúc 9h30 ngày 2/3/2024", "2024-03-02T09:30:00+07:00", True, False),
        ("2024-03-29 08:00 GMT+9", "2024-03-29T08:00:00+09:00", False, False),
        # English month names, as a CMS theme left in English prints them
        ("Feb 6, 2017", "2017-02-06", False, False),
        ("Posted on September 30th, 2017 | 08:15 GMT+7", "2017-09-30T08:15:00+07:00", True, False),
        ("06 February, 2017 - 3:22 PM", "2017-02-06T15:22:00+07:00", False, False),
        ("Thứ Hai, 5 May 2017", "2017-05-05", False, True),
    ],
)
def test_stamp_lines(line, iso, labelled, weekday):
    stamp = parse_stamp_line(line)
    assert stamp is not None
    assert (stamp.iso, stamp.labelled, stamp.weekday) == (iso, labelled, weekday)


@pytest.mark.parametrize(
    "line",
    ["Chiều ngày 11/01, Văn phòng tổ chức hội nghị", "31/02/2023", "Tin tức - Sự kiện", "Năm 2023",
     "may 5, 2017", "Feb 30, 2017", "March 2017"],
)
def test_not_stamps(line):
    assert parse_stamp_line(line) is None


def test_split_leading_stamp():
    assert split_leading_stamp("(20:00:00 11/01/2023) Chiều ngày 11/01, UBND") == (
        "(20:00:00 11/01/2023)",
        "Chiều ngày 11/01, UBND",
    )
    assert split_leading_stamp("Thứ 6, 29/03/2024 | 11:12:24 [GMT +7] A  A")[1] == "A  A"
    assert split_leading_stamp("Chiều ngày 11/01, UBND") is None


_STAMPISH = st.text(alphabet=st.sampled_from(list("0123456789/.-: ,|()[]hgtáng năm ThứHai lúc GMT+7 pmT")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_STAMPISH)
def test_no_date_no_stamp(line):
    """The date gate of parse_stamp_line, split_leading_stamp and split_stamp_fields only
    turns away lines no stamp pattern could match: every stamp holds a date."""
    from core.clean import dates

    if dates._DATE_RE.search(line) is None:
        assert dates._STAMP_RE.search(line) is None
        assert dates._LEADING_STAMP_RE.match(line) is None
        assert dates._FIELD_STAMP_RE.search(line) is None


_ENGLISH_STAMPISH = st.lists(
    st.sampled_from(["Feb", "February", "May", "may", "Sept.", "6", "06th", "31", ",", " ", "2017", "1999", "10:30", "AM"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_ENGLISH_STAMPISH)
def test_the_date_hint_lets_every_english_date_through(line):
    from core.clean import dates

    if dates._DATE_RE.search(line) is not None:
        assert dates._DATE_HINT_RE.search(line) is not None
